//! Native tests of the storage rules over the in-memory backend: what is kept, what is rescued,
//! and what a failed save leaves behind. The same `Store` runs over localStorage in the browser
//! tests (tests/browser.rs).

use std::rc::Rc;
use waymark::domain::document::schema;
use waymark::domain::{Locale, Plan, PlanId, Timestamp};
use waymark::storage::{
    classify, snapshot_due, Backend, Fault, KeptWhy, LoadOutcome, MemoryBackend, Namespace,
    Persistence, SaveError, Settings, SnapshotReason, Store, Theme, LOCAL_STORAGE_LIMIT,
    QUIET_FOR_MS, SNAPSHOTS_PER_PLAN, SNAPSHOT_BUDGET, UNDO_DELETE_MS,
};

fn plan(name: &str) -> Plan {
    Plan::new(
        PlanId::generate(Timestamp(1_000), 42),
        name,
        "x",
        Locale::En,
        Timestamp(1_000),
    )
}

fn store_over(backend: Rc<MemoryBackend>, ns: &str) -> Store {
    Store::new(backend, Namespace::parse(ns).expect("namespace"))
}

#[test]
fn a_saved_plan_loads_back() {
    let backend = Rc::new(MemoryBackend::default());
    let store = store_over(backend.clone(), "default");
    let p = plan("Shoes");
    store.save_plan(&p).expect("save");
    assert_eq!(
        store.load_plan(&p.id, Timestamp(2)),
        LoadOutcome::Loaded {
            plan: p.clone(),
            migrated_from: None
        }
    );
    assert!(backend
        .get(&format!("waymark:default:plan:{}", p.id))
        .expect("get")
        .is_some());
}

#[test]
fn a_missing_plan_is_missing() {
    let store = store_over(Rc::new(MemoryBackend::default()), "default");
    assert_eq!(
        store.load_plan(&plan("x").id, Timestamp(1)),
        LoadOutcome::Missing
    );
}

#[test]
fn namespaces_keep_data_apart() {
    let backend = Rc::new(MemoryBackend::default());
    let a = store_over(backend.clone(), "agency-a");
    let b = store_over(backend.clone(), "agency-b");
    let p = plan("A's plan");
    a.save_plan(&p).expect("save");
    a.save_settings(&Settings {
        theme: Theme::Dark,
        ..Settings::default()
    })
    .expect("settings");
    assert_eq!(b.load_plan(&p.id, Timestamp(1)), LoadOutcome::Missing);
    assert_eq!(b.load_settings(), Settings::default());
    assert_eq!(a.load_settings().theme, Theme::Dark);
}

#[test]
fn hostile_namespaces_are_refused() {
    for bad in ["", "a:b", "../x", "a b", "ä", &"n".repeat(41)] {
        assert_eq!(Namespace::parse(bad), None, "{bad:?}");
    }
    assert!(Namespace::parse("tools_waymark-2").is_some());
}

#[test]
fn a_corrupt_plan_is_rescued_not_overwritten() {
    let backend = Rc::new(MemoryBackend::default());
    let store = store_over(backend.clone(), "default");
    let p = plan("Shoes");
    let key = format!("waymark:default:plan:{}", p.id);
    backend
        .set(&key, "{\"format\":\"waymark-plan\",\"vers")
        .expect("set");

    let LoadOutcome::Rescued(rescued) = store.load_plan(&p.id, Timestamp(77)) else {
        panic!("expected rescue")
    };
    assert_eq!(
        rescued.key,
        format!("waymark:default:rescue:{}:77:unreadable", p.id)
    );
    assert_eq!(
        store.read_raw(&rescued.key).as_deref(),
        Some("{\"format\":\"waymark-plan\",\"vers")
    );
    assert_eq!(
        backend.get(&key).expect("get"),
        None,
        "the original moved to the rescue key"
    );
    let listed = store.kept();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].subject, p.id.to_string());
    assert_eq!(listed[0].why, KeptWhy::Unreadable);
    assert!(!listed[0].readable());

    // Discarding removes only kept copies (and unreadable plan keys) of this namespace.
    store.save_plan(&p).expect("save");
    store
        .discard_kept(&key)
        .expect("a readable plan is not a kept copy: ignored");
    assert!(matches!(
        store.load_plan(&p.id, Timestamp(78)),
        LoadOutcome::Loaded { .. }
    ));
    store.discard_kept(&rescued.key).expect("discard");
    assert!(store.kept().is_empty());
}

