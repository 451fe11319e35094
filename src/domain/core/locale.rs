//! The languages Waymark speaks. A plan records the one it is written in, and the interface
//! can use any of them; the domain only knows the tags, the sentences live in `i18n/`.

use serde::{Deserialize, Serialize};

/// A supported language, stored as its BCP 47 tag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// English.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Swedish.
    #[serde(rename = "sv")]
    Sv,
    /// Latvian.
    #[serde(rename = "lv")]
    Lv,
    /// Indonesian.
    #[serde(rename = "id")]
    Id,
    /// Traditional Chinese.
    #[serde(rename = "zh-Hant")]
    ZhHant,
}

impl Locale {
    /// Every supported language, in the order the language menu lists them.
    pub const ALL: [Locale; 5] = [
        Locale::En,
        Locale::Sv,
        Locale::Lv,
        Locale::Id,
        Locale::ZhHant,
    ];

    /// The BCP 47 tag, as used in `<html lang>` and in storage.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Sv => "sv",
            Locale::Lv => "lv",
            Locale::Id => "id",
            Locale::ZhHant => "zh-Hant",
        }
    }

    /// The language from its exact tag (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }
}
