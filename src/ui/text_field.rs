//! A labelled text field that keeps its draft locally and commits on blur, on Enter (single
//! line), or after a short pause in typing.
//!
//! Keeping the draft here means a keystroke re-renders only this field, not the page; the plan
//! changes only on commit, which also makes one undo step per commit rather than per letter.
//! When the value changes from outside (undo, another tab), the draft follows it, unless the
//! change is just the echo of this field's own commit, so fast typing never loses a letter.

use crate::state::drafts;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// How long typing must pause before the draft is committed.
pub const COMMIT_PAUSE_MS: u32 = 800;

/// Props of [`TextField`].
#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The element id (also ties the label to the field).
    pub id: AttrValue,
    /// The visible label.
    pub label: AttrValue,
    /// The committed value.
    pub value: AttrValue,
    /// Receives the draft on commit, only when it differs from `value`.
    pub on_commit: Callback<String>,
    /// A textarea instead of a single line.
    #[prop_or_default]
    pub multiline: bool,
    /// A blank value is not committed; on blur the field returns to `value`.
    #[prop_or_default]
    pub required: bool,
    /// Help shown under the field and tied to it with `aria-describedby`.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Placeholder text.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    /// Maximum length in characters.
    #[prop_or_default]
    pub maxlength: Option<usize>,
    /// Extra class on the wrapper.
    #[prop_or_default]
    pub class: AttrValue,
    /// Rows of a textarea.
    #[prop_or(5)]
    pub rows: u32,
    /// Hide the label visually (it stays for screen readers).
    #[prop_or_default]
    pub label_hidden: bool,
    /// The keyboard a phone shows for a single line ("decimal", "numeric").
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
}

/// See the module documentation.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let node = use_node_ref();
    // The text being typed lives only in the DOM, not in Yew state: a keystroke re-renders
    // nothing and copies nothing (a controlled field would re-assign the whole value per key);
    // the text is read from the element when it is committed.
    // The last value this field committed: when `value` comes back equal to it, it is our own
    // echo and the DOM (possibly already longer) is left alone.
    let committed = use_mut_ref(|| props.value.to_string());
    let timer = use_mut_ref(|| None::<Timeout>);

    use_value_from_plan(&node, &committed, &props.value);

    let commit = {
        let (on_commit, value, committed, required) = (
            props.on_commit.clone(),
            props.value.clone(),
            committed.clone(),
            props.required,
        );
        Callback::from(move |text: String| {
            if required && text.trim().is_empty() {
                return;
            }
            if text != value.as_str() && *committed.borrow() != text {
                *committed.borrow_mut() = text.clone();
                on_commit.emit(text);
            }
        })
    };

    use_draft(&node, &commit, &timer);

    let oninput = {
        let (node, commit, timer) = (node.clone(), commit.clone(), timer.clone());
        Callback::from(move |_: InputEvent| {
            let (node, commit) = (node.clone(), commit.clone());
            let pause = Timeout::new(COMMIT_PAUSE_MS, move || {
                if let Some(text) = node_value(&node) {
                    commit.emit(text);
                }
            });
            // Replacing the timer cancels the previous one: only a pause commits.
            *timer.borrow_mut() = Some(pause);
        })
    };

    let onblur = {
        let (node, commit, timer, value, required) = (
            node.clone(),
            commit.clone(),
            timer.clone(),
            props.value.clone(),
            props.required,
        );
        Callback::from(move |_: FocusEvent| {
            timer.borrow_mut().take();
            let Some(text) = node_value(&node) else {
                return;
            };
            if required && text.trim().is_empty() {
                set_node_value(&node, &value);
            } else {
                commit.emit(text);
            }
        })
    };

    let onkeydown = {
        let (node, commit, timer, multiline) = (node.clone(), commit, timer, props.multiline);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && !multiline && !e.is_composing() {
                e.prevent_default();
                timer.borrow_mut().take();
                if let Some(text) = node_value(&node) {
                    commit.emit(text);
                }
            }
        })
    };

    let help_id = props.help.as_ref().map(|_| format!("{}-help", props.id));
    let maxlength = props.maxlength.map(|n| n.to_string());
    let label_class = if props.label_hidden {
        "field-label visually-hidden"
    } else {
        "field-label"
    };
    let field = if props.multiline {
        html! {
            <textarea id={props.id.clone()} ref={node} rows={props.rows.to_string()}
                placeholder={props.placeholder.clone()} maxlength={maxlength}
                aria-describedby={help_id.clone()} {oninput} {onblur} {onkeydown} />
        }
    } else {
        html! {
            <input id={props.id.clone()} ref={node} type="text"
                placeholder={props.placeholder.clone()} maxlength={maxlength} inputmode={props.inputmode.clone()}
                required={props.required} aria-describedby={help_id.clone()} autocomplete="off"
                {oninput} {onblur} {onkeydown} />
        }
    };
    html! {
        <div class={format!("field {}", props.class)}>
            <label class={label_class} for={props.id.clone()}>{ props.label.clone() }</label>
            { field }
            if let (Some(help), Some(help_id)) = (props.help.clone(), help_id) {
                <p class="field-help" id={help_id}>{ help }</p>
            }
        </div>
    }
}

