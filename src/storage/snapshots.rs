//! Snapshots, deleted plans and how much room everything takes.
//!
//! A snapshot is a whole earlier version of a plan, kept under its own key so the user can go
//! back to it: taken on each session's first change and every few minutes of editing
//! ([`snapshot_due`]), before a restore replaces the plan, and for the version not chosen when
//! two tabs changed the same plan. Snapshots are the first thing given up for room: at most
//! [`SNAPSHOTS_PER_PLAN`] per plan and [`SNAPSHOT_BUDGET`] bytes in all, oldest first, and a save
//! that finds storage full frees old snapshots and tries again before it reports failure. The
//! newest snapshot of each plan is given up only for that plan's own save.
//!
//! A deleted plan is moved to a trash key rather than removed, so "Undo" can bring it back;
//! [`Store::purge_trash`] removes it (and its snapshots) once the undo window has passed.

use super::{Fault, SaveError, Store};
use crate::domain::document::schema::SchemaError;
use crate::domain::{Plan, PlanId, Timestamp};

/// The most snapshots kept per plan.
pub const SNAPSHOTS_PER_PLAN: usize = 6;
/// The most room all snapshots of a namespace may take, in bytes.
pub const SNAPSHOT_BUDGET: usize = 1_500_000;
/// How long editing goes on before another snapshot is taken.
pub const SNAPSHOT_EVERY_MS: i64 = 10 * 60 * 1000;
/// What browsers give one site's localStorage, in UTF-16 code units: about five million in
/// Chromium, Firefox and Safari. `navigator.storage.estimate` does not cover localStorage, so
/// this is the limit the plan list measures against.
pub const LOCAL_STORAGE_LIMIT: usize = 5_000_000;
/// From this share of [`LOCAL_STORAGE_LIMIT`] on, the user is told to make room.
pub const NEARLY_FULL: f64 = 0.8;
/// How long a deleted plan can be brought back.
pub const UNDO_DELETE_MS: i64 = 10_000;

/// Why a snapshot was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotReason {
    /// The first change of a session.
    Session,
    /// Every [`SNAPSHOT_EVERY_MS`] of editing.
    Interval,
    /// Another tab changed the plan too, and this version was not the one kept.
    OtherTab,
    /// The plan as it was before a snapshot was restored over it.
    BeforeRestore,
}

impl SnapshotReason {
    /// Every reason, for parsing.
    pub const ALL: [SnapshotReason; 4] = [
        SnapshotReason::Session,
        SnapshotReason::Interval,
        SnapshotReason::OtherTab,
        SnapshotReason::BeforeRestore,
    ];

    /// The key in storage keys and in message ids (`snapshot-why-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            SnapshotReason::Session => "session",
            SnapshotReason::Interval => "interval",
            SnapshotReason::OtherTab => "other-tab",
            SnapshotReason::BeforeRestore => "before-restore",
        }
    }
}

/// Whether a snapshot is due now: on the session's first change (`last` is `None`), and then
/// every [`SNAPSHOT_EVERY_MS`].
pub fn snapshot_due(last: Option<Timestamp>, now: Timestamp) -> bool {
    last.is_none_or(|last| now.0 - last.0 >= SNAPSHOT_EVERY_MS)
}

/// One snapshot in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotInfo {
    /// Its storage key.
    pub key: String,
    /// The plan it is a version of.
    pub plan: PlanId,
    /// When it was taken.
    pub at: Timestamp,
    /// Why.
    pub reason: SnapshotReason,
    /// Its size in bytes.
    pub bytes: usize,
}

/// How much of the browser's storage Waymark uses, in UTF-16 code units (what the limit
/// counts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// The plans (and settings) of this namespace.
    pub plans: usize,
    /// Their snapshots and deleted plans, which give way when room runs out.
    pub copies: usize,
    /// Kept copies (`kept.rs`), which stay until the user deletes them.
    pub kept: usize,
    /// Everything else on this site (other embeds, other apps).
    pub other: usize,
}

impl Usage {
    /// Everything counted.
    pub fn total(&self) -> usize {
        self.plans + self.copies + self.kept + self.other
    }

    /// The share of [`LOCAL_STORAGE_LIMIT`] in use, 0.0 to 1.0 or more.
    pub fn share(&self) -> f64 {
        self.total() as f64 / LOCAL_STORAGE_LIMIT as f64
    }

