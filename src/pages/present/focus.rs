//! "Focus one card": any card of a slide can be zoomed to fill the screen while the room
//! discusses it.
//!
//! Why it is built this way:
//! - Each card carries one real button (its zoom button), stretched over the whole card, so a
//!   click anywhere on the card zooms it, and a keyboard user tabs once per card and presses
//!   Enter or Space. The card shows where focus is.
//! - The cards do not know the page: they reach it through a context ([`ZoomTo`]), so slide
//!   renderers stay plain functions.
//! - The zoomed card is a modal dialog over the slide: the slide behind it is `inert`, focus
//!   moves to the dialog's close button, and Escape or the button closes it and puts focus
//!   back on the card's own button (the page does that, it owns the keyboard).

use crate::i18n::{use_i18n, Arg};
use yew::prelude::*;

/// A card asking to fill the screen.
#[derive(Clone, PartialEq)]
pub struct Zoom {
    /// Names the dialog (the card's text or title).
    pub label: AttrValue,
    /// A line above the card in the dialog (its column, its kind).
    pub kicker: Option<AttrValue>,
    /// Extra classes of the card (its board colour).
    pub class: AttrValue,
    /// What the dialog shows.
    pub content: Html,
    /// The card's zoom button, where focus returns.
    pub origin: NodeRef,
}

/// How a card asks the page to zoom it (a context the presentation provides).
pub type ZoomTo = Callback<Zoom>;

/// Props of [`FocusCard`].
#[derive(Properties, PartialEq)]
pub struct FocusCardProps {
    /// The card's name for assistive technology and the dialog (its text or title).
    pub label: AttrValue,
    /// A line above the card when it is zoomed.
    #[prop_or_default]
    pub kicker: Option<AttrValue>,
    /// Extra classes (a board column's colour).
    #[prop_or_default]
    pub class: AttrValue,
    /// What the zoomed card shows when it says more than the card (a tactic's details).
    #[prop_or_default]
    pub detail: Option<Html>,
    /// The card's content.
    pub children: Html,
}

/// A card of a slide (an `<li>`), with its zoom button.
#[function_component(FocusCard)]
pub fn focus_card(props: &FocusCardProps) -> Html {
    let i18n = use_i18n();
    let zoom_to = use_context::<ZoomTo>();
    let button = use_node_ref();
    let onclick = {
        let zoom = Zoom {
            label: props.label.clone(),
            kicker: props.kicker.clone(),
            class: props.class.clone(),
            content: props
                .detail
                .clone()
                .unwrap_or_else(|| props.children.clone()),
            origin: button.clone(),
        };
        Callback::from(move |_: MouseEvent| {
            if let Some(zoom_to) = &zoom_to {
                zoom_to.emit(zoom.clone());
            }
        })
    };
    html! {
        <li class={classes!("present-card", props.class.to_string())} data-testid="present-card">
            { props.children.clone() }
            <button type="button" class="present-zoom" ref={button} {onclick} data-testid="present-zoom"
                aria-label={i18n.t_args("present-zoom-card", &[("card", Arg::from(props.label.to_string()))])}
                title={i18n.t("present-zoom")}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M14 4h6v6M10 20H4v-6M20 4l-6 6M4 20l6-6" /></svg>
            </button>
        </li>
    }
}

/// Props of [`ZoomLayer`].
#[derive(Properties, PartialEq)]
pub struct ZoomLayerProps {
    /// The zoomed card.
    pub zoom: Zoom,
    pub on_close: Callback<()>,
}

/// The zoomed card, as a modal dialog that takes focus.
#[function_component(ZoomLayer)]
pub fn zoom_layer(props: &ZoomLayerProps) -> Html {
    let i18n = use_i18n();
    let close = use_node_ref();
    {
        let close = close.clone();
        use_effect_with((), move |_| {
            if let Some(button) = close.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let z = &props.zoom;
    html! {
        <div class="present-zoom-layer" role="dialog" aria-modal="true" aria-label={z.label.clone()}
            data-testid="present-zoom-layer">
            <div class={classes!("present-zoom-card", z.class.to_string())}>
                if let Some(kicker) = z.kicker.clone() { <p class="present-kicker">{ kicker }</p> }
                { z.content.clone() }
            </div>
            <button type="button" class="button present-zoom-close" ref={close}
                onclick={props.on_close.reform(|_: MouseEvent| ())} data-testid="present-zoom-close">
                { i18n.t("present-zoom-close") }<kbd>{ i18n.t("present-key-esc") }</kbd>
            </button>
        </div>
    }
}
