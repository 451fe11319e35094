//! What one step of undo or redo changed, said in the user's words.
//!
//! Undo is plan-wide: Ctrl+Z on Objectives can take back an edit made earlier on Monitoring.
//! Doing that silently loses the user's trust (issue 12, defect 9), so the app says what it
//! undid ("Undid: review note on Monitoring") and takes the user to the page where the change
//! is. This module finds that out from the two versions alone — the one before and the one
//! after the step — so it needs no record of which command made which change, and works the
//! same for changes adopted from another tab.
//!
//! The pages are named by [`Place`], not by the router's routes: the domain does not know the
//! UI. `pages::Route::of_place` maps each place to its page.

use crate::domain::document::merge::changed_paths;
use crate::domain::document::tree::{Path, Seg};
use crate::domain::plan::Plan;

/// The part of the app where a change can be made: one page each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Place {
    /// The plan's overview (its description).
    Overview,
    /// The plan's name, shown in the header of every page: undoing it needs no page change.
    Header,
    /// The organisational health check.
    Health,
    /// The SWOT board.
    Swot,
    /// The PESTLE board.
    Pestle,
    /// TOWS strategies.
    Tows,
    /// Personas.
    Personas,
    /// The journey map.
    Journey,
    /// The attribution explainer.
    Attribution,
    /// SMART objectives and KPIs.
    Objectives,
    /// The creative idea.
    Creative,
    /// The engagement strategy.
    Engagement,
    /// The marketing mix.
    Mix,
    /// Measure, monitor, manage: readings and the review log.
    Monitor,
}

impl Place {
    /// Every place, in the method's order.
    pub const ALL: [Place; 14] = [
        Place::Overview,
        Place::Header,
        Place::Health,
        Place::Swot,
        Place::Pestle,
        Place::Tows,
        Place::Personas,
        Place::Journey,
        Place::Attribution,
        Place::Objectives,
        Place::Creative,
        Place::Engagement,
        Place::Mix,
        Place::Monitor,
    ];

    fn bit(self) -> u16 {
        1 << (self as u8)
    }
}

/// One change found between two versions of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    /// The page where it is made (of the parts it changed, the first in the plan's order).
    pub place: Place,
    /// The message id of what changed, in a few words ("undo-what-review": "review note").
    pub what: &'static str,
    /// Every place the step changed, as a set: deleting a SWOT card also marks the TOWS
    /// strategy built on it, so an undo on TOWS shows its effect where the user is.
    touched: u16,
}

impl Change {
    /// A change at `place` only.
    pub fn at(place: Place, what: &'static str) -> Change {
        Change {
            place,
            what,
            touched: place.bit(),
        }
    }

    /// Whether the step changed something shown at `place`.
    pub fn touches(&self, place: Place) -> bool {
        self.touched & place.bit() != 0
    }
}

/// Where a part of the plan is edited, by the start of its path: the first row whose keys
/// begin the path wins, so the more precise rows come first. A `*` matches any one step
/// (an item of a list). The rows follow the method's order, which also decides which part
/// names a step that changed several (the persona, not the journey that went with it).
const PLACES: &[(&[&str], Place, &str)] = &[
    (&["meta", "name"], Place::Header, "undo-what-name"),
    (
        &["meta", "description"],
        Place::Overview,
        "undo-what-description",
    ),
    (&["meta", "locale"], Place::Overview, "undo-what-language"),
    (&["health", "start"], Place::Health, "undo-what-start"),
    (&["health"], Place::Health, "undo-what-answer"),
    (&["swot"], Place::Swot, "undo-what-card"),
    (&["pestle"], Place::Pestle, "undo-what-factor"),
    (&["tows"], Place::Tows, "undo-what-strategy"),
    (
        &["journey", "personas"],
        Place::Personas,
        "undo-what-persona",
    ),
    (&["journey", "stages"], Place::Journey, "undo-what-stage"),
    (
        &["journey", "journeys", "*", "touchpoints"],
        Place::Journey,
        "undo-what-touchpoint",
    ),
    (
        &["journey", "journeys"],
        Place::Journey,
        "undo-what-journey",
    ),
    (
        &["journey", "attribution"],
        Place::Attribution,
        "undo-what-path",
    ),
    (
        &["objectives", "objectives", "*", "readings"],
        Place::Monitor,
        "undo-what-reading",
    ),
    (
        &["objectives", "objectives"],
        Place::Objectives,
        "undo-what-objective",
    ),
    (&["objectives", "kpis"], Place::Objectives, "undo-what-kpi"),
    (&["objectives"], Place::Objectives, "undo-what-objective"),
    (&["creative"], Place::Creative, "undo-what-creative"),
    (
        &["engagement", "tactics"],
        Place::Engagement,
        "undo-what-tactic",
    ),
    (&["engagement"], Place::Engagement, "undo-what-engagement"),
    (&["mix"], Place::Mix, "undo-what-mix"),
    (&["reviews"], Place::Monitor, "undo-what-review"),
];

/// What changed from `before` to `after`, or `None` when nothing the user wrote did (only the
/// time of the last change, say). When one step changed several parts (deleting a persona
/// also removes its journey), the first of them in [`PLACES`] names it, and the others are
/// kept in [`Change::touches`].
pub fn describe(before: &Plan, after: &Plan) -> Option<Change> {
    // Through the text, like the merge: one copy of the plan's `Serialize` in the wasm.
    let (a, b) = (
        crate::domain::document::merge::json(before)?,
        crate::domain::document::merge::json(after)?,
    );
    let paths = changed_paths(&a, &b);
    let found: Vec<(usize, Change)> = paths.iter().filter_map(place_of).collect();
    let Some(&(_, first)) = found.iter().min_by_key(|(row, _)| *row) else {
        // A part this build has no row for (a new section) is still a change of the plan.
        return (!paths.is_empty()).then(|| Change::at(Place::Overview, "undo-what-plan"));
    };
    Some(Change {
        touched: found.iter().fold(0, |set, (_, c)| set | c.touched),
        ..first
    })
}

/// The row of [`PLACES`] for `path`, and its position there.
fn place_of(path: &Path) -> Option<(usize, Change)> {
    PLACES
        .iter()
        .enumerate()
        .find_map(|(row, (keys, place, what))| {
            let fits = keys.len() <= path.len()
                && keys.iter().zip(path).all(|(key, seg)| match seg {
                    Seg::Key(k) => *key == "*" || key == k,
                    Seg::Id(_) | Seg::Index(_) | Seg::Order => *key == "*",
                });
            fits.then(|| (row, Change::at(*place, what)))
        })
}
