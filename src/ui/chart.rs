//! A chart drawn by `charts/` (an SVG string), shown as one image with a text alternative,
//! and offered as an SVG or PNG file.
//!
//! The SVG is markup this app generated from numbers and translated labels; plotters escapes
//! every text it draws, so user text in a label (a persona's name) stays text. The wrapper has
//! `role="img"` and the alternative as its accessible name; a data table beside the chart
//! (the caller's) gives the same numbers to everyone. The download buttons sit outside the
//! image, so they are ordinary buttons to assistive technology, and are not printed; each is
//! named after its chart ("Download “Health check radar” as SVG"), as a page can have several.
//! The file carries the chart's title and, where the page explains the drawing beside it, its
//! key (`charts::file`).

use crate::charts::file::with_title;
use crate::i18n::{use_i18n, Arg};
use crate::ui::transfer::{download_png, download_text};
use yew::prelude::*;

/// Props of [`Chart`].
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The SVG, from a `charts::` function.
    pub svg: AttrValue,
    /// What the chart shows, in a sentence with its numbers.
    pub alt: AttrValue,
    /// Its title (the figure's caption or the section's heading): names the download buttons
    /// and heads the downloaded file.
    pub title: AttrValue,
    /// What the drawing's marks stand for, when the page says it beside the chart rather than
    /// in it (the PESTLE matrix's numbered factors): written under the downloaded drawing.
    /// (Not `key`, which Yew keeps for list identity.)
    #[prop_or_default]
    pub marks: Vec<String>,
    /// For tests; also names the downloaded files.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Extra classes.
    #[prop_or_default]
    pub class: AttrValue,
}

/// How much larger than on screen a downloaded PNG is drawn, for sharp slides and prints.
const PNG_SCALE: f64 = 2.0;

/// See the module documentation.
#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let i18n = use_i18n();
    let name = props
        .testid
        .as_ref()
        .map_or("waymark-chart".to_owned(), |t| format!("waymark-{t}"));
    // Made when a button is pressed, not on every render of the page.
    let file = {
        let (svg, title, key) = (props.svg.clone(), props.title.clone(), props.marks.clone());
        std::rc::Rc::new(move || with_title(&svg, &title, &key))
    };
    let svg_file = {
        let (file, name) = (file.clone(), name.clone());
        Callback::from(move |_: MouseEvent| {
            download_text(&format!("{name}.svg"), "image/svg+xml", &file());
        })
    };
    let png_file = {
        let (file, name) = (file, name);
        Callback::from(move |_: MouseEvent| {
            let (svg, name) = (file(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                download_png(&format!("{name}.png"), &svg, PNG_SCALE).await;
            });
        })
    };
    html! {
        <div class={format!("chart-box {}", props.class)}>
            <div class="chart" role="img" aria-label={props.alt.clone()}
                data-testid={props.testid.clone()}>
                { Html::from_html_unchecked(props.svg.clone()) }
            </div>
            <p class="chart-downloads no-print">
                <span class="muted" aria-hidden="true">{ i18n.t("chart-download") }</span>
                <button type="button" class="button button-quiet button-small" onclick={svg_file}
                    aria-label={i18n.t_args("chart-download-svg", &[("chart", Arg::from(props.title.to_string()))])}>{ "SVG" }</button>
                <button type="button" class="button button-quiet button-small" onclick={png_file}
                    aria-label={i18n.t_args("chart-download-png", &[("chart", Arg::from(props.title.to_string()))])}>{ "PNG" }</button>
            </p>
        </div>
    }
}
