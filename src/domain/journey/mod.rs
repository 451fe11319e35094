//! The buyer journey (DOMAIN.md §6, seeds 000, 001, 004): who the customers are (personas),
//! the stages they go through, and, per persona and stage, what they want and hear, where
//! they meet the brand (touchpoints), when, why they choose it, what they think and feel,
//! what gets in the way, and how success is measured.
//!
//! Stages are shared by every persona, so the journeys line up stage by stage (the emotion
//! curve compares personas on one axis; the team sheet reads across them). Each persona has
//! its own cells and touchpoints. Everything has a stable id, so a touchpoint keeps its
//! identity when it moves to another stage.

pub mod analysis;
pub mod attribution;
pub mod command;
mod templates;
pub mod validate;

pub use templates::{StageKey, Template};

use crate::domain::core::channel::{Channel, Media, Ownership, Role};
use crate::domain::core::ids::{PersonaId, StageId, TouchpointId};
use serde::{Deserialize, Serialize};

/// Longest text of a persona field, a cell or a touchpoint note.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Most personas.
pub const MAX_PERSONAS: usize = 20;
/// Most stages.
pub const MAX_STAGES: usize = 30;
/// Most touchpoints in one persona's journey.
pub const MAX_TOUCHPOINTS: usize = 400;

/// A text field of a persona.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonaField {
    /// What to call them ("Weekend Anna").
    Name,
    /// Their segment.
    Segment,
    /// What they want to achieve.
    Goals,
    /// What they need.
    Needs,
    /// What troubles them.
    Pains,
    /// Their life stage.
    LifeStage,
    /// Where they spend their time, online and off.
    Places,
}

impl PersonaField {
    /// Every field, in form order.
    pub const ALL: [PersonaField; 7] = [
        PersonaField::Name,
        PersonaField::Segment,
        PersonaField::Goals,
        PersonaField::Needs,
        PersonaField::Pains,
        PersonaField::LifeStage,
        PersonaField::Places,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            PersonaField::Name => "name",
            PersonaField::Segment => "segment",
            PersonaField::Goals => "goals",
            PersonaField::Needs => "needs",
            PersonaField::Pains => "pains",
            PersonaField::LifeStage => "life-stage",
            PersonaField::Places => "places",
        }
    }
}

/// Who a journey is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    /// Stable identity.
    pub id: PersonaId,
    /// What to call them.
    pub name: String,
    /// Their segment.
    #[serde(default)]
    pub segment: String,
    /// What they want to achieve.
    #[serde(default)]
    pub goals: String,
    /// What they need.
    #[serde(default)]
    pub needs: String,
    /// What troubles them.
    #[serde(default)]
    pub pains: String,
    /// Their life stage.
    #[serde(default)]
    pub life_stage: String,
    /// Where they spend their time.
    #[serde(default)]
    pub places: String,
    /// The media they prefer.
    #[serde(default)]
    pub media: Vec<Media>,
}

impl Persona {
    /// A persona with only a name.
    pub fn new(id: PersonaId, name: String) -> Persona {
        Persona {
            id,
            name,
            segment: String::new(),
            goals: String::new(),
            needs: String::new(),
            pains: String::new(),
            life_stage: String::new(),
            places: String::new(),
            media: Vec::new(),
        }
    }

    /// The text of `field`.
    pub fn field(&self, field: PersonaField) -> &str {
        match field {
            PersonaField::Name => &self.name,
            PersonaField::Segment => &self.segment,
            PersonaField::Goals => &self.goals,
            PersonaField::Needs => &self.needs,
            PersonaField::Pains => &self.pains,
            PersonaField::LifeStage => &self.life_stage,
            PersonaField::Places => &self.places,
        }
    }

    /// The text of `field`, to change.
    pub fn field_mut(&mut self, field: PersonaField) -> &mut String {
        match field {
            PersonaField::Name => &mut self.name,
            PersonaField::Segment => &mut self.segment,
            PersonaField::Goals => &mut self.goals,
            PersonaField::Needs => &mut self.needs,
            PersonaField::Pains => &mut self.pains,
            PersonaField::LifeStage => &mut self.life_stage,
            PersonaField::Places => &mut self.places,
        }
    }
}

