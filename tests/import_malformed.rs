//! Bad plan files refused for the right reason, with the path named: text that is not JSON,
//! documents that are not plans, wrong types, duplicate ids.

mod common;

use common::files::*;
use serde_json::json;

#[test]
fn malformed_json_is_refused_as_not_json() {
    let full = encode(&full_plan());
    check_refused(vec![
        ("empty", String::new(), Expect::NotJson("EOF")),
        ("whitespace", " \n\t ".into(), Expect::NotJson("EOF")),
        (
            "BOM only",
            String::from_utf8_lossy(include_bytes!("fixtures/import/bom-only.json")).into(),
            Expect::NotJson("EOF"),
        ),
        (
            "truncated (fixture)",
            include_str!("fixtures/import/truncated.json").into(),
            Expect::NotJson("EOF"),
        ),
        (
            "truncated in the middle",
            full[..full.len() / 2].into(),
            Expect::NotJson("line 1"),
        ),
        (
            "truncated by one byte",
            full[..full.len() - 1].into(),
            Expect::NotJson("EOF"),
        ),
        (
            "trailing garbage (fixture)",
            include_str!("fixtures/import/trailing-garbage.json").into(),
            Expect::NotJson("trailing characters"),
        ),
        (
            "two documents",
            format!("{full}{full}"),
            Expect::NotJson("trailing characters"),
        ),
        (
            "binary (a PNG header and noise)",
            String::from_utf8_lossy(include_bytes!("fixtures/import/binary.png")).into(),
            Expect::NotJson("expected value"),
        ),
        (
            "NUL bytes",
            "\0\0\0\0".into(),
            Expect::NotJson("expected value"),
        ),
        (
            "a single quote JSON5",
            "{'format': 'waymark-plan'}".into(),
            Expect::NotJson("key must be a string"),
        ),
        (
            "a comment",
            "// plan\n{}".into(),
            Expect::NotJson("expected value"),
        ),
        (
            "a trailing comma",
            r#"{"format":"waymark-plan","version":1,}"#.into(),
            Expect::NotJson("trailing comma"),
        ),
        (
            "NaN",
            r#"{"format":"waymark-plan","version":NaN}"#.into(),
            Expect::NotJson("expected value"),
        ),
        (
            "a number beyond f64",
            r#"{"format":"waymark-plan","version":1e400}"#.into(),
            Expect::NotJson("number out of range"),
        ),
        (
            "a lone leading surrogate",
            r#"{"format":"waymark-plan","version":1,"plan":{"meta":{"name":"\ud800"}}}"#.into(),
            Expect::NotJson("unexpected end of hex escape"),
        ),
        (
            "a lone trailing surrogate",
            r#"{"format":"waymark-plan","version":1,"plan":{"meta":{"name":"\udc00x"}}}"#.into(),
            Expect::NotJson("surrogate"),
        ),
        (
            "a raw control character in a string",
            "{\"format\":\"waymark-plan\",\"version\":1,\"plan\":\"a\u{1}b\"}".into(),
            Expect::NotJson("control character"),
        ),
        (
            "an invalid escape",
            r#"{"format":"waymark-plan","version":1,"plan":"\x41"}"#.into(),
            Expect::NotJson("invalid escape"),
        ),
    ]);
}

