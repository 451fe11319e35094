//! The plan's one outline (`domain::outline`): the Markdown export of the example plan shows
//! every section, each once, in the outline's order (the report and the slides are held to the
//! same order by the e2e test `report`), and `in_order` tells an order that follows it from
//! one that does not.
#![cfg(not(target_arch = "wasm32"))]

use waymark::domain::core::date::Date;
use waymark::domain::document::example;
use waymark::domain::document::export::markdown;
use waymark::domain::outline::{in_order, Section, OUTLINE};
use waymark::domain::{Locale, PlanId, Timestamp};
use waymark::i18n::{example_source, Translations};

/// 2026-11-23, noon UTC.
const AT: Timestamp = Timestamp(1_795_435_200_000);

#[test]
fn the_export_follows_the_outline() {
    let words = Translations::parse(Locale::En, example_source(Locale::En).to_owned());
    let plan = example::build(PlanId::generate(AT, 1), AT, Locale::En, &|id: &str| {
        words.t(id)
    });
    // Message ids for words: a section's heading is its title's id.
    let text = markdown(&plan, &|id: &str| id.to_owned(), Date::from_millis(AT.0));
    let shown: Vec<Section> = text
        .lines()
        .filter_map(|line| line.strip_prefix("## "))
        .map(|title| {
            OUTLINE
                .into_iter()
                .find(|s| s.title_id() == title.trim())
                .unwrap_or_else(|| panic!("a heading that is no section: {title}"))
        })
        .collect();
    assert_eq!(shown, OUTLINE.to_vec(), "every section, once, in order");
}

#[test]
fn an_order_against_the_outline_is_told_apart() {
    assert!(in_order(&[
        Section::Health,
        Section::Personas,
        Section::Reviews
    ]));
    assert!(!in_order(&[Section::Engagement, Section::Journeys]));
    assert!(!in_order(&[Section::Swot, Section::Swot]));
    for s in OUTLINE {
        assert_eq!(Section::from_key(s.key()), Some(s));
    }
}
