//! Measure, monitor, manage: the feedback loop (DOMAIN.md §7, seeds 001 and 003).
//!
//! Readings of an objective's metric are compared with the straight line from the baseline
//! at the start to the target at the deadline; [`status`] says whether the objective is on
//! track, at risk or off track, and names the rule that decided it, so the user can see why.
//! The review log records what was learned, from whom, whether the problem is tactical or
//! systemic, and what changes.

use crate::domain::core::date::Date;
use crate::domain::core::ids::ReviewId;
use crate::domain::objectives::Objective;
use serde::{Deserialize, Serialize};

/// Most entries in the review log.
pub const MAX_REVIEWS: usize = 500;
/// At or above this share of the progress expected by now, an objective is on track.
pub const ON_TRACK: f64 = 0.9;
/// At or above this share (and below [`ON_TRACK`]), it is at risk; below, off track.
pub const AT_RISK: f64 = 0.7;

/// Where an objective stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Baseline, target, start or deadline is missing: nothing to compare with.
    Unknown,
    /// No reading yet.
    NoReadings,
    /// The target is reached.
    Achieved,
    /// The deadline passed before the target was reached.
    Missed,
    /// Progress is at least 90% of what the straight line expects by the latest reading.
    OnTrack,
    /// Progress is 70–90% of what is expected.
    AtRisk,
    /// Progress is below 70% of what is expected (or going the wrong way).
    OffTrack,
}

impl Status {
    /// A stable key, also the stem of its i18n messages (`status-<key>`, and
    /// `status-<key>-rule` for the rule that decided it).
    pub fn key(self) -> &'static str {
        match self {
            Status::Unknown => "unknown",
            Status::NoReadings => "no-readings",
            Status::Achieved => "achieved",
            Status::Missed => "missed",
            Status::OnTrack => "on-track",
            Status::AtRisk => "at-risk",
            Status::OffTrack => "off-track",
        }
    }
}

/// What the status rules found: the status, and the progress ratio behind it when there is
/// one (1.0 = exactly on the line).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assessment {
    pub status: Status,
    /// Actual progress over expected progress at the latest reading.
    pub ratio: Option<f64>,
    /// The value the straight line expects at the latest reading.
    pub expected: Option<f64>,
}

impl Assessment {
    /// The i18n id of the words that explain this status: its own rule, or, when the latest
    /// reading went back past the baseline (a negative share of the expected progress),
    /// words for that rather than "only -20% of the progress" (issue 14).
    pub fn rule_id(&self) -> &'static str {
        match self.status {
            Status::OffTrack if self.ratio.is_some_and(|r| r < 0.0) => "status-backwards-rule",
            Status::Unknown => "status-unknown-rule",
            Status::NoReadings => "status-no-readings-rule",
            Status::Achieved => "status-achieved-rule",
            Status::Missed => "status-missed-rule",
            Status::OnTrack => "status-on-track-rule",
            Status::AtRisk => "status-at-risk-rule",
            Status::OffTrack => "status-off-track-rule",
        }
    }
}

/// The value the straight line from (start, baseline) to (deadline, target) has on `day`,
/// held at the ends.
pub fn path_value(baseline: f64, target: f64, start: Date, deadline: Date, day: Date) -> f64 {
    let span = f64::from(start.days_until(deadline)).max(1.0);
    let t = (f64::from(start.days_until(day)) / span).clamp(0.0, 1.0);
    baseline + (target - baseline) * t
}

/// Assesses `o` on `today`. The rules, in order:
/// 1. without baseline, target, start and deadline: unknown;
/// 2. without readings: no readings;
/// 3. the latest reading reaches the target (in the target's direction): achieved;
/// 4. the deadline is past and the target not reached: missed;
/// 5. otherwise actual progress (latest − baseline) over expected progress (the line at the
///    latest reading − baseline): at least 90% on track, at least 70% at risk, else off track
///    (no progress expected yet counts as on track).
pub fn status(o: &Objective, today: Date) -> Assessment {
    let unknown = |status| Assessment {
        status,
        ratio: None,
        expected: None,
    };
    let (Some(b), Some(t), Some(s), Some(d)) = (o.baseline, o.target, o.start, o.deadline) else {
        return unknown(Status::Unknown);
    };
    let Some(latest) = o.readings.iter().max_by_key(|r| r.date) else {
        return unknown(Status::NoReadings);
    };
    let up = t >= b;
    let reached = if up {
        latest.value >= t
    } else {
        latest.value <= t
    };
    if reached {
        return Assessment {
            status: Status::Achieved,
            ratio: Some(1.0),
            expected: Some(t),
        };
    }
    if today > d {
        return unknown(Status::Missed);
    }
    let expected = path_value(b, t, s, d, latest.date);
    let wanted = expected - b;
    let ratio = if wanted.abs() < f64::EPSILON {
        1.0
    } else {
        (latest.value - b) / wanted
    };
    let status = if ratio >= ON_TRACK {
        Status::OnTrack
    } else if ratio >= AT_RISK {
        Status::AtRisk
    } else {
        Status::OffTrack
    };
    Assessment {
        status,
        ratio: Some(ratio),
        expected: Some(expected),
    }
}

/// Where what was learned came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The sales team.
    Sales,
    /// Customer service.
    Service,
    /// Data: analytics, reports.
    #[default]
    Data,
    /// Customers directly.
    Customers,
    /// The marketing team.
    Team,
}

impl Source {
    /// Every source, in menu order.
    pub const ALL: [Source; 5] = [
        Source::Sales,
        Source::Service,
        Source::Data,
        Source::Customers,
        Source::Team,
    ];

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            Source::Sales => "sales",
            Source::Service => "service",
            Source::Data => "data",
            Source::Customers => "customers",
            Source::Team => "team",
        }
    }
}

/// Whether a problem is in one tactic or in the strategy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// A weak creative, a channel that underperforms.
    #[default]
    Tactical,
    /// The audience is not where we thought, the proposition does not resonate.
    Systemic,
}

/// An entry of the review log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Stable identity.
    pub id: ReviewId,
    /// When.
    pub date: Date,
    /// What we learned.
    #[serde(default)]
    pub learned: String,
    /// From whom.
    #[serde(default)]
    pub source: Source,
    /// Tactical or systemic.
    #[serde(default)]
    pub scope: Scope,
    /// What we change.
    #[serde(default)]
    pub change: String,
}
