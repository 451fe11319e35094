//! The commands and checks of the planning sections: SMART objectives and their readings,
//! KPIs, the creative idea, the engagement strategy, the 4Ps and the review log.
//!
//! Longer than 500 lines because it holds the planning sections' commands and rules; they move to
//! their sections' folders (issue 13).
//!
//! These sections link to each other and to the analysis (an objective to SWOT cards, TOWS
//! strategies and health-check answers; a KPI to an objective; a tactic to objectives), so
//! the rules that keep links sound live together here: a link must point at something that
//! exists, and deleting something removes the links to it (`unlink_*`).

use crate::domain::command::Command;
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::{CardId, ObjectiveId, StrategyId};
use crate::domain::engagement::{Tactic, MAX_BUDGET_CENTS, MAX_TACTICS};
use crate::domain::health;
use crate::domain::objectives::monitor::Review;
use crate::domain::objectives::{
    Kpi, Link, Objective, Reading, MAX_KPIS, MAX_OBJECTIVES, MAX_READINGS, MAX_TEXT,
};
use crate::domain::plan::{check_len, duplicate, Plan, MAX_NAME_CHARS};
use std::rc::Rc;

/// Most entries in the review log.
pub const MAX_REVIEWS: usize = 500;
/// The largest magnitude of a baseline, target or reading.
pub const MAX_NUMBER: f64 = 1e15;

