//! The import fuzz test: valid files mutated more than 100,000 ways; nothing panics, and every
//! plan accepted is valid, survives editing, and imports again to itself.

mod common;

use common::files::*;
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;
use waymark::domain::board::{self, BoardKind, Column};
use waymark::domain::core::channel::Channel;
use waymark::domain::core::ids::TouchpointId;
use waymark::domain::document::import::{import, preview};
use waymark::domain::document::schema::{self, SchemaError, MAX_DETAIL_CHARS};
use waymark::domain::engagement::{self};
use waymark::domain::health::Step;
use waymark::domain::journey::attribution::{self, Model};
use waymark::domain::journey::{self, Lane};
use waymark::domain::objectives::monitor::{self};
use waymark::domain::objectives::{self};
use waymark::domain::{apply, Applied, Command, Plan};
use waymark::domain::{
    BoardCommand, EngagementCommand, JourneyCommand, ObjectivesCommand, PlanCommand,
};

/// xorshift64*: small, fast, and the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Replaced after serialising by one of [`RAW`]: text a `Value` cannot hold.
const PLACEHOLDER: &str = "\u{1}raw\u{1}";

/// Raw JSON put where a value was: deep nesting, numbers beyond f64, bad escapes, literals.
fn raw(rng: &mut Rng) -> String {
    let depth = *rng.pick(&[2, 64, 126, 127, 128, 129, 1_000, 100_000]);
    match rng.below(6) {
        0 => format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        1 => format!("{}0{}", r#"{"a":"#.repeat(depth), "}".repeat(depth)),
        2 => "[".repeat(depth),
        _ => (*rng.pick(&[
            "1e400",
            "-1e400",
            "18446744073709551616",
            "-9223372036854775809",
            "NaN",
            "Infinity",
            "-0",
            "0.0000000000000000000000000001",
            "01",
            "1.",
            "+1",
            "0x10",
            "\"\\ud800\"",
            "\"\\udc00\\ud800\"",
            "\"\\ud83c\\udfc3\"",
            "\"\\u0000\"",
            "\"\\x41\"",
            "undefined",
            "'single'",
            "\"unterminated",
        ]))
        .to_owned(),
    }
}

/// Strings a hostile or careless file puts in a text field.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "\"><img src=x onerror=alert(1)>",
    "\u{202e}gnp.exe",
    "\u{0}",
    "a\u{0}b\u{7}c\u{1b}[31m",
    "\r\n\t",
    "",
    " ",
    "\u{feff}",
    "\u{1f3c3}\u{200d}\u{2640}\u{fe0f}",
    "c-",
    "c-s1",
    "o-1",
    "u-anna",
    "g-1",
    "p-1",
    "t-1",
    "s-so",
    "customer-segments",
    "unknown",
    "strengths",
    "political",
    "en",
    "zh-Hant",
    "2027-02-29",
    "2027-06-30",
    "9999-12-31",
    "card",
    "prompt",
    "health_check",
    "waymark-plan",
    "__proto__",
    "constructor",
];

/// A value of some other type than `v`.
fn other_type(rng: &mut Rng, v: &Value) -> Value {
    loop {
        let new = match rng.below(9) {
            0 => Value::Null,
            1 => json!(rng.one_in(2)),
            2 => json!(rng.below(7) as i64 - 1),
            3 => json!(0.5),
            4 => json!(*rng.pick(HOSTILE)),
            5 => json!([]),
            6 => json!({}),
            7 => json!([1, "x", null]),
            _ => json!({"id": "c-1", "text": 5}),
        };
        if std::mem::discriminant(&new) != std::mem::discriminant(v) {
            return new;
        }
    }
}

