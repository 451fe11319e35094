//! Merging another tab's save with this tab's version of the same plan.
//!
//! Two tabs of one browser can edit the same plan, and their saves can cross (each writes
//! before it hears of the other's write). A tab then knows three plans: the *base* (the stored
//! version the other tab edited from, named by its fingerprint in the saved envelope), *theirs*
//! (just saved elsewhere) and *ours* (on screen: this tab's saved and unsaved changes). [`merge3`]
//! takes theirs and carries over every part that ours changed since the base. When the two
//! sides changed different parts, nothing is lost on either side; when they changed the same
//! part, it is a conflict: the user chooses which version to keep (see `state::autosave`), and
//! the other is kept as a snapshot.
//!
//! "Parts" are paths of the stored plan's JSON tree (`domain::document::tree`), compared generically, so
//! a new section needs no merge code of its own. Items of a list are followed by their id, not
//! their position: one tab moving card B above A while the other rates A merges cleanly, and
//! the rating stays on A. A list's order is a part of its own; adding an item is a part, and
//! removing one is a part that contains the item's contents (so deleting a card that the other
//! tab edited is a conflict). Lists of plain values are still compared by position, and one
//! whose length changed counts as one part: a false alarm costs the user a question, never
//! lost work.
//!
//! A merge is only as good as its base, which must be a version both sides derive from. Each
//! save names the version it was edited from (its `parent`); a tab follows those links back
//! from the other tab's save to the nearest version in its own line of descent ([`Lineage`]).
//! A tab waiting for the user to settle a conflict still derives from its own last save, not
//! from the other tab's versions it has heard of, so a later save of the other tab cannot
//! settle the question by itself.

use crate::domain::document::schema::fingerprint;
use crate::domain::document::tree::{self, Path, Seg};
use crate::domain::plan::Plan;
use serde_json::Value;
use std::rc::Rc;

/// What merging gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Merge {
    /// Theirs with our changes carried over; nothing lost on either side.
    Clean(Plan),
    /// Both sides changed the same part of the plan.
    Conflict,
}

/// Theirs, plus every part of the plan that ours changed since `base`.
pub fn merge3(base: &Plan, theirs: &Plan, ours: &Plan) -> Merge {
    if base.id != theirs.id || base.id != ours.id {
        return Merge::Conflict;
    }
    let (Some(base_v), Some(mut merged), Some(ours_v)) = (json(base), json(theirs), json(ours))
    else {
        return Merge::Conflict;
    };
    let their_changes = changed_paths(&base_v, &merged);
    let our_changes = changed_paths(&base_v, &ours_v);
    if their_changes
        .iter()
        .any(|t| our_changes.iter().any(|o| tree::overlaps(t, o)))
    {
        return Merge::Conflict;
    }
    // Removals and additions first, then contents, then orders: an order is applied to the
    // items the merged list ends up with.
    let mut ordered: Vec<&Path> = our_changes.iter().collect();
    let is_order = |p: &Path| matches!(p.last(), Some(Seg::Order));
    crate::domain::core::sort_small(&mut ordered, |a, b| !is_order(a) && is_order(b));
    for path in ordered {
        if !tree::copy(&ours_v, &mut merged, path) {
            return Merge::Conflict;
        }
    }
    // The later of the two change times.
    if let (Some(updated), Some(ours_updated)) = (
        merged.pointer_mut("/meta/updated"),
        ours_v.pointer("/meta/updated"),
    ) {
        if ours_updated.as_i64() > updated.as_i64() {
            *updated = ours_updated.clone();
        }
    }
    match crate::domain::document::schema::plan_from_value(&merged) {
        Ok(plan) if super::validate::plan(&plan).is_ok() => Merge::Clean(plan),
        _ => Merge::Conflict,
    }
}

/// What a tab does when another tab saved the plan it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum TakeOver {
    /// Show `plan` (theirs, or theirs merged with ours); save it when `save` (it holds
    /// changes of ours that storage does not have).
    Adopt {
        /// The plan to show.
        plan: Plan,
        /// Whether it differs from what the other tab stored.
        save: bool,
    },
    /// Both changed the same thing: the user chooses which version to keep, and the other is
    /// kept as a snapshot. Until then this tab writes nothing over theirs.
    Conflict,
}

