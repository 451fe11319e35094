//! Boards of cards: the SWOT (four quadrants) and the PESTLE (six columns), DOMAIN.md §2.
//!
//! Both are one [`Board`]: an ordered list of [`Card`]s, each in a [`Column`]. A card's place
//! is its column plus its order among the cards of that column; its identity is its
//! [`CardId`], which never changes when it moves, so links to it (a TOWS strategy, an
//! objective) survive any reordering. The columns a board accepts are fixed by its
//! [`BoardKind`].

pub mod command;
pub mod validate;

use crate::domain::core::ids::CardId;
use serde::{Deserialize, Serialize};

/// Longest card text, in characters.
pub const MAX_CARD_CHARS: usize = 500;
/// Longest card note, in characters.
pub const MAX_NOTE_CHARS: usize = 2_000;
/// Most cards on one board.
pub const MAX_CARDS: usize = 1_000;

/// Which board.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoardKind {
    /// Strengths, weaknesses, opportunities, threats.
    Swot,
    /// Political, economic, social, technological, legal, environmental.
    Pestle,
}

impl BoardKind {
    /// The columns of this board, in display order.
    pub fn columns(self) -> &'static [Column] {
        match self {
            BoardKind::Swot => &[
                Column::Strengths,
                Column::Weaknesses,
                Column::Opportunities,
                Column::Threats,
            ],
            BoardKind::Pestle => &[
                Column::Political,
                Column::Economic,
                Column::Social,
                Column::Technological,
                Column::Legal,
                Column::Environmental,
            ],
        }
    }

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            BoardKind::Swot => "swot",
            BoardKind::Pestle => "pestle",
        }
    }
}

/// A quadrant of the SWOT or a column of the PESTLE.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Column {
    /// SWOT, internal, helpful.
    Strengths,
    /// SWOT, internal, harmful.
    Weaknesses,
    /// SWOT, external, helpful.
    Opportunities,
    /// SWOT, external, harmful.
    Threats,
    /// PESTLE.
    Political,
    /// PESTLE.
    Economic,
    /// PESTLE.
    Social,
    /// PESTLE.
    Technological,
    /// PESTLE.
    Legal,
    /// PESTLE.
    Environmental,
}

impl Column {
    /// The board this column belongs to.
    pub fn board(self) -> BoardKind {
        match self {
            Column::Strengths | Column::Weaknesses | Column::Opportunities | Column::Threats => {
                BoardKind::Swot
            }
            _ => BoardKind::Pestle,
        }
    }

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            Column::Strengths => "strengths",
            Column::Weaknesses => "weaknesses",
            Column::Opportunities => "opportunities",
            Column::Threats => "threats",
            Column::Political => "political",
            Column::Economic => "economic",
            Column::Social => "social",
            Column::Technological => "technological",
            Column::Legal => "legal",
            Column::Environmental => "environmental",
        }
    }

    /// Whether a SWOT quadrant is about the business itself (strengths, weaknesses).
    pub fn is_internal(self) -> bool {
        matches!(self, Column::Strengths | Column::Weaknesses)
    }
}

/// Whether a card rests on evidence or is an assumption still to check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Believed, not yet checked.
    Assumption,
    /// Backed by research or data.
    Evidence,
}

/// Where a card came from, when it was not typed on the board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum CardSource {
    /// An answer of the health check.
    HealthCheck {
        /// The prompt's key.
        prompt: String,
    },
}

/// One card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// Stable identity.
    pub id: CardId,
    /// Where it is.
    pub column: Column,
    /// What it says.
    pub text: String,
    /// Notes or evidence.
    #[serde(default)]
    pub notes: String,
    /// Assumption or evidence, if said.
    #[serde(default)]
    pub confidence: Option<Confidence>,
    /// SWOT: how much it matters, 1–5.
    #[serde(default)]
    pub weight: Option<u8>,
    /// PESTLE: how strongly it would affect the business, 1–5.
    #[serde(default)]
    pub impact: Option<u8>,
    /// PESTLE: how likely it is, 1–5.
    #[serde(default)]
    pub likelihood: Option<u8>,
    /// Where it came from.
    #[serde(default)]
    pub source: Option<CardSource>,
}

impl Card {
    /// A new card with only a text.
    pub fn new(id: CardId, column: Column, text: String) -> Card {
        Card {
            id,
            column,
            text,
            notes: String::new(),
            confidence: None,
            weight: None,
            impact: None,
            likelihood: None,
            source: None,
        }
    }
}

/// A board: its cards, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    /// Every card; a column shows its cards in this order.
    #[serde(default)]
    pub cards: Vec<Card>,
}

impl Board {
    /// The card with `id`.
    pub fn card(&self, id: &CardId) -> Option<&Card> {
        self.cards.iter().find(|c| c.id == *id)
    }

