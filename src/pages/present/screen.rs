//! Full screen, when the browser allows it.
//!
//! `requestFullscreen` and `exitFullscreen` return promises that reject when the browser says
//! no (no click just before, an iframe without `allow="fullscreen"`, a kiosk policy). A
//! refusal is normal here, so the promises are awaited and their rejection dropped, rather than
//! left to become "uncaught" errors in the console. The calls go through `Reflect` because
//! the generated bindings drop the promise.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Calls `target.name(...args)` and returns its promise, if it made one.
fn call(target: &JsValue, name: &str, args: &Array) -> Option<Promise> {
    let f = Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    f.apply(target, args).ok()?.dyn_into::<Promise>().ok()
}

/// Whether the page is in full screen.
pub fn active() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}

/// Whether this page may go full screen at all.
pub fn available() -> bool {
    document().is_some_and(|d| d.fullscreen_enabled())
}

/// Asks for full screen (only works from a click or a key press); once granted, asks to keep
/// the Escape key for the page, so Escape closes a zoomed card or leaves the presentation
/// instead of only leaving full screen (holding Escape still leaves full screen).
pub fn enter() {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    if active() {
        return;
    }
    let Some(promise) = call(&root, "requestFullscreen", &Array::new()) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if JsFuture::from(promise).await.is_ok() {
            lock_escape().await;
        }
    });
}

/// `navigator.keyboard.lock(["Escape"])`, where it exists.
async fn lock_escape() {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let Ok(keyboard) = Reflect::get(&navigator, &JsValue::from_str("keyboard")) else {
        return;
    };
    if keyboard.is_undefined() || keyboard.is_null() {
        return;
    }
    let keys = Array::of1(&JsValue::from_str("Escape"));
    if let Some(promise) = call(&keyboard, "lock", &Array::of1(&keys)) {
        let _ = JsFuture::from(promise).await;
    }
}

/// Leaves full screen, if the page is in it.
pub fn exit() {
    if !active() {
        return;
    }
    let Some(document) = document() else { return };
    if let Some(promise) = call(&document, "exitFullscreen", &Array::new()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}
