//! Presentation mode (`#/present/<slide>`): the open plan as slides for a workshop
//! facilitator who shares the screen with a room.
//!
//! Why it is built this way:
//! - It is a route, so a reload stays on the same slide, and the browser's Back button leaves
//!   it. Moving between slides replaces the address instead of adding to the history: Back
//!   (or Escape) returns to the page the facilitator came from, not through every slide.
//! - The root renders this route without the shell (see `app.rs`): no header with the plan
//!   name, undo/redo, language and theme, no navigation, no plan list, no footer. The slides
//!   are read-only and leave the team's private notes out (see `slides`).
//! - Large type comes from one number: while presenting, `<html data-present>` scales the root
//!   font size with the screen (28 px at 1920×1080), and every size of the app and of the
//!   report's renderers is in `rem`, so everything grows together. Colours are the theme's
//!   with more contrast, in light and dark alike.
//! - Entering asks for full screen from the click (browsers only allow it then); a refusal is
//!   fine, the mode works in a window too. In full screen the Escape key is locked where the
//!   browser allows it, so Escape closes a zoomed card or leaves, as in a window.
//! - The keyboard is handled once, on the window: arrows, Page Up/Down, Space, Home, End,
//!   Escape. Keys typed into a field, and Space or Enter on a button, keep their usual meaning;
//!   the app's undo and redo shortcuts do nothing here, so nothing changes behind the slides.

mod deck;
mod focus;
mod screen;
mod slides;
mod timer;

pub use deck::SlideKey;

use crate::embed::Embedding;
use crate::i18n::{use_i18n, Arg};
use crate::pages::Route;
use crate::state::today;
use crate::state::use_app_state;
use crate::views::report::Ctx;
use crate::views::Welcome;
use deck::Slide;
use focus::{Zoom, ZoomLayer, ZoomTo};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::Cell;
use std::rc::Rc;
use timer::WorkshopTimer;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;
use yew_router::prelude::*;

thread_local! {
    /// Whether the presentation was opened from a page of the app (by the Present button), so
    /// leaving it can go back there.
    static CAME_FROM_APP: Cell<bool> = const { Cell::new(false) };
    /// Whether the Present button takes the focus back when it appears again.
    static RETURN_FOCUS: Cell<bool> = const { Cell::new(false) };
}

/// The slides the deployment shows, of the open plan.
fn visible_deck(plan: &crate::domain::Plan, embedding: &Embedding) -> Vec<Slide> {
    let mut slides = deck::deck(plan);
    slides.retain(|s| s.section().is_none_or(|key| embedding.config.shows(key)));
    slides
}

/// The header's button that opens the presentation on the slide of the current page.
#[function_component(PresentButton)]
pub fn present_button() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let route = use_route::<Route>();
    let navigator = use_navigator();
    let embedding = use_context::<Rc<Embedding>>().unwrap_or_default();
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with((), move |_| {
            if RETURN_FOCUS.with(|f| f.replace(false)) {
                if let Some(button) = button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let Some(plan) = state.plan.clone() else {
        return Html::default();
    };
    let onclick = Callback::from(move |_: MouseEvent| {
        let Some(navigator) = &navigator else { return };
        let slide = deck::start(&visible_deck(&plan, &embedding), route);
        CAME_FROM_APP.with(|c| c.set(true));
        screen::enter();
        navigator.push(&Route::Present { slide });
    });
    html! {
        <button type="button" class="button button-icon present-button" id="present-button" ref={button}
            {onclick} title={i18n.t("present-button-title")} data-testid="present">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 4h18v12H3zM12 16v4M8 20h8" /></svg>
            <span class="button-text">{ i18n.t("present-button") }</span>
        </button>
    }
}

/// What a key does in the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Act {
    Next,
    Previous,
    First,
    Last,
    Leave,
    CloseZoom,
}

/// What the key event was aimed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Aim {
    /// A field that reads keys itself (the timer's minutes).
    Field,
    /// A button or link: Space and Enter press it.
    Button,
    /// Anything else.
    Other,
}

/// What `key` (with Shift or not) does, aimed at `aim`, while a card is zoomed or not.
fn act(key: &str, shift: bool, aim: Aim, zoomed: bool) -> Option<Act> {
    if zoomed {
        return matches!(key, "Escape" | "Esc").then_some(Act::CloseZoom);
    }
    match key {
        "Escape" | "Esc" => Some(Act::Leave),
        _ if aim == Aim::Field => None,
        "ArrowRight" | "PageDown" => Some(Act::Next),
        "ArrowLeft" | "PageUp" => Some(Act::Previous),
        " " | "Spacebar" if aim != Aim::Button => {
            Some(if shift { Act::Previous } else { Act::Next })
        }
        "Home" => Some(Act::First),
        "End" => Some(Act::Last),
        _ => None,
    }
}

