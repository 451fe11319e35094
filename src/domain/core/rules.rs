//! The rules every section's commands share: a required text is trimmed and not empty, no
//! text is longer than its limit, a number is finite and not absurd, an id names an item that
//! exists, a removed item was there, a link is set or cleared without being doubled.
//!
//! One set, so a section cannot drift from another in what "too long" or "no longer exists"
//! means, and a new section's commands start from the same checks.

use super::error::DomainError;

/// Longest name — of a plan, a persona, a stage, a KPI or a custom channel — in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// The largest magnitude of a baseline, target or reading.
pub const MAX_NUMBER: f64 = 1e15;

/// `text` trimmed, refused when empty or longer than `max` characters.
pub fn required(field: &'static str, text: &str, max: usize) -> Result<String, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::EmptyText);
    }
    fits(field, text, max)?;
    Ok(text.to_owned())
}

/// Refuses `text` when it is longer than `max` characters.
pub fn fits(field: &'static str, text: &str, max: usize) -> Result<(), DomainError> {
    if text.chars().count() > max {
        Err(DomainError::TooLong { field, max })
    } else {
        Ok(())
    }
}

/// Refuses a number that is not finite or larger in magnitude than [`MAX_NUMBER`].
pub fn number(value: Option<f64>) -> Result<(), DomainError> {
    match value {
        Some(v) if !v.is_finite() || v.abs() > MAX_NUMBER => Err(DomainError::OutOfRange {
            min: -(MAX_NUMBER as i64),
            max: MAX_NUMBER as i64,
        }),
        _ => Ok(()),
    }
}

/// The first `max` characters of `text` (never splitting a character).
pub fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// The item of `items` that `is` picks, or "that item no longer exists".
pub fn find_mut<T>(items: &mut [T], is: impl Fn(&T) -> bool) -> Result<&mut T, DomainError> {
    items
        .iter_mut()
        .find(|t| is(t))
        .ok_or(DomainError::UnknownItem)
}

/// Removes the items `is` picks; "that item no longer exists" when there was none.
pub fn remove<T>(items: &mut Vec<T>, is: impl Fn(&T) -> bool) -> Result<(), DomainError> {
    let before = items.len();
    items.retain(|t| !is(t));
    if items.len() == before {
        Err(DomainError::UnknownItem)
    } else {
        Ok(())
    }
}

/// Adds `item` to the end of `items` (`on`) or takes it out, never holding it twice.
pub fn toggle<T: PartialEq>(items: &mut Vec<T>, item: T, on: bool) {
    items.retain(|t| *t != item);
    if on {
        items.push(item);
    }
}

/// Refuses a new item when `items` already holds `max`.
pub fn room<T>(items: &[T], max: usize) -> Result<(), DomainError> {
    if items.len() >= max {
        Err(DomainError::TooMany { max })
    } else {
        Ok(())
    }
}

/// Refuses a new item whose id an item already has.
pub fn fresh(taken: bool) -> Result<(), DomainError> {
    if taken {
        Err(DomainError::DuplicateId)
    } else {
        Ok(())
    }
}

/// The first id that appears twice, found by sorting (plans hold thousands of ids); for the
/// check of a stored or imported plan.
pub fn duplicate<'a>(ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut ids: Vec<&str> = ids.collect();
    ids.sort_unstable();
    ids.windows(2).find(|w| w[0] == w[1]).map(|w| w[0])
}

/// Refuses a stored text longer than `max` characters, naming its `path`.
pub fn check_len(path: &str, text: &str, max: usize) -> Result<(), String> {
    if text.chars().count() > max {
        Err(format!("{path}: longer than {max} characters"))
    } else {
        Ok(())
    }
}
