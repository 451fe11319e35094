//! Saving as a consequence of state changing, and staying in step with other tabs.
//!
//! One hook at the root watches the revision. A change schedules a save after a short pause
//! (so a burst of edits is one write); a newer change re-schedules it. Leaving or hiding the
//! page flushes at once, so closing the tab right after typing loses nothing. Each outcome
//! becomes [`SaveStatus`], which the header shows; a failure is never silent and never panics.
//!
//! When another tab saves the open plan, this tab shows that version if it has nothing unsaved.
//! If it has unsaved changes (text being typed counts: it is committed first), they are
//! replayed on the other tab's version when the two touched different parts of the plan
//! (`domain::document::merge`), and the result is saved. If both changed the same part, this tab stops
//! writing (it would overwrite the other tab's save, which storage holds) and the user chooses
//! which version to keep; the one not chosen is kept as a copy until the user deletes it
//! (`storage::kept`), and so is this tab's version if the page is hidden or closed before the
//! answer. A later save of the other tab does not settle the question: the merge base is
//! always a version both sides derive from (`domain::document::merge::Lineage`). Nothing is decided for
//! the user, and nothing is lost.
//!
//! Snapshots of the plan are also taken here (`storage::snapshots`): before the first write of
//! a session, and before a write every few minutes after that, the version in storage is kept.

use super::{drafts, now, Action, StateHandle};
use crate::domain::document::merge::{Lineage, TakeOver};
use crate::domain::Plan;
use crate::domain::PlanId;
use crate::storage::{
    codec, snapshot_due, web, KeptWhy, Persistence, SaveError, SnapshotReason, Store,
};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long the app waits after a change before writing.
pub const DEBOUNCE_MS: u32 = 400;

/// What the save indicator shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is stored.
    Saved,
    /// A change is waiting to be written.
    Saving,
    /// The last write failed; the previous save is intact.
    Failed(SaveError),
    /// Storage is unavailable; changes live in memory only.
    MemoryOnly,
    /// Another tab changed the same thing: nothing is written until the user chooses.
    Waiting,
}

/// The user's answer when both tabs changed the same thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Keep this tab's version (and save it); the other tab's stays a snapshot.
    Mine,
    /// Take the other tab's version; this tab's becomes a snapshot.
    Theirs,
}

/// What the root learns from autosave.
#[derive(Clone, Debug, PartialEq)]
pub struct Autosave {
    /// The save indicator's state.
    pub status: SaveStatus,
    /// How many times a copy was kept (here or by another tab) since the page opened; the
    /// messages and the plan list read the kept copies again when it moves.
    pub kept: u32,
    /// The other tab's version, while the user has not chosen between it and this tab's.
    pub conflict: Option<Rc<Plan>>,
    /// Answers the question of [`Autosave::conflict`].
    pub resolve: Callback<Choice>,
}

struct Pending {
    /// The revision that is known to be stored.
    saved: u64,
    /// The stored versions this tab's plan derives from and has heard of (`domain::document::merge`):
    /// its head is written with each save as its `parent`, and the bases of merges come from it.
    lineage: Lineage,
    /// The debounce timer of the next write; replacing it cancels the previous one.
    timer: Option<Timeout>,
    /// The other tab's version of a conflict not yet resolved: nothing is written meanwhile.
    held: Option<Rc<Plan>>,
    /// Saves of this plan by another tab that could not be read yet (the plan reader was still
    /// being fetched, `storage::codec`): nothing is written over them meanwhile, and for good
    /// if the reader never comes.
    unread: u32,
    /// Where this tab's own version is kept while a conflict is unanswered and the page is
    /// hidden or closed (one copy per conflict, rewritten with the latest version).
    ours_copy: Option<String>,
    /// The plan and time of the last snapshot taken in this session.
    snapshot: Option<(PlanId, crate::domain::Timestamp)>,
}