    /// The cards of `column`, in order.
    pub fn column(&self, column: Column) -> impl Iterator<Item = &Card> {
        self.cards.iter().filter(move |c| c.column == column)
    }

    /// The card that came from the health-check prompt `key`, if one did.
    pub fn from_prompt(&self, key: &str) -> Option<&Card> {
        self.cards.iter().find(
            |c| matches!(&c.source, Some(CardSource::HealthCheck { prompt }) if prompt == key),
        )
    }

    /// Moves card `id` to `column`, at position `index` among that column's cards (clamped to
    /// the end). Returns false when there is no such card.
    pub fn move_card(&mut self, id: &CardId, column: Column, index: usize) -> bool {
        let Some(from) = self.cards.iter().position(|c| c.id == *id) else {
            return false;
        };
        let mut card = self.cards.remove(from);
        card.column = column;
        // The position in the whole list that puts it at `index` within its column.
        let at = self
            .cards
            .iter()
            .enumerate()
            .filter(|(_, c)| c.column == column)
            .nth(index)
            .map(|(i, _)| i)
            .unwrap_or_else(|| {
                self.cards
                    .iter()
                    .rposition(|c| c.column == column)
                    .map_or(self.cards.len(), |i| i + 1)
            });
        self.cards.insert(at, card);
        true
    }
}

/// Which 1–5 rating of a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RatingField {
    /// SWOT: how much it matters.
    Weight,
    /// PESTLE: how strongly it would affect the business.
    Impact,
    /// PESTLE: how likely it is.
    Likelihood,
}

impl RatingField {
    /// Whether cards of `board` carry this rating.
    pub fn fits(self, board: BoardKind) -> bool {
        match self {
            RatingField::Weight => board == BoardKind::Swot,
            RatingField::Impact | RatingField::Likelihood => board == BoardKind::Pestle,
        }
    }
}

/// The four kinds of TOWS strategy: a strength or weakness met with an opportunity or threat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TowsKind {
    /// Use strengths to take opportunities.
    SO,
    /// Use strengths to counter threats.
    ST,
    /// Overcome weaknesses by taking opportunities.
    WO,
    /// Minimise weaknesses and avoid threats.
    WT,
}

impl TowsKind {
    /// Every kind, in the order of the TOWS matrix.
    pub const ALL: [TowsKind; 4] = [TowsKind::SO, TowsKind::ST, TowsKind::WO, TowsKind::WT];

    /// The kind made by a card of `internal` and a card of `external`, when those are a
    /// strength or weakness and an opportunity or threat.
    pub fn of(internal: Column, external: Column) -> Option<TowsKind> {
        match (internal, external) {
            (Column::Strengths, Column::Opportunities) => Some(TowsKind::SO),
            (Column::Strengths, Column::Threats) => Some(TowsKind::ST),
            (Column::Weaknesses, Column::Opportunities) => Some(TowsKind::WO),
            (Column::Weaknesses, Column::Threats) => Some(TowsKind::WT),
            _ => None,
        }
    }

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            TowsKind::SO => "so",
            TowsKind::ST => "st",
            TowsKind::WO => "wo",
            TowsKind::WT => "wt",
        }
    }
}

/// A strategy's link to one of its source cards. When the card is deleted, the link keeps
/// its last text and says so, rather than pointing at nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceLink {
    pub card: CardId,
    /// The card's text when it was deleted; `None` while the card exists.
    #[serde(default)]
    pub removed: Option<String>,
}

/// A TOWS strategy: what the business will do about one internal and one external factor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strategy {
    /// Stable identity.
    pub id: crate::domain::core::ids::StrategyId,
    /// A strength or a weakness.
    pub internal: SourceLink,
    /// An opportunity or a threat.
    pub external: SourceLink,
    /// What the business will do.
    #[serde(default)]
    pub text: String,
}

impl Strategy {
    /// The kind, from where its sources are now; `None` when a source was deleted or moved
    /// out of the quadrants a TOWS strategy pairs.
    pub fn kind(&self, swot: &Board) -> Option<TowsKind> {
        let internal = swot.card(&self.internal.card)?.column;
        let external = swot.card(&self.external.card)?.column;
        TowsKind::of(internal, external)
    }
}

/// Most TOWS strategies in a plan.
pub const MAX_STRATEGIES: usize = 200;

/// Something on a board worth a look (DOMAIN.md §2); each is an i18n message
/// (`check-<key>`) about a column, a card or a strategy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    /// A quadrant or column has no card.
    EmptyColumn(Column),
    /// Two cards on one board say the same.
    Duplicate {
        first: CardId,
        /// The card that repeats it.
        second: CardId,
    },
    /// A PESTLE factor without an impact or a likelihood.
    Unrated(CardId),
    /// A strength or opportunity that no TOWS strategy uses yet.
    Unused(CardId),
    /// A strategy whose source card was deleted or moved out of its quadrant.
    BrokenStrategy(crate::domain::core::ids::StrategyId),
}

