//! What can go wrong when a command is applied. Each error names an i18n key, never a sentence,
//! so the interface shows it in the user's language.

use std::fmt;

/// A command that cannot be applied to the plan as it is. The plan is left unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DomainError {
    /// A name that is empty once trimmed.
    EmptyName,
    /// A text longer than the field allows.
    TooLong {
        /// Which field, as an i18n-friendly identifier (`name`, `description`).
        field: &'static str,
        /// The limit, in characters.
        max: usize,
    },
}

impl DomainError {
    /// The Fluent message id that explains this error to the user.
    pub fn i18n_key(&self) -> &'static str {
        match self {
            DomainError::EmptyName => "error-empty-name",
            DomainError::TooLong { .. } => "error-too-long",
        }
    }
}

impl fmt::Display for DomainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DomainError::EmptyName => f.write_str("the name is empty"),
            DomainError::TooLong { field, max } => {
                write!(f, "{field} is longer than {max} characters")
            }
        }
    }
}

impl std::error::Error for DomainError {}