/// A number a file might hold where another was.
fn number(rng: &mut Rng) -> Value {
    match rng.below(3) {
        0 => json!(*rng.pick(&[
            0i64,
            -1,
            1,
            2,
            3,
            5,
            6,
            -3,
            127,
            128,
            255,
            256,
            -129,
            3_650,
            3_651,
            1_000_000_000,
            1_000_000_001,
            100_000_000_000,
            100_000_000_001,
            253_402_300_799_999,
            253_402_300_800_000,
            8_640_000_000_000_001,
            i64::MAX,
            i64::MIN,
            i32::MAX as i64,
        ])),
        1 => json!(u64::MAX),
        _ => json!(*rng.pick(&[0.5, -0.0, 1e15, 1e16, -1e15, 1e308, -1e308, 2.5e-300, 4.0])),
    }
}

/// A node of `v` for which `f` holds, by chance: its JSON pointer and a copy of it.
fn pick_node(rng: &mut Rng, v: &Value, f: &dyn Fn(&Value) -> bool) -> Option<(String, Value)> {
    let count = count_nodes(v, f);
    if count == 0 {
        return None;
    }
    let mut k = rng.below(count);
    let mut at = String::new();
    let node = find_node(v, f, &mut k, &mut at)?;
    Some((at, node.clone()))
}

/// How many nodes of `v` (itself included) `f` holds for.
fn count_nodes(v: &Value, f: &dyn Fn(&Value) -> bool) -> usize {
    let inner = match v {
        Value::Array(items) => items.iter().map(|n| count_nodes(n, f)).sum(),
        Value::Object(map) => map.values().map(|n| count_nodes(n, f)).sum(),
        _ => 0,
    };
    inner + usize::from(f(v))
}

/// The `k`-th node of `v` (children first) that `f` holds for; `at` becomes its pointer.
fn find_node<'a>(
    v: &'a Value,
    f: &dyn Fn(&Value) -> bool,
    k: &mut usize,
    at: &mut String,
) -> Option<&'a Value> {
    let len = at.len();
    let children: Vec<(String, &Value)> = match v {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, n)| (i.to_string(), n))
            .collect(),
        Value::Object(map) => map
            .iter()
            .map(|(key, n)| (key.replace('~', "~0").replace('/', "~1"), n))
            .collect(),
        _ => Vec::new(),
    };
    for (key, child) in children {
        let inside = count_nodes(child, f);
        if *k < inside {
            at.push('/');
            at.push_str(&key);
            return find_node(child, f, k, at);
        }
        *k -= inside;
    }
    at.truncate(len);
    (f(v) && *k == 0).then_some(v)
}