#[test]
fn a_plan_from_a_newer_version_is_rescued_with_that_reason() {
    let backend = Rc::new(MemoryBackend::default());
    let store = store_over(backend.clone(), "default");
    let p = plan("Shoes");
    let newer = r#"{"format":"waymark-plan","version":9,"plan":{"id":"future"}}"#;
    backend
        .set(&format!("waymark:default:plan:{}", p.id), newer)
        .expect("set");
    let LoadOutcome::Rescued(rescued) = store.load_plan(&p.id, Timestamp(5)) else {
        panic!("expected rescue")
    };
    assert_eq!(
        rescued.reason,
        schema::SchemaError::NewerVersion { found: 9 }
    );
    assert_eq!(store.read_raw(&rescued.key).as_deref(), Some(newer));
}

#[test]
fn when_there_is_no_room_to_copy_the_original_stays_in_place() {
    let p = plan("Shoes");
    let key = format!("waymark:default:plan:{}", p.id);
    let garbage = "x".repeat(600);
    let backend = Rc::new(MemoryBackend::with_quota(key.len() + garbage.len() + 10));
    backend.set(&key, &garbage).expect("fits");
    let store = store_over(backend.clone(), "default");
    let LoadOutcome::Rescued(rescued) = store.load_plan(&p.id, Timestamp(5)) else {
        panic!("expected rescue")
    };
    assert_eq!(rescued.key, key);
    assert_eq!(
        backend.get(&key).expect("get").as_deref(),
        Some(garbage.as_str())
    );
}

#[test]
fn a_save_never_overwrites_a_newer_versions_document() {
    let backend = Rc::new(MemoryBackend::default());
    let store = store_over(backend.clone(), "default");
    let p = plan("Shoes");
    let key = format!("waymark:default:plan:{}", p.id);
    let newer = r#"{"format":"waymark-plan","version":2,"plan":{"whatever":true}}"#;
    backend.set(&key, newer).expect("set");
    assert_eq!(
        store.save_plan(&p),
        Err(SaveError::NewerVersionStored { found: 2 })
    );
    assert_eq!(backend.get(&key).expect("get").as_deref(), Some(newer));
}

#[test]
fn a_full_storage_fails_the_save_and_keeps_the_previous_one() {
    let p = plan("Shoes");
    let first = schema::encode(&p).expect("encode");
    let backend = Rc::new(MemoryBackend::with_quota(first.len() + 200));
    let store = store_over(backend.clone(), "default");
    store.save_plan(&p).expect("first save fits");
    let mut bigger = p.clone();
    bigger.meta.description = "z".repeat(5_000);
    assert_eq!(
        store.save_plan(&bigger),
        Err(SaveError::Storage(Fault::Quota))
    );
    assert_eq!(
        store.load_plan(&p.id, Timestamp(9)),
        LoadOutcome::Loaded {
            plan: p,
            migrated_from: None
        }
    );
}

#[test]
fn memory_only_stores_say_so() {
    let store = Store::memory_only(Namespace::default(), Fault::Blocked);
    assert_eq!(
        store.persistence(),
        &Persistence::MemoryOnly(Fault::Blocked)
    );
    let p = plan("Kept for this visit");
    store.save_plan(&p).expect("memory save");
    assert!(matches!(
        store.load_plan(&p.id, Timestamp(1)),
        LoadOutcome::Loaded { .. }
    ));
}

#[test]
fn settings_round_trip_and_bad_settings_fall_back_to_defaults() {
    let backend = Rc::new(MemoryBackend::default());
    let store = store_over(backend.clone(), "default");
    let settings = Settings {
        locale: Some(Locale::Lv),
        theme: Theme::Light,
        current_plan: Some(plan("x").id),
        ..Settings::default()
    };
    store.save_settings(&settings).expect("save");
    assert_eq!(store.load_settings(), settings);
    for bad in [
        "",
        "null",
        "{}",
        r#"{"format":"waymark-settings","version":99,"settings":{}}"#,
        r#"{"format":"waymark-settings","version":1,"settings":{"locale":"xx"}}"#,
    ] {
        backend.set("waymark:default:settings", bad).expect("set");
        assert_eq!(store.load_settings(), Settings::default(), "{bad:?}");
    }
}

#[test]
fn browser_exceptions_are_classified() {
    let cases = [
        (("QuotaExceededError", 22, ""), Fault::Quota),
        (("NS_ERROR_DOM_QUOTA_REACHED", 1014, ""), Fault::Quota),
        (("", 22, "legacy webkit"), Fault::Quota),
        (("Error", 0, "The quota has been exceeded."), Fault::Quota),
        (
            ("SecurityError", 18, "Access is denied for this document."),
            Fault::Blocked,
        ),
        (("", 18, ""), Fault::Blocked),
        (
            ("TypeError", 0, "boom"),
            Fault::Other("TypeError: boom".into()),
        ),
    ];
    for ((name, code, message), expected) in cases {
        assert_eq!(
            classify(name, code, message),
            expected,
            "{name} {code} {message}"
        );
    }
}