/// Decides what to do with `theirs`, another tab's save of the plan this tab shows as `ours`.
/// `base` is the stored version theirs was edited from, when this tab knows it; `unsaved` says
/// whether ours holds changes that are not stored.
///
/// Nothing is decided for the user on a conflict: a later tab never silently overwrites an
/// earlier tab's save, and the version not chosen is kept.
pub fn take_over(base: Option<&Plan>, theirs: &Plan, ours: &Plan, unsaved: bool) -> TakeOver {
    if theirs == ours {
        return TakeOver::Adopt {
            plan: theirs.clone(),
            save: false,
        };
    }
    let merged = match base {
        Some(base) => merge3(base, theirs, ours),
        // Not knowing what they started from: with nothing unsaved here, theirs is simply the
        // newer save when ours is what they saw last; otherwise ours was never seen by them.
        None if !unsaved => return TakeOver::Conflict,
        None => Merge::Conflict,
    };
    match merged {
        Merge::Clean(plan) => {
            let save = plan != *theirs;
            TakeOver::Adopt { plan, save }
        }
        Merge::Conflict => TakeOver::Conflict,
    }
}

/// The plan as a JSON tree. Through its text rather than `serde_json::to_value`: the plan's
/// `Serialize` code is then the one saving already uses, not a second copy for another
/// serializer (the size of the first visit counts).
pub(crate) fn json(plan: &Plan) -> Option<Value> {
    serde_json::from_str(&serde_json::to_string(plan).ok()?).ok()
}

/// Paths that change with every edit, or only with what a tab shows, and say nothing about
/// content: they never make a conflict, and the other tab's value is kept.
const IGNORED: [[&str; 2]; 2] = [["meta", "updated"], ["health", "step"]];

/// The parts of the plan (as paths) where `a` and `b` differ, at the deepest level that
/// differs, without the [`IGNORED`] ones.
pub fn changed_paths(a: &Value, b: &Value) -> Vec<Path> {
    let mut out = tree::diff(a, b);
    out.retain(|p| {
        !IGNORED.iter().any(|ignored| {
            p.len() == 2
                && p.iter()
                    .zip(ignored)
                    .all(|(s, k)| *s == Seg::Key((*k).into()))
        })
    });
    out
}

/// One stored version of the plan that a tab knows of.
#[derive(Clone, Debug)]
struct Version {
    fingerprint: String,
    plan: Rc<Plan>,
    parent: Option<String>,
}

/// How many stored versions a tab remembers as possible merge bases (its own head is never
/// forgotten).
pub const KNOWN_LIMIT: usize = 32;

/// What one tab knows of the stored versions of the plan it shows: which one its plan derives
/// from (its *head*: its last save, or the other tab's save it took over), and the versions it
/// saved or heard of, with the version each was edited from.
#[derive(Clone, Debug, Default)]
pub struct Lineage {
    head: Option<String>,
    known: Vec<Version>,
}

impl Lineage {
    /// The lineage of a tab that opened `plan` from storage, where it was saved after `parent`.
    pub fn opened(plan: Rc<Plan>, parent: Option<String>) -> Lineage {
        let mut lineage = Lineage::default();
        let fp = lineage.record(plan, parent);
        lineage.head = Some(fp);
        lineage
    }

    /// The version this tab's plan derives from: the `parent` its next save records.
    pub fn head(&self) -> Option<&str> {
        self.head.as_deref()
    }

    /// The stored version this tab's plan derives from, when known.
    pub fn head_version(&self) -> Option<Rc<Plan>> {
        self.find(self.head.as_deref()?)
    }

    /// This tab wrote `plan` (edited from its head): it is the new head.
    pub fn saved(&mut self, plan: Rc<Plan>) {
        let parent = self.head.clone();
        let fp = self.record(plan, parent);
        self.head = Some(fp);
    }

    /// Another tab wrote `plan`, edited from `parent`. It becomes a known version, not the
    /// head: this tab's plan does not derive from it until it is taken over.
    pub fn heard(&mut self, plan: Rc<Plan>, parent: Option<String>) {
        self.record(plan, parent);
    }

