//! Native tests of the domain: commands, undo/redo, the stored envelope and its migrations.

use std::rc::Rc;
use waymark::domain::document::schema::{self, SchemaError, CURRENT_VERSION};
use waymark::domain::PlanCommand;
use waymark::domain::{
    apply, Applied, Command, DomainError, History, Locale, Plan, PlanId, Timestamp,
};

/// A check on the plan a command produced.
type PlanCheck = fn(&Plan) -> bool;
/// What a refused document's error must look like.
type ErrorCheck = fn(&SchemaError) -> bool;

fn plan() -> Plan {
    Plan::new(
        PlanId::generate(Timestamp(1_000), 7),
        "Spring launch",
        "My plan",
        Locale::En,
        Timestamp(1_000),
    )
}

fn changed(result: Result<Applied, DomainError>) -> Plan {
    match result {
        Ok(Applied::Changed(plan)) => plan,
        other => panic!("expected a change, got {other:?}"),
    }
}

#[test]
fn new_plan_trims_its_name_and_falls_back_when_blank() {
    let id = PlanId::generate(Timestamp(5), 1);
    assert_eq!(
        Plan::new(id.clone(), "  Shoes  ", "x", Locale::Sv, Timestamp(5))
            .meta
            .name,
        "Shoes"
    );
    let blank = Plan::new(id, "   ", "My marketing plan", Locale::Sv, Timestamp(5));
    assert_eq!(blank.meta.name, "My marketing plan");
    assert_eq!(blank.meta.locale, Locale::Sv);
    assert_eq!(blank.meta.created, blank.meta.updated);
}

#[test]
fn commands_change_the_plan_and_its_updated_time() {
    let cases: Vec<(Command, PlanCheck)> = vec![
        (
            Command::Plan(PlanCommand::RenamePlan {
                name: "  Autumn push ".into(),
            }),
            |p| p.meta.name == "Autumn push",
        ),
        (
            Command::Plan(PlanCommand::SetDescription {
                text: "We sell shoes.".into(),
            }),
            |p| p.meta.description == "We sell shoes.",
        ),
        (
            Command::Plan(PlanCommand::SetPlanLocale {
                locale: Locale::ZhHant,
            }),
            |p| p.meta.locale == Locale::ZhHant,
        ),
    ];
    for (command, check) in cases {
        let next = changed(apply(&plan(), command.clone(), Timestamp(2_000)));
        assert!(check(&next), "{command:?}");
        assert_eq!(next.meta.updated, Timestamp(2_000), "{command:?}");
        assert_eq!(next.meta.created, Timestamp(1_000));
        assert_eq!(next.id, plan().id, "ids never change");
    }
}