fn aim(e: &KeyboardEvent) -> Aim {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return Aim::Other;
    };
    match el.tag_name().to_ascii_lowercase().as_str() {
        "input" | "select" | "textarea" => Aim::Field,
        "button" | "a" | "summary" => Aim::Button,
        _ => Aim::Other,
    }
}

/// Leaves the presentation: back to the page it was opened from, else the overview; the
/// Present button then takes the focus.
fn leave(navigator: &Navigator) {
    screen::exit();
    RETURN_FOCUS.with(|f| f.set(true));
    if CAME_FROM_APP.with(|c| c.replace(false)) {
        navigator.back();
    } else {
        navigator.replace(&Route::Home);
    }
}

/// Focuses `node` once Yew has rendered (it may still be inert until then).
fn focus_later(node: NodeRef) {
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(el) = node.cast::<HtmlElement>() {
            let _ = el.focus();
        }
    })
    .forget();
}

/// What the key listener acts on, as of the last render.
#[derive(Clone, Default)]
struct Live {
    index: usize,
    count: usize,
    zoomed: bool,
    go: Callback<usize>,
    close_zoom: Callback<()>,
    navigator: Option<Navigator>,
}

/// Props of [`PresentPage`].
#[derive(Properties, PartialEq)]
pub struct PresentPageProps {
    /// The slide shown.
    pub slide: SlideKey,
}

/// See the module documentation.
#[function_component(PresentPage)]
pub fn present_page(props: &PresentPageProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigator = use_navigator();
    let embedding = use_context::<Rc<Embedding>>().unwrap_or_default();
    let zoom = use_state_eq(|| None::<Zoom>);
    let title_ref = use_node_ref();

    let slides: Vec<Slide> = state
        .plan
        .as_ref()
        .map(|plan| visible_deck(plan, &embedding))
        .unwrap_or_default();
    let keys: Rc<Vec<SlideKey>> = Rc::new(slides.iter().map(Slide::key).collect());
    let index = deck::position(&slides, &props.slide);
    let count = slides.len();

    use_presenting(&embedding);
    let full = use_fullscreen();
    use_new_slide(index, &zoom, &title_ref);
    let go = {
        let (navigator, keys) = (navigator.clone(), keys.clone());
        Callback::from(move |i: usize| {
            if let (Some(navigator), Some(slide)) = (&navigator, keys.get(i)) {
                navigator.replace(&Route::Present { slide: *slide });
            }
        })
    };
    let close_zoom = {
        let zoom = zoom.clone();
        Callback::from(move |_: ()| {
            if let Some(z) = (*zoom).clone() {
                zoom.set(None);
                focus_later(z.origin);
            }
        })
    };
    let open_zoom: ZoomTo = {
        let zoom = zoom.clone();
        Callback::from(move |z: Zoom| zoom.set(Some(z)))
    };
    use_slide_keys(Live {
        index,
        count,
        zoomed: zoom.is_some(),
        go: go.clone(),
        close_zoom: close_zoom.clone(),
        navigator: navigator.clone(),
    });

    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let Some(slide) = slides.get(index) else {
        return html! { <Welcome /> };
    };
    let c = Ctx {
        i18n: &i18n,
        plan: &plan,
        today: today(),
    };
    let shown = slides::show(&c, slide);
    let announce = i18n.t_args(
        "present-slide-announce",
        &[
            ("n", Arg::from(index + 1)),
            ("count", Arg::from(count)),
            ("title", Arg::from(shown.title.clone())),
        ],
    );
    html! {
        <main id="main" class="present" data-testid="present" data-slide={slide.key().to_string()}
            data-outline={slide.outline().map(|s| s.key())}>
            <div class="present-stage" inert={zoom.is_some()}>
                <header class="present-head">
                    <p class="present-kicker" data-testid="present-kicker">{ shown.kicker }</p>
                    <h1 id="present-title" class="report-text" tabindex="-1" ref={title_ref}
                        data-testid="present-title">{ shown.title }</h1>
                </header>
                <ContextProvider<ZoomTo> context={open_zoom}>
                    // Focusable, so a slide taller than the screen scrolls with the keyboard too.
                    <div key={slide.key().to_string()} class={format!("present-slide present-slide-{}", slide.name())}
                        tabindex="0" role="region" aria-labelledby="present-title">
                        { shown.body }
                    </div>
                </ContextProvider<ZoomTo>>
                <PresentBar {index} {count} go={go.clone()} full={*full} />
                <p class="visually-hidden" role="status" data-testid="present-announce">{ announce }</p>
            </div>
            if let Some(z) = (*zoom).clone() {
                <ZoomLayer zoom={z} on_close={close_zoom} />
            }
        </main>
    }
}

