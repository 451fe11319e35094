//! What a stored or imported engagement strategy must respect (`document::validate` calls
//! it): text and budget limits, unique tactic ids, tactics serving objectives that exist. The
//! error names the path of the bad field.

use super::{Engagement, TacticText, MAX_BUDGET_CENTS, MAX_TACTICS};
use crate::domain::core::rules::{check_len, duplicate, MAX_NAME_CHARS};
use crate::domain::objectives::{Objectives, MAX_TEXT};

/// Checks the audience and the tactics.
pub(crate) fn engagement(e: &Engagement, objectives: &Objectives) -> Result<(), String> {
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
        for field in TacticText::ALL {
            check_len(&format!("{path}.{}", field.key()), t.text(field), MAX_TEXT)?;
        }
        check_len(&format!("{path}.custom"), &t.custom, MAX_NAME_CHARS)?;
        if t.budget.iter().any(|b| *b > MAX_BUDGET_CENTS) {
            return Err(format!("{path}.budget: too large"));
        }
        for (n, o) in t.objectives.iter().enumerate() {
            if objectives.objective(o).is_none() {
                return Err(format!("{path}.objectives: {o} is not an objective"));
            }
            if t.objectives[..n].contains(o) {
                return Err(format!("{path}.objectives: {o} appears twice"));
            }
        }
    }
    Ok(())
}
