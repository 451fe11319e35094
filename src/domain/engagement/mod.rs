//! The integrated engagement strategy (DOMAIN.md §5, seeds 003 and 004): the target audience
//! and why, then a tactic per channel — paid, owned or earned, discoverer or goal scorer —
//! with its justification, how it is measured, monitored and managed, the objectives it
//! serves, and its budget under three scenarios (good, better, best) that finance can choose
//! between. Budget sums are computed here, by channel, by ownership and by scenario.

pub mod command;
pub mod validate;

use crate::domain::core::channel::{Channel, Ownership, Role};
use crate::domain::core::ids::{ObjectiveId, TacticId};
use serde::{Deserialize, Serialize};

/// Most tactics.
pub const MAX_TACTICS: usize = 100;
/// The largest budget of one tactic in one scenario, in cents (1 billion).
pub const MAX_BUDGET_CENTS: u64 = 100_000_000_000;

/// The three budget scenarios (seed 003).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scenario {
    /// The least that works.
    Good,
    /// What we would like.
    Better,
    /// Everything the strategy could use.
    Best,
}

impl Scenario {
    /// Every scenario, from the smallest.
    pub const ALL: [Scenario; 3] = [Scenario::Good, Scenario::Better, Scenario::Best];

    /// Its index in a tactic's budgets.
    pub fn index(self) -> usize {
        match self {
            Scenario::Good => 0,
            Scenario::Better => 1,
            Scenario::Best => 2,
        }
    }

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            Scenario::Good => "good",
            Scenario::Better => "better",
            Scenario::Best => "best",
        }
    }
}

/// A text field of a tactic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TacticText {
    /// What we will do there.
    Plan,
    /// Why this channel, for this audience.
    Justification,
    /// How it is measured.
    Measure,
    /// How often and how it is monitored.
    Monitor,
    /// Who manages it.
    Manage,
}

impl TacticText {
    /// Every field, in form order.
    pub const ALL: [TacticText; 5] = [
        TacticText::Plan,
        TacticText::Justification,
        TacticText::Measure,
        TacticText::Monitor,
        TacticText::Manage,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            TacticText::Plan => "plan",
            TacticText::Justification => "justification",
            TacticText::Measure => "measure",
            TacticText::Monitor => "monitor",
            TacticText::Manage => "manage",
        }
    }
}

/// What the business does in one channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tactic {
    /// Stable identity.
    pub id: TacticId,
    pub channel: Channel,
    /// The channel's name when custom.
    #[serde(default)]
    pub custom: String,
    /// Paid, owned or earned.
    #[serde(default)]
    pub ownership: Ownership,
    /// Discoverer, goal scorer or both.
    #[serde(default)]
    pub role: Role,
    /// What we will do there.
    #[serde(default)]
    pub plan: String,
    /// Why.
    #[serde(default)]
    pub justification: String,
    /// How it is measured.
    #[serde(default)]
    pub measure: String,
    /// How it is monitored.
    #[serde(default)]
    pub monitor: String,
    /// Who manages it.
    #[serde(default)]
    pub manage: String,
    /// The budget in cents under the good, better and best scenarios.
    #[serde(default)]
    pub budget: [u64; 3],
    /// The objectives it serves.
    #[serde(default)]
    pub objectives: Vec<ObjectiveId>,
}

impl Tactic {
    /// The text of `field`.
    pub fn text(&self, field: TacticText) -> &str {
        match field {
            TacticText::Plan => &self.plan,
            TacticText::Justification => &self.justification,
            TacticText::Measure => &self.measure,
            TacticText::Monitor => &self.monitor,
            TacticText::Manage => &self.manage,
        }
    }

    /// The text of `field`, to change.
    pub fn text_mut(&mut self, field: TacticText) -> &mut String {
        match field {
            TacticText::Plan => &mut self.plan,
            TacticText::Justification => &mut self.justification,
            TacticText::Measure => &mut self.measure,
            TacticText::Monitor => &mut self.monitor,
            TacticText::Manage => &mut self.manage,
        }
    }
}

/// The engagement strategy of a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Engagement {
    /// Who the strategy is for.
    #[serde(default)]
    pub audience: String,
    /// Why them: what research backs it.
    #[serde(default)]
    pub justification: String,
    /// The tactics, in order.
    #[serde(default)]
    pub tactics: Vec<Tactic>,
}

/// The budget of each scenario, in cents.
pub fn scenario_totals(e: &Engagement) -> [u64; 3] {
    let mut out = [0u64; 3];
    for t in &e.tactics {
        for (o, b) in out.iter_mut().zip(t.budget) {
            *o = o.saturating_add(b);
        }
    }
    out
}

/// The scenarios whose total is over `limit` (the budget given in the health check's starting
/// point, in cents), each with its total, good to best. None without a limit: a plan that
/// never said what it may spend has nothing to warn about.
pub fn over_budget(e: &Engagement, limit: Option<u64>) -> Vec<(Scenario, u64)> {
    let Some(limit) = limit else {
        return Vec::new();
    };
    Scenario::ALL
        .into_iter()
        .zip(scenario_totals(e))
        .filter(|(_, total)| *total > limit)
        .collect()
}

/// The budget by channel (a channel with several tactics adds them up), in the order the
/// channels first appear, under every scenario.
pub fn by_channel(e: &Engagement) -> Vec<(Channel, String, [u64; 3])> {
    let mut out: Vec<(Channel, String, [u64; 3])> = Vec::new();
    for t in &e.tactics {
        let custom = if t.channel == Channel::Custom {
            t.custom.trim().to_owned()
        } else {
            String::new()
        };
        let at = match out
            .iter()
            .position(|(c, n, _)| *c == t.channel && *n == custom)
        {
            Some(at) => at,
            None => {
                out.push((t.channel, custom, [0; 3]));
                out.len() - 1
            }
        };
        for (o, b) in out[at].2.iter_mut().zip(t.budget) {
            *o = o.saturating_add(b);
        }
    }
    out
}

/// The budget of paid, owned and earned channels (in that order) under every scenario.
pub fn by_ownership(e: &Engagement) -> [[u64; 3]; 3] {
    let mut out = [[0u64; 3]; 3];
    for t in &e.tactics {
        let k = Ownership::ALL
            .iter()
            .position(|o| *o == t.ownership)
            .unwrap_or(0);
        for (o, b) in out[k].iter_mut().zip(t.budget) {
            *o = o.saturating_add(b);
        }
    }
    out
}
