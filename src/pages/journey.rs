//! The journey map (`#/journey`): stages as columns, lanes as rows, one journey per persona
//! (switchable). Lanes: the persona's goal and our message, the touchpoints (where), when,
//! why they choose us, thoughts, emotion (−2 … +2), friction, opportunities and a KPI per
//! stage. Stage and lane headers stay in view while the map scrolls; on a phone it scrolls
//! sideways with the lane names visible. Below: the emotion curve, the channel mix, and the
//! coverage checks of seed 001.
//!
//! Longer than 500 lines because the journey map's grid, lanes and touchpoint controls are one
//! page; they split into its own files (issue 13).

use crate::charts::bars::{bars, Group};
use crate::charts::lines::{lines, Series};
use crate::domain::core::channel::{Channel, Ownership, Role};
use crate::domain::core::ids::{PersonaId, StageId, TouchpointId};
use crate::domain::journey::analysis::{channel_mix, coverage, Coverage};
use crate::domain::journey::{Journey, JourneyMap, Lane, Template, Touchpoint, MAX_TEXT_CHARS};
use crate::domain::JourneyCommand;
use crate::i18n::{channel_name, stage_name, use_i18n, Arg};
use crate::pages::Route;
use crate::state::{entropy, now, use_app_state};
use crate::state::{use_plan, PlanHandle};
use crate::ui::{Chart, Choose, TextField};
use crate::views::Welcome;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlSelectElement};
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
            <JourneyMapView map={map.clone()} persona={persona.clone()} journey={Rc::new(journey)} edit={edit.clone()} />
            <Insights map={map.clone()} persona={Some(persona)} />
        </section>
    }
}

/// Props of [`JourneyMapView`].
#[derive(Properties, PartialEq)]
struct MapProps {
    map: Rc<JourneyMap>,
    persona: PersonaId,
    journey: Rc<Journey>,
    edit: PlanHandle,
}

