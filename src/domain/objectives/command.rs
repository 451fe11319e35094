//! The objectives section's commands and the `apply` that carries them out.

use super::monitor::{Review, Scope, Source, MAX_REVIEWS};
use super::{
    Frequency, Kpi, KpiLevel, Link, Objective, ObjectiveText, Objectives, Reading, MAX_KPIS,
    MAX_OBJECTIVES, MAX_READINGS, MAX_TEXT,
};
use crate::domain::core::channel::Channel;
use crate::domain::core::date::Date;
use crate::domain::core::error::DomainError;
use crate::domain::core::ids::{KpiId, ObjectiveId, ReadingId, Removed, ReviewId};
use crate::domain::core::rules::{self, MAX_NAME_CHARS};
use std::rc::Rc;

/// A change to the objectives section.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjectivesCommand {
    /// Adds an objective.
    AddObjective {
        id: ObjectiveId,
        /// What will change (trimmed; not empty).
        statement: String,
    },
    /// Sets a text of an objective.
    SetObjectiveText {
        id: ObjectiveId,
        field: ObjectiveText,
        text: String,
    },
    /// Sets or clears the baseline (`target: false`) or the target of an objective.
    SetObjectiveNumber {
        id: ObjectiveId,
        /// The target rather than the baseline.
        target: bool,
        /// The number, or none.
        value: Option<f64>,
    },
    /// Sets or clears the start (`deadline: false`) or the deadline of an objective.
    SetObjectiveDate {
        id: ObjectiveId,
        /// The deadline rather than the start.
        deadline: bool,
        /// The date, or none.
        date: Option<Date>,
    },
    /// Sets how often an objective is monitored.
    SetObjectiveFrequency {
        id: ObjectiveId,
        /// How often, or not said.
        frequency: Option<Frequency>,
    },
    /// Links an objective to a finding that motivates it, or unlinks it.
    SetObjectiveLink {
        id: ObjectiveId,
        link: Link,
        on: bool,
    },
    /// Deletes an objective; KPIs and tactics that served it no longer point at it.
    DeleteObjective { id: ObjectiveId },
    /// Records a reading of an objective's metric.
    AddReading {
        objective: ObjectiveId,
        id: ReadingId,
        date: Date,
        value: f64,
    },
    /// Deletes a reading.
    DeleteReading {
        objective: ObjectiveId,
        id: ReadingId,
    },
    /// Adds a KPI, or replaces the one with the same id.
    SetKpi {
        id: KpiId,
        /// What is measured (trimmed; not empty).
        name: String,
        /// Specialist, manager or management.
        level: KpiLevel,
        objective: Option<ObjectiveId>,
        /// Its channel, if any.
        channel: Option<Channel>,
        /// Its target, if any.
        target: Option<f64>,
        /// The unit of the target.
        unit: String,
    },
    /// Deletes a KPI.
    DeleteKpi { id: KpiId },
    /// Adds an entry to the review log, or replaces the one with the same id.
    SetReview {
        id: ReviewId,
        date: Date,
        learned: String,
        source: Source,
        scope: Scope,
        change: String,
    },
    /// Deletes an entry of the review log.
    DeleteReview { id: ReviewId },
}

