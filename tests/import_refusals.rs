//! States no command can make, refused at import (issue 12, defect 7). Each test takes the
//! example plan's file, changes exactly one thing, and checks that the import is refused with
//! the path of that thing in the message. `document::validate::plan` does the refusing, so a
//! stored plan or a merge of two tabs holding such a state is refused the same way.
//!
//! The last section checks the other side: the state "a TOWS link marked removed while its
//! card exists" cannot be reached through `apply` either, and what the commands do make (a
//! strategy whose card was deleted) still imports.

mod common;

use serde_json::{json, Value};
use waymark::domain::board::{BoardKind, Column};
use waymark::domain::core::ids::CardId;
use waymark::domain::document::import::import;
use waymark::domain::document::schema::{self, SchemaError, MAX_DOCUMENT_BYTES};
use waymark::domain::{apply, document::example, Command, DomainError, Locale, Plan, PlanId};
use waymark::domain::{health, Timestamp};
use waymark::domain::{BoardCommand, HealthCommand};

/// When the imports happen.
const AT: Timestamp = Timestamp(1_800_000_000_000);
/// When the example was made.
const MADE: Timestamp = Timestamp(1_700_000_000_000);

fn id<T: TryFrom<String, Error = String>>(s: &str) -> T {
    T::try_from(s.to_owned()).expect("a valid id")
}

fn example_plan() -> Plan {
    example::build(id("p-example"), MADE, Locale::En, &|key| key.to_owned())
}

/// The example's file as a JSON tree.
fn tree(plan: &Plan) -> Value {
    serde_json::from_str(&schema::encode(plan).expect("encode")).expect("JSON")
}

/// The example's file with the value at `pointer` (inside `plan`) set to `value`: a member
/// replaced, or added to its object.
fn with(pointer: &str, value: Value) -> String {
    let mut v = tree(&example_plan());
    let (parent, member) = pointer.rsplit_once('/').expect("a pointer");
    let object = v
        .pointer_mut(&format!("/plan{parent}"))
        .and_then(Value::as_object_mut)
        .expect(parent);
    object.insert(member.to_owned(), value);
    v.to_string()
}

/// The example's value at `pointer` (inside `plan`).
fn at(pointer: &str) -> Value {
    tree(&example_plan())
        .pointer(&format!("/plan{pointer}"))
        .expect(pointer)
        .clone()
}

/// The index of the example's first SWOT card that came from the health check.
fn sent_card() -> usize {
    example_plan()
        .swot
        .cards
        .iter()
        .position(|c| c.source.is_some())
        .expect("the example sends answers to the SWOT")
}

