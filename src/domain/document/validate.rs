//! What a stored or imported plan must respect: every limit a command keeps (lengths,
//! counts, ranges), unique ids, and links that point at something. A command can never make a
//! plan that fails here; a file from another Waymark, a script or a hostile hand can, so
//! `schema::decode`, the import and the merge of another tab's save call [`plan`] before a
//! plan is shown. The error names the path of the bad field. Each section checks its own part
//! (its `validate.rs`); what links sections is checked through `links::link_exists`.

use crate::domain::board::BoardKind;
use crate::domain::core::rules::MAX_NAME_CHARS;
use crate::domain::links::link_exists;
use crate::domain::plan::{Plan, MAX_DESCRIPTION_CHARS, MAX_TIMESTAMP};
use crate::domain::{board, creative, engagement, health, journey, objectives};

/// Checks `plan`; the error names the path of the first bad field.
pub fn plan(plan: &Plan) -> Result<(), String> {
    if plan.meta.name.trim().is_empty() {
        return Err("plan.meta.name: empty".into());
    }
    if plan.meta.name.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "plan.meta.name: longer than {MAX_NAME_CHARS} characters"
        ));
    }
    if plan.meta.description.chars().count() > MAX_DESCRIPTION_CHARS {
        return Err(format!(
            "plan.meta.description: longer than {MAX_DESCRIPTION_CHARS} characters"
        ));
    }
    for (field, at) in [
        ("created", plan.meta.created),
        ("updated", plan.meta.updated),
    ] {
        if !(0..=MAX_TIMESTAMP).contains(&at.0) {
            return Err(format!("plan.meta.{field}: not a time from 1970 to 9999"));
        }
    }
    health::validate::health_check(&plan.health)?;
    board::validate::cards(BoardKind::Swot, &plan.swot)?;
    board::validate::cards(BoardKind::Pestle, &plan.pestle)?;
    board::validate::strategies(&plan.swot, &plan.tows)?;
    journey::validate::map(&plan.journey)?;
    let finding_exists = |link: &objectives::Link| link_exists(plan, link);
    // In this order, so a file with several faults is refused for the same one as before the
    // sections had their own checks.
    objectives::validate::objectives(&plan.objectives, &finding_exists)?;
    creative::validate::creative(&plan.creative, &finding_exists)?;
    engagement::validate::engagement(&plan.engagement, &plan.objectives)?;
    creative::validate::mix(&plan.mix)?;
    objectives::validate::reviews(&plan.reviews)?;
    Ok(())
}
