//! Saving as a consequence of state changing, and staying in step with other tabs.
//!
//! One hook at the root watches the revision. A change schedules a save after a short pause
//! (so a burst of edits is one write); a newer change re-schedules it. Leaving or hiding the
//! page flushes at once, so closing the tab right after typing loses nothing. Each outcome
//! becomes [`SaveStatus`], which the header shows; a failure is never silent and never panics.
//!
//! When another tab saves the open plan, this tab shows that version if it has nothing unsaved.
//! If both changed it, this tab keeps its own version (and saves it), and the other tab's
//! version is kept as a rescued copy the user can download: nothing is lost silently.

use super::{now, Action, StateHandle};
use crate::domain::Plan;
use crate::storage::{web, Persistence, SaveError, Store};
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
}

/// What the root learns from autosave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Autosave {
    /// The save indicator's state.
    pub status: SaveStatus,
    /// How many times another tab's version had to be kept as a copy (both tabs changed the
    /// plan); the messages refresh their list of rescued documents when it moves.
    pub conflicts: u32,
}

#[derive(Default)]
struct Pending {
    /// The plan to write and the revision it is.
    job: Option<(Rc<Plan>, u64)>,
    /// The revision that is known to be stored.
    saved: u64,
    timer: Option<Timeout>,
}

fn flush(pending: &RefCell<Pending>, store: &Store, status: &UseStateSetter<SaveStatus>) {
    let job = pending.borrow_mut().job.take();
    let Some((plan, revision)) = job else { return };
    let result = store.save_plan(&plan);
    let memory_only = matches!(store.persistence(), Persistence::MemoryOnly(_));
    match result {
        Ok(()) => {
            pending.borrow_mut().saved = revision;
            status.set(if memory_only {
                SaveStatus::MemoryOnly
            } else {
                SaveStatus::Saved
            });
        }
        Err(error) => status.set(SaveStatus::Failed(error)),
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
    let conflicts = use_state_eq(|| 0u32);
    let pending = use_mut_ref(|| Pending {
        saved: state.revision,
        ..Pending::default()
    });

    {
        let (pending, store, setter, plan) = (
            pending.clone(),
            store.clone(),
            status.setter(),
            state.plan.clone(),
        );
        use_effect_with(state.revision, move |&revision| {
            let due = revision > pending.borrow().saved;
            if let (true, Some(plan)) = (due, plan) {
                if !matches!(store.persistence(), Persistence::MemoryOnly(_)) {
                    setter.set(SaveStatus::Saving);
                }
                let (job_pending, job_store, job_setter) = (pending.clone(), store, setter);
                let timer = Timeout::new(DEBOUNCE_MS, move || {
                    flush(&job_pending, &job_store, &job_setter)
                });
                let mut p = pending.borrow_mut();
                p.job = Some((plan, revision));
                // Replacing the previous timer cancels it: that is the debounce.
                p.timer = Some(timer);
            }
        });
    }

    // Flush when the page goes away or out of sight.
    {
        let (pending, setter) = (pending.clone(), status.setter());
        use_effect_with(store.clone(), move |store| {
            let listeners = web_sys::window().map(|window| {
                let (p1, s1, st1) = (pending.clone(), store.clone(), setter.clone());
                let pagehide =
                    EventListener::new(&window, "pagehide", move |_| flush(&p1, &s1, &st1));
                let document = window.document();
                let hidden = document.map(|document| {
                    let (p2, s2, st2) = (pending, store.clone(), setter);
                    let target = document.clone();
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if target.visibility_state() == web_sys::VisibilityState::Hidden {
                            flush(&p2, &s2, &st2);
                        }
                    })
                });
                (pagehide, hidden)
            });
            move || drop(listeners)
        });
    }

    // Another tab saved: adopt its version, or keep both when this tab has unsaved changes.
    {
        let (pending, conflicts) = (pending.clone(), conflicts.clone());
        let current = state.plan.clone();
        let id = current.as_ref().map(|p| p.id.clone());
        let dispatch = state.dispatcher();
        // The listener is renewed with the open plan, so it always compares with what is shown.
        use_effect_with((store, id, current), move |(store, id, current)| {
            let (store, id, current) = (store.clone(), id.clone(), current.clone());
            let listener = id.and_then(|id| {
                web::watch_other_tabs(move |key, value| {
                    let Some(theirs) = store.plan_written_elsewhere(&id, &key, value.as_deref())
                    else {
                        return;
                    };
                    if current.as_deref() == Some(&theirs) {
                        return;
                    }
                    if pending.borrow().job.is_some() {
                        if store.keep_copy(&theirs, now()).is_ok() {
                            conflicts.set(*conflicts + 1);
                        }
                    } else {
                        dispatch.dispatch(Action::Adopt(Rc::new(theirs)));
                    }
                })
            });
            move || drop(listener)
        });
    }

    Autosave {
        status: (*status).clone(),
        conflicts: *conflicts,
    }
}
