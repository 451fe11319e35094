//! The rules that hold between sections. Objectives and the creative idea link to findings
//! of the analysis (SWOT cards, TOWS strategies, health-check answers), KPIs and tactics link
//! to objectives, and one command (`SendToSwot`) writes a health-check answer onto the SWOT.
//! A section's `apply` sees only its own part of the plan, so what crosses sections lives
//! here: a link must point at something that exists (`link_exists`), deleting something
//! removes the links to it (`cascade`). (A stored or imported plan's links are checked with
//! the rest of it, in `document::validate`.)

use crate::domain::board::command::taken_on_swot;
use crate::domain::board::{
    BoardKind, Card, CardSource, Column, Confidence, MAX_CARDS, MAX_CARD_CHARS, MAX_NOTE_CHARS,
};
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::{CardId, Removed};
use crate::domain::core::rules;
use crate::domain::health::command::known_prompt;
use crate::domain::health::{self, EvidenceKind};
use crate::domain::objectives::Link;
use crate::domain::plan::Plan;
use std::rc::Rc;

/// Removes what pointed at something a section's command deleted: links of objectives and
/// of the creative idea to a SWOT card or a TOWS strategy, tactics' links to an objective.
pub(crate) fn cascade(plan: &mut Plan, removed: &Removed) {
    match removed {
        Removed::Card(id) => unlink(plan, &Link::Card(id.clone())),
        Removed::Strategy(id) => unlink(plan, &Link::Strategy(id.clone())),
        Removed::Objective(id) => {
            if plan
                .engagement
                .tactics
                .iter()
                .any(|t| t.objectives.contains(id))
            {
                for tactic in &mut Rc::make_mut(&mut plan.engagement).tactics {
                    tactic.objectives.retain(|o| o != id);
                }
            }
        }
    }
}

/// Puts the answer to a health-check prompt on the SWOT as a new card that keeps a link to
/// the prompt (`Command::SendToSwot`, the one command that spans two sections).
pub(crate) fn send_to_swot(
    plan: &mut Plan,
    prompt: String,
    column: Column,
    card: CardId,
) -> Result<(), DomainError> {
    let context = known_prompt(&prompt)?.context;
    let fits = column.board() == BoardKind::Swot && column.is_internal() == context.is_internal();
    if !fits {
        return Err(DomainError::WrongColumn);
    }
    let answer = plan.health.answer(&prompt);
    let text = answer.text.trim();
    if text.is_empty() {
        return Err(DomainError::NothingToSend);
    }
    if plan.swot.from_prompt(&prompt).is_some() {
        return Err(DomainError::AlreadySent);
    }
    rules::fresh(taken_on_swot(&plan.swot, &plan.tows, &card))?;
    rules::room(&plan.swot.cards, MAX_CARDS)?;
    let mut new = Card::new(card, column, rules::truncate(text, MAX_CARD_CHARS));
    new.notes = rules::truncate(answer.evidence.trim(), MAX_NOTE_CHARS);
    new.confidence = answer.evidence_kind.map(|kind| match kind {
        EvidenceKind::Opinion => Confidence::Assumption,
        _ => Confidence::Evidence,
    });
    new.source = Some(CardSource::HealthCheck { prompt });
    Rc::make_mut(&mut plan.swot).cards.push(new);
    Ok(())
}

fn unlink(plan: &mut Plan, link: &Link) {
    if plan
        .objectives
        .objectives
        .iter()
        .any(|o| o.links.contains(link))
    {
        for o in &mut Rc::make_mut(&mut plan.objectives).objectives {
            o.links.retain(|l| l != link);
        }
    }
    if plan.creative.links.contains(link) {
        Rc::make_mut(&mut plan.creative).links.retain(|l| l != link);
    }
}

/// Whether `link` points at something in `plan`.
pub fn link_exists(plan: &Plan, link: &Link) -> bool {
    match link {
        Link::Card(id) => plan.swot.card(id).is_some(),
        Link::Strategy(id) => plan.tows.iter().any(|s| s.id == *id),
        Link::Prompt(key) => health::prompt(key).is_some(),
    }
}
