//! Native tests of the health check: scoring, progress, the next-step rules, and answers sent
//! to the SWOT with their link back.

mod common;

use std::rc::Rc;
use waymark::domain::board::{CardSource, Column, Confidence};
use waymark::domain::document::schema;
use waymark::domain::health::score::Progress;
use waymark::domain::health::{
    Context, EvidenceKind, GoalScope, HealthCheck, Rating, ResourceKind, StartField, Step, PROMPTS,
};
use waymark::domain::HealthCommand;
use waymark::domain::{apply, CardId, Command, DomainError, Plan, Timestamp};
use waymark::state::{Action, AppState};

fn plan() -> Plan {
    common::plan("Shoe shop", 3)
}

fn run(plan: &Plan, commands: Vec<Command>) -> Plan {
    common::run_allowing_no_change(plan, commands, Timestamp(2_000))
}

fn rate(prompt: &str, rating: Option<Rating>) -> Command {
    Command::Health(HealthCommand::SetRating {
        prompt: prompt.into(),
        rating,
    })
}

fn answer(prompt: &str, text: &str) -> Command {
    Command::Health(HealthCommand::SetAnswer {
        prompt: prompt.into(),
        text: text.into(),
    })
}

fn score(n: u8) -> Option<Rating> {
    Rating::score(n)
}

#[test]
fn every_context_has_at_least_four_prompts_with_unique_keys() {
    for context in Context::ALL {
        assert!(context.prompts().count() >= 4, "{context:?}");
    }
    let mut keys: Vec<&str> = PROMPTS.iter().map(|p| p.key).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), PROMPTS.len());
}

#[test]
fn a_context_scores_the_mean_of_its_ratings_leaving_dont_know_out() {
    let p = run(
        &plan(),
        vec![
            rate("customer-segments", score(4)),
            rate("customer-awareness", score(2)),
            rate("customer-reputation", Some(Rating::DontKnow)),
            answer("customer-competition", "Three big rivals"),
        ],
    );
    let s = p.health.score(Context::Customer);
    assert_eq!(s.mean, Some(3.0));
    assert_eq!((s.rated, s.dont_know, s.answered, s.total), (2, 1, 4, 4));
}

#[test]
fn a_context_rated_only_dont_know_has_no_score_and_is_not_weakest() {
    let p = run(
        &plan(),
        Context::Internal
            .prompts()
            .map(|pr| rate(pr.key, Some(Rating::DontKnow)))
            .chain([rate("customer-segments", score(5))])
            .collect(),
    );
    let s = p.health.score(Context::Internal);
    assert_eq!(s.mean, None);
    assert_eq!((s.rated, s.dont_know, s.answered), (0, 4, 4));
    assert!(
        p.health.weakest().is_empty(),
        "one score is not weaker than another"
    );
    let keys: Vec<&str> = p.health.next_steps().iter().map(|n| n.key).collect();
    assert!(keys.contains(&"find-evidence"), "{keys:?}");
    assert!(
        !keys.contains(&"gap-analysis"),
        "no score, no weakness: {keys:?}"
    );
}

#[test]
fn nothing_rated_means_no_scores_and_every_prompt_unanswered() {
    let hc = HealthCheck::default();
    assert!(hc.scores().iter().all(|s| s.mean.is_none()));
    assert!(hc.weakest().is_empty());
    assert_eq!(hc.unanswered().len(), PROMPTS.len());
    assert_eq!(hc.progress(Step::Customer), Progress::NotStarted);
    assert_eq!(hc.progress(Step::Summary), Progress::NotApplicable);
}

