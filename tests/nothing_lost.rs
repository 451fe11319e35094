//! Issue 12, "nothing lost": two tabs merge by identity and never settle a pending question
//! behind the user's back; a plan written by a newer build keeps what this build does not know;
//! copies kept for the user are never rotated out; a damaged store is listed, not shown empty.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;
use waymark::domain::board::{BoardKind, Column, RatingField};
use waymark::domain::document::merge::{merge3, take_over, Lineage, Merge, TakeOver};
use waymark::domain::document::schema;
use waymark::domain::{BoardCommand, PlanCommand};
use waymark::domain::{CardId, Command, Locale, Plan, PlanId, Timestamp};
use waymark::storage::{
    Backend, KeptWhy, LoadOutcome, MemoryBackend, Namespace, SnapshotReason, Store,
    SNAPSHOTS_PER_PLAN,
};

const AT: Timestamp = Timestamp(1_700_000_000_000);

fn plan() -> Plan {
    common::plan_made("Bike repairs", 7, AT)
}

fn run(plan: &Plan, commands: Vec<Command>) -> Plan {
    common::run_at(plan, commands, Timestamp(AT.0 + 1))
}

fn card(n: u64) -> CardId {
    CardId::generate(AT, n)
}

fn add(id: &CardId, text: &str) -> Command {
    Command::Board(BoardCommand::AddCard {
        board: BoardKind::Swot,
        id: id.clone(),
        column: Column::Strengths,
        text: text.into(),
    })
}

fn rate(id: &CardId, value: u8) -> Command {
    Command::Board(BoardCommand::SetCardRating {
        board: BoardKind::Swot,
        id: id.clone(),
        field: RatingField::Weight,
        value: Some(value),
    })
}

fn weight(plan: &Plan, id: &CardId) -> Option<u8> {
    plan.swot
        .cards
        .iter()
        .find(|c| c.id == *id)
        .and_then(|c| c.weight)
}

fn order(plan: &Plan) -> Vec<String> {
    plan.swot.cards.iter().map(|c| c.text.clone()).collect()
}

#[test]
fn moving_a_card_and_rating_another_merge_by_identity() {
    let (a, b) = (card(1), card(2));
    let base = run(&plan(), vec![add(&a, "A"), add(&b, "B")]);
    // One tab moves B above A; the other rates A 5.
    let moved = run(
        &base,
        vec![Command::Board(BoardCommand::MoveCard {
            board: BoardKind::Swot,
            id: b.clone(),
            column: Column::Strengths,
            index: 0,
        })],
    );
    let rated = run(&base, vec![rate(&a, 5)]);
    for (theirs, ours) in [(&moved, &rated), (&rated, &moved)] {
        let Merge::Clean(merged) = merge3(&base, theirs, ours) else {
            panic!("different parts must merge")
        };
        assert_eq!(order(&merged), ["B", "A"]);
        assert_eq!(weight(&merged, &a), Some(5), "the rating stays on A");
        assert_eq!(weight(&merged, &b), None, "B is not rated");
    }
}

#[test]
fn deleting_and_adding_merge_with_a_rating_of_a_third_card() {
    let (a, b, c) = (card(1), card(2), card(3));
    let base = run(&plan(), vec![add(&a, "A"), add(&b, "B")]);
    let replaced = run(
        &base,
        vec![
            Command::Board(BoardCommand::DeleteCard {
                board: BoardKind::Swot,
                id: a.clone(),
            }),
            add(&c, "C"),
        ],
    );
    let rated = run(&base, vec![rate(&b, 4)]);
    for (theirs, ours) in [(&replaced, &rated), (&rated, &replaced)] {
        let Merge::Clean(merged) = merge3(&base, theirs, ours) else {
            panic!("different cards must merge")
        };
        assert_eq!(order(&merged), ["B", "C"]);
        assert_eq!(weight(&merged, &b), Some(4), "B keeps its rating");
        assert_eq!(weight(&merged, &c), None, "C does not get it");
    }
}

