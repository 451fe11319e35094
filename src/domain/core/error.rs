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
    /// A health-check prompt that does not exist.
    UnknownPrompt,
    /// An answer with no text cannot become a card.
    NothingToSend,
    /// The quadrant or column does not fit (an internal answer as an opportunity, a SWOT
    /// quadrant on the PESTLE board).
    WrongColumn,
    /// The answer is already on the SWOT.
    AlreadySent,
    /// An id that is already used.
    DuplicateId,
    /// A text that must not be empty is.
    EmptyText,
    /// A number outside what the field allows: a rating outside 1–5, an emotion outside
    /// −2..2, a budget or an amount over its limit. `min` and `max` are the allowed range in
    /// the units the user types (whole currency units for amounts), so the message can say it.
    OutOfRange {
        /// The smallest value allowed.
        min: i64,
        /// The largest value allowed.
        max: i64,
    },
    /// A card or strategy that does not exist (deleted in the meantime).
    UnknownItem,
    /// Something that can only be done while a list is empty (a stage template).
    NotEmpty,
    /// The board is full.
    TooMany {
        /// The limit.
        max: usize,
    },
}

impl DomainError {
    /// The Fluent message id that explains this error to the user.
    pub fn i18n_key(&self) -> &'static str {
        match self {
            DomainError::EmptyName => "error-empty-name",
            DomainError::TooLong { .. } => "error-too-long",
            DomainError::UnknownPrompt => "error-unknown-prompt",
            DomainError::NothingToSend => "error-nothing-to-send",
            DomainError::WrongColumn => "error-wrong-column",
            DomainError::AlreadySent => "error-already-sent",
            DomainError::DuplicateId => "error-duplicate-id",
            DomainError::TooMany { .. } => "error-too-many",
            DomainError::EmptyText => "error-empty-text",
            DomainError::OutOfRange { .. } => "error-out-of-range",
            DomainError::UnknownItem => "error-unknown-item",
            DomainError::NotEmpty => "error-not-empty",
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
            DomainError::UnknownPrompt => f.write_str("no such prompt"),
            DomainError::NothingToSend => f.write_str("the answer is empty"),
            DomainError::WrongColumn => f.write_str("that column does not fit"),
            DomainError::AlreadySent => f.write_str("the answer is already on the SWOT"),
            DomainError::DuplicateId => f.write_str("the id is already used"),
            DomainError::TooMany { max } => write!(f, "more than {max} items"),
            DomainError::EmptyText => f.write_str("the text is empty"),
            DomainError::OutOfRange { min, max } => write!(f, "not between {min} and {max}"),
            DomainError::UnknownItem => f.write_str("no such item"),
            DomainError::NotEmpty => f.write_str("the list is not empty"),
        }
    }
}

impl DomainError {
    /// A rating outside 1–5.
    pub const RATING: DomainError = DomainError::OutOfRange { min: 1, max: 5 };

    /// An amount in cents over `max_cents`: the range in whole currency units (the user types
    /// amounts, never cents).
    pub fn amount_over(max_cents: u64) -> DomainError {
        DomainError::OutOfRange {
            min: 0,
            max: i64::try_from(max_cents / 100).unwrap_or(i64::MAX),
        }
    }
}

impl std::error::Error for DomainError {}
