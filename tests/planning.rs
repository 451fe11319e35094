//! Native tests of the planning sections: the SMART check, KPI checks, budgets and
//! scenarios, the monitoring status rules (with their edge cases), and links that never
//! dangle.

// Amounts in cents are written pounds_pence (10_000_00 is £10,000.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use waymark::domain::board::{BoardKind, Column};
use waymark::domain::core::channel::{Channel, Ownership, Role};
use waymark::domain::core::date::Date;
use waymark::domain::core::ids::{KpiId, ObjectiveId, ReadingId, ReviewId, TacticId};
use waymark::domain::core::money::Currency;
use waymark::domain::creative::{CreativeField, P};
use waymark::domain::document::schema;
use waymark::domain::engagement::{
    by_channel, by_ownership, over_budget, scenario_totals, Scenario, MAX_BUDGET_CENTS,
};
use waymark::domain::objectives::monitor::{path_value, status, Scope, Source, Status};
use waymark::domain::objectives::{
    kpi_checks, smart, Frequency, KpiCheck, KpiLevel, Link, ObjectiveText, Verdict,
};
use waymark::domain::{apply, CardId, Command, DomainError, Plan, Timestamp};
use waymark::domain::{
    BoardCommand, CreativeCommand, EngagementCommand, HealthCommand, JourneyCommand,
    ObjectivesCommand, PlanCommand,
};

fn plan() -> Plan {
    common::plan("Plan", 9)
}

fn ok(plan: &Plan, command: Command) -> Plan {
    common::changed(plan, command, Timestamp(3_000))
}

fn run(plan: &Plan, commands: Vec<Command>) -> Plan {
    common::run_at(plan, commands, Timestamp(3_000))
}

fn oid(n: u64) -> ObjectiveId {
    ObjectiveId::generate(Timestamp(2_000), n)
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("date")
}

fn text(field: ObjectiveText, text: &str) -> Command {
    Command::Objectives(ObjectivesCommand::SetObjectiveText {
        id: oid(1),
        field,
        text: text.into(),
    })
}

