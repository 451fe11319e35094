//! Kept copies: whatever the app could not use but must not lose, kept until the user deletes it.
//!
//! Three things end up here, each under a `rescue:` key of its own (`keys.rs`):
//! - a stored plan that does not read (corrupt, or refused): moved aside when it is opened, so
//!   nothing writes over it, and offered for download as the raw text it was;
//! - the version not chosen when two tabs changed the same part of a plan (this tab's or the
//!   other's): a whole plan that can be opened again as a plan of its own;
//! - settings that do not read: kept aside like any other unreadable value, never rewritten.
//!
//! Unlike snapshots, kept copies are never trimmed or given up for room: the user sees them in
//! the plan list ([`Store::kept`]), with their size in the storage meter, and deletes them.
//! A plan key whose value does not read is listed too (listing never moves anything), so a
//! damaged store never looks like an empty one.

use super::{codec, snapshots::units, Fault, SaveError, Store};
use crate::domain::document::schema;
use crate::domain::{Plan, PlanId, Timestamp};

/// Why a copy is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeptWhy {
    /// A stored plan that could not be read.
    Unreadable,
    /// A version of a plan not chosen when two tabs changed the same part of it.
    OtherTab,
    /// Settings that could not be read.
    Settings,
}

impl KeptWhy {
    /// Every reason.
    pub const ALL: [KeptWhy; 3] = [KeptWhy::Unreadable, KeptWhy::OtherTab, KeptWhy::Settings];

    /// The key in storage keys and in message ids (`kept-why-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            KeptWhy::Unreadable => "unreadable",
            KeptWhy::OtherTab => "other-tab",
            KeptWhy::Settings => "settings",
        }
    }

    fn parse(key: &str) -> Option<KeptWhy> {
        KeptWhy::ALL.into_iter().find(|w| w.key() == key)
    }
}

/// One kept copy, as the plan list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptCopy {
    /// Its storage key.
    pub key: String,
    /// The plan id it belonged to (as stored, perhaps not a valid id), or `settings`.
    pub subject: String,
    /// When it was kept; `None` for an unreadable plan still under its own key.
    pub at: Option<Timestamp>,
    pub why: KeptWhy,
    /// The room it takes, in UTF-16 code units (what the browser's limit counts).
    pub bytes: usize,
    /// The plan's name, when the copy reads as a plan.
    pub name: Option<String>,
}

impl KeptCopy {
    /// Whether it reads as a plan, so it can be opened again as one.
    pub fn readable(&self) -> bool {
        self.name.is_some()
    }
}

impl Store {
    /// Every kept copy of this namespace, newest first, then every plan key whose value does
    /// not read. Reads only; moves nothing.
    pub fn kept(&self) -> Vec<KeptCopy> {
        let Ok(keys) = self.backend.keys() else {
            return Vec::new();
        };
        let mut out: Vec<KeptCopy> = Vec::new();
        for key in keys {
            let parsed = self
                .ns
                .parse_kept_key(&key)
                .map(|(subject, at, why)| (subject, at, KeptWhy::parse(why)));
            let entry = if let Some((subject, at, why)) = parsed {
                let Some(raw) = self.backend.get(&key).ok().flatten() else {
                    continue;
                };
                KeptCopy {
                    bytes: units(&key) + units(&raw),
                    name: readable_name(&raw),
                    key,
                    subject,
                    at: Some(at),
                    why: why.unwrap_or(KeptWhy::Unreadable),
                }
            } else if let Some(id) = self.ns.plan_id_of(&key) {
                let Some(raw) = self.backend.get(&key).ok().flatten() else {
                    continue;
                };
                // Not read yet (codec.rs) is not listed as unreadable.
                let readable = codec::decode(&raw)
                    .is_none_or(|r| r.ok().is_some_and(|d| d.plan.id.as_str() == id));
                if readable {
                    continue;
                }
                KeptCopy {
                    bytes: units(&key) + units(&raw),
                    subject: id.to_owned(),
                    key,
                    at: None,
                    why: KeptWhy::Unreadable,
                    name: None,
                }
            } else {
                continue;
            };
            out.push(entry);
        }
        crate::domain::core::sort_small(&mut out, |a, b| (a.at, &a.key) > (b.at, &b.key));
        out
    }

    /// Keeps `plan` as a copy until the user deletes it (with the members a newer build wrote
    /// that this one does not know). Makes room by giving up snapshots if storage is full.
    pub fn keep_copy(
        &self,
        plan: &Plan,
        now: Timestamp,
        why: KeptWhy,
    ) -> Result<String, SaveError> {
        let mut at = now;
        let mut key = self.ns.kept_key(plan.id.as_str(), at, why.key());
        // Two copies in the same millisecond must not overwrite each other.
        while matches!(self.backend.get(&key), Ok(Some(_))) {
            at = Timestamp(at.0 + 1);
            key = self.ns.kept_key(plan.id.as_str(), at, why.key());
        }
        self.write_copy(&key, plan)?;
        Ok(key)
    }

