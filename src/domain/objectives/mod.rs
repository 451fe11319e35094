//! SMART objectives and KPIs (DOMAIN.md §3, seeds 002 and 004).
//!
//! An objective says what will change, for whom, by how much and by when; how it is measured,
//! how often it is monitored and who manages it; and which findings motivate it (links to
//! SWOT cards, TOWS strategies and health-check answers). [`smart`] checks it letter by
//! letter and says what is missing. KPIs come in three levels (specialist, manager,
//! management) and hang on an objective; [`kpi_checks`] flags an objective without a KPI and
//! "KPI overload" (more than five on one objective).

pub mod monitor;

pub mod command;
pub mod validate;

use crate::domain::core::channel::Channel;
use crate::domain::core::date::Date;
use crate::domain::core::ids::{CardId, KpiId, ObjectiveId, ReadingId, StrategyId};
use serde::{Deserialize, Serialize};

/// Longest objective text.
pub const MAX_TEXT: usize = 2_000;
/// Most objectives.
pub const MAX_OBJECTIVES: usize = 50;
/// Most KPIs.
pub const MAX_KPIS: usize = 200;
/// More KPIs than this on one objective is "KPI overload" (seed 004).
pub const KPI_OVERLOAD: usize = 5;
/// Most readings of one objective.
pub const MAX_READINGS: usize = 500;

/// A finding an objective, a creative idea or a tactic answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "to", content = "id", rename_all = "snake_case")]
pub enum Link {
    /// A SWOT card.
    Card(CardId),
    /// A TOWS strategy.
    Strategy(StrategyId),
    /// A health-check prompt (its answer).
    Prompt(String),
}

/// How often an objective is monitored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    /// Every day.
    Daily,
    /// Every week.
    Weekly,
    /// Every month.
    Monthly,
    /// Every quarter.
    Quarterly,
}

impl Frequency {
    /// Every frequency, in menu order.
    pub const ALL: [Frequency; 4] = [
        Frequency::Daily,
        Frequency::Weekly,
        Frequency::Monthly,
        Frequency::Quarterly,
    ];

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
            Frequency::Monthly => "monthly",
            Frequency::Quarterly => "quarterly",
        }
    }
}

/// A reading of an objective's metric on a day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// Stable identity.
    pub id: ReadingId,
    /// The day.
    pub date: Date,
    pub value: f64,
}

/// A text field of an objective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectiveText {
    /// What will change ("Raise brand visibility for Product X").
    Statement,
    /// What is counted ("brand searches").
    Metric,
    /// The unit of baseline and target ("%", "£", "searches a month").
    Unit,
    /// The market or audience ("UK, 18–35-year-olds").
    Audience,
    /// How it is measured.
    Measured,
    /// Who manages it.
    Manager,
}

impl ObjectiveText {
    /// Every field, in form order.
    pub const ALL: [ObjectiveText; 6] = [
        ObjectiveText::Statement,
        ObjectiveText::Metric,
        ObjectiveText::Unit,
        ObjectiveText::Audience,
        ObjectiveText::Measured,
        ObjectiveText::Manager,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            ObjectiveText::Statement => "statement",
            ObjectiveText::Metric => "metric",
            ObjectiveText::Unit => "unit",
            ObjectiveText::Audience => "audience",
            ObjectiveText::Measured => "measured",
            ObjectiveText::Manager => "manager",
        }
    }
}

/// A SMART objective.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Objective {
    /// Stable identity.
    pub id: ObjectiveId,
    /// What will change.
    #[serde(default)]
    pub statement: String,
    /// What is counted.
    #[serde(default)]
    pub metric: String,
    /// The unit of baseline and target.
    #[serde(default)]
    pub unit: String,
    /// Where the metric stands at the start.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// Where it should be by the deadline.
    #[serde(default)]
    pub target: Option<f64>,
    /// The market or audience.
    #[serde(default)]
    pub audience: String,
    /// When it starts.
    #[serde(default)]
    pub start: Option<Date>,
    /// By when.
    #[serde(default)]
    pub deadline: Option<Date>,
    /// How it is measured.
    #[serde(default)]
    pub measured: String,
    /// How often it is monitored.
    #[serde(default)]
    pub monitored: Option<Frequency>,
    /// Who manages it.
    #[serde(default)]
    pub manager: String,
    /// The findings that motivate it.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Readings of its metric over time.
    #[serde(default)]
    pub readings: Vec<Reading>,
}

impl Objective {
    /// A new objective with only a statement.
    pub fn new(id: ObjectiveId, statement: String) -> Objective {
        Objective {
            id,
            statement,
            metric: String::new(),
            unit: String::new(),
            baseline: None,
            target: None,
            audience: String::new(),
            start: None,
            deadline: None,
            measured: String::new(),
            monitored: None,
            manager: String::new(),
            links: Vec::new(),
            readings: Vec::new(),
        }
    }

    /// The text of `field`.
    pub fn text(&self, field: ObjectiveText) -> &str {
        match field {
            ObjectiveText::Statement => &self.statement,
            ObjectiveText::Metric => &self.metric,
            ObjectiveText::Unit => &self.unit,
            ObjectiveText::Audience => &self.audience,
            ObjectiveText::Measured => &self.measured,
            ObjectiveText::Manager => &self.manager,
        }
    }

    /// The text of `field`, to change.
    pub fn text_mut(&mut self, field: ObjectiveText) -> &mut String {
        match field {
            ObjectiveText::Statement => &mut self.statement,
            ObjectiveText::Metric => &mut self.metric,
            ObjectiveText::Unit => &mut self.unit,
            ObjectiveText::Audience => &mut self.audience,
            ObjectiveText::Measured => &mut self.measured,
            ObjectiveText::Manager => &mut self.manager,
        }
    }
}