/// The seed's brand objective, complete.
fn brand() -> Plan {
    run(
        &plan(),
        vec![
            Command::Objectives(ObjectivesCommand::AddObjective {
                id: oid(1),
                statement: "Raise brand visibility for Product X".into(),
            }),
            text(ObjectiveText::Metric, "Brand searches a month"),
            text(ObjectiveText::Audience, "UK, 18–35-year-olds"),
            text(ObjectiveText::Measured, "Web analytics and a survey"),
            text(ObjectiveText::Manager, "The marketing team"),
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: oid(1),
                target: false,
                value: Some(10_000.0),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: oid(1),
                target: true,
                value: Some(12_000.0),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveDate {
                id: oid(1),
                deadline: false,
                date: Some(date("2027-04-01")),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveDate {
                id: oid(1),
                deadline: true,
                date: Some(date("2027-06-30")),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveFrequency {
                id: oid(1),
                frequency: Some(Frequency::Weekly),
            }),
        ],
    )
}

#[test]
fn the_smart_check_passes_a_complete_objective() {
    let p = brand();
    let o = p.objectives.objective(&oid(1)).expect("objective");
    assert_eq!(smart(o), [Verdict::Met; 5]);
}

/// A change to an objective.
type Change = Box<dyn Fn(&mut waymark::domain::objectives::Objective)>;

#[test]
fn the_smart_check_says_letter_by_letter_what_is_missing() {
    let p = brand();
    let o = || p.objectives.objective(&oid(1)).expect("o").clone();
    let cases: Vec<(Change, usize, Verdict)> = vec![
        (
            Box::new(|o| o.audience.clear()),
            0,
            Verdict::Missing("no-audience"),
        ),
        (
            Box::new(|o| o.target = None),
            1,
            Verdict::Missing("no-number"),
        ),
        (
            Box::new(|o| o.metric.clear()),
            1,
            Verdict::Missing("no-metric"),
        ),
        (
            Box::new(|o| o.measured.clear()),
            1,
            Verdict::Missing("no-measure"),
        ),
        (
            Box::new(|o| o.baseline = None),
            2,
            Verdict::Missing("no-baseline"),
        ),
        (
            Box::new(|o| o.manager.clear()),
            2,
            Verdict::Missing("no-manager"),
        ),
        (
            Box::new(|o| o.deadline = None),
            4,
            Verdict::Missing("no-deadline"),
        ),
        (
            Box::new(|o| o.monitored = None),
            4,
            Verdict::Missing("no-frequency"),
        ),
        (
            Box::new(|o| o.deadline = Date::parse("2027-03-01")),
            4,
            Verdict::Missing("deadline-before-start"),
        ),
        (
            Box::new(|o| o.deadline = None),
            3,
            Verdict::Missing("no-path"),
        ),
        // Doubling in three months is far above the baseline in a short time.
        (
            Box::new(|o| o.target = Some(20_000.0)),
            3,
            Verdict::Question("too-fast"),
        ),
        (
            Box::new(|o| o.baseline = Some(0.0)),
            3,
            Verdict::Question("too-fast"),
        ),
    ];
    for (change, letter, verdict) in cases {
        let mut objective = o();
        change(&mut objective);
        assert_eq!(
            smart(&objective)[letter],
            verdict,
            "{}",
            ['S', 'M', 'A', 'R', 'T'][letter]
        );
    }
    // A slow, long objective is realistic; so is one that keeps a level.
    let mut slow = o();
    slow.target = Some(13_000.0);
    slow.deadline = Date::parse("2028-03-31");
    assert_eq!(smart(&slow)[3], Verdict::Met);
    let mut keep = o();
    keep.baseline = Some(0.0);
    keep.target = Some(0.0);
    assert_eq!(smart(&keep)[3], Verdict::Met);
}

#[test]
fn objective_commands_refuse_bad_values() {
    let p = brand();
    for (command, error) in [
        (
            Command::Objectives(ObjectivesCommand::AddObjective {
                id: oid(2),
                statement: "  ".into(),
            }),
            DomainError::EmptyText,
        ),
        (
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: oid(1),
                target: true,
                value: Some(f64::NAN),
            }),
            DomainError::OutOfRange {
                min: -1_000_000_000_000_000,
                max: 1_000_000_000_000_000,
            },
        ),
        (
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: oid(1),
                target: true,
                value: Some(1e300),
            }),
            DomainError::OutOfRange {
                min: -1_000_000_000_000_000,
                max: 1_000_000_000_000_000,
            },
        ),
        (
            Command::Objectives(ObjectivesCommand::SetObjectiveText {
                id: oid(9),
                field: ObjectiveText::Unit,
                text: "%".into(),
            }),
            DomainError::UnknownItem,
        ),
        (
            Command::Objectives(ObjectivesCommand::SetObjectiveLink {
                id: oid(1),
                link: Link::Card(CardId::generate(Timestamp(1), 1)),
                on: true,
            }),
            DomainError::UnknownItem,
        ),
        (
            Command::Objectives(ObjectivesCommand::SetObjectiveLink {
                id: oid(1),
                link: Link::Prompt("nope".into()),
                on: true,
            }),
            DomainError::UnknownItem,
        ),
    ] {
        assert_eq!(
            apply(&p, command.clone(), Timestamp(9)),
            Err(error),
            "{command:?}"
        );
    }
}

fn kpi(n: u64, objective: Option<ObjectiveId>) -> Command {
    Command::Objectives(ObjectivesCommand::SetKpi {
        id: KpiId::generate(Timestamp(2_000), n),
        name: format!("KPI {n}"),
        level: KpiLevel::Specialist,
        objective,
        channel: Some(Channel::Search),
        target: Some(3.5),
        unit: "%".into(),
    })
}

