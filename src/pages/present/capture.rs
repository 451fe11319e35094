//! Live capture: on the SWOT, PESTLE and journey slides the facilitator turns on "Capture
//! ideas" and adds, edits, moves and deletes what the room says, without leaving the
//! presentation (issue 15).
//!
//! Why it is built this way:
//! - The slide shows the same board widget as `#/swot` and `#/pestle` (and the journey page's
//!   touchpoint cells), so capture has the keyboard moves, the "Move to…" menu, the
//!   announcements and the Undo note of the pages, with nothing written twice. It is shown
//!   `room`: a card's details (the team's private notes, its ratings) stay closed away.
//! - Capture is off on every new slide: a slide is read-only until the facilitator asks, so a
//!   stray key during a talk changes nothing. While it is on, the presentation's keys leave
//!   the board its own (Space lifts a card, arrows move it, Escape puts it back, Ctrl+Z undoes);
//!   Page Up and Page Down, a clicker's keys, still change slides (see `keys`).
//! - Turning it on takes focus to the first field that adds a card or touchpoint; turning it
//!   off leaves focus on the button.

use super::deck::Slide;
use crate::domain::board::BoardKind;
use crate::domain::core::ids::{PersonaId, StageId};
use crate::i18n::{stage_name, use_i18n};
use crate::state::{use_app_state, use_plan};
use crate::ui::{focus_element, BoardView};
use crate::views::report::Ctx;
use crate::views::touchpoints::TouchpointCell;
use std::rc::Rc;
use yew::prelude::*;

/// Whether `slide` can be captured into.
pub(super) fn can_capture(slide: &Slide) -> bool {
    matches!(slide, Slide::Swot | Slide::Pestle | Slide::Journey(_))
}

/// The slide's editable body while capturing; `None` when the slide has none.
pub(super) fn capture_body(c: &Ctx, slide: &Slide) -> Option<Html> {
    let board = |kind: BoardKind| {
        let board = match kind {
            BoardKind::Swot => c.plan.swot.clone(),
            BoardKind::Pestle => c.plan.pestle.clone(),
        };
        html! {
            <div class="present-capture" data-testid="present-capture">
                <BoardView {kind} {board} room={true} />
            </div>
        }
    };
    match slide {
        Slide::Swot => Some(board(BoardKind::Swot)),
        Slide::Pestle => Some(board(BoardKind::Pestle)),
        Slide::Journey(id) => Some(html! {
            <div class="present-capture" data-testid="present-capture">
                <JourneyCapture persona={id.clone()} />
            </div>
        }),
        _ => None,
    }
}

/// The exercises of `slide` a workshop timer can be tied to: its quadrants, factors or stages.
pub(super) fn exercises(c: &Ctx, slide: &Slide) -> Vec<String> {
    let columns = |kind: BoardKind| {
        kind.columns()
            .iter()
            .map(|col| c.t(&format!("col-{}", col.key())))
            .collect()
    };
    match slide {
        Slide::Swot => columns(BoardKind::Swot),
        Slide::Pestle => columns(BoardKind::Pestle),
        Slide::Journey(_) => c
            .plan
            .journey
            .stages
            .iter()
            .map(|s| stage_name(c.i18n, s))
            .collect(),
        _ => vec![],
    }
}

/// The id of the first field that adds something while capturing `slide`.
fn first_field(c: &Ctx, slide: &Slide) -> Option<String> {
    match slide {
        Slide::Swot => Some("add-strengths".to_owned()),
        Slide::Pestle => Some("add-political".to_owned()),
        Slide::Journey(_) => c
            .plan
            .journey
            .stages
            .first()
            .map(|s| format!("add-tp-{}", s.id)),
        _ => None,
    }
}

/// Props of [`JourneyCapture`].
#[derive(Properties, PartialEq)]
struct JourneyProps {
    persona: PersonaId,
}

/// A persona's journey, a stage per card, with its touchpoints editable as on the map (what
/// the stages say, their goal and message, is on the read-only slide).
#[function_component(JourneyCapture)]
fn journey_capture(props: &JourneyProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let (announce, say) = crate::ui::use_live_text();
    let Some(plan) = state.plan.clone() else {
        return Html::default();
    };
    let map = &plan.journey;
    let journey = map.journey(&props.persona);
    let stages: Rc<Vec<(StageId, String)>> = Rc::new(
        map.stages
            .iter()
            .map(|s| (s.id.clone(), stage_name(&i18n, s)))
            .collect(),
    );
    html! { <>
        <div class="visually-hidden" aria-live="polite" data-testid="journey-announce">{ (*announce).clone() }</div>
        <ol class="present-cards present-journey">
            { for stages.iter().enumerate().map(|(i, (id, name))| html! {
                <li class="present-card present-step" key={id.as_str()}>
                    <h2><span class="present-step-n">{ i + 1 }</span>{ name.clone() }</h2>
                    <TouchpointCell persona={props.persona.clone()} stage={id.clone()}
                        touchpoints={journey.at(id).cloned().collect::<Vec<_>>()}
                        stages={stages.clone()} edit={edit.clone()} say={say.clone()} />
                </li>
            }) }
        </ol>
    </> }
}

/// Capture is off on every new slide (see the module documentation).
#[hook]
pub(super) fn use_capture(index: usize) -> UseStateHandle<bool> {
    let on = use_state_eq(|| false);
    {
        let on = on.clone();
        use_effect_with(index, move |_| on.set(false));
    }
    on
}

/// What the last undo or redo did, said while capturing: the app's own notice belongs to the
/// page frame, which presentation mode does not show.
pub(super) fn undo_said(c: &Ctx, state: &crate::state::AppState) -> Html {
    let words = state.stepped.map(|s| {
        let what = crate::i18n::Arg::from(c.t(s.change.what));
        let id = if s.redo {
            "redo-done-here"
        } else {
            "undo-done-here"
        };
        c.i18n.t_args(id, &[("what", what)])
    });
    html! {
        <p class="visually-hidden" role="status" data-testid="present-undo">{ words.unwrap_or_default() }</p>
    }
}

/// The button that turns capture on and off, on a slide that can be captured into.
pub(super) fn capture_toggle(c: &Ctx, slide: &Slide, on: &UseStateHandle<bool>) -> Html {
    if !can_capture(slide) {
        return Html::default();
    }
    let i18n = c.i18n;
    let onclick = {
        let (on, field) = (on.clone(), first_field(c, slide));
        Callback::from(move |_: MouseEvent| {
            let now = !*on;
            on.set(now);
            if let (true, Some(field)) = (now, &field) {
                // Deferred, so the board is there.
                focus_element(field);
            }
        })
    };
    html! {
        <button type="button" class="button present-capture-toggle" aria-pressed={on.to_string()}
            {onclick} data-testid="present-capture-toggle">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 20h4L19 9l-4-4L4 16zM13 7l4 4" /></svg>
            { i18n.t("present-capture") }
        </button>
    }
}