    /// Writes `plan` over the kept copy at `key` (a tab bringing its own kept version up to
    /// date). Refuses any key that is not a kept copy's.
    pub fn write_copy(&self, key: &str, plan: &Plan) -> Result<(), SaveError> {
        if self.ns.parse_kept_key(key).is_none() {
            return Err(SaveError::Storage(Fault::Other("not a kept copy".into())));
        }
        let text = self.encode(plan, None)?;
        match self.backend.set(key, &text) {
            Err(Fault::Quota) if self.make_room(&plan.id) => {
                self.backend.set(key, &text).map_err(SaveError::Storage)
            }
            other => other.map_err(SaveError::Storage),
        }
    }

    /// The plan a kept copy holds, under a new id (`id`) and marked as changed `now`, saved as
    /// a plan of its own: what "open as a plan" does. The copy stays until the user deletes it.
    pub fn open_kept(&self, key: &str, id: PlanId, now: Timestamp) -> Result<Plan, SaveError> {
        let raw = self
            .read_raw(key)
            .filter(|_| self.ns.parse_kept_key(key).is_some())
            .ok_or(SaveError::Storage(Fault::Other("no such copy".into())))?;
        let decoded = codec::decode(&raw)
            .ok_or(SaveError::Storage(Fault::Other(codec::NOT_HERE.into())))?
            .map_err(|e| SaveError::Encode(e.to_string()))?;
        let mut plan = decoded.plan;
        plan.id = id;
        plan.meta.updated = now;
        self.save_plan(&plan)?;
        Ok(plan)
    }

    /// The text stored at `key` of this namespace, to download.
    pub fn read_raw(&self, key: &str) -> Option<String> {
        self.ns
            .owns(key)
            .then(|| self.backend.get(key).ok().flatten())
            .flatten()
    }

    /// Deletes a kept copy, or a plan key whose value does not read (after the user downloaded
    /// it or chose to discard it). Any other key is left alone.
    pub fn discard_kept(&self, key: &str) -> Result<(), Fault> {
        let unreadable_plan = self.ns.plan_id_of(key).is_some()
            && self.kept().iter().any(|k| k.key == key && k.at.is_none());
        if self.ns.parse_kept_key(key).is_some() || unreadable_plan {
            self.backend.remove(key)
        } else {
            Ok(())
        }
    }

    /// Moves an unreadable value at `key` to a kept copy (copied, then removed only if the copy
    /// succeeded), so it is never overwritten. Returns where it is now.
    pub(super) fn keep_aside(&self, key: &str, subject: &str, raw: &str, now: Timestamp) -> String {
        let why = match subject {
            "settings" => KeptWhy::Settings,
            _ => KeptWhy::Unreadable,
        };
        let kept = self.ns.kept_key(subject, now, why.key());
        match self.backend.set(&kept, raw) {
            Ok(()) => {
                // The copy is safe; the original may go. If removing fails, both stay: still safe.
                let _ = self.backend.remove(key);
                kept
            }
            // No room for a copy: leave the original where it is, and list it from there.
            Err(_) => key.to_owned(),
        }
    }

    /// `plan` in its envelope, with the members a newer build wrote that this one keeps for it.
    pub(super) fn encode(&self, plan: &Plan, parent: Option<&str>) -> Result<String, SaveError> {
        let unknown = self.unknown.borrow();
        let members = unknown
            .iter()
            .find(|(id, _)| *id == plan.id)
            .map_or(&[][..], |(_, m)| m.as_slice());
        schema::encode_keeping(plan, parent, members).map_err(|e| SaveError::Encode(e.to_string()))
    }

    /// Remembers the members of plan `id` that a newer build wrote and this one does not know,
    /// so every later write of that plan keeps them.
    pub(super) fn remember_unknown(&self, id: &PlanId, members: schema::Unknown) {
        let mut unknown = self.unknown.borrow_mut();
        unknown.retain(|(i, _)| i != id);
        if !members.is_empty() {
            unknown.push((id.clone(), members));
        }
    }

    /// How many members of plan `id` this build keeps for a newer one (0 for most plans).
    pub fn unknown_members(&self, id: &PlanId) -> usize {
        self.unknown
            .borrow()
            .iter()
            .find(|(i, _)| i == id)
            .map_or(0, |(_, m)| m.len())
    }
}

/// The name of the plan in `raw`, when it reads as one.
fn readable_name(raw: &str) -> Option<String> {
    codec::decode(raw)?.ok().map(|d| d.plan.meta.name)
}
