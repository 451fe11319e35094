//! The example plan: Stride & Co., an online retailer of sustainable running shoes (seed 002),
//! with every part filled in, so a newcomer sees a finished plan at once.
//!
//! The words come from the example's translation file (`i18n/examples/<tag>.ftl`, fetched only
//! when the example is opened) through `t`; the structure, ratings and links are here, so
//! every language gets the same plan. It is always built as a new plan with a new id: opening
//! the example never touches the user's own plans.

use super::board::{BoardKind, Column, Confidence, RatingField};
use super::health_check::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use super::ids::{CardId, PlanId, StrategyId, Timestamp};
use super::locale::Locale;
use super::plan::Plan;
use super::{apply, Applied, Command};

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
        Command::SetDescription {
            text: t("ex-description"),
        },
        Command::SetStartText {
            field: StartField::Now,
            text: t("ex-start-now"),
        },
        Command::SetStartText {
            field: StartField::Goal,
            text: t("ex-start-goal"),
        },
        Command::SetStartText {
            field: StartField::FutureState,
            text: t("ex-start-future"),
        },
        Command::SetGoalScope {
            scope: Some(GoalScope::Annual),
        },
    ];
    for kind in ResourceKind::ALL {
        for gap in [false, true] {
            let part = if gap { "gap" } else { "have" };
            commands.push(Command::SetResource {
                kind,
                gap,
                text: t(&format!("ex-res-{}-{part}", kind.key())),
            });
        }
    }
    for (key, rating, evidence) in ANSWERS {
        let prompt = (*key).to_owned();
        commands.push(Command::SetAnswer {
            prompt: prompt.clone(),
            text: t(&format!("ex-{key}")),
        });
        commands.push(Command::SetRating {
            prompt: prompt.clone(),
            rating: if *rating == 0 {
                Some(Rating::DontKnow)
            } else {
                Rating::score(*rating)
            },
        });
        commands.push(Command::SetEvidenceKind {
            prompt: prompt.clone(),
            kind: Some(*evidence),
        });
        commands.push(Command::SetEvidence {
            prompt,
            text: t(&format!("ex-{key}-evidence")),
        });
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
        commands.push(Command::AddCard {
            board,
            id: id.clone(),
            column: *column,
            text: t(key),
        });
        let ratings: &[(RatingField, u8)] = match board {
            BoardKind::Swot => &[(RatingField::Weight, *a)],
            BoardKind::Pestle => &[(RatingField::Impact, *a), (RatingField::Likelihood, *b)],
        };
        for (field, value) in ratings {
            commands.push(Command::SetCardRating {
                board,
                id: id.clone(),
                field: *field,
                value: Some(*value),
            });
        }
        commands.push(Command::SetCardConfidence {
            board,
            id,
            confidence: Some(if *evidence {
                Confidence::Evidence
            } else {
                Confidence::Assumption
            }),
        });
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
        commands.push(Command::AddStrategy {
            id: StrategyId::generate(at, n as u64 + 1),
            internal: CardId::generate(at, internal),
            external: CardId::generate(at, external),
            text: t(key),
        });
    }
    journey_commands(&mut commands, at, t);
    commands.push(Command::GoToStep {
        step: Step::Summary,
    });
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
    use super::ids::{PathStepId, PersonaId, StageId, TouchpointId};
    use super::journey::{Channel, Lane, Media, Ownership, PersonaField, Role, Template};
    let stage = |n: u64| StageId::generate(at, n);
    commands.push(Command::UseStageTemplate {
        template: Template::Default,
        ids: (0..6).map(stage).collect(),
    });
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
        commands.push(Command::AddPersona {
            id: persona.clone(),
            name: t(&format!("ex-{who}-name")),
        });
        for (field, key) in fields {
            commands.push(Command::SetPersonaField {
                id: persona.clone(),
                field,
                text: t(&format!("ex-{who}-{key}")),
            });
        }
        for medium in media.iter() {
            commands.push(Command::SetPersonaMedia {
                id: persona.clone(),
                medium: *medium,
                on: true,
            });
        }
        for (s, name) in STAGES.iter().enumerate() {
            for (lane, key) in lanes {
                let id = format!("ex-{who}-{name}-{key}");
                let text = t(&id);
                // Only the lanes the example file fills (a missing message comes back as
                // its own id).
                if text != id {
                    commands.push(Command::SetLane {
                        persona: persona.clone(),
                        stage: stage(s as u64),
                        lane,
                        text,
                    });
                }
            }
            commands.push(Command::SetEmotion {
                persona: persona.clone(),
                stage: stage(s as u64),
                value: Some(emotions[s]),
            });
        }
        for (k, (s, channel, ownership, role)) in touchpoints.iter().enumerate() {
            let id = TouchpointId::generate(at, (n as u64 + 1) * 100 + k as u64);
            let note = t(&format!("ex-tp-{who}-{}", k + 1));
            let custom = if *channel == Channel::Custom {
                note.clone()
            } else {
                String::new()
            };
            commands.push(Command::AddTouchpoint {
                persona: persona.clone(),
                stage: stage(*s),
                id: id.clone(),
                channel: *channel,
                custom: String::new(),
            });
            commands.push(Command::SetTouchpoint {
                persona: persona.clone(),
                id,
                channel: *channel,
                custom,
                ownership: *ownership,
                role: *role,
                note,
            });
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
        commands.push(Command::SetPathStep {
            id: PathStepId::generate(at, k as u64 + 1),
            channel,
            custom: String::new(),
            label: t(&format!("ex-path-{}", k + 1)),
            days_before: days,
        });
    }
    commands.push(Command::SetConversionValue { cents: 24_900 });
}
