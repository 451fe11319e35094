//! The attribution explainer (`#/attribution`, seed 004): a sample path of touchpoints before
//! a conversion and its value; the credit each channel gets under last click, first click,
//! linear, position-based (40/20/40) and time decay, as a grouped bar chart and a table.
//! The numbers come from `domain::journey::attribution`, where every model's credits add up to the
//! conversion value exactly.

use crate::charts::bars::{bars, Group};
use crate::charts::SERIES;
use crate::domain::core::channel::Channel;
use crate::domain::core::ids::PathStepId;
use crate::domain::core::money::parse_cents;
use crate::domain::journey::attribution::{by_channel, Model, PathStep};
use crate::domain::JourneyCommand;
use crate::i18n::channel_name;
use crate::i18n::{format_money, format_number, use_i18n, Arg};
use crate::state::{entropy, now, use_app_state};
use crate::state::{use_plan, PlanHandle};
use crate::ui::{Chart, TextField};
use crate::views::Welcome;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// See the module documentation.
#[function_component(AttributionPage)]
pub fn attribution_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let bad_value = use_state_eq(|| false);
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let a = &plan.journey.attribution;
    let locale = i18n.locale();
    let currency = plan.meta.currency.as_ref();
    let money = move |cents: u64| format_money(locale, cents, currency, 2);
    let rows = by_channel(a);
    let models: Vec<(String, plotters::style::RGBColor)> = Model::ALL
        .iter()
        .zip(SERIES)
        .map(|(m, c)| (i18n.t(&format!("model-{}", m.key())), c))
        .collect();
    let groups: Vec<Group> = rows
        .iter()
        .map(|r| Group {
            label: channel_name(&i18n, r.channel, &r.custom),
            values: r.credits.iter().map(|c| *c as f64 / 100.0).collect(),
        })
        .collect();
    let svg = bars(
        &groups,
        &models,
        false,
        crate::charts::TextSize::PAGE,
        &|x| crate::i18n::axis_number(locale, x),
    )
    .unwrap_or_default();

    let on_value = {
        let (edit, bad) = (edit.clone(), bad_value.clone());
        Callback::from(move |text: String| match parse_cents(&text) {
            Some(cents) => {
                bad.set(false);
                edit.apply(JourneyCommand::SetConversionValue { cents });
            }
            None => bad.set(true),
        })
    };
    let add = edit.on(|_: MouseEvent| JourneyCommand::SetPathStep {
        id: PathStepId::generate(now(), entropy()),
        channel: Channel::Search,
        custom: String::new(),
        label: String::new(),
        days_before: 0,
    });
    let n = a.path.len();
    let alt = i18n.t_args(
        "attribution-alt",
        &[
            ("count", Arg::from(rows.len())),
            ("value", Arg::from(money(a.value_cents))),
        ],
    );
    html! {
        <section class="page attribution-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("attribution-title") }</h1>
                <p class="lead">{ i18n.t("attribution-lead") }</p>
            </header>
            <div class="card stack">
                <h2>{ i18n.t("attribution-path") }</h2>
                <p class="field-help">{ i18n.t("attribution-path-help") }</p>
                <ol class="path" data-testid="path">
                    { for a.path.iter().enumerate().map(|(i, step)| step_row(&i18n, step, i, n, &edit)) }
                </ol>
                <p><button type="button" class="button" onclick={add} data-testid="add-step">{ i18n.t("attribution-add-step") }</button></p>
                <TextField id="conversion-value" inputmode="decimal" label={i18n.with_currency(&i18n.t("attribution-value"), currency.copied())} value={format_number(locale, a.value_cents as f64 / 100.0, 2)}
                    help={i18n.t("attribution-value-help")} on_commit={on_value} />
                if *bad_value { <p class="field-error" role="alert">{ i18n.t("attribution-value-invalid") }</p> }
            </div>
            <section class="card attribution-results" aria-labelledby="results-title">
                <h2 id="results-title">{ i18n.t("attribution-results") }</h2>
                if rows.is_empty() {
                    <p>{ i18n.t("attribution-empty") }</p>
                } else {
                    <Chart svg={AttrValue::from(svg)} {alt} testid="attribution-chart" title={i18n.with_currency(&i18n.t("attribution-results"), plan.meta.currency)} />
                    <div class="table-scroll">
                        <table class="data-table" data-testid="attribution-table" data-chart-testid="attribution-chart">
                            <thead><tr>
                                <th scope="col">{ i18n.t("team-channel") }</th>
                                { for models.iter().map(|(m, _)| html! { <th scope="col" class="num">{ m.clone() }</th> }) }
                            </tr></thead>
                            <tbody>
                                { for rows.iter().map(|r| html! {
                                    <tr>
                                        <th scope="row">{ channel_name(&i18n, r.channel, &r.custom) }</th>
                                        { for r.credits.iter().map(|c| html! { <td class="num" data-cents={c.to_string()}>{ money(*c) }</td> }) }
                                    </tr>
                                }) }
                            </tbody>
                            <tfoot><tr>
                                <th scope="row">{ i18n.t("attribution-total") }</th>
                                { for (0..5).map(|m| { let t: u64 = rows.iter().map(|r| r.credits[m]).sum(); html! { <td class="num" data-cents={t.to_string()}><strong>{ money(t) }</strong></td> } }) }
                            </tr></tfoot>
                        </table>
                    </div>
                    <dl class="model-notes">
                        { for Model::ALL.iter().map(|m| html! { <>
                            <dt>{ i18n.t(&format!("model-{}", m.key())) }</dt>
                            <dd>{ i18n.t(&format!("model-{}-about", m.key())) }</dd>
                        </> }) }
                    </dl>
                }
            </section>
            <crate::views::next::ContinueTo from={crate::pages::Route::Attribution} />
        </section>
    }
}