#[test]
fn kpi_checks_find_objectives_without_kpis_and_kpi_overload() {
    let p = run(
        &brand(),
        vec![Command::Objectives(ObjectivesCommand::AddObjective {
            id: oid(2),
            statement: "Sell 10% more".into(),
        })],
    );
    let found = kpi_checks(&p.objectives);
    assert_eq!(
        found,
        vec![KpiCheck::NoKpi(oid(1)), KpiCheck::NoKpi(oid(2))]
    );
    let p = run(
        &p,
        (1..=6)
            .map(|n| kpi(n, Some(oid(1))))
            .chain([kpi(7, Some(oid(2)))])
            .collect(),
    );
    let levels = [
        KpiCheck::NoLevel(KpiLevel::Manager),
        KpiCheck::NoLevel(KpiLevel::Management),
    ];
    assert_eq!(
        kpi_checks(&p.objectives),
        [vec![KpiCheck::Overload(oid(1))], levels.to_vec()].concat()
    );
    let p = ok(
        &p,
        Command::Objectives(ObjectivesCommand::DeleteKpi {
            id: KpiId::generate(Timestamp(2_000), 6),
        }),
    );
    assert_eq!(kpi_checks(&p.objectives), levels, "five is not overload");
    assert_eq!(p.objectives.kpis_of(&oid(1)).count(), 5);
    assert_eq!(
        apply(&p, kpi(8, Some(oid(9))), Timestamp(9)),
        Err(DomainError::UnknownItem),
        "a KPI serves an objective that exists"
    );
}

fn tactic(n: u64, channel: Channel) -> TacticId {
    let _ = channel;
    TacticId::generate(Timestamp(2_000), n)
}

#[test]
fn budgets_add_up_by_channel_by_ownership_and_by_scenario() {
    let budget = |n: u64, scenario: usize, cents: u64| {
        Command::Engagement(EngagementCommand::SetTacticBudget {
            id: tactic(n, Channel::Search),
            scenario,
            cents,
        })
    };
    let p = run(
        &plan(),
        vec![
            Command::Engagement(EngagementCommand::AddTactic {
                id: tactic(1, Channel::Search),
                channel: Channel::Search,
            }),
            Command::Engagement(EngagementCommand::AddTactic {
                id: tactic(2, Channel::Social),
                channel: Channel::Social,
            }),
            Command::Engagement(EngagementCommand::AddTactic {
                id: tactic(3, Channel::Search),
                channel: Channel::Search,
            }),
            Command::Engagement(EngagementCommand::AddTactic {
                id: tactic(4, Channel::Email),
                channel: Channel::Email,
            }),
            budget(1, 0, 10_000_00),
            budget(1, 1, 15_000_00),
            budget(1, 2, 20_000_00),
            budget(2, 0, 5_000_00),
            budget(2, 2, 12_000_00),
            budget(3, 1, 2_000_00),
            budget(4, 0, 1_000_00),
            budget(4, 1, 1_000_00),
            budget(4, 2, 1_000_00),
            Command::Engagement(EngagementCommand::SetTacticChannel {
                id: tactic(2, Channel::Social),
                channel: Channel::Social,
                custom: String::new(),
                ownership: Ownership::Earned,
                role: Role::Discoverer,
            }),
        ],
    );
    assert_eq!(
        scenario_totals(&p.engagement),
        [16_000_00, 18_000_00, 33_000_00]
    );
    let channels = by_channel(&p.engagement);
    assert_eq!(
        channels[0],
        (
            Channel::Search,
            String::new(),
            [10_000_00, 17_000_00, 20_000_00]
        )
    );
    assert_eq!(channels.len(), 3, "search's two tactics add up");
    let own = by_ownership(&p.engagement);
    assert_eq!(own[0], [10_000_00, 17_000_00, 20_000_00], "paid: search");
    assert_eq!(own[1], [1_000_00, 1_000_00, 1_000_00], "owned: email");
    assert_eq!(own[2], [5_000_00, 0, 12_000_00], "earned: social, changed");
    assert_eq!(
        apply(&p, budget(1, 3, 1), Timestamp(9)),
        Err(DomainError::OutOfRange { min: 0, max: 2 }),
        "three scenarios only"
    );

    // The health check's budget: a scenario over it is named with its total, one at it is not.
    assert_eq!(
        over_budget(&p.engagement, p.health.start.budget_cents),
        vec![]
    );
    let set = |cents: Option<u64>| Command::Health(HealthCommand::SetBudget { cents });
    let limited = run(&p, vec![set(Some(18_000_00))]);
    assert_eq!(limited.health.start.budget_cents, Some(18_000_00));
    assert_eq!(
        over_budget(&limited.engagement, limited.health.start.budget_cents),
        vec![(Scenario::Best, 33_000_00)],
        "better is exactly at the budget: no warning"
    );
    let tight = run(&p, vec![set(Some(10_000_00))]);
    assert_eq!(
        over_budget(&tight.engagement, tight.health.start.budget_cents),
        vec![
            (Scenario::Good, 16_000_00),
            (Scenario::Better, 18_000_00),
            (Scenario::Best, 33_000_00)
        ]
    );
    let cleared = run(&tight, vec![set(None)]);
    assert_eq!(
        over_budget(&cleared.engagement, cleared.health.start.budget_cents),
        vec![]
    );
    assert_eq!(
        apply(&p, set(Some(MAX_BUDGET_CENTS + 1)), Timestamp(9)),
        Err(DomainError::amount_over(MAX_BUDGET_CENTS))
    );
}

