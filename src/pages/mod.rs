//! One file per route. A page reads the state, hands data to widgets, and turns what the user
//! does into commands; it holds no rules of its own (those are in `domain`).
//!
//! A section gets a route when it works: there are no placeholder pages.

mod address;
mod attribution;
mod creative;
mod engagement;
mod health;
pub mod home;
pub mod journey;
pub mod lazy;
mod monitor;
mod not_found;
mod objectives;
mod personas;
mod pestle;
mod plans;
mod present;
mod report;
mod share;
mod swot;
mod team;
mod tows;

pub use attribution::AttributionPage;
pub use creative::{CreativePage, MixPage};
pub use engagement::EngagementPage;
pub use health::HealthCheckPage;
pub use home::Home;
pub use journey::JourneyPage;
pub use monitor::MonitorPage;
pub use not_found::NotFound;
pub use objectives::ObjectivesPage;
pub use personas::PersonasPage;
pub use pestle::PestlePage;
pub use plans::PlansPage;
pub use present::{PresentButton, PresentPage, SlideKey};
pub use report::ReportPage;
pub use share::SharePage;
pub use swot::SwotPage;
pub use team::TeamPage;
pub use tows::TowsPage;

use crate::domain::document::changes::Place;
use yew::prelude::*;

/// Every address in the app, on a hash router so it works on any static host, under any
/// sub-path and inside an iframe without server configuration. Its paths (`#/health`,
/// `#/present/swot`) are read and written in [`address`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The plan's overview, or the welcome screen when there is no plan yet.
    Home,
    /// The organisational health check.
    Health,
    /// The SWOT board.
    Swot,
    /// The PESTLE board and its matrix.
    Pestle,
    /// TOWS strategies.
    Tows,
    /// Personas.
    Personas,
    /// The journey map.
    Journey,
    /// The team sheet.
    Team,
    /// The attribution explainer.
    Attribution,
    /// SMART objectives and KPIs.
    Objectives,
    /// The creative idea.
    Creative,
    /// The engagement strategy.
    Engagement,
    /// The marketing mix.
    Mix,
    /// Measure, monitor, manage.
    Monitor,
    /// The whole plan as one document, to read, print or export.
    Report,
    /// Every stored plan, the example, a new plan, import, snapshots.
    Plans,
    /// A plan shared in the link (`#/share?p=…`), offered for import.
    Share,
    /// Presentation mode: one slide of the plan, full screen, for a room.
    Present {
        /// The slide's stable key (`swot`, `journey-u-…`), never its position.
        slide: SlideKey,
    },
    /// Anything else.
    NotFound,
}

impl Route {
    /// The groups of the navigation: a label and its pages (route and label), in order.
    /// The method's order: know where you are, know the customer, then plan.
    pub const GROUPS: [(&'static str, &'static [(Route, &'static str)]); 5] = [
        ("nav-overview", &[(Route::Home, "nav-overview")]),
        (
            "nav-diagnose",
            &[
                (Route::Health, "nav-health"),
                (Route::Swot, "nav-swot"),
                (Route::Pestle, "nav-pestle"),
                (Route::Tows, "nav-tows"),
            ],
        ),
        (
            "nav-customers",
            &[
                (Route::Personas, "nav-personas"),
                (Route::Journey, "nav-journey"),
                (Route::Team, "nav-team"),
                (Route::Attribution, "nav-attribution"),
            ],
        ),
        (
            "nav-planning",
            &[
                (Route::Objectives, "nav-objectives"),
                (Route::Creative, "nav-creative"),
                (Route::Engagement, "nav-engagement"),
                (Route::Mix, "nav-mix"),
                (Route::Monitor, "nav-monitor"),
            ],
        ),
        ("nav-report", &[(Route::Report, "nav-report")]),
    ];

    /// The section key a deployment uses to show or hide this page
    /// (`crate::embed::config::SECTIONS`); `None` for pages always shown.
    pub fn section(self) -> Option<&'static str> {
        Some(match self {
            Route::Health => "health",
            Route::Swot => "swot",
            Route::Pestle => "pestle",
            Route::Tows => "tows",
            Route::Personas => "personas",
            Route::Journey => "journey",
            Route::Team => "team",
            Route::Attribution => "attribution",
            Route::Objectives => "objectives",
            Route::Creative => "creative",
            Route::Engagement => "engagement",
            Route::Mix => "mix",
            Route::Monitor => "monitor",
            Route::Report => "report",
            _ => return None,
        })
    }

    /// Whether the deployment shows this page.
    pub fn shown(self, config: &crate::embed::DeployConfig) -> bool {
        self.section().is_none_or(|key| config.shows(key))
    }

    /// The page where a change at `place` is made, or `None` for the header (the plan's name),
    /// which every page shows.
    pub fn of_place(place: Place) -> Option<Route> {
        Some(match place {
            Place::Header => return None,
            Place::Overview => Route::Home,
            Place::Health => Route::Health,
            Place::Swot => Route::Swot,
            Place::Pestle => Route::Pestle,
            Place::Tows => Route::Tows,
            Place::Personas => Route::Personas,
            Place::Journey => Route::Journey,
            Place::Attribution => Route::Attribution,
            Place::Objectives => Route::Objectives,
            Place::Creative => Route::Creative,
            Place::Engagement => Route::Engagement,
            Place::Mix => Route::Mix,
            Place::Monitor => Route::Monitor,
        })
    }

    /// The message id of this page's name in the navigation (`nav-monitor`), if it has one.
    pub fn nav_key(self) -> Option<&'static str> {
        Route::GROUPS
            .iter()
            .flat_map(|(_, pages)| pages.iter())
            .find(|(r, _)| *r == self)
            .map(|(_, key)| *key)
    }

    /// The group `self` belongs to, as an index into [`Route::GROUPS`].
    pub fn group(self) -> Option<usize> {
        Route::GROUPS
            .iter()
            .position(|(_, pages)| pages.iter().any(|(r, _)| *r == self))
    }
}

/// Renders the page for `route`: the pages of a first visit at once, the others through
/// [`lazy`], which fetches their code the first time they are opened.
pub fn switch(route: Route) -> Html {
    if let Some(part) = lazy::Part::of(route) {
        return lazy::render(part, route);
    }
    match route {
        Route::NotFound => html! { <NotFound /> },
        _ => html! { <Home /> },
    }
}
