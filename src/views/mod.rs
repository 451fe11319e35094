//! Shared views that several pages show (most of them read-only): not a page of their own, so
//! that pages never import pages (issue 13; `tests/architecture.rs` holds them to it).

pub mod board;
pub mod example;
pub mod health;
pub mod import;
pub mod links;
pub mod money;
pub mod next;
pub mod report;
pub mod touchpoints;
mod welcome;

pub use welcome::{open_example, NewPlanForm, Welcome};