#[test]
fn the_plan_has_one_currency_kept_through_a_save() {
    let sek = Currency::parse("SEK");
    let p = run(
        &plan(),
        vec![Command::Plan(PlanCommand::SetCurrency { currency: sek })],
    );
    assert_eq!(p.meta.currency, sek);
    let text = schema::encode(&p).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains(r#""currency":"SEK""#), "{text}");
    let back = schema::decode(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.plan.meta.currency, sek);
    // A plan without one writes nothing (older builds read it as before); a bad code is refused.
    let none = schema::encode(&plan()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!none.contains("currency"), "{none}");
    // A malformed code is read as none: the plan itself stays readable.
    for bad in [
        r#""currency":"sek""#,
        r#""currency":42"#,
        r#""currency":null"#,
    ] {
        let text = text.replace(r#""currency":"SEK""#, bad);
        let back = schema::decode(&text).unwrap_or_else(|e| panic!("{bad}: {e}"));
        assert_eq!(back.plan.meta.currency, None, "{bad}");
    }
}

fn reading(n: u64, day: &str, value: f64) -> Command {
    Command::Objectives(ObjectivesCommand::AddReading {
        objective: oid(1),
        id: ReadingId::generate(Timestamp(2_000), n),
        date: date(day),
        value,
    })
}

#[test]
fn the_status_follows_the_straight_line_to_the_target() {
    let p = brand(); // 10,000 → 12,000 from 1 April to 30 June (90 days).
    let today = date("2027-05-16");
    assert_eq!(
        status(p.objectives.objective(&oid(1)).expect("o"), today).status,
        Status::NoReadings
    );
    assert!(
        (path_value(
            10_000.0,
            12_000.0,
            date("2027-04-01"),
            date("2027-06-30"),
            date("2027-05-16")
        ) - 11_000.0)
            .abs()
            < 1e-9
    );
    // With the words that explain each: going the wrong way is said as such, not as
    // "only -50% of the progress" (issue 14).
    let cases = [
        (
            11_000.0,
            Status::OnTrack,
            "status-on-track-rule",
            "exactly on the line",
        ),
        (
            10_920.0,
            Status::OnTrack,
            "status-on-track-rule",
            "92% of the way expected",
        ),
        (10_800.0, Status::AtRisk, "status-at-risk-rule", "80%"),
        (10_500.0, Status::OffTrack, "status-off-track-rule", "50%"),
        (
            9_500.0,
            Status::OffTrack,
            "status-backwards-rule",
            "going the wrong way",
        ),
        (
            12_100.0,
            Status::Achieved,
            "status-achieved-rule",
            "past the target",
        ),
    ];
    for (value, expected, rule, why) in cases {
        let q = ok(&p, reading(1, "2027-05-16", value));
        let a = status(q.objectives.objective(&oid(1)).expect("o"), today);
        assert_eq!((a.status, a.rule_id()), (expected, rule), "{why}");
    }
    // The latest reading counts, whatever order they were recorded in.
    let q = run(
        &p,
        vec![
            reading(2, "2027-05-16", 11_000.0),
            reading(1, "2027-04-20", 10_000.0),
        ],
    );
    assert_eq!(
        status(q.objectives.objective(&oid(1)).expect("o"), today).status,
        Status::OnTrack
    );
}

#[test]
fn status_edge_cases() {
    let p = brand();
    // Target already met at the first reading.
    let met = ok(&p, reading(1, "2027-04-02", 12_500.0));
    assert_eq!(
        status(
            met.objectives.objective(&oid(1)).expect("o"),
            date("2027-04-02")
        )
        .status,
        Status::Achieved
    );
    // Deadline passed without the target.
    let late = ok(&p, reading(1, "2027-06-29", 11_900.0));
    assert_eq!(
        status(
            late.objectives.objective(&oid(1)).expect("o"),
            date("2027-07-01")
        )
        .status,
        Status::Missed
    );
    // On the start day nothing is expected yet: on track.
    let first = ok(&p, reading(1, "2027-04-01", 10_000.0));
    assert_eq!(
        status(
            first.objectives.objective(&oid(1)).expect("o"),
            date("2027-04-01")
        )
        .status,
        Status::OnTrack
    );
    // A target below the baseline (cost per sale down from 20 to 15).
    let down = run(
        &p,
        vec![
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: oid(1),
                target: false,
                value: Some(20.0),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: oid(1),
                target: true,
                value: Some(15.0),
            }),
            reading(1, "2027-05-16", 17.5),
        ],
    );
    assert_eq!(
        status(
            down.objectives.objective(&oid(1)).expect("o"),
            date("2027-05-16")
        )
        .status,
        Status::OnTrack
    );
    let worse = ok(&down, reading(2, "2027-05-17", 21.0));
    assert_eq!(
        status(
            worse.objectives.objective(&oid(1)).expect("o"),
            date("2027-05-17")
        )
        .status,
        Status::OffTrack
    );
    let reached = ok(&down, reading(2, "2027-05-18", 14.0));
    assert_eq!(
        status(
            reached.objectives.objective(&oid(1)).expect("o"),
            date("2027-05-18")
        )
        .status,
        Status::Achieved
    );
    // Without dates or numbers there is nothing to compare with.
    let vague = run(
        &plan(),
        vec![
            Command::Objectives(ObjectivesCommand::AddObjective {
                id: oid(1),
                statement: "Grow".into(),
            }),
            reading(1, "2027-05-16", 1.0),
        ],
    );
    assert_eq!(
        status(
            vague.objectives.objective(&oid(1)).expect("o"),
            date("2027-05-16")
        )
        .status,
        Status::Unknown
    );
}

