//! Saving as a consequence of state changing.
//!
//! One hook at the root watches the revision. A change schedules a save after a short pause
//! (so a burst of edits is one write); a newer change re-schedules it. Leaving or hiding the
//! page flushes at once, so closing the tab right after typing loses nothing. Each outcome
//! becomes [`SaveStatus`], which the header shows; a failure is never silent and never panics.

use crate::domain::Plan;
use crate::storage::{Persistence, SaveError, Store};
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

/// Saves `plan` through `store` whenever `revision` moves; returns the current status.
#[hook]
pub fn use_autosave(store: Store, plan: Option<Rc<Plan>>, revision: u64) -> SaveStatus {
    let initial = match store.persistence() {
        Persistence::Kept => SaveStatus::Saved,
        Persistence::MemoryOnly(_) => SaveStatus::MemoryOnly,
    };
    let status = use_state_eq(|| initial);
    let pending = use_mut_ref(|| Pending {
        saved: revision,
        ..Pending::default()
    });

    {
        let (pending, store, setter) = (pending.clone(), store.clone(), status.setter());
        use_effect_with(revision, move |&revision| {
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

    {
        let (pending, setter) = (pending.clone(), status.setter());
        use_effect_with(store, move |store| {
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

    (*status).clone()
}