/// The presentation's size and colours apply while it is shown (on `<html>`, or on the
/// element Waymark is mounted into); leaving it in any way (Escape, Back, a link) also leaves
/// full screen.
#[hook]
fn use_presenting(embedding: &Embedding) {
    let theme_root = embedding.theme_root();
    use_effect_with((), move |_| {
        let root = theme_root;
        if let Some(root) = &root {
            let _ = root.set_attribute("data-present", "");
        }
        move || {
            if let Some(root) = root {
                let _ = root.remove_attribute("data-present");
            }
            screen::exit();
            CAME_FROM_APP.with(|c| c.set(false));
        }
    });
}

/// Whether the page is in full screen, kept up to date (the button says what it will do).
#[hook]
fn use_fullscreen() -> UseStateHandle<bool> {
    let full = use_state_eq(screen::active);
    {
        let full = full.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|d| {
                EventListener::new(&d, "fullscreenchange", move |_| full.set(screen::active()))
            });
            move || drop(listener)
        });
    }
    full
}

/// A new slide: no card stays zoomed, and focus lost with the old slide goes to the title.
#[hook]
fn use_new_slide(index: usize, zoom: &UseStateHandle<Option<Zoom>>, title_ref: &NodeRef) {
    let (zoom, title_ref) = (zoom.clone(), title_ref.clone());
    use_effect_with(index, move |_| {
        zoom.set(None);
        let lost = web_sys::window()
            .and_then(|w| w.document())
            .map(|d| {
                d.active_element()
                    .is_none_or(|a| d.body().is_some_and(|b| *b == a) || !a.is_connected())
            })
            .unwrap_or(false);
        if lost {
            focus_later(title_ref);
        }
    });
}

/// The presentation's keys. The window's key listener is added once and reads what it needs
/// from `now`, kept current on every render, so a key pressed right after a slide change
/// already acts on the new slide.
#[hook]
fn use_slide_keys(now: Live) {
    let live = use_mut_ref(Live::default);
    *live.borrow_mut() = now;
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Before the app's own shortcuts (capture phase), so undo cannot change the plan
            // behind a read-only presentation.
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: false,
            };
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(e) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.ctrl_key() || e.meta_key() {
                    if matches!(e.key().to_ascii_lowercase().as_str(), "z" | "y") {
                        e.stop_propagation();
                    }
                    return;
                }
                if e.alt_key() || e.default_prevented() {
                    return;
                }
                let now = live.borrow().clone();
                let Some(act) = act(&e.key(), e.shift_key(), aim(e), now.zoomed) else {
                    return;
                };
                e.prevent_default();
                match act {
                    Act::Next if now.index + 1 < now.count => now.go.emit(now.index + 1),
                    Act::Previous if now.index > 0 => now.go.emit(now.index - 1),
                    Act::First => now.go.emit(0),
                    Act::Last => now.go.emit(now.count.saturating_sub(1)),
                    Act::CloseZoom => now.close_zoom.emit(()),
                    Act::Leave => {
                        if let Some(navigator) = &now.navigator {
                            leave(navigator);
                        }
                    }
                    _ => {}
                }
            })
        });
        move || drop(listener)
    });
}

#[derive(Properties, PartialEq)]
struct BarProps {
    index: usize,
    count: usize,
    /// Shows slide `n`.
    go: Callback<usize>,
    /// Whether the page is in full screen.
    full: bool,
}

/// The bar under a slide: previous and next with "n of count", the keys, the workshop timer,
/// full screen and leaving.
#[function_component(PresentBar)]
fn present_bar(props: &BarProps) -> Html {
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
            <WorkshopTimer />
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

#[cfg(test)]
mod tests {
    use super::{act, Act, Aim};

    #[test]
    fn keys_move_between_slides_but_not_inside_fields_or_on_buttons() {
        assert_eq!(act("ArrowRight", false, Aim::Other, false), Some(Act::Next));
        assert_eq!(act("PageDown", false, Aim::Button, false), Some(Act::Next));
        assert_eq!(act(" ", false, Aim::Other, false), Some(Act::Next));
        assert_eq!(act(" ", true, Aim::Other, false), Some(Act::Previous));
        assert_eq!(act(" ", false, Aim::Button, false), None);
        assert_eq!(
            act("ArrowLeft", false, Aim::Other, false),
            Some(Act::Previous)
        );
        assert_eq!(act("PageUp", false, Aim::Other, false), Some(Act::Previous));
        assert_eq!(act("Home", false, Aim::Other, false), Some(Act::First));
        assert_eq!(act("End", false, Aim::Other, false), Some(Act::Last));
        assert_eq!(act("ArrowRight", false, Aim::Field, false), None);
        assert_eq!(act("Escape", false, Aim::Field, false), Some(Act::Leave));
        assert_eq!(act("Enter", false, Aim::Other, false), None);
    }

    #[test]
    fn with_a_card_zoomed_only_escape_counts_and_it_closes_the_card() {
        assert_eq!(
            act("Escape", false, Aim::Button, true),
            Some(Act::CloseZoom)
        );
        assert_eq!(act("ArrowRight", false, Aim::Other, true), None);
        assert_eq!(act(" ", false, Aim::Other, true), None);
    }
}
