//! A labelled native `<select>`: keyboard and screen-reader support come with the element.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One choice of a [`Select`].
#[derive(Clone, Debug, PartialEq)]
pub struct SelectOption {
    /// The value sent on change.
    pub value: AttrValue,
    /// What the user reads.
    pub label: AttrValue,
    /// The option's language, when it differs from the page's (language names).
    pub lang: Option<AttrValue>,
}

/// Props of [`Select`].
#[derive(Properties, PartialEq)]
pub struct SelectProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// The choices.
    pub options: Vec<SelectOption>,
    /// The selected value.
    pub value: AttrValue,
    /// Receives the chosen value.
    pub on_change: Callback<String>,
    /// Help tied to the control.
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Extra class on the wrapper.
    #[prop_or_default]
    pub class: AttrValue,
}

/// See the module documentation.
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                on_change.emit(select.value());
            }
        })
    };
    let help_id = props.help.as_ref().map(|_| format!("{}-help", props.id));
    html! {
        <div class={format!("field field-select {}", props.class)}>
            <label class="field-label" for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange} aria-describedby={help_id.clone()}>
                { for props.options.iter().map(|o| html! {
                    <option value={o.value.clone()} lang={o.lang.clone()}
                        selected={o.value == props.value}>{ o.label.clone() }</option>
                }) }
            </select>
            if let (Some(help), Some(help_id)) = (props.help.clone(), help_id) {
                <p class="field-help" id={help_id}>{ help }</p>
            }
        </div>
    }
}
