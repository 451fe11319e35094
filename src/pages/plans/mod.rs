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

use crate::i18n::use_i18n;
use crate::state::{use_app_state, use_store};
use crate::ui::{Banner, BannerKind};
use crate::views::{open_example, NewPlanForm};
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
    let example_failed = use_state_eq(|| false);
    // Bumped to read the list again after a change made here.
    let refresh = use_state(|| 0u32);
    let Some(store) = store else {
        return html! {};
    };
    let on_change = {
        let refresh = refresh.clone();
        Callback::from(move |()| refresh.set(*refresh + 1))
    };
    let on_example = {
        let (store, state, navigator, failed) = (
            store.clone(),
            state.clone(),
            navigator.clone(),
            example_failed.clone(),
        );
        let locale = i18n.locale();
        Callback::from(move |_: MouseEvent| {
            let failed = failed.clone();
            open_example(
                locale,
                store.clone(),
                state.clone(),
                navigator.clone(),
                Callback::from(move |_| failed.set(true)),
            );
        })
    };

    html! {
        <section class="page plans" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("plans-title") }</h1>
            <p class="lead">{ i18n.t("plans-lead") }</p>
            if *example_failed {
                <Banner kind={BannerKind::Error} testid="plans-error"><p>{ i18n.t("plans-example-failed") }</p></Banner>
            }
            <div class="plans-grid">
            <div class="plans-main">
            <PlanList store={store.clone()} refresh={*refresh} on_change={on_change.clone()} />
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
