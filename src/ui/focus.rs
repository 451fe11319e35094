//! Where keyboard focus goes after the page changes: to the new page's heading, or to the
//! element a page names, once Yew has rendered it (focus is never dropped to the page).

use wasm_bindgen::JsCast;

/// After a page changes, focus its heading so keyboard and screen-reader users start there.
pub fn focus_main_heading() {
    focus_element("page-title");
}

/// Moves focus to the element `id` once Yew has rendered what is being shown.
pub fn focus_element(id: &str) {
    // One copy of this function, not one per kind of string (it is in the first download).
    let id = id.to_owned();
    let focus = move || {
        let element = web_sys::window()?.document()?.get_element_by_id(&id)?;
        element
            .dyn_into::<web_sys::HtmlElement>()
            .ok()?
            .focus()
            .ok()
    };
    gloo::timers::callback::Timeout::new(0, move || {
        focus();
    })
    .forget();
}

/// Focuses the page's heading when nothing has focus any more (what had it went away with the
/// page that was shown): a page that appears later, once its lazily loaded code is here, takes
/// focus as a page change would, so focus is never left on the page's body.
pub fn focus_main_heading_if_lost() {
    gloo::timers::callback::Timeout::new(0, || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let lost = match document.active_element() {
            None => true,
            Some(active) => document.body().is_some_and(|body| active == *body.as_ref()),
        };
        if lost {
            focus_main_heading();
        }
    })
    .forget();
}

/// A live region's text and the callback that sets it: what a board, the journey map or live
/// capture says after a change. The callback is stable across renders, so the items it is
/// passed to (cards, touchpoint cells) still skip re-rendering.
#[yew::hook]
pub fn use_live_text() -> (yew::UseStateHandle<String>, yew::Callback<String>) {
    let text = yew::use_state_eq(String::new);
    let say = {
        let text = text.clone();
        yew::use_callback((), move |said: String, _| text.set(said))
    };
    (text, say)
}
