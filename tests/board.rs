//! Native tests of the SWOT and PESTLE boards: every card command, undo, TOWS link
//! integrity, the canvas checks and the impact × likelihood ranking.

mod common;

use std::rc::Rc;
use waymark::domain::board::{
    checks, ranking, BoardKind, Check, Column, Confidence, RatingField, TowsKind,
};
use waymark::domain::core::ids::StrategyId;
use waymark::domain::document::schema;
use waymark::domain::BoardCommand;
use waymark::domain::{apply, Applied, CardId, Command, DomainError, Plan, Timestamp};
use waymark::state::{Action, AppState};

fn plan() -> Plan {
    common::plan("Boards", 5)
}

fn id(n: u64) -> CardId {
    CardId::generate(Timestamp(2_000), n)
}

fn sid(n: u64) -> StrategyId {
    StrategyId::generate(Timestamp(2_000), n)
}

fn ok(plan: &Plan, command: Command) -> Plan {
    common::changed(plan, command, Timestamp(3_000))
}

fn add(board: BoardKind, n: u64, column: Column, text: &str) -> Command {
    Command::Board(BoardCommand::AddCard {
        board,
        id: id(n),
        column,
        text: text.into(),
    })
}

fn texts(plan: &Plan, column: Column) -> Vec<String> {
    plan.board(column.board())
        .column(column)
        .map(|c| c.text.clone())
        .collect()
}

/// A SWOT with two strengths, a weakness, an opportunity and a threat.
fn swot() -> Plan {
    [
        add(BoardKind::Swot, 1, Column::Strengths, "Loyal customers"),
        add(BoardKind::Swot, 2, Column::Strengths, "Repair service"),
        add(BoardKind::Swot, 3, Column::Weaknesses, "Small budget"),
        add(BoardKind::Swot, 4, Column::Opportunities, "More people run"),
        add(BoardKind::Swot, 5, Column::Threats, "Price war"),
    ]
    .into_iter()
    .fold(plan(), |p, c| ok(&p, c))
}

#[test]
fn cards_are_added_trimmed_at_the_end_of_their_column() {
    let p = swot();
    assert_eq!(
        texts(&p, Column::Strengths),
        ["Loyal customers", "Repair service"]
    );
    let p = ok(
        &p,
        add(BoardKind::Swot, 9, Column::Strengths, "  Fast delivery  "),
    );
    assert_eq!(
        texts(&p, Column::Strengths),
        ["Loyal customers", "Repair service", "Fast delivery"]
    );
}

#[test]
fn card_commands_refuse_what_is_wrong() {
    let p = swot();
    let cases = vec![
        (
            add(BoardKind::Swot, 9, Column::Strengths, "   "),
            DomainError::EmptyText,
        ),
        (
            add(BoardKind::Swot, 9, Column::Political, "x"),
            DomainError::WrongColumn,
        ),
        (
            add(BoardKind::Pestle, 9, Column::Threats, "x"),
            DomainError::WrongColumn,
        ),
        (
            add(BoardKind::Swot, 1, Column::Strengths, "again"),
            DomainError::DuplicateId,
        ),
        (
            add(BoardKind::Swot, 9, Column::Strengths, &"x".repeat(501)),
            DomainError::TooLong {
                field: "card",
                max: 500,
            },
        ),
        (
            Command::Board(BoardCommand::EditCard {
                board: BoardKind::Swot,
                id: id(99),
                text: "x".into(),
            }),
            DomainError::UnknownItem,
        ),
        (
            Command::Board(BoardCommand::SetCardRating {
                board: BoardKind::Swot,
                id: id(1),
                field: RatingField::Impact,
                value: Some(3),
            }),
            DomainError::WrongColumn,
        ),
        (
            Command::Board(BoardCommand::SetCardRating {
                board: BoardKind::Swot,
                id: id(1),
                field: RatingField::Weight,
                value: Some(6),
            }),
            DomainError::OutOfRange { min: 1, max: 5 },
        ),
        (
            Command::Board(BoardCommand::MoveCard {
                board: BoardKind::Swot,
                id: id(1),
                column: Column::Legal,
                index: 0,
            }),
            DomainError::WrongColumn,
        ),
        (
            Command::Board(BoardCommand::DeleteCard {
                board: BoardKind::Pestle,
                id: id(1),
            }),
            DomainError::UnknownItem,
        ),
    ];
    for (command, error) in cases {
        assert_eq!(
            apply(&p, command.clone(), Timestamp(3)),
            Err(error),
            "{command:?}"
        );
    }
}