/// One mutation of the bytes of `text` (the result read as UTF-8, lossily, as a browser
/// reading a file as text would).
fn mutate_bytes(rng: &mut Rng, text: &str) -> String {
    let mut b = text.as_bytes().to_vec();
    let len = b.len().max(1);
    const BYTES: &[u8] = b"{}[]\",:0123456789-+.eE \\/ntfulrsa\x00\x1f\x7f\xc3\xa9\xe2\x80\xae\xff";
    match rng.below(7) {
        0 if !b.is_empty() => {
            let i = rng.below(b.len());
            b[i] ^= 1 << rng.below(8);
        }
        1 => {
            let at = rng.below(len).min(b.len());
            for _ in 0..1 + rng.below(4) {
                let byte = if rng.one_in(4) {
                    rng.next() as u8
                } else {
                    *rng.pick(BYTES)
                };
                b.insert(at, byte);
            }
        }
        2 if !b.is_empty() => {
            let at = rng.below(b.len());
            let end = (at + 1 + rng.below(16)).min(b.len());
            b.drain(at..end);
        }
        3 => b.truncate(rng.below(len)),
        4 if !b.is_empty() => {
            let at = rng.below(b.len());
            let end = (at + 1 + rng.below(200)).min(b.len());
            let slice = b[at..end].to_vec();
            let to = rng.below(b.len());
            b.splice(to..to, slice);
        }
        5 if !b.is_empty() => {
            let i = rng.below(b.len());
            b[i] = *rng.pick(BYTES);
        }
        _ => {
            b.insert(0, *rng.pick(&[b' ', b'\n', 0xef, b'x']));
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

/// One mutation of the JSON tree `v`. Raw text to put in place of a value (what a `Value`
/// cannot hold) goes to `raws`, its place marked by a placeholder string.
fn mutate_tree(rng: &mut Rng, v: &mut Value, raws: &mut Vec<String>) -> Option<()> {
    match rng.below(12) {
        // Another type.
        0 | 1 => {
            let (at, node) = pick_node(rng, v, &|_| true)?;
            let new = other_type(rng, &node);
            *v.pointer_mut(&at)? = new;
        }
        // Raw JSON text: deep nesting, out-of-range numbers, bad escapes.
        2 => {
            let (at, _) = pick_node(rng, v, &|_| true)?;
            *v.pointer_mut(&at)? = json!(format!("{PLACEHOLDER}{}", raws.len()));
            raws.push(raw(rng));
        }
        // A hostile, long or id-like string.
        3 | 4 => {
            let (at, _) = pick_node(rng, v, &Value::is_string)?;
            let new = if rng.one_in(4) {
                let n = *rng.pick(&[65, 121, 501, 2_001, 5_001, 20_001, 30_000]);
                let unit = *rng.pick(&["x", "é", "\u{1f3c3}", " ", "\u{202e}"]);
                unit.repeat(n)
            } else if rng.one_in(3) {
                // Another string of the same document: an id somewhere else, a key.
                let (_, other) = pick_node(rng, v, &Value::is_string)?;
                other.as_str().unwrap_or_default().to_owned()
            } else {
                (*rng.pick(HOSTILE)).to_owned()
            };
            *v.pointer_mut(&at)? = json!(new);
        }
        // A number out of range, negative, fractional.
        5 => {
            let (at, _) = pick_node(rng, v, &Value::is_number)?;
            *v.pointer_mut(&at)? = number(rng);
        }
        // A repeated element: duplicate ids.
        6 | 7 => {
            let (at, _) = pick_node(rng, v, &|n| n.as_array().is_some_and(|a| !a.is_empty()))?;
            let list = v.pointer_mut(&at)?.as_array_mut()?;
            let copy = list[rng.below(list.len())].clone();
            // Sometimes past a limit: many copies of a small element.
            let small = copy.to_string().len() < 300;
            let times = if small && rng.one_in(8) {
                *rng.pick(&[2, 20, 30, 50, 100, 200, 500, 1_000])
            } else {
                1
            };
            for _ in 0..times {
                let to = rng.below(list.len() + 1);
                list.insert(to, copy.clone());
            }
        }
        // A member removed, or added.
        8 => {
            let (at, _) = pick_node(rng, v, &|n| n.as_object().is_some_and(|o| !o.is_empty()))?;
            let map = v.pointer_mut(&at)?.as_object_mut()?;
            let key = map.keys().nth(rng.below(map.len()))?.clone();
            let value = map.remove(&key)?;
            if rng.one_in(2) {
                let new_key = (*rng.pick(&[
                    "id",
                    "text",
                    "plan",
                    "meta",
                    "cards",
                    "format",
                    "version",
                    "removed",
                    "objective",
                    "x",
                    "",
                ]))
                .to_owned();
                map.insert(new_key, value);
            }
        }
        // A subtree copied over another: a card into the TOWS, a persona into the stages…
        9 => {
            let (from, node) = pick_node(rng, v, &|_| true)?;
            let (to, _) = pick_node(rng, v, &|_| true)?;
            if !to.starts_with(&from) || to == from {
                *v.pointer_mut(&to)? = node;
            }
        }
        // Two elements swapped, or a list emptied.
        10 => {
            let (at, _) = pick_node(rng, v, &|n| n.as_array().is_some_and(|a| a.len() > 1))?;
            let list = v.pointer_mut(&at)?.as_array_mut()?;
            if rng.one_in(4) {
                list.clear();
            } else {
                let (i, j) = (rng.below(list.len()), rng.below(list.len()));
                list.swap(i, j);
            }
        }
        // An id changed to another of its kind, or to one that is not there.
        _ => {
            let is_id = |n: &Value| {
                n.as_str()
                    .is_some_and(|s| s.len() > 2 && s.as_bytes()[1] == b'-' && s.len() < 40)
            };
            let (at, node) = pick_node(rng, v, &is_id)?;
            let old = node.as_str().unwrap_or_default();
            let new = if rng.one_in(2) {
                format!("{}-gone{}", &old[..1], rng.below(3))
            } else {
                pick_node(rng, v, &is_id)?
                    .1
                    .as_str()
                    .unwrap_or_default()
                    .to_owned()
            };
            *v.pointer_mut(&at)? = json!(new);
        }
    }
    Some(())
}

/// The text of `v` with each placeholder replaced by its raw text.
fn serialise(v: &Value, raws: &[String]) -> String {
    let mut text = v.to_string();
    for (n, raw) in raws.iter().enumerate() {
        let mark = json!(format!("{PLACEHOLDER}{n}")).to_string();
        text = text.replacen(&mark, raw, 1);
    }
    text
}

/// A mutated copy of `seed`: a few changes to its JSON tree, then maybe a few to its bytes.
fn mutant(rng: &mut Rng, seed: &Value) -> String {
    let tree_changes = rng.below(4);
    let byte_changes = if tree_changes == 0 {
        1 + rng.below(3)
    } else if rng.one_in(4) {
        1
    } else {
        0
    };
    let mut v = seed.clone();
    let mut raws = Vec::new();
    for _ in 0..tree_changes {
        let _ = mutate_tree(rng, &mut v, &mut raws);
    }
    let mut text = serialise(&v, &raws);
    for _ in 0..byte_changes {
        text = mutate_bytes(rng, &text);
    }
    text
}

/// A few commands that touch what `plan` holds, to check that a plan accepted from a file
/// stays valid under editing.
fn edits(rng: &mut Rng, plan: &Plan) -> Vec<Command> {
    let mut out = vec![Command::Plan(PlanCommand::RenamePlan {
        name: "Renamed".into(),
    })];
    for (board, kind) in [
        (&plan.swot, BoardKind::Swot),
        (&plan.pestle, BoardKind::Pestle),
    ] {
        if let Some(card) = board.cards.get(rng.below(board.cards.len())) {
            out.push(Command::Board(BoardCommand::DeleteCard {
                board: kind,
                id: card.id.clone(),
            }));
            out.push(Command::Board(BoardCommand::MoveCard {
                board: kind,
                id: card.id.clone(),
                column: *rng.pick(kind.columns()),
                index: rng.below(4),
            }));
            out.push(Command::Board(BoardCommand::EditCard {
                board: kind,
                id: card.id.clone(),
                text: "Edited".into(),
            }));
        }
    }
    let swot = &plan.swot.cards;
    if let (Some(a), Some(b)) = (swot.first(), swot.last()) {
        out.push(Command::Board(BoardCommand::AddStrategy {
            id: id("s-fuzz"),
            internal: a.id.clone(),
            external: b.id.clone(),
            text: String::new(),
        }));
    }
    if let Some(s) = plan.tows.first() {
        out.push(Command::Board(BoardCommand::DeleteStrategy {
            id: s.id.clone(),
        }));
    }
    let map = &plan.journey;
    if let Some(p) = map.personas.get(rng.below(map.personas.len())) {
        out.push(Command::Journey(JourneyCommand::DeletePersona {
            id: p.id.clone(),
        }));
        out.push(Command::Journey(JourneyCommand::DuplicatePersona {
            id: p.id.clone(),
            new_id: id("u-fuzzcopy"),
            name: "Copy".into(),
        }));
        if let Some(s) = map.stages.get(rng.below(map.stages.len())) {
            out.push(Command::Journey(JourneyCommand::SetLane {
                persona: p.id.clone(),
                stage: s.id.clone(),
                lane: Lane::Why,
                text: "Because".into(),
            }));
            out.push(Command::Journey(JourneyCommand::AddTouchpoint {
                persona: p.id.clone(),
                stage: s.id.clone(),
                id: id::<TouchpointId>("t-fuzz"),
                channel: Channel::Email,
                custom: String::new(),
            }));
            for j in &map.journeys {
                if let Some(tp) = j.touchpoints.first() {
                    out.push(Command::Journey(JourneyCommand::MoveTouchpoint {
                        persona: j.persona.clone(),
                        id: tp.id.clone(),
                        stage: s.id.clone(),
                        index: 0,
                    }));
                }
            }
        }
    }
    if let Some(s) = map.stages.get(rng.below(map.stages.len())) {
        out.push(Command::Journey(JourneyCommand::DeleteStage {
            id: s.id.clone(),
        }));
        out.push(Command::Journey(JourneyCommand::MoveStage {
            id: s.id.clone(),
            index: rng.below(map.stages.len() + 1),
        }));
        out.push(Command::Journey(JourneyCommand::RenameStage {
            id: s.id.clone(),
            name: String::new(),
        }));
    }
    out.push(Command::Journey(JourneyCommand::AddStage {
        id: id("g-fuzz"),
        name: "Added".into(),
        index: 1,
    }));
    let section = &plan.objectives;
    if let Some(o) = section.objectives.get(rng.below(section.objectives.len())) {
        out.push(Command::Objectives(ObjectivesCommand::DeleteObjective {
            id: o.id.clone(),
        }));
        out.push(Command::Objectives(ObjectivesCommand::AddReading {
            objective: o.id.clone(),
            id: id("r-fuzz"),
            date: day("2027-05-05"),
            value: 1.0,
        }));
        if let Some(t) = plan.engagement.tactics.first() {
            out.push(Command::Engagement(EngagementCommand::SetTacticObjective {
                id: t.id.clone(),
                objective: o.id.clone(),
                on: true,
            }));
        }
    }
    if let Some(t) = plan.engagement.tactics.first() {
        out.push(Command::Engagement(EngagementCommand::DeleteTactic {
            id: t.id.clone(),
        }));
    }
    for key in plan.health.answers.keys().take(2) {
        out.push(Command::SendToSwot {
            prompt: key.clone(),
            column: Column::Opportunities,
            card: id("c-fuzz"),
        });
    }
    out
}

/// Everything the app computes from a plan, so a plan accepted from a file cannot make a
/// page panic.
fn compute(plan: &Plan) {
    let _ = board::checks(BoardKind::Swot, &plan.swot, &plan.tows);
    let _ = board::checks(BoardKind::Pestle, &plan.pestle, &[]);
    let _ = board::ranking(&plan.pestle);
    for s in plan.tows.iter() {
        let _ = s.kind(&plan.swot);
    }
    let _ = plan.health.scores();
    let _ = plan.health.weakest();
    let _ = plan.health.next_steps();
    let _ = plan.health.unanswered();
    for step in Step::ALL {
        let _ = plan.health.progress(step);
    }
    let map = &plan.journey;
    let _ = journey::analysis::coverage(map);
    let _ = journey::analysis::team_sheet(map);
    let _ = journey::analysis::channel_mix(map, None);
    for p in &map.personas {
        let _ = journey::analysis::channel_mix(map, Some(&p.id));
        let j = map.journey(&p.id);
        for s in &map.stages {
            let _ = j.cell(&s.id);
            let _ = j.at(&s.id).count();
        }
    }
    let _ = attribution::by_channel(&map.attribution);
    for model in Model::ALL {
        let _ = model.credits(&map.attribution.path, map.attribution.value_cents);
    }
    for o in &plan.objectives.objectives {
        let _ = objectives::smart(o);
        for today in [day("1900-01-01"), day("2027-04-01"), day("2200-12-31")] {
            let _ = monitor::status(o, today);
        }
    }
    let _ = objectives::kpi_checks(&plan.objectives);
    let _ = engagement::scenario_totals(&plan.engagement);
    let _ = engagement::by_channel(&plan.engagement);
    let _ = engagement::by_ownership(&plan.engagement);
}

/// What became of one fuzz case whose oracles all held.
enum Outcome {
    /// Refused, for the same reason by `import` and `decode`.
    Refused,
    /// Accepted; imports again to itself.
    Accepted,
    /// Accepted; imports again to itself but for a number off in its last bit (see
    /// [`same_but_for_float_rounding`]).
    FloatDrift,
}

/// Runs one fuzz case; `Err` says which oracle failed.
fn fuzz_case(rng: &mut Rng, text: &str) -> Result<Outcome, String> {
    let imported = import(text, new_id(), AT);
    let decoded = schema::decode(text);
    let imported = match imported {
        Err(e) => {
            if let SchemaError::Invalid(m) | SchemaError::NotJson(m) = &e {
                if m.chars().count() > MAX_DETAIL_CHARS + 1 || m.chars().any(char::is_control) {
                    return Err(format!("unsafe error detail: {m:.200}"));
                }
            }
            if !text.starts_with('\u{feff}') && decoded.as_ref().err() != Some(&e) {
                return Err(format!("import refused ({e}) but decode did not"));
            }
            return Ok(Outcome::Refused);
        }
        Ok(imported) => imported,
    };
    let plan = &imported.plan;
    waymark::domain::document::validate::plan(plan)
        .map_err(|e| format!("accepted an invalid plan: {e}"))?;
    if plan.id != new_id() || plan.meta.updated != AT {
        return Err("the import kept the file's id or time".into());
    }
    if imported.preview != preview(&decoded_plan(&decoded, text)?) {
        return Err("the preview is not the file's".into());
    }
    let again = import(&encode(plan), new_id(), AT)
        .map_err(|e| format!("an accepted plan does not import again: {e}"))?;
    let outcome = if again.plan == *plan {
        Outcome::Accepted
    } else if same_but_for_float_rounding(&tree(&again.plan), &tree(plan)) {
        Outcome::FloatDrift
    } else {
        return Err("importing an accepted plan again changed it".into());
    };
    compute(plan);
    let mut commands = edits(rng, plan);
    for _ in 0..4 {
        if commands.is_empty() {
            break;
        }
        let command = commands.swap_remove(rng.below(commands.len()));
        if let Ok(Applied::Changed(next)) = apply(plan, command.clone(), AT) {
            waymark::domain::document::validate::plan(&next)
                .map_err(|e| format!("{command:.200?} made an invalid plan: {e}"))?;
            compute(&next);
        }
    }
    Ok(outcome)
}

/// Whether `a` and `b` differ only in numbers a bit apart. `serde_json` without its
/// `float_roundtrip` feature reads a number like `1e-28` (more than 22 decimal places, or
/// more digits than a `u64` holds) to within one unit in the last place, not always to the
/// nearest `f64`; written back and read again it can come out one bit off. Values typed into
/// the app (a few digits, a small exponent) are read exactly.
fn same_but_for_float_rounding(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => (x - y).abs() <= x.abs().max(y.abs()) * 4.0 * f64::EPSILON,
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|(x, y)| same_but_for_float_rounding(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, x)| y.get(k).is_some_and(|y| same_but_for_float_rounding(x, y)))
        }
        _ => a == b,
    }
}

