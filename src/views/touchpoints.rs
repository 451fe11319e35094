//! The touchpoints of one stage of a persona's journey: chips that open an editor (channel,
//! ownership, role, note; move to another stage; delete), a drop target for dragged chips,
//! and a menu that adds one by channel. The journey page's map and presentation mode's live
//! capture on a journey slide both show it.
//!
//! Every change is said in the caller's live region (`say`): added, moved (where to, which
//! position), deleted, updated. Focus never drops to the page: a new touchpoint takes it, a
//! moved touchpoint's button takes it where the touchpoint landed, a deleted one hands it to
//! its neighbour, else to the stage's "Add" list. The editor's channel, ownership and role
//! lists set a value of the touchpoint (WCAG 3.2.2 is about changes of context, and none
//! happens): each change is said; only adding and moving, which do change what is where, wait
//! for a button.
//!
//! A chip says its ownership and role in words ("Owned · Discoverer"), not letters: the people
//! this is for do not know the jargon's abbreviations (issue 14); the editor explains the
//! words beside the lists that choose them.

use crate::domain::core::channel::{Channel, Ownership, Role};
use crate::domain::core::ids::{PersonaId, StageId, TouchpointId};
use crate::domain::journey::{Touchpoint, MAX_TEXT_CHARS};
use crate::domain::JourneyCommand;
use crate::i18n::{channel_name, use_i18n, Arg, I18nContext};
use crate::state::PlanHandle;
use crate::state::{entropy, now};
use crate::ui::{focus_element, Choose, TextField};
use std::rc::Rc;
use web_sys::DragEvent;
use yew::prelude::*;

use crate::ui::event_value as select_value;

/// Props of [`TouchpointCell`].
#[derive(Properties, PartialEq)]
pub struct CellProps {
    pub persona: PersonaId,
    pub stage: StageId,
    pub touchpoints: Vec<Touchpoint>,
    /// Every stage, for the "Move to…" menu.
    pub stages: Rc<Vec<(StageId, String)>>,
    pub edit: PlanHandle,
    /// Says a change, in the caller's live region.
    pub say: Callback<String>,
    /// Shows a stage, where one is shown at a time (the map on a phone): the one a touchpoint
    /// was moved to, so that its button, which takes the focus, is shown.
    #[prop_or_default]
    pub show: Callback<StageId>,
}

/// The name of stage `id` among `stages`.
fn name_of(stages: &[(StageId, String)], id: &StageId) -> String {
    stages
        .iter()
        .find(|(s, _)| s == id)
        .map(|(_, name)| name.clone())
        .unwrap_or_default()
}

