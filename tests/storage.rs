//! Native tests of the storage rules over the in-memory backend: what is kept, what is rescued,
//! and what a failed save leaves behind. The same `Store` runs over localStorage in the browser
//! tests (tests/browser.rs).

use std::rc::Rc;
use waymark::domain::schema;
use waymark::domain::{Locale, Plan, PlanId, Timestamp};
use waymark::storage::{
    classify, Backend, Fault, LoadOutcome, MemoryBackend, Namespace, Persistence, SaveError,
    Settings, Store, Theme,
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
    assert_eq!(rescued.key, format!("waymark:default:rescue:{}:77", p.id));
    assert_eq!(
        store.read_raw(&rescued.key).as_deref(),
        Some("{\"format\":\"waymark-plan\",\"vers")
    );
    assert_eq!(
        backend.get(&key).expect("get"),
        None,
        "the original moved to the rescue key"
    );
    let listed = store.rescued();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].plan_id, p.id.to_string());

    // Discarding removes only rescue keys of this namespace.
    store
        .discard_rescued(&key)
        .expect("not a rescue key: ignored");
    store.discard_rescued(&rescued.key).expect("discard");
    assert!(store.rescued().is_empty());
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
