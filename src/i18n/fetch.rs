//! Fetches a locale's messages from `locales/<tag>.ftl` in Waymark's folder (beside the page,
//! or where `mount.js` came from when mounted into a host page).
//!
//! The request goes to the page's own origin (the CSP allows nothing else) and revalidates
//! (`cache: no-cache`), so a new build never pairs with an old file's messages.

use super::Translations;
use crate::domain::Locale;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

/// Where the locale files are, in Waymark's folder (see `crate::assets`).
pub const LOCALES_DIR: &str = "locales";

/// Where the example plan's texts are.
pub const EXAMPLES_DIR: &str = "examples";

thread_local! {
    /// A rejection handler that does nothing (see [`request`]).
    static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_: JsValue| {});
}

/// The messages of `locale`, or why they could not be fetched.
pub async fn load(locale: Locale) -> Result<Translations, String> {
    start(locale).finish().await
}

/// A locale file whose request is already on its way: the start-up asks for it beside the
/// deployment's config file instead of after it (one round trip less before the first paint).
/// `fetch` sends the request when it is called; [`Pending::finish`] only waits for the answer.
pub struct Pending {
    locale: Locale,
    request: Result<(String, js_sys::Promise), String>,
}

impl Pending {
    /// The language this file is for.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Waits for the file and reads its messages.
    pub async fn finish(self) -> Result<Translations, String> {
        let (url, promise) = self.request?;
        let text = read_text(&url, promise).await?;
        Ok(Translations::parse(self.locale, text))
    }
}

/// Sends the request for `locale`'s messages now; see [`Pending`].
pub fn start(locale: Locale) -> Pending {
    Pending {
        locale,
        request: request(&format!("{LOCALES_DIR}/{}.ftl", locale.tag())),
    }
}

/// The texts of the example plan in `locale` (fetched only when the user opens it).
pub async fn load_example(locale: Locale) -> Result<Translations, String> {
    let text = fetch_text(&format!("{EXAMPLES_DIR}/{}.ftl", locale.tag())).await?;
    Ok(Translations::parse(locale, text))
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let (url, promise) = request(path)?;
    read_text(&url, promise).await
}

/// Sends the request for `path` (relative to the asset base); the answer is read later.
fn request(path: &str) -> Result<(String, js_sys::Promise), String> {
    let url = crate::assets::url(path);
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let promise = window.fetch_with_str_and_init(&url, &init);
    // A request nobody ends up waiting for (the early guess of the language, when it was
    // wrong) must not log an unhandled rejection if it fails: it is handled, by doing nothing.
    IGNORE.with(|ignore| {
        let _ = promise.catch(ignore);
    });
    Ok((url, promise))
}

async fn read_text(url: &str, promise: js_sys::Promise) -> Result<String, String> {
    let response = JsFuture::from(promise)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    let response: Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|e| format!("{e:?}"))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}