#[test]
fn links_go_both_ways_and_never_dangle() {
    let card = CardId::generate(Timestamp(5), 5);
    let p = run(
        &brand(),
        vec![
            Command::Board(BoardCommand::AddCard {
                board: BoardKind::Swot,
                id: card.clone(),
                column: Column::Opportunities,
                text: "Runners grow".into(),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveLink {
                id: oid(1),
                link: Link::Card(card.clone()),
                on: true,
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveLink {
                id: oid(1),
                link: Link::Prompt("customer-awareness".into()),
                on: true,
            }),
            Command::Creative(CreativeCommand::SetCreativeLink {
                link: Link::Card(card.clone()),
                on: true,
            }),
            kpi(1, Some(oid(1))),
            Command::Engagement(EngagementCommand::AddTactic {
                id: tactic(1, Channel::Search),
                channel: Channel::Search,
            }),
            Command::Engagement(EngagementCommand::SetTacticObjective {
                id: tactic(1, Channel::Search),
                objective: oid(1),
                on: true,
            }),
        ],
    );
    // From the objective: its KPIs and tactics.
    assert_eq!(p.objectives.kpis_of(&oid(1)).count(), 1);
    assert!(p.engagement.tactics[0].objectives.contains(&oid(1)));
    // Deleting the card removes the links to it.
    let q = ok(
        &p,
        Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: card,
        }),
    );
    assert_eq!(
        q.objectives.objectives[0].links,
        vec![Link::Prompt("customer-awareness".into())]
    );
    assert!(q.creative.links.is_empty());
    waymark::domain::document::validate::plan(&q).expect("valid");
    // Deleting the objective: the KPI and the tactic no longer point at it.
    let r = ok(
        &p,
        Command::Objectives(ObjectivesCommand::DeleteObjective { id: oid(1) }),
    );
    assert_eq!(r.objectives.kpis[0].objective, None);
    assert!(r.engagement.tactics[0].objectives.is_empty());
    waymark::domain::document::validate::plan(&r).expect("valid");
    // A stored plan whose KPI points at a missing objective is refused.
    let text = schema::encode(&p).expect("encode").replace(
        &format!(r#""objective":"{}""#, oid(1)),
        &format!(r#""objective":"{}""#, oid(9)),
    );
    assert!(schema::decode(&text).is_err());
}

#[test]
fn creative_mix_audience_and_reviews_are_kept() {
    let review = ReviewId::generate(Timestamp(2_000), 1);
    let p = run(
        &plan(),
        vec![
            Command::Creative(CreativeCommand::SetCreativeText {
                field: CreativeField::Tagline,
                text: "Made to last".into(),
            }),
            Command::Creative(CreativeCommand::SetMix {
                p: P::Price,
                decisions: true,
                text: "Keep prices; add free repairs".into(),
            }),
            Command::Engagement(EngagementCommand::SetAudience {
                justification: false,
                text: "Runners 18–35".into(),
            }),
            Command::Objectives(ObjectivesCommand::SetReview {
                id: review.clone(),
                date: date("2027-05-01"),
                learned: "Club runners ask for trail shoes".into(),
                source: Source::Sales,
                scope: Scope::Systemic,
                change: "Add a trail model to the launch".into(),
            }),
        ],
    );
    assert_eq!(p.creative.tagline, "Made to last");
    assert_eq!(p.mix.price.decisions, "Keep prices; add free repairs");
    assert_eq!(p.engagement.audience, "Runners 18–35");
    assert_eq!(p.reviews[0].scope, Scope::Systemic);
    let back = schema::decode(&schema::encode(&p).expect("encode")).expect("decode");
    assert_eq!(back.plan, p);
    let p = ok(
        &p,
        Command::Objectives(ObjectivesCommand::DeleteReview { id: review }),
    );
    assert!(p.reviews.is_empty());
}

#[test]
fn a_number_out_of_range_says_the_real_range() {
    use waymark::domain::board::RatingField;
    use waymark::domain::core::ids::PathStepId;
    use waymark::domain::engagement::MAX_BUDGET_CENTS;
    use waymark::domain::journey::attribution::{MAX_DAYS_BEFORE, MAX_VALUE_CENTS};
    let p = run(
        &plan(),
        vec![Command::Engagement(EngagementCommand::AddTactic {
            id: tactic(1, Channel::Search),
            channel: Channel::Search,
        })],
    );
    let refused = |c: Command| match apply(&p, c, Timestamp(9)) {
        Err(e) => e,
        other => panic!("not refused: {other:?}"),
    };
    // A budget and an amount are in whole currency units, up to their real limits.
    let budget = refused(Command::Engagement(EngagementCommand::SetTacticBudget {
        id: tactic(1, Channel::Search),
        scenario: 0,
        cents: MAX_BUDGET_CENTS + 1,
    }));
    assert_eq!(
        budget,
        DomainError::OutOfRange {
            min: 0,
            max: 1_000_000_000
        }
    );
    let value = refused(Command::Journey(JourneyCommand::SetConversionValue {
        cents: MAX_VALUE_CENTS + 1,
    }));
    assert_eq!(
        value,
        DomainError::OutOfRange {
            min: 0,
            max: 10_000_000
        }
    );
    let days = refused(Command::Journey(JourneyCommand::SetPathStep {
        id: PathStepId::generate(Timestamp(2_000), 1),
        channel: Channel::Search,
        custom: String::new(),
        label: String::new(),
        days_before: MAX_DAYS_BEFORE + 1,
    }));
    assert_eq!(days, DomainError::OutOfRange { min: 0, max: 3650 });
    let rating = refused(Command::Board(BoardCommand::SetCardRating {
        board: BoardKind::Swot,
        id: waymark::domain::CardId::generate(Timestamp(2_000), 1),
        field: RatingField::Weight,
        value: Some(6),
    }));
    assert_eq!(rating, DomainError::OutOfRange { min: 1, max: 5 });
    assert_eq!(budget.to_string(), "not between 0 and 1000000000");
}

/// The message says the range it is given, in every language; never "1 to 5" for money.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_out_of_range_message_says_the_range_it_is_given() {
    use waymark::domain::Locale;
    use waymark::i18n::{Arg, Translations};
    let budget = DomainError::OutOfRange {
        min: 0,
        max: 1_000_000_000,
    };
    for locale in Locale::ALL {
        let l = Translations::load(locale);
        let text = l.t_args(
            budget.i18n_key(),
            &[("min", Arg::from("0")), ("max", Arg::from("1,000,000,000"))],
        );
        assert!(
            text.contains("1,000,000,000") && text.contains('0') && !text.contains('5'),
            "{}: {text}",
            locale.tag()
        );
        assert!(!text.contains('{'), "{}: {text}", locale.tag());
    }
}

/// Issue 14: the KPI checks look at the three levels (seed 004), across the plan's objectives:
/// once there are KPIs, each level missing is named, and a KPI that serves no objective does
/// not count.
#[test]
fn kpi_checks_name_each_level_the_plan_does_not_measure() {
    let set = |n: u64, level: KpiLevel, objective: Option<ObjectiveId>| {
        Command::Objectives(ObjectivesCommand::SetKpi {
            id: KpiId::generate(Timestamp(3_000), n),
            name: format!("KPI {n}"),
            level,
            objective,
            channel: None,
            target: None,
            unit: String::new(),
        })
    };
    let p = brand();
    assert_eq!(
        kpi_checks(&p.objectives),
        vec![KpiCheck::NoKpi(oid(1))],
        "no KPI yet: the levels are not asked about"
    );
    let p = run(
        &p,
        vec![
            set(1, KpiLevel::Specialist, Some(oid(1))),
            set(2, KpiLevel::Management, None),
        ],
    );
    assert_eq!(
        kpi_checks(&p.objectives),
        vec![
            KpiCheck::NoLevel(KpiLevel::Manager),
            KpiCheck::NoLevel(KpiLevel::Management),
        ],
        "a loose KPI measures no objective"
    );
    let p = run(
        &p,
        vec![
            set(3, KpiLevel::Manager, Some(oid(1))),
            set(2, KpiLevel::Management, Some(oid(1))),
        ],
    );
    assert!(kpi_checks(&p.objectives).is_empty());
}
