//! Undo says what it undid and where (issue 12, defect 9).
//!
//! Undo is plan-wide: Ctrl+Z on Objectives took back an edit made earlier on Monitoring, and
//! nothing said so. The reducer now records what each undo or redo changed
//! (`AppState::stepped`), worked out by `domain::document::changes::describe` from the two versions; the
//! app says it and goes to that page (`tests/e2e/specs/undo.test.mjs` drives that part).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;
use waymark::domain::board::BoardKind;
use waymark::domain::document::changes::{describe, Change, Place};
use waymark::domain::objectives::ObjectiveText;
use waymark::domain::{document::example, Command, Locale, Plan, PlanId, Timestamp};
use waymark::domain::{BoardCommand, JourneyCommand, ObjectivesCommand, PlanCommand};
use waymark::i18n::{example_source, Translations};
use waymark::state::{Action, AppState};

const AT: Timestamp = Timestamp(1_780_000_000_000);

fn example_plan() -> Plan {
    let words = Translations::parse(Locale::En, example_source(Locale::En).to_owned());
    example::build(PlanId::generate(AT, 1), AT, Locale::En, &|id: &str| {
        words.t(id)
    })
}

/// `plan` after `command`, which must change it.
fn after(plan: &Plan, command: Command) -> Plan {
    common::changed(plan, command, AT)
}

fn change(place: Place, what: &'static str) -> Option<Change> {
    Some(Change::at(place, what))
}

#[test]
fn a_review_note_edited_on_monitoring_is_undone_by_name_and_place_from_anywhere() {
    let plan = example_plan();
    let review = plan
        .reviews
        .first()
        .expect("the example has a review")
        .clone();
    let objective = plan.objectives.objectives[0].id.clone();
    let mut state = Rc::new(AppState::with_plan(Some(plan)));
    // On Monitoring: the review note is edited.
    state = state.next(
        Action::Apply(Command::Objectives(ObjectivesCommand::SetReview {
            id: review.id.clone(),
            date: review.date,
            learned: "Customers ask for evening opening".into(),
            source: review.source,
            scope: review.scope,
            change: review.change.clone(),
        })),
        AT,
    );
    assert!(state.stepped.is_none(), "an edit is not an undo");
    // On Objectives, the user presses Ctrl+Z: the review edit is what is taken back, and the
    // state says so, with the page it belongs to.
    state = state.next(Action::Undo, AT);
    let step = state.stepped.expect("an undo says what it undid");
    assert!(!step.redo);
    assert_eq!(
        Some(step.change),
        change(Place::Monitor, "undo-what-review")
    );
    assert_eq!(
        state
            .plan
            .as_ref()
            .and_then(|p| p.reviews.first())
            .map(|r| &r.learned),
        Some(&review.learned),
        "the undo restored the note"
    );
    // Redo says it too, as a redo; a later edit ends the message.
    let revision = step.revision;
    state = state.next(Action::Redo, AT);
    let step = state.stepped.expect("a redo says what it redid");
    assert!(step.redo);
    assert!(step.revision > revision, "each step is announced anew");
    assert_eq!(
        Some(step.change),
        change(Place::Monitor, "undo-what-review")
    );
    state = state.next(
        Action::Apply(Command::Objectives(ObjectivesCommand::SetObjectiveText {
            id: objective,
            field: ObjectiveText::Statement,
            text: "Grow repeat visits".into(),
        })),
        AT,
    );
    assert!(state.stepped.is_none());
    state = state.next(Action::Undo, AT);
    assert_eq!(
        state.stepped.map(|s| s.change),
        change(Place::Objectives, "undo-what-objective")
    );
    state = state.next(Action::DismissStepped, AT);
    assert!(state.stepped.is_none());
}

