//! The example plan: Stride & Co., an online retailer of sustainable running shoes (seed 002),
//! with every part filled in, so a newcomer sees a finished plan at once.
//!
//! Longer than 500 lines because it is the example plan written out, one command per line: data,
//! not logic.
//!
//! The words come from the example's translation file (`i18n/examples/<tag>.ftl`, fetched only
//! when the example is opened) through `t`; the structure, ratings and links are here, so
//! every language gets the same plan. It is always built as a new plan with a new id: opening
//! the example never touches the user's own plans.

use crate::domain::board::{BoardKind, Column, Confidence, RatingField};
use crate::domain::core::ids::{CardId, PlanId, StrategyId, Timestamp};
use crate::domain::core::locale::Locale;
use crate::domain::core::money::Currency;
use crate::domain::health::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use crate::domain::plan::Plan;
use crate::domain::{apply, Applied, Command};
use crate::domain::{
    BoardCommand, CreativeCommand, EngagementCommand, HealthCommand, JourneyCommand,
    ObjectivesCommand, PlanCommand,
};

/// The health-check answers: prompt key, rating (0 = "don't know"), where it comes from.
const ANSWERS: &[(&str, u8, EvidenceKind)] = &[
    ("customer-segments", 4, EvidenceKind::Data),
    ("customer-awareness", 2, EvidenceKind::Research),
    ("customer-reputation", 3, EvidenceKind::Data),
    ("customer-competition", 2, EvidenceKind::Research),
    ("business-strategy", 4, EvidenceKind::Opinion),
    ("business-positioning", 3, EvidenceKind::Research),
    ("business-partners", 2, EvidenceKind::Data),
    ("business-identity", 3, EvidenceKind::Data),
    ("external-consumers", 3, EvidenceKind::Research),
    ("external-media", 2, EvidenceKind::Data),
    ("external-affiliates", 0, EvidenceKind::Data),
    ("external-environment", 3, EvidenceKind::Research),
    ("internal-budget", 2, EvidenceKind::Data),
    ("internal-culture", 5, EvidenceKind::Data),
    ("internal-expertise", 2, EvidenceKind::Opinion),
    ("internal-capacity", 3, EvidenceKind::Data),
];

/// Answers already taken to the SWOT, and where they went.
const TO_SWOT: &[(&str, Column)] = &[
    ("internal-culture", Column::Strengths),
    ("business-strategy", Column::Strengths),
    ("internal-expertise", Column::Weaknesses),
    ("internal-budget", Column::Weaknesses),
    ("external-environment", Column::Threats),
    ("customer-competition", Column::Threats),
    ("customer-segments", Column::Opportunities),
];

