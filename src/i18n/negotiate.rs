//! Picks the interface language from the browser's preferences (`navigator.languages`).
//!
//! Pure, so it is tested natively. Matching is by primary language, with one subtlety for
//! Chinese: Waymark has Traditional Chinese only, so `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*`
//! match it, while a reader who asks for Simplified (`zh-CN`, `zh-Hans`, `zh-SG`) moves on to
//! their next preference rather than being given a script they did not ask for.

use crate::domain::Locale;

/// The first supported language in `preferences` (BCP 47 tags, most preferred first), or English.
pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> Locale {
    preferences
        .iter()
        .find_map(|tag| match_tag(tag.as_ref()))
        .unwrap_or(Locale::En)
}

fn match_tag(tag: &str) -> Option<Locale> {
    let lower = tag.trim().replace('_', "-").to_ascii_lowercase();
    let mut parts = lower.split('-');
    let language = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    match language {
        "en" => Some(Locale::En),
        "sv" => Some(Locale::Sv),
        "lv" => Some(Locale::Lv),
        // "in" is the code Indonesian had before 1989; old Java-based browsers still send it.
        "id" | "in" => Some(Locale::Id),
        "zh" => {
            let simplified = rest
                .iter()
                .any(|p| matches!(*p, "hans" | "cn" | "sg" | "my"));
            let traditional = rest
                .iter()
                .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
            // A bare "zh" gets Traditional Chinese: closer to what was asked than English.
            (traditional || (rest.is_empty() && !simplified)).then_some(Locale::ZhHant)
        }
        _ => None,
    }
}
