//! What the last undo or redo did, said and shown.
//!
//! Undo is plan-wide (one history for the whole plan), so Ctrl+Z on Objectives may take back an
//! edit made earlier on Monitoring. Rather than let that happen out of sight, the app says
//! what it undid ("Undid: review note on Monitoring") in a live region, shows the same words
//! in a message, and takes the user to the page where the change is, with focus on the
//! message so it is not dropped when the page changes. When the step also changed something
//! on the page the user is on, they stay and see it there. What changed is worked out by the
//! domain (`domain::document::changes`), from the versions before and after the step.

use crate::domain::document::changes::Place;
use crate::i18n::{use_i18n, Arg};
use crate::pages::Route;
use crate::state::{use_app_state, Action, Stepped};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// The words for `step`: "Undid: review note on Monitoring", or without the page for the
/// plan's name, which every page shows.
fn words(i18n: &crate::i18n::I18nContext, step: &Stepped) -> String {
    let what = Arg::from(i18n.t(step.change.what));
    let page = Route::of_place(step.change.place).and_then(Route::nav_key);
    match (step.redo, page) {
        (false, Some(page)) => i18n.t_args(
            "undo-done",
            &[("what", what), ("page", Arg::from(i18n.t(page)))],
        ),
        (true, Some(page)) => i18n.t_args(
            "redo-done",
            &[("what", what), ("page", Arg::from(i18n.t(page)))],
        ),
        (false, None) => i18n.t_args("undo-done-here", &[("what", what)]),
        (true, None) => i18n.t_args("redo-done-here", &[("what", what)]),
    }
}

/// The live region and the message of the last undo or redo; goes to its page.
#[function_component(UndoNotice)]
pub(super) fn undo_notice() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let route = use_route::<Route>();
    let navigator = use_navigator();
    let notice = use_node_ref();
    let step = state.stepped;
    // The step already acted on: one this component finds when it first shows (after
    // presentation mode, say) is said but does not move the user.
    let handled = use_mut_ref(|| step.map(|s| s.revision));
    // The page the message belongs to: leaving it ends the message, which would otherwise
    // describe a page the user is no longer on.
    let shown_at = use_mut_ref(|| route);
    {
        let (state, shown_at) = (state.clone(), shown_at.clone());
        use_effect_with(route, move |route| {
            if state.stepped.is_some() && *shown_at.borrow() != *route {
                state.dispatch(Action::DismissStepped);
            }
        });
    }
    {
        let notice = notice.clone();
        use_effect_with(step.map(|s| s.revision), move |revision| {
            if *revision != *handled.borrow() {
                *handled.borrow_mut() = *revision;
                *shown_at.borrow_mut() = route;
                // Where the user is, if the step changed something shown there: they see its
                // effect without moving (undoing a SWOT card's deletion from TOWS).
                let here = Place::ALL
                    .into_iter()
                    .find(|p| route.is_some() && Route::of_place(*p) == route);
                let target = step
                    .filter(|s| here.is_none_or(|p| !s.change.touches(p)))
                    .and_then(|s| Route::of_place(s.change.place));
                if let (Some(target), Some(navigator)) = (target, navigator) {
                    if route != Some(target) {
                        *shown_at.borrow_mut() = Some(target);
                        navigator.push(&target);
                        // The element that had focus goes with the old page.
                        if let Some(el) = notice.cast::<web_sys::HtmlElement>() {
                            let _ = el.focus();
                        }
                    }
                }
            }
        });
    }
    let text = step.map(|s| words(&i18n, &s));
    let dismiss = {
        let (state, notice) = (state.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            // The button goes with the message: focus moves to the page's content (the main
            // landmark, the sibling of the messages) instead of being dropped.
            let main = notice
                .cast::<web_sys::Element>()
                .and_then(|el| el.parent_element())
                .and_then(|notices| notices.next_element_sibling())
                .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(main) = main {
                let _ = main.focus();
            }
            state.dispatch(Action::DismissStepped)
        })
    };
    html! {
        <>
            <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="undo-announce">
                { text.clone().unwrap_or_default() }
            </div>
            if let Some(text) = text {
                <div class="banner banner-info undo-notice" data-testid="undo-notice" tabindex="-1" ref={notice}>
                    <div class="banner-body"><p>{ text }</p></div>
                    <button type="button" class="button button-quiet banner-dismiss" onclick={dismiss}>
                        { i18n.t("dismiss") }
                    </button>
                </div>
            }
        </>
    }
}
