//! The user's settings for this namespace: language, theme and the plan that was open. Stored
//! as a small versioned document of its own, apart from the plans.

use crate::domain::{Locale, PlanId};
use serde::{Deserialize, Serialize};

/// `format` of the settings document.
pub const FORMAT: &str = "waymark-settings";
/// Version of the settings document this build writes.
pub const VERSION: u32 = 1;

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in menu order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value stored and put in `<html data-theme>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme named `s`.
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What the user chose, remembered across visits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The interface language the user picked; `None` means "negotiate from the browser".
    #[serde(default)]
    pub locale: Option<Locale>,
    /// The colour theme.
    #[serde(default)]
    pub theme: Theme,
    /// The plan open last time.
    #[serde(default)]
    pub current_plan: Option<PlanId>,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    settings: Settings,
}

impl Settings {
    /// The stored form.
    pub fn encode(&self) -> String {
        let envelope = Envelope {
            format: FORMAT.into(),
            version: VERSION,
            settings: self.clone(),
        };
        serde_json::to_string(&envelope).unwrap_or_default()
    }

    /// Reads the stored form; `None` when it is not a settings document this build understands.
    pub fn decode(text: &str) -> Option<Settings> {
        let envelope: Envelope = serde_json::from_str(text).ok()?;
        (envelope.format == FORMAT && envelope.version <= VERSION).then_some(envelope.settings)
    }
}
