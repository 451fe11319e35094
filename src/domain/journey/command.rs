//! The journey section's commands and the `apply` that carries them out.

use super::attribution::{PathStep, MAX_DAYS_BEFORE, MAX_STEPS, MAX_VALUE_CENTS};
use super::{
    JourneyMap, Lane, Persona, PersonaField, Stage, Template, Touchpoint, MAX_PERSONAS, MAX_STAGES,
    MAX_TEXT_CHARS, MAX_TOUCHPOINTS,
};
use crate::domain::core::channel::{journey_defaults, Channel, Media, Ownership, Role};
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::{PathStepId, PersonaId, StageId, TouchpointId};
use crate::domain::core::rules::{self, MAX_NAME_CHARS};

/// A change to the journey section.
#[derive(Clone, Debug, PartialEq)]
pub enum JourneyCommand {
    /// Adds a persona.
    AddPersona {
        id: PersonaId,
        /// Its name (trimmed; not empty).
        name: String,
    },
    /// Changes a text of a persona (the name may not become empty).
    SetPersonaField {
        id: PersonaId,
        field: PersonaField,
        text: String,
    },
    /// Marks a medium as preferred by a persona, or not.
    SetPersonaMedia {
        id: PersonaId,
        medium: Media,
        on: bool,
    },
    /// Copies a persona and its journey under a new id and name.
    DuplicatePersona {
        id: PersonaId,
        new_id: PersonaId,
        name: String,
    },
    /// Deletes a persona and its journey.
    DeletePersona { id: PersonaId },
    /// Starts the journey with a ready-made set of stages (only while it has none).
    UseStageTemplate {
        template: Template,
        /// An id for each of its stages, in order.
        ids: Vec<StageId>,
    },
    /// Adds a stage at a position.
    AddStage {
        id: StageId,
        /// Its name (trimmed; not empty).
        name: String,
        /// Where, from 0 (clamped to the end).
        index: usize,
    },
    /// Renames a stage (an empty name brings back the ready-made stage's own name).
    RenameStage { id: StageId, name: String },
    /// Moves a stage to a position.
    MoveStage {
        id: StageId,
        /// Where, from 0 (clamped to the end).
        index: usize,
    },
    /// Deletes a stage and everything said about it in every journey.
    DeleteStage { id: StageId },
    /// Sets a text lane of one persona's journey at one stage.
    SetLane {
        persona: PersonaId,
        stage: StageId,
        lane: Lane,
        text: String,
    },
    /// Sets or clears how the persona feels at a stage (−2 … +2).
    SetEmotion {
        persona: PersonaId,
        stage: StageId,
        /// The feeling, or none.
        value: Option<i8>,
    },
    /// Adds a touchpoint at the end of a stage.
    AddTouchpoint {
        persona: PersonaId,
        stage: StageId,
        id: TouchpointId,
        channel: Channel,
        /// The channel's name when custom.
        custom: String,
    },
    /// Changes a touchpoint's channel, ownership, role and note.
    SetTouchpoint {
        persona: PersonaId,
        id: TouchpointId,
        channel: Channel,
        /// The channel's name when custom.
        custom: String,
        /// Paid, owned or earned.
        ownership: Ownership,
        /// Discoverer, goal scorer or both.
        role: Role,
        note: String,
    },
    /// Moves a touchpoint to a stage (its own, to reorder) at a position.
    MoveTouchpoint {
        persona: PersonaId,
        id: TouchpointId,
        stage: StageId,
        /// The position there, from 0 (clamped to the end).
        index: usize,
    },
    /// Deletes a touchpoint.
    DeleteTouchpoint {
        persona: PersonaId,
        id: TouchpointId,
    },
    /// Adds a step at the end of the sample path, or replaces the step with the same id.
    SetPathStep {
        id: PathStepId,
        channel: Channel,
        /// The channel's name when custom.
        custom: String,
        label: String,
        days_before: u32,
    },
    /// Moves a step of the sample path.
    MovePathStep {
        id: PathStepId,
        /// Where, from 0 (clamped to the end).
        index: usize,
    },
    /// Deletes a step of the sample path.
    DeletePathStep { id: PathStepId },
    /// Sets what the conversion is worth.
    SetConversionValue {
        /// The value, in cents.
        cents: u64,
    },
}

