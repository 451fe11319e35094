//! Boards of cards: the SWOT (four quadrants) and the PESTLE (six columns), DOMAIN.md §2.
//!
//! Both are one [`Board`]: an ordered list of [`Card`]s, each in a [`Column`]. A card's place
//! is its column plus its order among the cards of that column; its identity is its
//! [`CardId`], which never changes when it moves, so links to it (a TOWS strategy, an
//! objective) survive any reordering. The columns a board accepts are fixed by its
//! [`BoardKind`].

use super::ids::CardId;
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
