//! `apply`: the one function through which a plan changes.
//!
//! It is pure: the same plan, command and time give the same result. A command that changes
//! nothing returns [`Applied::Unchanged`], so the state layer keeps the same `Rc` and Yew skips
//! the render, the history gets no empty step, and autosave has nothing to do.

use super::command::Command;
use super::error::DomainError;
use super::ids::Timestamp;
use super::plan::{Plan, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};

/// The result of applying a command that was valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The command asked for what the plan already is.
    Unchanged,
    /// The next plan, with `meta.updated` set to the time of the change.
    Changed(Plan),
}

/// Applies `command` to `plan` at time `at`.
pub fn apply(plan: &Plan, command: Command, at: Timestamp) -> Result<Applied, DomainError> {
    let mut next = plan.clone();
    match command {
        Command::RenamePlan { name } => {
            let name = name.trim();
            if name.is_empty() {
                return Err(DomainError::EmptyName);
            }
            check_len("name", name, MAX_NAME_CHARS)?;
            next.meta.name = name.to_owned();
        }
        Command::SetDescription { text } => {
            check_len("description", &text, MAX_DESCRIPTION_CHARS)?;
            next.meta.description = text;
        }
        Command::SetPlanLocale { locale } => next.meta.locale = locale,
    }
    if next == *plan {
        return Ok(Applied::Unchanged);
    }
    next.meta.updated = at.max(plan.meta.updated);
    Ok(Applied::Changed(next))
}

fn check_len(field: &'static str, text: &str, max: usize) -> Result<(), DomainError> {
    if text.chars().count() > max {
        Err(DomainError::TooLong { field, max })
    } else {
        Ok(())
    }
}
