//! The plan: one document per workspace, holding everything a user writes in Waymark.
//!
//! Sections are added to `Plan` as the method's parts land. Each new section is a field with
//! `#[serde(default)]` so older documents still load, and bumps `schema::CURRENT_VERSION` only
//! when an existing field changes meaning (then a migration in `schema.rs` carries old data over).

use crate::domain::board::{Board, BoardKind, Strategy};
use crate::domain::core::ids::{PlanId, Timestamp};
use crate::domain::core::locale::Locale;
use crate::domain::core::money::Currency;
use crate::domain::core::rules::{truncate, MAX_NAME_CHARS};
use crate::domain::creative::{Creative, Mix};
use crate::domain::engagement::Engagement;
use crate::domain::health::HealthCheck;
use crate::domain::journey::JourneyMap;
use crate::domain::objectives::monitor::Review;
use crate::domain::objectives::Objectives;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Longest free-text description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 20_000;
/// The latest time a plan may carry, 9999-12-31T23:59:59.999Z. Times are shown through the
/// browser's `Date`, which throws on a time beyond its range (±8.64e15 ms) and writes years
/// past 9999 in an extended format, so a stored or imported plan keeps to 1970–9999.
pub const MAX_TIMESTAMP: i64 = 253_402_300_799_999;

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
    /// The currency of every amount in the plan; none until the user chooses one (amounts
    /// are then plain numbers).
    /// A code that is not three capital letters (a hand-edited or foreign file) is read as
    /// none rather than making the whole plan unreadable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::core::money::lenient"
    )]
    pub currency: Option<Currency>,
}

/// The whole plan document. Sections are shared behind `Rc` so an undo snapshot is cheap
/// and a page whose section did not change is not re-rendered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Stable identity, also the storage key.
    pub id: PlanId,
    /// Name, description, dates and language.
    pub meta: PlanMeta,
    /// The organisational health check (DOMAIN.md §1).
    #[serde(default)]
    pub health: Rc<HealthCheck>,
    /// The SWOT board (DOMAIN.md §2).
    #[serde(default)]
    pub swot: Rc<Board>,
    /// The PESTLE board (DOMAIN.md §2).
    #[serde(default)]
    pub pestle: Rc<Board>,
    /// TOWS strategies built on the SWOT (DOMAIN.md §2).
    #[serde(default)]
    pub tows: Rc<Vec<Strategy>>,
    /// Personas, stages, journeys and the attribution explainer (DOMAIN.md §6).
    #[serde(default)]
    pub journey: Rc<JourneyMap>,
    /// SMART objectives, their readings, and KPIs (DOMAIN.md §3, §7).
    #[serde(default)]
    pub objectives: Rc<Objectives>,
    /// The creative idea (DOMAIN.md §4).
    #[serde(default)]
    pub creative: Rc<Creative>,
    /// The engagement strategy: audience, tactics, budgets (DOMAIN.md §5).
    #[serde(default)]
    pub engagement: Rc<Engagement>,
    /// The marketing mix, the 4Ps (DOMAIN.md §5).
    #[serde(default)]
    pub mix: Rc<Mix>,
    /// The review log of the feedback loop (DOMAIN.md §7).
    #[serde(default)]
    pub reviews: Rc<Vec<Review>>,
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
                name: truncate(name, MAX_NAME_CHARS),
                description: String::new(),
                created: at,
                updated: at,
                locale,
                currency: None,
            },
            health: Rc::default(),
            swot: Rc::default(),
            pestle: Rc::default(),
            tows: Rc::default(),
            journey: Rc::default(),
            objectives: Rc::default(),
            creative: Rc::default(),
            engagement: Rc::default(),
            mix: Rc::default(),
            reviews: Rc::default(),
        }
    }

    /// The board of `kind`.
    pub fn board(&self, kind: BoardKind) -> &Rc<Board> {
        match kind {
            BoardKind::Swot => &self.swot,
            BoardKind::Pestle => &self.pestle,
        }
    }
}
