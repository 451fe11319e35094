//! The plan: one document per workspace, holding everything a user writes in Waymark.
//!
//! Sections are added to `Plan` as the method's parts land. Each new section is a field with
//! `#[serde(default)]` so older documents still load, and bumps `schema::CURRENT_VERSION` only
//! when an existing field changes meaning (then a migration in `schema.rs` carries old data over).

use super::ids::{PlanId, Timestamp};
use super::locale::Locale;
use serde::{Deserialize, Serialize};

/// Longest plan name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest free-text description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;

/// Who the plan is, rather than what it says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanMeta {
    /// What the user calls the plan ("Spring launch 2027").
    pub name: String,
    /// A few sentences on the business and what the plan is for.
    #[serde(default)]
    pub description: String,
    /// When the plan was created.
    pub created: Timestamp,
    /// When the plan last changed.
    pub updated: Timestamp,
    /// The language the plan's content is written in.
    pub locale: Locale,
}

/// The whole plan document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Stable identity, also the storage key.
    pub id: PlanId,
    /// Name, description, dates and language.
    pub meta: PlanMeta,
}

impl Plan {
    /// A new, empty plan. The name is trimmed; an empty one becomes `fallback_name`.
    pub fn new(id: PlanId, name: &str, fallback_name: &str, locale: Locale, at: Timestamp) -> Plan {
        let trimmed = name.trim();
        let name = if trimmed.is_empty() {
            fallback_name.trim()
        } else {
            trimmed
        };
        Plan {
            id,
            meta: PlanMeta {
                name: truncate_chars(name, MAX_NAME_CHARS),
                description: String::new(),
                created: at,
                updated: at,
                locale,
            },
        }
    }

    /// Checks the limits a stored or imported plan must respect; the path names the bad field.
    pub fn validate(&self) -> Result<(), String> {
        if self.meta.name.trim().is_empty() {
            return Err("plan.meta.name: empty".into());
        }
        if self.meta.name.chars().count() > MAX_NAME_CHARS {
            return Err(format!(
                "plan.meta.name: longer than {MAX_NAME_CHARS} characters"
            ));
        }
        if self.meta.description.chars().count() > MAX_DESCRIPTION_CHARS {
            return Err(format!(
                "plan.meta.description: longer than {MAX_DESCRIPTION_CHARS} characters"
            ));
        }
        Ok(())
    }
}

/// The first `max` characters of `s` (never splitting a character).
pub fn truncate_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}
