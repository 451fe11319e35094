//! The attribution explainer (seed 004): a sample path of touchpoints before a conversion,
//! and the credit each channel gets under five models. Comparing channels on last click
//! alone is unfair to the ones that create demand; seeing the same path under several models
//! shows why.
//!
//! Money is counted in cents and split by the largest-remainder method, so the credits of a
//! model always add up exactly to the conversion value.

use crate::domain::core::channel::Channel;
use crate::domain::core::ids::PathStepId;
use serde::{Deserialize, Serialize};

/// Most steps in the sample path.
pub const MAX_STEPS: usize = 30;
/// The largest conversion value, in cents (10 million).
pub const MAX_VALUE_CENTS: u64 = 1_000_000_000;
/// The most days a path step can lie before the conversion (ten years).
pub const MAX_DAYS_BEFORE: u32 = 3650;
/// Time decay halves a touchpoint's weight for every this many days before the conversion.
pub const HALF_LIFE_DAYS: f64 = 7.0;

/// One touchpoint of the sample path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PathStep {
    /// Stable identity.
    pub id: PathStepId,
    pub channel: Channel,
    /// The channel's name when custom.
    #[serde(default)]
    pub custom: String,
    /// What happened ("brand ad on Instagram").
    #[serde(default)]
    pub label: String,
    /// How many days before the conversion it happened.
    #[serde(default)]
    pub days_before: u32,
}

/// The sample path and the value of its conversion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The touchpoints, first to last; the last one gets the last click.
    #[serde(default)]
    pub path: Vec<PathStep>,
    /// What the conversion is worth, in cents.
    #[serde(default)]
    pub value_cents: u64,
}

/// An attribution model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    /// Everything to the last touchpoint.
    LastClick,
    /// Everything to the first touchpoint.
    FirstClick,
    /// The same to each touchpoint.
    Linear,
    /// 40% to the first, 40% to the last, 20% shared by those between.
    PositionBased,
    /// More to touchpoints closer to the conversion (half-life of seven days).
    TimeDecay,
}

impl Model {
    /// Every model, in table order.
    pub const ALL: [Model; 5] = [
        Model::LastClick,
        Model::FirstClick,
        Model::Linear,
        Model::PositionBased,
        Model::TimeDecay,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            Model::LastClick => "last-click",
            Model::FirstClick => "first-click",
            Model::Linear => "linear",
            Model::PositionBased => "position-based",
            Model::TimeDecay => "time-decay",
        }
    }

    /// The share of each step of `path` (they add up to 1; empty for an empty path).
    pub fn weights(self, path: &[PathStep]) -> Vec<f64> {
        let n = path.len();
        if n == 0 {
            return Vec::new();
        }
        let mut w = vec![0.0; n];
        match self {
            Model::LastClick => w[n - 1] = 1.0,
            Model::FirstClick => w[0] = 1.0,
            Model::Linear => w.iter_mut().for_each(|x| *x = 1.0 / n as f64),
            Model::PositionBased => match n {
                1 => w[0] = 1.0,
                2 => {
                    w[0] = 0.5;
                    w[1] = 0.5;
                }
                _ => {
                    w[0] = 0.4;
                    w[n - 1] = 0.4;
                    let middle = 0.2 / (n - 2) as f64;
                    w[1..n - 1].iter_mut().for_each(|x| *x = middle);
                }
            },
            Model::TimeDecay => {
                for (x, step) in w.iter_mut().zip(path) {
                    *x = 0.5f64.powf(f64::from(step.days_before) / HALF_LIFE_DAYS);
                }
                let total: f64 = w.iter().sum();
                w.iter_mut().for_each(|x| *x /= total);
            }
        }
        w
    }

    /// The credit of each step of `path`, in cents, adding up exactly to `value_cents`.
    pub fn credits(self, path: &[PathStep], value_cents: u64) -> Vec<u64> {
        split(value_cents, &self.weights(path))
    }
}

/// Splits `total` in proportion to `weights`, in whole units, by the largest-remainder method
/// (ties go to the later item, the one nearer the conversion).
pub fn split(total: u64, weights: &[f64]) -> Vec<u64> {
    let sum: f64 = weights.iter().sum();
    if weights.is_empty() || sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| total as f64 * w / sum).collect();
    let mut out: Vec<u64> = exact.iter().map(|x| x.floor() as u64).collect();
    let given: u64 = out.iter().sum();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    crate::domain::core::sort_small(&mut order, |a, b| {
        let (fa, fb) = (exact[*a] - exact[*a].floor(), exact[*b] - exact[*b].floor());
        fa > fb || (fa == fb && a > b)
    });
    for i in order.into_iter().take(total.saturating_sub(given) as usize) {
        out[i] += 1;
    }
    out
}

/// A channel's credit under every model, in the order of [`Model::ALL`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelCredit {
    pub channel: Channel,
    /// Its name when custom.
    pub custom: String,
    /// Cents under each model.
    pub credits: [u64; 5],
}

/// The credit of each channel of the path (a channel met twice gets both steps' credit), in
/// the order the channels first appear.
pub fn by_channel(attribution: &Attribution) -> Vec<ChannelCredit> {
    let path = &attribution.path;
    let mut rows: Vec<ChannelCredit> = Vec::new();
    for (m, model) in Model::ALL.iter().enumerate() {
        for (step, cents) in path
            .iter()
            .zip(model.credits(path, attribution.value_cents))
        {
            let custom = if step.channel == Channel::Custom {
                step.custom.trim().to_owned()
            } else {
                String::new()
            };
            let at = match rows
                .iter()
                .position(|r| r.channel == step.channel && r.custom == custom)
            {
                Some(at) => at,
                None => {
                    rows.push(ChannelCredit {
                        channel: step.channel,
                        custom,
                        credits: [0; 5],
                    });
                    rows.len() - 1
                }
            };
            rows[at].credits[m] += cents;
        }
    }
    rows
}
