//! SMART objectives and KPIs (`#/objectives`): each objective with its numbers, dates, how it
//! is measured, monitored and managed, a live SMART check letter by letter, the findings
//! that motivate it, its KPIs and the tactics that serve it. Below: the KPI checks.

use crate::domain::core::channel::Channel;
use crate::domain::core::ids::{KpiId, ObjectiveId};
use crate::domain::objectives::{
    kpi_checks, smart, Frequency, Kpi, KpiCheck, KpiLevel, Link, Objective, ObjectiveText, Verdict,
    LETTERS, MAX_TEXT,
};
use crate::domain::ObjectivesCommand;
use crate::i18n::channel_name;
use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::state::{entropy, now, use_app_state};
use crate::state::{use_plan, PlanHandle};
use crate::ui::{date_field, number_field, select_field, TextField};
use crate::views::links::{link_options, links_editor, LinkOption};
use crate::views::Welcome;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// See the module documentation.
#[function_component(ObjectivesPage)]
pub fn objectives_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let new = use_node_ref();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let options = Rc::new(link_options(&i18n, &plan));
    let onsubmit = {
        let (new, edit) = (new.clone(), edit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(input) = new.cast::<HtmlInputElement>() else {
                return;
            };
            if input.value().trim().is_empty() {
                return;
            }
            edit.apply(ObjectivesCommand::AddObjective {
                id: ObjectiveId::generate(now(), entropy()),
                statement: input.value(),
            });
            input.set_value("");
        })
    };
    let section = &plan.objectives;
    let checks: Vec<String> = kpi_checks(section)
        .iter()
        .map(|c| {
            let (key, id) = match c {
                KpiCheck::NoKpi(id) => ("kpi-check-none", id),
                KpiCheck::Overload(id) => ("kpi-check-overload", id),
                KpiCheck::NoLevel(level) => {
                    return i18n.t(&format!("kpi-check-no-{}", level.key()));
                }
            };
            let name = section
                .objective(id)
                .map(|o| o.statement.clone())
                .unwrap_or_default();
            i18n.t_args(key, &[("objective", Arg::from(name))])
        })
        .collect();
    let loose: Vec<Kpi> = section
        .kpis
        .iter()
        .filter(|k| k.objective.is_none())
        .cloned()
        .collect();
    html! {
        <section class="page objectives-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("objectives-title") }</h1>
                <p class="lead">{ i18n.t("objectives-lead") }</p>
            </header>
            { for section.objectives.iter().map(|o| {
                let kpis: Vec<Kpi> = section.kpis_of(&o.id).cloned().collect();
                let tactics: Vec<String> = plan.engagement.tactics.iter().filter(|t| t.objectives.contains(&o.id))
                    .map(|t| channel_name(&i18n, t.channel, &t.custom)).collect();
                html! { <ObjectiveCard key={o.id.as_str()} objective={o.clone()} {kpis} {tactics} options={options.clone()} edit={edit.clone()} /> }
            }) }
            <form class="card inline-card" {onsubmit}>
                <label class="field-label" for="new-objective">{ i18n.t("objectives-add") }</label>
                <div class="inline-form">
                    <input id="new-objective" type="text" ref={new} autocomplete="off" placeholder={i18n.t("objectives-add-placeholder")} />
                    <button type="submit" class="button button-primary">{ i18n.t("personas-add-button") }</button>
                </div>
            </form>
            if !loose.is_empty() {
                <section class="card">
                    <h2>{ i18n.t("kpi-loose") }</h2>
                    <KpiList kpis={loose} objective={None::<ObjectiveId>} edit={edit.clone()} />
                </section>
            }
            <aside class="card checks" aria-labelledby="kpi-checks-title" data-testid="kpi-checks">
                <h2 id="kpi-checks-title">{ i18n.t("kpi-checks") }</h2>
                if checks.is_empty() { <p>{ i18n.t("kpi-checks-none") }</p> }
                else { <ul>{ for checks.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul> }
            </aside>
            <crate::views::next::ContinueTo from={crate::pages::Route::Objectives} />
        </section>
    }
}

/// Props of [`ObjectiveCard`].
#[derive(Properties, PartialEq)]
struct CardProps {
    objective: Objective,
    kpis: Vec<Kpi>,
    tactics: Vec<String>,
    options: Rc<Vec<LinkOption>>,
    edit: PlanHandle,
}