/// The text of a card, normalised for comparison (case and spacing do not matter).
fn normalised(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The checks of one board; for the SWOT, `strategies` lets it find unused cards and broken
/// strategies.
pub fn checks(kind: BoardKind, board: &Board, strategies: &[Strategy]) -> Vec<Check> {
    let mut out = Vec::new();
    for column in kind.columns() {
        if board.column(*column).next().is_none() {
            out.push(Check::EmptyColumn(*column));
        }
    }
    let texts: Vec<String> = board.cards.iter().map(|c| normalised(&c.text)).collect();
    for (i, card) in board.cards.iter().enumerate() {
        if let Some(j) = texts[..i].iter().position(|t| *t == texts[i]) {
            out.push(Check::Duplicate {
                first: board.cards[j].id.clone(),
                second: card.id.clone(),
            });
        }
    }
    match kind {
        BoardKind::Pestle => {
            for card in &board.cards {
                if card.impact.is_none() || card.likelihood.is_none() {
                    out.push(Check::Unrated(card.id.clone()));
                }
            }
        }
        BoardKind::Swot => {
            for card in &board.cards {
                let helpful = matches!(card.column, Column::Strengths | Column::Opportunities);
                let used = strategies
                    .iter()
                    .any(|s| s.internal.card == card.id || s.external.card == card.id);
                if helpful && !used {
                    out.push(Check::Unused(card.id.clone()));
                }
            }
            for strategy in strategies {
                if strategy.kind(board).is_none() {
                    out.push(Check::BrokenStrategy(strategy.id.clone()));
                }
            }
        }
    }
    out
}

/// A PESTLE factor in the impact × likelihood ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub card: CardId,
    /// Impact × likelihood, 1–25.
    pub score: u8,
    /// Its place, from 1.
    pub rank: usize,
}

/// The rated PESTLE factors by impact × likelihood, highest first (ties: higher impact, then
/// board order). Unrated factors are left out (the checks list them).
pub fn ranking(board: &Board) -> Vec<Ranked> {
    let mut rated: Vec<(&Card, u8, u8)> = board
        .cards
        .iter()
        .filter_map(|c| Some((c, c.impact?, c.likelihood?)))
        .collect();
    crate::domain::core::sort_small(&mut rated, |a, b| (a.1 * a.2, a.1) > (b.1 * b.2, b.1));
    rated
        .into_iter()
        .enumerate()
        .map(|(i, (card, impact, likelihood))| Ranked {
            card: card.id.clone(),
            score: impact * likelihood,
            rank: i + 1,
        })
        .collect()
}

/// One arrow-key step of a card the user has lifted with the keyboard (Space), on a board.
/// The arrows follow the board as it is laid out: its columns fill rows of `per_row` boxes
/// (the SWOT is a 2×2 grid on a laptop, one row of four on a projector, one box under the other
/// on a phone), so Down from the bottom of Strengths lands in the box below, not beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// One place up in its column; from the top, to the end of the box above.
    Up,
    /// One place down in its column; from the bottom, to the top of the box below.
    Down,
    /// To the box on its left in the same row, at the same place (or that box's end).
    Left,
    /// To the box on its right in the same row, at the same place (or that box's end).
    Right,
}

/// Where a lifted card goes with one `step`: it is at `index` of `column`, which holds `len`
/// cards, on a board whose columns are `columns` in reading order, laid out `per_row` to a row
/// (see [`Step`]). `None` at an edge (the card stays). A place past the end of the other
/// column is its end: `apply` clamps it. Pure, so the keyboard's rules are tested natively
/// (`tests/board.rs`), not only by driving the browser.
pub fn step_target(
    columns: &[Column],
    per_row: usize,
    column: Column,
    index: usize,
    len: usize,
    step: Step,
) -> Option<(Column, usize)> {
    let at = columns.iter().position(|c| *c == column)?;
    let per_row = per_row.clamp(1, columns.len());
    let in_row = at % per_row;
    match step {
        Step::Up if index > 0 => Some((column, index - 1)),
        Step::Up if at >= per_row => Some((columns[at - per_row], usize::MAX)),
        Step::Down if index + 1 < len => Some((column, index + 1)),
        Step::Down if at + per_row < columns.len() => Some((columns[at + per_row], 0)),
        Step::Left if in_row > 0 => Some((columns[at - 1], index)),
        Step::Right if in_row + 1 < per_row && at + 1 < columns.len() => {
            Some((columns[at + 1], index))
        }
        _ => None,
    }
}
