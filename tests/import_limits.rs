//! Plan files that break a limit or point nowhere, refused with the path named (dangling links,
//! too many items, texts too long, a file over the size limit, deep nesting), and hostile text
//! in a file that is accepted, kept verbatim as plain text.

mod common;

use common::files::*;
use serde_json::{json, Value};
use waymark::domain::document::import::import;
use waymark::domain::document::schema::{self, SchemaError, MAX_DETAIL_CHARS, MAX_DOCUMENT_BYTES};

#[test]
fn dangling_links_are_refused() {
    let p = full_plan();
    check_refused(vec![
        (
            "a TOWS strategy on a missing SWOT card (fixture)",
            include_str!("fixtures/import/dangling-tows.json").into(),
            Expect::Invalid("plan.tows[1].external.card: c-gone is not on the SWOT"),
        ),
        (
            "a TOWS strategy on a PESTLE card",
            with(&p, "/tows/0/internal/card", json!("c-p1")),
            Expect::Invalid("plan.tows[0].internal.card: c-p1 is not on the SWOT"),
        ),
        (
            "a tactic serving a missing objective (fixture)",
            include_str!("fixtures/import/tactic-serves-missing-objective.json").into(),
            Expect::Invalid("plan.engagement.tactics[1].objectives: o-deleted is not an objective"),
        ),
        (
            "an objective linked to a missing card",
            with(
                &p,
                "/objectives/objectives/0/links/0",
                json!({"to": "card", "id": "c-gone"}),
            ),
            Expect::Invalid("plan.objectives.objectives[0].links[0]: points at nothing"),
        ),
        (
            "an objective linked to a missing strategy",
            with(
                &p,
                "/objectives/objectives/0/links/1",
                json!({"to": "strategy", "id": "s-gone"}),
            ),
            Expect::Invalid("plan.objectives.objectives[0].links[1]: points at nothing"),
        ),
        (
            "an objective linked to an unknown prompt",
            with(
                &p,
                "/objectives/objectives/0/links/2",
                json!({"to": "prompt", "id": "no-such-prompt"}),
            ),
            Expect::Invalid("plan.objectives.objectives[0].links[2]: points at nothing"),
        ),
        (
            "the creative idea linked to a missing card",
            with(
                &p,
                "/creative/links/0",
                json!({"to": "card", "id": "c-gone"}),
            ),
            Expect::Invalid("plan.creative.links[0]: points at nothing"),
        ),
        (
            "a KPI for a missing objective",
            with(&p, "/objectives/kpis/0/objective", json!("o-gone")),
            Expect::Invalid("plan.objectives.kpis[0].objective: o-gone is not an objective"),
        ),
        (
            "a journey of a missing persona",
            with(&p, "/journey/journeys/0/persona", json!("u-gone")),
            Expect::Invalid("plan.journey.journeys[0].persona: u-gone is not a persona"),
        ),
        (
            "a cell at a missing stage",
            with(&p, "/journey/journeys/0/cells/0/stage", json!("g-gone")),
            Expect::Invalid("plan.journey.journeys[0].cells[0].stage: g-gone is not a stage"),
        ),
        (
            "a touchpoint at a missing stage",
            with(
                &p,
                "/journey/journeys/0/touchpoints/0/stage",
                json!("g-gone"),
            ),
            Expect::Invalid("plan.journey.journeys[0].touchpoints[0].stage: g-gone is not a stage"),
        ),
        (
            "a PESTLE column on the SWOT",
            with(&p, "/swot/cards/0/column", json!("legal")),
            Expect::Invalid("plan.swot.cards[0].column: legal is not a swot column"),
        ),
    ]);
}

