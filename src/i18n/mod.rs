//! Translations: locale negotiation, the Fluent bundles, and the `use_t` hook.
//!
//! Every sentence a user reads lives in `locales/<tag>.ftl`; code holds message ids.
//! `tests/i18n.rs` fails when any locale lacks a message English has, or has one it does not.
//!
//! The files are not compiled into the wasm: five languages of guidance text would weigh more
//! than the rest of the app. Trunk copies them to `dist/locales/`, and only the active one is
//! fetched (`fetch::load`) before the first render and when the user switches language; the
//! service worker keeps them for offline use. Natively (tests) they are read from the source.

mod fetch;
pub mod fluent;
mod format;
mod hook;
pub mod labels;
mod negotiate;

pub use fetch::{load, load_example, start, Pending};
pub use format::{
    axis_number, currency_names, format_date, format_datetime, format_money, format_number,
    supported_currencies, Numbers,
};
pub use hook::{use_i18n, I18nContext, I18nProvider};
pub use labels::{channel_name, context_name, show_date, size_text, stage_name};
pub use negotiate::negotiate;

use crate::domain::Locale;
use fluent::Resource;
pub use fluent::{plural_category, Arg};

/// The Fluent source of a locale, from the repository (native builds only: tests and tools).
#[cfg(not(target_arch = "wasm32"))]
pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("locales/en.ftl"),
        Locale::Sv => include_str!("locales/sv.ftl"),
        Locale::Lv => include_str!("locales/lv.ftl"),
        Locale::Id => include_str!("locales/id.ftl"),
        Locale::ZhHant => include_str!("locales/zh-Hant.ftl"),
    }
}

/// The Fluent source of a locale's example plan, from the repository (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn example_source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("examples/en.ftl"),
        Locale::Sv => include_str!("examples/sv.ftl"),
        Locale::Lv => include_str!("examples/lv.ftl"),
        Locale::Id => include_str!("examples/id.ftl"),
        Locale::ZhHant => include_str!("examples/zh-Hant.ftl"),
    }
}

/// The language's own name, as the language menu shows it (the same in every interface
/// language, so a user can always find their own).
pub fn endonym(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "English",
        Locale::Sv => "Svenska",
        Locale::Lv => "Latviešu",
        Locale::Id => "Bahasa Indonesia",
        Locale::ZhHant => "繁體中文",
    }
}

/// The parsed messages of one locale.
pub struct Translations {
    locale: Locale,
    resource: Resource,
}

impl PartialEq for Translations {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl Translations {
    /// The messages of `locale` from the repository (native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load(locale: Locale) -> Translations {
        Translations::parse(locale, source(locale).to_owned())
    }

    /// No messages at all: every message shows its id. Used where no translations were
    /// provided (a widget rendered on its own) and when no locale file could be fetched.
    pub fn empty(locale: Locale) -> Translations {
        Translations::parse(locale, String::new())
    }

    /// Parses the Fluent `source` of `locale`. An entry that does not parse (caught by the
    /// tests) is skipped; the rest still load.
    pub fn parse(locale: Locale, source: String) -> Translations {
        Translations {
            locale,
            resource: Resource::parse(&source),
        }
    }

    /// The active locale.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether there is a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.resource.has(id)
    }

    /// The message `id`; the id itself when it is missing (the tests keep that from shipping).
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// The message `id` with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.resource
            .format(self.locale, id, args)
            .unwrap_or_else(|| id.to_owned())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}
