//! Which pages load later, and the component that waits for them (issue 17).
//!
//! A first visit needs the shell and the welcome screen (a name for a new plan, the example).
//! Everything a plan shows — its overview and health check, the boards, the journey, the
//! planning pages, the report, the presentation, the plan list (import, export, snapshots) —
//! and the example plan's builder (`views::example`) are most of the WebAssembly and are not
//! needed before the user opens them. With the `split` feature,
//! each [`Part`] below is a split point: `scripts/split.mjs` cuts the code only that part
//! reaches into its own module, which is fetched the first time a page of the part is shown,
//! or earlier, when the browser is idle after the first visit ([`prefetch_when_idle`]). The
//! service worker precaches every module, so a visit offline after one online works.
//!
//! A split point returns a render function's result (`Html` for a route), never a mounted
//! page: the page component is the same type on every render, so moving between slides or
//! boards of one part keeps its state.
//!
//! Without the feature (`trunk serve`, the tests) every part is linked in and rendered at
//! once by the same functions, so both builds show the same pages.

use super::{
    AttributionPage, CreativePage, EngagementPage, JourneyPage, MixPage, MonitorPage,
    ObjectivesPage, PersonasPage, PestlePage, PresentPage, ReportPage, SwotPage, TeamPage,
    TowsPage,
};
use super::{HealthCheckPage, PlansPage, Route, SharePage};
use yew::prelude::*;

/// A group of pages that load together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// What a plan opens on: its overview, and the health check's steps and summary (a new
    /// plan goes there next, so it is fetched first when the browser is idle).
    Start,
    /// SWOT, PESTLE and TOWS.
    Boards,
    /// Personas, the journey map, the team and attribution.
    Journey,
    /// Objectives, the creative idea, engagement, the marketing mix and monitoring.
    Planning,
    /// The printable report (and its exports).
    Report,
    /// Presentation mode.
    Present,
    /// Opening a shared plan from a link.
    Share,
    /// The plan list: import, export, snapshots, kept copies (a first visit shows the welcome).
    Plans,
}

impl Part {
    /// Every part, in the order they are fetched when the browser is idle: what a new user
    /// opens first comes first.
    pub const ALL: [Part; 8] = [
        Part::Start,
        Part::Boards,
        Part::Planning,
        Part::Journey,
        Part::Plans,
        Part::Report,
        Part::Present,
        Part::Share,
    ];

    /// A stable name (the splitter names each part's module after its split point).
    pub fn key(self) -> &'static str {
        match self {
            Part::Start => "start",
            Part::Boards => "boards",
            Part::Journey => "journey",
            Part::Planning => "planning",
            Part::Report => "report",
            Part::Present => "present",
            Part::Share => "share",
            Part::Plans => "plans",
        }
    }

    /// The part `route` belongs to; `None` for the pages of the first visit.
    pub fn of(route: Route) -> Option<Part> {
        Some(match route {
            Route::Health => Part::Start,
            Route::Swot | Route::Pestle | Route::Tows => Part::Boards,
            Route::Personas | Route::Journey | Route::Team | Route::Attribution => Part::Journey,
            Route::Objectives
            | Route::Creative
            | Route::Engagement
            | Route::Mix
            | Route::Monitor => Part::Planning,
            Route::Report => Part::Report,
            Route::Present { .. } => Part::Present,
            Route::Share => Part::Share,
            Route::Plans => Part::Plans,
            Route::Home | Route::NotFound => return None,
        })
    }
}

/// The overview of the open plan, and the health check.
fn start(route: Route) -> Html {
    match route {
        Route::Health => html! { <HealthCheckPage /> },
        _ => html! { <super::home::Overview /> },
    }
}

/// The pages of the boards.
fn boards(route: Route) -> Html {
    match route {
        Route::Pestle => html! { <PestlePage /> },
        Route::Tows => html! { <TowsPage /> },
        _ => html! { <SwotPage /> },
    }
}

/// The pages of the journey.
fn journey(route: Route) -> Html {
    match route {
        Route::Personas => html! { <PersonasPage /> },
        Route::Team => html! { <TeamPage /> },
        Route::Attribution => html! { <AttributionPage /> },
        _ => html! { <JourneyPage /> },
    }
}

/// The pages of planning.
fn planning(route: Route) -> Html {
    match route {
        Route::Creative => html! { <CreativePage /> },
        Route::Engagement => html! { <EngagementPage /> },
        Route::Mix => html! { <MixPage /> },
        Route::Monitor => html! { <MonitorPage /> },
        _ => html! { <ObjectivesPage /> },
    }
}

/// The report.
fn report(_route: Route) -> Html {
    html! { <ReportPage /> }
}

/// Presentation mode, at its slide.
fn present(route: Route) -> Html {
    match route {
        Route::Present { slide } => html! { <PresentPage {slide} /> },
        _ => html! { <super::NotFound /> },
    }
}

/// Opening a shared plan.
fn share(_route: Route) -> Html {
    html! { <SharePage /> }
}

/// The plan list.
fn plans(_route: Route) -> Html {
    html! { <PlansPage /> }
}