#[test]
fn too_many_items_and_too_long_texts_are_refused() {
    let p = full_plan();
    let long = |n: usize| json!("x".repeat(n));
    check_refused(vec![
        (
            "1,001 SWOT cards",
            grown(&p, "/swot/cards", 1_001),
            Expect::Invalid("plan.swot.cards: more than 1000 cards"),
        ),
        (
            "201 TOWS strategies",
            grown(&p, "/tows", 201),
            Expect::Invalid("plan.tows: more than 200 strategies"),
        ),
        (
            "21 personas",
            grown(&p, "/journey/personas", 21),
            Expect::Invalid("plan.journey.personas: more than 20"),
        ),
        (
            "31 stages",
            grown(&p, "/journey/stages", 31),
            Expect::Invalid("plan.journey.stages: more than 30"),
        ),
        (
            "51 objectives",
            grown(&p, "/objectives/objectives", 51),
            Expect::Invalid("plan.objectives.objectives: more than 50"),
        ),
        (
            "501 readings",
            grown(&p, "/objectives/objectives/0/readings", 501),
            Expect::Invalid("plan.objectives.objectives[0].readings: more than 500"),
        ),
        (
            "201 KPIs",
            grown(&p, "/objectives/kpis", 201),
            Expect::Invalid("plan.objectives.kpis: more than 200"),
        ),
        (
            "101 tactics",
            grown(&p, "/engagement/tactics", 101),
            Expect::Invalid("plan.engagement.tactics: more than 100"),
        ),
        (
            "501 reviews",
            grown(&p, "/reviews", 501),
            Expect::Invalid("plan.reviews: more than 500"),
        ),
        (
            "31 attribution steps",
            grown(&p, "/journey/attribution/path", 31),
            Expect::Invalid("plan.journey.attribution.path: too many steps"),
        ),
        (
            "101 links",
            grown(&p, "/objectives/objectives/0/links", 101),
            Expect::Invalid("plan.objectives.objectives[0].links: more than 100"),
        ),
        (
            "5 media",
            with(
                &p,
                "/journey/personas/0/media",
                json!(["text", "images", "audio", "video", "text"]),
            ),
            Expect::Invalid("plan.journey.personas[0].media: more than 4"),
        ),
        (
            "201 answers",
            edited(&p, |v| {
                let answers = v["plan"]["health"]["answers"]
                    .as_object_mut()
                    .expect("answers");
                for k in 0..201 {
                    answers.insert(format!("future-prompt-{k}"), json!({"text": "?"}));
                }
            }),
            Expect::Invalid("plan.health.answers: more than 200 answers"),
        ),
        (
            "an answer key of 65 bytes",
            edited(&p, |v| {
                v["plan"]["health"]["answers"]
                    .as_object_mut()
                    .expect("answers")
                    .insert("k".repeat(65), json!({}));
            }),
            Expect::Invalid("plan.health.answers: a key is empty or too long"),
        ),
        (
            "a name of 121 characters",
            with(&p, "/meta/name", long(121)),
            Expect::Invalid("plan.meta.name: longer than 120 characters"),
        ),
        (
            "a blank name",
            with(&p, "/meta/name", json!(" \t ")),
            Expect::Invalid("plan.meta.name: empty"),
        ),
        (
            "a description of 20,001 characters",
            with(&p, "/meta/description", long(20_001)),
            Expect::Invalid("plan.meta.description: longer than 20000 characters"),
        ),
        (
            "a card text of 501 characters (counted in characters, not bytes)",
            with(&p, "/swot/cards/1/text", json!("é".repeat(501))),
            Expect::Invalid("plan.swot.cards[1].text: longer than 500 characters"),
        ),
        (
            "a blank card",
            with(&p, "/pestle/cards/0/text", json!("  ")),
            Expect::Invalid("plan.pestle.cards[0].text: empty"),
        ),
        (
            "card notes of 2,001 characters",
            with(&p, "/swot/cards/1/notes", long(2_001)),
            Expect::Invalid("plan.swot.cards[1].notes: longer than 2000 characters"),
        ),
        (
            "a strategy text of 2,001 characters",
            with(&p, "/tows/1/text", long(2_001)),
            Expect::Invalid("plan.tows[1].text: longer than 2000 characters"),
        ),
        (
            "a removed card's text of 501 characters",
            with(&p, "/tows/1/external/removed", long(501)),
            Expect::Invalid("plan.tows[1].external.removed: longer than 500 characters"),
        ),
        (
            "an answer of 5,001 characters",
            with(&p, "/health/answers/customer-segments/text", long(5_001)),
            Expect::Invalid("plan.health.answers.customer-segments.text: longer than 5000"),
        ),
        (
            "a starting point of 5,001 characters",
            with(&p, "/health/start/resources/people/have", long(5_001)),
            Expect::Invalid("plan.health.start.resources.people.have: longer than 5000"),
        ),
        (
            "a persona name of 121 characters",
            with(&p, "/journey/personas/0/name", long(121)),
            Expect::Invalid("plan.journey.personas[0].name: longer than 120 characters"),
        ),
        (
            "a blank persona name",
            with(&p, "/journey/personas/1/name", json!("")),
            Expect::Invalid("plan.journey.personas[1].name: empty"),
        ),
        (
            "a persona field of 2,001 characters",
            with(&p, "/journey/personas/0/segment", long(2_001)),
            Expect::Invalid("plan.journey.personas[0].segment: longer than 2000"),
        ),
        (
            "a stage with neither a key nor a name",
            edited(&p, |v| {
                v["plan"]["journey"]["stages"][1]["key"] = Value::Null;
            }),
            Expect::Invalid("plan.journey.stages[1].name: empty"),
        ),
        (
            "a lane of 2,001 characters",
            with(&p, "/journey/journeys/0/cells/0/goal", long(2_001)),
            Expect::Invalid("plan.journey.journeys[0].cells[0].goal: longer than 2000"),
        ),
        (
            "a touchpoint note of 2,001 characters",
            with(&p, "/journey/journeys/0/touchpoints/0/note", long(2_001)),
            Expect::Invalid("plan.journey.journeys[0].touchpoints[0].note: longer than 2000"),
        ),
        (
            "an objective statement of 2,001 characters",
            with(&p, "/objectives/objectives/1/statement", long(2_001)),
            Expect::Invalid("plan.objectives.objectives[1].statement: longer than 2000"),
        ),
        (
            "an objective without a statement",
            with(&p, "/objectives/objectives/1/statement", json!(" ")),
            Expect::Invalid("plan.objectives.objectives[1].statement: empty"),
        ),
        (
            "a KPI without a name",
            with(&p, "/objectives/kpis/1/name", json!("")),
            Expect::Invalid("plan.objectives.kpis[1].name: empty"),
        ),
        (
            "a creative text of 2,001 characters",
            with(&p, "/creative/storyboard", long(2_001)),
            Expect::Invalid("plan.creative.storyboard: longer than 2000"),
        ),
        (
            "a mix text of 2,001 characters",
            with(&p, "/mix/price/decisions", long(2_001)),
            Expect::Invalid("plan.mix.price.decisions: longer than 2000"),
        ),
        (
            "a tactic text of 2,001 characters",
            with(&p, "/engagement/tactics/0/measure", long(2_001)),
            Expect::Invalid("plan.engagement.tactics[0].measure: longer than 2000"),
        ),
        (
            "a review of 2,001 characters",
            with(&p, "/reviews/1/learned", long(2_001)),
            Expect::Invalid("plan.reviews[1].learned: longer than 2000"),
        ),
        (
            "a rating of 6",
            with(&p, "/swot/cards/1/weight", json!(6)),
            Expect::Invalid("plan.swot.cards[1].weight: not between 1 and 5"),
        ),
        (
            "an impact of 0",
            with(&p, "/pestle/cards/0/impact", json!(0)),
            Expect::Invalid("plan.pestle.cards[0].impact: not between 1 and 5"),
        ),
        (
            "an emotion of 3",
            with(&p, "/journey/journeys/0/cells/1/emotion", json!(3)),
            Expect::Invalid("plan.journey.journeys[0].cells[1].emotion: not between -2 and 2"),
        ),
        (
            "a target of 1e16",
            with(&p, "/objectives/objectives/0/target", json!(1e16)),
            Expect::Invalid("plan.objectives.objectives[0].target: not a usable number"),
        ),
        (
            "a reading of -1e300",
            with(
                &p,
                "/objectives/objectives/0/readings/0/value",
                json!(-1e300),
            ),
            Expect::Invalid("plan.objectives.objectives[0].readings: a value is not a usable"),
        ),
        (
            "a budget beyond the limit",
            with(&p, "/engagement/tactics/0/budget/2", json!(u64::MAX)),
            Expect::Invalid("plan.engagement.tactics[0].budget: too large"),
        ),
        (
            "a conversion value beyond the limit",
            with(
                &p,
                "/journey/attribution/value_cents",
                json!(1_000_000_001u64),
            ),
            Expect::Invalid("plan.journey.attribution.value_cents: too large"),
        ),
        (
            "a step eleven years before",
            with(&p, "/journey/attribution/path/0/days_before", json!(4_000)),
            Expect::Invalid("plan.journey.attribution.path[0].days_before: more than ten years"),
        ),
        (
            "a created time before 1970",
            with(&p, "/meta/created", json!(-1)),
            Expect::Invalid("plan.meta.created: not a time from 1970 to 9999"),
        ),
        (
            "a created time past year 9999 (a browser's Date would throw at 8.64e15)",
            with(&p, "/meta/created", json!(8_640_000_000_000_001i64)),
            Expect::Invalid("plan.meta.created: not a time from 1970 to 9999"),
        ),
    ]);
}

