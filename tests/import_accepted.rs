//! Plan files that are accepted: the example and a plan with every section filled round-trip,
//! an empty plan too, the v0 fixture is migrated, and an import is always a new plan.

mod common;

use common::files::*;
use serde_json::json;
use waymark::domain::document::import::{import, preview, Imported, Preview};
use waymark::domain::document::schema::{self, SchemaError};
use waymark::domain::{Locale, Plan, PlanId, Timestamp};

/// `imported` is `original` as a new plan: the new id and the import time, nothing else.
fn assert_same_but_new(imported: &Imported, original: &Plan) {
    let mut expected = original.clone();
    expected.id = new_id();
    expected.meta.updated = AT;
    assert_eq!(imported.plan, expected);
    assert_eq!(imported.migrated_from, None);
    assert_eq!(imported.preview, preview(original));
}

#[test]
fn the_example_plan_round_trips() {
    let original = example_plan();
    let imported = import(&encode(&original), new_id(), AT).expect("example imports");
    assert_same_but_new(&imported, &original);
    let p = &imported.preview;
    assert!(
        p.answers > 10 && p.swot_cards > 5 && p.pestle_cards == 6,
        "{p:?}"
    );
    assert!(
        p.strategies == 4 && p.personas == 2 && p.stages == 6,
        "{p:?}"
    );
    assert!(
        p.touchpoints == 11 && p.objectives == 2 && p.kpis == 5,
        "{p:?}"
    );
    assert!(p.readings == 7 && p.tactics == 5 && p.reviews == 2, "{p:?}");
}

#[test]
fn a_plan_with_every_section_filled_round_trips_with_the_right_preview() {
    let original = full_plan();
    // Every section holds something.
    let empty = empty_plan();
    assert_ne!(original.health, empty.health);
    assert_ne!(original.swot, empty.swot);
    assert_ne!(original.pestle, empty.pestle);
    assert_ne!(original.tows, empty.tows);
    assert_ne!(original.journey, empty.journey);
    assert_ne!(original.journey.attribution, empty.journey.attribution);
    assert_ne!(original.objectives, empty.objectives);
    assert_ne!(original.creative, empty.creative);
    assert_ne!(original.engagement, empty.engagement);
    assert_ne!(original.mix, empty.mix);
    assert_ne!(original.reviews, empty.reviews);
    assert!(original.tows[1].external.removed.is_some());

    let imported = import(&encode(&original), new_id(), AT).expect("full plan imports");
    assert_same_but_new(&imported, &original);
    assert_eq!(
        imported.preview,
        Preview {
            name: "Full plan".into(),
            description: "Every section filled.".into(),
            locale: Locale::Sv,
            created: MADE,
            updated: MADE,
            answers: 3,
            swot_cards: 5,
            pestle_cards: 2,
            strategies: 2,
            personas: 2,
            stages: 5,
            touchpoints: 2,
            objectives: 2,
            kpis: 2,
            readings: 2,
            tactics: 1,
            reviews: 2,
        }
    );
    // Every field written is read back: the stored JSON of the import is the original's.
    let mut stored = tree(&imported.plan);
    stored["plan"]["id"] = json!("p-full");
    stored["plan"]["meta"]["updated"] = json!(MADE.0);
    assert_eq!(stored, tree(&original));
}

#[test]
fn an_empty_plan_round_trips() {
    let original = empty_plan();
    let imported = import(&encode(&original), new_id(), AT).expect("imports");
    assert_same_but_new(&imported, &original);
    assert_eq!(imported.preview.swot_cards + imported.preview.answers, 0);
}

#[test]
fn the_v0_fixture_is_migrated() {
    let imported = import(include_str!("fixtures/plan-v0.json"), new_id(), AT).expect("v0");
    assert_eq!(imported.migrated_from, Some(0));
    assert_eq!(imported.plan.id, new_id());
    assert_eq!(imported.plan.meta.name, "Shoe shop relaunch");
    assert_eq!(imported.plan.meta.created, Timestamp(1_700_000_000_000));
    assert_eq!(imported.plan.meta.updated, AT);
    assert_eq!(imported.preview.updated, Timestamp(1_700_000_500_000));
    assert_eq!(imported.preview.locale, Locale::En);
}

#[test]
fn an_import_is_always_a_new_plan() {
    let original = full_plan();
    let text = schema::encode_with_parent(&original, Some("0123456789abcdef")).expect("encode");
    let a = import(&text, PlanId::generate(AT, 1), AT).expect("a");
    let b = import(&text, PlanId::generate(AT, 2), AT).expect("b");
    assert_ne!(a.plan.id, original.id);
    assert_ne!(a.plan.id, b.plan.id);
    assert_eq!(a.plan.meta.created, original.meta.created);
    // Inner ids stay: they only need to be unique within one plan.
    assert_eq!(a.plan.swot, original.swot);
    // A byte-order mark and unknown members (from a newer writer) do not matter.
    let extra = edited(&original, |v| {
        v["exported_by"] = json!("Waymark 9");
        v["plan"]["swot"]["cards"][0]["colour"] = json!("red");
    });
    let c = import(&format!("\u{feff}{extra}"), PlanId::generate(AT, 1), AT).expect("c");
    assert_eq!(c.plan, a.plan);
    // An import time a browser cannot show is refused, not stored.
    assert!(matches!(
        import(&text, new_id(), Timestamp(-1)),
        Err(SchemaError::Invalid(_))
    ));
}