#[test]
fn the_weakest_area_is_the_lowest_score_and_ties_share_it() {
    let p = run(
        &plan(),
        vec![
            rate("customer-segments", score(4)),
            rate("business-strategy", score(2)),
            rate("external-media", score(3)),
            rate("internal-budget", score(1)),
        ],
    );
    assert_eq!(p.health.weakest(), vec![Context::Internal]);
    // Weak is one rule, below 3: business (2) is weak though not the weakest; external (3) is not.
    let weak: Vec<Context> = Context::ALL
        .into_iter()
        .filter(|c| p.health.is_weak(*c))
        .collect();
    assert_eq!(weak, vec![Context::Business, Context::Internal]);
    // 2.5 and 2.7: one weakest, not two.
    let p = run(
        &plan(),
        vec![
            rate("customer-segments", score(2)),
            rate("customer-awareness", score(3)),
            rate("business-strategy", score(2)),
            rate("business-positioning", score(3)),
            rate("business-partners", score(3)),
            rate("external-media", score(4)),
        ],
    );
    assert_eq!(
        p.health
            .score(Context::Business)
            .mean
            .map(|m| (m * 10.0).round()),
        Some(27.0)
    );
    assert_eq!(p.health.weakest(), vec![Context::Customer]);
    // A tie as shown (2.5 and 2.5) names both; every area the same names none.
    let p = run(
        &plan(),
        vec![
            rate("customer-segments", score(2)),
            rate("customer-awareness", score(3)),
            rate("business-strategy", score(3)),
            rate("business-positioning", score(2)),
            rate("external-media", score(4)),
        ],
    );
    assert_eq!(
        p.health.weakest(),
        vec![Context::Customer, Context::Business]
    );
    let p = run(
        &plan(),
        vec![
            rate("customer-segments", score(3)),
            rate("external-media", score(3)),
        ],
    );
    assert!(p.health.weakest().is_empty());
}

#[test]
fn advice_fits_the_size_of_the_business() {
    let weak_spots = vec![
        rate("internal-expertise", score(1)),
        rate("internal-capacity", score(2)),
        rate("internal-budget", score(1)),
    ];
    let bodies =
        |p: &Plan| -> Vec<String> { p.health.next_steps().iter().map(|n| n.body_id()).collect() };
    let unknown = run(&plan(), weak_spots.clone());
    assert!(bodies(&unknown).contains(&"next-involve-experts-body".to_owned()));
    let size = |people: Option<u32>| Command::Health(HealthCommand::SetTeamSize { people });
    let two = run(&plan(), [vec![size(Some(2))], weak_spots.clone()].concat());
    assert_eq!(two.health.start.team_size, Some(2));
    let b = bodies(&two);
    assert!(
        b.contains(&"next-involve-experts-body-micro".to_owned()),
        "{b:?}"
    );
    assert!(
        b.contains(&"next-serve-success-body-micro".to_owned()),
        "{b:?}"
    );
    assert!(
        b.contains(&"next-budget-scenarios-body-micro".to_owned()),
        "no finance department to approve it: {b:?}"
    );
    let forty = run(&plan(), [vec![size(Some(40))], weak_spots].concat());
    assert!(bodies(&forty).contains(&"next-involve-experts-body".to_owned()));
    assert_eq!(
        apply(&plan(), size(Some(0)), Timestamp(9)),
        Err(DomainError::OutOfRange {
            min: 1,
            max: 10_000_000
        })
    );
}

#[test]
fn progress_counts_answers_per_step() {
    let p = run(
        &plan(),
        vec![
            answer("business-strategy", "Sustainable shoes"),
            rate("business-positioning", score(3)),
            Command::Health(HealthCommand::SetStartText {
                field: StartField::Goal,
                text: "Grow online".into(),
            }),
        ],
    );
    assert_eq!(
        p.health.progress(Step::Business),
        Progress::Partly { done: 2, total: 4 }
    );
    assert_eq!(
        p.health.progress(Step::Start),
        Progress::Partly { done: 1, total: 10 }
    );
    // The size of the business and its budget count too.
    let sized = run(
        &p,
        vec![
            Command::Health(HealthCommand::SetTeamSize { people: Some(2) }),
            Command::Health(HealthCommand::SetBudget {
                cents: Some(500_000),
            }),
        ],
    );
    assert_eq!(
        sized.health.progress(Step::Start),
        Progress::Partly { done: 3, total: 10 }
    );
    let all = run(
        &p,
        Context::Business
            .prompts()
            .map(|pr| answer(pr.key, "yes"))
            .collect(),
    );
    assert_eq!(all.health.progress(Step::Business), Progress::Complete);
}

