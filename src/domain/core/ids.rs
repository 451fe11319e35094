//! Stable identifiers and time.
//!
//! Ids are newtypes over short strings, never positions in a list: a card keeps its id when it
//! moves, undo restores the same ids, and two devices could later merge plans (a CRDT needs ids
//! that do not depend on order). The domain never draws random numbers itself: the caller passes
//! the entropy in, which keeps `apply` and the tests deterministic.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Milliseconds since the Unix epoch (UTC), as JavaScript's `Date.now()` gives them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

/// The longest id accepted from storage or a file.
pub const MAX_ID_LEN: usize = 64;

/// Writes `n` in base 36 (digits then lowercase letters), the compact alphabet of every id.
fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n == 0 {
        return "0".to_owned();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Whether `s` is an acceptable id: a known prefix, a dash, then 1.. ASCII letters, digits or
/// dashes, `MAX_ID_LEN` at most. Ids end up inside storage keys, so nothing else is allowed.
fn valid_id(s: &str, prefix: &str) -> bool {
    s.len() <= MAX_ID_LEN
        && s.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|rest| {
                !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The prefix every id of this kind starts with.
            pub const PREFIX: &'static str = $prefix;

            /// A new id from the creation time and caller-supplied entropy.
            pub fn generate(at: Timestamp, entropy: u64) -> Self {
                let time = base36(u64::try_from(at.0).unwrap_or(0));
                let noise = base36(entropy % 36u64.pow(8));
                Self(format!("{}-{time}{noise:0>8}", $prefix))
            }

            /// Parses an id read from storage or a file.
            pub fn parse(s: &str) -> Option<Self> {
                valid_id(s, $prefix).then(|| Self(s.to_owned()))
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> {
                Self::parse(&s).ok_or_else(|| format!("not a valid {} id: {s:?}", $prefix))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies one plan (one workspace) across reloads, exports and devices.
    PlanId,
    "p"
);

id_type!(
    /// Identifies a card on the SWOT or PESTLE board.
    CardId,
    "c"
);

id_type!(
    /// Identifies a TOWS strategy.
    StrategyId,
    "s"
);

id_type!(
    /// Identifies a persona of the buyer journey.
    PersonaId,
    "u"
);

id_type!(
    /// Identifies a stage of the buyer journey.
    StageId,
    "g"
);

id_type!(
    /// Identifies a touchpoint of a journey.
    TouchpointId,
    "t"
);

id_type!(
    /// Identifies a step of the attribution explainer's sample path.
    PathStepId,
    "a"
);

id_type!(
    /// Identifies a SMART objective.
    ObjectiveId,
    "o"
);

id_type!(
    /// Identifies a KPI.
    KpiId,
    "k"
);

id_type!(
    /// Identifies a reading of an objective's metric.
    ReadingId,
    "r"
);

id_type!(
    /// Identifies a tactic of the engagement strategy.
    TacticId,
    "x"
);

id_type!(
    /// Identifies an entry of the review log.
    ReviewId,
    "v"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_parse_back_and_differ_by_entropy() {
        let a = PlanId::generate(Timestamp(1_700_000_000_000), 1);
        let b = PlanId::generate(Timestamp(1_700_000_000_000), 2);
        assert_ne!(a, b);
        assert_eq!(PlanId::parse(a.as_str()), Some(a.clone()));
        assert!(a.as_str().starts_with("p-"));
    }

    #[test]
    fn hostile_ids_are_refused() {
        for bad in [
            "",
            "p-",
            "x-abc",
            "p-a:b",
            "p-<script>",
            "p-ä",
            &format!("p-{}", "a".repeat(80)),
        ] {
            assert_eq!(PlanId::parse(bad), None, "{bad:?}");
        }
    }
}

/// Something a section's command deleted that other sections may link to. The section
/// returns it, and the plan (`links::cascade`) removes what pointed at it, so no section
/// needs to know who links to it.
#[derive(Clone, Debug, PartialEq)]
pub enum Removed {
    /// A SWOT card.
    Card(CardId),
    /// A TOWS strategy.
    Strategy(StrategyId),
    /// A SMART objective.
    Objective(ObjectiveId),
}
