//! The engagement section's commands and the `apply` that carries them out.

use super::{Engagement, Tactic, TacticText, MAX_BUDGET_CENTS, MAX_TACTICS};
use crate::domain::core::channel::{defaults, Channel, Ownership, Role};
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::{ObjectiveId, TacticId};
use crate::domain::core::rules::{self, MAX_NAME_CHARS};
use crate::domain::objectives::{Objectives, MAX_TEXT};
use std::rc::Rc;

/// A change to the engagement section.
#[derive(Clone, Debug, PartialEq)]
pub enum EngagementCommand {
    /// Sets the target audience (`justification: false`) or why it is the audience.
    SetAudience {
        /// The justification rather than the audience.
        justification: bool,
        text: String,
    },
    /// Adds a tactic for a channel, with the channel's usual ownership and role.
    AddTactic { id: TacticId, channel: Channel },
    /// Sets a text of a tactic.
    SetTacticText {
        id: TacticId,
        field: TacticText,
        text: String,
    },
    /// Sets a tactic's channel, its name when custom, its ownership and its role.
    SetTacticChannel {
        id: TacticId,
        channel: Channel,
        /// The channel's name when custom.
        custom: String,
        /// Paid, owned or earned.
        ownership: Ownership,
        /// Discoverer, goal scorer or both.
        role: Role,
    },
    /// Sets a tactic's budget under one scenario.
    SetTacticBudget {
        id: TacticId,
        /// 0 good, 1 better, 2 best.
        scenario: usize,
        /// The budget, in cents.
        cents: u64,
    },
    /// Marks a tactic as serving an objective, or not.
    SetTacticObjective {
        id: TacticId,
        objective: ObjectiveId,
        on: bool,
    },
    /// Deletes a tactic.
    DeleteTactic { id: TacticId },
}

/// Applies an engagement command (called by `domain::apply`); a tactic may only serve an
/// objective of `objectives`.
pub(crate) fn apply(
    engagement: &mut Rc<Engagement>,
    command: EngagementCommand,
    objectives: &Objectives,
) -> Result<(), DomainError> {
    match command {
        EngagementCommand::SetAudience {
            justification,
            text,
        } => {
            rules::fits("text", &text, MAX_TEXT)?;
            let e = Rc::make_mut(engagement);
            if justification {
                e.justification = text;
            } else {
                e.audience = text;
            }
        }
        EngagementCommand::AddTactic { id, channel } => {
            rules::fresh(engagement.tactics.iter().any(|t| t.id == id))?;
            rules::room(&engagement.tactics, MAX_TACTICS)?;
            let (ownership, role) = defaults(channel);
            Rc::make_mut(engagement).tactics.push(Tactic {
                id,
                channel,
                custom: String::new(),
                ownership,
                role,
                plan: String::new(),
                justification: String::new(),
                measure: String::new(),
                monitor: String::new(),
                manage: String::new(),
                budget: [0; 3],
                objectives: Vec::new(),
            });
        }
        EngagementCommand::SetTacticText { id, field, text } => {
            rules::fits("text", &text, MAX_TEXT)?;
            *tactic_mut(engagement, &id)?.text_mut(field) = text;
        }
        EngagementCommand::SetTacticChannel {
            id,
            channel,
            custom,
            ownership,
            role,
        } => {
            rules::fits("text", &custom, MAX_NAME_CHARS)?;
            let t = tactic_mut(engagement, &id)?;
            t.channel = channel;
            t.custom = custom.trim().to_owned();
            t.ownership = ownership;
            t.role = role;
        }
        EngagementCommand::SetTacticBudget {
            id,
            scenario,
            cents,
        } => {
            if scenario > 2 {
                return Err(DomainError::OutOfRange { min: 0, max: 2 });
            }
            if cents > MAX_BUDGET_CENTS {
                return Err(DomainError::amount_over(MAX_BUDGET_CENTS));
            }
            tactic_mut(engagement, &id)?.budget[scenario] = cents;
        }
        EngagementCommand::SetTacticObjective { id, objective, on } => {
            if on && objectives.objective(&objective).is_none() {
                return Err(DomainError::UnknownItem);
            }
            rules::toggle(&mut tactic_mut(engagement, &id)?.objectives, objective, on);
        }
        EngagementCommand::DeleteTactic { id } => {
            rules::remove(&mut Rc::make_mut(engagement).tactics, |t| t.id == id)?;
        }
    }
    Ok(())
}

fn tactic_mut<'e>(
    engagement: &'e mut Rc<Engagement>,
    id: &TacticId,
) -> Result<&'e mut Tactic, DomainError> {
    rules::find_mut(&mut Rc::make_mut(engagement).tactics, |t| t.id == *id)
}