#[test]
fn weak_contexts_get_the_methods_remedy() {
    // (ratings, the next step that must appear)
    let cases: Vec<(Vec<Command>, &str)> = vec![
        (
            vec![rate("customer-awareness", score(2))],
            "research-audience",
        ),
        (
            vec![rate("business-positioning", score(1))],
            "sharpen-positioning",
        ),
        (
            vec![rate("external-environment", score(2))],
            "map-environment",
        ),
        (vec![rate("internal-culture", score(2))], "gap-analysis"),
        (
            vec![rate("customer-reputation", score(2))],
            "track-reputation",
        ),
        (
            vec![rate("customer-competition", score(1))],
            "study-competitors",
        ),
        (
            vec![rate("business-partners", score(2))],
            "review-partnerships",
        ),
        (vec![rate("internal-budget", score(1))], "budget-scenarios"),
        (
            vec![rate("internal-expertise", score(2))],
            "involve-experts",
        ),
        (vec![rate("internal-capacity", score(1))], "serve-success"),
        (
            vec![
                rate("external-media", Some(Rating::DontKnow)),
                rate("external-consumers", Some(Rating::DontKnow)),
            ],
            "find-evidence",
        ),
        (
            vec![Command::Health(HealthCommand::SetEvidenceKind {
                prompt: "business-strategy".into(),
                kind: Some(EvidenceKind::Opinion),
            })],
            "validate-opinions",
        ),
        (
            vec![Command::Health(HealthCommand::SetResource {
                kind: ResourceKind::Expertise,
                gap: true,
                text: "No one knows paid search".into(),
            })],
            "close-gaps",
        ),
        (vec![], "define-goal"),
    ];
    for (commands, expected) in cases {
        let p = run(&plan(), commands);
        let keys: Vec<&str> = p.health.next_steps().iter().map(|n| n.key).collect();
        assert!(keys.contains(&expected), "{expected} missing from {keys:?}");
    }
}

#[test]
fn a_strong_complete_health_check_moves_on_to_the_swot() {
    let mut commands: Vec<Command> = PROMPTS.iter().map(|p| rate(p.key, score(4))).collect();
    commands.push(Command::Health(HealthCommand::SetStartText {
        field: StartField::Goal,
        text: "Grow repeat purchases".into(),
    }));
    commands.push(Command::Health(HealthCommand::SetStartText {
        field: StartField::FutureState,
        text: "10,000 pairs a year".into(),
    }));
    let p = run(&plan(), commands);
    let keys: Vec<&str> = p.health.next_steps().iter().map(|n| n.key).collect();
    assert_eq!(keys, vec!["to-swot"]);
    // A strong context with one weak spot still gets that spot's action, not "to-swot".
    let p = run(&p, vec![rate("internal-budget", score(2))]);
    let keys: Vec<&str> = p.health.next_steps().iter().map(|n| n.key).collect();
    assert_eq!(keys, vec!["budget-scenarios"]);
}

#[test]
fn an_answer_goes_to_the_swot_with_a_link_to_its_prompt() {
    let p = run(
        &plan(),
        vec![
            answer("internal-culture", "  Excellent customer service  "),
            Command::Health(HealthCommand::SetEvidenceKind {
                prompt: "internal-culture".into(),
                kind: Some(EvidenceKind::Data),
            }),
            Command::Health(HealthCommand::SetEvidence {
                prompt: "internal-culture".into(),
                text: "NPS 62".into(),
            }),
        ],
    );
    let id = CardId::generate(Timestamp(5), 1);
    let sent = run(
        &p,
        vec![Command::SendToSwot {
            prompt: "internal-culture".into(),
            column: Column::Strengths,
            card: id.clone(),
        }],
    );
    let card = sent.swot.card(&id).expect("card");
    assert_eq!(card.text, "Excellent customer service");
    assert_eq!(card.column, Column::Strengths);
    assert_eq!(card.notes, "NPS 62");
    assert_eq!(card.confidence, Some(Confidence::Evidence));
    assert_eq!(
        card.source,
        Some(CardSource::HealthCheck {
            prompt: "internal-culture".into()
        })
    );
    assert_eq!(sent.swot.from_prompt("internal-culture"), Some(card));
    // The link survives a save and a load.
    let back = schema::decode(&schema::encode(&sent).expect("encode")).expect("decode");
    assert_eq!(back.plan.swot.from_prompt("internal-culture"), Some(card));
}

