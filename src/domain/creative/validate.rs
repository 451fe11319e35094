//! What a stored or imported creative idea and marketing mix must respect
//! (`document::validate` calls it): text limits, and links to findings that exist. The error
//! names the path of the bad field.

use super::{Creative, CreativeField, Mix, P};
use crate::domain::core::rules::check_len;
use crate::domain::objectives::validate::links;
use crate::domain::objectives::{Link, MAX_TEXT};

/// Checks the creative idea.
pub(crate) fn creative(
    creative: &Creative,
    finding_exists: &dyn Fn(&Link) -> bool,
) -> Result<(), String> {
    for field in CreativeField::ALL {
        check_len(
            &format!("plan.creative.{}", field.key()),
            creative.text(field),
            MAX_TEXT,
        )?;
    }
    links(finding_exists, "plan.creative.links", &creative.links)?;
    Ok(())
}

/// Checks the 4Ps.
pub(crate) fn mix(mix: &Mix) -> Result<(), String> {
    for p in P::ALL {
        let entry = mix.get(p);
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
    Ok(())
}
