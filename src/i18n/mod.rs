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
mod format;
mod hook;
mod negotiate;

pub use fetch::load;
pub use format::format_datetime;
pub use hook::{use_i18n, I18nContext, I18nProvider};
pub use negotiate::negotiate;

use crate::domain::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

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
    bundle: FluentBundle<FluentResource>,
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

    /// Parses the Fluent `source` of `locale`. A syntax error (caught by the tests) drops only
    /// the broken entries; the rest still load.
    pub fn parse(locale: Locale, source: String) -> Translations {
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
        let lang = locale.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![lang]);
        // No Unicode isolation marks around placeables: they would show up in titles,
        // attributes and downloaded file names.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Translations { locale, bundle }
    }

    /// The active locale.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id`; the id itself when it is missing (the tests keep that from shipping).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fargs.set(*name, value);
        }
        self.format(id, Some(&fargs))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// A value for a message's placeable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as is.
    Text(String),
    /// A number, which also chooses the plural form.
    Number(f64),
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