/// The map table: a header row of stages, then one row per lane.
#[function_component(JourneyMapView)]
fn journey_map_view(props: &MapProps) -> Html {
    let i18n = use_i18n();
    let map = &props.map;
    let stages: Vec<(StageId, String)> = map
        .stages
        .iter()
        .map(|s| (s.id.clone(), stage_name(&i18n, s)))
        .collect();
    let n = map.stages.len();
    let add_stage = {
        let name = i18n.t("journey-new-stage");
        props
            .edit
            .on(move |_: MouseEvent| JourneyCommand::AddStage {
                id: StageId::generate(now(), entropy()),
                name: name.clone(),
                index: usize::MAX,
            })
    };
    let lane_row = |lane: Lane| {
        html! {
            <tr>
                <th scope="row" class="lane-head">{ i18n.t(&format!("lane-{}", lane.key())) }</th>
                { for map.stages.iter().zip(&stages).map(|(s, (_, name))| {
                    let cell = props.journey.cell(&s.id);
                    let (persona, stage) = (props.persona.clone(), s.id.clone());
                    let on_commit = props.edit.on(move |text: String| {
                        JourneyCommand::SetLane { persona: persona.clone(), stage: stage.clone(), lane, text }
                    });
                    html! {
                        <td>
                            <TextField id={format!("lane-{}-{}", lane.key(), s.id)} class="lane-field" multiline={true} rows={3}
                                label={format!("{} · {}", i18n.t(&format!("lane-{}", lane.key())), name)} label_hidden={true}
                                value={cell.lane(lane).to_owned()} maxlength={MAX_TEXT_CHARS} {on_commit} />
                        </td>
                    }
                }) }
            </tr>
        }
    };
    let emotions = [
        (-2, "very-negative"),
        (-1, "negative"),
        (0, "neutral"),
        (1, "positive"),
        (2, "very-positive"),
    ];
    html! {
        <div class="journey-scroll" tabindex="0" role="region" aria-label={i18n.t("journey-map-label")}>
            <table class="journey-map" data-testid="journey-map">
                <thead>
                    <tr>
                        <th scope="col" class="lane-head corner">{ i18n.t("journey-stage") }</th>
                        { for map.stages.iter().enumerate().map(|(i, s)| {
                            let id = s.id.clone();
                            let rename = { let id = id.clone(); props.edit.on(move |name: String| JourneyCommand::RenameStage { id: id.clone(), name }) };
                            let shift = |to: usize| { let id = id.clone(); props.edit.on(move |_: MouseEvent| JourneyCommand::MoveStage { id: id.clone(), index: to }) };
                            let delete = { let id = id.clone(); props.edit.on(move |_: MouseEvent| JourneyCommand::DeleteStage { id: id.clone() }) };
                            let name = stages[i].1.clone();
                            html! {
                                <th scope="col" class="stage-head" data-testid={format!("stage-{i}")}>
                                    <TextField id={format!("stage-name-{}", s.id)} class="stage-name" label={i18n.t("journey-stage-name")} label_hidden={true}
                                        value={name.clone()} maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={rename} />
                                    <span class="stage-tools">
                                        <button type="button" class="button button-small button-quiet" disabled={i == 0} onclick={shift(i.saturating_sub(1))}
                                            aria-label={i18n.t_args("journey-stage-left", &[("stage", Arg::from(name.clone()))])}>{ "←" }</button>
                                        <button type="button" class="button button-small button-quiet" disabled={i + 1 == n} onclick={shift(i + 1)}
                                            aria-label={i18n.t_args("journey-stage-right", &[("stage", Arg::from(name.clone()))])}>{ "→" }</button>
                                        <button type="button" class="button button-small button-quiet" onclick={delete}
                                            aria-label={i18n.t_args("journey-stage-delete", &[("stage", Arg::from(name))])}>{ "✕" }</button>
                                    </span>
                                </th>
                            }
                        }) }
                        <th scope="col" class="stage-add">
                            <button type="button" class="button button-small" onclick={add_stage} data-testid="add-stage">{ i18n.t("journey-add-stage") }</button>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    { lane_row(Lane::Goal) }
                    { lane_row(Lane::Message) }
                    <tr>
                        <th scope="row" class="lane-head">{ i18n.t("lane-where") }</th>
                        { for map.stages.iter().map(|s| html! {
                            <td>
                                <TouchpointCell persona={props.persona.clone()} stage={s.id.clone()}
                                    touchpoints={props.journey.at(&s.id).cloned().collect::<Vec<_>>()}
                                    stages={Rc::new(stages.clone())} edit={props.edit.clone()} />
                            </td>
                        }) }
                    </tr>
                    { lane_row(Lane::When) }
                    { lane_row(Lane::Why) }
                    { lane_row(Lane::Thoughts) }
                    <tr>
                        <th scope="row" class="lane-head">{ i18n.t("lane-emotion") }</th>
                        { for map.stages.iter().zip(&stages).map(|(s, (_, name))| {
                            let value = props.journey.cell(&s.id).emotion;
                            let (persona, stage) = (props.persona.clone(), s.id.clone());
                            let onchange = props.edit.on(move |e: Event| {
                                let value = select_value(&e).and_then(|v| v.parse::<i8>().ok());
                                JourneyCommand::SetEmotion { persona: persona.clone(), stage: stage.clone(), value }
                            });
                            let id = format!("emotion-{}", s.id);
                            html! {
                                <td class={format!("emotion-cell emotion-{}", value.map_or("none".to_owned(), |v| v.to_string()))}>
                                    <label class="visually-hidden" for={id.clone()}>{ format!("{} · {}", i18n.t("lane-emotion"), name) }</label>
                                    <select {id} {onchange}>
                                        <option value="" selected={value.is_none()}>{ "–" }</option>
                                        { for emotions.iter().map(|(v, key)| html! {
                                            <option value={v.to_string()} selected={value == Some(*v)}>{ i18n.t(&format!("emotion-{key}")) }</option>
                                        }) }
                                    </select>
                                </td>
                            }
                        }) }
                    </tr>
                    { lane_row(Lane::Friction) }
                    { lane_row(Lane::Opportunities) }
                    { lane_row(Lane::Kpi) }
                </tbody>
            </table>
        </div>
    }
}

