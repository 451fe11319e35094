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

/// Issue 14: the method's progress, section by section, and the next step. An empty plan
/// starts at the health check; a SWOT with two quadrants filled is half done; the example
/// plan is done wherever it has content, so its next step is one that is not complete.
#[test]
fn progress_counts_what_done_means_and_the_next_step_follows_the_method() {
    use waymark::domain::board::{BoardKind, Column};
    use waymark::domain::core::ids::CardId;
    use waymark::domain::health::score::Progress;
    use waymark::domain::outline::{next_step, progress};
    use waymark::domain::{apply, Applied, BoardCommand, Plan};
    let empty = Plan::new(PlanId::generate(AT, 2), "P", "P", Locale::En, AT);
    for s in OUTLINE {
        let p = progress(&empty, s);
        if s == Section::Attribution {
            assert_eq!(p, None, "attribution is not a step of the path");
        } else {
            assert_eq!(p, Some(Progress::NotStarted), "{s:?}");
        }
    }
    assert_eq!(next_step(&empty), Some(Section::Health));

    let mut plan = empty.clone();
    for (n, column) in [(1, Column::Strengths), (2, Column::Threats)] {
        plan = match apply(
            &plan,
            BoardCommand::AddCard {
                board: BoardKind::Swot,
                id: CardId::generate(AT, n),
                column,
                text: format!("Card {n}"),
            }
            .into(),
            AT,
        ) {
            Ok(Applied::Changed(next)) => next,
            other => panic!("a card: {other:?}"),
        };
    }
    assert_eq!(
        progress(&plan, Section::Swot),
        Some(Progress::Partly { done: 2, total: 4 })
    );

    let words = Translations::parse(Locale::En, example_source(Locale::En).to_owned());
    let example = example::build(PlanId::generate(AT, 1), AT, Locale::En, &|id: &str| {
        words.t(id)
    });
    for s in [
        Section::Swot,
        Section::Personas,
        Section::Creative,
        Section::Mix,
        Section::Engagement,
    ] {
        assert_eq!(progress(&example, s), Some(Progress::Complete), "{s:?}");
    }
    let next = next_step(&example);
    assert!(
        next.is_none_or(|s| progress(&example, s) != Some(Progress::Complete)),
        "{next:?}"
    );
}