/// Applies a planning command to `plan` (called by `domain::apply`).
pub(crate) fn apply(plan: &mut Plan, command: Command) -> Result<(), DomainError> {
    match command {
        Command::AddObjective { id, statement } => {
            let statement = required(&statement)?;
            let section = Rc::make_mut(&mut plan.objectives);
            if section.objective(&id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if section.objectives.len() >= MAX_OBJECTIVES {
                return Err(DomainError::TooMany {
                    max: MAX_OBJECTIVES,
                });
            }
            section.objectives.push(Objective::new(id, statement));
        }
        Command::SetObjectiveText { id, field, text } => {
            check(&text, MAX_TEXT)?;
            let text = if field == crate::domain::objectives::ObjectiveText::Statement {
                required(&text)?
            } else {
                text
            };
            *objective_mut(plan, &id)?.text_mut(field) = text;
        }
        Command::SetObjectiveNumber { id, target, value } => {
            number(value)?;
            let o = objective_mut(plan, &id)?;
            if target {
                o.target = value;
            } else {
                o.baseline = value;
            }
        }
        Command::SetObjectiveDate { id, deadline, date } => {
            let o = objective_mut(plan, &id)?;
            if deadline {
                o.deadline = date;
            } else {
                o.start = date;
            }
        }
        Command::SetObjectiveFrequency { id, frequency } => {
            objective_mut(plan, &id)?.monitored = frequency
        }
        Command::SetObjectiveLink { id, link, on } => {
            if on && !link_exists(plan, &link) {
                return Err(DomainError::UnknownItem);
            }
            let links = &mut objective_mut(plan, &id)?.links;
            links.retain(|l| *l != link);
            if on {
                links.push(link);
            }
        }
        Command::DeleteObjective { id } => {
            let section = Rc::make_mut(&mut plan.objectives);
            let before = section.objectives.len();
            section.objectives.retain(|o| o.id != id);
            if section.objectives.len() == before {
                return Err(DomainError::UnknownItem);
            }
            for kpi in &mut section.kpis {
                if kpi.objective.as_ref() == Some(&id) {
                    kpi.objective = None;
                }
            }
            if plan
                .engagement
                .tactics
                .iter()
                .any(|t| t.objectives.contains(&id))
            {
                for tactic in &mut Rc::make_mut(&mut plan.engagement).tactics {
                    tactic.objectives.retain(|o| *o != id);
                }
            }
        }
        Command::AddReading {
            objective,
            id,
            date,
            value,
        } => {
            number(Some(value))?;
            let o = objective_mut(plan, &objective)?;
            if o.readings.iter().any(|r| r.id == id) {
                return Err(DomainError::DuplicateId);
            }
            if o.readings.len() >= MAX_READINGS {
                return Err(DomainError::TooMany { max: MAX_READINGS });
            }
            o.readings.push(Reading { id, date, value });
            o.readings.sort_by_key(|r| r.date);
        }
        Command::DeleteReading { objective, id } => {
            let readings = &mut objective_mut(plan, &objective)?.readings;
            let before = readings.len();
            readings.retain(|r| r.id != id);
            if readings.len() == before {
                return Err(DomainError::UnknownItem);
            }
        }
        Command::SetKpi {
            id,
            name,
            level,
            objective,
            channel,
            target,
            unit,
        } => {
            let name = required(&name)?;
            check(&unit, MAX_NAME_CHARS)?;
            number(target)?;
            if objective
                .as_ref()
                .is_some_and(|o| plan.objectives.objective(o).is_none())
            {
                return Err(DomainError::UnknownItem);
            }
            let kpi = Kpi {
                id: id.clone(),
                name,
                level,
                objective,
                channel,
                target,
                unit,
            };
            let kpis = &mut Rc::make_mut(&mut plan.objectives).kpis;
            match kpis.iter().position(|k| k.id == id) {
                Some(at) => kpis[at] = kpi,
                None if kpis.len() >= MAX_KPIS => {
                    return Err(DomainError::TooMany { max: MAX_KPIS })
                }
                None => kpis.push(kpi),
            }
        }
        Command::DeleteKpi { id } => {
            let kpis = &mut Rc::make_mut(&mut plan.objectives).kpis;
            let before = kpis.len();
            kpis.retain(|k| k.id != id);
            if kpis.len() == before {
                return Err(DomainError::UnknownItem);
            }
        }
        Command::SetCreativeText { field, text } => {
            check(&text, MAX_TEXT)?;
            *Rc::make_mut(&mut plan.creative).text_mut(field) = text;
        }
        Command::SetCreativeLink { link, on } => {
            if on && !link_exists(plan, &link) {
                return Err(DomainError::UnknownItem);
            }
            let links = &mut Rc::make_mut(&mut plan.creative).links;
            links.retain(|l| *l != link);
            if on {
                links.push(link);
            }
        }
        Command::SetMix { p, decisions, text } => {
            check(&text, MAX_TEXT)?;
            let entry = Rc::make_mut(&mut plan.mix).get_mut(p);
            if decisions {
                entry.decisions = text;
            } else {
                entry.notes = text;
            }
        }
        Command::SetAudience {
            justification,
            text,
        } => {
            check(&text, MAX_TEXT)?;
            let e = Rc::make_mut(&mut plan.engagement);
            if justification {
                e.justification = text;
            } else {
                e.audience = text;
            }
        }
        Command::AddTactic { id, channel } => {
            let e = Rc::make_mut(&mut plan.engagement);
            if e.tactics.iter().any(|t| t.id == id) {
                return Err(DomainError::DuplicateId);
            }
            if e.tactics.len() >= MAX_TACTICS {
                return Err(DomainError::TooMany { max: MAX_TACTICS });
            }
            let (ownership, role) = crate::domain::core::channel::defaults(channel);
            e.tactics.push(Tactic {
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
        Command::SetTacticText { id, field, text } => {
            check(&text, MAX_TEXT)?;
            *tactic_mut(plan, &id)?.text_mut(field) = text;
        }
        Command::SetTacticChannel {
            id,
            channel,
            custom,
            ownership,
            role,
        } => {
            check(&custom, MAX_NAME_CHARS)?;
            let t = tactic_mut(plan, &id)?;
            t.channel = channel;
            t.custom = custom.trim().to_owned();
            t.ownership = ownership;
            t.role = role;
        }
        Command::SetTacticBudget {
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
            tactic_mut(plan, &id)?.budget[scenario] = cents;
        }
        Command::SetTacticObjective { id, objective, on } => {
            if on && plan.objectives.objective(&objective).is_none() {
                return Err(DomainError::UnknownItem);
            }
            let objectives = &mut tactic_mut(plan, &id)?.objectives;
            objectives.retain(|o| *o != objective);
            if on {
                objectives.push(objective);
            }
        }
        Command::DeleteTactic { id } => {
            let e = Rc::make_mut(&mut plan.engagement);
            let before = e.tactics.len();
            e.tactics.retain(|t| t.id != id);
            if e.tactics.len() == before {
                return Err(DomainError::UnknownItem);
            }
        }
        Command::SetReview {
            id,
            date,
            learned,
            source,
            scope,
            change,
        } => {
            check(&learned, MAX_TEXT)?;
            check(&change, MAX_TEXT)?;
            let review = Review {
                id: id.clone(),
                date,
                learned,
                source,
                scope,
                change,
            };
            let reviews = Rc::make_mut(&mut plan.reviews);
            match reviews.iter().position(|r| r.id == id) {
                Some(at) => reviews[at] = review,
                None if reviews.len() >= MAX_REVIEWS => {
                    return Err(DomainError::TooMany { max: MAX_REVIEWS })
                }
                None => reviews.push(review),
            }
            reviews.sort_by_key(|r| std::cmp::Reverse(r.date));
        }
        Command::DeleteReview { id } => {
            let reviews = Rc::make_mut(&mut plan.reviews);
            let before = reviews.len();
            reviews.retain(|r| r.id != id);
            if reviews.len() == before {
                return Err(DomainError::UnknownItem);
            }
        }
        _ => return Err(DomainError::UnknownItem),
    }
    Ok(())
}

/// Removes every link to SWOT card `id` (it was deleted).
pub(crate) fn unlink_card(plan: &mut Plan, id: &CardId) {
    unlink(plan, &Link::Card(id.clone()));
}

/// Removes every link to TOWS strategy `id` (it was deleted).
pub(crate) fn unlink_strategy(plan: &mut Plan, id: &StrategyId) {
    unlink(plan, &Link::Strategy(id.clone()));
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
            if number(v).is_err() {
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
        if o.readings.iter().any(|r| number(Some(r.value)).is_err()) {
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
        if number(k.target).is_err() {
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

fn number(value: Option<f64>) -> Result<(), DomainError> {
    match value {
        Some(v) if !v.is_finite() || v.abs() > MAX_NUMBER => Err(DomainError::OutOfRange {
            min: -(MAX_NUMBER as i64),
            max: MAX_NUMBER as i64,
        }),
        _ => Ok(()),
    }
}

fn required(text: &str) -> Result<String, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::EmptyText);
    }
    check(text, MAX_TEXT)?;
    Ok(text.to_owned())
}

fn check(text: &str, max: usize) -> Result<(), DomainError> {
    if text.chars().count() > max {
        Err(DomainError::TooLong { field: "text", max })
    } else {
        Ok(())
    }
}

fn objective_mut<'p>(
    plan: &'p mut Plan,
    id: &ObjectiveId,
) -> Result<&'p mut Objective, DomainError> {
    Rc::make_mut(&mut plan.objectives)
        .objectives
        .iter_mut()
        .find(|o| o.id == *id)
        .ok_or(DomainError::UnknownItem)
}

fn tactic_mut<'p>(
    plan: &'p mut Plan,
    id: &crate::domain::core::ids::TacticId,
) -> Result<&'p mut Tactic, DomainError> {
    Rc::make_mut(&mut plan.engagement)
        .tactics
        .iter_mut()
        .find(|t| t.id == *id)
        .ok_or(DomainError::UnknownItem)
}
