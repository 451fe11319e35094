//! The one order of the plan's sections (issue 13).
//!
//! The report, the Markdown export and the slides each show the whole plan, and each used to
//! list its sections in its own code: their orders had drifted apart (the report put the
//! buyer journey after the engagement strategy, the export the marketing mix after it). Now
//! all three walk [`OUTLINE`], so a section added or moved here moves everywhere, and a test
//! (`tests/outline.rs`, e2e `report`) holds them to it.
//!
//! The order is the method's: where the business is (health check, SWOT, PESTLE, TOWS), who
//! its customers are and how they move (personas, journeys, attribution), then the plan
//! (objectives, the creative idea and its marketing mix, the engagement strategy) and how it
//! is followed up (reviews).

/// A section of the plan as the report, the export and the slides show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// The organisational health check: context scores, weak answers, next steps.
    Health,
    /// The SWOT board.
    Swot,
    /// The PESTLE board.
    Pestle,
    /// The TOWS strategies built from the SWOT.
    Tows,
    /// The personas.
    Personas,
    /// Each persona's journey through the stages.
    Journeys,
    /// The attribution of a conversion path.
    Attribution,
    /// SMART objectives with their KPIs and readings.
    Objectives,
    /// The creative idea.
    Creative,
    /// The marketing mix (4P).
    Mix,
    /// The engagement strategy: audience, tactics, budget scenarios.
    Engagement,
    /// The review log of monitoring.
    Reviews,
}

/// Every section, in the order every whole-plan view shows them.
pub const OUTLINE: [Section; 12] = [
    Section::Health,
    Section::Swot,
    Section::Pestle,
    Section::Tows,
    Section::Personas,
    Section::Journeys,
    Section::Attribution,
    Section::Objectives,
    Section::Creative,
    Section::Mix,
    Section::Engagement,
    Section::Reviews,
];

impl Section {
    /// A stable name (for tests and `data-outline` attributes).
    pub fn key(self) -> &'static str {
        match self {
            Section::Health => "health",
            Section::Swot => "swot",
            Section::Pestle => "pestle",
            Section::Tows => "tows",
            Section::Personas => "personas",
            Section::Journeys => "journeys",
            Section::Attribution => "attribution",
            Section::Objectives => "objectives",
            Section::Creative => "creative",
            Section::Mix => "mix",
            Section::Engagement => "engagement",
            Section::Reviews => "reviews",
        }
    }

    /// The message id of the section's title.
    pub fn title_id(self) -> &'static str {
        match self {
            Section::Health => "hc-title",
            Section::Swot => "swot-title",
            Section::Pestle => "pestle-title",
            Section::Tows => "tows-title",
            Section::Personas => "personas-title",
            Section::Journeys => "journey-title",
            Section::Attribution => "attribution-title",
            Section::Objectives => "objectives-title",
            Section::Creative => "creative-title",
            Section::Mix => "mix-title",
            Section::Engagement => "engagement-title",
            Section::Reviews => "reviews-title",
        }
    }

    /// The section whose key is `key`.
    pub fn from_key(key: &str) -> Option<Section> {
        OUTLINE.into_iter().find(|s| s.key() == key)
    }
}

/// Whether `a` comes before `b` in the outline; `sections` (in the order some view shows
/// them) follow the outline when each is after the one before.
pub fn in_order(sections: &[Section]) -> bool {
    let at = |s: &Section| OUTLINE.iter().position(|o| o == s);
    sections.windows(2).all(|w| at(&w[0]) < at(&w[1]))
}