impl Pending {
    fn new(saved: u64, plan: Option<Rc<Plan>>) -> Pending {
        Pending {
            saved,
            lineage: plan
                .map(|plan| Lineage::opened(plan, None))
                .unwrap_or_default(),
            timer: None,
            held: None,
            unread: 0,
            ours_copy: None,
            snapshot: None,
        }
    }
}

/// Writes the state's plan now if it has changes that are not stored yet. It reads the state
/// through the handle, which always gives the latest reduced state (not the one of the render
/// that scheduled the write), so what is written is exactly what the user sees.
fn flush(
    pending: &RefCell<Pending>,
    store: &Store,
    state: &StateHandle,
    status: &UseStateSetter<SaveStatus>,
) {
    pending.borrow_mut().timer = None;
    let revision = state.revision;
    let Some(plan) = state.plan.clone() else {
        return;
    };
    if pending.borrow().held.is_some() || pending.borrow().unread > 0 {
        status.set(SaveStatus::Waiting);
        return;
    }
    let memory_only = matches!(store.persistence(), Persistence::MemoryOnly(_));
    if revision <= pending.borrow().saved {
        // Nothing left to write (another tab's version, already stored, replaced it).
        status.set(if memory_only {
            SaveStatus::MemoryOnly
        } else {
            SaveStatus::Saved
        });
        return;
    }
    if !memory_only {
        snapshot_if_due(pending, store, &plan);
    }
    let head = pending.borrow().lineage.head().map(str::to_owned);
    match store.save_plan_after(&plan, head.as_deref()) {
        Ok(()) => {
            let mut p = pending.borrow_mut();
            p.saved = revision;
            p.lineage.saved(plan);
            drop(p);
            status.set(if memory_only {
                SaveStatus::MemoryOnly
            } else {
                SaveStatus::Saved
            });
        }
        Err(error) => status.set(SaveStatus::Failed(error)),
    }
}

/// Before a write: keeps the version storage holds as a snapshot on the session's first write
/// of this plan, then every `SNAPSHOT_EVERY_MS`. A snapshot that fails is given up quietly (the
/// save that follows reports a full storage).
fn snapshot_if_due(pending: &RefCell<Pending>, store: &Store, plan: &Plan) {
    let now = now();
    let last = pending
        .borrow()
        .snapshot
        .as_ref()
        .filter(|(id, _)| *id == plan.id)
        .map(|(_, at)| *at);
    if !snapshot_due(last, now) {
        return;
    }
    let before = pending.borrow().lineage.head_version();
    if let Some(before) = before.filter(|b| b.id == plan.id && **b != *plan) {
        let reason = if last.is_none() {
            SnapshotReason::Session
        } else {
            SnapshotReason::Interval
        };
        if store.take_snapshot(&before, now, reason).is_ok() {
            pending.borrow_mut().snapshot = Some((plan.id.clone(), now));
        }
    }
}

/// When the page goes away (or is hidden) with a conflict unanswered, this tab's version is
/// kept as a copy until the user deletes it (the other tab's is in storage), so neither is
/// lost. One copy per conflict, brought up to date each time.
fn keep_ours_if_held(pending: &RefCell<Pending>, store: &Store, state: &StateHandle) {
    if pending.borrow().held.is_none() {
        return;
    }
    let Some(ours) = state.plan.clone() else {
        return;
    };
    let key = pending.borrow().ours_copy.clone();
    let kept = match key {
        Some(key) => store.write_copy(&key, &ours).map(|()| key),
        None => store.keep_copy(&ours, now(), KeptWhy::OtherTab),
    };
    if let Ok(key) = kept {
        pending.borrow_mut().ours_copy = Some(key);
    }
}

