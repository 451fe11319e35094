//! The board section's commands and the `apply` that carries them out.

use super::{
    Board, BoardKind, Card, Column, Confidence, RatingField, SourceLink, Strategy, TowsKind,
    MAX_CARDS, MAX_CARD_CHARS, MAX_NOTE_CHARS, MAX_STRATEGIES,
};
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::{CardId, Removed, StrategyId};
use crate::domain::core::rules;
use std::rc::Rc;

/// A change to the board section.
#[derive(Clone, Debug, PartialEq)]
pub enum BoardCommand {
    /// Adds a card at the end of a column.
    AddCard {
        board: BoardKind,
        id: CardId,
        column: Column,
        /// What it says (trimmed; not empty).
        text: String,
    },
    /// Changes what a card says.
    EditCard {
        board: BoardKind,
        id: CardId,
        /// The new text (trimmed; not empty).
        text: String,
    },
    /// Changes a card's notes or evidence.
    SetCardNotes {
        board: BoardKind,
        id: CardId,
        notes: String,
    },
    /// Marks a card as an assumption or as evidence (or neither).
    SetCardConfidence {
        board: BoardKind,
        id: CardId,
        /// The confidence, or none.
        confidence: Option<Confidence>,
    },
    /// Sets or clears a 1–5 rating of a card (weight on the SWOT, impact and likelihood on
    /// the PESTLE).
    SetCardRating {
        board: BoardKind,
        id: CardId,
        field: RatingField,
        /// 1–5, or none.
        value: Option<u8>,
    },
    /// Moves a card to a column (its own, to reorder) at a position among that column's cards.
    MoveCard {
        board: BoardKind,
        id: CardId,
        column: Column,
        /// The position in that column, from 0 (clamped to its end).
        index: usize,
    },
    /// Deletes a card. TOWS strategies that used it keep its text and say it was deleted.
    DeleteCard { board: BoardKind, id: CardId },
    /// Adds a strategy pairing a strength or weakness with an opportunity or threat.
    AddStrategy {
        id: StrategyId,
        /// A strength or weakness card.
        internal: CardId,
        /// An opportunity or threat card.
        external: CardId,
        /// What the business will do.
        text: String,
    },
    /// Changes what a strategy says.
    EditStrategy { id: StrategyId, text: String },
    /// Deletes a strategy.
    DeleteStrategy { id: StrategyId },
}

/// What a board command may change: both boards and the TOWS strategies built on the SWOT.
/// Each is shared with earlier versions of the plan (undo) until it is written to.
pub(crate) struct Boards<'a> {
    pub swot: &'a mut Rc<Board>,
    pub pestle: &'a mut Rc<Board>,
    pub tows: &'a mut Rc<Vec<Strategy>>,
}

impl Boards<'_> {
    fn board(&self, kind: BoardKind) -> &Board {
        match kind {
            BoardKind::Swot => self.swot,
            BoardKind::Pestle => self.pestle,
        }
    }

    fn board_mut(&mut self, kind: BoardKind) -> &mut Board {
        match kind {
            BoardKind::Swot => Rc::make_mut(self.swot),
            BoardKind::Pestle => Rc::make_mut(self.pestle),
        }
    }

    fn card_mut(&mut self, kind: BoardKind, id: &CardId) -> Result<&mut Card, DomainError> {
        rules::find_mut(&mut self.board_mut(kind).cards, |c| c.id == *id)
    }
}

/// Whether `id` cannot name a new SWOT card: a card has it, or a TOWS strategy still remembers
/// a deleted card by it (the strategy would then show the new card as its deleted source).
pub(crate) fn taken_on_swot(swot: &Board, tows: &[Strategy], id: &CardId) -> bool {
    swot.card(id).is_some()
        || tows
            .iter()
            .any(|s| s.internal.card == *id || s.external.card == *id)
}

/// A card's text: trimmed, not empty, not too long.
pub(crate) fn card_text(text: &str) -> Result<String, DomainError> {
    rules::required("card", text, MAX_CARD_CHARS)
}