/// Props of [`TouchpointCell`].
#[derive(Properties, PartialEq)]
struct CellProps {
    persona: PersonaId,
    stage: StageId,
    touchpoints: Vec<Touchpoint>,
    /// Every stage, for the "Move to…" menu.
    stages: Rc<Vec<(StageId, String)>>,
    edit: PlanHandle,
}

/// The touchpoints of one stage: chips that open an editor, a drop target for dragged chips,
/// and a menu that adds one by channel.
#[function_component(TouchpointCell)]
fn touchpoint_cell(props: &CellProps) -> Html {
    let i18n = use_i18n();
    let add = {
        let (persona, stage, edit) = (
            props.persona.clone(),
            props.stage.clone(),
            props.edit.clone(),
        );
        Callback::from(move |value: String| match Channel::from_key(&value) {
            Some(channel) => edit.apply(JourneyCommand::AddTouchpoint {
                persona: persona.clone(),
                stage: stage.clone(),
                id: TouchpointId::generate(now(), entropy()),
                channel,
                custom: String::new(),
            }),
            None => edit.dismiss_error(),
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let (persona, stage, edit) = (
            props.persona.clone(),
            props.stage.clone(),
            props.edit.clone(),
        );
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let data = e
                .data_transfer()
                .and_then(|d| d.get_data("text/plain").ok())
                .unwrap_or_default();
            if let Some(id) = data
                .strip_prefix("touchpoint:")
                .and_then(TouchpointId::parse)
            {
                edit.apply(JourneyCommand::MoveTouchpoint {
                    persona: persona.clone(),
                    id,
                    stage: stage.clone(),
                    index: usize::MAX,
                });
            }
        })
    };
    let add_id = format!("add-tp-{}", props.stage);
    // Each stage has its list and its button: their names say which stage.
    let stage_name = props
        .stages
        .iter()
        .find(|(id, _)| *id == props.stage)
        .map(|(_, name)| name.clone())
        .unwrap_or_default();
    let add_label = i18n.t_args(
        "journey-add-touchpoint-to",
        &[("stage", Arg::from(stage_name))],
    );
    let count = props.touchpoints.len();
    html! {
        <div class="touchpoints" {ondragover} {ondrop} data-testid={format!("touchpoints-{}", props.stage)}>
            <ul class="tp-list">
                { for props.touchpoints.iter().enumerate().map(|(i, tp)| html! {
                    <TouchpointChip key={tp.id.as_str()} persona={props.persona.clone()} touchpoint={tp.clone()}
                        index={i} last={i + 1 == count} stages={props.stages.clone()} edit={props.edit.clone()} />
                }) }
            </ul>
            <Choose id={add_id} class={classes!("tp-add")} label={add_label.clone()}
                prompt={i18n.t("journey-add-touchpoint")} action={i18n.t("choose-add")} action_label={add_label}
                options={Channel::ALL.iter().map(|c| (c.key().to_owned(), i18n.t(&format!("channel-{}", c.key())))).collect::<Vec<_>>()}
                on_act={add} />
        </div>
    }
}

/// Props of [`TouchpointChip`].
#[derive(Properties, PartialEq)]
struct ChipProps {
    persona: PersonaId,
    touchpoint: Touchpoint,
    index: usize,
    last: bool,
    stages: Rc<Vec<(StageId, String)>>,
    edit: PlanHandle,
}

