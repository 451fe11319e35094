//! The plan and everything that can be computed from it, in pure Rust.
//!
//! Nothing here may import `yew`, `web_sys`, `js_sys`, `gloo` or `wasm_bindgen` (a test in
//! `tests/architecture.rs` reads the source to enforce it). Keeping the browser out means the
//! rules that matter most — what a change does, what undo restores, what a stored file may
//! contain — are tested natively, in milliseconds, and the UI only adapts them.
//!
//! Every change a user can make is a [`Command`]; [`apply`] turns a plan and a command into the
//! next plan. Time and fresh ids come in from the caller, so `apply` is deterministic.

pub mod apply;
pub mod attribution;
pub mod board;
pub mod changes;
pub mod channel;
pub mod command;
pub mod creative;
pub mod date;
pub mod error;
pub mod example;
pub mod export;
pub mod health_check;
pub mod history;
pub mod ids;
pub mod import;
pub mod journey;
pub mod locale;
pub mod merge;
pub mod money;
pub mod monitor;
pub mod objectives;
pub mod outline;
pub mod plan;
pub mod planning;
pub mod schema;
pub mod share;
pub mod tactics;
pub mod tree;

pub use apply::{apply, Applied};

/// Sorts a short list in place, stably, by `before` ("a goes before b"). Lists sorted here
/// hold a handful to a few dozen items; this keeps one small loop instead of the standard
/// library's sort machinery per item type, which weighs on the download.
pub fn sort_small<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}
pub use command::Command;
pub use error::DomainError;
pub use history::History;
pub use ids::{CardId, PlanId, Timestamp};
pub use locale::Locale;
pub use plan::{Plan, PlanMeta};
