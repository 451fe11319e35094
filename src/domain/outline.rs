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

use super::board::BoardKind;
use super::creative::{CreativeField, P};
use super::engagement::scenario_totals;
use super::health::score::Progress;
use super::health::Step;
use super::objectives::{smart, Verdict};
use super::plan::Plan;

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

/// How far the plan has come in `section` (issue 14: the overview shows the method's
/// progress and offers the next step). Counted in units that say what "done" means there:
/// the health check's answers, a card in each quadrant or factor, a persona, a touchpoint in
/// every persona's journey, objectives that pass the SMART check and have a KPI, the creative
/// idea's parts, the four Ps, a tactic and a budget, a reading for every objective. `None`
/// for the attribution explainer, which is not a step of the path.
pub fn progress(plan: &Plan, section: Section) -> Option<Progress> {
    let count = |flags: &[bool]| flags.iter().filter(|f| **f).count();
    let blank = |s: &str| s.trim().is_empty();
    let (done, total) = match section {
        Section::Attribution => return None,
        Section::Health => {
            // Its steps (the starting point, the four contexts): done when each is complete,
            // started as soon as one has an answer.
            let steps: Vec<Progress> = Step::ALL
                .iter()
                .map(|s| plan.health.progress(*s))
                .filter(|p| *p != Progress::NotApplicable)
                .collect();
            let complete = steps.iter().filter(|p| **p == Progress::Complete).count();
            let started = steps.iter().any(|p| *p != Progress::NotStarted);
            return Some(match (started, complete) {
                (false, _) => Progress::NotStarted,
                (true, c) if c == steps.len() => Progress::Complete,
                (true, c) => Progress::Partly {
                    done: c,
                    total: steps.len(),
                },
            });
        }
        Section::Swot | Section::Pestle => {
            let (board, kind) = match section {
                Section::Swot => (&plan.swot, BoardKind::Swot),
                _ => (&plan.pestle, BoardKind::Pestle),
            };
            let filled: Vec<bool> = kind
                .columns()
                .iter()
                .map(|c| board.column(*c).next().is_some())
                .collect();
            (count(&filled), filled.len())
        }
        Section::Tows => (usize::from(!plan.tows.is_empty()), 1),
        Section::Personas => (usize::from(!plan.journey.personas.is_empty()), 1),
        Section::Journeys => {
            let map = &plan.journey;
            if map.stages.is_empty() || map.personas.is_empty() {
                (0, 1)
            } else {
                let mapped: Vec<bool> = map
                    .personas
                    .iter()
                    .map(|p| !map.journey(&p.id).touchpoints.is_empty())
                    .collect();
                (count(&mapped), mapped.len())
            }
        }
        Section::Objectives => {
            let o = &plan.objectives;
            let ready: Vec<bool> = o
                .objectives
                .iter()
                .map(|x| {
                    smart(x).iter().all(|v| *v == Verdict::Met) && o.kpis_of(&x.id).next().is_some()
                })
                .collect();
            (count(&ready), ready.len().max(1))
        }
        Section::Creative => {
            let written: Vec<bool> = CreativeField::ALL
                .iter()
                .map(|f| !blank(plan.creative.text(*f)))
                .collect();
            (count(&written), written.len())
        }
        Section::Mix => {
            let decided: Vec<bool> = P::ALL
                .iter()
                .map(|p| !blank(&plan.mix.get(*p).decisions))
                .collect();
            (count(&decided), decided.len())
        }
        Section::Engagement => {
            let e = &plan.engagement;
            let budget = scenario_totals(e).iter().any(|x| *x > 0);
            (count(&[!e.tactics.is_empty(), budget]), 2)
        }
        Section::Reviews => {
            let read: Vec<bool> = plan
                .objectives
                .objectives
                .iter()
                .map(|x| !x.readings.is_empty())
                .collect();
            (count(&read), read.len().max(1))
        }
    };
    Some(match done {
        0 => Progress::NotStarted,
        d if d >= total => Progress::Complete,
        d => Progress::Partly { done: d, total },
    })
}

/// The first section of the path that is not done yet, in the method's order; `None` when
/// every step is done (the report is next).
pub fn next_step(plan: &Plan) -> Option<Section> {
    OUTLINE
        .into_iter()
        .find(|s| progress(plan, *s).is_some_and(|p| p != Progress::Complete))
}
