//! Waymark: a marketing-strategy workbench that runs entirely in the browser.
//!
//! The module tree is layered; each layer imports only the ones above it in this list:
//! `domain` (pure plan logic) → `charts` (pure SVG) → `storage` (the only browser storage
//! code) → `i18n` → `state` (the reducer) → `ui` (widgets) → `pages` (routes) → `app` (the
//! root). `domain` and `charts` never touch the browser, so they are tested natively.

pub mod app;
pub mod charts;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod state;
pub mod storage;
pub mod ui;

/// Mounts Waymark into the page's `<body>` with the default storage namespace.
pub fn start() {
    wasm_bindgen_futures::spawn_local(app::launch(storage::Namespace::default(), None));
}
