//! The user's settings for this namespace: language, theme and the plan that was open. Stored
//! as a small versioned document of its own, apart from the plans.

use crate::domain::{Locale, PlanId, PlanMeta, Timestamp};
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
    /// When each plan was last exported to a file (newest first, at most [`EXPORTS_KEPT`]).
    #[serde(default)]
    pub exported: Vec<(PlanId, Timestamp)>,
    /// The export reminder stays quiet until then.
    #[serde(default)]
    pub reminder_quiet_until: Option<Timestamp>,
}

/// How many plans' export times are remembered.
pub const EXPORTS_KEPT: usize = 50;
/// How long a plan may go with changes that are in no exported file before the user is
/// reminded: browsers can clear site data, and a file is the copy that survives.
pub const REMIND_AFTER_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// How long "Not now" quiets the reminder.
pub const QUIET_FOR_MS: i64 = 3 * 24 * 60 * 60 * 1000;

impl Settings {
    /// When plan `id` was last exported.
    pub fn last_export(&self, id: &PlanId) -> Option<Timestamp> {
        self.exported
            .iter()
            .find(|(p, _)| p == id)
            .map(|(_, at)| *at)
    }

    /// Records that plan `id` was exported at `at`.
    pub fn record_export(&mut self, id: &PlanId, at: Timestamp) {
        self.exported.retain(|(p, _)| p != id);
        self.exported.insert(0, (id.clone(), at));
        self.exported.truncate(EXPORTS_KEPT);
    }

    /// Whether to remind the user to export the plan described by `meta` (with id `id`): it
    /// has changes in no exported file, the oldest of them is at least [`REMIND_AFTER_MS`]
    /// old, and the reminder was not quieted.
    pub fn export_reminder_due(&self, id: &PlanId, meta: &PlanMeta, now: Timestamp) -> bool {
        if self.reminder_quiet_until.is_some_and(|t| now < t) {
            return false;
        }
        let since = match self.last_export(id) {
            Some(at) if meta.updated <= at => return false,
            Some(at) => at,
            None => meta.created,
        };
        now.0 - since.0 >= REMIND_AFTER_MS
    }
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