#[test]
fn a_command_that_changes_nothing_is_unchanged() {
    let p = plan();
    assert_eq!(
        apply(
            &p,
            Command::Plan(PlanCommand::RenamePlan {
                name: "Spring launch ".into()
            }),
            Timestamp(9)
        ),
        Ok(Applied::Unchanged)
    );
    assert_eq!(
        apply(
            &p,
            Command::Plan(PlanCommand::SetPlanLocale { locale: Locale::En }),
            Timestamp(9)
        ),
        Ok(Applied::Unchanged)
    );
    assert_eq!(
        apply(
            &p,
            Command::Plan(PlanCommand::SetDescription {
                text: String::new()
            }),
            Timestamp(9)
        ),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn invalid_commands_are_refused_with_a_reason() {
    let p = plan();
    assert_eq!(
        apply(
            &p,
            Command::Plan(PlanCommand::RenamePlan {
                name: " \n ".into()
            }),
            Timestamp(9)
        ),
        Err(DomainError::EmptyName)
    );
    let long = "x".repeat(121);
    assert_eq!(
        apply(
            &p,
            Command::Plan(PlanCommand::RenamePlan { name: long }),
            Timestamp(9)
        ),
        Err(DomainError::TooLong {
            field: "name",
            max: 120
        })
    );
    let huge = "y".repeat(20_001);
    assert!(matches!(
        apply(
            &p,
            Command::Plan(PlanCommand::SetDescription { text: huge }),
            Timestamp(9)
        ),
        Err(DomainError::TooLong { .. })
    ));
    // Limits count characters, not bytes: 120 Chinese characters are a valid name.
    assert!(apply(
        &p,
        Command::Plan(PlanCommand::RenamePlan {
            name: "計".repeat(120)
        }),
        Timestamp(9)
    )
    .is_ok());
}

#[test]
fn the_updated_time_never_goes_backwards() {
    let p = changed(apply(
        &plan(),
        Command::Plan(PlanCommand::RenamePlan { name: "A".into() }),
        Timestamp(5_000),
    ));
    let q = changed(apply(
        &p,
        Command::Plan(PlanCommand::RenamePlan { name: "B".into() }),
        Timestamp(4_000),
    ));
    assert_eq!(q.meta.updated, Timestamp(5_000));
}

#[test]
fn undo_and_redo_walk_the_history() {
    let mut history = History::default();
    let v0 = Rc::new(plan());
    let v1 = Rc::new(changed(apply(
        &v0,
        Command::Plan(PlanCommand::RenamePlan { name: "One".into() }),
        Timestamp(2),
    )));
    history.record(v0.clone());
    let v2 = Rc::new(changed(apply(
        &v1,
        Command::Plan(PlanCommand::RenamePlan { name: "Two".into() }),
        Timestamp(3),
    )));
    history.record(v1.clone());

    let back = history.undo(v2.clone()).expect("undo to v1");
    assert_eq!(back.meta.name, "One");
    let back2 = history.undo(back).expect("undo to v0");
    assert_eq!(back2.meta.name, "Spring launch");
    assert!(
        history.undo(back2.clone()).is_none(),
        "nothing before the first state"
    );
    let fwd = history.redo(back2).expect("redo to v1");
    assert_eq!(fwd.meta.name, "One");
    assert!(history.can_redo());

    // A new change after an undo forgets the redo steps.
    history.record(fwd);
    assert!(!history.can_redo());
}

#[test]
fn history_keeps_at_most_its_limit() {
    let mut history = History::with_limit(3);
    let mut current = Rc::new(plan());
    for i in 0..10 {
        let next = Rc::new(changed(apply(
            &current,
            Command::Plan(PlanCommand::RenamePlan {
                name: format!("n{i}"),
            }),
            Timestamp(10 + i),
        )));
        history.record(current);
        current = next;
    }
    let mut steps = 0;
    while let Some(prev) = history.undo(current.clone()) {
        current = prev;
        steps += 1;
    }
    assert_eq!(steps, 3);
    assert_eq!(current.meta.name, "n6");
}

#[test]
fn the_envelope_round_trips_and_starts_with_format_and_version() {
    let mut p = plan();
    p.meta.description = "Quotes \" and <script>alert(1)</script> and 中文 stay text.".into();
    let text = schema::encode(&p).expect("encode");
    assert!(text.starts_with(&format!(
        r#"{{"format":"waymark-plan","version":{CURRENT_VERSION},"#
    )));
    assert_eq!(
        schema::peek_version(&text),
        Some(u64::from(CURRENT_VERSION))
    );
    let decoded = schema::decode(&text).expect("decode");
    assert_eq!(decoded.plan, p);
    assert_eq!(decoded.migrated_from, None);
}

#[test]
fn the_v0_fixture_migrates_to_the_current_version() {
    let text = include_str!("fixtures/plan-v0.json");
    let decoded = schema::decode(text).expect("v0 migrates");
    assert_eq!(decoded.migrated_from, Some(0));
    let p = decoded.plan;
    assert_eq!(p.meta.name, "Shoe shop relaunch");
    assert_eq!(
        p.meta.description,
        "Online shoe retailer. Health check first, then SWOT."
    );
    assert_eq!(p.meta.created, Timestamp(1_700_000_000_000));
    assert_eq!(p.meta.updated, Timestamp(1_700_000_500_000));
    assert_eq!(p.meta.locale, Locale::En);
    // Migrating twice gives the same id: the id is derived, not random.
    assert_eq!(schema::decode(text).expect("again").plan.id, p.id);
    // And the migrated plan saves at the current version.
    let again = schema::decode(&schema::encode(&p).expect("encode")).expect("decode");
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.plan, p);
}

#[test]
fn bad_documents_are_refused_with_the_right_reason() {
    let cases: Vec<(String, ErrorCheck)> = vec![
        ("".into(), |e| matches!(e, SchemaError::NotJson(_))),
        ("{not json".into(), |e| matches!(e, SchemaError::NotJson(_))),
        ("[1,2,3]".into(), |e| *e == SchemaError::NotAPlan),
        (r#"{"format":"other","version":1,"plan":{}}"#.into(), |e| *e == SchemaError::NotAPlan),
        (r#"{"format":"waymark-plan","plan":{}}"#.into(), |e| *e == SchemaError::NotAPlan),
        (r#"{"format":"waymark-plan","version":-1,"plan":{}}"#.into(), |e| *e == SchemaError::NotAPlan),
        (r#"{"format":"waymark-plan","version":"1","plan":{}}"#.into(), |e| *e == SchemaError::NotAPlan),
        (r#"{"format":"waymark-plan","version":99,"plan":{}}"#.into(), |e| *e == SchemaError::NewerVersion { found: 99 }),
        (r#"{"format":"waymark-plan","version":1}"#.into(), |e| matches!(e, SchemaError::Invalid(_))),
        (r#"{"format":"waymark-plan","version":1,"plan":{"id":"p-1","meta":{"name":"x"}}}"#.into(), |e| matches!(e, SchemaError::Invalid(_))),
        (
            r#"{"format":"waymark-plan","version":1,"plan":{"id":"p-<b>","meta":{"name":"x","created":1,"updated":1,"locale":"en"}}}"#.into(),
            |e| matches!(e, SchemaError::Invalid(_)),
        ),
        (
            r#"{"format":"waymark-plan","version":1,"plan":{"id":"p-1","meta":{"name":"x","created":1,"updated":1,"locale":"klingon"}}}"#.into(),
            |e| matches!(e, SchemaError::Invalid(_)),
        ),
        (
            r#"{"format":"waymark-plan","version":1,"plan":{"id":"p-1","meta":{"name":"  ","created":1,"updated":1,"locale":"en"}}}"#.into(),
            |e| matches!(e, SchemaError::Invalid(_)),
        ),
        (r#"{"format":"waymark-plan","version":0,"plan":{"title":"no dates"}}"#.into(), |e| matches!(e, SchemaError::Invalid(_))),
        (
            r#"{"format":"waymark-plan","version":0,"plan":{"title":"x","created_at":9223372036854775807}}"#.into(),
            |e| matches!(e, SchemaError::Invalid(_)),
        ),
        (format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), |e| matches!(e, SchemaError::NotJson(_))),
        (format!(r#"{{"pad":"{}"}}"#, "x".repeat(6 * 1024 * 1024)), |e| matches!(e, SchemaError::TooLarge { .. })),
    ];
    for (text, expected) in cases {
        let err = schema::decode(&text).expect_err("must be refused");
        assert!(expected(&err), "{:.80} → {err:?}", text);
    }
}

#[test]
fn peek_version_reads_other_layouts_and_rejects_non_plans() {
    assert_eq!(
        schema::peek_version(r#"{"version": 7, "format": "waymark-plan", "plan": {}}"#),
        Some(7)
    );
    assert_eq!(
        schema::peek_version(r#"{"format":"waymark-plan","version":12,"plan":{}}"#),
        Some(12)
    );
    assert_eq!(
        schema::peek_version(r#"{"format":"other","version":1}"#),
        None
    );
    assert_eq!(schema::peek_version("garbage"), None);
}

#[test]
fn another_tabs_save_merges_with_changes_to_other_parts() {
    use waymark::domain::document::merge::{take_over, TakeOver};
    let base = plan();
    let theirs = changed(apply(
        &base,
        Command::Plan(PlanCommand::RenamePlan {
            name: "Renamed elsewhere".into(),
        }),
        Timestamp(2_000),
    ));
    let ours = changed(apply(
        &base,
        Command::Plan(PlanCommand::SetDescription {
            text: "Typed here".into(),
        }),
        Timestamp(2_001),
    ));
    match take_over(Some(&base), &theirs, &ours, true) {
        TakeOver::Adopt { plan, save } => {
            assert_eq!(plan.meta.name, "Renamed elsewhere");
            assert_eq!(plan.meta.description, "Typed here");
            assert_eq!(plan.meta.updated, Timestamp(2_001));
            assert!(save, "the merge holds our change, which storage lacks");
        }
        other => panic!("different fields must merge, got {other:?}"),
    }
    // When theirs already holds everything of ours, it is shown and not saved again.
    assert_eq!(
        take_over(Some(&base), &theirs, &base, false),
        TakeOver::Adopt {
            plan: theirs.clone(),
            save: false
        }
    );
}

#[test]
fn a_conflict_is_left_to_the_user_in_both_tabs() {
    use waymark::domain::document::merge::{merge3, take_over, Merge, TakeOver};
    let base = plan();
    let a = changed(apply(
        &base,
        Command::Plan(PlanCommand::SetDescription { text: "A".into() }),
        Timestamp(2_000),
    ));
    let b = changed(apply(
        &base,
        Command::Plan(PlanCommand::SetDescription { text: "B".into() }),
        Timestamp(2_001),
    ));
    assert_eq!(merge3(&base, &a, &b), Merge::Conflict);
    // Tab A hears of B's save, and tab B of A's: neither decides for the user.
    assert_eq!(take_over(Some(&base), &b, &a, false), TakeOver::Conflict);
    assert_eq!(take_over(Some(&base), &a, &b, true), TakeOver::Conflict);
    // Without a known base, a different version is a conflict too.
    assert_eq!(take_over(None, &b, &a, true), TakeOver::Conflict);
    assert_eq!(take_over(None, &b, &a, false), TakeOver::Conflict);
    // A plan with another id is never merged into.
    let other = Plan::new(
        PlanId::generate(Timestamp(9), 9),
        "Other",
        "x",
        Locale::En,
        Timestamp(9),
    );
    assert_eq!(merge3(&base, &other, &a), Merge::Conflict);
}

#[test]
fn the_envelope_records_the_parent_version() {
    let p = plan();
    let fp = schema::fingerprint(&p);
    assert_eq!(fp.len(), 16);
    assert_eq!(fp, schema::fingerprint(&p.clone()), "stable");
    let text = schema::encode_with_parent(&p, Some(&fp)).expect("encode");
    let decoded = schema::decode(&text).expect("decode");
    assert_eq!(decoded.parent.as_deref(), Some(fp.as_str()));
    assert_eq!(
        schema::decode(&schema::encode(&p).expect("e"))
            .expect("d")
            .parent,
        None
    );
    assert_eq!(
        schema::peek_version(&text),
        Some(u64::from(CURRENT_VERSION))
    );
}
