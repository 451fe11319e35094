//! What the boards show beside their cards and the report and slides show again: a TOWS
//! strategy's source cards and the checks of a board.

use crate::domain::board::Check;
use crate::domain::board::{Board, SourceLink, Strategy};
use crate::i18n::{Arg, I18nContext};
use yew::prelude::*;

/// One source of a strategy: the card's quadrant and text, or a note that it was deleted.
pub(crate) fn source_view(i18n: &I18nContext, link: &SourceLink, swot: &Board) -> Html {
    match (swot.card(&link.card), &link.removed) {
        (Some(card), _) => html! {
            <span class={format!("chip chip-{}", card.column.key())}>
                <span class="chip-label">{ i18n.t(&format!("col-{}", card.column.key())) }{ i18n.colon() }</span>{ card.text.clone() }
            </span>
        },
        (None, Some(text)) => html! {
            <span class="chip chip-removed" data-testid="source-removed">
                { i18n.t_args("tows-source-removed", &[("card", Arg::from(text.clone()))]) }
            </span>
        },
        (None, None) => {
            html! { <span class="chip chip-removed">{ i18n.t("tows-source-missing") }</span> }
        }
    }
}

/// The checks of a board as a list, or a line saying there is nothing to check.
pub fn checks_panel(i18n: &I18nContext, found: &[Check], board: &Board, tows: &[Strategy]) -> Html {
    let card = |id: &crate::domain::CardId| {
        Arg::from(board.card(id).map(|c| c.text.clone()).unwrap_or_default())
    };
    let items: Vec<String> = found
        .iter()
        .map(|check| match check {
            Check::EmptyColumn(column) => i18n.t_args(
                "check-empty",
                &[(
                    "column",
                    Arg::from(i18n.t(&format!("col-{}", column.key()))),
                )],
            ),
            Check::Duplicate { second, .. } => {
                i18n.t_args("check-duplicate", &[("card", card(second))])
            }
            Check::Unrated(id) => i18n.t_args("check-unrated", &[("card", card(id))]),
            Check::Unused(id) => i18n.t_args("check-unused", &[("card", card(id))]),
            Check::BrokenStrategy(id) => {
                let text = tows
                    .iter()
                    .find(|s| s.id == *id)
                    .map(|s| s.text.clone())
                    .unwrap_or_default();
                i18n.t_args("check-broken", &[("strategy", Arg::from(text))])
            }
        })
        .collect();
    html! {
        <aside class="card checks" aria-labelledby="checks-title" data-testid="checks">
            <h2 id="checks-title">{ i18n.t("checks-title") }</h2>
            if items.is_empty() {
                <p>{ i18n.t("checks-none") }</p>
            } else {
                <ul>{ for items.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
            }
        </aside>
    }
}
