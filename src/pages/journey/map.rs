//! The journey map's grid: a header row of stages (rename, move, delete, add), then one row
//! per lane — text cells, the emotion, and the touchpoints of each stage.
//!
//! The grid scrolls inside its region with the lane names and the stage row sticky. Whatever
//! gets keyboard focus in it is scrolled fully into the part those do not cover (WCAG 2.4.11):
//! the stylesheet's `scroll-padding` on `.journey-scroll` says where that part is, and
//! [`reveal`] asks for it, because the browser's own scrolling on focus leaves an element that
//! is already partly in view where it is, half under the lane names or cut off at an edge.
//!
//! On a phone (the stylesheet's narrow layout) the map shows one stage at a time, chosen with
//! the stage buttons above it (pressed or not, said when pressed), so that every lane reads
//! down the screen without sideways scrolling; the other stages' cells are there but hidden.
//! What changes the stage takes the focus there, so it is never left on a hidden cell: a stage
//! added or deleted shows the new one or the one in its place, a touchpoint moved to another
//! stage shows that stage. "Add stage" sits above the map on every screen, always in view.

use crate::domain::core::ids::{PersonaId, StageId};
use crate::domain::journey::{Journey, JourneyMap, Lane, MAX_TEXT_CHARS};
use crate::domain::JourneyCommand;
use crate::i18n::{stage_name, use_i18n, Arg, I18nContext};
use crate::state::PlanHandle;
use crate::state::{entropy, now};
use crate::ui::{focus_element, TextField};
use std::rc::Rc;
use yew::prelude::*;

use super::select_value;

use crate::views::touchpoints::TouchpointCell;

/// Props of [`JourneyMapView`].
#[derive(Properties, PartialEq)]
pub(super) struct MapProps {
    pub map: Rc<JourneyMap>,
    pub persona: PersonaId,
    pub journey: Rc<Journey>,
    pub edit: PlanHandle,
}

/// What the map's parts share: the live region's `say`, `show` (the stage shown on a phone)
/// and the stage shown now.
struct Tell {
    say: Callback<String>,
    show: Callback<StageId>,
    current: Option<StageId>,
}

impl Tell {
    /// The class of a cell of stage `id`: hidden on a phone unless its stage is shown.
    fn class(&self, id: &StageId) -> Option<&'static str> {
        (self.current.as_ref() != Some(id)).then_some("offstage")
    }
}

/// The map table: a header row of stages, then one row per lane.
#[function_component(JourneyMapView)]
pub(super) fn journey_map_view(props: &MapProps) -> Html {
    let i18n = use_i18n();
    let map = &props.map;
    let stages: Vec<(StageId, String)> = map
        .stages
        .iter()
        .map(|s| (s.id.clone(), stage_name(&i18n, s)))
        .collect();
    let n = map.stages.len();
    // What a change to a touchpoint says, in the map's one live region.
    let (announce, say) = crate::ui::use_live_text();
    // The stage shown on a phone (the first, until one is chosen or it is gone); `show` is
    // stable, so the touchpoint cells it is passed to still skip re-rendering.
    let shown = use_state_eq(|| None::<StageId>);
    let show = {
        let set = shown.setter();
        use_callback((), move |id: StageId, _| set.set(Some(id)))
    };
    let current = (*shown)
        .clone()
        .filter(|id| map.stages.iter().any(|s| &s.id == id))
        .or_else(|| map.stages.first().map(|s| s.id.clone()));
    let tell = Tell {
        say: say.clone(),
        show: show.clone(),
        current,
    };
    let add_stage = {
        let (name, edit, say) = (i18n.t("journey-new-stage"), props.edit.clone(), say.clone());
        let said = i18n.t_args("journey-stage-added", &[("stage", Arg::from(name.clone()))]);
        let show = show.clone();
        Callback::from(move |_: MouseEvent| {
            let id = StageId::generate(now(), entropy());
            edit.apply(JourneyCommand::AddStage {
                id: id.clone(),
                name: name.clone(),
                index: usize::MAX,
            });
            show.emit(id.clone());
            say.emit(said.clone());
            // Its name is the first thing to change.
            focus_element(&format!("stage-name-{id}"));
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
                        <td class={tell.class(&s.id)}>
                            <TextField id={format!("lane-{}-{}", lane.key(), s.id)} class="lane-field" multiline={true} rows={3}
                                label={format!("{} · {}", i18n.t(&format!("lane-{}", lane.key())), name)} label_hidden={true}
                                value={cell.lane(lane).to_owned()} maxlength={MAX_TEXT_CHARS} {on_commit} />
                        </td>
                    }
                }) }
            </tr>
        }
    };
    html! { <>
        <div class="visually-hidden" aria-live="polite" data-testid="journey-announce">{ (*announce).clone() }</div>
        { stage_bar(&i18n, &tell, &stages, add_stage) }
        <div class="journey-scroll" tabindex="0" role="region" aria-label={i18n.t("journey-map-label")} onfocusin={Callback::from(reveal)}>
            <table class="journey-map" data-testid="journey-map">
                <thead>
                    <tr>
                        <th scope="col" class="lane-head corner">{ i18n.t("journey-stage") }</th>
                        { for (0..n).map(|i| stage_head(&i18n, props, &tell, i, &stages, n)) }
                    </tr>
                </thead>
                <tbody>
                    { lane_row(Lane::Goal) }
                    { lane_row(Lane::Message) }
                    <tr>
                        <th scope="row" class="lane-head">{ i18n.t("lane-where") }</th>
                        { for map.stages.iter().map(|s| html! {
                            <td class={tell.class(&s.id)}>
                                <TouchpointCell persona={props.persona.clone()} stage={s.id.clone()}
                                    touchpoints={props.journey.at(&s.id).cloned().collect::<Vec<_>>()}
                                    stages={Rc::new(stages.clone())} edit={props.edit.clone()} say={say.clone()} show={show.clone()} />
                            </td>
                        }) }
                    </tr>
                    { lane_row(Lane::When) }
                    { lane_row(Lane::Why) }
                    { lane_row(Lane::Thoughts) }
                    { emotion_row(&i18n, props, &tell, &stages) }
                    { lane_row(Lane::Friction) }
                    { lane_row(Lane::Opportunities) }
                    { lane_row(Lane::Kpi) }
                </tbody>
            </table>
        </div>
    </> }
}