/// One step of the path: its channel, what happened, how many days before the conversion,
/// and buttons to move or delete it.
fn step_row(
    i18n: &crate::i18n::I18nContext,
    step: &PathStep,
    i: usize,
    n: usize,
    edit: &PlanHandle,
) -> Html {
    let set = |f: fn(&mut PathStep, String)| {
        let base = step.clone();
        edit.on(move |v: String| {
            let mut s = base.clone();
            f(&mut s, v);
            JourneyCommand::SetPathStep {
                id: s.id,
                channel: s.channel,
                custom: s.custom,
                label: s.label,
                days_before: s.days_before,
            }
        })
    };
    let on_channel = {
        let set = set(|s, v| s.channel = Channel::from_key(&v).unwrap_or(s.channel));
        Callback::from(move |e: Event| {
            if let Some(v) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|s| s.value())
            {
                set.emit(v);
            }
        })
    };
    let on_days = {
        let set = set(|s, v| s.days_before = v.parse().unwrap_or(s.days_before).min(3650));
        Callback::from(move |e: Event| {
            if let Some(v) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .map(|i| i.value())
            {
                set.emit(v);
            }
        })
    };
    let id = step.id.clone();
    let shift = |to: usize| {
        let id = id.clone();
        edit.on(move |_: MouseEvent| JourneyCommand::MovePathStep {
            id: id.clone(),
            index: to,
        })
    };
    let delete = {
        let id = id.clone();
        edit.on(move |_: MouseEvent| JourneyCommand::DeletePathStep { id: id.clone() })
    };
    let sid = format!("step-{}", step.id);
    let label = if step.label.is_empty() {
        channel_name(i18n, step.channel, &step.custom)
    } else {
        step.label.clone()
    };
    html! {
        <li class="path-step" key={step.id.as_str()}>
            <div class="field field-select compact">
                <label class="field-label" for={format!("{sid}-channel")}>{ i18n.t("journey-tp-channel") }</label>
                <select id={format!("{sid}-channel")} onchange={on_channel}>
                    { for Channel::ALL.iter().map(|c| html! { <option value={c.key()} selected={*c == step.channel}>{ i18n.t(&format!("channel-{}", c.key())) }</option> }) }
                </select>
            </div>
            if step.channel == Channel::Custom {
                <TextField id={format!("{sid}-custom")} class="compact" label={i18n.t("journey-tp-custom")} value={step.custom.clone()}
                    maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={set(|s, v| s.custom = v)} />
            }
            <TextField id={format!("{sid}-label")} class="compact grow" label={i18n.t("attribution-step-label")} value={step.label.clone()}
                maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={set(|s, v| s.label = v)} />
            <div class="field compact days">
                <label class="field-label" for={format!("{sid}-days")}>{ i18n.t("attribution-days") }</label>
                <input type="number" id={format!("{sid}-days")} min="0" max="3650" value={step.days_before.to_string()} onchange={on_days} />
            </div>
            <span class="step-tools">
                <button type="button" class="button button-small button-quiet" disabled={i == 0} onclick={shift(i.saturating_sub(1))}
                    aria-label={i18n.t_args("attribution-earlier", &[("step", Arg::from(label.clone()))])}>{ "↑" }</button>
                <button type="button" class="button button-small button-quiet" disabled={i + 1 == n} onclick={shift(i + 1)}
                    aria-label={i18n.t_args("attribution-later", &[("step", Arg::from(label.clone()))])}>{ "↓" }</button>
                <button type="button" class="button button-small button-quiet" onclick={delete}
                    aria-label={i18n.t_args("attribution-delete", &[("step", Arg::from(label))])}>{ "✕" }</button>
            </span>
        </li>
    }
}
