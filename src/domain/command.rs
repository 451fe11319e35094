//! Every change a user can make to a plan, as data.
//!
//! Components never edit the plan: they dispatch a `Command`, and `apply` decides. Because a
//! command is a value, it can be tested, logged, replayed, and later sent to another device.

use super::locale::Locale;

/// One change to a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Renames the plan. Surrounding white space is trimmed; an empty name is refused.
    RenamePlan {
        /// The new name.
        name: String,
    },
    /// Replaces the plan's description (what the business is, what the plan is for).
    SetDescription {
        /// The new text; surrounding white space at the end is kept as typed.
        text: String,
    },
    /// Records the language the plan's content is written in.
    SetPlanLocale {
        /// The language.
        locale: Locale,
    },
}