#[function_component(ObjectiveCard)]
fn objective_card(props: &CardProps) -> Html {
    let i18n = use_i18n();
    let o = &props.objective;
    let id = o.id.clone();
    let base = format!("obj-{}", o.id);
    let text = |field: ObjectiveText, multiline: bool| {
        let id = id.clone();
        let on_commit = props
            .edit
            .on(move |text: String| ObjectivesCommand::SetObjectiveText {
                id: id.clone(),
                field,
                text,
            });
        html! {
            <TextField id={format!("{base}-{}", field.key())} label={i18n.t(&format!("objective-{}", field.key()))}
                {multiline} rows={2} value={o.text(field).to_owned()} maxlength={MAX_TEXT} {on_commit}
                required={field == ObjectiveText::Statement}
                placeholder={i18n.t(&format!("objective-{}-placeholder", field.key()))} />
        }
    };
    let num = |target: bool| {
        let id = id.clone();
        let key = if target { "target" } else { "baseline" };
        number_field(
            &format!("{base}-{key}"),
            &i18n.t(&format!("objective-{key}")),
            if target { o.target } else { o.baseline },
            props
                .edit
                .on(move |value| ObjectivesCommand::SetObjectiveNumber {
                    id: id.clone(),
                    target,
                    value,
                }),
        )
    };
    let date = |deadline: bool| {
        let id = id.clone();
        let key = if deadline { "deadline" } else { "start" };
        date_field(
            &format!("{base}-{key}"),
            &i18n.t(&format!("objective-{key}")),
            if deadline { o.deadline } else { o.start },
            props
                .edit
                .on(move |date| ObjectivesCommand::SetObjectiveDate {
                    id: id.clone(),
                    deadline,
                    date,
                }),
        )
    };
    let frequencies: Vec<(String, String)> =
        std::iter::once((String::new(), i18n.t("hc-evidence-none")))
            .chain(Frequency::ALL.iter().map(|f| {
                (
                    f.key().to_owned(),
                    i18n.t(&format!("frequency-{}", f.key())),
                )
            }))
            .collect();
    let on_frequency = {
        let id = id.clone();
        props
            .edit
            .on(move |v: String| ObjectivesCommand::SetObjectiveFrequency {
                id: id.clone(),
                frequency: Frequency::ALL.into_iter().find(|f| f.key() == v),
            })
    };
    let on_link = {
        let id = id.clone();
        props.edit.on(
            move |(link, on): (Link, bool)| ObjectivesCommand::SetObjectiveLink {
                id: id.clone(),
                link,
                on,
            },
        )
    };
    let delete = {
        let id = id.clone();
        props
            .edit
            .on(move |_: MouseEvent| ObjectivesCommand::DeleteObjective { id: id.clone() })
    };
    html! {
        <article class="card objective" aria-labelledby={format!("{base}-title")} data-testid="objective">
            // The heading a screen reader moves by; the statement field below shows it.
            <h2 id={format!("{base}-title")} class="visually-hidden">{ o.statement.clone() }</h2>
            <div class="objective-grid">
                <div class="objective-fields">
                    { text(ObjectiveText::Statement, true) }
                    <div class="field-row">
                        { text(ObjectiveText::Metric, false) }
                        { text(ObjectiveText::Unit, false) }
                    </div>
                    <div class="field-row">{ num(false) }{ num(true) }{ date(false) }{ date(true) }</div>
                    { text(ObjectiveText::Audience, false) }
                    { text(ObjectiveText::Measured, false) }
                    <div class="field-row">
                        { select_field(&format!("{base}-frequency"), &i18n.t("objective-monitored"), &frequencies, o.monitored.map_or("", |f| f.key()), on_frequency) }
                        { text(ObjectiveText::Manager, false) }
                    </div>
                </div>
                { smart_checklist(&i18n, o) }
            </div>
            { links_editor(&i18n, &base, &o.links, &props.options, on_link) }
            <div class="objective-kpis">
                <h3>{ i18n.t("kpi-title") }</h3>
                <KpiList kpis={props.kpis.clone()} objective={Some(id.clone())} edit={props.edit.clone()} />
            </div>
            if !props.tactics.is_empty() {
                <p class="muted">{ i18n.t("objective-tactics") }{ i18n.colon() }{ i18n.list(&props.tactics) }</p>
            }
            <p><button type="button" class="button button-small button-quiet" onclick={delete}>{ i18n.t("objective-delete") }</button></p>
        </article>
    }
}

/// The SMART checklist beside an objective: each letter met, missing or in question, and why.
fn smart_checklist(i18n: &I18nContext, o: &Objective) -> Html {
    let verdicts = smart(o);
    html! {
    <div class="smart" role="group" aria-label={i18n.t("smart-title")} data-testid="smart">
        <p class="smart-title">{ i18n.t("smart-title") }</p>
        <ul>
            { for verdicts.iter().zip(LETTERS).map(|(v, letter)| {
                let (class, mark, message) = match v {
                    Verdict::Met => ("met", "✓", i18n.t(&format!("smart-{letter}-met"))),
                    Verdict::Missing(k) => ("missing", "✗", i18n.t(&format!("smart-{k}"))),
                    Verdict::Question(k) => ("question", "?", i18n.t(&format!("smart-{k}"))),
                };
                html! {
                    <li class={format!("smart-{class}")} data-letter={letter.to_string()} data-verdict={class}>
                        <span class="smart-letter" aria-hidden="true">{ letter }</span>
                        <span class="smart-text"><strong>{ i18n.t(&format!("smart-{letter}")) }{ i18n.colon() }</strong>
                            <span class="visually-hidden">{ mark }{ " " }</span>{ message }</span>
                    </li>
                }
            }) }
        </ul>
    </div>
    }
}