/// A new `value` from the plan (an undo, another tab's save) is shown, unless it is this
/// field's own commit coming back, or the user is typing: text being typed right now is not
/// replaced (another tab's save must not eat it); it is committed on blur or pause, on top of
/// the new value.
#[hook]
fn use_value_from_plan(node: &NodeRef, committed: &Rc<RefCell<String>>, value: &AttrValue) {
    let (node, committed, mounted) = (node.clone(), committed.clone(), use_mut_ref(|| false));
    use_effect_with(value.clone(), move |value| {
        let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
        if first || *committed.borrow() != value.as_str() {
            // Text being typed right now is not replaced (another tab's save must not eat
            // it); it is committed on blur or pause, on top of the new value.
            let typing = is_focused(&node)
                && node_value(&node).as_deref() != Some(committed.borrow().as_str());
            *committed.borrow_mut() = value.to_string();
            if !typing {
                set_node_value(&node, value);
            }
        }
    });
}

/// Registers the field with `state::drafts`, so a draft is committed before another tab's
/// save is taken over or the page goes away. The registry calls the latest commit through a
/// ref, so it never commits with an old render's values.
#[hook]
fn use_draft(node: &NodeRef, commit: &Callback<String>, timer: &Rc<RefCell<Option<Timeout>>>) {
    let flush_now = {
        let (node, commit, timer) = (node.clone(), commit.clone(), timer.clone());
        Callback::from(move |_: ()| {
            timer.borrow_mut().take();
            if let Some(text) = node_value(&node) {
                commit.emit(text);
            }
        })
    };
    let latest_flush = use_mut_ref(|| flush_now.clone());
    *latest_flush.borrow_mut() = flush_now;
    use_effect_with((), move |_| {
        let registration = drafts::register(Callback::from(move |_: ()| {
            let flush = latest_flush.borrow().clone();
            flush.emit(());
        }));
        move || drop(registration)
    });
}

fn node_value(node: &NodeRef) -> Option<String> {
    if let Some(input) = node.cast::<HtmlInputElement>() {
        return Some(input.value());
    }
    node.cast::<HtmlTextAreaElement>().map(|t| t.value())
}

fn is_focused(node: &NodeRef) -> bool {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    match (active, node.get()) {
        (Some(active), Some(node)) => node.is_same_node(Some(active.as_ref())),
        _ => false,
    }
}

/// Puts `value` in the element, unless it already holds it (which would move the caret).
fn set_node_value(node: &NodeRef, value: &str) {
    if node_value(node).as_deref() == Some(value) {
        return;
    }
    if let Some(input) = node.cast::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = node.cast::<HtmlTextAreaElement>() {
        area.set_value(value);
    }
}
