//! What a stored or imported health check must respect (`document::validate` calls it): the
//! limits of its answers and keys. The error names the path of the bad field.

use super::score::MAX_TEAM_SIZE;
use super::{HealthCheck, MAX_ANSWER_CHARS, MAX_KEY_LEN};
use crate::domain::core::rules::check_len;
use crate::domain::engagement::MAX_BUDGET_CENTS;

pub(crate) fn health_check(hc: &HealthCheck) -> Result<(), String> {
    let start = &hc.start;
    for (name, text) in [
        ("now", &start.now),
        ("goal", &start.goal),
        ("future_state", &start.future_state),
    ] {
        check_len(&format!("plan.health.start.{name}"), text, MAX_ANSWER_CHARS)?;
    }
    for (kind, resource) in start.resources.all() {
        let path = format!("plan.health.start.resources.{}", kind.key());
        check_len(&format!("{path}.have"), &resource.have, MAX_ANSWER_CHARS)?;
        check_len(&format!("{path}.gap"), &resource.gap, MAX_ANSWER_CHARS)?;
    }
    if start.team_size.is_some_and(|n| n == 0 || n > MAX_TEAM_SIZE) {
        return Err(format!(
            "plan.health.start.team_size: not between 1 and {MAX_TEAM_SIZE}"
        ));
    }
    if start.budget_cents.is_some_and(|c| c > MAX_BUDGET_CENTS) {
        return Err("plan.health.start.budget_cents: too large".into());
    }
    if hc.answers.len() > 200 {
        return Err("plan.health.answers: more than 200 answers".into());
    }
    for (key, answer) in &hc.answers {
        if key.len() > MAX_KEY_LEN || key.is_empty() {
            return Err("plan.health.answers: a key is empty or too long".into());
        }
        let path = format!("plan.health.answers.{key}");
        check_len(&format!("{path}.text"), &answer.text, MAX_ANSWER_CHARS)?;
        check_len(
            &format!("{path}.evidence"),
            &answer.evidence,
            MAX_ANSWER_CHARS,
        )?;
    }
    Ok(())
}
