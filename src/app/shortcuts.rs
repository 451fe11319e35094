//! The app-wide keyboard shortcuts, kept out of text fields: undo and redo, and Ctrl+Alt+P
//! (Cmd+Option+P), which opens presentation mode on the current page's slide from anywhere —
//! a facilitator need not find the button while the room waits. It presses the header's
//! Present button, so it does exactly what a click does (full screen included: a key press
//! lets a page ask for it). Matched by the key's place (`code`), not the character it types,
//! so Option+P on a Mac (which types "π") and every keyboard layout work alike.
//!
//! Mounted into a host page (issue 16), the page is the host's: a shortcut acts only on a key
//! pressed with focus inside Waymark's element, so the host's own fields and the rest of its
//! page keep every key, Ctrl+Z included. The listener is then on Waymark's root element, and
//! the field a key was typed in is the event's first target in its composed path (at the
//! window, a key from inside a shadow root seems to come from the host element). A key that
//! no shortcut takes is never prevented.

use crate::state::{Action, StateHandle};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, anywhere but inside a text field,
/// where the browser's own undo of the typing in progress is what the user expects.
/// Mounted, `host` is Waymark's root element: only keys pressed inside it count.
#[hook]
pub(super) fn use_undo_shortcuts(state: StateHandle, host: Option<web_sys::Element>) {
    use_effect_with((), move |_| {
        let target: Option<web_sys::EventTarget> = match &host {
            Some(host) => Some(host.clone().into()),
            None => web_sys::window().map(Into::into),
        };
        let listener = target.map(|target| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&target, "keydown", options, move |event| {
                let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) || in_text_field(e) {
                    return;
                }
                if host.as_ref().is_some_and(|h| !pressed_inside(e, h)) {
                    return;
                }
                if e.alt_key() {
                    if e.code() == "KeyP" && !e.shift_key() {
                        press_present(e, host.as_ref());
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

/// Presses the header's Present button, when there is one (there is none while presenting):
/// the one inside `host` when mounted (in a shadow root, out of the document's reach).
fn press_present(e: &web_sys::KeyboardEvent, host: Option<&web_sys::Element>) {
    let button = match host {
        Some(host) => host.query_selector("#present-button").ok().flatten(),
        None => web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("present-button")),
    }
    .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        e.prevent_default();
        button.click();
    }
}

/// Whether the key was pressed inside Waymark's element `host` (where focus was: a key press
/// goes to the focused element). The listener on `host` hears only those; this also keeps out
/// one dispatched at `host` from outside.
fn pressed_inside(e: &web_sys::KeyboardEvent, host: &web_sys::Element) -> bool {
    first_target(e).is_some_and(|el| host.contains(Some(&el)))
}

/// The element the key was pressed in: the event's first target in its composed path, which
/// is inside a shadow root too (where `target` is retargeted to the shadow's host).
fn first_target(e: &web_sys::KeyboardEvent) -> Option<web_sys::Element> {
    e.composed_path()
        .get(0)
        .dyn_into::<web_sys::Element>()
        .ok()
        .or_else(|| e.target().and_then(|t| t.dyn_into().ok()))
}

/// Whether the key was typed in a text field, which has its own undo.
fn in_text_field(e: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = first_target(e) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    tag == "textarea"
        || (tag == "input"
            && el.get_attribute("type").is_none_or(|t| {
                matches!(
                    t.to_ascii_lowercase().as_str(),
                    "text" | "search" | "email" | "url" | "tel" | "password" | "number"
                )
            }))
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}
