//! One file per route. A page reads the state, hands data to widgets, and turns what the user
//! does into commands; it holds no rules of its own (those are in `domain`).
//!
//! A section gets a route when it works: there are no placeholder pages.

mod home;
mod not_found;

pub use home::Home;
pub use not_found::NotFound;

use yew::prelude::*;
use yew_router::prelude::*;

/// Every address in the app, on a hash router so it works on any static host, under any
/// sub-path and inside an iframe without server configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// The plan's overview, or the welcome screen when there is no plan yet.
    #[at("/")]
    Home,
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The routes listed in the section navigation, with their label's message id.
    pub const NAV: [(Route, &'static str); 1] = [(Route::Home, "nav-overview")];
}

/// Renders the page for `route`.
pub fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Home /> },
        Route::NotFound => html! { <NotFound /> },
    }
}