/// Applies a journey or attribution command to `map` (called by `domain::apply`, which
/// handles "nothing changed" and the change time).
pub(crate) fn apply(map: &mut JourneyMap, command: JourneyCommand) -> Result<(), DomainError> {
    match command {
        JourneyCommand::AddPersona { id, name } => {
            let name = required(&name)?;
            if map.persona(&id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if map.personas.len() >= MAX_PERSONAS {
                return Err(DomainError::TooMany { max: MAX_PERSONAS });
            }
            map.personas.push(Persona::new(id, name));
        }
        JourneyCommand::SetPersonaField { id, field, text } => {
            check(&text, MAX_TEXT_CHARS)?;
            let text = if field == PersonaField::Name {
                required(&text)?
            } else {
                text
            };
            *persona_mut(map, &id)?.field_mut(field) = text;
        }
        JourneyCommand::SetPersonaMedia { id, medium, on } => {
            let media = &mut persona_mut(map, &id)?.media;
            media.retain(|m| *m != medium);
            if on {
                media.push(medium);
                media.sort_by_key(|m| Media::ALL.iter().position(|x| x == m));
            }
        }
        JourneyCommand::DuplicatePersona { id, new_id, name } => {
            let name = required(&name)?;
            if map.persona(&new_id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if map.personas.len() >= MAX_PERSONAS {
                return Err(DomainError::TooMany { max: MAX_PERSONAS });
            }
            let mut copy = map.persona(&id).cloned().ok_or(DomainError::UnknownItem)?;
            copy.id = new_id.clone();
            copy.name = name;
            let mut journey = map.journey(&id);
            journey.persona = new_id.clone();
            // Touchpoints get ids of their own, derived from the copy's.
            let stem = new_id.as_str().trim_start_matches("u-").to_owned();
            for (n, tp) in journey.touchpoints.iter_mut().enumerate() {
                tp.id = TouchpointId::parse(&format!("t-{stem}-{n}"))
                    .ok_or(DomainError::UnknownItem)?;
            }
            let at = map
                .personas
                .iter()
                .position(|p| p.id == id)
                .map_or(map.personas.len(), |i| i + 1);
            map.personas.insert(at, copy);
            map.journeys.push(journey);
        }
        JourneyCommand::DeletePersona { id } => {
            let before = map.personas.len();
            map.personas.retain(|p| p.id != id);
            if map.personas.len() == before {
                return Err(DomainError::UnknownItem);
            }
            map.journeys.retain(|j| j.persona != id);
        }
        JourneyCommand::UseStageTemplate { template, ids } => {
            if !map.stages.is_empty() {
                return Err(DomainError::NotEmpty);
            }
            if ids.len() != template.stages().len() {
                return Err(DomainError::UnknownItem);
            }
            map.stages = template
                .stages()
                .iter()
                .zip(ids)
                .map(|(key, id)| Stage {
                    id,
                    key: Some(*key),
                    name: String::new(),
                })
                .collect();
        }
        JourneyCommand::AddStage { id, name, index } => {
            let name = required(&name)?;
            check(&name, MAX_NAME_CHARS)?;
            if map.stage_index(&id).is_some() {
                return Err(DomainError::DuplicateId);
            }
            if map.stages.len() >= MAX_STAGES {
                return Err(DomainError::TooMany { max: MAX_STAGES });
            }
            let index = index.min(map.stages.len());
            map.stages.insert(
                index,
                Stage {
                    id,
                    key: None,
                    name,
                },
            );
        }
        JourneyCommand::RenameStage { id, name } => {
            check(&name, MAX_NAME_CHARS)?;
            let stage = map
                .stages
                .iter_mut()
                .find(|s| s.id == id)
                .ok_or(DomainError::UnknownItem)?;
            let name = name.trim().to_owned();
            if name.is_empty() && stage.key.is_none() {
                return Err(DomainError::EmptyText);
            }
            stage.name = name;
        }
        JourneyCommand::MoveStage { id, index } => {
            let from = map.stage_index(&id).ok_or(DomainError::UnknownItem)?;
            let stage = map.stages.remove(from);
            let index = index.min(map.stages.len());
            map.stages.insert(index, stage);
        }
        JourneyCommand::DeleteStage { id } => {
            let at = map.stage_index(&id).ok_or(DomainError::UnknownItem)?;
            map.stages.remove(at);
            for journey in &mut map.journeys {
                journey.cells.retain(|c| c.stage != id);
                journey.touchpoints.retain(|t| t.stage != id);
            }
        }
        JourneyCommand::SetLane {
            persona,
            stage,
            lane,
            text,
        } => {
            check(&text, MAX_TEXT_CHARS)?;
            known(map, &persona, &stage)?;
            map.journey_mut(&persona)
                .update_cell(&stage, |c| *c.lane_mut(lane) = text);
        }
        JourneyCommand::SetEmotion {
            persona,
            stage,
            value,
        } => {
            if value.is_some_and(|v| !(-2..=2).contains(&v)) {
                return Err(DomainError::OutOfRange { min: -2, max: 2 });
            }
            known(map, &persona, &stage)?;
            map.journey_mut(&persona)
                .update_cell(&stage, |c| c.emotion = value);
        }
        JourneyCommand::AddTouchpoint {
            persona,
            stage,
            id,
            channel,
            custom,
        } => {
            known(map, &persona, &stage)?;
            check(&custom, MAX_NAME_CHARS)?;
            if map
                .journeys
                .iter()
                .flat_map(|j| &j.touchpoints)
                .any(|t| t.id == id)
            {
                return Err(DomainError::DuplicateId);
            }
            let journey = map.journey_mut(&persona);
            if journey.touchpoints.len() >= MAX_TOUCHPOINTS {
                return Err(DomainError::TooMany {
                    max: MAX_TOUCHPOINTS,
                });
            }
            let (ownership, role) = journey_defaults(channel);
            journey.touchpoints.push(Touchpoint {
                id,
                stage,
                channel,
                custom: custom.trim().to_owned(),
                ownership,
                role,
                note: String::new(),
            });
        }
        JourneyCommand::SetTouchpoint {
            persona,
            id,
            channel,
            custom,
            ownership,
            role,
            note,
        } => {
            check(&custom, MAX_NAME_CHARS)?;
            check(&note, MAX_TEXT_CHARS)?;
            let tp = touchpoint_mut(map, &persona, &id)?;
            tp.channel = channel;
            tp.custom = custom.trim().to_owned();
            tp.ownership = ownership;
            tp.role = role;
            tp.note = note;
        }
        JourneyCommand::MoveTouchpoint {
            persona,
            id,
            stage,
            index,
        } => {
            known(map, &persona, &stage)?;
            if !map
                .journey_mut(&persona)
                .move_touchpoint(&id, &stage, index)
            {
                return Err(DomainError::UnknownItem);
            }
        }
        JourneyCommand::DeleteTouchpoint { persona, id } => {
            let journey = map.journey_mut(&persona);
            let before = journey.touchpoints.len();
            journey.touchpoints.retain(|t| t.id != id);
            if journey.touchpoints.len() == before {
                return Err(DomainError::UnknownItem);
            }
        }
        JourneyCommand::SetPathStep {
            id,
            channel,
            custom,
            label,
            days_before,
        } => {
            check(&custom, MAX_NAME_CHARS)?;
            check(&label, MAX_NAME_CHARS)?;
            if days_before > MAX_DAYS_BEFORE {
                return Err(DomainError::OutOfRange {
                    min: 0,
                    max: i64::from(MAX_DAYS_BEFORE),
                });
            }
            let path = &mut map.attribution.path;
            let step = PathStep {
                id: id.clone(),
                channel,
                custom: custom.trim().to_owned(),
                label,
                days_before,
            };
            match path.iter().position(|s| s.id == id) {
                Some(at) => path[at] = step,
                None if path.len() >= MAX_STEPS => {
                    return Err(DomainError::TooMany { max: MAX_STEPS })
                }
                None => path.push(step),
            }
        }
        JourneyCommand::MovePathStep { id, index } => {
            let path = &mut map.attribution.path;
            let from = path
                .iter()
                .position(|s| s.id == id)
                .ok_or(DomainError::UnknownItem)?;
            let step = path.remove(from);
            let index = index.min(path.len());
            path.insert(index, step);
        }
        JourneyCommand::DeletePathStep { id } => {
            let path = &mut map.attribution.path;
            let before = path.len();
            path.retain(|s| s.id != id);
            if path.len() == before {
                return Err(DomainError::UnknownItem);
            }
        }
        JourneyCommand::SetConversionValue { cents } => {
            if cents > MAX_VALUE_CENTS {
                return Err(DomainError::amount_over(MAX_VALUE_CENTS));
            }
            map.attribution.value_cents = cents;
        }
    }
    Ok(())
}

fn persona_mut<'m>(
    map: &'m mut JourneyMap,
    id: &PersonaId,
) -> Result<&'m mut Persona, DomainError> {
    map.personas
        .iter_mut()
        .find(|p| p.id == *id)
        .ok_or(DomainError::UnknownItem)
}

fn known(map: &JourneyMap, persona: &PersonaId, stage: &StageId) -> Result<(), DomainError> {
    if map.persona(persona).is_none() || map.stage_index(stage).is_none() {
        Err(DomainError::UnknownItem)
    } else {
        Ok(())
    }
}

fn touchpoint_mut<'m>(
    map: &'m mut JourneyMap,
    persona: &PersonaId,
    id: &TouchpointId,
) -> Result<&'m mut Touchpoint, DomainError> {
    map.journeys
        .iter_mut()
        .find(|j| j.persona == *persona)
        .and_then(|j| j.touchpoints.iter_mut().find(|t| t.id == *id))
        .ok_or(DomainError::UnknownItem)
}

/// A name: trimmed, not empty, no longer than a name may be.
fn required(text: &str) -> Result<String, DomainError> {
    rules::required("text", text, MAX_NAME_CHARS)
}

fn check(text: &str, max: usize) -> Result<(), DomainError> {
    rules::fits("text", text, max)
}