    /// Whether the user should make room now.
    pub fn nearly_full(&self) -> bool {
        self.share() >= NEARLY_FULL
    }
}

/// Size as the browser counts it against its limit: UTF-16 code units.
pub(super) fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl Store {
    /// Keeps `plan` as a snapshot, then trims the snapshots to their limits. A snapshot that
    /// does not fit is given up (it is a convenience; the plan itself is saved elsewhere).
    pub fn take_snapshot(
        &self,
        plan: &Plan,
        at: Timestamp,
        reason: SnapshotReason,
    ) -> Result<String, SaveError> {
        let key = self.ns.snapshot_key(&plan.id, at, reason.key());
        let text = self.encode(plan, None)?;
        let written = match self.backend.set(&key, &text) {
            Err(Fault::Quota) => {
                self.free_snapshots(Some(&plan.id), usize::MAX);
                self.backend.set(&key, &text)
            }
            other => other,
        };
        written.map_err(SaveError::Storage)?;
        self.trim_snapshots(&plan.id);
        Ok(key)
    }

    /// The snapshots of plan `id`, newest first.
    pub fn snapshots(&self, id: &PlanId) -> Vec<SnapshotInfo> {
        let mut all: Vec<SnapshotInfo> = self
            .all_snapshots()
            .into_iter()
            .filter(|s| s.plan == *id)
            .collect();
        all.reverse();
        all
    }

    /// Every snapshot of the namespace, oldest first.
    fn all_snapshots(&self) -> Vec<SnapshotInfo> {
        let Ok(keys) = self.backend.keys() else {
            return Vec::new();
        };
        let mut out: Vec<SnapshotInfo> = keys
            .into_iter()
            .filter_map(|key| {
                let (plan, at, why) = self.ns.parse_snapshot_key(&key)?;
                let reason = SnapshotReason::ALL.into_iter().find(|r| r.key() == why)?;
                let bytes = self.backend.get(&key).ok().flatten().map_or(0, |v| v.len());
                Some(SnapshotInfo {
                    key,
                    plan,
                    at,
                    reason,
                    bytes,
                })
            })
            .collect();
        crate::domain::core::sort_small(&mut out, |a, b| (a.at, &a.key) < (b.at, &b.key));
        out
    }

    /// Reads a snapshot back as a plan.
    pub fn load_snapshot(&self, key: &str) -> Result<Plan, SchemaError> {
        let raw = self
            .ns
            .parse_snapshot_key(key)
            .and_then(|_| self.backend.get(key).ok().flatten())
            .ok_or(SchemaError::NotAPlan)?;
        let decoded = super::codec::decode(&raw)
            .ok_or_else(|| SchemaError::Invalid(super::codec::NOT_HERE.into()))?;
        Ok(decoded?.plan)
    }

    /// Deletes one snapshot.
    pub fn delete_snapshot(&self, key: &str) -> Result<(), Fault> {
        if self.ns.parse_snapshot_key(key).is_some() {
            self.backend.remove(key)
        } else {
            Ok(())
        }
    }

    /// Keeps the newest [`SNAPSHOTS_PER_PLAN`] snapshots of `id`, then brings all snapshots
    /// within [`SNAPSHOT_BUDGET`], giving up the oldest but never a plan's newest.
    fn trim_snapshots(&self, id: &PlanId) {
        let mine: Vec<SnapshotInfo> = self.snapshots(id);
        for old in mine.iter().skip(SNAPSHOTS_PER_PLAN) {
            let _ = self.backend.remove(&old.key);
        }
        let total: usize = self.all_snapshots().iter().map(|s| s.bytes).sum();
        if total > SNAPSHOT_BUDGET {
            self.free_snapshots(None, total - SNAPSHOT_BUDGET);
        }
    }

    /// Removes old snapshots, oldest first, until `bytes` are freed. Each plan's newest
    /// snapshot is kept, except those of `own` (the plan whose save needs the room).
    /// Returns the bytes freed.
    fn free_snapshots(&self, own: Option<&PlanId>, bytes: usize) -> usize {
        let all = self.all_snapshots();
        let mut freed = 0;
        for (i, s) in all.iter().enumerate() {
            if freed >= bytes {
                break;
            }
            let newest_of_its_plan = !all[i + 1..].iter().any(|t| t.plan == s.plan);
            if newest_of_its_plan && own != Some(&s.plan) {
                continue;
            }
            if self.backend.remove(&s.key).is_ok() {
                freed += s.bytes;
            }
        }
        freed
    }

    /// Frees room for a save that found storage full by giving up old snapshots. Returns
    /// whether anything was freed.
    pub(super) fn make_room(&self, for_plan: &PlanId) -> bool {
        self.free_snapshots(Some(for_plan), usize::MAX) > 0
    }

    /// Deletes plan `id`: it moves to the trash, from where [`Store::undelete_plan`] brings it
    /// back until [`Store::purge_trash`] removes it. Returns the trash key.
    pub fn delete_plan(&self, id: &PlanId, at: Timestamp) -> Result<String, Fault> {
        let key = self.ns.plan_key(id);
        let Some(raw) = self.backend.get(&key)? else {
            return Err(Fault::Other("no such plan".into()));
        };
        let trash = self.ns.trash_key(id, at);
        self.backend.set(&trash, &raw)?;
        self.backend.remove(&key)?;
        Ok(trash)
    }

    /// Brings a deleted plan back from the trash key `trash`.
    pub fn undelete_plan(&self, trash: &str) -> Result<PlanId, Fault> {
        let (id, _) = self
            .ns
            .parse_trash_key(trash)
            .ok_or_else(|| Fault::Other("not a deleted plan".into()))?;
        let raw = self
            .backend
            .get(trash)?
            .ok_or_else(|| Fault::Other("already gone".into()))?;
        self.backend.set(&self.ns.plan_key(&id), &raw)?;
        self.backend.remove(trash)?;
        Ok(id)
    }

    /// Removes deleted plans (and their snapshots) deleted before `cutoff`.
    pub fn purge_trash(&self, cutoff: Timestamp) {
        let Ok(keys) = self.backend.keys() else {
            return;
        };
        for key in &keys {
            let Some((id, at)) = self.ns.parse_trash_key(key) else {
                continue;
            };
            if at >= cutoff {
                continue;
            }
            let _ = self.backend.remove(key);
            // Its snapshots go too, unless the plan came back meanwhile.
            if !keys.contains(&self.ns.plan_key(&id)) {
                for s in self.snapshots(&id) {
                    let _ = self.backend.remove(&s.key);
                }
            }
        }
    }

    /// Copies plan `id` as a new plan `new_id` called `name`, saved at once.
    pub fn duplicate_plan(
        &self,
        id: &PlanId,
        new_id: PlanId,
        name: &str,
        at: Timestamp,
    ) -> Result<Plan, SaveError> {
        let raw = self
            .backend
            .get(&self.ns.plan_key(id))
            .map_err(SaveError::Storage)?
            .ok_or_else(|| SaveError::Storage(Fault::Other("no such plan".into())))?;
        let plan = super::codec::decode(&raw)
            .ok_or_else(|| SaveError::Storage(Fault::Other(super::codec::NOT_HERE.into())))?
            .map_err(|e| SaveError::Encode(e.to_string()))?
            .plan;
        self.save_copy(&plan, new_id, name, at)
    }

    /// Saves `plan` as a new plan `new_id` called `name` (trimmed, cut to the longest name),
    /// made and changed at `at`; `plan` itself is not written. The plan list copies the open
    /// plan this way, as it is shown, without saving it behind autosave's back.
    pub fn save_copy(
        &self,
        plan: &Plan,
        new_id: PlanId,
        name: &str,
        at: Timestamp,
    ) -> Result<Plan, SaveError> {
        let mut copy = plan.clone();
        copy.id = new_id;
        copy.meta.name = crate::domain::core::rules::truncate(
            name.trim(),
            crate::domain::core::rules::MAX_NAME_CHARS,
        );
        copy.meta.created = at;
        copy.meta.updated = at;
        self.save_plan(&copy)?;
        Ok(copy)
    }

    /// How much room Waymark takes in this browser.
    pub fn usage(&self) -> Usage {
        let mut usage = Usage::default();
        let Ok(keys) = self.backend.keys() else {
            return usage;
        };
        for key in keys {
            let size = units(&key)
                + self
                    .backend
                    .get(&key)
                    .ok()
                    .flatten()
                    .map_or(0, |v| units(&v));
            if self.ns.plan_id_of(&key).is_some() || key == self.ns.settings_key() {
                usage.plans += size;
            } else if self.ns.parse_kept_key(&key).is_some() {
                usage.kept += size;
            } else if self.ns.owns(&key) {
                usage.copies += size;
            } else {
                usage.other += size;
            }
        }
        usage
    }
}
