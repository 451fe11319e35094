//! The names a user reads for the plan's vocabulary: channels, stages, contexts, dates, sizes.
//!
//! The journey map, the team sheet, attribution, objectives, engagement, the report and the
//! slides all name the same things; the names live here once, so pages never import each
//! other for them (issue 13).

use super::{format_date, format_number, Arg, I18nContext};
use crate::domain::core::channel::Channel;
use crate::domain::core::date::Date;
use crate::domain::health::Context;
use crate::domain::journey::Stage;

/// A stage's name: the one the user gave, or the ready-made stage's own.
pub fn stage_name(i18n: &I18nContext, stage: &Stage) -> String {
    match (&stage.key, stage.name.is_empty()) {
        (Some(key), true) => i18n.t(&format!("stage-{}", key.key())),
        _ => stage.name.clone(),
    }
}

/// A channel's name (a custom one's own name).
pub fn channel_name(i18n: &I18nContext, channel: Channel, custom: &str) -> String {
    if channel == Channel::Custom && !custom.trim().is_empty() {
        custom.to_owned()
    } else {
        i18n.t(&format!("channel-{}", channel.key()))
    }
}

/// A context of the health check ("Customer context").
pub fn context_name(i18n: &I18nContext, context: Context) -> String {
    i18n.t(&format!("hc-context-{}", context.key()))
}

/// A date as the user's language writes it.
pub fn show_date(i18n: &I18nContext, d: Date) -> String {
    format_date(i18n.locale(), d)
}

/// A size in bytes as the user reads it ("12 KB", "1.4 MB").
pub fn size_text(i18n: &I18nContext, bytes: f64) -> String {
    let locale = i18n.locale();
    let in_units = |unit: f64| {
        let x = bytes / unit;
        let decimals = if (x * 10.0).round() % 10.0 == 0.0 {
            0
        } else {
            1
        };
        Arg::from(format_number(locale, x, decimals))
    };
    if bytes >= 1e9 {
        i18n.t_args("size-gb", &[("n", in_units(1e9))])
    } else if bytes >= 1e6 {
        i18n.t_args("size-mb", &[("n", in_units(1e6))])
    } else {
        i18n.t_args(
            "size-kb",
            &[(
                "n",
                Arg::from(format_number(locale, (bytes / 1_000.0).ceil(), 0)),
            )],
        )
    }
}
