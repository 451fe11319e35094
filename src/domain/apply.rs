//! `apply`: the one function through which a plan changes.
//!
//! It is pure: the same plan, command and time give the same result. A command that changes
//! nothing returns [`Applied::Unchanged`], so the state layer keeps the same `Rc` and Yew skips
//! the render, the history gets no empty step, and autosave has nothing to do.

use super::board::{Card, CardSource, MAX_CARDS};
use super::command::Command;
use super::error::DomainError;
use super::health_check::{self, StartField, MAX_ANSWER_CHARS};
use super::ids::Timestamp;
use super::plan::{Plan, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
use std::rc::Rc;

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
        Command::SetStartText { field, text } => {
            check_len("answer", &text, MAX_ANSWER_CHARS)?;
            let start = &mut Rc::make_mut(&mut next.health).start;
            match field {
                StartField::Now => start.now = text,
                StartField::Goal => start.goal = text,
                StartField::FutureState => start.future_state = text,
            }
        }
        Command::SetGoalScope { scope } => Rc::make_mut(&mut next.health).start.scope = scope,
        Command::SetResource { kind, gap, text } => {
            check_len("answer", &text, MAX_ANSWER_CHARS)?;
            let resource = Rc::make_mut(&mut next.health).start.resources.get_mut(kind);
            if gap {
                resource.gap = text;
            } else {
                resource.have = text;
            }
        }
        Command::SetAnswer { prompt, text } => {
            known_prompt(&prompt)?;
            check_len("answer", &text, MAX_ANSWER_CHARS)?;
            Rc::make_mut(&mut next.health).update_answer(&prompt, |a| a.text = text);
        }
        Command::SetRating { prompt, rating } => {
            known_prompt(&prompt)?;
            Rc::make_mut(&mut next.health).update_answer(&prompt, |a| a.rating = rating);
        }
        Command::SetEvidenceKind { prompt, kind } => {
            known_prompt(&prompt)?;
            Rc::make_mut(&mut next.health).update_answer(&prompt, |a| a.evidence_kind = kind);
        }
        Command::SetEvidence { prompt, text } => {
            known_prompt(&prompt)?;
            check_len("evidence", &text, MAX_ANSWER_CHARS)?;
            Rc::make_mut(&mut next.health).update_answer(&prompt, |a| a.evidence = text);
        }
        Command::GoToStep { step } => {
            if plan.health.step == step {
                return Ok(Applied::Unchanged);
            }
            Rc::make_mut(&mut next.health).step = step;
            // A matter of view: the plan's content did not change.
            return Ok(Applied::Changed(next));
        }
        Command::SendToSwot {
            prompt,
            column,
            card,
        } => {
            let context = known_prompt(&prompt)?.context;
            let fits = column.board() == super::board::BoardKind::Swot
                && column.is_internal() == context.is_internal();
            if !fits {
                return Err(DomainError::WrongColumn);
            }
            let text = plan.health.answer(&prompt).text.trim().to_owned();
            if text.is_empty() {
                return Err(DomainError::NothingToSend);
            }
            if plan.swot.from_prompt(&prompt).is_some() {
                return Err(DomainError::AlreadySent);
            }
            if plan.swot.card(&card).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if plan.swot.cards.len() >= MAX_CARDS {
                return Err(DomainError::TooMany { max: MAX_CARDS });
            }
            let answer = plan.health.answer(&prompt);
            let mut new = Card::new(card, column, truncate(&text, super::board::MAX_CARD_CHARS));
            new.notes = truncate(answer.evidence.trim(), super::board::MAX_NOTE_CHARS);
            new.confidence = answer.evidence_kind.map(|kind| match kind {
                health_check::EvidenceKind::Opinion => super::board::Confidence::Assumption,
                _ => super::board::Confidence::Evidence,
            });
            new.source = Some(CardSource::HealthCheck { prompt });
            Rc::make_mut(&mut next.swot).cards.push(new);
        }
    }
    if next == *plan {
        return Ok(Applied::Unchanged);
    }
    next.meta.updated = at.max(plan.meta.updated);
    Ok(Applied::Changed(next))
}

fn known_prompt(key: &str) -> Result<&'static health_check::Prompt, DomainError> {
    health_check::prompt(key).ok_or(DomainError::UnknownPrompt)
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

fn check_len(field: &'static str, text: &str, max: usize) -> Result<(), DomainError> {
    if text.chars().count() > max {
        Err(DomainError::TooLong { field, max })
    } else {
        Ok(())
    }
}