/// Applies a board command (called by `domain::apply`). Returns the SWOT card or strategy it
/// deleted, whose links the plan then removes.
pub(crate) fn apply(
    mut boards: Boards<'_>,
    command: BoardCommand,
) -> Result<Option<Removed>, DomainError> {
    match command {
        BoardCommand::AddCard {
            board,
            id,
            column,
            text,
        } => {
            let text = card_text(&text)?;
            if column.board() != board {
                return Err(DomainError::WrongColumn);
            }
            rules::fresh(
                board == BoardKind::Swot && taken_on_swot(boards.swot, boards.tows, &id)
                    || boards.board(board).card(&id).is_some(),
            )?;
            rules::room(&boards.board(board).cards, MAX_CARDS)?;
            boards
                .board_mut(board)
                .cards
                .push(Card::new(id, column, text));
        }
        BoardCommand::EditCard { board, id, text } => {
            let text = card_text(&text)?;
            boards.card_mut(board, &id)?.text = text;
        }
        BoardCommand::SetCardNotes { board, id, notes } => {
            rules::fits("notes", &notes, MAX_NOTE_CHARS)?;
            boards.card_mut(board, &id)?.notes = notes;
        }
        BoardCommand::SetCardConfidence {
            board,
            id,
            confidence,
        } => boards.card_mut(board, &id)?.confidence = confidence,
        BoardCommand::SetCardRating {
            board,
            id,
            field,
            value,
        } => {
            if !field.fits(board) {
                return Err(DomainError::WrongColumn);
            }
            if value.is_some_and(|v| !(1..=5).contains(&v)) {
                return Err(DomainError::RATING);
            }
            let card = boards.card_mut(board, &id)?;
            match field {
                RatingField::Weight => card.weight = value,
                RatingField::Impact => card.impact = value,
                RatingField::Likelihood => card.likelihood = value,
            }
        }
        BoardCommand::MoveCard {
            board,
            id,
            column,
            index,
        } => {
            if column.board() != board {
                return Err(DomainError::WrongColumn);
            }
            if !boards.board_mut(board).move_card(&id, column, index) {
                return Err(DomainError::UnknownItem);
            }
        }
        BoardCommand::DeleteCard { board, id } => {
            let b = boards.board_mut(board);
            let Some(at) = b.cards.iter().position(|c| c.id == id) else {
                return Err(DomainError::UnknownItem);
            };
            let removed = b.cards.remove(at);
            if board == BoardKind::Swot {
                // Strategies built on it keep its words and say it is gone.
                if boards
                    .tows
                    .iter()
                    .any(|s| s.internal.card == id || s.external.card == id)
                {
                    for strategy in Rc::make_mut(boards.tows).iter_mut() {
                        for link in [&mut strategy.internal, &mut strategy.external] {
                            if link.card == id {
                                link.removed = Some(removed.text.clone());
                            }
                        }
                    }
                }
                return Ok(Some(Removed::Card(id)));
            }
        }
        BoardCommand::AddStrategy {
            id,
            internal,
            external,
            text,
        } => {
            rules::fits("strategy", &text, MAX_NOTE_CHARS)?;
            let column = |card: &CardId| boards.swot.card(card).map(|c| c.column);
            let (Some(i), Some(e)) = (column(&internal), column(&external)) else {
                return Err(DomainError::UnknownItem);
            };
            if TowsKind::of(i, e).is_none() {
                return Err(DomainError::WrongColumn);
            }
            rules::fresh(boards.tows.iter().any(|s| s.id == id))?;
            rules::room(boards.tows, MAX_STRATEGIES)?;
            let link = |card| SourceLink {
                card,
                removed: None,
            };
            Rc::make_mut(boards.tows).push(Strategy {
                id,
                internal: link(internal),
                external: link(external),
                text: text.trim().to_owned(),
            });
        }
        BoardCommand::EditStrategy { id, text } => {
            rules::fits("strategy", &text, MAX_NOTE_CHARS)?;
            let tows: &mut Vec<Strategy> = Rc::make_mut(boards.tows);
            rules::find_mut(tows, |s| s.id == id)?.text = text;
        }
        BoardCommand::DeleteStrategy { id } => {
            rules::remove(Rc::make_mut(boards.tows), |s| s.id == id)?;
            return Ok(Some(Removed::Strategy(id)));
        }
    }
    Ok(None)
}