    /// This tab's plan now derives from `plan` (another tab's save it took over or merged
    /// with, or chose to write over), which must have been [`Lineage::heard`].
    pub fn adopt(&mut self, plan: &Plan) {
        self.head = Some(fingerprint(plan));
    }

    /// The base for merging another tab's save that was edited from `parent`: the nearest
    /// version, following `parent` links back from it, that is also this tab's head or one of
    /// its ancestors. `None` when the two lines meet in no version this tab knows.
    pub fn base_for(&self, parent: Option<&str>) -> Option<Rc<Plan>> {
        let ours = self.line(self.head.as_deref());
        self.line(parent)
            .into_iter()
            .find(|fp| ours.contains(fp))
            .and_then(|fp| self.find(&fp))
    }

    /// `from` and its ancestors, nearest first, as far as known.
    fn line(&self, from: Option<&str>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut at = from.map(str::to_owned);
        while let Some(fp) = at {
            if out.contains(&fp) {
                break;
            }
            at = self
                .known
                .iter()
                .find(|v| v.fingerprint == fp)
                .and_then(|v| v.parent.clone());
            out.push(fp);
        }
        out
    }

    fn find(&self, fp: &str) -> Option<Rc<Plan>> {
        self.known
            .iter()
            .find(|v| v.fingerprint == fp)
            .map(|v| v.plan.clone())
    }

    fn record(&mut self, plan: Rc<Plan>, parent: Option<String>) -> String {
        let fp = fingerprint(&plan);
        self.known.retain(|v| v.fingerprint != fp);
        // A version that names itself as its parent would make a loop of one.
        let parent = parent.filter(|p| *p != fp);
        self.known.push(Version {
            fingerprint: fp.clone(),
            plan,
            parent,
        });
        while self.known.len() > KNOWN_LIMIT {
            let head = self.head.clone();
            match self
                .known
                .iter()
                .position(|v| Some(&v.fingerprint) != head.as_ref())
            {
                Some(i) => {
                    self.known.remove(i);
                }
                None => break,
            }
        }
        fp
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn shown(paths: Vec<Path>) -> Vec<String> {
        paths.iter().map(|p| tree::show(p)).collect()
    }

    #[test]
    fn paths_name_the_deepest_difference_and_ignore_the_updated_time() {
        let a = json!({"meta": {"name": "A", "updated": 1, "tags": [1, 2]}});
        let b = json!({"meta": {"name": "B", "updated": 2, "tags": [1, 3]}});
        assert_eq!(
            shown(changed_paths(&a, &b)),
            vec!["/meta/name", "/meta/tags/1"]
        );
        let c = json!({"meta": {"name": "A", "updated": 1, "tags": [1]}});
        assert_eq!(shown(changed_paths(&a, &c)), vec!["/meta/tags"]);
    }

    #[test]
    fn items_with_ids_are_named_by_id_and_their_order_apart() {
        let a = json!({"cards": [{"id": "a", "w": 1}, {"id": "b", "w": 2}]});
        let moved_and_rated = json!({"cards": [{"id": "b", "w": 2}, {"id": "a", "w": 5}]});
        assert_eq!(
            shown(changed_paths(&a, &moved_and_rated)),
            vec!["/cards/@a/w", "/cards/#order"]
        );
        let replaced = json!({"cards": [{"id": "b", "w": 2}, {"id": "c", "w": 0}]});
        assert_eq!(
            shown(changed_paths(&a, &replaced)),
            vec!["/cards/@a", "/cards/@c"]
        );
    }

    #[test]
    fn overlapping_paths() {
        let p = |s: &[&str]| -> Path { s.iter().map(|k| Seg::Key((*k).into())).collect() };
        assert!(tree::overlaps(&p(&["swot"]), &p(&["swot", "cards"])));
        assert!(tree::overlaps(&p(&["meta", "name"]), &p(&["meta", "name"])));
        assert!(!tree::overlaps(
            &p(&["meta", "name"]),
            &p(&["meta", "names"])
        ));
        let mut item = p(&["cards"]);
        item.push(Seg::Id("a".into()));
        let mut order = p(&["cards"]);
        order.push(Seg::Order);
        assert!(!tree::overlaps(&item, &order));
    }
}
