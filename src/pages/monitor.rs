//! Measure, monitor, manage (`#/monitor`): for each objective, readings of its metric, a
//! chart of the actual against the straight-line path to the target, and a status computed
//! by the domain with the rule that decided it; then the review log of the feedback loop.

use crate::charts::progress::{progress, Progress};
use crate::domain::core::date::Date;
use crate::domain::core::ids::{ReadingId, ReviewId};
use crate::domain::core::money::parse_number;
use crate::domain::objectives::monitor::{
    status, Review, Scope, Source, Status, AT_RISK, ON_TRACK,
};
use crate::domain::objectives::Objective;
use crate::domain::ObjectivesCommand;
use crate::i18n::{format_number, show_date, use_i18n, Arg};
use crate::state::{entropy, now, today, use_app_state};
use crate::state::{use_plan, PlanHandle};
use crate::ui::{date_field, select_field, Chart, TextField};
use crate::views::report::progress_table;
use crate::views::Welcome;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// See the module documentation.
#[function_component(MonitorPage)]
pub fn monitor_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let day = today();
    html! {
        <section class="page monitor-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("monitor-title") }</h1>
                <p class="lead">{ i18n.t("monitor-lead") }</p>
            </header>
            if plan.objectives.objectives.is_empty() { <p class="card">{ i18n.t("monitor-no-objectives") }</p> }
            { for plan.objectives.objectives.iter().map(|o| html! {
                <ObjectiveMonitor key={o.id.as_str()} objective={o.clone()} today={day} edit={edit.clone()} />
            }) }
            <ReviewLog reviews={(*plan.reviews).clone()} today={day} edit={edit.clone()} />
            <crate::views::next::ContinueTo from={crate::pages::Route::Monitor} />
        </section>
    }
}

/// Props of [`ObjectiveMonitor`].
#[derive(Properties, PartialEq)]
struct MonitorProps {
    objective: Objective,
    today: Date,
    edit: PlanHandle,
}

#[function_component(ObjectiveMonitor)]
fn objective_monitor(props: &MonitorProps) -> Html {
    let i18n = use_i18n();
    let value = use_node_ref();
    let date = use_state(|| Some(props.today));
    let o = &props.objective;
    let a = status(o, props.today);
    let locale = i18n.locale();
    let pct = |x: f64| format_number(locale, x * 100.0, 0);
    let rule = match a.status {
        Status::OnTrack | Status::AtRisk | Status::OffTrack => i18n.t_args(
            a.rule_id(),
            &[
                ("ratio", Arg::from(pct(a.ratio.unwrap_or(0.0)))),
                ("on", Arg::from(pct(ON_TRACK))),
                ("risk", Arg::from(pct(AT_RISK))),
            ],
        ),
        other => i18n.t(&format!("status-{}-rule", other.key())),
    };
    let chart = match (o.baseline, o.target, o.start, o.deadline) {
        (Some(b), Some(t), Some(s), Some(d)) => progress(
            &Progress {
                path: ((s.0, b), (d.0, t)),
                readings: o.readings.iter().map(|r| (r.date.0, r.value)).collect(),
                day_labels: (show_date(&i18n, s), show_date(&i18n, d)),
                legend: (i18n.t("monitor-path"), i18n.t("monitor-actual")),
            },
            crate::charts::TextSize::PAGE,
            &|x| crate::i18n::axis_number(locale, x),
        )
        .ok(),
        _ => None,
    };
    let alt = i18n.t_args(
        "monitor-chart-alt",
        &[
            ("count", Arg::from(o.readings.len())),
            (
                "status",
                Arg::from(i18n.t(&format!("status-{}", a.status.key()))),
            ),
        ],
    );
    let add = {
        let (value, date, edit, objective) = (
            value.clone(),
            date.clone(),
            props.edit.clone(),
            o.id.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = value.cast::<HtmlInputElement>() else {
                return;
            };
            let (Some(v), Some(d)) = (parse_number(&input.value()), *date) else {
                return;
            };
            edit.apply(ObjectivesCommand::AddReading {
                objective: objective.clone(),
                id: ReadingId::generate(now(), entropy()),
                date: d,
                value: v,
            });
            input.set_value("");
        })
    };
    let base = format!("mon-{}", o.id);
    let on_date = {
        let date = date.clone();
        Callback::from(move |d: Option<Date>| date.set(d))
    };
    html! {
        <article class="card monitor" aria-label={o.statement.clone()} data-testid="monitor">
            <header class="monitor-head">
                <h2>{ o.statement.clone() }</h2>
                <span class={format!("status status-{}", a.status.key())} data-testid="status" data-status={a.status.key()}>
                    { i18n.t(&format!("status-{}", a.status.key())) }
                </span>
            </header>
            <p class="status-rule" data-testid="status-rule">{ rule }</p>
            <div class="monitor-layout">
                <div>
                    if let Some(svg) = chart {
                        <Chart svg={AttrValue::from(svg)} {alt} testid="progress-chart" title={o.statement.clone()} />
                        { for progress_table(&i18n, o, "progress-chart") }
                    } else {
                        <p class="muted">{ i18n.t("monitor-no-path") }</p>
                    }
                </div>
                <div>
                    <h3>{ i18n.t_args("monitor-readings", &[("metric", Arg::from(if o.metric.is_empty() { o.statement.clone() } else { o.metric.clone() }))]) }</h3>
                    if o.readings.is_empty() { <p class="muted">{ i18n.t("status-no-readings-rule") }</p> } else {
                        <table class="data-table" data-testid="readings">
                            <thead><tr><th scope="col">{ i18n.t("monitor-date") }</th><th scope="col" class="num">{ i18n.t("monitor-value") }</th><th scope="col"><span class="visually-hidden">{ i18n.t("board-delete") }</span></th></tr></thead>
                            <tbody>{ for o.readings.iter().map(|r| {
                                let delete = { let (d, objective, id) = (props.edit.clone(), o.id.clone(), r.id.clone()); Callback::from(move |_: MouseEvent| d.apply(ObjectivesCommand::DeleteReading { objective: objective.clone(), id: id.clone() })) };
                                html! { <tr><td>{ show_date(&i18n, r.date) }</td><td class="num">{ format_number(locale, r.value, if r.value.fract() == 0.0 { 0 } else { 2 }) }{ " " }{ o.unit.clone() }</td>
                                    <td><button type="button" class="button button-small button-quiet" onclick={delete}
                                        aria-label={i18n.t_args("monitor-delete-reading", &[("date", Arg::from(show_date(&i18n, r.date)))])}>{ "✕" }</button></td></tr> }
                            }) }</tbody>
                        </table>
                    }
                    <form class="reading-form" onsubmit={add}>
                        { date_field(&format!("{base}-date"), &i18n.t("monitor-date"), *date, on_date) }
                        <div class="field compact">
                            <label class="field-label" for={format!("{base}-value")}>{ i18n.t("monitor-value") }</label>
                            <input type="text" inputmode="decimal" id={format!("{base}-value")} ref={value} autocomplete="off" />
                        </div>
                        <button type="submit" class="button">{ i18n.t("monitor-add-reading") }</button>
                    </form>
                </div>
            </div>
        </article>
    }
}

