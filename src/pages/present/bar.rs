//! The bar under a slide: previous and next with "n of count", the keys in view, the
//! workshop timer, full screen and leaving — big enough to hit on a shared screen.

use super::timer::WorkshopTimer;
use super::{leave, screen};
use crate::i18n::{use_i18n, Arg};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct BarProps {
    pub index: usize,
    pub count: usize,
    /// Shows slide `n`.
    pub go: Callback<usize>,
    /// Whether the page is in full screen.
    pub full: bool,
    /// What the workshop timer can be tied to on this slide.
    pub exercises: Rc<Vec<String>>,
}

/// The bar under a slide: previous and next with "n of count", the keys, the workshop timer,
/// full screen and leaving.
#[function_component(PresentBar)]
pub(super) fn present_bar(props: &BarProps) -> Html {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let (index, count, go) = (props.index, props.count, &props.go);
    let n = index + 1;
    let count_text = i18n.t_args(
        "present-slide-count",
        &[("n", Arg::from(n)), ("count", Arg::from(count))],
    );
    let previous = go.reform(move |_: MouseEvent| index.saturating_sub(1));
    let next = go.reform(move |_: MouseEvent| (index + 1).min(count - 1));
    let exit = {
        let navigator = navigator.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(navigator) = &navigator {
                leave(navigator);
            }
        })
    };
    let toggle_full = Callback::from(|_: MouseEvent| {
        if screen::active() {
            screen::exit();
        } else {
            screen::enter();
        }
    });
    html! {
        <footer class="present-bar">
            <nav class="present-nav" aria-label={i18n.t("present-nav")}>
                <button type="button" class="button" onclick={previous} disabled={index == 0}
                    data-testid="present-prev" aria-keyshortcuts="ArrowLeft PageUp">
                    <span aria-hidden="true">{ "← " }</span>{ i18n.t("present-previous") }
                </button>
                <p class="present-count" data-testid="present-count">{ count_text }</p>
                <button type="button" class="button" onclick={next} disabled={n == count}
                    data-testid="present-next" aria-keyshortcuts="ArrowRight PageDown Space">
                    { i18n.t("present-next") }<span aria-hidden="true">{ " →" }</span>
                </button>
            </nav>
            <KeyHint />
            <WorkshopTimer exercises={props.exercises.clone()} />
            <div class="present-tools">
                if screen::available() {
                    <button type="button" class="button" onclick={toggle_full} data-testid="present-fullscreen">
                        { i18n.t(if props.full { "present-fullscreen-exit" } else { "present-fullscreen" }) }
                    </button>
                }
                <button type="button" class="button" onclick={exit} data-testid="present-exit"
                    aria-keyshortcuts="Escape">{ i18n.t("present-exit") }</button>
            </div>
        </footer>
    }
}

/// The keys of the presentation, always in view.
#[function_component(KeyHint)]
fn key_hint() -> Html {
    let i18n = use_i18n();
    let key = |id: &str| html! { <kbd>{ i18n.t(id) }</kbd> };
    html! {
        <p class="present-keys" data-testid="present-keys">
            <span>{ key("present-key-left") }{ key("present-key-right") }{ key("present-key-pgup") }{ key("present-key-pgdn") }{ key("present-key-space") }{ " " }{ i18n.t("present-keys-move") }</span>
            <span>{ key("present-key-home") }{ key("present-key-end") }{ " " }{ i18n.t("present-keys-ends") }</span>
            <span>{ key("present-key-esc") }{ " " }{ i18n.t("present-keys-leave") }</span>
        </p>
    }
}
