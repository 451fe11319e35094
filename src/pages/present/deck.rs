//! The deck: which slides the open plan has, in what order, and the key of each.
//!
//! Why it is built this way:
//! - The slides follow the plan's one outline (`domain::outline`), like the report and the
//!   Markdown export.
//! - A slide exists only when its part of the plan has content, so a room never looks at an
//!   empty slide; the cover always exists, so a deck is never empty.
//! - A slide is named by a key (`swot`, `journey-u-…`, `objective-o-…`), never by its
//!   position: the address `#/present/<key>` stays on the same slide after a reload, or when
//!   a slide before it appears or disappears because someone edited the plan in another tab.
//! - [`SlideKey`] keeps the key inline (ASCII, at most [`MAX_KEY`] bytes), so the `Route` that
//!   carries it stays `Copy` like every other route.
//! - Nothing here touches the browser: it is plain data over a `Plan`, tested natively.

use crate::domain::core::ids::{ObjectiveId, PersonaId};
use crate::domain::creative::{CreativeField, P};
use crate::domain::engagement::scenario_totals;
use crate::domain::journey::Lane;
use crate::domain::outline::{Section, OUTLINE};
use crate::domain::Plan;
use crate::pages::Route;
use std::fmt;
use std::str::FromStr;

/// The longest slide key, in bytes: a prefix and an id (ids are at most 64 bytes).
pub const MAX_KEY: usize = 80;

/// A slide's key as it appears in the address: ASCII letters, digits and dashes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SlideKey {
    len: u8,
    bytes: [u8; MAX_KEY],
}

impl SlideKey {
    /// `s` as a key, when it is one.
    pub fn new(s: &str) -> Option<SlideKey> {
        let ok = !s.is_empty()
            && s.len() <= MAX_KEY
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return None;
        }
        let mut bytes = [0; MAX_KEY];
        bytes[..s.len()].copy_from_slice(s.as_bytes());
        Some(SlideKey {
            len: u8::try_from(s.len()).ok()?,
            bytes,
        })
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl FromStr for SlideKey {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        SlideKey::new(s).ok_or(())
    }
}

impl fmt::Display for SlideKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for SlideKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SlideKey({:?})", self.as_str())
    }
}

/// The cover's key.
fn cover() -> SlideKey {
    let mut bytes = [0; MAX_KEY];
    bytes[..8].copy_from_slice(b"overview");
    SlideKey { len: 8, bytes }
}

/// One slide of the deck.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The cover: the plan's name, description and where it is going.
    Overview,
    /// The health check's scores and radar chart.
    Health,
    /// The SWOT board.
    Swot,
    /// The PESTLE board.
    Pestle,
    /// TOWS strategies.
    Tows,
    /// Every persona.
    Personas,
    /// One persona's journey.
    Journey(PersonaId),
    /// One objective with its SMART check, KPIs and status.
    Objective(ObjectiveId),
    /// The creative idea.
    Creative,
    /// The decisions of the marketing mix.
    Mix,
    /// The audience and the tactics by channel.
    Tactics,
    /// The budget scenarios, by channel.
    Budget,
    /// The budget scenarios by paid, owned and earned media: a slide of its own, so both
    /// charts are large enough to read from across a room.
    Ownership,
}

const JOURNEY: &str = "journey-";
const OBJECTIVE: &str = "objective-";

impl Slide {
    /// The slide's key in the address.
    pub fn key(&self) -> SlideKey {
        let text = match self {
            Slide::Journey(id) => format!("{JOURNEY}{id}"),
            Slide::Objective(id) => format!("{OBJECTIVE}{id}"),
            other => other.name().to_owned(),
        };
        // Ids are short ASCII, so this always fits; the cover is the harmless fallback.
        SlideKey::new(&text).unwrap_or_else(cover)
    }

