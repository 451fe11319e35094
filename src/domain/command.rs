//! Every change a user can make to a plan, as data.
//!
//! Components never edit the plan: they dispatch a `Command`, and `apply` decides. Because a
//! command is a value, it can be tested, logged, replayed, and later sent to another device.

use super::board::{BoardKind, Column, Confidence, RatingField};
use super::health_check::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use super::ids::{CardId, StrategyId};
use super::locale::Locale;

/// One change to a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Renames the plan. Surrounding white space is trimmed; an empty name is refused.
    RenamePlan {
        /// The new name.
        name: String,
    },
    /// Replaces the plan's description (what the business is, what the plan is for).
    SetDescription {
        /// The new text; surrounding white space at the end is kept as typed.
        text: String,
    },
    /// Records the language the plan's content is written in.
    SetPlanLocale {
        /// The language.
        locale: Locale,
    },

    // The health check.
    /// Sets a text of the starting point.
    SetStartText {
        /// Which text.
        field: StartField,
        /// The new text.
        text: String,
    },
    /// Sets whether the strategy is for the year or for one launch.
    SetGoalScope {
        /// The scope, or none.
        scope: Option<GoalScope>,
    },
    /// Sets what the business has of a resource (`gap: false`) or what is missing (`gap: true`).
    SetResource {
        /// Which resource.
        kind: ResourceKind,
        /// The gap note rather than what is at hand.
        gap: bool,
        /// The new text.
        text: String,
    },
    /// Sets the answer to a prompt.
    SetAnswer {
        /// The prompt's key.
        prompt: String,
        /// The new text.
        text: String,
    },
    /// Sets or clears the self-rating of a prompt.
    SetRating {
        /// The prompt's key.
        prompt: String,
        /// The rating, or none.
        rating: Option<Rating>,
    },
    /// Sets or clears where an answer comes from.
    SetEvidenceKind {
        /// The prompt's key.
        prompt: String,
        /// The kind, or none.
        kind: Option<EvidenceKind>,
    },
    /// Sets the evidence note of an answer.
    SetEvidence {
        /// The prompt's key.
        prompt: String,
        /// The new text.
        text: String,
    },
    /// Moves the wizard to a step. A matter of view, not content: it is not an undo step and
    /// does not change the plan's "last changed" time.
    GoToStep {
        /// The step.
        step: Step,
    },
    /// Puts the answer to a prompt on the SWOT as a new card that keeps a link to the prompt.
    SendToSwot {
        /// The prompt's key.
        prompt: String,
        /// The quadrant: strengths or weaknesses for business and internal prompts,
        /// opportunities or threats for customer and external ones.
        column: Column,
        /// The new card's id.
        card: CardId,
    },

    // The SWOT and PESTLE boards.
    /// Adds a card at the end of a column.
    AddCard {
        /// The board.
        board: BoardKind,
        /// The new card's id.
        id: CardId,
        /// Where.
        column: Column,
        /// What it says (trimmed; not empty).
        text: String,
    },
    /// Changes what a card says.
    EditCard {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// The new text (trimmed; not empty).
        text: String,
    },
    /// Changes a card's notes or evidence.
    SetCardNotes {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// The new notes.
        notes: String,
    },
    /// Marks a card as an assumption or as evidence (or neither).
    SetCardConfidence {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// The confidence, or none.
        confidence: Option<Confidence>,
    },
    /// Sets or clears a 1–5 rating of a card (weight on the SWOT, impact and likelihood on
    /// the PESTLE).
    SetCardRating {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// Which rating.
        field: RatingField,
        /// 1–5, or none.
        value: Option<u8>,
    },
    /// Moves a card to a column (its own, to reorder) at a position among that column's cards.
    MoveCard {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// Where to.
        column: Column,
        /// The position in that column, from 0 (clamped to its end).
        index: usize,
    },
    /// Deletes a card. TOWS strategies that used it keep its text and say it was deleted.
    DeleteCard {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
    },

    // TOWS strategies.
    /// Adds a strategy pairing a strength or weakness with an opportunity or threat.
    AddStrategy {
        /// The new strategy's id.
        id: StrategyId,
        /// A strength or weakness card.
        internal: CardId,
        /// An opportunity or threat card.
        external: CardId,
        /// What the business will do.
        text: String,
    },
    /// Changes what a strategy says.
    EditStrategy {
        /// The strategy.
        id: StrategyId,
        /// The new text.
        text: String,
    },
    /// Deletes a strategy.
    DeleteStrategy {
        /// The strategy.
        id: StrategyId,
    },
}

impl Command {
    /// Whether the command changes only what is shown (not an undo step, not a change time).
    pub fn is_view(&self) -> bool {
        matches!(self, Command::GoToStep { .. })
    }
}