/// Builds the example as a new plan `id`, created at `at`, its content in `locale`, its texts
/// looked up by message id through `t`.
pub fn build(id: PlanId, at: Timestamp, locale: Locale, t: &dyn Fn(&str) -> String) -> Plan {
    let mut plan = Plan::new(id, &t("ex-name"), "Example", locale, at);
    let mut commands = vec![
        Command::Plan(PlanCommand::SetDescription {
            text: t("ex-description"),
        }),
        // A UK shop: pounds, the founders, one marketer and three in customer service, and
        // the year's £40,000 (ex-res-budget-have), which the best scenario goes over.
        Command::Plan(PlanCommand::SetCurrency {
            currency: Currency::parse("GBP"),
        }),
        Command::Health(HealthCommand::SetTeamSize { people: Some(6) }),
        Command::Health(HealthCommand::SetBudget {
            cents: Some(4_000_000),
        }),
        Command::Health(HealthCommand::SetStartText {
            field: StartField::Now,
            text: t("ex-start-now"),
        }),
        Command::Health(HealthCommand::SetStartText {
            field: StartField::Goal,
            text: t("ex-start-goal"),
        }),
        Command::Health(HealthCommand::SetStartText {
            field: StartField::FutureState,
            text: t("ex-start-future"),
        }),
        Command::Health(HealthCommand::SetGoalScope {
            scope: Some(GoalScope::Annual),
        }),
    ];
    for kind in ResourceKind::ALL {
        for gap in [false, true] {
            let part = if gap { "gap" } else { "have" };
            commands.push(Command::Health(HealthCommand::SetResource {
                kind,
                gap,
                text: t(&format!("ex-res-{}-{part}", kind.key())),
            }));
        }
    }
    for (key, rating, evidence) in ANSWERS {
        let prompt = (*key).to_owned();
        commands.push(Command::Health(HealthCommand::SetAnswer {
            prompt: prompt.clone(),
            text: t(&format!("ex-{key}")),
        }));
        commands.push(Command::Health(HealthCommand::SetRating {
            prompt: prompt.clone(),
            rating: if *rating == 0 {
                Some(Rating::DontKnow)
            } else {
                Rating::score(*rating)
            },
        }));
        commands.push(Command::Health(HealthCommand::SetEvidenceKind {
            prompt: prompt.clone(),
            kind: Some(*evidence),
        }));
        commands.push(Command::Health(HealthCommand::SetEvidence {
            prompt,
            text: t(&format!("ex-{key}-evidence")),
        }));
    }
    for (n, (key, column)) in TO_SWOT.iter().enumerate() {
        commands.push(Command::SendToSwot {
            prompt: (*key).to_owned(),
            column: *column,
            card: CardId::generate(at, n as u64 + 1),
        });
    }
    // Cards typed on the boards: (message, column, weight or impact, likelihood, evidence?).
    let typed: &[(&str, Column, u8, u8, bool)] = &[
        ("ex-swot-s1", Column::Strengths, 4, 0, true),
        ("ex-swot-w1", Column::Weaknesses, 3, 0, true),
        ("ex-swot-o1", Column::Opportunities, 4, 0, false),
        ("ex-swot-o2", Column::Opportunities, 3, 0, true),
        ("ex-swot-t1", Column::Threats, 4, 0, false),
        ("ex-pestle-political", Column::Political, 2, 2, false),
        ("ex-pestle-economic", Column::Economic, 4, 5, true),
        ("ex-pestle-social", Column::Social, 4, 4, true),
        (
            "ex-pestle-technological",
            Column::Technological,
            2,
            3,
            false,
        ),
        ("ex-pestle-legal", Column::Legal, 5, 4, true),
        (
            "ex-pestle-environmental",
            Column::Environmental,
            3,
            3,
            false,
        ),
    ];
    for (n, (key, column, a, b, evidence)) in typed.iter().enumerate() {
        let board = column.board();
        let id = CardId::generate(at, 20 + n as u64);
        commands.push(Command::Board(BoardCommand::AddCard {
            board,
            id: id.clone(),
            column: *column,
            text: t(key),
        }));
        let ratings: &[(RatingField, u8)] = match board {
            BoardKind::Swot => &[(RatingField::Weight, *a)],
            BoardKind::Pestle => &[(RatingField::Impact, *a), (RatingField::Likelihood, *b)],
        };
        for (field, value) in ratings {
            commands.push(Command::Board(BoardCommand::SetCardRating {
                board,
                id: id.clone(),
                field: *field,
                value: Some(*value),
            }));
        }
        commands.push(Command::Board(BoardCommand::SetCardConfidence {
            board,
            id,
            confidence: Some(if *evidence {
                Confidence::Evidence
            } else {
                Confidence::Assumption
            }),
        }));
    }
    // TOWS strategies on those cards: (message, internal card, external card), by the
    // numbers the cards were made with (1–7 from the health check, 20– typed).
    for (n, (key, internal, external)) in [
        ("ex-tows-so", 2, 22),
        ("ex-tows-st", 20, 24),
        ("ex-tows-wo", 21, 22),
        ("ex-tows-wt", 4, 6),
    ]
    .into_iter()
    .enumerate()
    {
        commands.push(Command::Board(BoardCommand::AddStrategy {
            id: StrategyId::generate(at, n as u64 + 1),
            internal: CardId::generate(at, internal),
            external: CardId::generate(at, external),
            text: t(key),
        }));
    }
    journey_commands(&mut commands, at, t);
    planning_commands(&mut commands, at, t);
    commands.push(Command::Health(HealthCommand::GoToStep {
        step: Step::Summary,
    }));
    for command in commands {
        // Every command is valid for the texts the files hold; a text a translation made too
        // long is left out rather than breaking the example.
        if let Ok(Applied::Changed(next)) = apply(&plan, command, at) {
            plan = next;
        }
    }
    plan
}

