//! One file per route. A page reads the state, hands data to widgets, and turns what the user
//! does into commands; it holds no rules of its own (those are in `domain`).
//!
//! A section gets a route when it works: there are no placeholder pages.

mod health;
pub mod home;
mod not_found;
mod plans;

pub use health::HealthCheckPage;
pub use home::Home;
pub use not_found::NotFound;
pub use plans::PlansPage;

use yew::prelude::*;
use yew_router::prelude::*;

/// Every address in the app, on a hash router so it works on any static host, under any
/// sub-path and inside an iframe without server configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The plan's overview, or the welcome screen when there is no plan yet.
    #[at("/")]
    Home,
    /// The organisational health check.
    #[at("/health")]
    Health,
    /// Every stored plan, the example, a new plan.
    #[at("/plans")]
    Plans,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The sections of a plan listed in the navigation, with their label's message id.
    pub const NAV: [(Route, &'static str); 2] =
        [(Route::Home, "nav-overview"), (Route::Health, "nav-health")];
}

/// Renders the page for `route`.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::Health => html! { <HealthCheckPage /> },
        Route::Plans => html! { <PlansPage /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