/// Renders `route`, which belongs to `part`: at once without the `split` feature, through
/// [`Lazy`] with it.
pub fn render(part: Part, route: Route) -> Html {
    #[cfg(feature = "split")]
    {
        // Keyed by part: a message that one part could not be fetched stays with that part.
        html! { <Lazy key={part.key()} {part} {route} /> }
    }
    #[cfg(not(feature = "split"))]
    {
        render_now(part, route)
    }
}

/// Renders `route` with the code of `part`, which must be there.
#[cfg_attr(feature = "split", allow(dead_code))]
fn render_now(part: Part, route: Route) -> Html {
    match part {
        Part::Start => start(route),
        Part::Boards => boards(route),
        Part::Journey => journey(route),
        Part::Planning => planning(route),
        Part::Report => report(route),
        Part::Present => present(route),
        Part::Share => share(route),
        Part::Plans => plans(route),
    }
}

/// Fetches every part's module once the browser is idle after the first render, one after
/// another, so a section opened later shows at once (and is in the HTTP cache besides the
/// service worker's). Does nothing without the `split` feature.
pub fn prefetch_when_idle() {
    #[cfg(feature = "split")]
    split::prefetch_when_idle();
}

#[cfg(feature = "split")]
pub use split::Lazy;

#[cfg(feature = "split")]
mod split {
    use super::{Part, Route};
    use crate::i18n::use_i18n;
    use crate::storage::codec;
    use wasm_bindgen::prelude::*;
    use wasm_split::LazyLoader;
    use yew::prelude::*;

    static START: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "start" fn start(route: Route) -> Html);
    static BOARDS: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "boards" fn boards(route: Route) -> Html);
    static JOURNEY: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "journey" fn journey(route: Route) -> Html);
    static PLANNING: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "planning" fn planning(route: Route) -> Html);
    static REPORT: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "report" fn report(route: Route) -> Html);
    static PRESENT: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "present" fn present(route: Route) -> Html);
    static SHARE: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "share" fn share(route: Route) -> Html);
    static PLANS: LazyLoader<Route, Html> =
        wasm_split::lazy_loader!(extern "plans" fn plans(route: Route) -> Html);

    use super::{boards, journey, planning, plans, present, report, share, start};

    fn loader(part: Part) -> &'static LazyLoader<Route, Html> {
        match part {
            Part::Start => &START,
            Part::Boards => &BOARDS,
            Part::Journey => &JOURNEY,
            Part::Planning => &PLANNING,
            Part::Report => &REPORT,
            Part::Present => &PRESENT,
            Part::Share => &SHARE,
            Part::Plans => &PLANS,
        }
    }

    #[derive(Properties, PartialEq)]
    pub struct LazyProps {
        /// The part the route's page is in.
        pub part: Part,
        /// The route to render.
        pub route: Route,
    }

    /// Where a part's module is: being fetched, or could not be.
    #[derive(Clone, Copy, PartialEq)]
    enum Loading {
        Waiting,
        Failed,
    }

    /// Renders a route of a part whose module may not be here yet: a quiet "Loading…" while
    /// it is fetched (usually a few milliseconds, or nothing at all after the idle prefetch),
    /// and a message with a reload button if it cannot be fetched.
    #[function_component]
    pub fn Lazy(props: &LazyProps) -> Html {
        let i18n = use_i18n();
        let state = use_state(|| Loading::Waiting);
        let update = use_force_update();
        let part = props.part;
        // Every part shows or reads a plan: the plan reader (storage/codec.rs) comes with it.
        let page = codec::get()
            .is_some()
            .then(|| loader(part).call(props.route).ok())
            .flatten();
        {
            let state = state.clone();
            use_effect_with((part, page.is_some()), move |&(part, ready)| {
                if !ready {
                    wasm_bindgen_futures::spawn_local(async move {
                        if loader(part).load().await && codec::load().await.is_some() {
                            update.force_update();
                            crate::ui::focus_main_heading_if_lost();
                        } else {
                            state.set(Loading::Failed);
                        }
                    });
                }
            });
        }
        if let Some(page) = page {
            return page;
        }
        match *state {
            Loading::Waiting => html! {
                <div class="lazy-loading" aria-busy="true">
                    <p role="status">{ i18n.t("lazy-loading") }</p>
                </div>
            },
            Loading::Failed => html! {
                <div class="lazy-failed">{ crate::ui::reload_banner(&i18n, "lazy-failed", "lazy-failed") }</div>
            },
        }
    }

    pub fn prefetch_when_idle() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let start = Closure::once_into_js(|| {
            // The moment the first visit ends and the prefetch starts, for scripts/size.mjs
            // and the e2e test that nothing lazy came before it.
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("waymark:prefetch");
            }
            wasm_bindgen_futures::spawn_local(async {
                // The plan reader first (every part needs it, and another tab's save is read
                // with it), then the example, which the welcome screen of a first visit offers.
                if codec::load().await.is_none() || !crate::views::example::prefetch().await {
                    return;
                }
                for part in Part::ALL {
                    // A part that cannot be fetched stops the prefetch; opening it says so and
                    // offers to reload.
                    if !loader(part).load().await {
                        break;
                    }
                }
            });
        });
        let function: &js_sys::Function = start.unchecked_ref();
        if window.request_idle_callback(function).is_err() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(function, 2000);
        }
    }
}
