//! Paths into a stored plan's JSON tree that name list items by their id, not their position.
//!
//! Two things compare versions of a plan part by part: merging two tabs' saves
//! (`domain::document::merge`) and keeping the members a newer Waymark wrote that this build does not
//! know (`domain::document::schema`). Both must follow an item when it moves: "the rating of card A" is
//! the same part of the plan whether A is first or third in its list. So a list whose items are
//! objects with an `id` is treated like a map from id to item, plus its order as a part of its
//! own; only lists of plain values (or of items without ids) are compared by position.
//!
//! Everything here is generic over the JSON, so a new section needs no code of its own.

use serde_json::Value;

/// One step of a [`Path`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Seg {
    /// A member of an object.
    Key(String),
    /// An item of a list of plain values, by position.
    Index(usize),
    /// The item with this `id` in a list of items with ids.
    Id(String),
    /// The order of the items of a list of items with ids.
    Order,
}

/// Where a part of the tree is, from the root.
pub type Path = Vec<Seg>;

/// A path as text, for messages and tests: `/swot/cards/@c1/weight`, `/tows/#order`.
pub fn show(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        out.push('/');
        match seg {
            Seg::Key(k) => out.push_str(k),
            Seg::Index(i) => out.push_str(&i.to_string()),
            Seg::Id(id) => {
                out.push('@');
                out.push_str(id);
            }
            Seg::Order => out.push_str("#order"),
        }
    }
    out
}

/// The id of a list item, when it is an object with a string or number `id`.
fn item_id(item: &Value) -> Option<String> {
    match item.as_object()?.get("id")? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The ids of a list's items, when every item has one and no two share it (an empty list
/// qualifies: it can become either kind).
pub fn ids(items: &[Value]) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let id = item_id(item)?;
        if out.contains(&id) {
            return None;
        }
        out.push(id);
    }
    Some(out)
}

fn position(items: &[Value], id: &str) -> Option<usize> {
    items
        .iter()
        .position(|item| item_id(item).as_deref() == Some(id))
}

/// The paths where `a` and `b` differ, at the deepest level that differs. A member or item
/// that only one side has is named by its own path; a list of plain values whose length
/// changed is named as a whole.
pub fn diff(a: &Value, b: &Value) -> Vec<Path> {
    let mut out = Vec::new();
    walk(a, b, &mut Vec::new(), &mut out);
    out
}

fn walk(a: &Value, b: &Value, path: &mut Path, out: &mut Vec<Path>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys = x.keys().chain(y.keys().filter(|k| !x.contains_key(*k)));
            for key in keys {
                path.push(Seg::Key(key.clone()));
                match (x.get(key), y.get(key)) {
                    (Some(l), Some(r)) => walk(l, r, path, out),
                    _ => out.push(path.clone()),
                }
                path.pop();
            }
        }
        (Value::Array(x), Value::Array(y)) => match (ids(x), ids(y)) {
            (Some(xi), Some(yi)) => {
                for (i, id) in xi.iter().enumerate() {
                    path.push(Seg::Id(id.clone()));
                    match yi.iter().position(|other| other == id) {
                        Some(j) => walk(&x[i], &y[j], path, out),
                        None => out.push(path.clone()),
                    }
                    path.pop();
                }
                for id in yi.iter().filter(|id| !xi.contains(id)) {
                    path.push(Seg::Id(id.clone()));
                    out.push(path.clone());
                    path.pop();
                }
                let common_x: Vec<&String> = xi.iter().filter(|id| yi.contains(id)).collect();
                let common_y: Vec<&String> = yi.iter().filter(|id| xi.contains(id)).collect();
                if common_x != common_y {
                    path.push(Seg::Order);
                    out.push(path.clone());
                    path.pop();
                }
            }
            _ if x.len() == y.len() => {
                for (i, (l, r)) in x.iter().zip(y).enumerate() {
                    path.push(Seg::Index(i));
                    walk(l, r, path, out);
                    path.pop();
                }
            }
            _ => out.push(path.clone()),
        },
        _ if a != b => out.push(path.clone()),
        _ => {}
    }
}

/// Whether one path is the other or lies inside it. A list's order and its items' contents are
/// different parts; adding or removing an item is a part that contains the item's contents.
pub fn overlaps(a: &[Seg], b: &[Seg]) -> bool {
    let n = a.len().min(b.len());
    a[..n] == b[..n]
}

/// What `path` leads to in `tree`.
pub fn get<'a>(tree: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    let mut at = tree;
    for seg in path {
        at = match (seg, at) {
            (Seg::Key(k), Value::Object(map)) => map.get(k)?,
            (Seg::Index(i), Value::Array(items)) => items.get(*i)?,
            (Seg::Id(id), Value::Array(items)) => &items[position(items, id)?],
            _ => return None,
        };
    }
    Some(at)
}

fn get_mut<'a>(tree: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    let mut at = tree;
    for seg in path {
        at = match (seg, at) {
            (Seg::Key(k), Value::Object(map)) => map.get_mut(k)?,
            (Seg::Index(i), Value::Array(items)) => items.get_mut(*i)?,
            (Seg::Id(id), Value::Array(items)) => {
                let i = position(items, id)?;
                &mut items[i]
            }
            _ => return None,
        };
    }
    Some(at)
}