#[test]
fn cards_are_edited_noted_marked_and_rated() {
    let p = swot();
    let p = ok(
        &p,
        Command::Board(BoardCommand::EditCard {
            board: BoardKind::Swot,
            id: id(1),
            text: " Very loyal customers ".into(),
        }),
    );
    let p = ok(
        &p,
        Command::Board(BoardCommand::SetCardNotes {
            board: BoardKind::Swot,
            id: id(1),
            notes: "Repeat rate 41%".into(),
        }),
    );
    let p = ok(
        &p,
        Command::Board(BoardCommand::SetCardConfidence {
            board: BoardKind::Swot,
            id: id(1),
            confidence: Some(Confidence::Evidence),
        }),
    );
    let p = ok(
        &p,
        Command::Board(BoardCommand::SetCardRating {
            board: BoardKind::Swot,
            id: id(1),
            field: RatingField::Weight,
            value: Some(5),
        }),
    );
    let card = p.swot.card(&id(1)).expect("card");
    assert_eq!(card.text, "Very loyal customers");
    assert_eq!(card.notes, "Repeat rate 41%");
    assert_eq!(card.confidence, Some(Confidence::Evidence));
    assert_eq!(card.weight, Some(5));
    // Clearing a rating.
    let p = ok(
        &p,
        Command::Board(BoardCommand::SetCardRating {
            board: BoardKind::Swot,
            id: id(1),
            field: RatingField::Weight,
            value: None,
        }),
    );
    assert_eq!(p.swot.card(&id(1)).expect("card").weight, None);
}

#[test]
fn cards_move_between_columns_and_reorder_within_one() {
    let p = swot();
    let mv = |p: &Plan, n: u64, column: Column, index: usize| {
        ok(
            p,
            Command::Board(BoardCommand::MoveCard {
                board: BoardKind::Swot,
                id: id(n),
                column,
                index,
            }),
        )
    };
    // Reorder: the second strength first.
    let p = mv(&p, 2, Column::Strengths, 0);
    assert_eq!(
        texts(&p, Column::Strengths),
        ["Repair service", "Loyal customers"]
    );
    // Across: the weakness becomes the second threat, then the first.
    let p = mv(&p, 3, Column::Threats, 5);
    assert_eq!(texts(&p, Column::Threats), ["Price war", "Small budget"]);
    assert!(texts(&p, Column::Weaknesses).is_empty());
    let p = mv(&p, 3, Column::Threats, 0);
    assert_eq!(texts(&p, Column::Threats), ["Small budget", "Price war"]);
    // The id never changes.
    assert_eq!(p.swot.card(&id(3)).expect("card").column, Column::Threats);
    // Moving to where it is already changes nothing.
    assert_eq!(
        apply(
            &p,
            Command::Board(BoardCommand::MoveCard {
                board: BoardKind::Swot,
                id: id(3),
                column: Column::Threats,
                index: 0
            }),
            Timestamp(9)
        ),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn a_deleted_card_comes_back_with_undo_in_its_place() {
    let state = Rc::new(AppState::with_plan(Some(swot())));
    let state = state.next(
        Action::Apply(Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: id(1),
        })),
        Timestamp(4_000),
    );
    let p = state.plan.clone().expect("plan");
    assert_eq!(texts(&p, Column::Strengths), ["Repair service"]);
    let state = state.next(Action::Undo, Timestamp(4_001));
    let p = state.plan.clone().expect("plan");
    assert_eq!(
        texts(&p, Column::Strengths),
        ["Loyal customers", "Repair service"]
    );
    let state = state.next(Action::Redo, Timestamp(4_002));
    assert_eq!(state.plan.as_ref().expect("plan").swot.cards.len(), 4);
}