#[test]
fn both_tabs_adding_cards_keep_both_and_deleting_an_edited_card_asks() {
    let (a, b, c) = (card(1), card(2), card(3));
    let base = run(&plan(), vec![add(&a, "A")]);
    let with_b = run(&base, vec![add(&b, "B")]);
    let with_c = run(&base, vec![add(&c, "C")]);
    let Merge::Clean(merged) = merge3(&base, &with_b, &with_c) else {
        panic!("two additions must merge")
    };
    assert_eq!(order(&merged), ["A", "B", "C"]);
    // One deletes A while the other rates it: that is the user's question.
    let deleted = run(
        &base,
        vec![Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: a.clone(),
        })],
    );
    let rated = run(&base, vec![rate(&a, 3)]);
    assert_eq!(merge3(&base, &deleted, &rated), Merge::Conflict);
    assert_eq!(merge3(&base, &rated, &deleted), Merge::Conflict);
    // Both reorder the same list: a conflict too (one order must win, the user picks).
    let (x, y) = (card(4), card(5));
    let three = run(&base, vec![add(&x, "X"), add(&y, "Y")]);
    let mv = |id: &CardId, index| {
        Command::Board(BoardCommand::MoveCard {
            board: BoardKind::Swot,
            id: id.clone(),
            column: Column::Strengths,
            index,
        })
    };
    let one = run(&three, vec![mv(&y, 0)]);
    let two = run(&three, vec![mv(&a, 2)]);
    assert_eq!(merge3(&three, &one, &two), Merge::Conflict);
}

/// Two tabs, T and O, over one stored plan, as `state::autosave` drives them.
struct Tab {
    lineage: Lineage,
    plan: Plan,
    unsaved: bool,
    held: Option<Rc<Plan>>,
}

impl Tab {
    fn open(stored: &Plan) -> Tab {
        Tab {
            lineage: Lineage::opened(Rc::new(stored.clone()), None),
            plan: stored.clone(),
            unsaved: false,
            held: None,
        }
    }

    fn edit(&mut self, commands: Vec<Command>) {
        self.plan = run(&self.plan, commands);
        self.unsaved = true;
    }

    /// Writes, as `flush` does: nothing while a conflict waits. Returns (plan, parent).
    fn save(&mut self) -> Option<(Plan, Option<String>)> {
        if self.held.is_some() || !self.unsaved {
            return None;
        }
        let parent = self.lineage.head().map(str::to_owned);
        self.lineage.saved(Rc::new(self.plan.clone()));
        self.unsaved = false;
        Some((self.plan.clone(), parent))
    }

    /// Hears another tab's save, as the storage event handler does.
    fn hear(&mut self, (theirs, parent): (Plan, Option<String>)) {
        let theirs = Rc::new(theirs);
        self.lineage.heard(theirs.clone(), parent.clone());
        let base = self.lineage.base_for(parent.as_deref());
        let unsaved = self.unsaved || self.held.is_some();
        match take_over(base.as_deref(), &theirs, &self.plan, unsaved) {
            TakeOver::Adopt { plan, save } => {
                self.lineage.adopt(&theirs);
                self.held = None;
                self.plan = plan;
                self.unsaved = save;
            }
            TakeOver::Conflict => self.held = Some(theirs),
        }
    }
}

#[test]
fn a_pending_conflict_is_not_settled_by_the_other_tabs_next_save() {
    let stored = run(&plan(), vec![]);
    let (mut t, mut o) = (Tab::open(&stored), Tab::open(&stored));
    // T renames and describes; O renames differently, not yet saved.
    t.edit(vec![
        Command::Plan(PlanCommand::RenamePlan {
            name: "T's name".into(),
        }),
        Command::Plan(PlanCommand::SetDescription {
            text: "T's description".into(),
        }),
    ]);
    o.edit(vec![Command::Plan(PlanCommand::RenamePlan {
        name: "O's name".into(),
    })]);
    let first = t.save().expect("T saves");
    o.hear(first);
    assert!(o.held.is_some(), "both renamed: O asks");
    // T goes on with a SWOT card.
    t.edit(vec![add(&card(9), "Loyal customers")]);
    let second = t.save().expect("T saves again");
    o.hear(second.clone());
    assert!(o.held.is_some(), "the question is still open");
    assert_eq!(
        o.plan.meta.name, "O's name",
        "O's own version is still shown"
    );
    assert_eq!(o.held.as_ref().map(|p| p.swot.cards.len()), Some(1));
    assert!(o.save().is_none(), "O writes nothing while it waits");
    // With the other tab's first save as the base (the old rule), it would have merged
    // silently, with O's name winning and T's description lost.
    let wrong_base = t.lineage.base_for(second.1.as_deref()).expect("T knows");
    assert!(matches!(
        take_over(Some(&wrong_base), &second.0, &o.plan, true),
        TakeOver::Adopt { .. }
    ));
}