#[test]
fn each_part_of_the_plan_is_named_with_its_page() {
    let plan = example_plan();
    let card = plan.swot.cards[0].clone();
    let swot = after(
        &plan,
        Command::Board(BoardCommand::EditCard {
            board: BoardKind::Swot,
            id: card.id.clone(),
            text: "A new strength".into(),
        }),
    );
    assert_eq!(
        describe(&plan, &swot),
        change(Place::Swot, "undo-what-card")
    );
    let pestle_card = plan.pestle.cards[0].clone();
    let pestle = after(
        &plan,
        Command::Board(BoardCommand::EditCard {
            board: BoardKind::Pestle,
            id: pestle_card.id,
            text: "A new factor".into(),
        }),
    );
    assert_eq!(
        describe(&plan, &pestle),
        change(Place::Pestle, "undo-what-factor")
    );
    let renamed = after(
        &plan,
        Command::Plan(PlanCommand::RenamePlan {
            name: "Other".into(),
        }),
    );
    assert_eq!(
        describe(&plan, &renamed),
        change(Place::Header, "undo-what-name")
    );
    let described = after(
        &plan,
        Command::Plan(PlanCommand::SetDescription {
            text: "A shop for runners".into(),
        }),
    );
    assert_eq!(
        describe(&plan, &described),
        change(Place::Overview, "undo-what-description")
    );
    // A reading lives inside its objective but is entered on Monitoring.
    let objective = plan.objectives.objectives[0].clone();
    let reading = after(
        &plan,
        Command::Objectives(ObjectivesCommand::AddReading {
            objective: objective.id.clone(),
            id: waymark::domain::core::ids::ReadingId::generate(AT, 9),
            date: waymark::domain::core::date::Date::from_millis(AT.0),
            value: 42.0,
        }),
    );
    assert_eq!(
        describe(&plan, &reading),
        change(Place::Monitor, "undo-what-reading")
    );
    // Only the time of the change differs: nothing to say.
    let mut touched = plan.clone();
    touched.meta.updated = Timestamp(AT.0 + 1000);
    assert_eq!(describe(&plan, &touched), None);
    // A step that changes several parts is named by the first in the method's order, and
    // knows the others: deleting a SWOT card a strategy is built on marks the strategy too.
    let strategy_card = plan
        .tows
        .first()
        .map(|s| s.internal.card.clone())
        .expect("the example has strategies");
    let deleted = after(
        &plan,
        Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: strategy_card,
        }),
    );
    let step = describe(&plan, &deleted).expect("a change");
    assert_eq!((step.place, step.what), (Place::Swot, "undo-what-card"));
    assert!(step.touches(Place::Tows) && step.touches(Place::Swot));
    assert!(!step.touches(Place::Journey));
    let persona = plan.journey.personas[0].id.clone();
    let gone = after(
        &plan,
        Command::Journey(JourneyCommand::DeletePersona { id: persona }),
    );
    let step = describe(&plan, &gone).expect("a change");
    assert_eq!(
        (step.place, step.what),
        (Place::Personas, "undo-what-persona")
    );
    assert!(step.touches(Place::Journey), "its journey went with it");
    // Deleting an objective also unlinks its tactics and KPIs: it is the objective.
    let objective = plan
        .objectives
        .objectives
        .iter()
        .find(|o| {
            plan.engagement
                .tactics
                .iter()
                .any(|t| t.objectives.contains(&o.id))
        })
        .expect("an objective with a tactic")
        .id
        .clone();
    let gone = after(
        &plan,
        Command::Objectives(ObjectivesCommand::DeleteObjective { id: objective }),
    );
    let step = describe(&plan, &gone).expect("a change");
    assert_eq!(
        (step.place, step.what),
        (Place::Objectives, "undo-what-objective")
    );
    assert!(step.touches(Place::Engagement));
    // Deleting a stage also removes its cells: it is the stage.
    let stage = plan.journey.stages[1].id.clone();
    let gone = after(
        &plan,
        Command::Journey(JourneyCommand::DeleteStage { id: stage }),
    );
    let step = describe(&plan, &gone).expect("a change");
    assert_eq!((step.place, step.what), (Place::Journey, "undo-what-stage"));
    // The order of the versions does not matter: undo and redo name the same thing.
    assert_eq!(
        describe(&swot, &plan),
        change(Place::Swot, "undo-what-card")
    );
}