#[test]
fn strategies_pair_internal_with_external_and_know_their_kind() {
    let p = swot();
    let strategy = |n, internal, external| {
        Command::Board(BoardCommand::AddStrategy {
            id: sid(n),
            internal: id(internal),
            external: id(external),
            text: "Do something".into(),
        })
    };
    let p = ok(&p, strategy(1, 1, 4));
    let p = ok(&p, strategy(2, 3, 5));
    assert_eq!(p.tows[0].kind(&p.swot), Some(TowsKind::SO));
    assert_eq!(p.tows[1].kind(&p.swot), Some(TowsKind::WT));
    for (bad, error) in [
        (strategy(3, 4, 1), DomainError::WrongColumn),
        (strategy(3, 1, 2), DomainError::WrongColumn),
        (strategy(3, 1, 99), DomainError::UnknownItem),
        (strategy(1, 1, 5), DomainError::DuplicateId),
    ] {
        assert_eq!(apply(&p, bad.clone(), Timestamp(9)), Err(error), "{bad:?}");
    }
    let p = ok(
        &p,
        Command::Board(BoardCommand::EditStrategy {
            id: sid(1),
            text: "Invite loyal customers to run clubs".into(),
        }),
    );
    assert_eq!(p.tows[0].text, "Invite loyal customers to run clubs");
    let p = ok(
        &p,
        Command::Board(BoardCommand::DeleteStrategy { id: sid(2) }),
    );
    assert_eq!(p.tows.len(), 1);
}

