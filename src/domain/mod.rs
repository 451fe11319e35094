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
pub mod command;
pub mod error;
pub mod history;
pub mod ids;
pub mod locale;
pub mod merge;
pub mod plan;
pub mod schema;

pub use apply::{apply, Applied};
pub use command::Command;
pub use error::DomainError;
pub use history::History;
pub use ids::{PlanId, Timestamp};
pub use locale::Locale;
pub use plan::{Plan, PlanMeta};
