//! What a stored or imported plan must respect: every limit a command keeps (lengths,
//! counts, ranges), unique ids, and links that point at something. A command can never make a
//! plan that fails here; a file from another Waymark, a script or a hostile hand can, so
//! `schema::decode`, the import and the merge of another tab's save call [`plan`] before a
//! plan is shown. The error names the path of the bad field.

/// Checks the limits a stored or imported plan must respect; the path names the bad field.
use crate::domain::board::{
    Board, BoardKind, CardSource, RatingField, MAX_CARDS, MAX_CARD_CHARS, MAX_NOTE_CHARS,
    MAX_STRATEGIES,
};
use crate::domain::core::rules::{self, MAX_NAME_CHARS};
use crate::domain::engagement::{MAX_BUDGET_CENTS, MAX_TACTICS};
use crate::domain::health::{self, MAX_ANSWER_CHARS, MAX_KEY_LEN};
use crate::domain::journey::{MAX_PERSONAS, MAX_STAGES, MAX_TEXT_CHARS, MAX_TOUCHPOINTS};
use crate::domain::links::link_exists;
use crate::domain::objectives::monitor::MAX_REVIEWS;
use crate::domain::objectives::{Link, MAX_KPIS, MAX_OBJECTIVES, MAX_READINGS, MAX_TEXT};
use crate::domain::plan::{Plan, MAX_DESCRIPTION_CHARS, MAX_TIMESTAMP};

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
    health_check(plan)?;
    cards(BoardKind::Swot, &plan.swot)?;
    cards(BoardKind::Pestle, &plan.pestle)?;
    strategies(plan)?;
    journey_map(plan)?;
    planning(plan)?;
    Ok(())
}

fn journey_map(plan: &Plan) -> Result<(), String> {
    let map = &plan.journey;
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
    if a.path.len() > crate::domain::journey::attribution::MAX_STEPS {
        return Err("plan.journey.attribution.path: too many steps".into());
    }
    if a.value_cents > crate::domain::journey::attribution::MAX_VALUE_CENTS {
        return Err("plan.journey.attribution.value_cents: too large".into());
    }
    for (i, step) in a.path.iter().enumerate() {
        let path = format!("plan.journey.attribution.path[{i}]");
        if a.path[..i].iter().any(|s| s.id == step.id) {
            return Err(format!("{path}.id: {} appears twice", step.id));
        }
        check_len(&format!("{path}.label"), &step.label, MAX_NAME_CHARS)?;
        check_len(&format!("{path}.custom"), &step.custom, MAX_NAME_CHARS)?;
        if step.days_before > crate::domain::journey::attribution::MAX_DAYS_BEFORE {
            return Err(format!("{path}.days_before: more than ten years"));
        }
    }
    Ok(())
}

fn strategies(plan: &Plan) -> Result<(), String> {
    if plan.tows.len() > MAX_STRATEGIES {
        return Err(format!("plan.tows: more than {MAX_STRATEGIES} strategies"));
    }
    for (i, strategy) in plan.tows.iter().enumerate() {
        let path = format!("plan.tows[{i}]");
        if plan.tows[..i].iter().any(|s| s.id == strategy.id) {
            return Err(format!("{path}.id: {} appears twice", strategy.id));
        }
        check_len(&format!("{path}.text"), &strategy.text, MAX_NOTE_CHARS)?;
        // `BoardCommand::AddStrategy` pairs a strength or weakness with an opportunity or
        // threat, so one card is never both sides.
        if strategy.internal.card == strategy.external.card {
            return Err(format!(
                "{path}.external.card: {} is also the internal card",
                strategy.external.card
            ));
        }
        for (side, link) in [
            ("internal", &strategy.internal),
            ("external", &strategy.external),
        ] {
            // A link points at an existing card, or says the card was deleted: never both
            // (`BoardCommand::DeleteCard` marks it, and no command reuses the id afterwards).
            match (&link.removed, plan.swot.card(&link.card)) {
                (None, None) => {
                    return Err(format!(
                        "{path}.{side}.card: {} is not on the SWOT",
                        link.card
                    ));
                }
                (Some(_), Some(_)) => {
                    return Err(format!(
                        "{path}.{side}.removed: {} is still on the SWOT",
                        link.card
                    ));
                }
                (Some(text), None) => {
                    check_len(&format!("{path}.{side}.removed"), text, MAX_CARD_CHARS)?;
                }
                (None, Some(_)) => {}
            }
        }
    }
    Ok(())
}

fn health_check(plan: &Plan) -> Result<(), String> {
    let hc = &plan.health;
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

fn cards(kind: BoardKind, board: &Board) -> Result<(), String> {
    let name = kind.key();
    if board.cards.len() > MAX_CARDS {
        return Err(format!("plan.{name}.cards: more than {MAX_CARDS} cards"));
    }
    if let Some(id) = duplicate(board.cards.iter().map(|c| c.id.as_str())) {
        let i = board
            .cards
            .iter()
            .rposition(|c| c.id.as_str() == id)
            .unwrap_or(0);
        return Err(format!("plan.{name}.cards[{i}].id: {id} appears twice"));
    }
    for (i, card) in board.cards.iter().enumerate() {
        let path = format!("plan.{name}.cards[{i}]");
        if card.column.board() != kind {
            return Err(format!(
                "{path}.column: {} is not a {name} column",
                card.column.key()
            ));
        }
        if card.text.trim().is_empty() {
            return Err(format!("{path}.text: empty"));
        }
        check_len(&format!("{path}.text"), &card.text, MAX_CARD_CHARS)?;
        check_len(&format!("{path}.notes"), &card.notes, MAX_NOTE_CHARS)?;
        for (field, key, value) in [
            (RatingField::Weight, "weight", card.weight),
            (RatingField::Impact, "impact", card.impact),
            (RatingField::Likelihood, "likelihood", card.likelihood),
        ] {
            // `BoardCommand::SetCardRating` gives each board only its own ratings.
            if value.is_some() && !field.fits(kind) {
                return Err(format!("{path}.{key}: not a rating of {name} cards"));
            }
            if value.is_some_and(|v| !(1..=5).contains(&v)) {
                return Err(format!("{path}.{key}: not between 1 and 5"));
            }
        }
        if let Some(CardSource::HealthCheck { prompt }) = &card.source {
            // Only `Command::SendToSwot` sets a source: on the SWOT, from a known prompt.
            if kind != BoardKind::Swot {
                return Err(format!(
                    "{path}.source: a {name} card does not come from the health check"
                ));
            }
            let spath = format!("{path}.source.prompt");
            if prompt.len() > MAX_KEY_LEN {
                return Err(format!("{spath}: longer than {MAX_KEY_LEN} bytes"));
            }
            if health::prompt(prompt).is_none() {
                return Err(format!("{spath}: {prompt} is not a prompt"));
            }
        }
    }
    Ok(())
}

/// Checks the limits and links a stored or imported plan's planning sections must respect.
fn planning(plan: &Plan) -> Result<(), String> {
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

/// The first id that appears twice, found by sorting (plans hold thousands of ids).
pub(crate) fn duplicate<'a>(ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut ids: Vec<&str> = ids.collect();
    ids.sort_unstable();
    ids.windows(2).find(|w| w[0] == w[1]).map(|w| w[0])
}

pub(crate) fn check_len(path: &str, text: &str, max: usize) -> Result<(), String> {
    if text.chars().count() > max {
        Err(format!("{path}: longer than {max} characters"))
    } else {
        Ok(())
    }
}
