//! A chart drawn by `charts/` (an SVG string), shown as one image with a text alternative.
//!
//! The SVG is markup this app generated from numbers and translated labels; plotters escapes
//! every text it draws, so user text in a label (a persona's name) stays text. The wrapper has
//! `role="img"` and the alternative as its accessible name; a data table beside the chart
//! (the caller's) gives the same numbers to everyone.

use yew::prelude::*;

/// Props of [`Chart`].
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The SVG, from a `charts::` function.
    pub svg: AttrValue,
    /// What the chart shows, in a sentence with its numbers.
    pub alt: AttrValue,
    /// For tests.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Extra classes.
    #[prop_or_default]
    pub class: AttrValue,
}

/// See the module documentation.
#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    html! {
        <div class={format!("chart {}", props.class)} role="img" aria-label={props.alt.clone()}
            data-testid={props.testid.clone()}>
            { Html::from_html_unchecked(props.svg.clone()) }
        </div>
    }
}