/// Saves the state's plan through `store` whenever its revision moves, and follows other tabs.
#[hook]
pub fn use_autosave(store: Store, state: StateHandle) -> Autosave {
    let initial = match store.persistence() {
        Persistence::Kept => SaveStatus::Saved,
        Persistence::MemoryOnly(_) => SaveStatus::MemoryOnly,
    };
    let status = use_state_eq(|| initial);
    let kept = use_state_eq(|| 0u32);
    let conflict = use_state_eq(|| None::<Rc<Plan>>);
    let pending = use_mut_ref(|| Pending::new(state.revision, state.plan.clone()));

    {
        let (pending, store, setter, handle) = (
            pending.clone(),
            store.clone(),
            status.setter(),
            state.clone(),
        );
        use_effect_with(state.revision, move |&revision| {
            if revision > pending.borrow().saved && handle.plan.is_some() {
                if !matches!(store.persistence(), Persistence::MemoryOnly(_)) {
                    setter.set(SaveStatus::Saving);
                }
                let job_pending = pending.clone();
                let timer = Timeout::new(DEBOUNCE_MS, move || {
                    flush(&job_pending, &store, &handle, &setter)
                });
                pending.borrow_mut().timer = Some(timer);
            }
        });
    }

    // Flush when the page goes away or out of sight.
    {
        let (pending, setter, handle) = (pending.clone(), status.setter(), state.clone());
        use_effect_with(store.clone(), move |store| {
            let listeners = web_sys::window().map(|window| {
                let (p1, s1, h1, st1) = (
                    pending.clone(),
                    store.clone(),
                    handle.clone(),
                    setter.clone(),
                );
                let pagehide = EventListener::new(&window, "pagehide", move |_| {
                    drafts::commit_all();
                    keep_ours_if_held(&p1, &s1, &h1);
                    flush(&p1, &s1, &h1, &st1)
                });
                let document = window.document();
                let hidden = document.map(|document| {
                    let (p2, s2, h2, st2) = (pending, store.clone(), handle, setter);
                    let target = document.clone();
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if target.visibility_state() == web_sys::VisibilityState::Hidden {
                            drafts::commit_all();
                            keep_ours_if_held(&p2, &s2, &h2);
                            flush(&p2, &s2, &h2, &st2);
                        }
                    })
                });
                (pagehide, hidden)
            });
            move || drop(listeners)
        });
    }

    // Another tab saved the open plan: show its version, merged with this tab's changes when
    // they touched other parts (`domain::document::merge`); on a conflict, keep theirs as a snapshot,
    // write nothing, and ask the user.
    {
        let (pending, kept, conflict, handle, setter) = (
            pending.clone(),
            kept.clone(),
            conflict.clone(),
            state.clone(),
            status.setter(),
        );
        let id = state.plan.as_ref().map(|p| p.id.clone());
        // Renewed when another plan is opened. The handle gives the latest state at the moment
        // the event arrives, so a change made just before it (not rendered or saved yet) counts.
        use_effect_with((store.clone(), id), move |(store, id)| {
            let (store, id) = (store.clone(), id.clone());
            let listener = id.and_then(|id| {
                let ours_key = store.namespace().plan_key(&id);
                let waiting = (
                    pending.clone(),
                    store.clone(),
                    handle.clone(),
                    setter.clone(),
                );
                let heard = Rc::new(move |key: String, value: Option<String>| {
                    if store.namespace().parse_kept_key(&key).is_some() {
                        // Another tab kept a copy: list it here too.
                        kept.set(*kept + 1);
                        return;
                    }
                    let Some((theirs, parent)) =
                        store.plan_written_elsewhere(&id, &key, value.as_deref())
                    else {
                        return;
                    };
                    // Text being typed becomes an ordinary unsaved change first.
                    drafts::commit_all();
                    let Some(ours) = handle.plan.clone() else {
                        return;
                    };
                    let theirs = Rc::new(theirs);
                    pending
                        .borrow_mut()
                        .lineage
                        .heard(theirs.clone(), parent.clone());
                    // The nearest version both sides derive from; while a conflict waits,
                    // this tab still derives from its own last save, not from theirs.
                    let base = pending.borrow().lineage.base_for(parent.as_deref());
                    let unsaved =
                        handle.revision > pending.borrow().saved || pending.borrow().held.is_some();
                    // Theirs was read, so the reader is here.
                    let Some(codec) = codec::get() else {
                        return;
                    };
                    let decision = (codec.take_over)(base.as_deref(), &theirs, &ours, unsaved);
                    match decision {
                        TakeOver::Adopt { plan, save } => {
                            // Settled elsewhere (the other tab chose, or merged): no question.
                            {
                                let mut p = pending.borrow_mut();
                                p.lineage.adopt(&theirs);
                                p.held = None;
                                p.ours_copy = None;
                            }
                            conflict.set(None);
                            handle.dispatch(Action::Adopt {
                                plan: Rc::new(plan),
                                save,
                            });
                            if !save {
                                // What is shown is what storage holds: nothing is waiting.
                                pending.borrow_mut().saved = handle.revision;
                                setter.set(SaveStatus::Saved);
                            }
                        }
                        TakeOver::Conflict => {
                            // Theirs is what storage holds, and this tab writes nothing over
                            // it until the user chooses; the version not chosen is kept then.
                            pending.borrow_mut().held = Some(theirs.clone());
                            conflict.set(Some(theirs));
                            setter.set(SaveStatus::Waiting);
                        }
                    }
                });
                // Another tab's save is read with the plan reader. A plan is not opened before
                // the reader is here (storage/codec.rs), so this waits only if that ever
                // changes: this tab then writes nothing until the save has been heard, and
                // nothing at all if the reader cannot be fetched.
                web::watch_other_tabs(move |key, value| {
                    if codec::get().is_some() || key != ours_key {
                        heard(key, value);
                        return;
                    }
                    let (pending, store, handle, setter) = waiting.clone();
                    pending.borrow_mut().unread += 1;
                    setter.set(SaveStatus::Waiting);
                    let heard = heard.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if codec::load().await.is_none() {
                            return;
                        }
                        pending.borrow_mut().unread -= 1;
                        heard(key, value);
                        flush(&pending, &store, &handle, &setter);
                    });
                })
            });
            move || drop(listener)
        });
    }

    // The user's answer to a conflict.
    let resolve = {
        let (pending, conflict, handle, store, kept) = (
            pending.clone(),
            conflict.clone(),
            state.clone(),
            store.clone(),
            kept.clone(),
        );
        Callback::from(move |choice: Choice| {
            let Some(theirs) = pending.borrow_mut().held.take() else {
                return;
            };
            conflict.set(None);
            let ours_copy = pending.borrow_mut().ours_copy.take();
            // Ours now derives from theirs: the next save names it as its parent.
            pending.borrow_mut().lineage.adopt(&theirs);
            match choice {
                // Saved over theirs, which is kept as a copy until the user deletes it.
                Choice::Mine => {
                    if store.keep_copy(&theirs, now(), KeptWhy::OtherTab).is_ok() {
                        kept.set(*kept + 1);
                    }
                    // Ours is about to be the stored plan: its interim copy is not needed.
                    if let Some(key) = ours_copy {
                        let _ = store.discard_kept(&key);
                    }
                    handle.dispatch(Action::Touch)
                }
                Choice::Theirs => {
                    if let Some(ours) = handle.plan.clone() {
                        let copied = match &ours_copy {
                            Some(key) => store.write_copy(key, &ours),
                            None => store.keep_copy(&ours, now(), KeptWhy::OtherTab).map(|_| ()),
                        };
                        if copied.is_ok() {
                            kept.set(*kept + 1);
                        }
                    }
                    // Written again only if storage holds something else meanwhile.
                    let stored = match store.load_plan(&theirs.id, now()) {
                        crate::storage::LoadOutcome::Loaded { plan, .. } => Some(plan),
                        _ => None,
                    };
                    let save = stored.as_ref() != Some(&*theirs);
                    handle.dispatch(Action::Adopt { plan: theirs, save });
                    if !save {
                        pending.borrow_mut().saved = handle.revision;
                    }
                }
            }
        })
    };

    Autosave {
        status: (*status).clone(),
        kept: *kept,
        conflict: (*conflict).clone(),
        resolve,
    }
}
