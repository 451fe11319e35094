//! What a stored or imported health check must respect (`document::validate` calls it): the
//! limits of its answers and keys. The error names the path of the bad field.

use super::{HealthCheck, MAX_ANSWER_CHARS, MAX_KEY_LEN};
use crate::domain::core::rules::check_len;

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