/// Imports `text`, expecting a refusal whose message starts with `path` and holds `reason`.
fn refused(text: &str, path: &str, reason: &str) {
    match import(text, PlanId::generate(AT, 7), AT) {
        Err(SchemaError::Invalid(message)) => {
            assert!(
                message.starts_with(&format!("{path}:")),
                "{message:?} does not name {path}"
            );
            assert!(
                message.contains(reason),
                "{message:?} does not say {reason}"
            );
        }
        other => panic!("expected a refusal at {path}, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn the_example_unchanged_imports() {
    // The baseline of every test below: only their one change makes the difference.
    let plan = example_plan();
    assert!(plan.tows.len() >= 2 && plan.pestle.cards.len() >= 2);
    let text = with("/tows/0/text", at("/tows/0/text"));
    let imported = import(&text, PlanId::generate(AT, 7), AT).expect("imports");
    assert_eq!(imported.plan.swot, plan.swot);
    assert_eq!(imported.plan.tows, plan.tows);
}

// ---------------------------------------------------------------------------------------------
// TOWS strategies

#[test]
fn a_strategy_with_one_card_on_both_sides_is_refused() {
    let text = with("/tows/1/external/card", at("/tows/1/internal/card"));
    refused(
        &text,
        "plan.tows[1].external.card",
        "is also the internal card",
    );
}

#[test]
fn a_link_marked_removed_while_its_card_exists_is_refused() {
    let text = with("/tows/0/internal/removed", json!("Its words when deleted"));
    refused(
        &text,
        "plan.tows[0].internal.removed",
        "is still on the SWOT",
    );
    let text = with("/tows/2/external/removed", json!("Its words when deleted"));
    refused(
        &text,
        "plan.tows[2].external.removed",
        "is still on the SWOT",
    );
}

// ---------------------------------------------------------------------------------------------
// Ratings of the other board

#[test]
fn an_impact_on_a_swot_card_is_refused() {
    refused(
        &with("/swot/cards/0/impact", json!(3)),
        "plan.swot.cards[0].impact",
        "not a rating of swot cards",
    );
}

#[test]
fn a_likelihood_on_a_swot_card_is_refused() {
    refused(
        &with("/swot/cards/1/likelihood", json!(5)),
        "plan.swot.cards[1].likelihood",
        "not a rating of swot cards",
    );
}

#[test]
fn a_weight_on_a_pestle_card_is_refused() {
    refused(
        &with("/pestle/cards/0/weight", json!(4)),
        "plan.pestle.cards[0].weight",
        "not a rating of pestle cards",
    );
}

// ---------------------------------------------------------------------------------------------
// A card's source prompt

#[test]
fn a_card_from_an_unknown_prompt_is_refused() {
    let i = sent_card();
    refused(
        &with(
            &format!("/swot/cards/{i}/source/prompt"),
            json!("customer-loyalty"),
        ),
        &format!("plan.swot.cards[{i}].source.prompt"),
        "customer-loyalty is not a prompt",
    );
}

#[test]
fn a_card_source_prompt_of_five_megabytes_is_refused() {
    let i = sent_card();
    let key = at(&format!("/swot/cards/{i}/source/prompt"));
    let huge = format!("{}{}", key.as_str().expect("a key"), "x".repeat(5_000_000));
    let text = with(&format!("/swot/cards/{i}/source/prompt"), json!(huge));
    assert!(
        text.len() <= MAX_DOCUMENT_BYTES,
        "the file itself is allowed"
    );
    refused(
        &text,
        &format!("plan.swot.cards[{i}].source.prompt"),
        &format!("longer than {} bytes", health::MAX_KEY_LEN),
    );
    // One byte over the longest key is refused as well; the keys themselves are shorter.
    let text = with(
        &format!("/swot/cards/{i}/source/prompt"),
        json!("k".repeat(health::MAX_KEY_LEN + 1)),
    );
    refused(
        &text,
        &format!("plan.swot.cards[{i}].source.prompt"),
        "longer than",
    );
    assert!(health::PROMPTS
        .iter()
        .all(|p| p.key.len() <= health::MAX_KEY_LEN));
}

#[test]
fn a_pestle_card_from_the_health_check_is_refused() {
    refused(
        &with(
            "/pestle/cards/0/source",
            json!({"from": "health_check", "prompt": "external-environment"}),
        ),
        "plan.pestle.cards[0].source",
        "does not come from the health check",
    );
}

// ---------------------------------------------------------------------------------------------
// What the commands make, and what they refuse

fn changed(plan: &Plan, command: Command) -> Plan {
    common::changed(plan, command, MADE)
}

#[test]
fn a_deleted_cards_id_that_a_strategy_remembers_is_not_reused() {
    let plan = example_plan();
    let strategy = &plan.tows[0];
    let gone: CardId = strategy.internal.card.clone();
    let column = plan.swot.card(&gone).expect("on the SWOT").column;
    let deleted = changed(
        &plan,
        Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: gone.clone(),
        }),
    );
    assert!(deleted.tows[0].internal.removed.is_some());
    // What the commands made imports.
    let text = schema::encode(&deleted).expect("encode");
    let imported = import(&text, PlanId::generate(AT, 7), AT).expect("imports");
    assert_eq!(imported.plan.tows, deleted.tows);
    // A new card under the remembered id would turn the strategy's deleted source into it.
    assert_eq!(
        apply(
            &deleted,
            Command::Board(BoardCommand::AddCard {
                board: BoardKind::Swot,
                id: gone.clone(),
                column,
                text: "A new card".into(),
            }),
            MADE,
        ),
        Err(DomainError::DuplicateId)
    );
    // Nor may an answer sent to the SWOT take it: one whose answer is not on the board yet.
    let free = health::PROMPTS
        .iter()
        .filter(|p| p.context.is_internal())
        .find(|p| plan.swot.from_prompt(p.key).is_none())
        .expect("a prompt not sent yet");
    let answered = changed(
        &deleted,
        Command::Health(HealthCommand::SetAnswer {
            prompt: free.key.into(),
            text: "An answer".into(),
        }),
    );
    let send = |card: CardId| Command::SendToSwot {
        prompt: free.key.into(),
        column: Column::Strengths,
        card,
    };
    assert_eq!(
        apply(&answered, send(gone.clone()), MADE),
        Err(DomainError::DuplicateId)
    );
    // Any other id is fine, and the PESTLE's ids are its own.
    changed(&answered, send(id("c-fresh")));
    changed(
        &deleted,
        Command::Board(BoardCommand::AddCard {
            board: BoardKind::Pestle,
            id: gone,
            column: Column::Legal,
            text: "A factor".into(),
        }),
    );
    // Once no strategy remembers it, the id is free again.
    let card = plan.tows[0].internal.card.clone();
    let users = plan
        .tows
        .iter()
        .filter(|s| s.internal.card == card || s.external.card == card);
    assert_eq!(users.count(), 1, "only the first strategy uses the card");
    let forgotten = changed(
        &deleted,
        Command::Board(BoardCommand::DeleteStrategy {
            id: plan.tows[0].id.clone(),
        }),
    );
    changed(
        &forgotten,
        Command::Board(BoardCommand::AddCard {
            board: BoardKind::Swot,
            id: card,
            column,
            text: "A new card".into(),
        }),
    );
}