fn plan_at(name: &str, t: i64) -> Plan {
    Plan::new(
        PlanId::generate(Timestamp(t), t as u64),
        name,
        "x",
        Locale::En,
        Timestamp(t),
    )
}

#[test]
fn snapshots_are_listed_newest_first_and_trimmed_per_plan() {
    let store = store_over(Rc::new(MemoryBackend::default()), "default");
    let mut p = plan("Shoes");
    for i in 0..(SNAPSHOTS_PER_PLAN as i64 + 3) {
        p.meta.description = format!("version {i}");
        store
            .take_snapshot(&p, Timestamp(10_000 + i), SnapshotReason::Interval)
            .expect("snapshot");
    }
    let list = store.snapshots(&p.id);
    assert_eq!(list.len(), SNAPSHOTS_PER_PLAN);
    assert_eq!(
        list[0].at,
        Timestamp(10_000 + SNAPSHOTS_PER_PLAN as i64 + 2)
    );
    let newest = store.load_snapshot(&list[0].key).expect("loads");
    assert_eq!(
        newest.meta.description,
        format!("version {}", SNAPSHOTS_PER_PLAN + 2)
    );
    // Another plan's snapshots are its own.
    let other = plan_at("Other", 5_000);
    store
        .take_snapshot(&other, Timestamp(20_000), SnapshotReason::OtherTab)
        .expect("snapshot");
    assert_eq!(store.snapshots(&other.id).len(), 1);
    assert_eq!(
        store.snapshots(&other.id)[0].reason,
        SnapshotReason::OtherTab
    );
    assert_eq!(store.snapshots(&p.id).len(), SNAPSHOTS_PER_PLAN);
    // Deleting one, and refusing keys that are not snapshots.
    store.delete_snapshot(&list[0].key).expect("delete");
    assert_eq!(store.snapshots(&p.id).len(), SNAPSHOTS_PER_PLAN - 1);
    assert!(store
        .load_snapshot(&format!("waymark:default:plan:{}", p.id))
        .is_err());
}

#[test]
fn snapshots_stay_within_their_budget_but_keep_each_plans_newest() {
    let store = store_over(Rc::new(MemoryBackend::default()), "default");
    let big = "z".repeat(SNAPSHOT_BUDGET / 5);
    let plans: Vec<Plan> = (0..4)
        .map(|i| {
            let mut p = plan_at(&format!("Plan {i}"), 1_000 + i);
            p.meta.description = big.clone();
            p
        })
        .collect();
    let mut t = 100_000;
    for round in 0..3 {
        for p in &plans {
            t += 1;
            store
                .take_snapshot(p, Timestamp(t), SnapshotReason::Interval)
                .unwrap_or_else(|e| panic!("round {round}: {e:?}"));
        }
    }
    let total: usize = plans
        .iter()
        .flat_map(|p| store.snapshots(&p.id))
        .map(|s| s.bytes)
        .sum();
    assert!(total <= SNAPSHOT_BUDGET, "{total} > {SNAPSHOT_BUDGET}");
    for p in &plans {
        assert!(
            !store.snapshots(&p.id).is_empty(),
            "{} kept one",
            p.meta.name
        );
    }
}

#[test]
fn a_save_that_finds_storage_full_gives_up_old_snapshots_first() {
    let mut p = plan("Shoes");
    let one = schema::encode(&p).expect("encode").len();
    let backend = Rc::new(MemoryBackend::with_quota(one * 4 + 2_000));
    let store = store_over(backend, "default");
    store.save_plan(&p).expect("save");
    for i in 0..3 {
        store
            .take_snapshot(&p, Timestamp(2_000 + i), SnapshotReason::Interval)
            .expect("snapshot fits");
    }
    p.meta.description = "w".repeat(one * 3 + 1_000);
    store.save_plan(&p).expect("room was made");
    assert_eq!(
        store.load_plan(&p.id, Timestamp(9)),
        LoadOutcome::Loaded {
            plan: p.clone(),
            migrated_from: None
        }
    );
    assert!(store.snapshots(&p.id).len() < 3);
}

#[test]
fn snapshots_are_due_on_the_first_change_then_every_ten_minutes() {
    assert!(snapshot_due(None, Timestamp(0)));
    assert!(!snapshot_due(Some(Timestamp(0)), Timestamp(9 * 60 * 1000)));
    assert!(snapshot_due(Some(Timestamp(0)), Timestamp(10 * 60 * 1000)));
}

