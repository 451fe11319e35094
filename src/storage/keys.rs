//! Storage keys: `waymark:<namespace>:settings`, `waymark:<namespace>:plan:<id>`,
//! `waymark:<namespace>:rescue:<id>:<time>[:<why>]` (a kept copy: an unreadable plan, a version
//! not chosen between two tabs, or `rescue:settings:<time>` for unreadable settings),
//! `waymark:<namespace>:snapshot:<id>:<time>:<why>` and `waymark:<namespace>:trash:<id>:<time>`
//! (a deleted plan during its undo window).
//!
//! The namespace keeps apart the data of two Waymarks on one origin (two embeds, or a test and
//! a real plan). It is restricted to a short safe alphabet so that no namespace can reach into
//! another's keys.

use crate::domain::{PlanId, Timestamp};

/// A validated storage namespace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Namespace(String);

impl Default for Namespace {
    fn default() -> Self {
        Namespace("default".into())
    }
}

impl Namespace {
    /// Longest namespace accepted.
    pub const MAX_LEN: usize = 40;

    /// A namespace of 1..=40 ASCII letters, digits, `-` or `_`; anything else is refused.
    pub fn parse(s: &str) -> Option<Namespace> {
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| Namespace(s.to_owned()))
    }

    /// The namespace as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn prefix(&self) -> String {
        format!("waymark:{}:", self.0)
    }

    /// Where the settings live.
    pub fn settings_key(&self) -> String {
        format!("{}settings", self.prefix())
    }

    /// Where a plan lives.
    pub fn plan_key(&self, id: &PlanId) -> String {
        format!("{}plan:{id}", self.prefix())
    }

    /// Where an unreadable plan is kept.
    pub fn rescue_key(&self, id: &PlanId, at: Timestamp) -> String {
        format!("{}rescue:{id}:{}", self.prefix(), at.0)
    }

    /// Where a snapshot of a plan is kept; `why` is a [`super::SnapshotReason`] key.
    pub fn snapshot_key(&self, id: &PlanId, at: Timestamp, why: &str) -> String {
        format!("{}snapshot:{id}:{}:{why}", self.prefix(), at.0)
    }

    /// The plan id, time and reason of a snapshot key of this namespace.
    pub fn parse_snapshot_key<'k>(&self, key: &'k str) -> Option<(PlanId, Timestamp, &'k str)> {
        let rest = key
            .strip_prefix(&self.prefix())?
            .strip_prefix("snapshot:")?;
        let (rest, why) = rest.rsplit_once(':')?;
        let (id, at) = rest.rsplit_once(':')?;
        Some((PlanId::parse(id)?, Timestamp(at.parse().ok()?), why))
    }

    /// Where a deleted plan waits out its undo window.
    pub fn trash_key(&self, id: &PlanId, at: Timestamp) -> String {
        format!("{}trash:{id}:{}", self.prefix(), at.0)
    }

    /// The plan id and deletion time of a trash key of this namespace.
    pub fn parse_trash_key(&self, key: &str) -> Option<(PlanId, Timestamp)> {
        let rest = key.strip_prefix(&self.prefix())?.strip_prefix("trash:")?;
        let (id, at) = rest.rsplit_once(':')?;
        Some((PlanId::parse(id)?, Timestamp(at.parse().ok()?)))
    }

    /// Whether `key` belongs to this namespace.
    pub fn owns(&self, key: &str) -> bool {
        key.starts_with(&self.prefix())
    }

    /// The plan id part of a plan key of this namespace (not yet validated).
    pub fn plan_id_of<'k>(&self, key: &'k str) -> Option<&'k str> {
        key.strip_prefix(&self.prefix())?.strip_prefix("plan:")
    }

    /// Where a copy is kept until the user deletes it: `subject` is a plan id or `settings`,
    /// `why` a [`super::KeptWhy`] key.
    pub fn kept_key(&self, subject: &str, at: Timestamp, why: &str) -> String {
        format!("{}rescue:{subject}:{}:{why}", self.prefix(), at.0)
    }

    /// The subject (a plan id, or `settings`), time and reason key of a kept copy's key of this
    /// namespace. The older form without a reason is an unreadable plan.
    pub fn parse_kept_key<'k>(&self, key: &'k str) -> Option<(String, Timestamp, &'k str)> {
        let rest = key.strip_prefix(&self.prefix())?.strip_prefix("rescue:")?;
        let mut parts = rest.split(':');
        let subject = parts.next()?;
        let at = Timestamp(parts.next()?.parse().ok()?);
        let why = parts.next().unwrap_or("unreadable");
        if parts.next().is_some() {
            return None;
        }
        let subject = match subject {
            "settings" => "settings".to_owned(),
            id => PlanId::parse(id)?.to_string(),
        };
        Some((subject, at, why))
    }
}
