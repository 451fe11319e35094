//! Presentation mode (`#/present/<slide>`): the open plan as slides for a workshop
//! facilitator who shares the screen with a room.
//!
//! Why it is built this way:
//! - It is a route, so a reload stays on the same slide, and the browser's Back button leaves
//!   it. Moving between slides replaces the address instead of adding to the history: Back
//!   (or Escape) returns to the page the facilitator came from, not through every slide.
//! - The root renders this route without the shell (see `app/mod.rs`): no header with the plan
//!   name, undo/redo, language and theme, no navigation, no plan list, no footer. The slides
//!   are read-only unless the facilitator turns on live capture on a SWOT, PESTLE or journey
//!   slide (see `capture`), and leave the team's private notes out (see `slides`).
//! - Large type comes from one number: while presenting, `<html data-present>` scales the root
//!   font size with the screen (28 px at 1920×1080), and every size of the app and of the
//!   report's renderers is in `rem`, so everything grows together. Colours are the theme's
//!   with more contrast, in light and dark alike.
//! - The audience sees the slide, not the controls: three seconds after the pointer last
//!   moved, the bar and the capture button fade out (`data-idle`), and come back as soon as the
//!   pointer moves or focus enters them (keyboard users Tab into a bar that shows itself).
//!   While capturing, the controls stay.
//! - Entering asks for full screen from the click (browsers only allow it then); a refusal is
//!   fine, the mode works in a window too. In full screen the Escape key is locked where the
//!   browser allows it, so Escape closes a zoomed card or leaves, as in a window.
//! - The keyboard is handled once, on the window: arrows, Page Up/Down, Space, Home, End,
//!   Escape. Keys typed into a field, and Space or Enter on a button, keep their usual meaning;
//!   the app's undo and redo shortcuts do nothing here, so nothing changes behind the slides —
//!   except while capturing, where they undo and redo what was captured (see `keys`).

mod bar;
mod capture;
mod deck;
mod focus;
mod keys;
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
use bar::PresentBar;
use deck::Slide;
use focus::{Zoom, ZoomLayer, ZoomTo};
use gloo::events::EventListener;
use keys::{use_slide_keys, Live};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::HtmlElement;
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
            {onclick} title={format!("{} (Ctrl+Alt+P)", i18n.t("present-button-title"))}
            aria-keyshortcuts="Control+Alt+P" data-testid="present">
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M3 4h18v12H3zM12 16v4M8 20h8" /></svg>
            <span class="button-text">{ i18n.t("present-button") }</span>
        </button>
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
    let capturing = capture::use_capture(index);
    let idle = use_pointer_idle();
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
        capturing: *capturing,
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
        // Under the slide's title (h1).
        inner: 2,
        text: crate::charts::TextSize::SLIDE,
    };
    let shown = slides::show(&c, slide);
    let exercises = Rc::new(capture::exercises(&c, slide));
    let body = match capturing
        .then(|| capture::capture_body(&c, slide))
        .flatten()
    {
        Some(editable) => editable,
        None => shown.body,
    };
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
            data-idle={(idle && !*capturing).to_string()}
            data-outline={slide.outline().map(|s| s.key())}>
            <div class="present-stage" inert={zoom.is_some()}>
                <header class="present-head">
                    <div class="present-head-text">
                        <p class="present-kicker" data-testid="present-kicker">{ shown.kicker }</p>
                        <h1 id="present-title" class="report-text" tabindex="-1" ref={title_ref}
                            data-testid="present-title">{ shown.title }</h1>
                    </div>
                    { capture::capture_toggle(&c, slide, &capturing) }
                </header>
                <ContextProvider<ZoomTo> context={open_zoom}>
                    // Focusable, so a slide taller than the screen scrolls with the keyboard too.
                    <div key={slide.key().to_string()} class={format!("present-slide present-slide-{}", slide.name())}
                        tabindex="0" role="region" aria-labelledby="present-title">
                        { body }
                    </div>
                </ContextProvider<ZoomTo>>
                <PresentBar {index} {count} go={go.clone()} full={*full} {exercises} />
                <p class="visually-hidden" role="status" data-testid="present-announce">{ announce }</p>
                if *capturing { { capture::undo_said(&c, &state) } }
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

/// How long the pointer rests before the controls fade out, in milliseconds.
const IDLE_MS: u32 = 3000;

/// Whether the pointer has rested for [`IDLE_MS`] (see the module documentation).
#[hook]
fn use_pointer_idle() -> bool {
    let idle = use_state_eq(|| false);
    {
        let idle = idle.clone();
        use_effect_with((), move |_| {
            let timer = Rc::new(std::cell::RefCell::new(
                None::<gloo::timers::callback::Timeout>,
            ));
            let rest = {
                let (idle, timer) = (idle.clone(), timer.clone());
                move || {
                    idle.set(false);
                    let idle = idle.clone();
                    *timer.borrow_mut() =
                        Some(gloo::timers::callback::Timeout::new(IDLE_MS, move || {
                            idle.set(true)
                        }));
                }
            };
            rest();
            let listeners: Vec<EventListener> = web_sys::window()
                .and_then(|w| w.document())
                .map(|d| {
                    ["pointermove", "pointerdown"]
                        .into_iter()
                        .map(|name| {
                            let rest = rest.clone();
                            EventListener::new(&d, name, move |_| rest())
                        })
                        .collect()
                })
                .unwrap_or_default();
            move || {
                drop(listeners);
                timer.borrow_mut().take();
            }
        });
    }
    *idle
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
