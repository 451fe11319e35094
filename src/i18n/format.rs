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

/// `x` with exactly `decimals` decimals, grouped as `locale` writes numbers ("1,000.50",
/// "1 000,50").
pub fn format_number(locale: Locale, x: f64, decimals: u32) -> String {
    let locales = Array::of1(&JsValue::from_str(locale.tag()));
    let options = Object::new();
    let d = JsValue::from_f64(f64::from(decimals));
    let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &d);
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &d);
    let format = Intl::NumberFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(x))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("{x}"))
}

/// A calendar day as `locale` writes it ("23 Nov 2026"), the same in every time zone.
pub fn format_date(locale: Locale, day: crate::domain::core::date::Date) -> String {
    let locales = Array::of1(&JsValue::from_str(locale.tag()));
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    let format = Intl::DateTimeFormat::new(&locales, &options).format();
    let date = js_sys::Date::new(&JsValue::from_f64(f64::from(day.0) * 86_400_000.0));
    format
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| day.to_string())
}
