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
