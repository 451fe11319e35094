//! The only code that touches browser storage.
//!
//! [`Store`] is the repository the app talks to: settings, plans, and rescued documents, under
//! keys namespaced as `waymark:<namespace>:…` so two embeds on one site keep their data apart.
//! It is written against the small [`Backend`] trait, so its rules are tested natively over
//! [`MemoryBackend`]; [`web::LocalStorage`] is the real thing, tested in headless Chromium.
//!
//! The rules, which all protect what the user wrote:
//! - storage that is blocked (a third-party iframe, a privacy setting) leaves the app running
//!   in memory, and [`Store::persistence`] says so, so the UI can tell the user;
//! - a save that fails (quota full) leaves the previous save intact and returns why;
//! - a stored plan (or settings) that does not read (corrupt, or from a newer version) is moved
//!   to a kept copy, never overwritten, and listed by [`Store::kept`] so the user can download
//!   it; so are the versions not chosen between two tabs (`kept.rs`);
//! - a save never overwrites a document that a newer version of Waymark wrote meanwhile, and
//!   keeps the members a newer build of this version wrote that this build does not know;
//! - snapshots and deleted plans are kept apart from plans and are the first to give way when
//!   room runs out (`snapshots.rs`).

mod backend;
pub mod codec;
mod fault;
mod kept;
mod keys;
mod settings;
mod snapshots;
pub mod web;

pub use backend::{Backend, MemoryBackend};
pub use fault::{classify, Fault};
pub use kept::{KeptCopy, KeptWhy};
pub use keys::Namespace;
pub use settings::{Settings, Theme, QUIET_FOR_MS};
pub use snapshots::{
    snapshot_due, SnapshotInfo, SnapshotReason, Usage, LOCAL_STORAGE_LIMIT, NEARLY_FULL,
    SNAPSHOTS_PER_PLAN, SNAPSHOT_BUDGET, UNDO_DELETE_MS,
};

use crate::domain::document::schema::{self, SchemaError};
use crate::domain::{Plan, PlanId, Timestamp};
use std::cell::RefCell;
use std::rc::Rc;

/// Whether what the user does will still be there after a reload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Saved in the browser's storage.
    Kept,
    /// Storage is not available here: the app works in memory and keeps nothing.
    MemoryOnly(Fault),
}

/// What loading a plan found.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadOutcome {
    /// No plan is stored under that id.
    Missing,
    /// The plan, ready to use (migrated if it was older).
    Loaded {
        plan: Plan,
        /// The schema version it was stored at, when older than this build's.
        migrated_from: Option<u32>,
    },
    /// The stored value could not be read; it was kept, untouched, as a rescued document.
    Rescued(Rescued),
    /// Storage itself failed while reading.
    Failed(Fault),
}

/// A stored document that could not be read, kept so the user can download it.
#[derive(Clone, Debug, PartialEq)]
pub struct Rescued {
    /// Where it is kept.
    pub key: String,
    /// The plan id it was stored under.
    pub plan_id: String,
    /// Why it could not be read.
    pub reason: SchemaError,
}

/// Why a save did not happen. The previous save is intact in every case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage refused the write (full, blocked, …).
    Storage(Fault),
    /// A newer version of Waymark saved this plan meanwhile; writing would destroy its data.
    NewerVersionStored {
        /// The version found in storage.
        found: u64,
    },
    /// The plan could not be serialised (should not happen; reported rather than hidden).
    Encode(String),
}

/// The repository over one namespace of one backend.
#[derive(Clone)]
pub struct Store {
    backend: Rc<dyn Backend>,
    ns: Namespace,
    persistence: Persistence,
    /// Per plan, the members a newer build wrote that this one does not know (`kept.rs`).
    unknown: Rc<RefCell<Vec<(PlanId, schema::Unknown)>>>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.backend, &other.backend) && self.ns == other.ns
    }
}

impl Store {
    /// A store over `backend`, which is assumed to persist.
    pub fn new(backend: Rc<dyn Backend>, ns: Namespace) -> Store {
        Store {
            backend,
            ns,
            persistence: Persistence::Kept,
            unknown: Rc::default(),
        }
    }

