//! The ready-made sets of stages a journey can start from (awareness to advocacy, DOMAIN.md
//! §6, or RACE's reach, act, convert, engage, seed 002), and the keys that name their stages,
//! so a stage shows its name in the reader's language until the user renames it.

use serde::{Deserialize, Serialize};

/// The stages of a ready-made journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StageKey {
    /// Default journey.
    Awareness,
    /// Default journey.
    Consideration,
    /// Default journey.
    Decision,
    /// Default journey; the last click.
    Purchase,
    /// Default journey; after the purchase.
    Retention,
    /// Default journey; after the purchase.
    Advocacy,
    /// RACE.
    Reach,
    /// RACE.
    Act,
    /// RACE; the conversion.
    Convert,
    /// RACE; after the conversion.
    Engage,
}

impl StageKey {
    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            StageKey::Awareness => "awareness",
            StageKey::Consideration => "consideration",
            StageKey::Decision => "decision",
            StageKey::Purchase => "purchase",
            StageKey::Retention => "retention",
            StageKey::Advocacy => "advocacy",
            StageKey::Reach => "reach",
            StageKey::Act => "act",
            StageKey::Convert => "convert",
            StageKey::Engage => "engage",
        }
    }

    /// Whether this is the stage where the sale happens.
    pub fn is_purchase(self) -> bool {
        matches!(self, StageKey::Purchase | StageKey::Convert)
    }

    /// Whether demand is harvested here, not created: the sale and keeping the customer. Only
    /// goal scorers at these stages is normal (issue 14), so the coverage check that asks for
    /// a discoverer leaves them alone.
    pub fn harvests(self) -> bool {
        matches!(
            self,
            StageKey::Purchase | StageKey::Retention | StageKey::Convert | StageKey::Engage
        )
    }
}

/// A ready-made set of stages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// Awareness, consideration, decision, purchase, retention, advocacy.
    Default,
    /// Reach, act, convert, engage (seed 002).
    Race,
}

impl Template {
    /// The stages, in order.
    pub fn stages(self) -> &'static [StageKey] {
        match self {
            Template::Default => &[
                StageKey::Awareness,
                StageKey::Consideration,
                StageKey::Decision,
                StageKey::Purchase,
                StageKey::Retention,
                StageKey::Advocacy,
            ],
            Template::Race => &[
                StageKey::Reach,
                StageKey::Act,
                StageKey::Convert,
                StageKey::Engage,
            ],
        }
    }
}
