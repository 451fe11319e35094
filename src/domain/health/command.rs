//! The health section's commands and the `apply` that carries them out.

use super::score::MAX_TEAM_SIZE;
use super::{
    EvidenceKind, GoalScope, HealthCheck, Prompt, Rating, ResourceKind, StartField, Step,
    MAX_ANSWER_CHARS,
};
use crate::domain::core::error::DomainError;
use crate::domain::core::rules;
use crate::domain::engagement::MAX_BUDGET_CENTS;

/// A change to the health section.
#[derive(Clone, Debug, PartialEq)]
pub enum HealthCommand {
    /// Sets a text of the starting point.
    SetStartText { field: StartField, text: String },
    /// Sets whether the strategy is for the year or for one launch.
    SetGoalScope {
        /// The scope, or none.
        scope: Option<GoalScope>,
    },
    /// Sets what the business has of a resource (`gap: false`) or what is missing (`gap: true`).
    SetResource {
        kind: ResourceKind,
        /// The gap note rather than what is at hand.
        gap: bool,
        text: String,
    },
    /// Sets or clears how many people work in the business.
    SetTeamSize {
        /// The number of people, or none.
        people: Option<u32>,
    },
    /// Sets or clears the money the strategy may spend.
    SetBudget {
        /// The budget in cents, or none.
        cents: Option<u64>,
    },
    /// Sets the answer to a prompt.
    SetAnswer { prompt: String, text: String },
    /// Sets or clears the self-rating of a prompt.
    SetRating {
        prompt: String,
        /// The rating, or none.
        rating: Option<Rating>,
    },
    /// Sets or clears where an answer comes from.
    SetEvidenceKind {
        prompt: String,
        /// The kind, or none.
        kind: Option<EvidenceKind>,
    },
    /// Sets the evidence note of an answer.
    SetEvidence { prompt: String, text: String },
    /// Moves the wizard to a step. A matter of view, not content: it is not an undo step and
    /// does not change the plan's "last changed" time.
    GoToStep { step: Step },
}

impl HealthCommand {
    /// Whether the command changes only what is shown: moving the wizard to a step is not an
    /// undo step and does not change the plan's "last changed" time.
    pub fn is_view(&self) -> bool {
        matches!(self, HealthCommand::GoToStep { .. })
    }
}

/// Applies a health-check command (called by `domain::apply`).
pub(crate) fn apply(health: &mut HealthCheck, command: HealthCommand) -> Result<(), DomainError> {
    match command {
        HealthCommand::SetStartText { field, text } => {
            rules::fits("answer", &text, MAX_ANSWER_CHARS)?;
            let start = &mut health.start;
            match field {
                StartField::Now => start.now = text,
                StartField::Goal => start.goal = text,
                StartField::FutureState => start.future_state = text,
            }
        }
        HealthCommand::SetGoalScope { scope } => health.start.scope = scope,
        HealthCommand::SetResource { kind, gap, text } => {
            rules::fits("answer", &text, MAX_ANSWER_CHARS)?;
            let resource = health.start.resources.get_mut(kind);
            if gap {
                resource.gap = text;
            } else {
                resource.have = text;
            }
        }
        HealthCommand::SetTeamSize { people } => {
            if people.is_some_and(|n| n == 0 || n > MAX_TEAM_SIZE) {
                return Err(DomainError::OutOfRange {
                    min: 1,
                    max: i64::from(MAX_TEAM_SIZE),
                });
            }
            health.start.team_size = people;
        }
        HealthCommand::SetBudget { cents } => {
            if cents.is_some_and(|c| c > MAX_BUDGET_CENTS) {
                return Err(DomainError::amount_over(MAX_BUDGET_CENTS));
            }
            health.start.budget_cents = cents;
        }
        HealthCommand::SetAnswer { prompt, text } => {
            known_prompt(&prompt)?;
            rules::fits("answer", &text, MAX_ANSWER_CHARS)?;
            health.update_answer(&prompt, |a| a.text = text);
        }
        HealthCommand::SetRating { prompt, rating } => {
            known_prompt(&prompt)?;
            health.update_answer(&prompt, |a| a.rating = rating);
        }
        HealthCommand::SetEvidenceKind { prompt, kind } => {
            known_prompt(&prompt)?;
            health.update_answer(&prompt, |a| a.evidence_kind = kind);
        }
        HealthCommand::SetEvidence { prompt, text } => {
            known_prompt(&prompt)?;
            rules::fits("evidence", &text, MAX_ANSWER_CHARS)?;
            health.update_answer(&prompt, |a| a.evidence = text);
        }
        HealthCommand::GoToStep { step } => health.step = step,
    }
    Ok(())
}

/// The prompt `key` names, or "unknown prompt".
pub fn known_prompt(key: &str) -> Result<&'static Prompt, DomainError> {
    super::prompt(key).ok_or(DomainError::UnknownPrompt)
}
