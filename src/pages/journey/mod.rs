//! The journey map (`#/journey`): stages as columns, lanes as rows, one journey per persona
//! (switchable). Lanes: the persona's goal and our message, the touchpoints (where), when,
//! why they choose us, thoughts, emotion (−2 … +2), friction, opportunities and a KPI per
//! stage. Stage and lane headers stay in view while the map scrolls; on a phone it shows one
//! stage at a time. Above it, a line each on what paid, owned and earned and discoverer and
//! goal scorer mean (the words on the touchpoints). Below: the emotion curve, the channel
//! mix, and the coverage checks of seed 001.
//!
//! The parts: the map's grid and lanes (`map.rs`), the touchpoints of a stage and their
//! editor (`touchpoints.rs`), the curve, mix and checks below (`insights.rs`).

mod insights;
mod map;

use crate::domain::core::ids::{PersonaId, StageId};
use crate::domain::journey::Template;
use crate::domain::JourneyCommand;
use crate::i18n::use_i18n;
use crate::pages::Route;
use crate::state::use_plan;
use crate::state::{entropy, now, use_app_state};
use crate::views::Welcome;
use insights::Insights;
use map::JourneyMapView;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;
use yew_router::prelude::*;
/// The value of the `<select>` an event came from.
fn select_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
}

/// See the module documentation.
#[function_component(JourneyPage)]
pub fn journey_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let chosen = use_state(|| None::<PersonaId>);
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let map = plan.journey.clone();
    let head = html! {
        <header class="page-head">
            <h1 id="page-title" tabindex="-1">{ i18n.t("journey-title") }</h1>
            <p class="lead">{ i18n.t("journey-lead") }</p>
        </header>
    };
    if map.personas.is_empty() {
        return html! {
            <section class="page" aria-labelledby="page-title">{ head }
                <p class="card">{ i18n.t("journey-no-personas") }{ " " }
                    <Link<Route> to={Route::Personas}>{ i18n.t("journey-to-personas") }</Link<Route>></p>
                <crate::views::next::ContinueTo from={Route::Journey} />
            </section>
        };
    }
    if map.stages.is_empty() {
        let template = |t: Template| {
            let ids: Vec<StageId> = t
                .stages()
                .iter()
                .map(|_| StageId::generate(now(), entropy()))
                .collect();
            edit.on(move |_: MouseEvent| JourneyCommand::UseStageTemplate {
                template: t,
                ids: ids.clone(),
            })
        };
        return html! {
            <section class="page" aria-labelledby="page-title">{ head }
                <div class="card stack">
                    <p>{ i18n.t("journey-no-stages") }</p>
                    <p class="banner-actions">
                        <button type="button" class="button button-primary" onclick={template(Template::Default)} data-testid="template-default">{ i18n.t("journey-template-default") }</button>
                        <button type="button" class="button" onclick={template(Template::Race)} data-testid="template-race">{ i18n.t("journey-template-race") }</button>
                    </p>
                </div>
                <crate::views::next::ContinueTo from={Route::Journey} />
            </section>
        };
    }
    let persona = chosen
        .as_ref()
        .and_then(|id| map.persona(id))
        .or(map.personas.first())
        .map(|p| p.id.clone())
        .unwrap_or_else(|| PersonaId::generate(now(), 0));
    let journey = map.journey(&persona);
    let on_persona = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            if let Some(id) = select_value(&e).and_then(|v| PersonaId::parse(&v)) {
                chosen.set(Some(id));
            }
        })
    };
    html! {
        <section class="page journey-page" aria-labelledby="page-title">
            { head }
            <div class="journey-toolbar">
                <div class="field field-select">
                    <label class="field-label" for="journey-persona">{ i18n.t("journey-persona") }</label>
                    <select id="journey-persona" onchange={on_persona} data-testid="journey-persona">
                        { for map.personas.iter().map(|p| html! {
                            <option value={p.id.to_string()} selected={p.id == persona}>{ p.name.clone() }</option>
                        }) }
                    </select>
                </div>
                <p class="field-help">{ i18n.t("journey-help") }</p>
            </div>
            // What the words on the touchpoints mean, one line each.
            <div class="journey-legend" data-testid="journey-legend">
                <p>{ i18n.t("journey-ownership-help") }</p>
                <p>{ i18n.t("journey-role-help") }</p>
            </div>
            <JourneyMapView map={map.clone()} persona={persona.clone()} journey={Rc::new(journey)} edit={edit.clone()} />
            <Insights map={map.clone()} persona={Some(persona)} />
            <crate::views::next::ContinueTo from={Route::Journey} />
        </section>
    }
}
