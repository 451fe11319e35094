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
pub mod board;
pub mod command;
pub mod core;
pub mod creative;
pub mod document;
pub mod engagement;
pub mod health;
pub mod history;
pub mod journey;
pub mod links;
pub mod objectives;
pub mod outline;
pub mod plan;

pub use self::core::error::DomainError;
pub use self::core::ids::{CardId, PlanId, Timestamp};
pub use self::core::locale::Locale;
pub use apply::{apply, Applied};
pub use command::{
    BoardCommand, Command, CreativeCommand, EngagementCommand, HealthCommand, JourneyCommand,
    ObjectivesCommand, PlanCommand,
};
pub use history::History;
pub use plan::{Plan, PlanMeta};