/// The three levels of KPI (seed 004).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KpiLevel {
    /// Channel metrics, for specialists.
    #[default]
    Specialist,
    /// Campaign and funnel, for managers.
    Manager,
    /// Growth, profitability, customer lifetime value, market share.
    Management,
}

impl KpiLevel {
    /// Every level, from the channel up.
    pub const ALL: [KpiLevel; 3] = [
        KpiLevel::Specialist,
        KpiLevel::Manager,
        KpiLevel::Management,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            KpiLevel::Specialist => "specialist",
            KpiLevel::Manager => "manager",
            KpiLevel::Management => "management",
        }
    }
}

/// A key performance indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kpi {
    /// Stable identity.
    pub id: KpiId,
    /// What is measured ("cost per acquisition").
    pub name: String,
    /// For whom.
    #[serde(default)]
    pub level: KpiLevel,
    /// The objective it serves.
    #[serde(default)]
    pub objective: Option<ObjectiveId>,
    /// The channel it belongs to, if any.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Its target, if set.
    #[serde(default)]
    pub target: Option<f64>,
    /// The unit of the target.
    #[serde(default)]
    pub unit: String,
}

/// The objectives section of a plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Objectives {
    /// The objectives, in order.
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// The KPIs.
    #[serde(default)]
    pub kpis: Vec<Kpi>,
}

impl Objectives {
    /// The objective with `id`.
    pub fn objective(&self, id: &ObjectiveId) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.id == *id)
    }

    /// The KPIs of objective `id`.
    pub fn kpis_of<'a>(&'a self, id: &'a ObjectiveId) -> impl Iterator<Item = &'a Kpi> {
        self.kpis
            .iter()
            .filter(move |k| k.objective.as_ref() == Some(id))
    }
}

/// What one letter of SMART says about an objective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The letter is met.
    Met,
    /// Something is missing; the key names the i18n message that says what
    /// (`smart-<key>`).
    Missing(&'static str),
    /// It is there, but worth a question (`smart-<key>`).
    Question(&'static str),
}

/// The letters of SMART, in order.
pub const LETTERS: [char; 5] = ['S', 'M', 'A', 'R', 'T'];

/// Growth of more than this per month (as a share of the baseline) is questioned as
/// unrealistic ("unrealistic targets and timelines are a common mistake", seed 003).
pub const REALISTIC_MONTHLY_GROWTH: f64 = 0.25;

/// Checks `objective` letter by letter: Specific, Measurable, Achievable, Realistic,
/// Time-specific.
pub fn smart(o: &Objective) -> [Verdict; 5] {
    use Verdict::*;
    let blank = |s: &str| s.trim().is_empty();
    let specific = if blank(&o.statement) {
        Missing("no-statement")
    } else if blank(&o.audience) {
        Missing("no-audience")
    } else {
        Met
    };
    let measurable = if blank(&o.metric) {
        Missing("no-metric")
    } else if o.target.is_none() {
        Missing("no-number")
    } else if blank(&o.measured) {
        Missing("no-measure")
    } else {
        Met
    };
    let achievable = if o.baseline.is_none() {
        Missing("no-baseline")
    } else if blank(&o.manager) {
        Missing("no-manager")
    } else {
        Met
    };
    let time = match (o.start, o.deadline) {
        (_, None) => Missing("no-deadline"),
        (Some(s), Some(d)) if d <= s => Missing("deadline-before-start"),
        _ if o.monitored.is_none() => Missing("no-frequency"),
        _ => Met,
    };
    let realistic = match (o.baseline, o.target, o.start, o.deadline) {
        (Some(b), Some(t), Some(s), Some(d)) if d > s => {
            let months = f64::from(s.days_until(d)) / 30.4;
            let growth = if b.abs() > f64::EPSILON {
                ((t - b) / b.abs()).abs()
            } else if t == b {
                0.0
            } else {
                f64::INFINITY
            };
            if growth / months.max(0.1) > REALISTIC_MONTHLY_GROWTH {
                Question("too-fast")
            } else {
                Met
            }
        }
        _ => Missing("no-path"),
    };
    [specific, measurable, achievable, realistic, time]
}

/// Something about objectives and KPIs worth a look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KpiCheck {
    /// An objective no KPI serves.
    NoKpi(ObjectiveId),
    /// More than [`KPI_OVERLOAD`] KPIs on one objective.
    Overload(ObjectiveId),
    /// No KPI of the plan's objectives is at this level (seed 004: specialists watch their
    /// channels, managers the campaign and the funnel, management the business). Asked of the
    /// plan, not of each objective, so a small plan needs three KPIs, not three per objective.
    NoLevel(KpiLevel),
}

/// The KPI checks of every objective, then of the levels the plan's KPIs cover (once some
/// objective has a KPI: before that, "no KPI yet" says it all).
pub fn kpi_checks(section: &Objectives) -> Vec<KpiCheck> {
    let mut out = Vec::new();
    for o in &section.objectives {
        match section.kpis_of(&o.id).count() {
            0 => out.push(KpiCheck::NoKpi(o.id.clone())),
            n if n > KPI_OVERLOAD => out.push(KpiCheck::Overload(o.id.clone())),
            _ => {}
        }
    }
    let measured: Vec<&Kpi> = section
        .objectives
        .iter()
        .flat_map(|o| section.kpis_of(&o.id))
        .collect();
    if !measured.is_empty() {
        for level in KpiLevel::ALL {
            if !measured.iter().any(|k| k.level == level) {
                out.push(KpiCheck::NoLevel(level));
            }
        }
    }
    out
}
