//! Plan files for the import tests: plans built through the commands a user would give (an
//! empty one, the example, one with every section filled), their files, ways to edit a file
//! (replace a value, double or grow a list), and the check that a bad file is refused for the
//! right reason, the same way by `import` and by `decode`.

use serde_json::{json, Value};
use waymark::domain::board::{BoardKind, Column, Confidence, RatingField};
use waymark::domain::core::channel::{Channel, Media, Ownership, Role};
use waymark::domain::core::date::Date;
use waymark::domain::core::ids::{
    CardId, KpiId, ObjectiveId, PathStepId, PersonaId, ReadingId, ReviewId, StageId, TacticId,
};
use waymark::domain::creative::{CreativeField, P};
use waymark::domain::document::import::import;
use waymark::domain::document::schema::{self, SchemaError, MAX_DETAIL_CHARS};
use waymark::domain::engagement::TacticText;
use waymark::domain::health::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use waymark::domain::journey::{Lane, PersonaField, Template};
use waymark::domain::objectives::monitor::{Scope, Source};
use waymark::domain::objectives::{Frequency, KpiLevel, Link, ObjectiveText};
use waymark::domain::{document::example, Command, Locale, Plan, PlanId, Timestamp};
use waymark::domain::{
    BoardCommand, CreativeCommand, EngagementCommand, HealthCommand, JourneyCommand,
    ObjectivesCommand, PlanCommand,
};

/// When the imports in these tests happen.
pub const AT: Timestamp = Timestamp(1_800_000_000_000);
/// When the plans built here were made.
pub const MADE: Timestamp = Timestamp(1_700_000_000_000);

pub fn new_id() -> PlanId {
    PlanId::generate(AT, 42)
}

pub fn id<T: TryFrom<String, Error = String>>(s: &str) -> T {
    T::try_from(s.to_owned()).expect("a valid id")
}

pub fn day(s: &str) -> Date {
    Date::parse(s).expect("a date")
}

pub fn ok(plan: &Plan, command: Command) -> Plan {
    super::changed(plan, command, MADE)
}

pub fn empty_plan() -> Plan {
    Plan::new(id("p-empty"), "Empty", "Plan", Locale::En, MADE)
}

pub fn example_plan() -> Plan {
    example::build(id("p-example"), MADE, Locale::En, &|key| key.to_owned())
}

/// A plan with every section filled, each through the command a user would give.
pub fn full_plan() -> Plan {
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

pub fn encode(plan: &Plan) -> String {
    schema::encode(plan).expect("encode")
}

/// The envelope of `plan` as a JSON tree, to edit.
pub fn tree(plan: &Plan) -> Value {
    serde_json::from_str(&encode(plan)).expect("JSON")
}

/// `plan`'s file with the value at `pointer` (inside `plan`) replaced by `value`.
pub fn with(plan: &Plan, pointer: &str, value: Value) -> String {
    edited(plan, |v| {
        *v.pointer_mut(&format!("/plan{pointer}")).expect(pointer) = value;
    })
}

/// `plan`'s file, edited by `f`.
pub fn edited(plan: &Plan, f: impl FnOnce(&mut Value)) -> String {
    let mut v = tree(plan);
    f(&mut v);
    v.to_string()
}

/// `plan`'s file with a copy of the element `index` of the array at `pointer` appended.
pub fn doubled(plan: &Plan, pointer: &str, index: usize) -> String {
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
pub fn grown(plan: &Plan, pointer: &str, n: usize) -> String {
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

pub fn envelope(plan: Value) -> String {
    json!({"format": "waymark-plan", "version": 1, "plan": plan}).to_string()
}

/// What a bad file must be refused as; the strings must appear in the error's detail.
#[derive(Debug)]
pub enum Expect {
    TooLarge,
    NotJson(&'static str),
    NotAPlan,
    Newer(u64),
    Invalid(&'static str),
}

/// Checks every `(name, file, expected)`; reports all the cases that fail at once.
pub fn check_refused(cases: Vec<(&str, String, Expect)>) {
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
