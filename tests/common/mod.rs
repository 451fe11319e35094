//! What the native tests share: an empty plan to start from, and commands applied to it in
//! order (issue 13). One place, so a change to `Plan::new` or `apply` is made once for every
//! test file, and each file keeps only the fixtures of its own section.
//!
//! A test file uses it with `mod common;` (Cargo compiles `tests/common/` into each test
//! crate that asks for it, and runs no tests of its own from it).
#![allow(dead_code)] // every test file uses a part of it

pub mod files;

use waymark::domain::{apply, Applied, Command, Locale, Plan, PlanId, Timestamp};

/// When a test's plan is made, unless the test needs a date of its own.
pub const MADE: Timestamp = Timestamp(1_000);

/// An empty English plan named `name`, made at [`MADE`]; `seed` makes its id, so two plans
/// of one test differ.
pub fn plan(name: &str, seed: u64) -> Plan {
    plan_made(name, seed, MADE)
}

/// An empty English plan named `name`, made at `at`.
pub fn plan_made(name: &str, seed: u64, at: Timestamp) -> Plan {
    Plan::new(PlanId::generate(at, seed), name, "x", Locale::En, at)
}

/// `command` applied to `plan` at `at`; panics when it is refused or changes nothing.
pub fn changed(plan: &Plan, command: Command, at: Timestamp) -> Plan {
    match apply(plan, command.clone(), at) {
        Ok(Applied::Changed(next)) => next,
        other => panic!("{command:?}: {other:?}"),
    }
}

/// `commands` applied to `plan` in order at `at`, each of which must change it.
pub fn run_at(plan: &Plan, commands: Vec<Command>, at: Timestamp) -> Plan {
    commands
        .into_iter()
        .fold(plan.clone(), |p, c| changed(&p, c, at))
}

/// `commands` applied to `plan` in order at `at`; one that changes nothing is allowed (a
/// test of idempotence), one that is refused panics.
pub fn run_allowing_no_change(plan: &Plan, commands: Vec<Command>, at: Timestamp) -> Plan {
    commands
        .into_iter()
        .fold(plan.clone(), |p, c| match apply(&p, c.clone(), at) {
            Ok(Applied::Changed(next)) => next,
            Ok(Applied::Unchanged) => p,
            Err(e) => panic!("{c:?} refused: {e}"),
        })
}
