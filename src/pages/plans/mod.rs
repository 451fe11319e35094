//! The plan list (`#/plans`): every plan stored in this browser and what can be done with it
//! (open, rename, duplicate, download, delete with undo), how much room they take, a new plan,
//! the example, importing a file, and — for the open plan — its snapshots and a share link.
//!
//! The example is built from its translation file, fetched only now, as a new plan: it never
//! replaces one of the user's. The parts: the list (`list.rs`), kept copies (`kept.rs`),
//! importing a file (`import.rs`), the open plan's snapshots and share link (`this_plan.rs`),
//! and the room the plans take (`usage.rs`).

mod import;
mod kept;
mod list;
mod this_plan;
mod usage;

use crate::domain::PlanId;
use crate::i18n::{use_i18n, Arg};
use crate::state::{now, use_app_state, use_store};
use crate::storage::{Store, UNDO_DELETE_MS};
use crate::ui::focus_element;
use crate::ui::{Banner, BannerKind};
use crate::views::{open_example, NewPlanForm};
use gloo::timers::callback::Timeout;
use import::ImportCard;
use kept::KeptCopies;
use list::PlanList;
use this_plan::ThisPlanCard;
use usage::UsageCard;
use yew::prelude::*;
use yew_router::prelude::*;

/// See the module documentation.
#[function_component(PlansPage)]
pub fn plans_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let store = use_store();
    let navigator = use_navigator();
    // The message of the last action that failed: above the page, for the list and the
    // example alike.
    let failed = use_state_eq(|| None::<&'static str>);
    // Bumped to read the list again after a change made here.
    let refresh = use_state(|| 0u32);
    let Some(store) = store else {
        return html! {};
    };
    let on_change = {
        let refresh = refresh.clone();
        Callback::from(move |()| refresh.set(*refresh + 1))
    };
    let on_failed = {
        let failed = failed.clone();
        Callback::from(move |key: &'static str| failed.set(Some(key)))
    };
    let (deleted, on_deleted, undo_delete) = use_deletion(&store, &on_change, &failed);
    let on_example = {
        let (store, state, navigator, failed) = (
            store.clone(),
            state.clone(),
            navigator.clone(),
            failed.clone(),
        );
        let locale = i18n.locale();
        Callback::from(move |_: MouseEvent| {
            let failed = failed.clone();
            open_example(
                locale,
                store.clone(),
                state.clone(),
                navigator.clone(),
                Callback::from(move |_| failed.set(Some("plans-example-failed"))),
            );
        })
    };

    html! {
        <section class="page plans" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("plans-title") }</h1>
            <p class="lead">{ i18n.t("plans-lead") }</p>
            if let Some(key) = *failed {
                <Banner kind={BannerKind::Error} testid="plans-error"><p>{ i18n.t(key) }</p></Banner>
            }
            if let Some((_, name, _)) = &*deleted {
                <div class="board-toast" role="status" data-testid="delete-undo">
                    <p>{ i18n.t_args("plans-deleted", &[("name", Arg::from(name.as_str()))]) }</p>
                    <button type="button" class="button" id="undo-delete" onclick={undo_delete}>{ i18n.t("undo") }</button>
                </div>
            }
            <div class="plans-grid">
            <div class="plans-main">
            <PlanList store={store.clone()} refresh={*refresh} on_change={on_change.clone()} {on_failed} {on_deleted} />
            <KeptCopies store={store.clone()} refresh={*refresh} {on_change} />
            <div class="plans-actions">
                <div class="card">
                    <h2>{ i18n.t("plans-new") }</h2>
                    <NewPlanForm />
                </div>
                <div class="card">
                    <h2>{ i18n.t("plans-example") }</h2>
                    <p class="field-help">{ i18n.t("plans-example-help") }</p>
                    <button type="button" class="button" onclick={on_example} data-testid="open-example">
                        { i18n.t("plans-example") }
                    </button>
                </div>
            </div>
            <ImportCard store={store.clone()} />
            </div>
            <div class="plans-side">
            if let Some(plan) = state.plan.clone() {
                <ThisPlanCard store={store.clone()} {plan} />
            }
            <UsageCard store={store.clone()} refresh={*refresh} />
            </div>
            </div>
        </section>
    }
}

/// A plan just deleted: its trash key, its name, its id.
type Deletion = (String, String, PlanId);

/// The last deletion while it can be undone (trash key, plan name, id), shown above the page
/// with Undo: focus goes to Undo when a plan is deleted (its buttons went with it), and to the
/// plan when it comes back; after the window the plan is gone for good. Returns the deletion,
/// what the list calls when it deletes a plan, and Undo.
#[hook]
fn use_deletion(
    store: &Store,
    on_change: &Callback<()>,
    failed: &UseStateHandle<Option<&'static str>>,
) -> (
    UseStateHandle<Option<Deletion>>,
    Callback<Deletion>,
    Callback<MouseEvent>,
) {
    let deleted = use_state(|| None::<Deletion>);
    let undo_timer = use_mut_ref(|| None::<Timeout>);
    let on_deleted = {
        let (store, deleted, timer) = (store.clone(), deleted.clone(), undo_timer.clone());
        Callback::from(move |(key, name, id): Deletion| {
            deleted.set(Some((key, name, id)));
            // The plan's buttons went with it: focus goes to Undo.
            focus_element("undo-delete");
            // After the window, the plan is gone for good.
            let (store, deleted) = (store.clone(), deleted.clone());
            *timer.borrow_mut() = Some(Timeout::new(UNDO_DELETE_MS as u32, move || {
                store.purge_trash(now());
                deleted.set(None);
            }));
        })
    };
    let undo_delete = {
        let (store, deleted, timer, failed, on_change) = (
            store.clone(),
            deleted.clone(),
            undo_timer.clone(),
            failed.clone(),
            on_change.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some((key, _, id)) = (*deleted).clone() else {
                return;
            };
            *timer.borrow_mut() = None;
            deleted.set(None);
            match store.undelete_plan(&key) {
                Ok(_) => {
                    on_change.emit(());
                    // The plan is back in the list: focus goes to it.
                    focus_element(&format!("rename-{id}"));
                }
                Err(_) => failed.set(Some("plans-undo-failed")),
            }
        })
    };
    (deleted, on_deleted, undo_delete)
}
