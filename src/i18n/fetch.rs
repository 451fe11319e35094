//! Fetches a locale's messages from `locales/<tag>.ftl` in Waymark's folder (beside the page,
//! or where `mount.js` came from when mounted into a host page).
//!
//! The request goes to the page's own origin (the CSP allows nothing else) and revalidates
//! (`cache: no-cache`), so a new build never pairs with an old file's messages.

use super::Translations;
use crate::domain::Locale;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

/// Where the locale files are, in Waymark's folder (see `crate::assets`).
pub const LOCALES_DIR: &str = "locales";

/// Where the example plan's texts are.
pub const EXAMPLES_DIR: &str = "examples";

/// The messages of `locale`, or why they could not be fetched.
pub async fn load(locale: Locale) -> Result<Translations, String> {
    let text = fetch_text(&format!("{LOCALES_DIR}/{}.ftl", locale.tag())).await?;
    Ok(Translations::parse(locale, text))
}

/// The texts of the example plan in `locale` (fetched only when the user opens it).
pub async fn load_example(locale: Locale) -> Result<Translations, String> {
    let text = fetch_text(&format!("{EXAMPLES_DIR}/{}.ftl", locale.tag())).await?;
    Ok(Translations::parse(locale, text))
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let url = &crate::assets::url(path);
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
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
