//! The host bridge: the message protocol with a page that frames Waymark (`embed`), answered
//! from the app's state.

use super::Boot;
use crate::domain::Plan;
use crate::embed::{Inbound, Outbound};
use crate::state::{now, SaveStatus, StateHandle};
use std::rc::Rc;
use yew::prelude::*;

/// Talks with the page that frames Waymark, when the deployment allows its origin: answers
/// `getPlan` and `loadPlan`, says `ready` once, and `planChanged` after each save.
#[hook]
pub(super) fn use_host_bridge(boot: &Rc<Boot>, state: StateHandle, status: SaveStatus) {
    let embedding = boot.embedding.clone();
    let store = boot.store.clone();
    // The latest state, read by the listener, which lives as long as the app.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    use_effect_with((), move |_| {
        let opened = latest.clone();
        let answer: Rc<dyn Fn(Inbound) -> Vec<Outbound>> = Rc::new(move |request| {
            let state = latest.borrow().clone();
            match request {
                Inbound::GetPlan { request_id } => vec![Outbound::Plan {
                    request_id,
                    plan: state.plan.as_deref().and_then(plan_file),
                }],
                Inbound::LoadPlan { request_id, plan } => {
                    // The listener starts once the reader is here (below); without it, no plan
                    // can be read, which the host is told.
                    let Some(codec) = crate::storage::codec::get() else {
                        // Not the host's fault: said apart from "not a Waymark plan".
                        return vec![Outbound::Error {
                            request_id,
                            message: "Waymark could not load its plan reader (the connection?); reload it and send the plan again".into(),
                        }];
                    };
                    match (codec.import)(&plan, crate::state::new_plan_id(), now()) {
                        Ok(imported) => {
                            let plan_id = imported.plan.id.as_str().to_owned();
                            let opened = store.save_plan(&imported.plan).and_then(|()| {
                                crate::state::open_plan(
                                    &store,
                                    &state,
                                    Rc::new(imported.plan),
                                    false,
                                )
                            });
                            match opened {
                                Ok(()) => vec![Outbound::PlanLoaded {
                                    request_id,
                                    plan_id,
                                }],
                                Err(e) => vec![Outbound::Error {
                                    request_id,
                                    message: format!("the plan could not be saved: {e:?}"),
                                }],
                            }
                        }
                        Err(e) => vec![Outbound::Error {
                            request_id,
                            message: format!("not a Waymark plan: {e:?}"),
                        }],
                    }
                }
            }
        });
        // A host may send a plan as soon as Waymark says `ready`: the plan reader, which may
        // still be loading (storage/codec.rs), comes first.
        // `None` inside once the app is gone, so a listener that comes later is not started.
        let listener = Rc::new(std::cell::RefCell::new(Some(None)));
        let holder = listener.clone();
        let config = Rc::new(embedding.config.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if crate::embed::in_frame() && !config.allowed_origins.is_empty() {
                let _ = crate::storage::codec::load().await;
            }
            // The plan open now, not when the wait began.
            let first_plan = opened
                .borrow()
                .plan
                .as_ref()
                .map(|p| p.id.as_str().to_owned());
            if let Some(slot) = holder.borrow_mut().as_mut() {
                *slot = crate::embed::listen(config, first_plan, answer);
            }
        });
        move || drop(listener.borrow_mut().take())
    });
    use_plan_changed(&state, &status);
}

/// `planChanged`, once per save (issue 16): when the save status comes back to Saved after a
/// change was written. Not when a plan opens (nothing was saved), and not when the plan changes
/// while the status still says Saved (the save has not happened yet): each of those posted one
/// more `planChanged` before.
#[hook]
fn use_plan_changed(state: &StateHandle, status: &SaveStatus) {
    let saving = use_mut_ref(|| false);
    let plan = state.plan.as_ref().map(|p| {
        (
            p.id.as_str().to_owned(),
            p.meta.name.clone(),
            p.meta.updated.0,
        )
    });
    let saved = *status == SaveStatus::Saved;
    use_effect_with((saved, plan), move |(saved, plan)| {
        if !*saved {
            *saving.borrow_mut() = true;
            return;
        }
        if std::mem::take(&mut *saving.borrow_mut()) {
            if let Some((plan_id, name, updated)) = plan.clone() {
                crate::embed::post(&Outbound::PlanChanged {
                    plan_id,
                    name,
                    updated,
                });
            }
        }
    });
}

/// The plan file's JSON (what "Download the plan" saves), as a value to post.
pub(crate) fn plan_file(plan: &Plan) -> Option<serde_json::Value> {
    let text = crate::domain::document::schema::encode(plan).ok()?;
    serde_json::from_str(&text).ok()
}