/// The plan `decode` read from `text` (with a BOM, which only `import` skips, stripped).
fn decoded_plan(
    decoded: &Result<schema::Decoded, SchemaError>,
    text: &str,
) -> Result<Plan, String> {
    match decoded {
        Ok(d) => Ok(d.plan.clone()),
        Err(_) => schema::decode(text.trim_start_matches('\u{feff}'))
            .map(|d| d.plan)
            .map_err(|e| format!("import accepted what decode refused: {e}")),
    }
}

/// The outcome of one thread of the fuzz test.
#[derive(Default)]
struct Tally {
    cases: usize,
    panics: usize,
    accepted: usize,
    float_drift: usize,
    refused: usize,
    failures: usize,
    first_failure: Option<(String, String)>,
    /// How many failures of each kind (the start of their message), to see them all at once.
    kinds: std::collections::BTreeMap<String, usize>,
}

fn fuzz(seed: u64, cases: usize) -> Tally {
    let mut rng = Rng(seed | 1);
    let seeds: Vec<Value> = [
        encode(&empty_plan()),
        encode(&full_plan()),
        include_str!("fixtures/plan-v0.json").to_owned(),
        include_str!("fixtures/import/hostile-strings.json").to_owned(),
        encode(&example_plan()),
    ]
    .iter()
    .map(|text| serde_json::from_str(text).expect("a seed is JSON"))
    .collect();
    let mut tally = Tally::default();
    for _ in 0..cases {
        // The example is large: mutate it in one case of 100, the smaller seeds otherwise.
        let seed = if rng.one_in(100) {
            &seeds[4]
        } else {
            &seeds[rng.below(4)]
        };
        let text = mutant(&mut rng, seed);
        tally.cases += 1;
        let mut case_rng = Rng(rng.next() | 1);
        match catch_unwind(AssertUnwindSafe(|| fuzz_case(&mut case_rng, &text))) {
            Ok(Ok(Outcome::Accepted)) => tally.accepted += 1,
            Ok(Ok(Outcome::FloatDrift)) => {
                tally.accepted += 1;
                tally.float_drift += 1;
            }
            Ok(Ok(Outcome::Refused)) => tally.refused += 1,
            Ok(Err(why)) => {
                tally.failures += 1;
                *tally
                    .kinds
                    .entry(why.chars().take(60).collect())
                    .or_default() += 1;
                tally.first_failure.get_or_insert((why, text));
            }
            Err(panic) => {
                tally.panics += 1;
                let why = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                tally
                    .first_failure
                    .get_or_insert((format!("panic: {why}"), text));
            }
        }
    }
    tally
}

