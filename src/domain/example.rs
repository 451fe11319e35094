//! The example plan: Stride & Co., an online retailer of sustainable running shoes (seed 002),
//! with every part filled in, so a newcomer sees a finished plan at once.
//!
//! The words come from the example's translation file (`i18n/examples/<tag>.ftl`, fetched only
//! when the example is opened) through `t`; the structure, ratings and links are here, so
//! every language gets the same plan. It is always built as a new plan with a new id: opening
//! the example never touches the user's own plans.

use super::board::Column;
use super::health_check::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use super::ids::{CardId, PlanId, Timestamp};
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