/// Props of [`KpiList`].
#[derive(Properties, PartialEq)]
struct KpiListProps {
    kpis: Vec<Kpi>,
    objective: Option<ObjectiveId>,
    edit: PlanHandle,
}

/// KPIs as rows of fields, and a field that adds one.
#[function_component(KpiList)]
fn kpi_list(props: &KpiListProps) -> Html {
    let i18n = use_i18n();
    let new = use_node_ref();
    let send = |k: Kpi| ObjectivesCommand::SetKpi {
        id: k.id,
        name: k.name,
        level: k.level,
        objective: k.objective,
        channel: k.channel,
        target: k.target,
        unit: k.unit,
    };
    let add = {
        let (new, edit, objective) = (new.clone(), props.edit.clone(), props.objective.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" || e.is_composing() {
                return;
            }
            e.prevent_default();
            let Some(input) = new.cast::<HtmlInputElement>() else {
                return;
            };
            if input.value().trim().is_empty() {
                return;
            }
            edit.apply(send(Kpi {
                id: KpiId::generate(now(), entropy()),
                name: input.value(),
                level: KpiLevel::Specialist,
                objective: objective.clone(),
                channel: None,
                target: None,
                unit: String::new(),
            }));
            input.set_value("");
        })
    };
    let levels: Vec<(String, String)> = KpiLevel::ALL
        .iter()
        .map(|l| {
            (
                l.key().to_owned(),
                i18n.t(&format!("kpi-level-{}", l.key())),
            )
        })
        .collect();
    let channels: Vec<(String, String)> =
        std::iter::once((String::new(), i18n.t("kpi-no-channel")))
            .chain(
                Channel::ALL
                    .iter()
                    .map(|c| (c.key().to_owned(), i18n.t(&format!("channel-{}", c.key())))),
            )
            .collect();
    let add_id = format!(
        "kpi-add-{}",
        props
            .objective
            .as_ref()
            .map_or("loose".to_owned(), |o| o.to_string())
    );
    html! {
        <div class="kpi-list">
            { for props.kpis.iter().map(|k| {
                let kid = format!("kpi-{}", k.id);
                let change = |f: fn(&mut Kpi, String)| { let (k, d) = (k.clone(), props.edit.clone()); Callback::from(move |v: String| { let mut k = k.clone(); f(&mut k, v); d.apply(send(k)); }) };
                let target = { let (k, d) = (k.clone(), props.edit.clone()); Callback::from(move |v: Option<f64>| { let mut k = k.clone(); k.target = v; d.apply(send(k)); }) };
                let delete = { let (id, d) = (k.id.clone(), props.edit.clone()); Callback::from(move |_: MouseEvent| d.apply(ObjectivesCommand::DeleteKpi { id: id.clone() })) };
                html! {
                    <div class="kpi-row" key={k.id.as_str()} data-testid="kpi">
                        <TextField id={format!("{kid}-name")} class="compact grow" label={i18n.t("kpi-name")} value={k.name.clone()} required={true}
                            maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={change(|k, v| k.name = v)} />
                        { select_field(&format!("{kid}-level"), &i18n.t("kpi-level"), &levels, k.level.key(), change(|k, v| k.level = KpiLevel::ALL.into_iter().find(|l| l.key() == v).unwrap_or(k.level))) }
                        { select_field(&format!("{kid}-channel"), &i18n.t("journey-tp-channel"), &channels, k.channel.map_or("", |c| c.key()), change(|k, v| k.channel = Channel::from_key(&v))) }
                        { number_field(&format!("{kid}-target"), &i18n.t("objective-target"), k.target, target) }
                        <TextField id={format!("{kid}-unit")} class="compact unit" label={i18n.t("objective-unit")} value={k.unit.clone()}
                            maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={change(|k, v| k.unit = v)} />
                        <button type="button" class="button button-small button-quiet" onclick={delete}
                            aria-label={i18n.t_args("kpi-delete", &[("kpi", Arg::from(k.name.clone()))])}>{ "✕" }</button>
                    </div>
                }
            }) }
            if props.objective.is_some() {
                <div class="field compact">
                    <label class="field-label" for={add_id.clone()}>{ i18n.t("kpi-add") }</label>
                    <input type="text" id={add_id} ref={new} onkeydown={add} autocomplete="off" placeholder={i18n.t("kpi-add-placeholder")} />
                </div>
            }
        </div>
    }
}