    /// A store that keeps everything in memory because real storage failed with `why`.
    pub fn memory_only(ns: Namespace, why: Fault) -> Store {
        Store {
            backend: Rc::new(MemoryBackend::default()),
            ns,
            persistence: Persistence::MemoryOnly(why),
            unknown: Rc::default(),
        }
    }

    /// The browser's localStorage, or memory when it is blocked.
    pub fn browser(ns: Namespace) -> Store {
        match web::LocalStorage::open() {
            Ok(local) => Store::new(Rc::new(local), ns),
            Err(fault) => Store::memory_only(ns, fault),
        }
    }

    /// Whether data survives a reload.
    pub fn persistence(&self) -> &Persistence {
        &self.persistence
    }

    /// The namespace this store reads and writes.
    pub fn namespace(&self) -> &Namespace {
        &self.ns
    }

    /// The saved settings, or defaults when there are none or they do not read (settings hold
    /// no user writing, so defaults are a safe answer; [`Store::open_settings`] also keeps an
    /// unreadable value aside).
    pub fn load_settings(&self) -> Settings {
        self.backend
            .get(&self.ns.settings_key())
            .ok()
            .flatten()
            .and_then(|raw| Settings::decode(&raw))
            .unwrap_or_default()
    }

    /// The settings at start-up. A stored value that does not read is moved to a kept copy
    /// (so the next save of the settings writes over nothing) and its key returned, so the
    /// user can be told; defaults are used meanwhile.
    pub fn open_settings(&self, now: Timestamp) -> (Settings, Option<String>) {
        let key = self.ns.settings_key();
        match self.backend.get(&key) {
            Ok(Some(raw)) => match Settings::decode(&raw) {
                Some(settings) => (settings, None),
                None => {
                    let kept = self.keep_aside(&key, "settings", &raw, now);
                    (Settings::default(), Some(kept))
                }
            },
            _ => (Settings::default(), None),
        }
    }

    /// Whether this namespace holds anything but its settings: a plan, a kept copy, a snapshot,
    /// a deleted plan. Then the plan reader must be here before the app starts (codec.rs);
    /// on a first visit it need not be. Also true when the keys cannot be listed, to be safe.
    pub fn holds_documents(&self) -> bool {
        let Ok(keys) = self.backend.keys() else {
            return true;
        };
        let settings = self.ns.settings_key();
        keys.iter().any(|key| self.ns.owns(key) && *key != settings)
    }

    /// Whether any settings are stored (readable or not).
    pub fn has_settings(&self) -> bool {
        matches!(self.backend.get(&self.ns.settings_key()), Ok(Some(_)))
    }

