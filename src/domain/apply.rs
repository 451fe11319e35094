//! `apply`: the one function through which a plan changes.
//!
//! It is pure: the same plan, command and time give the same result. A command that changes
//! nothing returns [`Applied::Unchanged`], so the state layer keeps the same `Rc` and Yew skips
//! the render, the history gets no empty step, and autosave has nothing to do.

use crate::domain::board::{
    BoardKind, Card, CardSource, RatingField, SourceLink, Strategy, TowsKind, MAX_CARDS,
    MAX_CARD_CHARS, MAX_NOTE_CHARS, MAX_STRATEGIES,
};
use crate::domain::command::Command;
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::CardId;
use crate::domain::core::ids::Timestamp;
use crate::domain::health::{self, StartField, MAX_ANSWER_CHARS};
use crate::domain::plan::{Plan, MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS};
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
            let fits = column.board() == crate::domain::board::BoardKind::Swot
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
            if taken_on_swot(plan, &card) {
                return Err(DomainError::DuplicateId);
            }
            if plan.swot.cards.len() >= MAX_CARDS {
                return Err(DomainError::TooMany { max: MAX_CARDS });
            }
            let answer = plan.health.answer(&prompt);
            let mut new = Card::new(
                card,
                column,
                truncate(&text, crate::domain::board::MAX_CARD_CHARS),
            );
            new.notes = truncate(answer.evidence.trim(), crate::domain::board::MAX_NOTE_CHARS);
            new.confidence = answer.evidence_kind.map(|kind| match kind {
                health::EvidenceKind::Opinion => crate::domain::board::Confidence::Assumption,
                _ => crate::domain::board::Confidence::Evidence,
            });
            new.source = Some(CardSource::HealthCheck { prompt });
            Rc::make_mut(&mut next.swot).cards.push(new);
        }
        Command::AddCard {
            board,
            id,
            column,
            text,
        } => {
            let text = card_text(&text)?;
            if column.board() != board {
                return Err(DomainError::WrongColumn);
            }
            if board == BoardKind::Swot && taken_on_swot(plan, &id) {
                return Err(DomainError::DuplicateId);
            }
            let b = next.board_mut(board);
            if b.card(&id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if b.cards.len() >= MAX_CARDS {
                return Err(DomainError::TooMany { max: MAX_CARDS });
            }
            b.cards.push(Card::new(id, column, text));
        }
        Command::EditCard { board, id, text } => {
            let text = card_text(&text)?;
            card_mut(&mut next, board, &id)?.text = text;
        }
        Command::SetCardNotes { board, id, notes } => {
            check_len("notes", &notes, MAX_NOTE_CHARS)?;
            card_mut(&mut next, board, &id)?.notes = notes;
        }
        Command::SetCardConfidence {
            board,
            id,
            confidence,
        } => card_mut(&mut next, board, &id)?.confidence = confidence,
        Command::SetCardRating {
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
            let card = card_mut(&mut next, board, &id)?;
            match field {
                RatingField::Weight => card.weight = value,
                RatingField::Impact => card.impact = value,
                RatingField::Likelihood => card.likelihood = value,
            }
        }
        Command::MoveCard {
            board,
            id,
            column,
            index,
        } => {
            if column.board() != board {
                return Err(DomainError::WrongColumn);
            }
            if !next.board_mut(board).move_card(&id, column, index) {
                return Err(DomainError::UnknownItem);
            }
        }
        Command::DeleteCard { board, id } => {
            let b = next.board_mut(board);
            let Some(at) = b.cards.iter().position(|c| c.id == id) else {
                return Err(DomainError::UnknownItem);
            };
            let removed = b.cards.remove(at);
            if board == BoardKind::Swot {
                crate::domain::links::unlink_card(&mut next, &id);
                // Strategies built on it keep its words and say it is gone.
                let tows = Rc::make_mut(&mut next.tows);
                for strategy in tows.iter_mut() {
                    for link in [&mut strategy.internal, &mut strategy.external] {
                        if link.card == id {
                            link.removed = Some(removed.text.clone());
                        }
                    }
                }
            }
        }
        Command::AddStrategy {
            id,
            internal,
            external,
            text,
        } => {
            check_len("strategy", &text, MAX_NOTE_CHARS)?;
            let column = |card: &CardId| plan.swot.card(card).map(|c| c.column);
            let (Some(i), Some(e)) = (column(&internal), column(&external)) else {
                return Err(DomainError::UnknownItem);
            };
            if TowsKind::of(i, e).is_none() {
                return Err(DomainError::WrongColumn);
            }
            if plan.tows.iter().any(|s| s.id == id) {
                return Err(DomainError::DuplicateId);
            }
            if plan.tows.len() >= MAX_STRATEGIES {
                return Err(DomainError::TooMany {
                    max: MAX_STRATEGIES,
                });
            }
            let link = |card| SourceLink {
                card,
                removed: None,
            };
            Rc::make_mut(&mut next.tows).push(Strategy {
                id,
                internal: link(internal),
                external: link(external),
                text: text.trim().to_owned(),
            });
        }
        Command::EditStrategy { id, text } => {
            check_len("strategy", &text, MAX_NOTE_CHARS)?;
            let tows = Rc::make_mut(&mut next.tows);
            let strategy = tows
                .iter_mut()
                .find(|s| s.id == id)
                .ok_or(DomainError::UnknownItem)?;
            strategy.text = text;
        }
        c @ (Command::AddPersona { .. }
        | Command::SetPersonaField { .. }
        | Command::SetPersonaMedia { .. }
        | Command::DuplicatePersona { .. }
        | Command::DeletePersona { .. }
        | Command::UseStageTemplate { .. }
        | Command::AddStage { .. }
        | Command::RenameStage { .. }
        | Command::MoveStage { .. }
        | Command::DeleteStage { .. }
        | Command::SetLane { .. }
        | Command::SetEmotion { .. }
        | Command::AddTouchpoint { .. }
        | Command::SetTouchpoint { .. }
        | Command::MoveTouchpoint { .. }
        | Command::DeleteTouchpoint { .. }
        | Command::SetPathStep { .. }
        | Command::MovePathStep { .. }
        | Command::DeletePathStep { .. }
        | Command::SetConversionValue { .. }) => {
            crate::domain::journey::apply(Rc::make_mut(&mut next.journey), c)?;
        }
        c @ (Command::AddObjective { .. }
        | Command::SetObjectiveText { .. }
        | Command::SetObjectiveNumber { .. }
        | Command::SetObjectiveDate { .. }
        | Command::SetObjectiveFrequency { .. }
        | Command::SetObjectiveLink { .. }
        | Command::DeleteObjective { .. }
        | Command::AddReading { .. }
        | Command::DeleteReading { .. }
        | Command::SetKpi { .. }
        | Command::DeleteKpi { .. }
        | Command::SetCreativeText { .. }
        | Command::SetCreativeLink { .. }
        | Command::SetMix { .. }
        | Command::SetAudience { .. }
        | Command::AddTactic { .. }
        | Command::SetTacticText { .. }
        | Command::SetTacticChannel { .. }
        | Command::SetTacticBudget { .. }
        | Command::SetTacticObjective { .. }
        | Command::DeleteTactic { .. }
        | Command::SetReview { .. }
        | Command::DeleteReview { .. }) => crate::domain::links::apply(&mut next, c)?,
        Command::DeleteStrategy { id } => {
            let tows = Rc::make_mut(&mut next.tows);
            let before = tows.len();
            tows.retain(|s| s.id != id);
            if tows.len() == before {
                return Err(DomainError::UnknownItem);
            }
            crate::domain::links::unlink_strategy(&mut next, &id);
        }
    }
    if next == *plan {
        return Ok(Applied::Unchanged);
    }
    next.meta.updated = at.max(plan.meta.updated);
    Ok(Applied::Changed(next))
}

/// A card's text: trimmed, not empty, not too long.
fn card_text(text: &str) -> Result<String, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::EmptyText);
    }
    check_len("card", text, MAX_CARD_CHARS)?;
    Ok(text.to_owned())
}

/// Whether `id` cannot name a new SWOT card: a card has it, or a TOWS strategy still remembers
/// a deleted card by it (the strategy would then show the new card as its deleted source).
fn taken_on_swot(plan: &Plan, id: &CardId) -> bool {
    plan.swot.card(id).is_some()
        || plan
            .tows
            .iter()
            .any(|s| s.internal.card == *id || s.external.card == *id)
}

fn card_mut<'p>(
    plan: &'p mut Plan,
    board: BoardKind,
    id: &CardId,
) -> Result<&'p mut Card, DomainError> {
    plan.board_mut(board)
        .cards
        .iter_mut()
        .find(|c| c.id == *id)
        .ok_or(DomainError::UnknownItem)
}

fn known_prompt(key: &str) -> Result<&'static health::Prompt, DomainError> {
    health::prompt(key).ok_or(DomainError::UnknownPrompt)
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
