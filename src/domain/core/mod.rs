//! What every section of the plan shares: ids and time, dates, money, the languages, the
//! channel vocabulary, the errors a command can give, and the rules every text and list obeys.
//!
//! Core depends on nothing else in the domain, so any section can use it without a circle:
//! dependencies run core → sections → plan → command/apply → document (tests/architecture.rs).

pub mod channel;
pub mod date;
pub mod error;
pub mod ids;
pub mod locale;
pub mod money;
pub mod rules;

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