/// Scrolls what just got keyboard focus inside the map fully into view, clear of the sticky
/// lane names and stage row (the region's `scroll-padding`), moving the map as little as
/// possible. Pointer focus on a button is left alone, so a click or a drag never scrolls the
/// map under the pointer; the region itself is not moved either.
fn reveal(e: FocusEvent) {
    let Some(target) = e.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let keyboard = target.matches(":focus-visible").unwrap_or(false);
    if !keyboard || target.matches(".journey-scroll").unwrap_or(true) {
        return;
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    target.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Above the map: on a phone, a button per stage that shows it (pressed when shown; said);
/// on every screen, "Add stage".
fn stage_bar(
    i18n: &I18nContext,
    tell: &Tell,
    stages: &[(StageId, String)],
    add_stage: Callback<MouseEvent>,
) -> Html {
    let n = stages.len();
    html! {
        <div class="stage-bar">
            <div class="stage-picker" role="group" aria-label={i18n.t("journey-stage")} data-testid="stage-picker">
                { for stages.iter().enumerate().map(|(i, (id, name))| {
                    let said = i18n.t_args("journey-showing", &[
                        ("stage", Arg::from(name.clone())), ("position", Arg::from(i + 1)), ("count", Arg::from(n)),
                    ]);
                    let (show, say, id) = (tell.show.clone(), tell.say.clone(), id.clone());
                    let pressed = tell.current.as_ref() == Some(&id);
                    let onclick = Callback::from(move |_: MouseEvent| {
                        show.emit(id.clone());
                        say.emit(said.clone());
                    });
                    html! {
                        <button type="button" class="button button-small" aria-pressed={pressed.to_string()} {onclick}>{ name.clone() }</button>
                    }
                }) }
            </div>
            <button type="button" class="button button-small" onclick={add_stage} id="add-stage" data-testid="add-stage">{ i18n.t("journey-add-stage") }</button>
        </div>
    }
}

/// A stage's header: its name (renamed in place), move left or right, delete. A move keeps
/// focus on the arrow that moved it (the other one, at an end); a deletion hands focus to an
/// arrow of the stage now in its place (or the one before), else "Add stage", and shows that
/// stage on a phone. Each is said in `say`.
fn stage_head(
    i18n: &I18nContext,
    props: &MapProps,
    tell: &Tell,
    i: usize,
    stages: &[(StageId, String)],
    n: usize,
) -> Html {
    let (id, name) = stages[i].clone();
    let rename = {
        let id = id.clone();
        props
            .edit
            .on(move |name: String| JourneyCommand::RenameStage {
                id: id.clone(),
                name,
            })
    };
    let shift = |to: usize, side: &'static str| {
        let (id, edit, say) = (id.clone(), props.edit.clone(), tell.say.clone());
        let said = i18n.t_args(
            "journey-stage-moved",
            &[
                ("stage", Arg::from(name.clone())),
                ("position", Arg::from(to + 1)),
                ("count", Arg::from(n)),
            ],
        );
        // At an end its own arrow is disabled: the other one keeps the focus.
        let at_end = to == 0 || to + 1 == n;
        let other = if side == "left" { "right" } else { "left" };
        Callback::from(move |_: MouseEvent| {
            edit.apply(JourneyCommand::MoveStage {
                id: id.clone(),
                index: to,
            });
            say.emit(said.clone());
            focus_element(&format!("stage-{}-{id}", if at_end { other } else { side }));
        })
    };
    let delete = {
        let (id, edit, say) = (id.clone(), props.edit.clone(), tell.say.clone());
        let said = i18n.t_args(
            "journey-stage-deleted",
            &[("stage", Arg::from(name.clone()))],
        );
        // A button, not the next name's field: there Ctrl+Z would be the field's own undo,
        // not the one that brings the stage back. The stage now at its place (or the one
        // before) keeps an arrow that is not disabled, else "Add stage".
        let left = n.saturating_sub(1);
        let next = match (
            stages.get(i + 1),
            i.checked_sub(1).and_then(|j| stages.get(j)),
        ) {
            (Some((s, _)), _) if i + 1 < left => format!("stage-right-{s}"),
            (Some((s, _)), _) if i > 0 => format!("stage-left-{s}"),
            (None, Some((s, _))) if i > 1 => format!("stage-left-{s}"),
            _ => "add-stage".to_owned(),
        };
        let (show, then) = (
            tell.show.clone(),
            stages
                .get(i + 1)
                .or(i.checked_sub(1).and_then(|j| stages.get(j)))
                .map(|(s, _)| s.clone()),
        );
        Callback::from(move |_: MouseEvent| {
            edit.apply(JourneyCommand::DeleteStage { id: id.clone() });
            if let Some(s) = &then {
                show.emit(s.clone());
            }
            say.emit(said.clone());
            focus_element(&next);
        })
    };
    let label = i18n.t_args("journey-stage-name", &[("n", Arg::from(i + 1))]);
    html! {
        <th scope="col" class={classes!("stage-head", tell.class(&id))} data-testid={format!("stage-{i}")}>
            <TextField id={format!("stage-name-{id}")} class="stage-name" {label} label_hidden={true}
                value={name.clone()} maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={rename} />
            <span class="stage-tools">
                <button type="button" class="button button-small button-quiet" disabled={i == 0} onclick={shift(i.saturating_sub(1), "left")}
                    id={format!("stage-left-{id}")}
                    aria-label={i18n.t_args("journey-stage-left", &[("stage", Arg::from(name.clone()))])}>{ "←" }</button>
                <button type="button" class="button button-small button-quiet" disabled={i + 1 == n} onclick={shift(i + 1, "right")}
                    id={format!("stage-right-{id}")}
                    aria-label={i18n.t_args("journey-stage-right", &[("stage", Arg::from(name.clone()))])}>{ "→" }</button>
                <button type="button" class="button button-small button-quiet" onclick={delete}
                    aria-label={i18n.t_args("journey-stage-delete", &[("stage", Arg::from(name))])}>{ "✕" }</button>
            </span>
        </th>
    }
}

/// The emotion lane: how the persona feels at each stage, from very negative to very positive.
fn emotion_row(
    i18n: &I18nContext,
    props: &MapProps,
    tell: &Tell,
    stages: &[(StageId, String)],
) -> Html {
    let emotions = [
        (-2, "very-negative"),
        (-1, "negative"),
        (0, "neutral"),
        (1, "positive"),
        (2, "very-positive"),
    ];
    html! {
    <tr>
        <th scope="row" class="lane-head">{ i18n.t("lane-emotion") }</th>
        { for props.map.stages.iter().zip(stages).map(|(s, (_, name))| {
            let value = props.journey.cell(&s.id).emotion;
            let (persona, stage) = (props.persona.clone(), s.id.clone());
            let onchange = props.edit.on(move |e: Event| {
                let value = select_value(&e).and_then(|v| v.parse::<i8>().ok());
                JourneyCommand::SetEmotion { persona: persona.clone(), stage: stage.clone(), value }
            });
            let id = format!("emotion-{}", s.id);
            html! {
                <td class={classes!("emotion-cell", format!("emotion-{}", value.map_or("none".to_owned(), |v| v.to_string())), tell.class(&s.id))}>
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
    }
}