#[test]
fn documents_that_are_not_plans_are_refused_as_such() {
    check_refused(vec![
        (
            "not an object (fixture)",
            include_str!("fixtures/import/not-an-object.json").into(),
            Expect::NotAPlan,
        ),
        (
            "another app's file (fixture)",
            include_str!("fixtures/import/other-format.json").into(),
            Expect::NotAPlan,
        ),
        ("null", "null".into(), Expect::NotAPlan),
        ("a number", "42".into(), Expect::NotAPlan),
        ("a string", r#""waymark-plan""#.into(), Expect::NotAPlan),
        ("true", "true".into(), Expect::NotAPlan),
        ("an empty object", "{}".into(), Expect::NotAPlan),
        (
            "format missing",
            r#"{"version":1,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "format in capitals",
            r#"{"format":"Waymark-Plan","version":1,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "format not a string",
            r#"{"format":["waymark-plan"],"version":1,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "version missing",
            r#"{"format":"waymark-plan","plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "version a string",
            r#"{"format":"waymark-plan","version":"1","plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "version negative",
            r#"{"format":"waymark-plan","version":-1,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "version a float",
            r#"{"format":"waymark-plan","version":1.0,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "version a fraction",
            r#"{"format":"waymark-plan","version":0.5,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "version null",
            r#"{"format":"waymark-plan","version":null,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "version beyond u64",
            r#"{"format":"waymark-plan","version":18446744073709551616,"plan":{}}"#.into(),
            Expect::NotAPlan,
        ),
        (
            "newer version (fixture)",
            include_str!("fixtures/import/newer-version.json").into(),
            Expect::Newer(7),
        ),
        (
            "version 2",
            r#"{"format":"waymark-plan","version":2,"plan":{}}"#.into(),
            Expect::Newer(2),
        ),
        (
            "version u64::MAX",
            r#"{"format":"waymark-plan","version":18446744073709551615}"#.into(),
            Expect::Newer(u64::MAX),
        ),
        (
            "plan missing",
            r#"{"format":"waymark-plan","version":1}"#.into(),
            Expect::Invalid("plan: missing"),
        ),
        (
            "plan null",
            r#"{"format":"waymark-plan","version":1,"plan":null}"#.into(),
            Expect::Invalid("plan: invalid type: null"),
        ),
        (
            "plan an array",
            r#"{"format":"waymark-plan","version":1,"plan":[]}"#.into(),
            Expect::Invalid("plan: invalid length 0, expected struct Plan"),
        ),
        (
            "v0 plan not an object",
            r#"{"format":"waymark-plan","version":0,"plan":"old"}"#.into(),
            Expect::Invalid("migrating from v0: plan: not an object"),
        ),
        (
            "v0 plan without a date",
            r#"{"format":"waymark-plan","version":0,"plan":{"title":"x","created_at":"yesterday"}}"#
                .into(),
            Expect::Invalid("plan.created_at: missing or not a number"),
        ),
        (
            "v0 plan with a time out of range",
            r#"{"format":"waymark-plan","version":0,"plan":{"title":"x","created_at":9223372036854775807}}"#
                .into(),
            Expect::Invalid("plan.created_at: out of range"),
        ),
        (
            "v0 plan dated before 1970",
            r#"{"format":"waymark-plan","version":0,"plan":{"title":"x","created_at":-5}}"#
                .into(),
            Expect::Invalid("plan.meta.created: not a time from 1970 to 9999"),
        ),
    ]);
}

#[test]
fn wrong_types_name_their_path() {
    let p = full_plan();
    check_refused(vec![
        (
            "a card's text a number (fixture)",
            include_str!("fixtures/import/wrong-type-deep.json").into(),
            Expect::Invalid(
                "plan.swot.cards[3].text: invalid type: integer `5`, expected a string",
            ),
        ),
        (
            // The path is found by reading the text up to the error: brackets, braces, commas,
            // colons, quotes and backslashes inside strings (and keys) before it must not count.
            "a wrong type after texts full of JSON punctuation",
            edited(&p, |v| {
                v["plan"]["swot"]["cards"][0]["text"] = json!(r#"a "quoted" [list], {x}: y \ z\"#);
                v["plan"]["swot"]["cards"][0]["unknown \"key\" [0]"] =
                    json!({"a": [1, {"b": "]"}]});
                v["plan"]["swot"]["cards"][1]["text"] = json!(false);
            }),
            Expect::Invalid(
                "plan.swot.cards[1].text: invalid type: boolean `false`, expected a string",
            ),
        ),
        (
            "the id a number",
            with(&p, "/id", json!(7)),
            Expect::Invalid("plan.id: invalid type: integer `7`, expected a string"),
        ),
        (
            "an id outside the id alphabet",
            with(&p, "/swot/cards/1/id", json!("c-<script>")),
            Expect::Invalid(r#"plan.swot.cards[1].id: not a valid c id: "c-<script>""#),
        ),
        (
            "an id of the wrong kind",
            with(&p, "/tows/0/id", json!("c-s1")),
            Expect::Invalid("plan.tows[0].id: not a valid s id"),
        ),
        (
            "an id too long",
            with(
                &p,
                "/journey/personas/0/id",
                json!(format!("u-{}", "a".repeat(80))),
            ),
            Expect::Invalid("plan.journey.personas[0].id: not a valid u id"),
        ),
        (
            "meta missing",
            edited(&p, |v| {
                if let Some(plan) = v["plan"].as_object_mut() {
                    plan.remove("meta");
                }
            }),
            Expect::Invalid("plan: missing field `meta`"),
        ),
        (
            "a required field missing",
            edited(&p, |v| {
                if let Some(meta) = v["plan"]["meta"].as_object_mut() {
                    meta.remove("created");
                }
            }),
            Expect::Invalid("plan.meta: missing field `created`"),
        ),
        (
            "an unknown locale",
            with(&p, "/meta/locale", json!("klingon")),
            Expect::Invalid("plan.meta.locale: unknown variant `klingon`"),
        ),
        (
            "a created time as text",
            with(&p, "/meta/created", json!("2027-01-01")),
            Expect::Invalid("plan.meta.created: invalid type: string"),
        ),
        (
            "a time as a float",
            with(&p, "/meta/updated", json!(1.5)),
            Expect::Invalid("plan.meta.updated: invalid type: floating point `1.5`"),
        ),
        (
            "a time beyond i64",
            with(&p, "/meta/updated", json!(u64::MAX)),
            Expect::Invalid("plan.meta.updated: invalid value: integer `18446744073709551615`"),
        ),
        (
            "a section of the wrong shape",
            with(&p, "/swot", json!("cards")),
            Expect::Invalid(r#"plan.swot: invalid type: string "cards", expected struct Board"#),
        ),
        (
            "cards an object",
            with(&p, "/swot/cards", json!({"c-1": {}})),
            Expect::Invalid("plan.swot.cards: invalid type: map, expected a sequence"),
        ),
        (
            "an unknown column",
            with(&p, "/swot/cards/0/column", json!("sideways")),
            Expect::Invalid("plan.swot.cards[0].column: unknown variant `sideways`"),
        ),
        (
            "a weight of 300",
            with(&p, "/swot/cards/1/weight", json!(300)),
            Expect::Invalid("plan.swot.cards[1].weight: invalid value: integer `300`"),
        ),
        (
            "a negative weight",
            with(&p, "/swot/cards/1/weight", json!(-1)),
            Expect::Invalid("plan.swot.cards[1].weight: invalid value: integer `-1`"),
        ),
        (
            "a rating out of range",
            with(&p, "/health/answers/customer-segments/rating", json!(9)),
            Expect::Invalid("plan.health.answers.customer-segments.rating: a rating is 1 to 5"),
        ),
        (
            "a date that does not exist",
            with(&p, "/reviews/0/date", json!("2027-02-30")),
            Expect::Invalid("plan.reviews[0].date: a date is YYYY-MM-DD"),
        ),
        (
            "a reading value as text",
            with(
                &p,
                "/objectives/objectives/0/readings/1/value",
                json!("120"),
            ),
            Expect::Invalid(
                "plan.objectives.objectives[0].readings[1].value: invalid type: string",
            ),
        ),
        (
            "a budget with four scenarios",
            with(&p, "/engagement/tactics/0/budget", json!([1, 2, 3, 4])),
            Expect::Invalid("plan.engagement.tactics[0].budget: invalid length 4"),
        ),
        (
            "a negative budget",
            with(&p, "/engagement/tactics/0/budget/1", json!(-100)),
            Expect::Invalid("plan.engagement.tactics[0].budget[1]: invalid value: integer `-100`"),
        ),
        (
            "a link to an unknown kind of thing",
            with(
                &p,
                "/objectives/objectives/0/links/0",
                json!({"to": "website", "id": "x"}),
            ),
            Expect::Invalid("plan.objectives.objectives[0].links[0].to: unknown variant `website`"),
        ),
        (
            "an emotion beyond i8",
            with(&p, "/journey/journeys/0/cells/0/emotion", json!(1000)),
            Expect::Invalid("plan.journey.journeys[0].cells[0].emotion: invalid value"),
        ),
        (
            "a card source of an unknown kind",
            with(&p, "/swot/cards/0/source", json!({"from": "ai"})),
            Expect::Invalid("plan.swot.cards[0].source.from: unknown variant `ai`"),
        ),
    ]);
}

#[test]
fn duplicate_ids_are_refused() {
    let p = full_plan();
    check_refused(vec![
        (
            "PESTLE cards (fixture)",
            include_str!("fixtures/import/duplicate-card-ids.json").into(),
            Expect::Invalid("plan.pestle.cards[2].id: c-p1 appears twice"),
        ),
        (
            "SWOT cards",
            doubled(&p, "/swot/cards", 1),
            Expect::Invalid("plan.swot.cards[5].id: c-s1 appears twice"),
        ),
        (
            "TOWS strategies",
            doubled(&p, "/tows", 0),
            Expect::Invalid("plan.tows[2].id: s-so appears twice"),
        ),
        (
            "personas",
            doubled(&p, "/journey/personas", 0),
            Expect::Invalid("plan.journey.personas[2].id: u-anna appears twice"),
        ),
        (
            "stages",
            doubled(&p, "/journey/stages", 2),
            Expect::Invalid("plan.journey.stages[5].id: g-3 appears twice"),
        ),
        (
            "touchpoints in one journey",
            doubled(&p, "/journey/journeys/0/touchpoints", 0),
            Expect::Invalid("plan.journey.journeys: touchpoint t-1 appears twice"),
        ),
        (
            "touchpoints across journeys",
            with(&p, "/journey/journeys/1/touchpoints/0/id", json!("t-1")),
            Expect::Invalid("plan.journey.journeys: touchpoint t-1 appears twice"),
        ),
        (
            "two journeys of one persona",
            with(&p, "/journey/journeys/1/persona", json!("u-anna")),
            Expect::Invalid("plan.journey.journeys[1].persona: u-anna has two journeys"),
        ),
        (
            "two cells of one stage",
            doubled(&p, "/journey/journeys/0/cells", 0),
            Expect::Invalid("plan.journey.journeys[0].cells[2].stage: g-1 has two cells"),
        ),
        (
            "attribution steps",
            doubled(&p, "/journey/attribution/path", 0),
            Expect::Invalid("plan.journey.attribution.path[2].id: a-1 appears twice"),
        ),
        (
            "objectives",
            doubled(&p, "/objectives/objectives", 1),
            Expect::Invalid("plan.objectives.objectives: o-2 appears twice"),
        ),
        (
            "readings",
            doubled(&p, "/objectives/objectives/0/readings", 0),
            Expect::Invalid("plan.objectives.objectives[0].readings: r-1 appears twice"),
        ),
        (
            "KPIs",
            doubled(&p, "/objectives/kpis", 0),
            Expect::Invalid("plan.objectives.kpis: k-1 appears twice"),
        ),
        (
            "tactics",
            doubled(&p, "/engagement/tactics", 0),
            Expect::Invalid("plan.engagement.tactics: x-1 appears twice"),
        ),
        (
            "reviews",
            doubled(&p, "/reviews", 1),
            Expect::Invalid("plan.reviews: v-1 appears twice"),
        ),
        (
            "a link given twice",
            doubled(&p, "/objectives/objectives/0/links", 0),
            Expect::Invalid("plan.objectives.objectives[0].links[3]: appears twice"),
        ),
        (
            "an objective served twice by one tactic",
            doubled(&p, "/engagement/tactics/0/objectives", 0),
            Expect::Invalid("plan.engagement.tactics[0].objectives: o-1 appears twice"),
        ),
        (
            "a medium twice",
            doubled(&p, "/journey/personas/0/media", 0),
            Expect::Invalid("plan.journey.personas[0].media: text appears twice"),
        ),
    ]);
}