/// A stage of the journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stage {
    /// Stable identity.
    pub id: StageId,
    /// Which ready-made stage it started as, if any (its default name and meaning).
    #[serde(default)]
    pub key: Option<StageKey>,
    /// Its name, when the user gave one; empty means the default name of `key`.
    #[serde(default)]
    pub name: String,
}

/// A lane of the map: one of the things said about every stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lane {
    /// What the persona wants at this stage.
    Goal,
    /// What we say to them.
    Message,
    /// When it happens.
    When,
    /// Why they choose us over the alternatives.
    Why,
    /// What they think.
    Thoughts,
    /// What gets in their way.
    Friction,
    /// What we could do better.
    Opportunities,
    /// How success at this stage is measured.
    Kpi,
}

impl Lane {
    /// The text lanes, in map order (touchpoints and emotion are lanes of their own kind).
    pub const ALL: [Lane; 8] = [
        Lane::Goal,
        Lane::Message,
        Lane::When,
        Lane::Why,
        Lane::Thoughts,
        Lane::Friction,
        Lane::Opportunities,
        Lane::Kpi,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            Lane::Goal => "goal",
            Lane::Message => "message",
            Lane::When => "when",
            Lane::Why => "why",
            Lane::Thoughts => "thoughts",
            Lane::Friction => "friction",
            Lane::Opportunities => "opportunities",
            Lane::Kpi => "kpi",
        }
    }
}

/// What is said about one stage of one persona's journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub stage: StageId,
    /// The text lanes, by lane (see [`Lane`]); missing ones are empty.
    #[serde(default)]
    pub goal: String,
    /// What we say.
    #[serde(default)]
    pub message: String,
    /// When.
    #[serde(default)]
    pub when: String,
    /// Why us.
    #[serde(default)]
    pub why: String,
    /// Thoughts.
    #[serde(default)]
    pub thoughts: String,
    /// Friction points.
    #[serde(default)]
    pub friction: String,
    /// Opportunities.
    #[serde(default)]
    pub opportunities: String,
    /// The KPI of this stage.
    #[serde(default)]
    pub kpi: String,
    /// How they feel, −2 (very bad) to +2 (very good).
    #[serde(default)]
    pub emotion: Option<i8>,
}

impl Cell {
    /// Nothing said about `stage`.
    pub fn empty(stage: StageId) -> Cell {
        Cell {
            stage,
            goal: String::new(),
            message: String::new(),
            when: String::new(),
            why: String::new(),
            thoughts: String::new(),
            friction: String::new(),
            opportunities: String::new(),
            kpi: String::new(),
            emotion: None,
        }
    }

    /// The text of `lane`.
    pub fn lane(&self, lane: Lane) -> &str {
        match lane {
            Lane::Goal => &self.goal,
            Lane::Message => &self.message,
            Lane::When => &self.when,
            Lane::Why => &self.why,
            Lane::Thoughts => &self.thoughts,
            Lane::Friction => &self.friction,
            Lane::Opportunities => &self.opportunities,
            Lane::Kpi => &self.kpi,
        }
    }

    /// The text of `lane`, to change.
    pub fn lane_mut(&mut self, lane: Lane) -> &mut String {
        match lane {
            Lane::Goal => &mut self.goal,
            Lane::Message => &mut self.message,
            Lane::When => &mut self.when,
            Lane::Why => &mut self.why,
            Lane::Thoughts => &mut self.thoughts,
            Lane::Friction => &mut self.friction,
            Lane::Opportunities => &mut self.opportunities,
            Lane::Kpi => &mut self.kpi,
        }
    }
}