#[test]
fn crossing_saves_merge_on_their_common_version() {
    let stored = run(&plan(), vec![]);
    let (mut t, mut o) = (Tab::open(&stored), Tab::open(&stored));
    t.edit(vec![Command::Plan(PlanCommand::RenamePlan {
        name: "Renamed in T".into(),
    })]);
    o.edit(vec![Command::Plan(PlanCommand::SetDescription {
        text: "Described in O".into(),
    })]);
    // Both write before hearing of the other.
    let from_t = t.save().expect("T");
    let from_o = o.save().expect("O");
    t.hear(from_o);
    o.hear(from_t);
    for tab in [&t, &o] {
        assert!(tab.held.is_none());
        assert_eq!(tab.plan.meta.name, "Renamed in T");
        assert_eq!(tab.plan.meta.description, "Described in O");
    }
}

fn store(backend: &Rc<MemoryBackend>) -> Store {
    Store::new(backend.clone(), Namespace::default())
}

/// A stored plan as a newer build of this schema version would write it: a new section, a new
/// member of the plan's meta and of a card.
fn newer_document(p: &Plan) -> String {
    let text = schema::encode(p).expect("encode");
    let mut doc: serde_json::Value = serde_json::from_str(&text).expect("json");
    doc["plan"]["roadmap"] = serde_json::json!({"milestones": [{"id": "m1", "title": "Launch"}]});
    doc["plan"]["meta"]["industry"] = serde_json::json!("retail");
    doc["plan"]["swot"]["cards"][1]["colour"] = serde_json::json!("amber");
    serde_json::to_string(&doc).expect("text")
}

#[test]
fn what_a_newer_build_wrote_survives_a_load_and_a_save() {
    let (a, b) = (card(1), card(2));
    let p = run(&plan(), vec![add(&a, "A"), add(&b, "B")]);
    let backend = Rc::new(MemoryBackend::default());
    let key = format!("waymark:default:plan:{}", p.id);
    backend.set(&key, &newer_document(&p)).expect("set");
    let s = store(&backend);
    let LoadOutcome::Loaded { plan: loaded, .. } = s.load_plan(&p.id, AT) else {
        panic!("loads")
    };
    assert_eq!(s.unknown_members(&p.id), 3);
    // This build edits and saves, moves B first, snapshots and keeps copies: all keep them.
    let edited = run(
        &loaded,
        vec![
            Command::Plan(PlanCommand::RenamePlan {
                name: "Edited by an old tab".into(),
            }),
            Command::Board(BoardCommand::MoveCard {
                board: BoardKind::Swot,
                id: b.clone(),
                column: Column::Strengths,
                index: 0,
            }),
        ],
    );
    s.save_plan(&edited).expect("save");
    let stored: serde_json::Value =
        serde_json::from_str(&backend.get(&key).expect("get").expect("some")).expect("json");
    assert_eq!(stored["plan"]["meta"]["name"], "Edited by an old tab");
    assert_eq!(stored["plan"]["meta"]["industry"], "retail");
    assert_eq!(
        stored["plan"]["roadmap"]["milestones"][0]["title"],
        "Launch"
    );
    assert_eq!(stored["plan"]["swot"]["cards"][0]["text"], "B");
    assert_eq!(
        stored["plan"]["swot"]["cards"][0]["colour"], "amber",
        "the card's member followed the card"
    );
    assert!(stored["plan"]["swot"]["cards"][1].get("colour").is_none());
    assert_eq!(
        schema::peek_version(&backend.get(&key).expect("g").expect("s")),
        Some(1)
    );
    let snap = s
        .take_snapshot(&edited, AT, SnapshotReason::Session)
        .expect("snapshot");
    let copy = s.keep_copy(&edited, AT, KeptWhy::OtherTab).expect("copy");
    for k in [snap, copy] {
        let raw = backend.get(&k).expect("get").expect("some");
        assert!(raw.contains("\"industry\":\"retail\""), "{k}");
    }
    // A card deleted meanwhile takes its unknown member with it.
    let without_b = run(
        &edited,
        vec![Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: b,
        })],
    );
    s.save_plan(&without_b).expect("save");
    let raw = backend.get(&key).expect("get").expect("some");
    assert!(!raw.contains("amber"));
    assert!(raw.contains("retail"));
}

#[test]
fn another_tabs_newer_document_is_kept_whole_too() {
    let p = run(&plan(), vec![add(&card(1), "A"), add(&card(2), "B")]);
    let backend = Rc::new(MemoryBackend::default());
    let s = store(&backend);
    s.save_plan(&p).expect("save");
    assert_eq!(s.unknown_members(&p.id), 0);
    let key = format!("waymark:default:plan:{}", p.id);
    let (theirs, _) = s
        .plan_written_elsewhere(&p.id, &key, Some(&newer_document(&p)))
        .expect("reads");
    assert_eq!(s.unknown_members(&p.id), 3);
    s.save_plan(&theirs).expect("save");
    assert!(backend
        .get(&key)
        .expect("g")
        .expect("s")
        .contains("\"colour\":\"amber\""));
}

