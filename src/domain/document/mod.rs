//! The plan as a document: how it is stored and versioned (schema, migrations), merged with
//! another tab's save, imported, shared in a link, exported as Markdown and CSV, and the
//! example plan. Everything here works on whole plans and comes last in the dependency order
//! (core → sections → plan → command/apply → document), so no section depends on a file format.

pub mod changes;
pub mod example;
pub mod export;
pub mod import;
pub mod merge;
pub mod schema;
pub mod share;
pub mod tree;
pub mod validate;