/// Where a persona meets the brand at a stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Touchpoint {
    /// Stable identity.
    pub id: TouchpointId,
    /// The stage it is at.
    pub stage: StageId,
    pub channel: Channel,
    /// The channel's name when it is [`Channel::Custom`].
    #[serde(default)]
    pub custom: String,
    /// Paid, owned or earned.
    #[serde(default)]
    pub ownership: Ownership,
    /// Discoverer, goal scorer or both.
    #[serde(default)]
    pub role: Role,
    /// What happens there ("brand ad on Instagram").
    #[serde(default)]
    pub note: String,
}

/// One persona's journey.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    /// Whose it is.
    pub persona: PersonaId,
    /// What is said about each stage (only stages with something said).
    #[serde(default)]
    pub cells: Vec<Cell>,
    /// Where they meet the brand, in order within each stage.
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
}

impl Journey {
    /// The cell of `stage` (an empty one when nothing is said).
    pub fn cell(&self, stage: &StageId) -> Cell {
        self.cells
            .iter()
            .find(|c| c.stage == *stage)
            .cloned()
            .unwrap_or_else(|| Cell::empty(stage.clone()))
    }

    /// Changes the cell of `stage` with `f`, dropping it when it becomes empty.
    pub fn update_cell(&mut self, stage: &StageId, f: impl FnOnce(&mut Cell)) {
        let mut cell = self.cell(stage);
        f(&mut cell);
        self.cells.retain(|c| c.stage != *stage);
        if cell != Cell::empty(stage.clone()) {
            self.cells.push(cell);
        }
    }

    /// The touchpoints at `stage`, in order.
    pub fn at(&self, stage: &StageId) -> impl Iterator<Item = &Touchpoint> {
        let stage = stage.clone();
        self.touchpoints.iter().filter(move |t| t.stage == stage)
    }

    /// Moves touchpoint `id` to `stage` at `index` among that stage's touchpoints (clamped).
    pub fn move_touchpoint(&mut self, id: &TouchpointId, stage: &StageId, index: usize) -> bool {
        let Some(from) = self.touchpoints.iter().position(|t| t.id == *id) else {
            return false;
        };
        let mut tp = self.touchpoints.remove(from);
        tp.stage = stage.clone();
        let at = self
            .touchpoints
            .iter()
            .enumerate()
            .filter(|(_, t)| t.stage == *stage)
            .nth(index)
            .map(|(i, _)| i)
            .unwrap_or_else(|| {
                self.touchpoints
                    .iter()
                    .rposition(|t| t.stage == *stage)
                    .map_or(self.touchpoints.len(), |i| i + 1)
            });
        self.touchpoints.insert(at, tp);
        true
    }
}

/// The journey section of a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JourneyMap {
    /// Who the journeys are for.
    #[serde(default)]
    pub personas: Vec<Persona>,
    /// The stages, in order, shared by every journey.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// One journey per persona.
    #[serde(default)]
    pub journeys: Vec<Journey>,
    /// The sample path of the attribution explainer.
    #[serde(default)]
    pub attribution: crate::domain::journey::attribution::Attribution,
}

impl JourneyMap {
    /// The persona with `id`.
    pub fn persona(&self, id: &PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|p| p.id == *id)
    }

    /// The journey of persona `id` (an empty one when there is none yet).
    pub fn journey(&self, id: &PersonaId) -> Journey {
        self.journeys
            .iter()
            .find(|j| j.persona == *id)
            .cloned()
            .unwrap_or_else(|| Journey {
                persona: id.clone(),
                cells: Vec::new(),
                touchpoints: Vec::new(),
            })
    }

    /// The journey of persona `id`, to change (created when there is none yet).
    pub fn journey_mut(&mut self, id: &PersonaId) -> &mut Journey {
        let at = match self.journeys.iter().position(|j| j.persona == *id) {
            Some(at) => at,
            None => {
                self.journeys.push(Journey {
                    persona: id.clone(),
                    cells: Vec::new(),
                    touchpoints: Vec::new(),
                });
                self.journeys.len() - 1
            }
        };
        &mut self.journeys[at]
    }

    /// The index of stage `id`.
    pub fn stage_index(&self, id: &StageId) -> Option<usize> {
        self.stages.iter().position(|s| s.id == *id)
    }
}