#[test]
fn kept_copies_outlive_routine_snapshots_and_are_listed_and_counted() {
    let p = plan();
    let backend = Rc::new(MemoryBackend::default());
    let s = store(&backend);
    s.save_plan(&p).expect("save");
    let theirs = run(
        &p,
        vec![Command::Plan(PlanCommand::SetDescription {
            text: "The other tab's words".into(),
        })],
    );
    let key = s.keep_copy(&theirs, AT, KeptWhy::OtherTab).expect("kept");
    // Many routine snapshots, and a large plan, later.
    for i in 0..(SNAPSHOTS_PER_PLAN as i64 * 3) {
        let v = run(
            &p,
            vec![Command::Plan(PlanCommand::SetDescription {
                text: format!("version {i} {}", "x".repeat(15_000)),
            })],
        );
        s.take_snapshot(
            &v,
            Timestamp(AT.0 + 60_000 * (i + 1)),
            SnapshotReason::Interval,
        )
        .expect("snapshot");
    }
    assert!(
        backend.get(&key).expect("get").is_some(),
        "the copy is kept"
    );
    let kept = s.kept();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].why, KeptWhy::OtherTab);
    assert_eq!(kept[0].name.as_deref(), Some("Bike repairs"));
    assert!(s.usage().kept >= kept[0].bytes && kept[0].bytes > 0);
    // Two copies in one millisecond do not overwrite each other.
    let again = s.keep_copy(&p, AT, KeptWhy::OtherTab).expect("kept");
    assert_ne!(again, key);
    // Opened again as a plan of its own, under a new id; the copy stays until deleted.
    let opened = s
        .open_kept(&key, PlanId::generate(AT, 99), AT)
        .expect("opens");
    assert_eq!(opened.meta.description, "The other tab's words");
    assert_ne!(opened.id, p.id);
    assert_eq!(s.list_plans().len(), 2);
    s.discard_kept(&key).expect("delete");
    assert_eq!(s.kept().len(), 1);
}

#[test]
fn a_damaged_store_is_listed_not_shown_empty() {
    let backend = Rc::new(MemoryBackend::default());
    let s = store(&backend);
    let p = plan();
    let q = Plan::new(PlanId::generate(AT, 8), "Second", "x", Locale::En, AT);
    for id in [&p.id, &q.id] {
        backend
            .set(
                &format!("waymark:default:plan:{id}"),
                "{\"format\":\"waymark-pl",
            )
            .expect("set");
    }
    backend
        .set("waymark:default:settings", "{not settings")
        .expect("set");
    // The settings are kept aside, not rewritten.
    let (settings, kept_at) = s.open_settings(AT);
    assert_eq!(settings.current_plan, None);
    let kept_at = kept_at.expect("the settings were kept aside");
    assert_eq!(
        backend.get(&kept_at).expect("get").as_deref(),
        Some("{not settings")
    );
    assert_eq!(backend.get("waymark:default:settings").expect("get"), None);
    // Every unreadable plan is listed, with its raw text to download, and moves nowhere.
    let kept = s.kept();
    assert_eq!(kept.len(), 3, "{kept:?}");
    assert_eq!(
        kept.iter().filter(|k| k.why == KeptWhy::Unreadable).count(),
        2
    );
    assert_eq!(
        kept.iter().filter(|k| k.why == KeptWhy::Settings).count(),
        1
    );
    for k in &kept {
        assert!(!k.readable());
        assert!(s.read_raw(&k.key).is_some());
    }
    assert!(backend
        .get(&format!("waymark:default:plan:{}", p.id))
        .expect("get")
        .is_some());
    // Unreadable settings that could not be kept aside are never written over.
    let full = Rc::new(MemoryBackend::with_quota(40));
    full.set("waymark:default:settings", "{bad").expect("set");
    let s2 = store(&full);
    let (_, where_kept) = s2.open_settings(AT);
    assert_eq!(where_kept.as_deref(), Some("waymark:default:settings"));
    assert!(s2.save_settings(&Default::default()).is_err());
    assert_eq!(
        full.get("waymark:default:settings")
            .expect("get")
            .as_deref(),
        Some("{bad")
    );
}
