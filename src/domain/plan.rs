//! The plan: one document per workspace, holding everything a user writes in Waymark.
//!
//! Sections are added to `Plan` as the method's parts land. Each new section is a field with
//! `#[serde(default)]` so older documents still load, and bumps `schema::CURRENT_VERSION` only
//! when an existing field changes meaning (then a migration in `schema.rs` carries old data over).

use crate::domain::board::{
    Board, BoardKind, CardSource, RatingField, Strategy, MAX_CARDS, MAX_CARD_CHARS, MAX_NOTE_CHARS,
    MAX_STRATEGIES,
};
use crate::domain::core::ids::{PlanId, Timestamp};
use crate::domain::core::locale::Locale;
use crate::domain::core::rules::{truncate, MAX_NAME_CHARS};
use crate::domain::creative::{Creative, Mix};
use crate::domain::engagement::Engagement;
use crate::domain::health::{self, HealthCheck, MAX_ANSWER_CHARS, MAX_KEY_LEN};
use crate::domain::journey::{
    JourneyMap, MAX_PERSONAS, MAX_STAGES, MAX_TEXT_CHARS, MAX_TOUCHPOINTS,
};
use crate::domain::objectives::monitor::Review;
use crate::domain::objectives::Objectives;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Longest free-text description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;
/// The latest time a plan may carry, 9999-12-31T23:59:59.999Z. Times are shown through the
/// browser's `Date`, which throws on a time beyond its range (±8.64e15 ms) and writes years
/// past 9999 in an extended format, so a stored or imported plan keeps to 1970–9999.
pub const MAX_TIMESTAMP: i64 = 253_402_300_799_999;

/// Who the plan is, rather than what it says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanMeta {
    /// What the user calls the plan ("Spring launch 2027").
    pub name: String,
    /// A few sentences on the business and what the plan is for.
    #[serde(default)]
    pub description: String,
    /// When the plan was created.
    pub created: Timestamp,
    /// When the plan last changed.
    pub updated: Timestamp,
    /// The language the plan's content is written in.
    pub locale: Locale,
}

/// The whole plan document. Sections are shared behind `Rc` so an undo snapshot is cheap
/// and a page whose section did not change is not re-rendered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Stable identity, also the storage key.
    pub id: PlanId,
    /// Name, description, dates and language.
    pub meta: PlanMeta,
    /// The organisational health check (DOMAIN.md §1).
    #[serde(default)]
    pub health: Rc<HealthCheck>,
    /// The SWOT board (DOMAIN.md §2).
    #[serde(default)]
    pub swot: Rc<Board>,
    /// The PESTLE board (DOMAIN.md §2).
    #[serde(default)]
    pub pestle: Rc<Board>,
    /// TOWS strategies built on the SWOT (DOMAIN.md §2).
    #[serde(default)]
    pub tows: Rc<Vec<Strategy>>,
    /// Personas, stages, journeys and the attribution explainer (DOMAIN.md §6).
    #[serde(default)]
    pub journey: Rc<JourneyMap>,
    /// SMART objectives, their readings, and KPIs (DOMAIN.md §3, §7).
    #[serde(default)]
    pub objectives: Rc<Objectives>,
    /// The creative idea (DOMAIN.md §4).
    #[serde(default)]
    pub creative: Rc<Creative>,
    /// The engagement strategy: audience, tactics, budgets (DOMAIN.md §5).
    #[serde(default)]
    pub engagement: Rc<Engagement>,
    /// The marketing mix, the 4Ps (DOMAIN.md §5).
    #[serde(default)]
    pub mix: Rc<Mix>,
    /// The review log of the feedback loop (DOMAIN.md §7).
    #[serde(default)]
    pub reviews: Rc<Vec<Review>>,
}

impl Plan {
    /// A new, empty plan. The name is trimmed; an empty one becomes `fallback_name`.
    pub fn new(id: PlanId, name: &str, fallback_name: &str, locale: Locale, at: Timestamp) -> Plan {
        let trimmed = name.trim();
        let name = if trimmed.is_empty() {
            fallback_name.trim()
        } else {
            trimmed
        };
        Plan {
            id,
            meta: PlanMeta {
                name: truncate(name, MAX_NAME_CHARS),
                description: String::new(),
                created: at,
                updated: at,
                locale,
            },
            health: Rc::default(),
            swot: Rc::default(),
            pestle: Rc::default(),
            tows: Rc::default(),
            journey: Rc::default(),
            objectives: Rc::default(),
            creative: Rc::default(),
            engagement: Rc::default(),
            mix: Rc::default(),
            reviews: Rc::default(),
        }
    }

    /// Checks the limits a stored or imported plan must respect; the path names the bad field.
    pub fn validate(&self) -> Result<(), String> {
        if self.meta.name.trim().is_empty() {
            return Err("plan.meta.name: empty".into());
        }
        if self.meta.name.chars().count() > MAX_NAME_CHARS {
            return Err(format!(
                "plan.meta.name: longer than {MAX_NAME_CHARS} characters"
            ));
        }
        if self.meta.description.chars().count() > MAX_DESCRIPTION_CHARS {
            return Err(format!(
                "plan.meta.description: longer than {MAX_DESCRIPTION_CHARS} characters"
            ));
        }
        for (field, at) in [
            ("created", self.meta.created),
            ("updated", self.meta.updated),
        ] {
            if !(0..=MAX_TIMESTAMP).contains(&at.0) {
                return Err(format!("plan.meta.{field}: not a time from 1970 to 9999"));
            }
        }
        self.validate_health()?;
        self.validate_board(BoardKind::Swot, &self.swot)?;
        self.validate_board(BoardKind::Pestle, &self.pestle)?;
        self.validate_tows()?;
        self.validate_journey()?;
        crate::domain::links::validate(self)?;
        Ok(())
    }

    fn validate_journey(&self) -> Result<(), String> {
        let map = &self.journey;
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

    /// The board of `kind`.
    pub fn board(&self, kind: BoardKind) -> &Rc<Board> {
        match kind {
            BoardKind::Swot => &self.swot,
            BoardKind::Pestle => &self.pestle,
        }
    }

    /// The board of `kind`, to change.
    pub fn board_mut(&mut self, kind: BoardKind) -> &mut Board {
        match kind {
            BoardKind::Swot => Rc::make_mut(&mut self.swot),
            BoardKind::Pestle => Rc::make_mut(&mut self.pestle),
        }
    }

    fn validate_tows(&self) -> Result<(), String> {
        if self.tows.len() > MAX_STRATEGIES {
            return Err(format!("plan.tows: more than {MAX_STRATEGIES} strategies"));
        }
        for (i, strategy) in self.tows.iter().enumerate() {
            let path = format!("plan.tows[{i}]");
            if self.tows[..i].iter().any(|s| s.id == strategy.id) {
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
                match (&link.removed, self.swot.card(&link.card)) {
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

    fn validate_health(&self) -> Result<(), String> {
        let hc = &self.health;
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

    fn validate_board(&self, kind: BoardKind, board: &Board) -> Result<(), String> {
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
