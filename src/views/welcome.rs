//! The welcome screen: what Waymark is, a new plan, and the example plan.
//!
//! It is the home page when no plan is open, and what every page of a plan shows instead when
//! there is none (a link to `#/swot` in a fresh browser), so it lives here, not in a page:
//! pages never import pages (issue 13).

use super::example::{build_example, ExampleArgs};
use crate::domain::Locale;
use crate::i18n::{load_example, use_i18n};
use crate::pages::Route;
use crate::state::{
    new_plan, new_plan_id, now, open_plan, use_app_state, use_store, Action, StateHandle,
};
use crate::storage::{codec, Store};
use crate::ui::{focus_main_heading, Banner, BannerKind};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// The first screen: what Waymark is, one field to name a new plan, and the example.
#[function_component(Welcome)]
pub fn welcome() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let store = use_store();
    let navigator = use_navigator();
    let failed = use_state_eq(|| false);
    let on_example = {
        let (store, state, navigator, failed) = (store, state, navigator, failed.clone());
        let locale = i18n.locale();
        Callback::from(move |_: MouseEvent| {
            let Some(store) = store.clone() else { return };
            let failed = failed.clone();
            open_example(
                locale,
                store,
                state.clone(),
                navigator.clone(),
                Callback::from(move |_| failed.set(true)),
            );
        })
    };
    html! {
        <section class="page page-narrow welcome" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("welcome-title") }</h1>
            <p class="lead">{ i18n.t("welcome-lead") }</p>
            <div class="card create-plan">
                <NewPlanForm />
            </div>
            if *failed {
                <Banner kind={BannerKind::Error} testid="example-failed"><p>{ i18n.t("plans-example-failed") }</p></Banner>
            }
            <p class="welcome-example">
                <button type="button" class="button" onclick={on_example} data-testid="open-example">
                    { i18n.t("welcome-example") }
                </button>
            </p>
            <p class="privacy-note">{ i18n.t("welcome-private") }</p>
        </section>
    }
}

/// Names and creates a new plan, then shows its overview. The plan shown until then is saved
/// first (`state::open_plan`).
#[function_component(NewPlanForm)]
pub fn new_plan_form() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let store = use_store();
    let navigator = use_navigator();
    let name = use_node_ref();
    let failed = use_state_eq(|| false);
    let onsubmit = {
        let (i18n, name, failed) = (i18n.clone(), name.clone(), failed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = name
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let (i18n, name, failed) = (i18n.clone(), name.clone(), failed.clone());
            let (store, state, navigator) = (store.clone(), state.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // A plan is never open without the plan reader: another tab's save of it must
                // be read (storage/codec.rs). Usually it is here already (the idle prefetch).
                if codec::load().await.is_none() {
                    failed.set(true);
                    return;
                }
                failed.set(false);
                let plan = Rc::new(new_plan(
                    &typed,
                    &i18n.t("welcome-default-name"),
                    i18n.locale(),
                ));
                let opened = match &store {
                    Some(store) => open_plan(store, &state, plan, true).is_ok(),
                    None => {
                        state.dispatch(Action::Open { plan, save: true });
                        true
                    }
                };
                if opened {
                    if let Some(input) = name.cast::<HtmlInputElement>() {
                        input.set_value("");
                    }
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::Home);
                    }
                    focus_main_heading();
                }
            });
        })
    };
    html! {
        <form class="new-plan" {onsubmit}>
            <div class="field">
                <label class="field-label" for="new-plan-name">{ i18n.t("welcome-name-label") }</label>
                <input id="new-plan-name" type="text" ref={name} autocomplete="off"
                    maxlength={crate::domain::core::rules::MAX_NAME_CHARS.to_string()}
                    placeholder={i18n.t("welcome-name-placeholder")} aria-describedby="new-plan-name-help" />
                <p class="field-help" id="new-plan-name-help">{ i18n.t("welcome-name-help") }</p>
            </div>
            if *failed {
                <Banner kind={BannerKind::Error} testid="reader-failed"><p>{ i18n.t("reader-failed") }</p></Banner>
            }
            <button type="submit" class="button button-primary" data-testid="create-plan">
                { i18n.t("welcome-create") }
            </button>
        </form>
    }
}

/// Builds the example plan in `locale` and opens it, then shows its health check. Calls
/// `on_error` when the example's texts or code cannot be fetched or the shown plan cannot be
/// saved.
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
        // As for a new plan: not open without the plan reader (storage/codec.rs).
        if codec::load().await.is_none() {
            on_error.emit(());
            return;
        }
        let args = ExampleArgs {
            id: new_plan_id(),
            at: now(),
            texts,
        };
        let Some(plan) = build_example(args).await else {
            on_error.emit(());
            return;
        };
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
