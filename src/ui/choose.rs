//! A choice that acts only when confirmed: a list to pick from, and a button that does it.
//!
//! A `<select>` that moved a card or added a touchpoint on `change` acted on a mere arrow key
//! (in Chromium, ↓ on a closed select changes its value) and on typing a letter: pressing ↓
//! twice and typing "Em" added four touchpoints (issue 15, WCAG 3.2.2). Here the list only
//! picks; the button beside it acts, then the list goes back to its prompt.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`Choose`].
#[derive(Properties, PartialEq)]
pub struct ChooseProps {
    /// The list's element id; the button's is `{id}-go`.
    pub id: AttrValue,
    /// What the list is for, said by screen readers (shown when `label_visible`).
    pub label: AttrValue,
    #[prop_or_default]
    pub label_visible: bool,
    /// The first entry, which chooses nothing ("Move to…").
    pub prompt: AttrValue,
    /// The choices: value and text.
    pub options: Vec<(String, String)>,
    /// The button's text ("Move", "Add").
    pub action: AttrValue,
    /// The button's accessible name, when its text alone is not enough ("Move “Rising prices”").
    #[prop_or_default]
    pub action_label: Option<AttrValue>,
    /// Classes of the list.
    #[prop_or_default]
    pub class: Classes,
    /// `data-testid` of the list.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Does what was chosen (the option's value).
    pub on_act: Callback<String>,
}

/// See the module documentation.
#[function_component(Choose)]
pub fn choose(props: &ChooseProps) -> Html {
    let select = use_node_ref();
    let onclick = {
        let (select, on_act) = (select.clone(), props.on_act.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(list) = select.cast::<HtmlSelectElement>() else {
                return;
            };
            let value = list.value();
            if value.is_empty() {
                // Nothing chosen yet: the list is where to choose.
                let _ = list.focus();
                return;
            }
            list.set_value("");
            on_act.emit(value);
        })
    };
    let label_class = if props.label_visible {
        "field-label"
    } else {
        "visually-hidden"
    };
    html! {
        <span class="choose">
            <label class={label_class} for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} class={props.class.clone()} ref={select}
                data-testid={props.testid.clone()}>
                <option value="" selected=true>{ props.prompt.clone() }</option>
                { for props.options.iter().map(|(value, text)| html! {
                    <option value={value.clone()}>{ text.clone() }</option>
                }) }
            </select>
            <button type="button" id={format!("{}-go", props.id)} class="button button-small"
                aria-label={props.action_label.clone()} {onclick}>{ props.action.clone() }</button>
        </span>
    }
}
