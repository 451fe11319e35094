//! The rules that hold between sections. Objectives and the creative idea link to findings
//! of the analysis (SWOT cards, TOWS strategies, health-check answers), KPIs and tactics link
//! to objectives, and one command (`SendToSwot`) writes a health-check answer onto the SWOT.
//! A section's `apply` sees only its own part of the plan, so what crosses sections lives
//! here: a link must point at something that exists (`link_exists`), deleting something
//! removes the links to it (`cascade`), and a stored or imported plan's planning sections keep
//! their limits and links (`validate`).

use crate::domain::board::command::taken_on_swot;
use crate::domain::board::{
    BoardKind, Card, CardSource, Column, Confidence, MAX_CARDS, MAX_CARD_CHARS, MAX_NOTE_CHARS,
};
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::{CardId, Removed};
use crate::domain::core::rules::{self, MAX_NAME_CHARS};
use crate::domain::engagement::{MAX_BUDGET_CENTS, MAX_TACTICS};
use crate::domain::health::command::known_prompt;
use crate::domain::health::{self, EvidenceKind};
use crate::domain::objectives::monitor::MAX_REVIEWS;
use crate::domain::objectives::{Link, MAX_KPIS, MAX_OBJECTIVES, MAX_READINGS, MAX_TEXT};
use crate::domain::plan::{check_len, duplicate, Plan};
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

/// Checks the limits and links a stored or imported plan's planning sections must respect.
pub(crate) fn validate(plan: &Plan) -> Result<(), String> {
    let section = &plan.objectives;
    if section.objectives.len() > MAX_OBJECTIVES {
        return Err(format!(
            "plan.objectives.objectives: more than {MAX_OBJECTIVES}"
        ));
    }
    if let Some(id) = duplicate(section.objectives.iter().map(|o| o.id.as_str())) {
        return Err(format!("plan.objectives.objectives: {id} appears twice"));
    }
    for (i, o) in section.objectives.iter().enumerate() {
        let path = format!("plan.objectives.objectives[{i}]");
        if o.statement.trim().is_empty() {
            return Err(format!("{path}.statement: empty"));
        }
        for field in crate::domain::objectives::ObjectiveText::ALL {
            check_len(&format!("{path}.{}", field.key()), o.text(field), MAX_TEXT)?;
        }
        for (name, v) in [("baseline", o.baseline), ("target", o.target)] {
            if rules::number(v).is_err() {
                return Err(format!("{path}.{name}: not a usable number"));
            }
        }
        check_links(plan, &format!("{path}.links"), &o.links)?;
        if o.readings.len() > MAX_READINGS {
            return Err(format!("{path}.readings: more than {MAX_READINGS}"));
        }
        if let Some(id) = duplicate(o.readings.iter().map(|r| r.id.as_str())) {
            return Err(format!("{path}.readings: {id} appears twice"));
        }
        if o.readings
            .iter()
            .any(|r| rules::number(Some(r.value)).is_err())
        {
            return Err(format!("{path}.readings: a value is not a usable number"));
        }
    }
    if section.kpis.len() > MAX_KPIS {
        return Err(format!("plan.objectives.kpis: more than {MAX_KPIS}"));
    }
    if let Some(id) = duplicate(section.kpis.iter().map(|k| k.id.as_str())) {
        return Err(format!("plan.objectives.kpis: {id} appears twice"));
    }
    for (i, k) in section.kpis.iter().enumerate() {
        let path = format!("plan.objectives.kpis[{i}]");
        if k.name.trim().is_empty() {
            return Err(format!("{path}.name: empty"));
        }
        check_len(&format!("{path}.name"), &k.name, MAX_NAME_CHARS)?;
        check_len(&format!("{path}.unit"), &k.unit, MAX_NAME_CHARS)?;
        if let Some(o) = &k.objective {
            if section.objective(o).is_none() {
                return Err(format!("{path}.objective: {o} is not an objective"));
            }
        }
        if rules::number(k.target).is_err() {
            return Err(format!("{path}.target: not a usable number"));
        }
    }
    for field in crate::domain::creative::CreativeField::ALL {
        check_len(
            &format!("plan.creative.{}", field.key()),
            plan.creative.text(field),
            MAX_TEXT,
        )?;
    }
    check_links(plan, "plan.creative.links", &plan.creative.links)?;
    let e = &plan.engagement;
    check_len("plan.engagement.audience", &e.audience, MAX_TEXT)?;
    check_len("plan.engagement.justification", &e.justification, MAX_TEXT)?;
    if e.tactics.len() > MAX_TACTICS {
        return Err(format!("plan.engagement.tactics: more than {MAX_TACTICS}"));
    }
    if let Some(id) = duplicate(e.tactics.iter().map(|t| t.id.as_str())) {
        return Err(format!("plan.engagement.tactics: {id} appears twice"));
    }
    for (i, t) in e.tactics.iter().enumerate() {
        let path = format!("plan.engagement.tactics[{i}]");
        for field in crate::domain::engagement::TacticText::ALL {
            check_len(&format!("{path}.{}", field.key()), t.text(field), MAX_TEXT)?;
        }
        check_len(&format!("{path}.custom"), &t.custom, MAX_NAME_CHARS)?;
        if t.budget.iter().any(|b| *b > MAX_BUDGET_CENTS) {
            return Err(format!("{path}.budget: too large"));
        }
        for (n, o) in t.objectives.iter().enumerate() {
            if section.objective(o).is_none() {
                return Err(format!("{path}.objectives: {o} is not an objective"));
            }
            if t.objectives[..n].contains(o) {
                return Err(format!("{path}.objectives: {o} appears twice"));
            }
        }
    }
    for p in crate::domain::creative::P::ALL {
        let entry = plan.mix.get(p);
        check_len(
            &format!("plan.mix.{}.notes", p.key()),
            &entry.notes,
            MAX_TEXT,
        )?;
        check_len(
            &format!("plan.mix.{}.decisions", p.key()),
            &entry.decisions,
            MAX_TEXT,
        )?;
    }
    if plan.reviews.len() > MAX_REVIEWS {
        return Err(format!("plan.reviews: more than {MAX_REVIEWS}"));
    }
    if let Some(id) = duplicate(plan.reviews.iter().map(|r| r.id.as_str())) {
        return Err(format!("plan.reviews: {id} appears twice"));
    }
    for (i, r) in plan.reviews.iter().enumerate() {
        check_len(&format!("plan.reviews[{i}].learned"), &r.learned, MAX_TEXT)?;
        check_len(&format!("plan.reviews[{i}].change"), &r.change, MAX_TEXT)?;
    }
    Ok(())
}

fn check_links(plan: &Plan, path: &str, links: &[Link]) -> Result<(), String> {
    if links.len() > 100 {
        return Err(format!("{path}: more than 100"));
    }
    for (i, link) in links.iter().enumerate() {
        if !link_exists(plan, link) {
            return Err(format!("{path}[{i}]: points at nothing"));
        }
        if links[..i].contains(link) {
            return Err(format!("{path}[{i}]: appears twice"));
        }
    }
    Ok(())
}