#[test]
fn a_deleted_plan_comes_back_within_its_window_and_is_purged_after() {
    let store = store_over(Rc::new(MemoryBackend::default()), "default");
    let keep = plan_at("Keep", 1_000);
    let gone = plan_at("Gone", 2_000);
    store.save_plan(&keep).expect("save");
    store.save_plan(&gone).expect("save");
    store
        .take_snapshot(&gone, Timestamp(3_000), SnapshotReason::Session)
        .expect("snapshot");
    let trash = store
        .delete_plan(&gone.id, Timestamp(5_000))
        .expect("delete");
    assert_eq!(store.list_plans().len(), 1);
    assert_eq!(store.undelete_plan(&trash).expect("undo"), gone.id);
    assert_eq!(store.list_plans().len(), 2);
    // Deleted again, and the window passes.
    store
        .delete_plan(&gone.id, Timestamp(6_000))
        .expect("delete");
    store.purge_trash(Timestamp(6_000)); // not yet: deleted at 6000, not before
    assert!(store.usage().copies > 0);
    store.purge_trash(Timestamp(6_000 + UNDO_DELETE_MS));
    assert_eq!(store.list_plans().len(), 1);
    assert!(
        store.snapshots(&gone.id).is_empty(),
        "its snapshots went too"
    );
    assert_eq!(store.usage().copies, 0);
    assert!(store.undelete_plan(&trash).is_err());
}

#[test]
fn a_duplicate_is_a_new_plan_with_the_same_content() {
    let store = store_over(Rc::new(MemoryBackend::default()), "default");
    let mut p = plan("Shoes");
    p.meta.description = "Trail shoes".into();
    store.save_plan(&p).expect("save");
    let copy_id = PlanId::generate(Timestamp(9_000), 7);
    let copy = store
        .duplicate_plan(&p.id, copy_id.clone(), "  Copy of Shoes ", Timestamp(9_000))
        .expect("duplicate");
    assert_eq!(copy.id, copy_id);
    assert_eq!(copy.meta.name, "Copy of Shoes");
    assert_eq!(copy.meta.description, "Trail shoes");
    assert_eq!(store.list_plans().len(), 2);
}

#[test]
fn usage_counts_plans_copies_and_the_rest_of_the_site() {
    let backend = Rc::new(MemoryBackend::default());
    let store = store_over(backend.clone(), "default");
    let p = plan("Shoes");
    store.save_plan(&p).expect("save");
    store
        .take_snapshot(&p, Timestamp(3), SnapshotReason::Session)
        .expect("snapshot");
    backend.set("someone-else", "ĀĒĪ").expect("set");
    let usage = store.usage();
    assert!(usage.plans > 100);
    assert!(usage.copies > 100);
    assert_eq!(usage.other, "someone-else".len() + 3);
    assert!(!usage.nearly_full());
    backend
        .set("big", &"x".repeat(LOCAL_STORAGE_LIMIT * 9 / 10))
        .expect("set");
    assert!(store.usage().nearly_full());
}

#[test]
fn the_export_reminder_comes_a_week_after_unexported_changes_and_can_be_quieted() {
    const DAY: i64 = 24 * 60 * 60 * 1000;
    let mut p = plan("Shoes");
    p.meta.created = Timestamp(0);
    p.meta.updated = Timestamp(DAY);
    let mut s = Settings::default();
    assert!(!s.export_reminder_due(&p.id, &p.meta, Timestamp(6 * DAY)));
    assert!(s.export_reminder_due(&p.id, &p.meta, Timestamp(7 * DAY)));
    // Exported after the last change: nothing to remind of, however long ago.
    s.record_export(&p.id, Timestamp(2 * DAY));
    assert!(!s.export_reminder_due(&p.id, &p.meta, Timestamp(30 * DAY)));
    // Changed since: a week after that export.
    p.meta.updated = Timestamp(3 * DAY);
    assert!(!s.export_reminder_due(&p.id, &p.meta, Timestamp(8 * DAY)));
    assert!(s.export_reminder_due(&p.id, &p.meta, Timestamp(9 * DAY)));
    s.reminder_quiet_until = Some(Timestamp(9 * DAY + QUIET_FOR_MS));
    assert!(!s.export_reminder_due(&p.id, &p.meta, Timestamp(10 * DAY)));
    // Remembered across visits.
    let back = Settings::decode(&s.encode()).expect("decodes");
    assert_eq!(back.last_export(&p.id), Some(Timestamp(2 * DAY)));
}
