//! The creative section's commands and the `apply` that carries them out.

use super::{Creative, CreativeField, Mix, P};
use crate::domain::core::error::DomainError;
use crate::domain::core::rules;
use crate::domain::objectives::{Link, MAX_TEXT};
use std::rc::Rc;

/// A change to the creative section.
#[derive(Clone, Debug, PartialEq)]
pub enum CreativeCommand {
    /// Sets a text of the creative idea.
    SetCreativeText { field: CreativeField, text: String },
    /// Links the creative idea to a finding it answers, or unlinks it.
    SetCreativeLink { link: Link, on: bool },
    /// Sets the notes (`decisions: false`) or the decisions of one of the 4Ps.
    SetMix {
        p: P,
        /// The decisions rather than the notes.
        decisions: bool,
        text: String,
    },
}

/// Applies a creative command (called by `domain::apply`). `finding_exists` says whether a
/// link points at something in the plan.
pub(crate) fn apply(
    creative: &mut Rc<Creative>,
    mix: &mut Rc<Mix>,
    command: CreativeCommand,
    finding_exists: &dyn Fn(&Link) -> bool,
) -> Result<(), DomainError> {
    match command {
        CreativeCommand::SetCreativeText { field, text } => {
            rules::fits("text", &text, MAX_TEXT)?;
            *Rc::make_mut(creative).text_mut(field) = text;
        }
        CreativeCommand::SetCreativeLink { link, on } => {
            if on && !finding_exists(&link) {
                return Err(DomainError::UnknownItem);
            }
            rules::toggle(&mut Rc::make_mut(creative).links, link, on);
        }
        CreativeCommand::SetMix { p, decisions, text } => {
            rules::fits("text", &text, MAX_TEXT)?;
            let entry = Rc::make_mut(mix).get_mut(p);
            if decisions {
                entry.decisions = text;
            } else {
                entry.notes = text;
            }
        }
    }
    Ok(())
}
