//! The home route: the welcome screen that creates a plan, or the overview of the open plan.
//!
//! The welcome screen is in the first visit's code; the overview loads with the health check
//! ([`lazy::Part::Start`]), as only a plan has one.

use super::lazy::{self, Part};
use super::Route;
use crate::domain::plan::MAX_DESCRIPTION_CHARS;
use crate::domain::PlanCommand;
use crate::domain::{Locale, Plan};
use crate::i18n::{endonym, format_datetime, use_i18n};
use crate::state::use_app_state;
use crate::state::use_plan;
use crate::ui::{Select, SelectOption, TextField};
use crate::views::Welcome;
use std::rc::Rc;
use yew::prelude::*;

/// See the module documentation.
#[function_component(Home)]
pub fn home() -> Html {
    let state = use_app_state();
    match state.plan {
        Some(_) => lazy::render(Part::Start, Route::Home),
        None => html! { <Welcome /> },
    }
}

/// The open plan's overview (the welcome screen when there is none).
#[function_component(Overview)]
pub fn overview_page() -> Html {
    let state = use_app_state();
    match state.plan.clone() {
        Some(plan) => html! { <PlanOverview {plan} /> },
        None => html! { <Welcome /> },
    }
}

/// Props of [`PlanOverview`].
#[derive(Properties, PartialEq)]
struct OverviewProps {
    plan: Rc<Plan>,
}

/// The plan at a glance: what it is about, its details, and its way through the method.
#[function_component(PlanOverview)]
fn plan_overview(props: &OverviewProps) -> Html {
    let i18n = use_i18n();
    let edit = use_plan();
    let meta = &props.plan.meta;
    let on_description = edit.on(|text: String| PlanCommand::SetDescription { text });
    let on_plan_locale = Callback::from(move |tag: String| {
        if let Some(locale) = Locale::from_tag(&tag) {
            edit.apply(PlanCommand::SetPlanLocale { locale });
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
    let embedding = use_context::<Rc<crate::embed::Embedding>>().unwrap_or_default();
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
            { crate::views::next::progress_panel(&i18n, &embedding, &props.plan) }
        </section>
    }
}

fn iso(ms: i64) -> String {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64))
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}
