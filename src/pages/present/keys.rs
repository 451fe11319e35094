//! The presentation's keys: arrows, Page Up/Down, Space, Home, End, Escape. One listener on
//! the window, in the capture phase (before the app's own shortcuts, so undo cannot change
//! the plan behind the slides); keys typed into a field, and Space or Enter on a button, keep
//! their usual meaning. Page Up and Page Down are what a presenter's clicker sends, so they
//! move between slides from the timer's minutes too; only in a text being written (a text
//! area, or a text field with words in it) do they stay the field's, so no draft is lost.
//! What a key does is a pure function (`act`), tested natively.

use super::leave;
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;
use yew_router::prelude::*;

/// What a key does in the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Next,
    Previous,
    First,
    Last,
    Leave,
    CloseZoom,
}

/// What the key event was aimed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aim {
    /// A field that reads keys itself (the timer's minutes).
    Field,
    /// A text being written: a text area, or a text field with words in it.
    Writing,
    /// Inside the board or journey the facilitator is capturing into: its keys (Space lifts a
    /// card, arrows move it, Escape puts it back) are its own.
    Capture,
    /// A button or link: Space and Enter press it.
    Button,
    /// Anything else.
    Other,
}

/// What `key` (with Shift or not) does, aimed at `aim`, while a card is zoomed or not.
fn act(key: &str, shift: bool, aim: Aim, zoomed: bool) -> Option<Act> {
    if zoomed {
        return matches!(key, "Escape" | "Esc").then_some(Act::CloseZoom);
    }
    match key {
        _ if aim == Aim::Writing => None,
        "PageDown" => Some(Act::Next),
        "PageUp" => Some(Act::Previous),
        _ if aim == Aim::Capture => None,
        "Escape" | "Esc" => Some(Act::Leave),
        _ if aim == Aim::Field => None,
        "ArrowRight" => Some(Act::Next),
        "ArrowLeft" => Some(Act::Previous),
        " " | "Spacebar" if aim != Aim::Button => {
            Some(if shift { Act::Previous } else { Act::Next })
        }
        "Home" => Some(Act::First),
        "End" => Some(Act::Last),
        _ => None,
    }
}

fn aim(e: &KeyboardEvent) -> Aim {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return Aim::Other;
    };
    let capture = el.closest(".present-capture").ok().flatten().is_some();
    match el.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => Aim::Writing,
        "input" => {
            let text = el.get_attribute("type").is_none_or(|t| t == "text");
            let value = el
                .dyn_ref::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if text && !value.trim().is_empty() {
                Aim::Writing
            } else if capture {
                Aim::Capture
            } else {
                Aim::Field
            }
        }
        _ if capture => Aim::Capture,
        "select" => Aim::Field,
        "button" | "a" | "summary" => Aim::Button,
        _ => Aim::Other,
    }
}

/// What the key listener acts on, as of the last render.
#[derive(Clone, Default)]
pub(super) struct Live {
    pub index: usize,
    pub count: usize,
    pub zoomed: bool,
    /// Capturing into the slide's board or journey: undo and redo work, for what is captured.
    pub capturing: bool,
    pub go: Callback<usize>,
    pub close_zoom: Callback<()>,
    pub navigator: Option<Navigator>,
}

/// The presentation's keys. The window's key listener is added once and reads what it needs
/// from `now`, kept current on every render, so a key pressed right after a slide change
/// already acts on the new slide.
#[hook]
pub(super) fn use_slide_keys(now: Live) {
    let live = use_mut_ref(Live::default);
    *live.borrow_mut() = now;
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Before the app's own shortcuts (capture phase), so undo cannot change the plan
            // behind a read-only presentation.
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: false,
            };
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(e) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.ctrl_key() || e.meta_key() {
                    let capturing = live.borrow().capturing;
                    if !capturing && matches!(e.key().to_ascii_lowercase().as_str(), "z" | "y") {
                        e.stop_propagation();
                    }
                    return;
                }
                if e.alt_key() || e.default_prevented() {
                    return;
                }
                let now = live.borrow().clone();
                let Some(act) = act(&e.key(), e.shift_key(), aim(e), now.zoomed) else {
                    return;
                };
                e.prevent_default();
                match act {
                    Act::Next if now.index + 1 < now.count => now.go.emit(now.index + 1),
                    Act::Previous if now.index > 0 => now.go.emit(now.index - 1),
                    Act::First => now.go.emit(0),
                    Act::Last => now.go.emit(now.count.saturating_sub(1)),
                    Act::CloseZoom => now.close_zoom.emit(()),
                    Act::Leave => {
                        if let Some(navigator) = &now.navigator {
                            leave(navigator);
                        }
                    }
                    _ => {}
                }
            })
        });
        move || drop(listener)
    });
}

#[cfg(test)]
mod tests {
    use super::{act, Act, Aim};

    #[test]
    fn keys_move_between_slides_but_not_inside_fields_or_on_buttons() {
        assert_eq!(act("ArrowRight", false, Aim::Other, false), Some(Act::Next));
        assert_eq!(act("PageDown", false, Aim::Button, false), Some(Act::Next));
        assert_eq!(act(" ", false, Aim::Other, false), Some(Act::Next));
        assert_eq!(act(" ", true, Aim::Other, false), Some(Act::Previous));
        assert_eq!(act(" ", false, Aim::Button, false), None);
        assert_eq!(
            act("ArrowLeft", false, Aim::Other, false),
            Some(Act::Previous)
        );
        assert_eq!(act("PageUp", false, Aim::Other, false), Some(Act::Previous));
        assert_eq!(act("Home", false, Aim::Other, false), Some(Act::First));
        assert_eq!(act("End", false, Aim::Other, false), Some(Act::Last));
        assert_eq!(act("ArrowRight", false, Aim::Field, false), None);
        assert_eq!(act(" ", false, Aim::Field, false), None);
        assert_eq!(act("Escape", false, Aim::Field, false), Some(Act::Leave));
        // A clicker's keys work from the timer's minutes, never inside a text being written.
        assert_eq!(act("PageDown", false, Aim::Field, false), Some(Act::Next));
        assert_eq!(act("PageUp", false, Aim::Field, false), Some(Act::Previous));
        assert_eq!(act("PageDown", false, Aim::Writing, false), None);
        assert_eq!(act("ArrowLeft", false, Aim::Writing, false), None);
        assert_eq!(act("Escape", false, Aim::Writing, false), None);
    }

    #[test]
    fn while_capturing_the_board_keeps_its_keys_and_the_clicker_still_moves() {
        for key in [
            "ArrowLeft",
            "ArrowRight",
            " ",
            "Home",
            "End",
            "Escape",
            "Enter",
        ] {
            assert_eq!(act(key, false, Aim::Capture, false), None, "{key}");
        }
        assert_eq!(act("PageDown", false, Aim::Capture, false), Some(Act::Next));
        assert_eq!(
            act("PageUp", false, Aim::Capture, false),
            Some(Act::Previous)
        );
        assert_eq!(act("Enter", false, Aim::Other, false), None);
    }

    #[test]
    fn with_a_card_zoomed_only_escape_counts_and_it_closes_the_card() {
        assert_eq!(
            act("Escape", false, Aim::Button, true),
            Some(Act::CloseZoom)
        );
        assert_eq!(act("ArrowRight", false, Aim::Other, true), None);
        assert_eq!(act(" ", false, Aim::Other, true), None);
    }
}
