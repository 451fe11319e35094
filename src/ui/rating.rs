//! A self-rating from 1 (weak) to 5 (strong), or "don't know", as a group of native radio
//! buttons: arrow keys move between them, and the group has a legend.

use crate::domain::health::Rating;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The words the rating shows.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingLabels {
    /// The group's legend.
    pub legend: AttrValue,
    /// Beside 1.
    pub weak: AttrValue,
    /// Beside 5.
    pub strong: AttrValue,
    /// The "don't know" choice.
    pub dont_know: AttrValue,
    /// The button that removes the rating.
    pub clear: AttrValue,
}

/// Props of [`RatingInput`].
#[derive(Properties, PartialEq)]
pub struct RatingInputProps {
    /// Unique stem for element ids and the radio group's name.
    pub id: AttrValue,
    /// The current rating.
    pub value: Option<Rating>,
    /// Receives the new rating (`None` when cleared).
    pub on_change: Callback<Option<Rating>>,
    /// The words.
    pub labels: RatingLabels,
}

/// See the module documentation.
#[function_component(RatingInput)]
pub fn rating_input(props: &RatingInputProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let value = input.value();
            let rating = if value == "unknown" {
                Some(Rating::DontKnow)
            } else {
                value.parse::<u8>().ok().and_then(Rating::score)
            };
            on_change.emit(rating);
        })
    };
    let clear = props.on_change.reform(|_: MouseEvent| None);
    let name = format!("{}-rating", props.id);
    let labels = &props.labels;
    let option = |value: String, text: Html, checked: bool, class: &'static str| {
        let id = format!("{name}-{value}");
        html! {
            <label class={format!("rating-option {class}")} for={id.clone()}>
                <input type="radio" id={id} name={name.clone()} value={value} {checked}
                    onchange={onchange.clone()} />
                <span>{ text }</span>
            </label>
        }
    };
    html! {
        <fieldset class="rating">
            <legend>{ labels.legend.clone() }</legend>
            <div class="rating-options">
                { for (1..=5u8).map(|n| {
                    let hint = match n {
                        1 => Some(labels.weak.clone()),
                        5 => Some(labels.strong.clone()),
                        _ => None,
                    };
                    let text = html! { <>
                        <span class="rating-number">{ n }</span>
                        if let Some(hint) = hint { <span class="rating-hint">{ hint }</span> }
                    </> };
                    option(n.to_string(), text, props.value == Some(Rating::Score(n)), "rating-score")
                }) }
                { option("unknown".into(), html! { labels.dont_know.clone() },
                    props.value == Some(Rating::DontKnow), "rating-unknown") }
                if props.value.is_some() {
                    <button type="button" class="button button-quiet rating-clear" onclick={clear}>
                        { labels.clear.clone() }
                    </button>
                }
            </div>
        </fieldset>
    }
}
