//! Importing plan files written elsewhere: a corpus of bad files, each refused for the right
//! reason with the path named; hostile text kept verbatim; round trips of the example and of
//! a plan with every section filled; the v0 fixture migrated; and a fuzz test that mutates
//! valid files more than 100,000 ways and checks that nothing panics and that every plan
//! accepted is valid and imports again to itself.

mod common;

use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;
use waymark::domain::board::{self, BoardKind, Column, Confidence, RatingField};
use waymark::domain::core::channel::{Channel, Media, Ownership, Role};
use waymark::domain::core::date::Date;
use waymark::domain::core::ids::{
    CardId, KpiId, ObjectiveId, PathStepId, PersonaId, ReadingId, ReviewId, StageId, TacticId,
    TouchpointId,
};
use waymark::domain::creative::{CreativeField, P};
use waymark::domain::document::import::{import, preview, Imported, Preview};
use waymark::domain::document::schema::{self, SchemaError, MAX_DETAIL_CHARS, MAX_DOCUMENT_BYTES};
use waymark::domain::engagement::{self, TacticText};
use waymark::domain::health::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use waymark::domain::journey::attribution::{self, Model};
use waymark::domain::journey::{self, Lane, PersonaField, Template};
use waymark::domain::objectives::monitor::{self, Scope, Source};
use waymark::domain::objectives::{self, Frequency, KpiLevel, Link, ObjectiveText};
use waymark::domain::{
    apply, document::example, Applied, Command, Locale, Plan, PlanId, Timestamp,
};
use waymark::domain::{
    BoardCommand, CreativeCommand, EngagementCommand, HealthCommand, JourneyCommand,
    ObjectivesCommand, PlanCommand,
};

/// When the imports in these tests happen.
const AT: Timestamp = Timestamp(1_800_000_000_000);
/// When the plans built here were made.
const MADE: Timestamp = Timestamp(1_700_000_000_000);

fn new_id() -> PlanId {
    PlanId::generate(AT, 42)
}

// ---------------------------------------------------------------------------------------------
// Builders

fn id<T: TryFrom<String, Error = String>>(s: &str) -> T {
    T::try_from(s.to_owned()).expect("a valid id")
}