#[test]
fn import_fuzz_100k_mutated_files_never_panic_and_accepted_plans_stay_valid() {
    const CASES: usize = 100_000;
    let cases = std::env::var("WAYMARK_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES)
        .max(CASES);
    let seed: u64 = std::env::var("WAYMARK_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x5eed_1dea_2027);
    let started = Instant::now();
    // Two threads, as the machines that run this have two cores.
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..2u64)
            .map(|n| {
                std::thread::Builder::new()
                    .stack_size(8 * 1024 * 1024)
                    .spawn_scoped(scope, move || {
                        fuzz(
                            seed ^ (n + 1).wrapping_mul(0x9e37_79b9),
                            cases / 2 + cases % 2 * n as usize,
                        )
                    })
                    .expect("thread")
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("a fuzz thread"))
            .collect()
    });
    let mut total = Tally::default();
    for t in tallies {
        total.cases += t.cases;
        total.panics += t.panics;
        total.accepted += t.accepted;
        total.float_drift += t.float_drift;
        total.refused += t.refused;
        total.failures += t.failures;
        if total.first_failure.is_none() {
            total.first_failure = t.first_failure;
        }
        for (kind, n) in t.kinds {
            *total.kinds.entry(kind).or_default() += n;
        }
    }
    let line = format!(
        "import fuzz: {} cases, {} panics, {} accepted, {} refused, {} oracle failures \
         ({} accepted numbers read one bit off), {:.1} s (seed {seed})",
        total.cases,
        total.panics,
        total.accepted,
        total.refused,
        total.failures,
        total.float_drift,
        started.elapsed().as_secs_f64()
    );
    println!("{line}");
    eprintln!("{line}");
    if let Some((why, text)) = &total.first_failure {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("fuzz-failure.json");
        let _ = std::fs::write(&path, text);
        panic!(
            "{line}\nfailures by kind: {:#?}\nfirst failure: {why}\ninput saved to {}",
            total.kinds,
            path.display()
        );
    }
    assert!(total.cases >= CASES, "{line}");
    assert_eq!(total.cases, total.accepted + total.refused, "{line}");
    assert!(
        total.accepted > total.cases / 20,
        "too few accepted to mean much: {line}"
    );
}
