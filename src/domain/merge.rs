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
//! "Parts" are JSON paths of the stored plan (RFC 6901 pointers), compared generically, so a
//! new section needs no merge code of its own. A list whose length changed counts as one part,
//! so an addition on one side and an edit in the same list on the other is a conflict: a false
//! alarm costs the user a question, never lost work.

use super::plan::Plan;
use serde_json::Value;

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
        .any(|t| our_changes.iter().any(|o| overlaps(t, o)))
    {
        return Merge::Conflict;
    }
    for path in &our_changes {
        if !copy_path(&ours_v, &mut merged, path) {
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
    match super::schema::plan_from_value(merged) {
        Ok(plan) if plan.validate().is_ok() => Merge::Clean(plan),
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
fn json(plan: &Plan) -> Option<Value> {
    serde_json::from_str(&serde_json::to_string(plan).ok()?).ok()
}

/// Makes `to` hold at `path` what `from` holds there (or nothing, when `from` has nothing).
fn copy_path(from: &Value, to: &mut Value, path: &str) -> bool {
    let Some((parent, last)) = path.rsplit_once('/') else {
        return false;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    let value = from.pointer(path).cloned();
    match (to.pointer_mut(parent), value) {
        (Some(Value::Object(map)), Some(v)) => {
            map.insert(key, v);
            true
        }
        (Some(Value::Object(map)), None) => {
            map.remove(&key);
            true
        }
        (Some(Value::Array(items)), Some(v)) => match key.parse::<usize>() {
            Ok(i) if i < items.len() => {
                items[i] = v;
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// Paths that change with every edit, or only with what a tab shows, and say nothing about
/// content: they never make a conflict, and the other tab's value is kept.
const IGNORED: [&str; 2] = ["/meta/updated", "/health/step"];

/// The JSON paths (as `/a/b/0`) where `a` and `b` differ, at the deepest level that differs.
pub fn changed_paths(a: &Value, b: &Value) -> Vec<String> {
    let mut out = Vec::new();
    diff(a, b, &mut String::new(), &mut out);
    out.retain(|p| !IGNORED.contains(&p.as_str()));
    out
}

fn diff(a: &Value, b: &Value, path: &mut String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys = x.keys().chain(y.keys().filter(|k| !x.contains_key(*k)));
            for key in keys {
                let len = path.len();
                path.push('/');
                path.push_str(&key.replace('~', "~0").replace('/', "~1"));
                match (x.get(key), y.get(key)) {
                    (Some(l), Some(r)) => diff(l, r, path, out),
                    _ => out.push(path.clone()),
                }
                path.truncate(len);
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (l, r)) in x.iter().zip(y).enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                diff(l, r, path, out);
                path.truncate(len);
            }
        }
        _ if a != b => out.push(path.clone()),
        _ => {}
    }
}

/// Whether one path is the other or lies inside it.
fn overlaps(a: &str, b: &str) -> bool {
    let inside = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    inside(a, b) || inside(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_name_the_deepest_difference_and_ignore_the_updated_time() {
        let a = json!({"meta": {"name": "A", "updated": 1, "tags": [1, 2]}});
        let b = json!({"meta": {"name": "B", "updated": 2, "tags": [1, 3]}});
        let paths: Vec<String> = changed_paths(&a, &b).into_iter().collect();
        assert_eq!(paths, vec!["/meta/name", "/meta/tags/1"]);
        let c = json!({"meta": {"name": "A", "updated": 1, "tags": [1]}});
        assert_eq!(
            changed_paths(&a, &c).into_iter().collect::<Vec<_>>(),
            vec!["/meta/tags"]
        );
    }

    #[test]
    fn overlapping_paths() {
        assert!(overlaps("/swot", "/swot/cards/1"));
        assert!(overlaps("/meta/name", "/meta/name"));
        assert!(!overlaps("/meta/name", "/meta/names"));
        assert!(!overlaps("/meta/name", "/meta/description"));
    }
}