#[test]
fn sending_to_the_swot_refuses_what_does_not_fit() {
    let p = run(
        &plan(),
        vec![
            answer("customer-competition", "Price war with two rivals"),
            answer("business-identity", "Strong domain"),
        ],
    );
    let send = |prompt: &str, column: Column, n: u64| Command::SendToSwot {
        prompt: prompt.into(),
        column,
        card: CardId::generate(Timestamp(5), n),
    };
    let cases = [
        (
            send("customer-competition", Column::Strengths, 1),
            DomainError::WrongColumn,
        ),
        (
            send("business-identity", Column::Threats, 2),
            DomainError::WrongColumn,
        ),
        (
            send("business-identity", Column::Political, 3),
            DomainError::WrongColumn,
        ),
        (
            send("customer-segments", Column::Opportunities, 4),
            DomainError::NothingToSend,
        ),
        (
            send("no-such-prompt", Column::Threats, 5),
            DomainError::UnknownPrompt,
        ),
    ];
    for (command, error) in cases {
        assert_eq!(
            apply(&p, command.clone(), Timestamp(3)),
            Err(error),
            "{command:?}"
        );
    }
    let sent = run(&p, vec![send("customer-competition", Column::Threats, 6)]);
    assert_eq!(
        apply(
            &sent,
            send("customer-competition", Column::Threats, 7),
            Timestamp(3)
        ),
        Err(DomainError::AlreadySent)
    );
}

#[test]
fn clearing_an_answer_removes_it_and_ratings_read_back() {
    let p = run(
        &plan(),
        vec![
            answer("business-strategy", "x"),
            rate("business-strategy", Some(Rating::DontKnow)),
            rate("internal-budget", score(5)),
            Command::Health(HealthCommand::SetGoalScope {
                scope: Some(GoalScope::Micro),
            }),
        ],
    );
    let cleared = run(
        &p,
        vec![
            answer("business-strategy", ""),
            rate("business-strategy", None),
        ],
    );
    assert!(!cleared.health.answers.contains_key("business-strategy"));
    let text = schema::encode(&p).expect("encode");
    assert!(text.contains(r#""rating":"unknown""#), "{text}");
    assert!(text.contains(r#""rating":5"#), "{text}");
    assert_eq!(schema::decode(&text).expect("decode").plan, p);
    // A rating outside 1–5 in a stored document is refused, naming the reason.
    let bad = text.replace(r#""rating":5"#, r#""rating":9"#);
    assert!(schema::decode(&bad).is_err());
}

#[test]
fn moving_between_steps_is_saved_but_is_not_an_undo_step() {
    let state = Rc::new(AppState::with_plan(Some(plan())));
    let state = state.next(
        Action::Apply(answer("customer-segments", "Runners")),
        Timestamp(2_000),
    );
    let state = state.next(
        Action::Apply(Command::Health(HealthCommand::GoToStep {
            step: Step::Business,
        })),
        Timestamp(3_000),
    );
    assert_eq!(state.revision, 2, "a step change is saved");
    let p = state.plan.clone().expect("plan");
    assert_eq!(p.health.step, Step::Business);
    assert_eq!(p.meta.updated, Timestamp(2_000), "not a content change");
    // Undo takes back the answer, not the step.
    let state = state.next(Action::Undo, Timestamp(4_000));
    let p = state.plan.clone().expect("plan");
    assert_eq!(p.health.answer("customer-segments").text, "");
    assert_eq!(p.health.step, Step::Business);
    assert!(!state.can_undo());
    assert_eq!(Step::Start.previous(), None);
    assert_eq!(Step::Internal.next(), Some(Step::Summary));
    assert_eq!(Step::Summary.next(), None);
}