    /// Saves the settings. Refuses to write over a stored value that does not read (one that
    /// [`Store::open_settings`] could not keep aside, for lack of room): it stays for the user.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), Fault> {
        let key = self.ns.settings_key();
        if let Ok(Some(raw)) = self.backend.get(&key) {
            if Settings::decode(&raw).is_none() {
                return Err(Fault::Other("the stored settings could not be read".into()));
            }
        }
        self.backend.set(&key, &settings.encode())
    }

    /// Loads the plan stored under `id`. A value that does not read is moved to a rescue key
    /// first (copied, then removed only if the copy succeeded), so it is never overwritten.
    pub fn load_plan(&self, id: &PlanId, now: Timestamp) -> LoadOutcome {
        let key = self.ns.plan_key(id);
        let raw = match self.backend.get(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => return LoadOutcome::Missing,
            Err(fault) => return LoadOutcome::Failed(fault),
        };
        // Not read yet is a fault to report, never a damaged plan to move aside (codec.rs).
        let Some(decoded) = codec::decode(&raw) else {
            return LoadOutcome::Failed(Fault::Other(codec::NOT_HERE.into()));
        };
        match decoded {
            Ok(decoded) if decoded.plan.id == *id => {
                self.remember_unknown(id, decoded.unknown);
                LoadOutcome::Loaded {
                    plan: decoded.plan,
                    migrated_from: decoded.migrated_from,
                }
            }
            Ok(decoded) => LoadOutcome::Rescued(self.rescue(
                &key,
                id,
                &raw,
                SchemaError::Invalid(format!("plan.id: {} stored under {id}", decoded.plan.id)),
                now,
            )),
            Err(reason) => LoadOutcome::Rescued(self.rescue(&key, id, &raw, reason, now)),
        }
    }

    fn rescue(
        &self,
        key: &str,
        id: &PlanId,
        raw: &str,
        reason: SchemaError,
        now: Timestamp,
    ) -> Rescued {
        Rescued {
            key: self.keep_aside(key, id.as_str(), raw, now),
            plan_id: id.to_string(),
            reason,
        }
    }

    /// Saves `plan`. Refuses to overwrite a document a newer Waymark wrote.
    pub fn save_plan(&self, plan: &Plan) -> Result<(), SaveError> {
        self.save_plan_after(plan, None)
    }

    /// Saves `plan`, recording the fingerprint of the stored version it was edited from (see
    /// `domain::document::merge`). Refuses to overwrite a document a newer Waymark wrote.
    pub fn save_plan_after(&self, plan: &Plan, parent: Option<&str>) -> Result<(), SaveError> {
        let key = self.ns.plan_key(&plan.id);
        if let Ok(Some(existing)) = self.backend.get(&key) {
            if let Some(found) = schema::peek_version(&existing) {
                if found > u64::from(schema::CURRENT_VERSION) {
                    return Err(SaveError::NewerVersionStored { found });
                }
            }
        }
        let text = self.encode(plan, parent)?;
        match self.backend.set(&key, &text) {
            // Full: old snapshots make way for the plan itself.
            Err(Fault::Quota) if self.make_room(&plan.id) => {
                self.backend.set(&key, &text).map_err(SaveError::Storage)
            }
            other => other.map_err(SaveError::Storage),
        }
    }

    /// Interprets a write another tab made: the plan and the fingerprint of the version it was
    /// edited from, when `key` is where the plan `id` of this namespace lives and `value` reads
    /// as that plan.
    pub fn plan_written_elsewhere(
        &self,
        id: &PlanId,
        key: &str,
        value: Option<&str>,
    ) -> Option<(Plan, Option<String>)> {
        if key != self.ns.plan_key(id) {
            return None;
        }
        let decoded = codec::decode(value?)?.ok()?;
        if decoded.plan.id != *id {
            return None;
        }
        self.remember_unknown(id, decoded.unknown);
        Some((decoded.plan, decoded.parent))
    }
}

/// A stored plan, as the plan list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSummary {
    pub id: PlanId,
    pub name: String,
    /// When it last changed.
    pub updated: Timestamp,
    /// The room it takes: UTF-16 code units of its key and value, what the browser's limit
    /// counts, so the list adds up to the plans' share in [`Usage`].
    pub bytes: usize,
}

impl Store {
    /// Every readable plan in this namespace, most recently changed first. (One that does not
    /// read is rescued when it is opened, not here: listing never moves anything.)
    pub fn list_plans(&self) -> Vec<PlanSummary> {
        let Ok(keys) = self.backend.keys() else {
            return Vec::new();
        };
        let mut out: Vec<PlanSummary> = keys
            .into_iter()
            .filter_map(|key| {
                let id = PlanId::parse(self.ns.plan_id_of(&key)?)?;
                let raw = self.backend.get(&key).ok().flatten()?;
                let decoded = codec::decode(&raw)?.ok()?;
                (decoded.plan.id == id).then(|| PlanSummary {
                    id,
                    name: decoded.plan.meta.name.clone(),
                    updated: decoded.plan.meta.updated,
                    bytes: snapshots::units(&key) + snapshots::units(&raw),
                })
            })
            .collect();
        crate::domain::core::sort_small(&mut out, |a, b| (a.updated, &b.id) > (b.updated, &a.id));
        out
    }
}