/// Props of [`ReviewLog`].
#[derive(Properties, PartialEq)]
struct ReviewProps {
    reviews: Vec<Review>,
    today: Date,
    edit: PlanHandle,
}

/// The feedback loop: what we learned, from whom, tactical or systemic, what we change.
#[function_component(ReviewLog)]
fn review_log(props: &ReviewProps) -> Html {
    let i18n = use_i18n();
    let add = {
        let (edit, day) = (props.edit.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            edit.apply(ObjectivesCommand::SetReview {
                id: ReviewId::generate(now(), entropy()),
                date: day,
                learned: String::new(),
                source: Source::default(),
                scope: Scope::default(),
                change: String::new(),
            });
        })
    };
    let sources: Vec<(String, String)> = Source::ALL
        .iter()
        .map(|s| (s.key().to_owned(), i18n.t(&format!("source-{}", s.key()))))
        .collect();
    let scopes: Vec<(String, String)> = [Scope::Tactical, Scope::Systemic]
        .iter()
        .map(|s| {
            let k = if *s == Scope::Tactical {
                "tactical"
            } else {
                "systemic"
            };
            (k.to_owned(), i18n.t(&format!("scope-{k}")))
        })
        .collect();
    html! {
        <section class="card review-log" aria-labelledby="reviews-title">
            <h2 id="reviews-title">{ i18n.t("reviews-title") }</h2>
            <p class="field-help">{ i18n.t("reviews-help") }</p>
            { for props.reviews.iter().map(|r| {
                let rid = format!("rev-{}", r.id);
                let change = |f: fn(&mut Review, String)| { let (r, d) = (r.clone(), props.edit.clone()); Callback::from(move |v: String| {
                    let mut r = r.clone(); f(&mut r, v);
                    d.apply(ObjectivesCommand::SetReview { id: r.id, date: r.date, learned: r.learned, source: r.source, scope: r.scope, change: r.change });
                }) };
                let on_date = { let c = change(|r, v| if let Some(d) = Date::parse(&v) { r.date = d }); Callback::from(move |d: Option<Date>| if let Some(d) = d { c.emit(d.to_string()) }) };
                let delete = { let (d, id) = (props.edit.clone(), r.id.clone()); Callback::from(move |_: MouseEvent| d.apply(ObjectivesCommand::DeleteReview { id: id.clone() })) };
                html! {
                    <article class="review" key={r.id.as_str()} data-testid="review">
                        <div class="field-row">
                            { date_field(&format!("{rid}-date"), &i18n.t("monitor-date"), Some(r.date), on_date) }
                            { select_field(&format!("{rid}-source"), &i18n.t("reviews-source"), &sources, r.source.key(), change(|r, v| r.source = Source::ALL.into_iter().find(|s| s.key() == v).unwrap_or(r.source))) }
                            { select_field(&format!("{rid}-scope"), &i18n.t("reviews-scope"), &scopes,
                                if r.scope == Scope::Tactical { "tactical" } else { "systemic" },
                                change(|r, v| r.scope = if v == "systemic" { Scope::Systemic } else { Scope::Tactical })) }
                        </div>
                        <TextField id={format!("{rid}-learned")} label={i18n.t("reviews-learned")} multiline={true} rows={2} value={r.learned.clone()} on_commit={change(|r, v| r.learned = v)} />
                        <TextField id={format!("{rid}-change")} label={i18n.t("reviews-change")} multiline={true} rows={2} value={r.change.clone()} on_commit={change(|r, v| r.change = v)} />
                        <button type="button" class="button button-small button-quiet" onclick={delete}>{ i18n.t("reviews-delete") }</button>
                    </article>
                }
            }) }
            <p><button type="button" class="button" onclick={add} data-testid="add-review">{ i18n.t("reviews-add") }</button></p>
        </section>
    }
}