fn day(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

fn ok(plan: &Plan, command: Command) -> Plan {
    common::changed(plan, command, MADE)
}

fn empty_plan() -> Plan {
    Plan::new(id("p-empty"), "Empty", "Plan", Locale::En, MADE)
}

fn example_plan() -> Plan {
    example::build(id("p-example"), MADE, Locale::En, &|key| key.to_owned())
}

/// A plan with every section filled, each through the command a user would give.
fn full_plan() -> Plan {
    let card = |s: &str| id::<CardId>(&format!("c-{s}"));
    let (anna, lars) = (id::<PersonaId>("u-anna"), id::<PersonaId>("u-lars"));
    let stage = |s: &str| id::<StageId>(&format!("g-{s}"));
    let (o1, o2) = (id::<ObjectiveId>("o-1"), id::<ObjectiveId>("o-2"));
    let x1 = id::<TacticId>("x-1");
    let mut commands = vec![
        Command::Plan(PlanCommand::SetDescription {
            text: "Every section filled.".into(),
        }),
        Command::Health(HealthCommand::SetStartText {
            field: StartField::Now,
            text: "One shop".into(),
        }),
        Command::Health(HealthCommand::SetStartText {
            field: StartField::Goal,
            text: "Two shops".into(),
        }),
        Command::Health(HealthCommand::SetStartText {
            field: StartField::FutureState,
            text: "Known for running".into(),
        }),
        Command::Health(HealthCommand::SetGoalScope {
            scope: Some(GoalScope::Micro),
        }),
        Command::Health(HealthCommand::SetResource {
            kind: ResourceKind::People,
            gap: false,
            text: "Two".into(),
        }),
        Command::Health(HealthCommand::SetResource {
            kind: ResourceKind::Budget,
            gap: true,
            text: "Small".into(),
        }),
        Command::Health(HealthCommand::SetAnswer {
            prompt: "customer-segments".into(),
            text: "Runners".into(),
        }),
        Command::Health(HealthCommand::SetRating {
            prompt: "customer-segments".into(),
            rating: Rating::score(4),
        }),
        Command::Health(HealthCommand::SetEvidenceKind {
            prompt: "customer-segments".into(),
            kind: Some(EvidenceKind::Data),
        }),
        Command::Health(HealthCommand::SetEvidence {
            prompt: "customer-segments".into(),
            text: "Survey of 200".into(),
        }),
        Command::Health(HealthCommand::SetRating {
            prompt: "business-strategy".into(),
            rating: Some(Rating::DontKnow),
        }),
        Command::Health(HealthCommand::SetAnswer {
            prompt: "internal-culture".into(),
            text: "Keen staff".into(),
        }),
        Command::Health(HealthCommand::GoToStep {
            step: Step::Business,
        }),
        Command::SendToSwot {
            prompt: "internal-culture".into(),
            column: Column::Strengths,
            card: card("hc"),
        },
    ];
    for (n, column, text) in [
        ("s1", Column::Strengths, "Strong brand"),
        ("w1", Column::Weaknesses, "Small team"),
        ("o1", Column::Opportunities, "Running clubs"),
        ("t1", Column::Threats, "Big chains"),
        ("o2", Column::Opportunities, "Gone soon"),
    ] {
        commands.push(Command::Board(BoardCommand::AddCard {
            board: BoardKind::Swot,
            id: card(n),
            column,
            text: text.into(),
        }));
    }
    commands.extend([
        Command::Board(BoardCommand::SetCardNotes {
            board: BoardKind::Swot,
            id: card("s1"),
            notes: "Reviews say so".into(),
        }),
        Command::Board(BoardCommand::SetCardConfidence {
            board: BoardKind::Swot,
            id: card("s1"),
            confidence: Some(Confidence::Evidence),
        }),
        Command::Board(BoardCommand::SetCardRating {
            board: BoardKind::Swot,
            id: card("s1"),
            field: RatingField::Weight,
            value: Some(4),
        }),
        Command::Board(BoardCommand::AddCard {
            board: BoardKind::Pestle,
            id: card("p1"),
            column: Column::Political,
            text: "New rules".into(),
        }),
        Command::Board(BoardCommand::SetCardRating {
            board: BoardKind::Pestle,
            id: card("p1"),
            field: RatingField::Impact,
            value: Some(5),
        }),
        Command::Board(BoardCommand::SetCardRating {
            board: BoardKind::Pestle,
            id: card("p1"),
            field: RatingField::Likelihood,
            value: Some(3),
        }),
        Command::Board(BoardCommand::AddCard {
            board: BoardKind::Pestle,
            id: card("e1"),
            column: Column::Environmental,
            text: "Hotter summers".into(),
        }),
        Command::Board(BoardCommand::AddStrategy {
            id: id("s-so"),
            internal: card("s1"),
            external: card("o1"),
            text: "Sponsor the clubs".into(),
        }),
        Command::Board(BoardCommand::AddStrategy {
            id: id("s-wo"),
            internal: card("w1"),
            external: card("o2"),
            text: "Hire for it".into(),
        }),
        // The strategy keeps the deleted card's words.
        Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: card("o2"),
        }),
        Command::Journey(JourneyCommand::AddPersona {
            id: anna.clone(),
            name: "Anna".into(),
        }),
        Command::Journey(JourneyCommand::SetPersonaField {
            id: anna.clone(),
            field: PersonaField::Segment,
            text: "Weekend runners".into(),
        }),
        Command::Journey(JourneyCommand::SetPersonaMedia {
            id: anna.clone(),
            medium: Media::Video,
            on: true,
        }),
        Command::Journey(JourneyCommand::SetPersonaMedia {
            id: anna.clone(),
            medium: Media::Text,
            on: true,
        }),
        Command::Journey(JourneyCommand::UseStageTemplate {
            template: Template::Race,
            ids: ["1", "2", "3", "4"].map(stage).to_vec(),
        }),
        Command::Journey(JourneyCommand::AddStage {
            id: stage("x"),
            name: "Loyalty".into(),
            index: 4,
        }),
        Command::Journey(JourneyCommand::RenameStage {
            id: stage("1"),
            name: "Reach out".into(),
        }),
        Command::Journey(JourneyCommand::SetLane {
            persona: anna.clone(),
            stage: stage("1"),
            lane: Lane::Goal,
            text: "Find good shoes".into(),
        }),
        Command::Journey(JourneyCommand::SetEmotion {
            persona: anna.clone(),
            stage: stage("2"),
            value: Some(-2),
        }),
        Command::Journey(JourneyCommand::AddTouchpoint {
            persona: anna.clone(),
            stage: stage("1"),
            id: id("t-1"),
            channel: Channel::Social,
            custom: String::new(),
        }),
        Command::Journey(JourneyCommand::SetTouchpoint {
            persona: anna.clone(),
            id: id("t-1"),
            channel: Channel::Custom,
            custom: "Run club".into(),
            ownership: Ownership::Earned,
            role: Role::Both,
            note: "Tuesday runs".into(),
        }),
        Command::Journey(JourneyCommand::AddPersona {
            id: lars.clone(),
            name: "Lars".into(),
        }),
        Command::Journey(JourneyCommand::AddTouchpoint {
            persona: lars,
            stage: stage("3"),
            id: id("t-2"),
            channel: Channel::Search,
            custom: String::new(),
        }),
        Command::Journey(JourneyCommand::SetPathStep {
            id: id::<PathStepId>("a-1"),
            channel: Channel::Social,
            custom: String::new(),
            label: "Saw an ad".into(),
            days_before: 5,
        }),
        Command::Journey(JourneyCommand::SetPathStep {
            id: id::<PathStepId>("a-2"),
            channel: Channel::Search,
            custom: String::new(),
            label: "Searched".into(),
            days_before: 0,
        }),
        Command::Journey(JourneyCommand::SetConversionValue { cents: 12_345 }),
        Command::Objectives(ObjectivesCommand::AddObjective {
            id: o1.clone(),
            statement: "Be seen by runners".into(),
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
            id: o1.clone(),
            target: false,
            value: Some(100.0),
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
            id: o1.clone(),
            target: true,
            value: Some(150.5),
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveDate {
            id: o1.clone(),
            deadline: false,
            date: Some(day("2027-01-01")),
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveDate {
            id: o1.clone(),
            deadline: true,
            date: Some(day("2027-06-30")),
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveFrequency {
            id: o1.clone(),
            frequency: Some(Frequency::Monthly),
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveLink {
            id: o1.clone(),
            link: Link::Card(card("s1")),
            on: true,
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveLink {
            id: o1.clone(),
            link: Link::Strategy(id("s-so")),
            on: true,
        }),
        Command::Objectives(ObjectivesCommand::SetObjectiveLink {
            id: o1.clone(),
            link: Link::Prompt("customer-segments".into()),
            on: true,
        }),
        Command::Objectives(ObjectivesCommand::AddReading {
            objective: o1.clone(),
            id: id::<ReadingId>("r-1"),
            date: day("2027-02-01"),
            value: 110.0,
        }),
        Command::Objectives(ObjectivesCommand::AddReading {
            objective: o1.clone(),
            id: id::<ReadingId>("r-2"),
            date: day("2027-03-01"),
            value: 121.25,
        }),
        Command::Objectives(ObjectivesCommand::AddObjective {
            id: o2.clone(),
            statement: "Keep customers".into(),
        }),
        Command::Objectives(ObjectivesCommand::SetKpi {
            id: id::<KpiId>("k-1"),
            name: "Brand searches".into(),
            level: KpiLevel::Manager,
            objective: Some(o1.clone()),
            channel: Some(Channel::Search),
            target: Some(150.0),
            unit: "searches".into(),
        }),
        Command::Objectives(ObjectivesCommand::SetKpi {
            id: id::<KpiId>("k-2"),
            name: "NPS".into(),
            level: KpiLevel::Management,
            objective: None,
            channel: None,
            target: None,
            unit: String::new(),
        }),
        Command::Creative(CreativeCommand::SetCreativeLink {
            link: Link::Card(card("t1")),
            on: true,
        }),
        Command::Engagement(EngagementCommand::SetAudience {
            justification: false,
            text: "Runners nearby".into(),
        }),
        Command::Engagement(EngagementCommand::SetAudience {
            justification: true,
            text: "They buy twice a year".into(),
        }),
        Command::Engagement(EngagementCommand::AddTactic {
            id: x1.clone(),
            channel: Channel::Social,
        }),
        Command::Engagement(EngagementCommand::SetTacticChannel {
            id: x1.clone(),
            channel: Channel::Custom,
            custom: "Club nights".into(),
            ownership: Ownership::Earned,
            role: Role::Both,
        }),
        Command::Engagement(EngagementCommand::SetTacticObjective {
            id: x1.clone(),
            objective: o1.clone(),
            on: true,
        }),
        Command::Engagement(EngagementCommand::SetTacticObjective {
            id: x1.clone(),
            objective: o2,
            on: true,
        }),
        Command::Objectives(ObjectivesCommand::SetReview {
            id: id::<ReviewId>("v-1"),
            date: day("2027-03-02"),
            learned: "Clubs work".into(),
            source: Source::Sales,
            scope: Scope::Systemic,
            change: "More clubs".into(),
        }),
        Command::Objectives(ObjectivesCommand::SetReview {
            id: id::<ReviewId>("v-2"),
            date: day("2027-04-02"),
            learned: "Ads do not".into(),
            source: Source::Customers,
            scope: Scope::Tactical,
            change: String::new(),
        }),
    ]);
    for field in ObjectiveText::ALL {
        if field != ObjectiveText::Statement {
            commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveText {
                id: o1.clone(),
                field,
                text: format!("{field:?} of o-1"),
            }));
        }
    }
    for field in CreativeField::ALL {
        commands.push(Command::Creative(CreativeCommand::SetCreativeText {
            field,
            text: format!("{field:?} text"),
        }));
    }
    for p in P::ALL {
        for decisions in [false, true] {
            commands.push(Command::Creative(CreativeCommand::SetMix {
                p,
                decisions,
                text: format!("{p:?} {decisions}"),
            }));
        }
    }
    for field in TacticText::ALL {
        commands.push(Command::Engagement(EngagementCommand::SetTacticText {
            id: x1.clone(),
            field,
            text: format!("{field:?} of x-1"),
        }));
    }
    for scenario in 0..3 {
        commands.push(Command::Engagement(EngagementCommand::SetTacticBudget {
            id: x1.clone(),
            scenario,
            cents: 10_000 * (scenario as u64 + 1),
        }));
    }
    let mut plan = Plan::new(id("p-full"), "Full plan", "Plan", Locale::Sv, MADE);
    for command in commands {
        plan = ok(&plan, command);
    }
    plan
}

fn encode(plan: &Plan) -> String {
    schema::encode(plan).expect("encode")
}

/// The envelope of `plan` as a JSON tree, to edit.
fn tree(plan: &Plan) -> Value {
    serde_json::from_str(&encode(plan)).expect("JSON")
}

/// `plan`'s file with the value at `pointer` (inside `plan`) replaced by `value`.
fn with(plan: &Plan, pointer: &str, value: Value) -> String {
    edited(plan, |v| {
        *v.pointer_mut(&format!("/plan{pointer}")).expect(pointer) = value;
    })
}

/// `plan`'s file, edited by `f`.
fn edited(plan: &Plan, f: impl FnOnce(&mut Value)) -> String {
    let mut v = tree(plan);
    f(&mut v);
    v.to_string()
}

/// `plan`'s file with a copy of the element `index` of the array at `pointer` appended.
fn doubled(plan: &Plan, pointer: &str, index: usize) -> String {
    edited(plan, |v| {
        let list = v
            .pointer_mut(&format!("/plan{pointer}"))
            .and_then(Value::as_array_mut)
            .expect(pointer);
        let copy = list[index].clone();
        list.push(copy);
    })
}

/// `plan`'s file with the array at `pointer` grown to `n` elements, each a copy of the first
/// with its `id` (when it has one) made unique.
fn grown(plan: &Plan, pointer: &str, n: usize) -> String {
    edited(plan, |v| {
        let list = v
            .pointer_mut(&format!("/plan{pointer}"))
            .and_then(Value::as_array_mut)
            .expect(pointer);
        let first = list[0].clone();
        list.clear();
        for k in 0..n {
            let mut item = first.clone();
            if let Some(Value::String(id)) = item.get_mut("id") {
                id.push_str(&format!("-{k}"));
            }
            list.push(item);
        }
    })
}

fn envelope(plan: Value) -> String {
    json!({"format": "waymark-plan", "version": 1, "plan": plan}).to_string()
}

// ---------------------------------------------------------------------------------------------
// The corpus of bad files

/// What a bad file must be refused as; the strings must appear in the error's detail.
#[derive(Debug)]
enum Expect {
    TooLarge,
    NotJson(&'static str),
    NotAPlan,
    Newer(u64),
    Invalid(&'static str),
}

/// Checks every `(name, file, expected)`; reports all the cases that fail at once.
fn check_refused(cases: Vec<(&str, String, Expect)>) {
    let mut failures = Vec::new();
    for (name, text, expect) in cases {
        let err = match import(&text, new_id(), AT) {
            Ok(imported) => {
                failures.push(format!("{name}: accepted as {:?}", imported.preview.name));
                continue;
            }
            Err(e) => e,
        };
        let right = match (&expect, &err) {
            (Expect::TooLarge, SchemaError::TooLarge { bytes }) => *bytes == text.len(),
            (Expect::NotJson(part), SchemaError::NotJson(m)) => m.contains(part),
            (Expect::NotAPlan, SchemaError::NotAPlan) => true,
            (Expect::Newer(v), SchemaError::NewerVersion { found }) => {
                found == v && err.to_string().contains(&v.to_string())
            }
            (Expect::Invalid(part), SchemaError::Invalid(m)) => m.contains(part),
            _ => false,
        };
        if !right {
            failures.push(format!("{name}: expected {expect:?}, got {err:?}"));
        }
        // What `import` refuses, the reading path refuses the same way (a BOM aside).
        if !text.starts_with('\u{feff}') && schema::decode(&text).err().as_ref() != Some(&err) {
            failures.push(format!("{name}: decode disagrees with import"));
        }
        // A detail quotes the input, so it is short and shows no invisible characters.
        if let SchemaError::Invalid(m) | SchemaError::NotJson(m) = &err {
            if m.chars().count() > MAX_DETAIL_CHARS + 1 || m.chars().any(char::is_control) {
                failures.push(format!("{name}: unsafe detail {m:.100}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

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

// ---------------------------------------------------------------------------------------------
// Hostile text, kept verbatim

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

// ---------------------------------------------------------------------------------------------
// What is accepted

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

// ---------------------------------------------------------------------------------------------
// The fuzz test

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
