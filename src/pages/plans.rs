//! The plan list (`#/plans`): every plan stored in this browser, a new plan, and the example.
//!
//! Switching plans first saves the one shown (`state::open_plan`). The example is built from
//! its translation file, fetched only now, as a new plan: it never replaces one of the user's.

use crate::domain::{example, Locale};
use crate::i18n::{format_datetime, load_example, use_i18n, Arg};
use crate::pages::home::{focus_main_heading, NewPlanForm};
use crate::pages::Route;
use crate::state::{new_plan_id, now, open_plan, use_app_state, use_store, StateHandle};
use crate::storage::{LoadOutcome, Store};
use crate::ui::{Banner, BannerKind};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// Builds the example plan in `locale` and opens it, then shows its health check. Calls
/// `on_error` when the example's texts cannot be fetched or the shown plan cannot be saved.
pub fn open_example(
    locale: Locale,
    store: Store,
    state: StateHandle,
    navigator: Option<Navigator>,
    on_error: Callback<()>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(texts) = load_example(locale).await else {
            on_error.emit(());
            return;
        };
        let plan = example::build(new_plan_id(), now(), locale, &|id| texts.t(id));
        if open_plan(&store, &state, Rc::new(plan), true).is_err() {
            on_error.emit(());
            return;
        }
        if let Some(navigator) = navigator {
            navigator.push(&Route::Health);
        }
        focus_main_heading();
    });
}

/// See the module documentation.
#[function_component(PlansPage)]
pub fn plans_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let store = use_store();
    let navigator = use_navigator();
    let failed = use_state_eq(|| None::<&'static str>);
    let plans = store.as_ref().map(|s| s.list_plans()).unwrap_or_default();
    let current = state.plan.as_ref().map(|p| p.id.clone());
    let ui = i18n.locale();

    let open = |id: crate::domain::PlanId| {
        let (store, state, navigator, failed) = (
            store.clone(),
            state.clone(),
            navigator.clone(),
            failed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(store) = store.as_ref() else { return };
            match store.load_plan(&id, now()) {
                LoadOutcome::Loaded { plan, .. } => {
                    if open_plan(store, &state, Rc::new(plan), false).is_err() {
                        failed.set(Some("storage-full"));
                        return;
                    }
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::Home);
                    }
                    focus_main_heading();
                }
                _ => failed.set(Some("plans-open-failed")),
            }
        })
    };
    let on_example = {
        let (store, state, navigator, failed) = (
            store.clone(),
            state.clone(),
            navigator.clone(),
            failed.clone(),
        );
        let locale = i18n.locale();
        Callback::from(move |_: MouseEvent| {
            let Some(store) = store.clone() else { return };
            let failed = failed.clone();
            open_example(
                locale,
                store,
                state.clone(),
                navigator.clone(),
                Callback::from(move |_| failed.set(Some("plans-example-failed"))),
            );
        })
    };

    html! {
        <section class="page page-narrow plans" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("plans-title") }</h1>
            <p class="lead">{ i18n.t("plans-lead") }</p>
            if let Some(key) = *failed {
                <Banner kind={BannerKind::Error} testid="plans-error"><p>{ i18n.t(key) }</p></Banner>
            }
            <ul class="plan-list" data-testid="plan-list">
                { for plans.iter().map(|p| {
                    let is_current = current.as_ref() == Some(&p.id);
                    html! {
                        <li class={if is_current { "card plan-item plan-current" } else { "card plan-item" }}>
                            <div class="plan-item-text">
                                <p class="plan-item-name">{ p.name.clone() }</p>
                                <p class="muted">{ i18n.t_args("plans-updated", &[("date", Arg::from(format_datetime(ui, p.updated)))]) }</p>
                            </div>
                            if is_current {
                                <span class="badge badge-ok">{ i18n.t("plans-current") }</span>
                            } else {
                                <button type="button" class="button" onclick={open(p.id.clone())}
                                    aria-label={format!("{}: {}", i18n.t("plans-open"), p.name)}>
                                    { i18n.t("plans-open") }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
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
        </section>
    }
}
