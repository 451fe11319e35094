//! What a storage failure means for the user, decided from what the browser threw.
//!
//! Browsers report a full storage in different ways: `QuotaExceededError` (the standard),
//! `NS_ERROR_DOM_QUOTA_REACHED` (old Firefox), or only the legacy code 22 (old WebKit). Blocked
//! storage shows up as a `SecurityError`. The classification is a pure function of the
//! exception's name, code and message, so it is tested natively for every variant.

use std::fmt;

/// Why storage did not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The browser's storage quota for this site is used up.
    Quota,
    /// Storage is switched off or not allowed here (privacy settings, a third-party iframe).
    Blocked,
    /// Anything else, with what the browser said.
    Other(String),
}

impl Fault {
    /// The Fluent message id that explains this fault to the user.
    pub fn i18n_key(&self) -> &'static str {
        match self {
            Fault::Quota => "storage-full",
            Fault::Blocked => "storage-blocked",
            Fault::Other(_) => "storage-failed",
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Quota => f.write_str("storage quota exceeded"),
            Fault::Blocked => f.write_str("storage blocked"),
            Fault::Other(what) => write!(f, "storage failed: {what}"),
        }
    }
}

/// Classifies a browser exception by its `name`, legacy `code` and `message`.
pub fn classify(name: &str, code: u16, message: &str) -> Fault {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => Fault::Quota,
        "SecurityError" | "NS_ERROR_FILE_ACCESS_DENIED" | "NotAllowedError" => Fault::Blocked,
        _ if code == 22 || code == 1014 => Fault::Quota,
        _ if code == 18 => Fault::Blocked,
        _ => {
            let lower = message.to_ascii_lowercase();
            if lower.contains("quota") {
                Fault::Quota
            } else if lower.contains("denied") || lower.contains("disabled") {
                Fault::Blocked
            } else if name.is_empty() {
                Fault::Other(message.to_owned())
            } else {
                Fault::Other(format!("{name}: {message}"))
            }
        }
    }
}