    /// The kind of slide, also its CSS modifier (`present-slide-<name>`).
    pub fn name(&self) -> &'static str {
        match self {
            Slide::Overview => "overview",
            Slide::Health => "health",
            Slide::Swot => "swot",
            Slide::Pestle => "pestle",
            Slide::Tows => "tows",
            Slide::Personas => "personas",
            Slide::Journey(_) => "journey",
            Slide::Objective(_) => "objective",
            Slide::Creative => "creative",
            Slide::Mix => "mix",
            Slide::Tactics => "tactics",
            Slide::Budget => "budget",
            Slide::Ownership => "ownership",
        }
    }

    /// The section a deployment may hide that this slide belongs to
    /// (`crate::embed::config`); `None` for the cover, which is always shown.
    pub fn section(&self) -> Option<&'static str> {
        Some(match self {
            Slide::Overview => return None,
            Slide::Journey(_) => "journey",
            Slide::Objective(_) => "objectives",
            Slide::Tactics | Slide::Budget | Slide::Ownership => "engagement",
            other => other.name(),
        })
    }

    /// Whether this slide shows what the page at `route` edits.
    fn shows(&self, route: Route) -> bool {
        matches!(
            (self, route),
            (Slide::Overview, Route::Home)
                | (Slide::Health, Route::Health)
                | (Slide::Swot, Route::Swot)
                | (Slide::Pestle, Route::Pestle)
                | (Slide::Tows, Route::Tows)
                | (Slide::Personas, Route::Personas)
                | (
                    Slide::Journey(_),
                    Route::Journey | Route::Team | Route::Attribution
                )
                | (Slide::Objective(_), Route::Objectives | Route::Monitor)
                | (Slide::Creative, Route::Creative)
                | (Slide::Mix, Route::Mix)
                | (Slide::Tactics, Route::Engagement)
        )
    }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// The slides of `plan` that have content, in the order of the method.
pub fn deck(plan: &Plan) -> Vec<Slide> {
    let mut out = vec![Slide::Overview];
    for section in OUTLINE {
        out.extend(slides_of(plan, section));
    }
    out
}

/// The slides of one section of the outline (none when it is empty, or has no slide).
fn slides_of(plan: &Plan, section: Section) -> Vec<Slide> {
    let map = &plan.journey;
    let e = &plan.engagement;
    let one = |has: bool, slide: Slide| if has { vec![slide] } else { vec![] };
    match section {
        Section::Health => one(
            plan.health.scores().iter().any(|s| s.answered > 0),
            Slide::Health,
        ),
        Section::Swot => one(!plan.swot.cards.is_empty(), Slide::Swot),
        Section::Pestle => one(!plan.pestle.cards.is_empty(), Slide::Pestle),
        Section::Tows => one(!plan.tows.is_empty(), Slide::Tows),
        Section::Personas => one(!map.personas.is_empty(), Slide::Personas),
        Section::Journeys if !map.stages.is_empty() => map
            .personas
            .iter()
            .filter(|p| {
                let j = map.journey(&p.id);
                let said = j
                    .cells
                    .iter()
                    .any(|c| !blank(c.lane(Lane::Goal)) || !blank(c.lane(Lane::Message)));
                said || !j.touchpoints.is_empty()
            })
            .map(|p| Slide::Journey(p.id.clone()))
            .collect(),
        Section::Objectives => plan
            .objectives
            .objectives
            .iter()
            .map(|o| Slide::Objective(o.id.clone()))
            .collect(),
        Section::Creative => one(
            CreativeField::ALL
                .iter()
                .any(|f| !blank(plan.creative.text(*f))),
            Slide::Creative,
        ),
        Section::Mix => one(
            P::ALL.iter().any(|p| !blank(&plan.mix.get(*p).decisions)),
            Slide::Mix,
        ),
        Section::Engagement => {
            let mut slides = one(
                !e.tactics.is_empty() || !blank(&e.audience) || !blank(&e.justification),
                Slide::Tactics,
            );
            if scenario_totals(e).iter().any(|x| *x > 0) {
                slides.extend([Slide::Budget, Slide::Ownership]);
            }
            slides
        }
        // No slide of their own: the journey slides carry the stages, and attribution and
        // the review log are for the report.
        Section::Journeys | Section::Attribution | Section::Reviews => vec![],
    }
}

