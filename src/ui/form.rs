//! Small form controls as plain functions (not components): a labelled select, a number field
//! and a date field. Written once and called from many pages, they keep each page's code
//! small; their state lives in the DOM and in the plan, so they need no hooks.

use crate::domain::core::date::Date;
use crate::domain::core::money::parse_number;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The value of the `<input>` or `<select>` an event came from.
pub fn event_value(e: &Event) -> Option<String> {
    let target = e.target()?;
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        return Some(input.value());
    }
    target.dyn_ref::<HtmlSelectElement>().map(|s| s.value())
}

/// A labelled `<select>`; `options` are (value, text) pairs.
pub fn select_field(
    id: &str,
    label: &str,
    options: &[(String, String)],
    value: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = event_value(&e) {
            on_change.emit(v);
        }
    });
    html! {
        <div class="field field-select compact">
            <label class="field-label" for={id.to_owned()}>{ label.to_owned() }</label>
            <select id={id.to_owned()} {onchange}>
                { for options.iter().map(|(v, text)| html! {
                    <option value={v.clone()} selected={v == value}>{ text.clone() }</option>
                }) }
            </select>
        </div>
    }
}

/// A labelled number field that commits on change; a blank field is `None`, and text that
/// is not a number is ignored (the field shows the last good value again).
pub fn number_field(
    id: &str,
    label: &str,
    value: Option<f64>,
    on_commit: Callback<Option<f64>>,
) -> Html {
    let shown = value.map(|v| v.to_string()).unwrap_or_default();
    let onchange = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            let Some(text) = event_value(&e) else { return };
            if text.trim().is_empty() {
                on_commit.emit(None);
            } else if let Some(v) = parse_number(&text) {
                on_commit.emit(Some(v));
            } else if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                input.set_value(&shown);
            }
        })
    };
    html! {
        <div class="field compact">
            <label class="field-label" for={id.to_owned()}>{ label.to_owned() }</label>
            <input type="text" inputmode="decimal" id={id.to_owned()} value={shown} {onchange} autocomplete="off" />
        </div>
    }
}

/// A labelled date field (the browser's date picker); a cleared field is `None`.
pub fn date_field(
    id: &str,
    label: &str,
    value: Option<Date>,
    on_change: Callback<Option<Date>>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = event_value(&e) {
            on_change.emit(Date::parse(&v));
        }
    });
    html! {
        <div class="field compact">
            <label class="field-label" for={id.to_owned()}>{ label.to_owned() }</label>
            <input type="date" id={id.to_owned()} value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
        </div>
    }
}