#[test]
fn a_document_over_the_size_limit_is_refused_before_parsing() {
    let padding = "x".repeat(6 * 1024 * 1024);
    let huge = with(&full_plan(), "/meta/description", json!(padding));
    let just_over = format!("{}{}", " ".repeat(MAX_DOCUMENT_BYTES), "{}");
    check_refused(vec![
        ("a 6 MB plan", huge, Expect::TooLarge),
        ("one byte over, even blank", just_over, Expect::TooLarge),
    ]);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let arrays = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
    let inside = format!(
        r#"{{"format":"waymark-plan","version":1,"plan":{{"id":"p-deep","swot":{}}}}}"#,
        "[".repeat(100_000)
    );
    let unclosed = "[".repeat(100_000);
    // Run on a stack of 1 MiB, what a wasm module gets by default.
    let failures = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(move || {
            let mut failures = Vec::new();
            for (name, text) in [
                ("arrays", arrays),
                ("objects", objects),
                ("inside a plan", inside),
                ("unclosed", unclosed),
            ] {
                for err in [
                    import(&text, new_id(), AT).err(),
                    schema::decode(&text).err(),
                ] {
                    match err {
                        Some(SchemaError::NotJson(m))
                            if m.contains("nested more than 128 levels deep") => {}
                        other => failures.push(format!("{name}: {other:?}")),
                    }
                }
            }
            // Up to the limit, nesting is only JSON: an unknown member that deep is dropped.
            let deep_ok = envelope(json!({
                "id": "p-deep",
                "meta": {"name": "Deep", "created": 1, "updated": 1, "locale": "en"},
                "future": Value::Null,
            }))
            .replace("null", &format!("{}{}", "[".repeat(120), "]".repeat(120)));
            match import(&deep_ok, new_id(), AT) {
                Ok(imported) if imported.plan.meta.name == "Deep" => {}
                other => failures.push(format!("120 levels: {other:?}")),
            }
            failures
        })
        .expect("thread")
        .join()
        .expect("no stack overflow");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn hostile_strings_are_kept_verbatim_as_plain_text() {
    let imported = import(
        include_str!("fixtures/import/hostile-strings.json"),
        new_id(),
        AT,
    )
    .expect("hostile text is still text");
    let plan = &imported.plan;
    assert_eq!(plan.meta.name, "<script>alert(1)</script>");
    assert_eq!(
        plan.meta.description,
        "javascript:alert(1) \"><img src=x onerror=alert(1)> \u{202e}gnp.exe \u{0} NUL \u{7} bell \u{1b}[31m escape \r\n\t end"
    );
    assert_eq!(plan.swot.cards[0].text, "\"><img src=x onerror=alert(1)>");
    assert_eq!(plan.swot.cards[1].text, "[click](javascript:alert(1))");
    assert_eq!(
        plan.swot.cards[1].notes,
        "{{constructor.constructor('alert(1)')()}}"
    );
    assert_eq!(
        plan.journey.personas[0].name,
        "Anna \u{202e}\u{2066} reversed"
    );
    assert_eq!(
        plan.journey.personas[0].places,
        "\u{1f3c3} running \u{200d} zero-width joiner"
    );
    // An answer to a prompt this version does not know is kept, but not counted.
    assert!(plan
        .health
        .answers
        .contains_key("<img src=x onerror=alert(1)>"));
    assert_eq!(imported.preview.answers, 0);
    // Stored again, control characters are escaped: the JSON itself holds none.
    let stored = encode(plan);
    assert!(!stored.chars().any(|c| c.is_control()), "{stored}");
    assert!(stored.contains(r"\u0000 NUL"));
    assert_eq!(import(&stored, new_id(), AT).expect("again").plan, *plan);
}

#[test]
fn error_details_quoting_the_input_are_short_and_show_no_invisible_characters() {
    let p = full_plan();
    let spoof = format!("c-\u{202e}{}\u{0}", "a".repeat(10_000));
    let text = with(&p, "/swot/cards/0/id", json!(spoof));
    let Err(SchemaError::Invalid(detail)) = import(&text, new_id(), AT) else {
        panic!("refused");
    };
    assert!(
        detail.starts_with("plan.swot.cards[0].id: not a valid c id"),
        "{detail}"
    );
    assert!(detail.contains(r"\u{202e}"), "{detail}");
    assert!(!detail.contains('\u{202e}'));
    assert!(detail.chars().count() <= MAX_DETAIL_CHARS + 1);
    assert!(detail.ends_with('…'));
    // A path through a hostile key is escaped too.
    let text = edited(&p, |v| {
        v["plan"]["health"]["answers"]
            .as_object_mut()
            .expect("answers")
            .insert(
                "\u{202e}key\u{7}".into(),
                json!({"text": "x".repeat(5_001)}),
            );
    });
    assert_eq!(
        import(&text, new_id(), AT).err(),
        Some(SchemaError::Invalid(
            r"plan.health.answers.\u{202e}key\u{0007}.text: longer than 5000 characters".into()
        ))
    );
}