/// Makes `to` hold at `path` what `from` holds there: the same value, no value (a removed
/// member or item), or the same order of items. An item `from` has and `to` lacks goes after
/// the nearest item before it (in `from`) that `to` also has. Returns false when the place
/// does not exist in `to` (its parent was removed there), so the caller can refuse to merge.
pub fn copy(from: &Value, to: &mut Value, path: &[Seg]) -> bool {
    let Some((last, parent)) = path.split_last() else {
        *to = from.clone();
        return true;
    };
    let source = get(from, parent);
    let Some(target) = get_mut(to, parent) else {
        return false;
    };
    match (last, target) {
        (Seg::Key(key), Value::Object(map)) => {
            match source.and_then(|s| s.get(key)) {
                Some(v) => {
                    map.insert(key.clone(), v.clone());
                }
                None => {
                    map.remove(key);
                }
            }
            true
        }
        (Seg::Index(i), Value::Array(items)) => {
            match (items.get_mut(*i), source.and_then(|s| s.get(*i))) {
                (Some(slot), Some(v)) => {
                    *slot = v.clone();
                    true
                }
                _ => false,
            }
        }
        (Seg::Id(id), Value::Array(items)) => {
            let Some(Value::Array(theirs)) = source else {
                return false;
            };
            let here = position(items, id);
            match (position(theirs, id), here) {
                (Some(j), Some(i)) => items[i] = theirs[j].clone(),
                (Some(j), None) => {
                    // After the nearest earlier item both lists have; first when there is none.
                    let mut at = theirs[..j]
                        .iter()
                        .rev()
                        .filter_map(item_id)
                        .find_map(|before| position(items, &before))
                        .map_or(0, |p| p + 1);
                    // Items the other side added there, unknown to `from`, stay first.
                    while items
                        .get(at)
                        .and_then(item_id)
                        .is_some_and(|other| position(theirs, &other).is_none())
                    {
                        at += 1;
                    }
                    items.insert(at, theirs[j].clone());
                }
                (None, Some(i)) => {
                    items.remove(i);
                }
                (None, None) => {}
            }
            true
        }
        (Seg::Order, Value::Array(items)) => {
            let Some(Value::Array(theirs)) = source else {
                return false;
            };
            reorder(items, theirs);
            true
        }
        _ => false,
    }
}

/// Puts the items of `items` that `model` also has in `model`'s order; each item only `items`
/// has stays right after the item it followed.
fn reorder(items: &mut Vec<Value>, model: &[Value]) {
    let Some(order) = ids(model) else {
        return;
    };
    let old = std::mem::take(items);
    for id in &order {
        if let Some(item) = old
            .iter()
            .find(|v| item_id(v).as_deref() == Some(id.as_str()))
        {
            items.push(item.clone());
        }
    }
    let mut previous: Option<String> = None;
    for item in old {
        let id = item_id(&item);
        if !id.as_ref().is_some_and(|id| order.contains(id)) {
            let at = previous
                .as_deref()
                .and_then(|p| position(items, p))
                .map_or(0, |p| p + 1);
            items.insert(at, item);
        }
        previous = id;
    }
}

/// The members of `raw` that `known` lacks, at any depth (through objects and, by id, through
/// lists of items with ids): what a document holds that this build's types dropped.
pub fn unknown(raw: &Value, known: &Value) -> Vec<(Path, Value)> {
    let mut out = Vec::new();
    extra(raw, known, &mut Vec::new(), &mut out);
    out
}

fn extra(raw: &Value, known: &Value, path: &mut Path, out: &mut Vec<(Path, Value)>) {
    match (raw, known) {
        (Value::Object(r), Value::Object(k)) => {
            for (key, value) in r {
                path.push(Seg::Key(key.clone()));
                match k.get(key) {
                    Some(kv) => extra(value, kv, path, out),
                    // `null` is what a skipped empty member reads as: nothing to keep.
                    None if !value.is_null() => out.push((path.clone(), value.clone())),
                    None => {}
                }
                path.pop();
            }
        }
        (Value::Array(r), Value::Array(k)) => {
            if let (Some(_), Some(_)) = (ids(r), ids(k)) {
                for item in r {
                    let Some(id) = item_id(item) else { continue };
                    if let Some(j) = position(k, &id) {
                        path.push(Seg::Id(id));
                        extra(item, &k[j], path, out);
                        path.pop();
                    }
                }
            } else if r.len() == k.len() {
                for (i, (rv, kv)) in r.iter().zip(k).enumerate() {
                    path.push(Seg::Index(i));
                    extra(rv, kv, path, out);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

/// Puts each member of `extras` back into `tree` where its parent still exists and the member
/// is not there already (an item deleted meanwhile takes its unknown members with it).
pub fn restore(tree: &mut Value, extras: &[(Path, Value)]) {
    for (path, value) in extras {
        let Some((Seg::Key(key), parent)) = path.split_last() else {
            continue;
        };
        if let Some(Value::Object(map)) = get_mut(tree, parent) {
            map.entry(key.clone()).or_insert_with(|| value.clone());
        }
    }
}
