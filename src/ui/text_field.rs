//! A labelled text field that keeps its draft locally and commits on blur, on Enter (single
//! line), or after a short pause in typing.
//!
//! Keeping the draft here means a keystroke re-renders only this field, not the page; the plan
//! changes only on commit, which also makes one undo step per commit rather than per letter.
//! When the value changes from outside (undo, another tab), the draft follows it, unless the
//! change is just the echo of this field's own commit, so fast typing never loses a letter.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
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
    pub class: Classes,
    /// Rows of a textarea.
    #[prop_or(5)]
    pub rows: u32,
    /// Hide the label visually (it stays for screen readers).
    #[prop_or_default]
    pub label_hidden: bool,
}

/// See the module documentation.
#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let draft = use_state(|| props.value.to_string());
    // The last value this field committed: when `value` comes back equal to it, it is our own
    // echo and the draft (possibly already longer) is left alone.
    let committed = use_mut_ref(|| props.value.to_string());
    let timer = use_mut_ref(|| None::<Timeout>);

    {
        let (draft, committed) = (draft.clone(), committed.clone());
        use_effect_with(props.value.clone(), move |value| {
            if *committed.borrow() != value.as_str() {
                *committed.borrow_mut() = value.to_string();
                draft.set(value.to_string());
            }
        });
    }

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

    let oninput = {
        let (draft, commit, timer) = (draft.clone(), commit.clone(), timer.clone());
        Callback::from(move |e: InputEvent| {
            let Some(text) = input_value(&e) else { return };
            draft.set(text.clone());
            let commit = commit.clone();
            *timer.borrow_mut() = Some(Timeout::new(COMMIT_PAUSE_MS, move || commit.emit(text)));
        })
    };

    let onblur = {
        let (draft, commit, timer, value, required) = (
            draft.clone(),
            commit.clone(),
            timer.clone(),
            props.value.clone(),
            props.required,
        );
        Callback::from(move |_: FocusEvent| {
            timer.borrow_mut().take();
            if required && draft.trim().is_empty() {
                draft.set(value.to_string());
            } else {
                commit.emit((*draft).clone());
            }
        })
    };

    let onkeydown = {
        let (draft, commit, timer, multiline) = (draft.clone(), commit, timer, props.multiline);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && !multiline && !e.is_composing() {
                e.prevent_default();
                timer.borrow_mut().take();
                commit.emit((*draft).clone());
            }
        })
    };

    let help_id = props.help.as_ref().map(|_| format!("{}-help", props.id));
    let maxlength = props.maxlength.map(|n| n.to_string());
    let label_class = classes!(
        "field-label",
        props.label_hidden.then_some("visually-hidden")
    );
    let field = if props.multiline {
        html! {
            <textarea id={props.id.clone()} value={(*draft).clone()} rows={props.rows.to_string()}
                placeholder={props.placeholder.clone()} maxlength={maxlength}
                aria-describedby={help_id.clone()} {oninput} {onblur} {onkeydown} />
        }
    } else {
        html! {
            <input id={props.id.clone()} type="text" value={(*draft).clone()}
                placeholder={props.placeholder.clone()} maxlength={maxlength}
                required={props.required} aria-describedby={help_id.clone()} autocomplete="off"
                {oninput} {onblur} {onkeydown} />
        }
    };
    html! {
        <div class={classes!("field", props.class.clone())}>
            <label class={label_class} for={props.id.clone()}>{ props.label.clone() }</label>
            { field }
            if let (Some(help), Some(help_id)) = (props.help.clone(), help_id) {
                <p class="field-help" id={help_id}>{ help }</p>
            }
        </div>
    }
}

fn input_value(e: &InputEvent) -> Option<String> {
    let target = e.target()?;
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        return Some(input.value());
    }
    target
        .dyn_ref::<HtmlTextAreaElement>()
        .map(HtmlTextAreaElement::value)
}
