//! Numbers, money and dates in the reader's language, through the browser's `Intl` (no locale
//! data shipped). The one place they are formatted: the pages, the charts' tables, the report
//! and the Markdown export ([`Numbers`]) all call it, so "1 200 kr" reads the same everywhere.

use crate::domain::core::money::Currency;
use crate::domain::document::export;
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

/// A value on a chart's axis, or a score, as `locale` writes numbers, with one decimal only
/// when it has one ("20,000", "20 000", "2,5"): the axis reads as the table beside the chart.
pub fn axis_number(locale: Locale, x: f64) -> String {
    let shown = (x * 10.0).round() / 10.0;
    format_number(locale, shown, u32::from(shown.fract() != 0.0))
}

/// `cents` in `currency` as `locale` writes money ("£1,200", "1 200,00 kr", "Rp 1.200"), with
/// exactly `decimals` decimals; without a currency, the number alone.
pub fn format_money(
    locale: Locale,
    cents: u64,
    currency: Option<&Currency>,
    decimals: u32,
) -> String {
    let x = cents as f64 / 100.0;
    let Some(currency) = currency else {
        return format_number(locale, x, decimals);
    };
    let locales = Array::of1(&JsValue::from_str(locale.tag()));
    let options = Object::new();
    let d = JsValue::from_f64(f64::from(decimals));
    let _ = Reflect::set(&options, &"style".into(), &"currency".into());
    let _ = Reflect::set(&options, &"currency".into(), &currency.code().into());
    let _ = Reflect::set(&options, &"minimumFractionDigits".into(), &d);
    let _ = Reflect::set(&options, &"maximumFractionDigits".into(), &d);
    let format = Intl::NumberFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(x))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("{} {}", format_number(locale, x, decimals), currency.code()))
}

/// Every currency code the browser knows (`Intl.supportedValuesOf`), or none in a browser
/// without it (the menu then offers its usual ones).
pub fn supported_currencies() -> Vec<String> {
    let intl = js_sys::global();
    let f = Reflect::get(&intl, &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"supportedValuesOf".into()).map(|f| (intl, f)));
    let Ok((intl, f)) = f else { return Vec::new() };
    let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f) else {
        return Vec::new();
    };
    f.call1(&intl, &"currency".into())
        .ok()
        .map(|list| {
            Array::from(&list)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The names of the currencies `codes` in `locale` ("Swedish krona", "瑞典克朗"), or the code
/// where the browser has no name.
pub fn currency_names(locale: Locale, codes: &[String]) -> Vec<String> {
    let locales = Array::of1(&JsValue::from_str(locale.tag()));
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &"currency".into());
    let names = Intl::DisplayNames::new(&locales, &options);
    codes
        .iter()
        .map(|code| {
            names
                .of(code)
                .map(String::from)
                .unwrap_or_else(|| code.clone())
        })
        .collect()
}

/// The reader's language and the plan's currency: how the screen writes numbers and money,
/// handed to the Markdown export so the file reads as the app does.
#[derive(Clone, Debug, PartialEq)]
pub struct Numbers {
    pub locale: Locale,
    pub currency: Option<Currency>,
}

impl Numbers {
    /// An amount, with `decimals` decimals.
    pub fn money(&self, cents: u64, decimals: u32) -> String {
        format_money(self.locale, cents, self.currency.as_ref(), decimals)
    }
}

impl export::Numbers for Numbers {
    fn number(&self, x: f64, decimals: u32) -> String {
        format_number(self.locale, x, decimals)
    }

    fn money(&self, cents: u64, decimals: u32) -> String {
        Numbers::money(self, cents, decimals)
    }

    fn date(&self, day: crate::domain::core::date::Date) -> String {
        format_date(self.locale, day)
    }
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