impl Slide {
    /// The section of the outline this slide shows; `None` for the cover.
    pub fn outline(&self) -> Option<Section> {
        Some(match self {
            Slide::Overview => return None,
            Slide::Health => Section::Health,
            Slide::Swot => Section::Swot,
            Slide::Pestle => Section::Pestle,
            Slide::Tows => Section::Tows,
            Slide::Personas => Section::Personas,
            Slide::Journey(_) => Section::Journeys,
            Slide::Objective(_) => Section::Objectives,
            Slide::Creative => Section::Creative,
            Slide::Mix => Section::Mix,
            Slide::Tactics | Slide::Budget | Slide::Ownership => Section::Engagement,
        })
    }
}

/// Where `key` is in `deck`; the cover when it is not there (any more).
pub fn position(deck: &[Slide], key: &SlideKey) -> usize {
    deck.iter().position(|s| s.key() == *key).unwrap_or(0)
}

/// The slide to open on from the page at `route`: the one showing that page's part of the
/// plan, else the cover.
pub fn start(deck: &[Slide], route: Option<Route>) -> SlideKey {
    route
        .and_then(|r| deck.iter().find(|s| s.shows(r)))
        .unwrap_or(&Slide::Overview)
        .key()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::board::{Card, Column};
    use crate::domain::core::ids::{CardId, PlanId, Timestamp};
    use crate::domain::objectives::Objective;
    use crate::domain::Locale;
    use std::rc::Rc;

    fn plan() -> Plan {
        let id = PlanId::parse("p-test").expect("a valid id");
        Plan::new(id, "Plan", "Plan", Locale::En, Timestamp(0))
    }

    #[test]
    fn keys_are_short_ascii_and_round_trip() {
        assert_eq!(
            SlideKey::new("swot").map(|k| k.to_string()),
            Some("swot".into())
        );
        assert_eq!(
            "journey-u-abc12".parse::<SlideKey>().map(|k| k.to_string()),
            Ok("journey-u-abc12".into())
        );
        assert!(SlideKey::new("").is_none());
        assert!(SlideKey::new("a/b").is_none());
        assert!(SlideKey::new("sw ot").is_none());
        assert!(SlideKey::new(&"x".repeat(MAX_KEY + 1)).is_none());
        assert!(SlideKey::new(&"x".repeat(MAX_KEY)).is_some());
        assert_eq!(Slide::Overview.key().as_str(), "overview");
    }

    #[test]
    fn an_empty_plan_has_only_the_cover() {
        let p = plan();
        assert_eq!(deck(&p), vec![Slide::Overview]);
        assert_eq!(start(&deck(&p), Some(Route::Swot)).as_str(), "overview");
    }

    #[test]
    fn slides_follow_content_and_keys_name_them() {
        let mut p = plan();
        let mut swot = (*p.swot).clone();
        swot.cards.push(Card::new(
            CardId::parse("c-1").expect("a valid id"),
            Column::Strengths,
            "Repairs".into(),
        ));
        p.swot = Rc::new(swot);
        let mut objectives = (*p.objectives).clone();
        let oid = ObjectiveId::parse("o-1").expect("a valid id");
        objectives
            .objectives
            .push(Objective::new(oid.clone(), "Grow".into()));
        p.objectives = Rc::new(objectives);
        let d = deck(&p);
        assert_eq!(d, vec![Slide::Overview, Slide::Swot, Slide::Objective(oid)]);
        let keys: Vec<String> = d.iter().map(|s| s.key().to_string()).collect();
        assert_eq!(keys, ["overview", "swot", "objective-o-1"]);
        assert_eq!(position(&d, &d[2].key()), 2);
        assert_eq!(position(&d, &SlideKey::new("pestle").expect("a key")), 0);
        assert_eq!(start(&d, Some(Route::Monitor)).as_str(), "objective-o-1");
        assert_eq!(start(&d, Some(Route::Swot)).as_str(), "swot");
        assert_eq!(start(&d, Some(Route::Pestle)).as_str(), "overview");
        assert_eq!(start(&d, None).as_str(), "overview");
    }
}
