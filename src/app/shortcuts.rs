//! The app-wide keyboard shortcuts, kept out of text fields: undo and redo, and Ctrl+Alt+P
//! (Cmd+Option+P), which opens presentation mode on the current page's slide from anywhere —
//! a facilitator need not find the button while the room waits. It presses the header's
//! Present button, so it does exactly what a click does (full screen included: a key press
//! lets a page ask for it). Matched by the key's place (`code`), not the character it types,
//! so Option+P on a Mac (which types "π") and every keyboard layout work alike.

use crate::state::{Action, StateHandle};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, anywhere but inside a text field,
/// where the browser's own undo of the typing in progress is what the user expects.
#[hook]
pub(super) fn use_undo_shortcuts(state: StateHandle) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) || in_text_field(e) {
                    return;
                }
                if e.alt_key() {
                    if e.code() == "KeyP" && !e.shift_key() {
                        press_present(e);
                    }
                    return;
                }
                let key = e.key().to_ascii_lowercase();
                let action = match (key.as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                state.dispatch(action);
            })
        });
        move || drop(listener)
    });
}

/// Presses the header's Present button, when there is one (there is none while presenting).
fn press_present(e: &web_sys::KeyboardEvent) {
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("present-button"))
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        e.prevent_default();
        button.click();
    }
}

fn in_text_field(e: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    tag == "textarea"
        || (tag == "input"
            && el
                .get_attribute("type")
                .is_none_or(|t| t == "text" || t == "search"))
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