#[test]
fn deleting_a_source_card_leaves_no_dangling_link() {
    let p = ok(
        &swot(),
        Command::Board(BoardCommand::AddStrategy {
            id: sid(1),
            internal: id(1),
            external: id(4),
            text: "Run clubs".into(),
        }),
    );
    let p = ok(
        &p,
        Command::Board(BoardCommand::DeleteCard {
            board: BoardKind::Swot,
            id: id(4),
        }),
    );
    let s = &p.tows[0];
    assert_eq!(s.external.removed.as_deref(), Some("More people run"));
    assert_eq!(s.internal.removed, None);
    assert_eq!(s.kind(&p.swot), None);
    assert!(checks(BoardKind::Swot, &p.swot, &p.tows).contains(&Check::BrokenStrategy(sid(1))));
    // The plan stays valid, and reads back after a save.
    waymark::domain::document::validate::plan(&p).expect("valid");
    let back = schema::decode(&schema::encode(&p).expect("encode")).expect("decode");
    assert_eq!(
        back.plan.tows[0].external.removed.as_deref(),
        Some("More people run")
    );
    // A stored link to a card that is not there (and not marked removed) is refused.
    let text = schema::encode(&p)
        .expect("encode")
        .replace(r#""removed":"More people run""#, r#""removed":null"#);
    assert!(
        schema::decode(&text).is_err(),
        "a dangling link in a file is refused"
    );
}

#[test]
fn a_source_card_moved_out_of_its_quadrant_breaks_the_strategy_until_moved_back() {
    let p = ok(
        &swot(),
        Command::Board(BoardCommand::AddStrategy {
            id: sid(1),
            internal: id(1),
            external: id(5),
            text: "Compete on service".into(),
        }),
    );
    let moved = ok(
        &p,
        Command::Board(BoardCommand::MoveCard {
            board: BoardKind::Swot,
            id: id(1),
            column: Column::Opportunities,
            index: 0,
        }),
    );
    assert_eq!(moved.tows[0].kind(&moved.swot), None);
    let back = ok(
        &moved,
        Command::Board(BoardCommand::MoveCard {
            board: BoardKind::Swot,
            id: id(1),
            column: Column::Weaknesses,
            index: 0,
        }),
    );
    assert_eq!(back.tows[0].kind(&back.swot), Some(TowsKind::WT));
}

#[test]
fn the_checks_find_empty_columns_duplicates_unrated_and_unused_cards() {
    let p = ok(
        &swot(),
        add(BoardKind::Swot, 6, Column::Threats, "  price   WAR "),
    );
    let found = checks(BoardKind::Swot, &p.swot, &p.tows);
    assert!(found.contains(&Check::Duplicate {
        first: id(5),
        second: id(6)
    }));
    for n in [1, 2, 4] {
        assert!(found.contains(&Check::Unused(id(n))), "card {n} unused");
    }
    assert!(
        !found.contains(&Check::Unused(id(3))),
        "weaknesses are not flagged"
    );
    let p = ok(
        &p,
        Command::Board(BoardCommand::AddStrategy {
            id: sid(1),
            internal: id(1),
            external: id(4),
            text: String::new(),
        }),
    );
    let found = checks(BoardKind::Swot, &p.swot, &p.tows);
    assert!(!found.contains(&Check::Unused(id(1))));
    assert!(!found.contains(&Check::Unused(id(4))));

    let empty = plan();
    assert_eq!(
        checks(BoardKind::Pestle, &empty.pestle, &[]).len(),
        6,
        "six empty columns"
    );
    let p = ok(
        &empty,
        add(BoardKind::Pestle, 7, Column::Economic, "Rising prices"),
    );
    let found = checks(BoardKind::Pestle, &p.pestle, &[]);
    assert!(found.contains(&Check::Unrated(id(7))));
    assert!(!found.contains(&Check::EmptyColumn(Column::Economic)));
}

#[test]
fn pestle_factors_rank_by_impact_times_likelihood() {
    let rate = |n: u64, field, v| {
        Command::Board(BoardCommand::SetCardRating {
            board: BoardKind::Pestle,
            id: id(n),
            field,
            value: Some(v),
        })
    };
    let p = [
        add(BoardKind::Pestle, 1, Column::Economic, "Rising prices"),
        add(BoardKind::Pestle, 2, Column::Legal, "Green-claims rules"),
        add(BoardKind::Pestle, 3, Column::Social, "More people run"),
        add(BoardKind::Pestle, 4, Column::Political, "Unrated"),
        rate(1, RatingField::Impact, 4),
        rate(1, RatingField::Likelihood, 5),
        rate(2, RatingField::Impact, 5),
        rate(2, RatingField::Likelihood, 4),
        rate(3, RatingField::Impact, 3),
        rate(3, RatingField::Likelihood, 3),
        rate(4, RatingField::Impact, 5),
    ]
    .into_iter()
    .fold(plan(), |p, c| ok(&p, c));
    let r = ranking(&p.pestle);
    let order: Vec<(CardId, u8, usize)> = r
        .iter()
        .map(|x| (x.card.clone(), x.score, x.rank))
        .collect();
    // 20 and 20: the higher impact first; 9 last; the unrated factor is left out.
    assert_eq!(order, vec![(id(2), 20, 1), (id(1), 20, 2), (id(3), 9, 3)]);
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn the_example_plan_has_full_boards_and_sound_strategies() {
    use waymark::domain::{document::example, Locale, PlanId};
    let t = waymark::i18n::Translations::parse(
        Locale::En,
        waymark::i18n::example_source(Locale::En).to_owned(),
    );
    let p = example::build(
        PlanId::generate(Timestamp(7), 7),
        Timestamp(7),
        Locale::En,
        &|k| t.t(k),
    );
    waymark::domain::document::validate::plan(&p).expect("valid");
    for column in BoardKind::Swot
        .columns()
        .iter()
        .chain(BoardKind::Pestle.columns())
    {
        assert!(
            p.board(column.board()).column(*column).count() >= 1,
            "{column:?} is empty"
        );
    }
    assert_eq!(p.tows.len(), 4);
    let kinds: Vec<Option<TowsKind>> = p.tows.iter().map(|s| s.kind(&p.swot)).collect();
    assert_eq!(
        kinds,
        vec![
            Some(TowsKind::SO),
            Some(TowsKind::ST),
            Some(TowsKind::WO),
            Some(TowsKind::WT)
        ]
    );
    assert!(ranking(&p.pestle).len() == 6, "every factor rated");
    assert!(!checks(BoardKind::Pestle, &p.pestle, &[])
        .iter()
        .any(|c| matches!(c, Check::Unrated(_) | Check::EmptyColumn(_))));
}

/// The keyboard's moves of a lifted card (Space, then arrows), as the boards apply them, on
/// the board as laid out: all in one row (four to a row, a projector), a 2×2 SWOT (a laptop),
/// one box under another (a phone).
#[test]
fn arrow_keys_move_a_lifted_card_one_place_and_follow_the_grid() {
    use waymark::domain::board::{step_target, Step};
    use Column::{Opportunities as O, Strengths as S, Threats as T, Weaknesses as W};
    let swot = [S, W, O, T];
    let step = |per_row, col, i, len, s| step_target(&swot, per_row, col, i, len, s);
    // One row of four: up and down inside the column, never past its ends; left and right
    // to the neighbour at the same place, none past the board.
    assert_eq!(step(4, W, 1, 3, Step::Up), Some((W, 0)));
    assert_eq!(step(4, W, 0, 3, Step::Up), None);
    assert_eq!(step(4, W, 1, 3, Step::Down), Some((W, 2)));
    assert_eq!(step(4, W, 2, 3, Step::Down), None);
    assert_eq!(step(4, W, 2, 3, Step::Left), Some((S, 2)));
    assert_eq!(step(4, O, 0, 1, Step::Right), Some((T, 0)));
    assert_eq!(step(4, S, 0, 1, Step::Left), None);
    assert_eq!(step(4, T, 0, 1, Step::Right), None);
    // The 2×2 SWOT: Down from the bottom of Strengths is the top of Opportunities below it,
    // Up from the top of Threats the end of Weaknesses above; Right from Weaknesses and Left
    // from Opportunities leave the row, so they stay.
    assert_eq!(step(2, S, 2, 3, Step::Down), Some((O, 0)));
    assert_eq!(step(2, S, 1, 3, Step::Down), Some((S, 2)));
    assert_eq!(step(2, T, 0, 2, Step::Up), Some((W, usize::MAX)));
    assert_eq!(step(2, O, 0, 2, Step::Down), Some((O, 1)));
    assert_eq!(step(2, O, 1, 2, Step::Down), None);
    assert_eq!(step(2, W, 0, 1, Step::Right), None);
    assert_eq!(step(2, O, 0, 1, Step::Left), None);
    assert_eq!(step(2, O, 0, 1, Step::Right), Some((T, 0)));
    // A phone: one box under another, so only up and down, through every box.
    assert_eq!(step(1, W, 0, 1, Step::Down), Some((O, 0)));
    assert_eq!(step(1, W, 0, 1, Step::Up), Some((S, usize::MAX)));
    assert_eq!(step(1, W, 0, 1, Step::Right), None);
    // A nonsense layout is read as one row or one column, never a panic.
    assert_eq!(step(0, S, 0, 1, Step::Down), Some((W, 0)));
    assert_eq!(step(9, S, 0, 1, Step::Right), Some((W, 0)));
    // A column that is not on this board goes nowhere.
    assert_eq!(step_target(&swot[..2], 2, T, 0, 1, Step::Up), None);
}
