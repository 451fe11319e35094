//! The home route: the welcome screen that creates a plan, or the overview of the open plan.

use crate::domain::plan::MAX_DESCRIPTION_CHARS;
use crate::domain::{Command, Locale, Plan};
use crate::i18n::{endonym, format_datetime, use_i18n};
use crate::pages::plans::open_example;
use crate::pages::Route;
use crate::state::{new_plan, open_plan, use_app_state, use_store, Action};
use crate::ui::{Banner, BannerKind, Select, SelectOption, TextField};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// See the module documentation.
#[function_component(Home)]
pub fn home() -> Html {
    let state = use_app_state();
    match state.plan.clone() {
        Some(plan) => html! { <Overview {plan} /> },
        None => html! { <Welcome /> },
    }
}

/// The first screen: what Waymark is, one field to name a new plan, and the example.
#[function_component(Welcome)]
fn welcome() -> Html {
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
    let onsubmit = {
        let (i18n, name) = (i18n.clone(), name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = name
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
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
        })
    };
    html! {
        <form class="new-plan" {onsubmit}>
            <div class="field">
                <label class="field-label" for="new-plan-name">{ i18n.t("welcome-name-label") }</label>
                <input id="new-plan-name" type="text" ref={name} autocomplete="off"
                    maxlength={crate::domain::plan::MAX_NAME_CHARS.to_string()}
                    placeholder={i18n.t("welcome-name-placeholder")} aria-describedby="new-plan-name-help" />
                <p class="field-help" id="new-plan-name-help">{ i18n.t("welcome-name-help") }</p>
            </div>
            <button type="submit" class="button button-primary" data-testid="create-plan">
                { i18n.t("welcome-create") }
            </button>
        </form>
    }
}

/// Props of [`Overview`].
#[derive(Properties, PartialEq)]
struct OverviewProps {
    plan: Rc<Plan>,
}

/// The plan at a glance: what it is about, and its details.
#[function_component(Overview)]
fn overview(props: &OverviewProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let meta = &props.plan.meta;
    let on_description = {
        let state = state.clone();
        Callback::from(move |text: String| {
            state.dispatch(Action::Apply(Command::SetDescription { text }))
        })
    };
    let on_plan_locale = Callback::from(move |tag: String| {
        if let Some(locale) = Locale::from_tag(&tag) {
            state.dispatch(Action::Apply(Command::SetPlanLocale { locale }));
        }
    });
    let locale_options: Vec<SelectOption> = Locale::ALL
        .into_iter()
        .map(|l| SelectOption {
            value: l.tag().into(),
            label: endonym(l).into(),
            lang: Some(l.tag().into()),
        })
        .collect();
    let ui = i18n.locale();
    html! {
        <section class="page overview" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("overview-title") }</h1>
            <div class="overview-grid">
                <div class="card">
                    <TextField id="plan-description" label={i18n.t("overview-description-label")}
                        value={meta.description.clone()} multiline={true} rows={7}
                        help={i18n.t("overview-description-help")}
                        placeholder={i18n.t("overview-description-placeholder")}
                        maxlength={MAX_DESCRIPTION_CHARS} on_commit={on_description} />
                </div>
                <aside class="card details" aria-labelledby="details-title">
                    <h2 id="details-title">{ i18n.t("overview-details") }</h2>
                    <dl>
                        <dt>{ i18n.t("overview-created") }</dt>
                        <dd><time datetime={iso(meta.created.0)}>{ format_datetime(ui, meta.created) }</time></dd>
                        <dt>{ i18n.t("overview-updated") }</dt>
                        <dd><time datetime={iso(meta.updated.0)} data-testid="plan-updated">{ format_datetime(ui, meta.updated) }</time></dd>
                    </dl>
                    <Select id="plan-locale" label={i18n.t("overview-plan-language")}
                        help={i18n.t("overview-plan-language-help")} options={locale_options}
                        value={meta.locale.tag()} on_change={on_plan_locale} />
                </aside>
            </div>
        </section>
    }
}

fn iso(ms: i64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64))
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// After a page changes, focus its heading so keyboard and screen-reader users start there.
pub fn focus_main_heading() {
    focus_element("page-title");
}

/// Moves focus to the element `id` once Yew has rendered what is being shown.
pub fn focus_element(id: &'static str) {
    let focus = move || {
        let element = web_sys::window()?.document()?.get_element_by_id(id)?;
        element
            .dyn_into::<web_sys::HtmlElement>()
            .ok()?
            .focus()
            .ok()
    };
    gloo::timers::callback::Timeout::new(0, move || {
        focus();
    })
    .forget();
}