/// Applies an objectives command (called by `domain::apply`). `finding_exists` says whether a
/// link points at something in the plan (a SWOT card, a TOWS strategy, a health-check prompt).
/// Returns the objective it deleted, whose links the plan then removes from the tactics.
pub(crate) fn apply(
    section: &mut Rc<Objectives>,
    reviews: &mut Rc<Vec<Review>>,
    command: ObjectivesCommand,
    finding_exists: &dyn Fn(&Link) -> bool,
) -> Result<Option<Removed>, DomainError> {
    match command {
        ObjectivesCommand::AddObjective { id, statement } => {
            let statement = rules::required("text", &statement, MAX_TEXT)?;
            rules::fresh(section.objective(&id).is_some())?;
            rules::room(&section.objectives, MAX_OBJECTIVES)?;
            Rc::make_mut(section)
                .objectives
                .push(Objective::new(id, statement));
        }
        ObjectivesCommand::SetObjectiveText { id, field, text } => {
            rules::fits("text", &text, MAX_TEXT)?;
            let text = if field == ObjectiveText::Statement {
                rules::required("text", &text, MAX_TEXT)?
            } else {
                text
            };
            *objective_mut(section, &id)?.text_mut(field) = text;
        }
        ObjectivesCommand::SetObjectiveNumber { id, target, value } => {
            rules::number(value)?;
            let o = objective_mut(section, &id)?;
            if target {
                o.target = value;
            } else {
                o.baseline = value;
            }
        }
        ObjectivesCommand::SetObjectiveDate { id, deadline, date } => {
            let o = objective_mut(section, &id)?;
            if deadline {
                o.deadline = date;
            } else {
                o.start = date;
            }
        }
        ObjectivesCommand::SetObjectiveFrequency { id, frequency } => {
            objective_mut(section, &id)?.monitored = frequency
        }
        ObjectivesCommand::SetObjectiveLink { id, link, on } => {
            if on && !finding_exists(&link) {
                return Err(DomainError::UnknownItem);
            }
            rules::toggle(&mut objective_mut(section, &id)?.links, link, on);
        }
        ObjectivesCommand::DeleteObjective { id } => {
            let section = Rc::make_mut(section);
            rules::remove(&mut section.objectives, |o| o.id == id)?;
            for kpi in &mut section.kpis {
                if kpi.objective.as_ref() == Some(&id) {
                    kpi.objective = None;
                }
            }
            return Ok(Some(Removed::Objective(id)));
        }
        ObjectivesCommand::AddReading {
            objective,
            id,
            date,
            value,
        } => {
            rules::number(Some(value))?;
            let o = objective_mut(section, &objective)?;
            rules::fresh(o.readings.iter().any(|r| r.id == id))?;
            rules::room(&o.readings, MAX_READINGS)?;
            o.readings.push(Reading { id, date, value });
            o.readings.sort_by_key(|r| r.date);
        }
        ObjectivesCommand::DeleteReading { objective, id } => {
            rules::remove(&mut objective_mut(section, &objective)?.readings, |r| {
                r.id == id
            })?;
        }
        ObjectivesCommand::SetKpi {
            id,
            name,
            level,
            objective,
            channel,
            target,
            unit,
        } => {
            let name = rules::required("text", &name, MAX_TEXT)?;
            rules::fits("text", &unit, MAX_NAME_CHARS)?;
            rules::number(target)?;
            if objective
                .as_ref()
                .is_some_and(|o| section.objective(o).is_none())
            {
                return Err(DomainError::UnknownItem);
            }
            let kpi = Kpi {
                id: id.clone(),
                name,
                level,
                objective,
                channel,
                target,
                unit,
            };
            let kpis = &mut Rc::make_mut(section).kpis;
            match kpis.iter().position(|k| k.id == id) {
                Some(at) => kpis[at] = kpi,
                None => {
                    rules::room(kpis, MAX_KPIS)?;
                    kpis.push(kpi);
                }
            }
        }
        ObjectivesCommand::DeleteKpi { id } => {
            rules::remove(&mut Rc::make_mut(section).kpis, |k| k.id == id)?;
        }
        ObjectivesCommand::SetReview {
            id,
            date,
            learned,
            source,
            scope,
            change,
        } => {
            rules::fits("text", &learned, MAX_TEXT)?;
            rules::fits("text", &change, MAX_TEXT)?;
            let review = Review {
                id: id.clone(),
                date,
                learned,
                source,
                scope,
                change,
            };
            let reviews = Rc::make_mut(reviews);
            match reviews.iter().position(|r| r.id == id) {
                Some(at) => reviews[at] = review,
                None => {
                    rules::room(reviews, MAX_REVIEWS)?;
                    reviews.push(review);
                }
            }
            reviews.sort_by_key(|r| std::cmp::Reverse(r.date));
        }
        ObjectivesCommand::DeleteReview { id } => {
            rules::remove(Rc::make_mut(reviews), |r| r.id == id)?;
        }
    }
    Ok(None)
}

fn objective_mut<'s>(
    section: &'s mut Rc<Objectives>,
    id: &ObjectiveId,
) -> Result<&'s mut Objective, DomainError> {
    rules::find_mut(&mut Rc::make_mut(section).objectives, |o| o.id == *id)
}