/// Anna and Lars on the default journey, their touchpoints, and seed 004's path of Lars.
fn journey_commands(commands: &mut Vec<Command>, at: Timestamp, t: &dyn Fn(&str) -> String) {
    use crate::domain::core::channel::{Channel, Media, Ownership, Role};
    use crate::domain::core::ids::{PathStepId, PersonaId, StageId, TouchpointId};
    use crate::domain::journey::{Lane, PersonaField, Template};
    let stage = |n: u64| StageId::generate(at, n);
    commands.push(Command::Journey(JourneyCommand::UseStageTemplate {
        template: Template::Default,
        ids: (0..6).map(stage).collect(),
    }));
    const STAGES: [&str; 6] = [
        "awareness",
        "consideration",
        "decision",
        "purchase",
        "retention",
        "advocacy",
    ];
    let fields = [
        (PersonaField::Segment, "segment"),
        (PersonaField::LifeStage, "life-stage"),
        (PersonaField::Goals, "goals"),
        (PersonaField::Needs, "needs"),
        (PersonaField::Pains, "pains"),
        (PersonaField::Places, "places"),
    ];
    let lanes = [
        (Lane::Goal, "goal"),
        (Lane::Message, "message"),
        (Lane::When, "when"),
        (Lane::Why, "why"),
        (Lane::Thoughts, "thoughts"),
        (Lane::Friction, "friction"),
        (Lane::Opportunities, "opportunities"),
        (Lane::Kpi, "kpi"),
    ];
    // (who, media, emotions per stage, touchpoints: stage, channel, ownership, role)
    type Tp = (u64, Channel, Ownership, Role);
    type Person<'a> = (&'a str, &'a [Media], [i8; 6], &'a [Tp]);
    let people: [Person; 2] = [
        (
            "anna",
            &[Media::Images, Media::Video],
            [0, 1, -1, 1, 2, 1],
            &[
                (0, Channel::Social, Ownership::Paid, Role::Discoverer),
                (0, Channel::OnlineVideo, Ownership::Paid, Role::Discoverer),
                (1, Channel::ReviewSites, Ownership::Earned, Role::Both),
                (2, Channel::Search, Ownership::Paid, Role::GoalScorer),
                (3, Channel::Website, Ownership::Owned, Role::GoalScorer),
                (4, Channel::Email, Ownership::Owned, Role::Both),
                (5, Channel::Custom, Ownership::Earned, Role::Discoverer),
            ],
        ),
        (
            "lars",
            &[Media::Text],
            [0, 1, 1, 2, 1, 0],
            &[
                (0, Channel::Sms, Ownership::Owned, Role::Discoverer),
                (0, Channel::Outdoor, Ownership::Paid, Role::Discoverer),
                (1, Channel::Social, Ownership::Paid, Role::Discoverer),
                (3, Channel::Search, Ownership::Paid, Role::GoalScorer),
            ],
        ),
    ];
    for (n, (who, media, emotions, touchpoints)) in people.iter().enumerate() {
        let persona = PersonaId::generate(at, n as u64 + 1);
        commands.push(Command::Journey(JourneyCommand::AddPersona {
            id: persona.clone(),
            name: t(&format!("ex-{who}-name")),
        }));
        for (field, key) in fields {
            commands.push(Command::Journey(JourneyCommand::SetPersonaField {
                id: persona.clone(),
                field,
                text: t(&format!("ex-{who}-{key}")),
            }));
        }
        for medium in media.iter() {
            commands.push(Command::Journey(JourneyCommand::SetPersonaMedia {
                id: persona.clone(),
                medium: *medium,
                on: true,
            }));
        }
        for (s, name) in STAGES.iter().enumerate() {
            for (lane, key) in lanes {
                let id = format!("ex-{who}-{name}-{key}");
                let text = t(&id);
                // Only the lanes the example file fills (a missing message comes back as
                // its own id).
                if text != id {
                    commands.push(Command::Journey(JourneyCommand::SetLane {
                        persona: persona.clone(),
                        stage: stage(s as u64),
                        lane,
                        text,
                    }));
                }
            }
            commands.push(Command::Journey(JourneyCommand::SetEmotion {
                persona: persona.clone(),
                stage: stage(s as u64),
                value: Some(emotions[s]),
            }));
        }
        for (k, (s, channel, ownership, role)) in touchpoints.iter().enumerate() {
            let id = TouchpointId::generate(at, (n as u64 + 1) * 100 + k as u64);
            let note = t(&format!("ex-tp-{who}-{}", k + 1));
            let custom = if *channel == Channel::Custom {
                note.clone()
            } else {
                String::new()
            };
            commands.push(Command::Journey(JourneyCommand::AddTouchpoint {
                persona: persona.clone(),
                stage: stage(*s),
                id: id.clone(),
                channel: *channel,
                custom: String::new(),
            }));
            commands.push(Command::Journey(JourneyCommand::SetTouchpoint {
                persona: persona.clone(),
                id,
                channel: *channel,
                custom,
                ownership: *ownership,
                role: *role,
                note,
            }));
        }
    }
    for (k, (channel, days)) in [
        (Channel::Social, 6),
        (Channel::Sms, 5),
        (Channel::Social, 4),
        (Channel::Outdoor, 3),
        (Channel::OnlineVideo, 1),
        (Channel::Search, 0),
    ]
    .into_iter()
    .enumerate()
    {
        commands.push(Command::Journey(JourneyCommand::SetPathStep {
            id: PathStepId::generate(at, k as u64 + 1),
            channel,
            custom: String::new(),
            label: t(&format!("ex-path-{}", k + 1)),
            days_before: days,
        }));
    }
    commands.push(Command::Journey(JourneyCommand::SetConversionValue {
        cents: 24_900,
    }));
}

