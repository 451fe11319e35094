//! The address of each page: `Route` to `#/path` and back.
//!
//! Written out rather than derived: yew-router's derive builds a general route recogniser
//! (a state machine and its tables) into the first visit's WebAssembly, about 10 KB for twenty
//! fixed paths and one with a parameter (issue 17). This is the same behaviour — a trailing
//! `/` is ignored, an unknown path is `NotFound` — as a plain match.

use super::{Route, SlideKey};
use std::collections::HashMap;
use yew_router::Routable;

/// The routes without a parameter, with their paths.
const FIXED: [(&str, Route); 18] = [
    ("/", Route::Home),
    ("/health", Route::Health),
    ("/swot", Route::Swot),
    ("/pestle", Route::Pestle),
    ("/tows", Route::Tows),
    ("/personas", Route::Personas),
    ("/journey", Route::Journey),
    ("/team", Route::Team),
    ("/attribution", Route::Attribution),
    ("/objectives", Route::Objectives),
    ("/creative", Route::Creative),
    ("/engagement", Route::Engagement),
    ("/mix", Route::Mix),
    ("/monitor", Route::Monitor),
    ("/report", Route::Report),
    ("/plans", Route::Plans),
    ("/share", Route::Share),
    ("/404", Route::NotFound),
];

/// Presentation mode's path, before the slide's key.
const PRESENT: &str = "/present/";

impl Routable for Route {
    fn from_path(path: &str, params: &HashMap<&str, &str>) -> Option<Self> {
        if path == "/present/:slide" {
            let slide = params.get("slide")?.parse().ok()?;
            return Some(Route::Present { slide });
        }
        FIXED.iter().find(|(p, _)| *p == path).map(|(_, r)| *r)
    }

    fn to_path(&self) -> String {
        match self {
            // A key is letters, digits and '-' (SlideKey::new), nothing to encode.
            Route::Present { slide } => format!("{PRESENT}{slide}"),
            route => FIXED
                .iter()
                .find(|(_, r)| r == route)
                .map_or("/404", |(p, _)| *p)
                .to_owned(),
        }
    }

    fn routes() -> Vec<&'static str> {
        let mut all: Vec<&'static str> = FIXED.iter().map(|(p, _)| *p).collect();
        all.push("/present/:slide");
        all
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    fn recognize(pathname: &str) -> Option<Self> {
        let path = pathname.strip_suffix('/').unwrap_or(pathname);
        let path = if path.is_empty() { "/" } else { path };
        if let Some(key) = path.strip_prefix(PRESENT) {
            return Some(match key.parse::<SlideKey>() {
                Ok(slide) if !key.contains('/') => Route::Present { slide },
                _ => Route::NotFound,
            });
        }
        Some(
            FIXED
                .iter()
                .find(|(p, _)| *p == path)
                .map_or(Route::NotFound, |(_, r)| *r),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_path() {
        let slide: SlideKey = "journey-u-3".parse().expect("a valid key");
        let mut routes: Vec<Route> = FIXED.iter().map(|(_, r)| *r).collect();
        routes.push(Route::Present { slide });
        for route in routes {
            let path = route.to_path();
            assert_eq!(Route::recognize(&path), Some(route), "{path}");
            assert_eq!(
                Route::recognize(&format!("{path}/")),
                Some(route),
                "{path}/"
            );
        }
        assert_eq!(Route::Present { slide }.to_path(), "/present/journey-u-3");
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/nope",
            "/health/x",
            "/present/",
            "/present/a/b",
            "/present/a%20b",
            "/HEALTH",
        ] {
            assert_eq!(Route::recognize(path), Some(Route::NotFound), "{path}");
        }
        assert_eq!(Route::recognize(""), Some(Route::Home));
    }
}
