//! `apply`: the one function through which a plan changes.
//!
//! It is pure: the same plan, command and time give the same result. A command that changes
//! nothing returns [`Applied::Unchanged`], so the state layer keeps the same `Rc` and Yew skips
//! the render, the history gets no empty step, and autosave has nothing to do.

use crate::domain::board::command::{self as board, Boards};
use crate::domain::command::{Command, PlanCommand};
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::Timestamp;
use crate::domain::core::rules::{self, MAX_NAME_CHARS};
use crate::domain::plan::{Plan, MAX_DESCRIPTION_CHARS};
use crate::domain::{creative, engagement, health, journey, links, objectives};
use std::rc::Rc;

/// The result of applying a command that was valid.
#[derive(Clone, Debug, PartialEq)]
pub enum Applied {
    /// The command asked for what the plan already is.
    Unchanged,
    /// The next plan, with `meta.updated` set to the time of the change.
    Changed(Plan),
}

/// Applies `command` to `plan` at time `at`.
///
/// Each section's command goes to that section's `apply`, which sees only the parts of the
/// plan it may change (and, read-only, what it must check a link against). What a section
/// deleted comes back as [`Removed`](crate::domain::core::ids::Removed), and
/// [`links::cascade`] takes the links to it out of the other sections.
pub fn apply(plan: &Plan, command: Command, at: Timestamp) -> Result<Applied, DomainError> {
    let view = command.is_view();
    let mut next = plan.clone();
    let removed = match command {
        Command::Plan(command) => {
            apply_plan(&mut next, command)?;
            None
        }
        Command::Health(command) => {
            health::command::apply(Rc::make_mut(&mut next.health), command)?;
            None
        }
        Command::Board(command) => {
            let boards = Boards {
                swot: &mut next.swot,
                pestle: &mut next.pestle,
                tows: &mut next.tows,
            };
            board::apply(boards, command)?
        }
        Command::Journey(command) => {
            journey::command::apply(Rc::make_mut(&mut next.journey), command)?;
            None
        }
        Command::Objectives(command) => {
            objectives::command::apply(&mut next.objectives, &mut next.reviews, command, &|link| {
                links::link_exists(plan, link)
            })?
        }
        Command::Creative(command) => {
            creative::command::apply(&mut next.creative, &mut next.mix, command, &|link| {
                links::link_exists(plan, link)
            })?;
            None
        }
        Command::Engagement(command) => {
            engagement::command::apply(&mut next.engagement, command, &plan.objectives)?;
            None
        }
        Command::SendToSwot {
            prompt,
            column,
            card,
        } => {
            links::send_to_swot(&mut next, prompt, column, card)?;
            None
        }
    };
    if let Some(removed) = removed {
        links::cascade(&mut next, &removed);
    }
    if next == *plan {
        return Ok(Applied::Unchanged);
    }
    if !view {
        // A matter of view (the wizard's step) is not a change of the plan's content.
        next.meta.updated = at.max(plan.meta.updated);
    }
    Ok(Applied::Changed(next))
}

/// Applies a change to the plan as a whole.
fn apply_plan(plan: &mut Plan, command: PlanCommand) -> Result<(), DomainError> {
    match command {
        PlanCommand::RenamePlan { name } => {
            let name = name.trim();
            if name.is_empty() {
                return Err(DomainError::EmptyName);
            }
            rules::fits("name", name, MAX_NAME_CHARS)?;
            plan.meta.name = name.to_owned();
        }
        PlanCommand::SetDescription { text } => {
            rules::fits("description", &text, MAX_DESCRIPTION_CHARS)?;
            plan.meta.description = text;
        }
        PlanCommand::SetPlanLocale { locale } => plan.meta.locale = locale,
        PlanCommand::SetCurrency { currency } => plan.meta.currency = currency,
    }
    Ok(())
}
