//! The SWOT board (`#/swot`): strengths and weaknesses (internal), opportunities and threats
//! (external), with the canvas checks beside it. Answers sent from the health check are
//! already on it, each with its link back.

use crate::domain::board::{checks, Board, BoardKind, Check, Strategy};
use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::pages::home::Home;
use crate::pages::Route;
use crate::state::use_app_state;
use crate::ui::BoardView;
use yew::prelude::*;
use yew_router::prelude::*;

/// See the module documentation.
#[function_component(SwotPage)]
pub fn swot_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let Some(plan) = state.plan.clone() else {
        return html! { <Home /> };
    };
    let found = checks(BoardKind::Swot, &plan.swot, &plan.tows);
    html! {
        <section class="page board-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("swot-title") }</h1>
                <p class="lead">{ i18n.t("swot-lead") }</p>
            </header>
            <BoardView kind={BoardKind::Swot} board={plan.swot.clone()} dispatch={state.dispatcher().to_callback()} />
            { checks_panel(&i18n, &found, &plan.swot, &plan.tows) }
            <p class="page-next">
                <Link<Route> to={Route::Tows} classes="button">{ i18n.t("swot-to-tows") }</Link<Route>>
            </p>
        </section>
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