/// The seed's two objectives with KPIs and readings, the creative idea, the engagement
/// strategy with budgets, the 4Ps and two reviews. The campaign runs for 90 days around
/// the day the example is opened, so its monitoring has something to show.
fn planning_commands(commands: &mut Vec<Command>, at: Timestamp, t: &dyn Fn(&str) -> String) {
    use crate::domain::core::channel::{Channel, Ownership, Role};
    use crate::domain::core::date::Date;
    use crate::domain::core::ids::{KpiId, ObjectiveId, ReadingId, ReviewId, TacticId};
    use crate::domain::creative::{CreativeField, P};
    use crate::domain::engagement::TacticText;
    use crate::domain::objectives::monitor::{Scope, Source};
    use crate::domain::objectives::{Frequency, KpiLevel, Link, ObjectiveText};
    let today = Date::from_millis(at.0);
    let day = |offset: i32| Date(today.0 + offset);
    let objective = |n: u64| ObjectiveId::generate(at, n);
    // (n, baseline, target, frequency, readings by day offset)
    type Goal<'a> = (u64, f64, f64, Frequency, &'a [(i32, f64)]);
    let objectives: [Goal; 2] = [
        (
            1,
            10_000.0,
            12_000.0,
            Frequency::Weekly,
            &[
                (-45, 10_000.0),
                (-30, 10_400.0),
                (-15, 10_700.0),
                (-2, 10_850.0),
            ],
        ),
        (
            2,
            2_000.0,
            2_200.0,
            Frequency::Daily,
            &[(-45, 2_000.0), (-20, 2_060.0), (-3, 2_130.0)],
        ),
    ];
    for (n, baseline, target, frequency, readings) in objectives {
        let id = objective(n);
        let key = format!("ex-obj-{n}");
        commands.push(Command::Objectives(ObjectivesCommand::AddObjective {
            id: id.clone(),
            statement: t(&key),
        }));
        for (field, suffix) in [
            (ObjectiveText::Metric, "metric"),
            (ObjectiveText::Unit, "unit"),
            (ObjectiveText::Audience, "audience"),
            (ObjectiveText::Measured, "measured"),
            (ObjectiveText::Manager, "manager"),
        ] {
            commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveText {
                id: id.clone(),
                field,
                text: t(&format!("{key}-{suffix}")),
            }));
        }
        commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
            id: id.clone(),
            target: false,
            value: Some(baseline),
        }));
        commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
            id: id.clone(),
            target: true,
            value: Some(target),
        }));
        commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveDate {
            id: id.clone(),
            deadline: false,
            date: Some(day(-45)),
        }));
        commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveDate {
            id: id.clone(),
            deadline: true,
            date: Some(day(45)),
        }));
        commands.push(Command::Objectives(
            ObjectivesCommand::SetObjectiveFrequency {
                id: id.clone(),
                frequency: Some(frequency),
            },
        ));
        for (k, (offset, value)) in readings.iter().enumerate() {
            commands.push(Command::Objectives(ObjectivesCommand::AddReading {
                objective: id.clone(),
                id: ReadingId::generate(at, n * 10 + k as u64),
                date: day(*offset),
                value: *value,
            }));
        }
        if n == 1 {
            // The brand objective answers the awareness finding and the running-club opportunity.
            commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveLink {
                id: id.clone(),
                link: Link::Prompt("customer-awareness".into()),
                on: true,
            }));
            commands.push(Command::Objectives(ObjectivesCommand::SetObjectiveLink {
                id: id.clone(),
                link: Link::Card(CardId::generate(at, 22)),
                on: true,
            }));
        }
    }
    for (n, level, objective, channel) in [
        (1, KpiLevel::Specialist, 1, Some(Channel::Search)),
        (2, KpiLevel::Specialist, 1, Some(Channel::Social)),
        (3, KpiLevel::Manager, 2, None),
        (4, KpiLevel::Manager, 2, None),
        (5, KpiLevel::Management, 2, None),
    ] {
        commands.push(Command::Objectives(ObjectivesCommand::SetKpi {
            id: KpiId::generate(at, n),
            name: t(&format!("ex-kpi-{n}")),
            level,
            objective: Some(ObjectiveId::generate(at, objective)),
            channel,
            target: None,
            unit: String::new(),
        }));
    }
    for field in CreativeField::ALL {
        commands.push(Command::Creative(CreativeCommand::SetCreativeText {
            field,
            text: t(&format!("ex-creative-{}", field.key())),
        }));
    }
    commands.push(Command::Creative(CreativeCommand::SetCreativeLink {
        link: Link::Card(CardId::generate(at, 20)),
        on: true,
    }));
    commands.push(Command::Creative(CreativeCommand::SetCreativeLink {
        link: Link::Strategy(StrategyId::generate(at, 2)),
        on: true,
    }));
    commands.push(Command::Engagement(EngagementCommand::SetAudience {
        justification: false,
        text: t("ex-audience"),
    }));
    commands.push(Command::Engagement(EngagementCommand::SetAudience {
        justification: true,
        text: t("ex-audience-why"),
    }));
    // (n, channel, ownership, role, plan, why, measure, manage, budgets in pounds, objectives)
    type Play<'a> = (
        u64,
        Channel,
        Ownership,
        Role,
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        [u64; 3],
        &'a [u64],
    );
    let tactics: [Play; 5] = [
        (
            1,
            Channel::Social,
            Ownership::Paid,
            Role::Discoverer,
            "ex-tactic-social",
            "ex-tactic-social-why",
            "ex-measure-reach",
            "ex-manage-agency",
            [8_000, 12_000, 18_000],
            &[1],
        ),
        (
            2,
            Channel::OnlineVideo,
            Ownership::Paid,
            Role::Discoverer,
            "ex-tactic-video",
            "",
            "ex-measure-reach",
            "ex-manage-agency",
            [0, 5_000, 9_000],
            &[1],
        ),
        (
            3,
            Channel::Search,
            Ownership::Paid,
            Role::GoalScorer,
            "ex-tactic-search",
            "ex-tactic-search-why",
            "ex-measure-cpa",
            "ex-manage-agency",
            [15_000, 16_000, 18_000],
            &[2],
        ),
        (
            4,
            Channel::Email,
            Ownership::Owned,
            Role::Both,
            "ex-tactic-email",
            "",
            "ex-measure-cpa",
            "ex-manage-marketing",
            [2_000, 2_500, 3_000],
            &[2],
        ),
        (
            5,
            Channel::Affiliates,
            Ownership::Earned,
            Role::Discoverer,
            "ex-tactic-club",
            "",
            "ex-measure-reach",
            "ex-manage-marketing",
            [1_000, 2_500, 4_000],
            &[1, 2],
        ),
    ];
    for (n, channel, ownership, role, plan, why, measure, manage, budget, serves) in tactics {
        let id = TacticId::generate(at, n);
        commands.push(Command::Engagement(EngagementCommand::AddTactic {
            id: id.clone(),
            channel,
        }));
        commands.push(Command::Engagement(EngagementCommand::SetTacticChannel {
            id: id.clone(),
            channel,
            custom: String::new(),
            ownership,
            role,
        }));
        for (field, key) in [
            (TacticText::Plan, plan),
            (TacticText::Justification, why),
            (TacticText::Measure, measure),
            (TacticText::Manage, manage),
        ] {
            if !key.is_empty() {
                commands.push(Command::Engagement(EngagementCommand::SetTacticText {
                    id: id.clone(),
                    field,
                    text: t(key),
                }));
            }
        }
        commands.push(Command::Engagement(EngagementCommand::SetTacticText {
            id: id.clone(),
            field: TacticText::Monitor,
            text: t("ex-monitor-weekly"),
        }));
        for (scenario, pounds) in budget.iter().enumerate() {
            commands.push(Command::Engagement(EngagementCommand::SetTacticBudget {
                id: id.clone(),
                scenario,
                cents: pounds * 100,
            }));
        }
        for o in serves {
            commands.push(Command::Engagement(EngagementCommand::SetTacticObjective {
                id: id.clone(),
                objective: objective(*o),
                on: true,
            }));
        }
    }
    for p in P::ALL {
        commands.push(Command::Creative(CreativeCommand::SetMix {
            p,
            decisions: false,
            text: t(&format!("ex-mix-{}", p.key())),
        }));
        commands.push(Command::Creative(CreativeCommand::SetMix {
            p,
            decisions: true,
            text: t(&format!("ex-mix-{}-decision", p.key())),
        }));
    }
    for (n, offset, source, scope) in [
        (1, -20, Source::Sales, Scope::Tactical),
        (2, -5, Source::Data, Scope::Systemic),
    ] {
        commands.push(Command::Objectives(ObjectivesCommand::SetReview {
            id: ReviewId::generate(at, n),
            date: day(offset),
            learned: t(&format!("ex-review-{n}")),
            source,
            scope,
            change: t(&format!("ex-review-{n}-change")),
        }));
    }
}
