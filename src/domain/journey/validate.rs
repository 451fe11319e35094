//! What a stored or imported journey map must respect (`document::validate` calls it): the
//! limits its commands keep, unique ids, stages and personas that exist wherever they are
//! named. The error names the path of the bad field.

use super::attribution::{MAX_DAYS_BEFORE, MAX_STEPS, MAX_VALUE_CENTS};
use super::{JourneyMap, MAX_PERSONAS, MAX_STAGES, MAX_TEXT_CHARS, MAX_TOUCHPOINTS};
use crate::domain::core::rules::{check_len, duplicate, MAX_NAME_CHARS};

pub(crate) fn map(map: &JourneyMap) -> Result<(), String> {
    if map.personas.len() > MAX_PERSONAS {
        return Err(format!("plan.journey.personas: more than {MAX_PERSONAS}"));
    }
    for (i, p) in map.personas.iter().enumerate() {
        let path = format!("plan.journey.personas[{i}]");
        if map.personas[..i].iter().any(|q| q.id == p.id) {
            return Err(format!("{path}.id: {} appears twice", p.id));
        }
        // As `JourneyCommand::AddPersona` and `SetPersonaField` keep it: a name, and a short one.
        if p.name.trim().is_empty() {
            return Err(format!("{path}.name: empty"));
        }
        check_len(&format!("{path}.name"), &p.name, MAX_NAME_CHARS)?;
        for field in crate::domain::journey::PersonaField::ALL {
            check_len(
                &format!("{path}.{}", field.key()),
                p.field(field),
                MAX_TEXT_CHARS,
            )?;
        }
        if p.media.len() > 4 {
            return Err(format!("{path}.media: more than 4"));
        }
        for (m, medium) in p.media.iter().enumerate() {
            if p.media[..m].contains(medium) {
                return Err(format!("{path}.media: {} appears twice", medium.key()));
            }
        }
    }
    if map.stages.len() > MAX_STAGES {
        return Err(format!("plan.journey.stages: more than {MAX_STAGES}"));
    }
    for (i, s) in map.stages.iter().enumerate() {
        let path = format!("plan.journey.stages[{i}]");
        if map.stages[..i].iter().any(|t| t.id == s.id) {
            return Err(format!("{path}.id: {} appears twice", s.id));
        }
        check_len(&format!("{path}.name"), &s.name, MAX_NAME_CHARS)?;
        // A stage is named by its ready-made key or by the user (`JourneyCommand::RenameStage`).
        if s.key.is_none() && s.name.trim().is_empty() {
            return Err(format!("{path}.name: empty"));
        }
    }
    let all = map.journeys.iter().flat_map(|j| &j.touchpoints);
    if let Some(id) = duplicate(all.map(|t| t.id.as_str())) {
        return Err(format!(
            "plan.journey.journeys: touchpoint {id} appears twice"
        ));
    }
    let mut touchpoints = 0;
    for (i, j) in map.journeys.iter().enumerate() {
        let path = format!("plan.journey.journeys[{i}]");
        if map.persona(&j.persona).is_none() {
            return Err(format!("{path}.persona: {} is not a persona", j.persona));
        }
        if map.journeys[..i].iter().any(|k| k.persona == j.persona) {
            return Err(format!("{path}.persona: {} has two journeys", j.persona));
        }
        for (c, cell) in j.cells.iter().enumerate() {
            let cpath = format!("{path}.cells[{c}]");
            if map.stage_index(&cell.stage).is_none() {
                return Err(format!("{cpath}.stage: {} is not a stage", cell.stage));
            }
            // One cell per stage: `Journey::cell` reads the first, so a second would be
            // shown nowhere and lost at the next edit.
            if j.cells[..c].iter().any(|d| d.stage == cell.stage) {
                return Err(format!("{cpath}.stage: {} has two cells", cell.stage));
            }
            for lane in crate::domain::journey::Lane::ALL {
                check_len(
                    &format!("{cpath}.{}", lane.key()),
                    cell.lane(lane),
                    MAX_TEXT_CHARS,
                )?;
            }
            if cell.emotion.is_some_and(|e| !(-2..=2).contains(&e)) {
                return Err(format!("{cpath}.emotion: not between -2 and 2"));
            }
        }
        for (t, tp) in j.touchpoints.iter().enumerate() {
            let tpath = format!("{path}.touchpoints[{t}]");
            if map.stage_index(&tp.stage).is_none() {
                return Err(format!("{tpath}.stage: {} is not a stage", tp.stage));
            }
            check_len(&format!("{tpath}.custom"), &tp.custom, MAX_NAME_CHARS)?;
            check_len(&format!("{tpath}.note"), &tp.note, MAX_TEXT_CHARS)?;
        }
        touchpoints += j.touchpoints.len();
    }
    if touchpoints > MAX_TOUCHPOINTS * MAX_PERSONAS {
        return Err("plan.journey.journeys: too many touchpoints".into());
    }
    let a = &map.attribution;
    if a.path.len() > MAX_STEPS {
        return Err("plan.journey.attribution.path: too many steps".into());
    }
    if a.value_cents > MAX_VALUE_CENTS {
        return Err("plan.journey.attribution.value_cents: too large".into());
    }
    for (i, step) in a.path.iter().enumerate() {
        let path = format!("plan.journey.attribution.path[{i}]");
        if a.path[..i].iter().any(|s| s.id == step.id) {
            return Err(format!("{path}.id: {} appears twice", step.id));
        }
        check_len(&format!("{path}.label"), &step.label, MAX_NAME_CHARS)?;
        check_len(&format!("{path}.custom"), &step.custom, MAX_NAME_CHARS)?;
        if step.days_before > MAX_DAYS_BEFORE {
            return Err(format!("{path}.days_before: more than ten years"));
        }
    }
    Ok(())
}