/// One touchpoint: its channel, ownership and role; open, it edits, moves and deletes.
#[function_component(TouchpointChip)]
fn touchpoint_chip(props: &ChipProps) -> Html {
    let i18n = use_i18n();
    let open = use_state_eq(|| false);
    let tp = &props.touchpoint;
    let name = channel_name(&i18n, tp.channel, &tp.custom);
    // Every change sends the whole touchpoint with one part changed.
    let set = |f: fn(&mut Touchpoint, String)| {
        let (persona, base) = (props.persona.clone(), tp.clone());
        props.edit.on(move |value: String| {
            let mut t = base.clone();
            f(&mut t, value);
            JourneyCommand::SetTouchpoint {
                persona: persona.clone(),
                id: t.id,
                channel: t.channel,
                custom: t.custom,
                ownership: t.ownership,
                role: t.role,
                note: t.note,
            }
        })
    };
    let on_select = |f: fn(&mut Touchpoint, String)| {
        let set = set(f);
        Callback::from(move |e: Event| {
            if let Some(v) = select_value(&e) {
                set.emit(v);
            }
        })
    };
    let on_move = {
        let (persona, id, edit, stage, index) = (
            props.persona.clone(),
            tp.id.clone(),
            props.edit.clone(),
            tp.stage.clone(),
            props.index,
        );
        let stages = props.stages.clone();
        Callback::from(move |v: String| {
            let (to, i) = match v.as_str() {
                "up" => (stage.clone(), index.saturating_sub(1)),
                "down" => (stage.clone(), index + 1),
                other => match stages.iter().find(|(s, _)| s.as_str() == other) {
                    Some((s, _)) => (s.clone(), usize::MAX),
                    None => return,
                },
            };
            edit.apply(JourneyCommand::MoveTouchpoint {
                persona: persona.clone(),
                id: id.clone(),
                stage: to,
                index: i,
            });
        })
    };
    let delete = {
        let (persona, id) = (props.persona.clone(), tp.id.clone());
        props
            .edit
            .on(move |_: MouseEvent| JourneyCommand::DeleteTouchpoint {
                persona: persona.clone(),
                id: id.clone(),
            })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let ondragstart = {
        let id = tp.id.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(dt) = e.data_transfer() {
                let _ = dt.set_data("text/plain", &format!("touchpoint:{id}"));
            }
        })
    };
    let pid = format!("tp-{}", tp.id);
    let select = |suffix: &str,
                  label: String,
                  options: Vec<(String, String)>,
                  value: String,
                  onchange: Callback<Event>| {
        let id = format!("{pid}-{suffix}");
        html! {
            <div class="field field-select compact">
                <label class="field-label" for={id.clone()}>{ label }</label>
                <select {id} {onchange}>
                    { for options.into_iter().map(|(v, t)| html! { <option value={v.clone()} selected={v == value}>{ t }</option> }) }
                </select>
            </div>
        }
    };
    html! {
        <li class={format!("tp tp-{} tp-{}", tp.ownership.key(), tp.role.key())} draggable="true" {ondragstart}>
            // The name (what is seen) starts the accessible name; the badges are spelled out
            // for screen readers.
            <button type="button" class="tp-chip" onclick={toggle} aria-expanded={(*open).to_string()}>
                <span class="tp-name">{ name.clone() }</span>
                <span class="visually-hidden">{ i18n.t_args("journey-tp-label", &[
                    ("channel", Arg::from("")),
                    ("ownership", Arg::from(i18n.t(&format!("ownership-{}", tp.ownership.key())))),
                    ("role", Arg::from(i18n.t(&format!("role-{}", tp.role.key())))),
                ]) }</span>
                <span class="tp-badges" aria-hidden="true">
                    <span class="tp-own">{ i18n.t(&format!("ownership-{}-short", tp.ownership.key())) }</span>
                    <span class="tp-role">{ i18n.t(&format!("role-{}-short", tp.role.key())) }</span>
                </span>
            </button>
            if !tp.note.is_empty() { <p class="tp-note">{ tp.note.clone() }</p> }
            if *open {
                <div class="tp-editor">
                    { select("channel", i18n.t("journey-tp-channel"),
                        Channel::ALL.iter().map(|c| (c.key().to_owned(), i18n.t(&format!("channel-{}", c.key())))).collect(),
                        tp.channel.key().to_owned(), on_select(|t, v| t.channel = Channel::from_key(&v).unwrap_or(t.channel))) }
                    if tp.channel == Channel::Custom {
                        <TextField id={format!("{pid}-custom")} label={i18n.t("journey-tp-custom")} value={tp.custom.clone()}
                            maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={set(|t, v| t.custom = v)} />
                    }
                    { select("ownership", i18n.t("journey-tp-ownership"),
                        Ownership::ALL.iter().map(|o| (o.key().to_owned(), i18n.t(&format!("ownership-{}", o.key())))).collect(),
                        tp.ownership.key().to_owned(), on_select(|t, v| t.ownership = Ownership::ALL.into_iter().find(|o| o.key() == v).unwrap_or(t.ownership))) }
                    { select("role", i18n.t("journey-tp-role"),
                        Role::ALL.iter().map(|r| (r.key().to_owned(), i18n.t(&format!("role-{}", r.key())))).collect(),
                        tp.role.key().to_owned(), on_select(|t, v| t.role = Role::ALL.into_iter().find(|r| r.key() == v).unwrap_or(t.role))) }
                    <TextField id={format!("{pid}-note")} label={i18n.t("journey-tp-note")} value={tp.note.clone()}
                        maxlength={MAX_TEXT_CHARS} on_commit={set(|t, v| t.note = v)} />
                    <div class="field field-select compact">
                        <Choose id={format!("{pid}-move")} label={i18n.t("board-move-to")} label_visible={true}
                            prompt={"–"} action={i18n.t("choose-move")} on_act={on_move}
                            options={[
                                (props.index > 0).then(|| ("up".to_owned(), i18n.t("board-move-up"))),
                                (!props.last).then(|| ("down".to_owned(), i18n.t("board-move-down"))),
                            ].into_iter().flatten().chain(props.stages.iter().filter(|(s, _)| *s != tp.stage)
                                .map(|(s, n)| (s.to_string(), n.clone()))).collect::<Vec<_>>()} />
                    </div>
                    <button type="button" class="button button-small button-quiet" onclick={delete}>{ i18n.t("board-delete") }</button>
                </div>
            }
        </li>
    }
}

