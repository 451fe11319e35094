//! Waymark: a marketing-strategy workbench that runs entirely in the browser.
//!
//! The module tree is layered; each layer imports only the ones above it in this list:
//! `domain` (pure plan logic) → `charts` (pure SVG) → `storage` (the only browser storage
//! code) → `assets` (where Waymark's own files are) → `i18n` → `embed` (the deployment's config, the host protocol) → `state` (the
//! reducer) → `ui` (widgets) → `views` (what several pages show: the welcome screen) → `pages`
//! (routes; a page never imports another page) → `app` (the root). `domain` and `charts` never touch the browser, so they are tested natively.

pub mod app;
pub mod assets;
pub mod charts;
pub mod domain;
pub mod embed;
pub mod i18n;
pub mod pages;
pub mod state;
pub mod storage;
pub mod ui;
pub mod views;

/// Starts Waymark on its own page (`index.html`, which carries `<meta name="waymark"
/// content="app">`): renders into the `<body>` as the deployment's config file says. On any
/// other page it does nothing and waits for the page to call [`mount`].
pub fn start() {
    let own_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=waymark][content=app]")
                .ok()
                .flatten()
        })
        .is_some();
    if own_page {
        wasm_bindgen_futures::spawn_local(app::launch(app::Launch::default()));
    }
}

/// Mounts Waymark into `element` of a host page, with `options` (an object with the config
/// file's settings: `namespace`, `language`, `brand` {`color`, `logo`, `name`}, `sections`;
/// and `assets`, the address Waymark's files are served from, ending with `/`). The page that
/// calls this runs Waymark's code in itself, so its options are trusted like a config file.
/// `mount.js`, written next to the build's files, does this with Waymark's styles in a shadow
/// root (README: "Embed Waymark"). Wrong options are reported to the console and skipped.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(element: web_sys::Element, options: wasm_bindgen::JsValue) {
    let text = js_sys::JSON::stringify(&options)
        .ok()
        .and_then(|s| s.as_string())
        .filter(|s| s != "undefined" && s != "null")
        .unwrap_or_else(|| "{}".into());
    let (config, warnings) = embed::DeployConfig::parse(&text);
    for warning in warnings {
        web_sys::console::warn_1(&format!("waymark: mount options: {warning}").into());
    }
    let assets = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("assets").and_then(|a| a.as_str()).map(str::to_owned));
    if let Some(assets) = assets {
        assets::set_base(&assets);
    }
    wasm_bindgen_futures::spawn_local(app::launch(app::Launch {
        root: Some(element),
        config: Some(config),
    }));
}
