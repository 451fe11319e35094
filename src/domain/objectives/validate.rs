//! What stored or imported objectives, KPIs and the review log must respect
//! (`document::validate` calls it): the limits their commands keep, unique ids, usable
//! numbers, links to findings that exist (`finding_exists`), KPIs of objectives that exist.
//! The error names the path of the bad field.

use super::monitor::{Review, MAX_REVIEWS};
use super::{Link, ObjectiveText, Objectives, MAX_KPIS, MAX_OBJECTIVES, MAX_READINGS, MAX_TEXT};
use crate::domain::core::rules::{self, check_len, duplicate, MAX_NAME_CHARS};

/// Checks the objectives with their readings, and the KPIs.
pub(crate) fn objectives(
    section: &Objectives,
    finding_exists: &dyn Fn(&Link) -> bool,
) -> Result<(), String> {
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
        for field in ObjectiveText::ALL {
            check_len(&format!("{path}.{}", field.key()), o.text(field), MAX_TEXT)?;
        }
        for (name, v) in [("baseline", o.baseline), ("target", o.target)] {
            if rules::number(v).is_err() {
                return Err(format!("{path}.{name}: not a usable number"));
            }
        }
        links(finding_exists, &format!("{path}.links"), &o.links)?;
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
    Ok(())
}

/// Checks the review log.
pub(crate) fn reviews(reviews: &[Review]) -> Result<(), String> {
    if reviews.len() > MAX_REVIEWS {
        return Err(format!("plan.reviews: more than {MAX_REVIEWS}"));
    }
    if let Some(id) = duplicate(reviews.iter().map(|r| r.id.as_str())) {
        return Err(format!("plan.reviews: {id} appears twice"));
    }
    for (i, r) in reviews.iter().enumerate() {
        check_len(&format!("plan.reviews[{i}].learned"), &r.learned, MAX_TEXT)?;
        check_len(&format!("plan.reviews[{i}].change"), &r.change, MAX_TEXT)?;
    }
    Ok(())
}

/// Checks links to findings: each points at something, none twice, at most 100.
pub(crate) fn links(
    finding_exists: &dyn Fn(&Link) -> bool,
    path: &str,
    links: &[Link],
) -> Result<(), String> {
    if links.len() > 100 {
        return Err(format!("{path}: more than 100"));
    }
    for (i, link) in links.iter().enumerate() {
        if !finding_exists(link) {
            return Err(format!("{path}[{i}]: points at nothing"));
        }
        if links[..i].contains(link) {
            return Err(format!("{path}[{i}]: appears twice"));
        }
    }
    Ok(())
}
