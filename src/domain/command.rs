//! Every change a user can make to a plan, as data.
//!
//! Components never edit the plan: they dispatch a `Command`, and `apply` decides. Because a
//! command is a value, it can be tested, logged, replayed, and later sent to another device.

use super::board::Column;
use super::health_check::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use super::ids::CardId;
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
}

impl Command {
    /// Whether the command changes only what is shown (not an undo step, not a change time).
    pub fn is_view(&self) -> bool {
        matches!(self, Command::GoToStep { .. })
    }
}
