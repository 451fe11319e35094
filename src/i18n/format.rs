//! Dates shown in the user's language, through the browser's `Intl` (no locale data shipped).

use crate::domain::{Locale, Timestamp};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// `at` as a medium date and short time in `locale` ("22 Nov 2026, 15:40").
pub fn format_datetime(locale: Locale, at: Timestamp) -> String {
    let locales = Array::of1(&JsValue::from_str(locale.tag()));
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let format = Intl::DateTimeFormat::new(&locales, &options).format();
    let date = js_sys::Date::new(&JsValue::from_f64(at.0 as f64));
    format
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