/// Props of [`Insights`].
#[derive(Properties, PartialEq)]
struct InsightsProps {
    map: Rc<JourneyMap>,
    persona: Option<PersonaId>,
}

/// The emotion curve, the channel mix and the coverage checks.
#[function_component(Insights)]
fn insights(props: &InsightsProps) -> Html {
    let i18n = use_i18n();
    let map = &props.map;
    let stages: Vec<String> = map.stages.iter().map(|s| stage_name(&i18n, s)).collect();
    let series: Vec<Series> = map
        .personas
        .iter()
        .map(|p| {
            let j = map.journey(&p.id);
            Series {
                name: p.name.clone(),
                values: map
                    .stages
                    .iter()
                    .map(|s| j.cell(&s.id).emotion.map(f64::from))
                    .collect(),
            }
        })
        .collect();
    let ticks: Vec<String> = [
        "very-negative",
        "negative",
        "neutral",
        "positive",
        "very-positive",
    ]
    .iter()
    .map(|k| i18n.t(&format!("emotion-{k}")))
    .collect();
    let emotion_svg = use_memo(
        (stages.clone(), series.clone(), ticks.clone()),
        |(c, s, t)| lines(c, s, -2.0, 2.0, t).unwrap_or_default(),
    );
    let mix = channel_mix(map, props.persona.as_ref());
    let own: Vec<(String, plotters::style::RGBColor)> = Ownership::ALL
        .iter()
        .zip([
            crate::charts::SERIES[4],
            crate::charts::BRAND,
            crate::charts::SERIES[2],
        ])
        .map(|(o, c)| (i18n.t(&format!("ownership-{}", o.key())), c))
        .collect();
    let groups: Vec<Group> = stages
        .iter()
        .zip(&mix)
        .map(|(s, m)| Group {
            label: s.clone(),
            values: m.iter().map(|x| *x as f64).collect(),
        })
        .collect();
    let mix_svg = use_memo(
        (
            groups.clone(),
            own.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        ),
        move |(g, _)| bars(g, &own, true).unwrap_or_default(),
    );
    let persona_name = |id: &PersonaId| map.persona(id).map(|p| p.name.clone()).unwrap_or_default();
    let stage = |id: &StageId| {
        map.stages
            .iter()
            .find(|s| s.id == *id)
            .map(|s| stage_name(&i18n, s))
            .unwrap_or_default()
    };
    let found: Vec<String> = coverage(map)
        .iter()
        .filter(|c| {
            props.persona.as_ref().is_none_or(|p| match c {
                Coverage::Absent { persona, .. }
                | Coverage::NoKpi { persona, .. }
                | Coverage::MediumUnused { persona, .. }
                | Coverage::NoDiscoverer { persona, .. }
                | Coverage::EndsAtPurchase { persona } => persona == p,
            })
        })
        .map(|c| match c {
            Coverage::Absent { persona, stage: s } => i18n.t_args(
                "coverage-absent",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    ("stage", Arg::from(stage(s))),
                ],
            ),
            Coverage::NoKpi { persona, stage: s } => i18n.t_args(
                "coverage-no-kpi",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    ("stage", Arg::from(stage(s))),
                ],
            ),
            Coverage::NoDiscoverer { persona, stage: s } => i18n.t_args(
                "coverage-no-discoverer",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    ("stage", Arg::from(stage(s))),
                ],
            ),
            Coverage::MediumUnused { persona, medium } => i18n.t_args(
                "coverage-medium",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    (
                        "medium",
                        Arg::from(i18n.t(&format!("media-{}", medium.key()))),
                    ),
                ],
            ),
            Coverage::EndsAtPurchase { persona } => i18n.t_args(
                "coverage-ends-at-purchase",
                &[("persona", Arg::from(persona_name(persona)))],
            ),
        })
        .collect();
    let emotion_alt = i18n.t_args(
        "journey-emotion-alt",
        &[
            ("count", Arg::from(series.len())),
            ("stages", Arg::from(stages.len())),
        ],
    );
    let current = props.persona.as_ref().map(persona_name).unwrap_or_default();
    let mix_alt = i18n.t_args(
        "journey-mix-alt",
        &[("persona", Arg::from(current.clone()))],
    );
    html! {
        <div class="journey-insights">
            <section class="card" aria-labelledby="emotion-title">
                <h2 id="emotion-title">{ i18n.t("journey-emotion") }</h2>
                <Chart svg={AttrValue::from((*emotion_svg).clone())} alt={emotion_alt} testid="emotion-chart" />
                <details class="chart-data">
                    <summary>{ i18n.t("journey-as-table") }</summary>
                    <div class="table-scroll"><table class="data-table" data-testid="emotion-table">
                        <thead><tr><th scope="col">{ i18n.t("journey-persona") }</th>
                            { for stages.iter().map(|s| html! { <th scope="col" class="num">{ s.clone() }</th> }) }</tr></thead>
                        <tbody>{ for series.iter().map(|s| html! {
                            <tr><th scope="row">{ s.name.clone() }</th>
                                { for s.values.iter().map(|v| html! { <td class="num">{ v.map_or("–".to_owned(), |v| format!("{v:+}")) }</td> }) }</tr>
                        }) }</tbody>
                    </table></div>
                </details>
            </section>
            <section class="card" aria-labelledby="mix-title">
                <h2 id="mix-title">{ i18n.t_args("journey-mix", &[("persona", Arg::from(current))]) }</h2>
                <Chart svg={AttrValue::from((*mix_svg).clone())} alt={mix_alt} testid="mix-chart" />
                <details class="chart-data">
                    <summary>{ i18n.t("journey-as-table") }</summary>
                    <div class="table-scroll"><table class="data-table">
                        <thead><tr><th scope="col">{ i18n.t("journey-stage") }</th>
                            { for Ownership::ALL.iter().map(|o| html! { <th scope="col" class="num">{ i18n.t(&format!("ownership-{}", o.key())) }</th> }) }</tr></thead>
                        <tbody>{ for stages.iter().zip(&mix).map(|(s, m)| html! {
                            <tr><th scope="row">{ s.clone() }</th>{ for m.iter().map(|x| html! { <td class="num">{ *x }</td> }) }</tr>
                        }) }</tbody>
                    </table></div>
                </details>
            </section>
            <aside class="card checks" aria-labelledby="coverage-title" data-testid="coverage">
                <h2 id="coverage-title">{ i18n.t("journey-coverage") }</h2>
                if found.is_empty() { <p>{ i18n.t("journey-coverage-none") }</p> }
                else { <ul>{ for found.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul> }
            </aside>
        </div>
    }
}