/// The touchpoints of one stage: chips that open an editor, a drop target for dragged chips,
/// and a menu that adds one by channel.
#[function_component(TouchpointCell)]
pub fn touchpoint_cell(props: &CellProps) -> Html {
    let i18n = use_i18n();
    let stage_name = name_of(&props.stages, &props.stage);
    let add = {
        let (persona, stage, edit) = (
            props.persona.clone(),
            props.stage.clone(),
            props.edit.clone(),
        );
        let (say, i18n, stage_name) = (props.say.clone(), i18n.clone(), stage_name.clone());
        Callback::from(move |value: String| match Channel::from_key(&value) {
            Some(channel) => {
                let id = TouchpointId::generate(now(), entropy());
                edit.apply(JourneyCommand::AddTouchpoint {
                    persona: persona.clone(),
                    stage: stage.clone(),
                    id: id.clone(),
                    channel,
                    custom: String::new(),
                });
                // The new touchpoint takes the focus: Enter opens it to set who owns it.
                focus_element(&format!("tp-{id}-chip"));
                say.emit(i18n.t_args(
                    "journey-tp-added",
                    &[
                        ("channel", Arg::from(channel_name(&i18n, channel, ""))),
                        ("stage", Arg::from(stage_name.clone())),
                    ],
                ));
            }
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
    let add_label = i18n.t_args(
        "journey-add-touchpoint-to",
        &[("stage", Arg::from(stage_name))],
    );
    let count = props.touchpoints.len();
    html! {
        <div class="touchpoints" {ondragover} {ondrop} data-testid={format!("touchpoints-{}", props.stage)}>
            <ul class="tp-list">
                { for props.touchpoints.iter().enumerate().map(|(i, tp)| {
                    // Where focus goes if this one is deleted: the next, else the one before,
                    // else the stage's "Add" list.
                    let after_delete = props.touchpoints.get(i + 1)
                        .or(i.checked_sub(1).and_then(|j| props.touchpoints.get(j)))
                        .map_or(add_id.clone(), |t| format!("tp-{}-chip", t.id));
                    html! {
                        <TouchpointChip key={tp.id.as_str()} persona={props.persona.clone()} touchpoint={tp.clone()}
                            index={i} last={i + 1 == count} stages={props.stages.clone()} edit={props.edit.clone()}
                            say={props.say.clone()} show={props.show.clone()} {count} {after_delete} />
                    }
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
pub struct ChipProps {
    pub persona: PersonaId,
    pub touchpoint: Touchpoint,
    pub index: usize,
    pub last: bool,
    pub stages: Rc<Vec<(StageId, String)>>,
    pub edit: PlanHandle,
    pub say: Callback<String>,
    pub show: Callback<StageId>,
    /// How many touchpoints its stage has.
    pub count: usize,
    /// The element that takes focus when this touchpoint is deleted.
    pub after_delete: String,
}

/// One touchpoint: its channel, ownership and role; open, it edits, moves and deletes.
#[function_component(TouchpointChip)]
fn touchpoint_chip(props: &ChipProps) -> Html {
    let i18n = use_i18n();
    let open = use_state_eq(|| false);
    let tp = &props.touchpoint;
    let name = channel_name(&i18n, tp.channel, &tp.custom);
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
    html! {
        <li class={format!("tp tp-{} tp-{}", tp.ownership.key(), tp.role.key())} draggable="true" {ondragstart}>
            // The name (what is seen) starts the accessible name; ownership and role follow,
            // punctuated for screen readers.
            <button type="button" class="tp-chip" id={format!("tp-{}-chip", tp.id)} onclick={toggle} aria-expanded={(*open).to_string()}>
                <span class="tp-name">{ name.clone() }</span>
                <span class="visually-hidden">{ i18n.t_args("journey-tp-label", &[
                    ("channel", Arg::from("")),
                    ("ownership", Arg::from(i18n.t(&format!("ownership-{}", tp.ownership.key())))),
                    ("role", Arg::from(i18n.t(&format!("role-{}", tp.role.key())))),
                ]) }</span>
                <span class="tp-kind" aria-hidden="true">{ format!("{} · {}",
                    i18n.t(&format!("ownership-{}", tp.ownership.key())), i18n.t(&format!("role-{}", tp.role.key()))) }</span>
            </button>
            if !tp.note.is_empty() { <p class="tp-note">{ tp.note.clone() }</p> }
            if *open {
                <TouchpointEditor persona={props.persona.clone()} touchpoint={tp.clone()} index={props.index}
                    last={props.last} stages={props.stages.clone()} edit={props.edit.clone()}
                    say={props.say.clone()} show={props.show.clone()} count={props.count} after_delete={props.after_delete.clone()} />
            }
        </li>
    }
}

/// An open touchpoint's editor: channel (and its name when custom), ownership, role, note;
/// "Move to…" another stage or up and down in this one; delete. Every change sends the whole
/// touchpoint with one part changed.
#[function_component(TouchpointEditor)]
fn touchpoint_editor(props: &ChipProps) -> Html {
    let i18n = use_i18n();
    let tp = &props.touchpoint;
    let set = |f: fn(&mut Touchpoint, String)| {
        let (persona, base, edit) = (props.persona.clone(), tp.clone(), props.edit.clone());
        let (say, i18n) = (props.say.clone(), i18n.clone());
        Callback::from(move |value: String| {
            let mut t = base.clone();
            f(&mut t, value);
            if t == base {
                return;
            }
            say.emit(i18n.t_args(
                "journey-tp-updated",
                &[
                    (
                        "channel",
                        Arg::from(channel_name(&i18n, t.channel, &t.custom)),
                    ),
                    (
                        "ownership",
                        Arg::from(i18n.t(&format!("ownership-{}", t.ownership.key()))),
                    ),
                    ("role", Arg::from(i18n.t(&format!("role-{}", t.role.key())))),
                ],
            ));
            edit.apply(JourneyCommand::SetTouchpoint {
                persona: persona.clone(),
                id: t.id,
                channel: t.channel,
                custom: t.custom,
                ownership: t.ownership,
                role: t.role,
                note: t.note,
            });
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
    let on_move = move_to(props, &i18n);
    let delete = delete_it(props, &i18n);
    let pid = format!("tp-{}", tp.id);
    // A list with its help (what its words mean) tied to it, under it.
    let select = |suffix: &str,
                  label: String,
                  options: Vec<(String, String)>,
                  value: String,
                  onchange: Callback<Event>,
                  help: Option<String>| {
        let id = format!("{pid}-{suffix}");
        let help_id = format!("{id}-help");
        html! {
            <div class="field field-select compact">
                <label class="field-label" for={id.clone()}>{ label }</label>
                <select {id} {onchange} aria-describedby={help.is_some().then(|| help_id.clone())}>
                    { for options.into_iter().map(|(v, t)| html! { <option value={v.clone()} selected={v == value}>{ t }</option> }) }
                </select>
                if let Some(help) = help { <p class="field-help" id={help_id}>{ help }</p> }
            </div>
        }
    };
    html! {
        <div class="tp-editor">
            { select("channel", i18n.t("journey-tp-channel"),
                Channel::ALL.iter().map(|c| (c.key().to_owned(), i18n.t(&format!("channel-{}", c.key())))).collect(),
                tp.channel.key().to_owned(), on_select(|t, v| t.channel = Channel::from_key(&v).unwrap_or(t.channel)), None) }
            if tp.channel == Channel::Custom {
                <TextField id={format!("{pid}-custom")} label={i18n.t("journey-tp-custom")} value={tp.custom.clone()}
                    maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={set(|t, v| t.custom = v)} />
            }
            { select("ownership", i18n.t("journey-tp-ownership"),
                Ownership::ALL.iter().map(|o| (o.key().to_owned(), i18n.t(&format!("ownership-{}", o.key())))).collect(),
                tp.ownership.key().to_owned(), on_select(|t, v| t.ownership = Ownership::ALL.into_iter().find(|o| o.key() == v).unwrap_or(t.ownership)),
                Some(i18n.t("journey-ownership-help"))) }
            { select("role", i18n.t("journey-tp-role"),
                Role::ALL.iter().map(|r| (r.key().to_owned(), i18n.t(&format!("role-{}", r.key())))).collect(),
                tp.role.key().to_owned(), on_select(|t, v| t.role = Role::ALL.into_iter().find(|r| r.key() == v).unwrap_or(t.role)),
                Some(i18n.t("journey-role-help"))) }
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
}

/// "Move to…": up or down in its stage, or to another stage; said, and focus follows it.
fn move_to(props: &ChipProps, i18n: &I18nContext) -> Callback<String> {
    let tp = &props.touchpoint;
    let (persona, id, edit, stage, index) = (
        props.persona.clone(),
        tp.id.clone(),
        props.edit.clone(),
        tp.stage.clone(),
        props.index,
    );
    let (stages, show) = (props.stages.clone(), props.show.clone());
    let (say, i18n, name, count) = (
        props.say.clone(),
        i18n.clone(),
        channel_name(i18n, tp.channel, &tp.custom),
        props.count,
    );
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
            stage: to.clone(),
            index: i,
        });
        // Up and down stay in the stage; another stage takes it last, and is shown.
        let said = if to == stage {
            i18n.t_args(
                "journey-tp-moved-in",
                &[
                    ("channel", Arg::from(name.clone())),
                    ("position", Arg::from(i.min(count.saturating_sub(1)) + 1)),
                    ("count", Arg::from(count)),
                ],
            )
        } else {
            show.emit(to.clone());
            i18n.t_args(
                "journey-tp-moved",
                &[
                    ("channel", Arg::from(name.clone())),
                    ("stage", Arg::from(name_of(&stages, &to))),
                ],
            )
        };
        say.emit(said);
        focus_element(&format!("tp-{id}-chip"));
    })
}

/// Delete: said, and focus goes to the neighbour (or the stage's "Add" list).
fn delete_it(props: &ChipProps, i18n: &I18nContext) -> Callback<MouseEvent> {
    let tp = &props.touchpoint;
    let (persona, id, edit) = (props.persona.clone(), tp.id.clone(), props.edit.clone());
    let (say, next) = (props.say.clone(), props.after_delete.clone());
    let said = i18n.t_args(
        "journey-tp-deleted",
        &[
            (
                "channel",
                Arg::from(channel_name(i18n, tp.channel, &tp.custom)),
            ),
            ("stage", Arg::from(name_of(&props.stages, &tp.stage))),
        ],
    );
    Callback::from(move |_: MouseEvent| {
        edit.apply(JourneyCommand::DeleteTouchpoint {
            persona: persona.clone(),
            id: id.clone(),
        });
        say.emit(said.clone());
        focus_element(&next);
    })
}
