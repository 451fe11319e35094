//! The SWOT board (`#/swot`): strengths and weaknesses (internal), opportunities and threats
//! (external), with the canvas checks beside it. Answers sent from the health check are
//! already on it, each with its link back.

use crate::domain::board::{checks, BoardKind};
use crate::i18n::use_i18n;
use crate::pages::Route;
use crate::state::use_app_state;
use crate::ui::BoardView;
use crate::views::board::checks_panel;
use crate::views::Welcome;
use yew::prelude::*;

/// See the module documentation.
#[function_component(SwotPage)]
pub fn swot_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let found = checks(BoardKind::Swot, &plan.swot, &plan.tows);
    html! {
        <section class="page board-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("swot-title") }</h1>
                <p class="lead">{ i18n.t("swot-lead") }</p>
            </header>
            <BoardView kind={BoardKind::Swot} board={plan.swot.clone()} />
            { checks_panel(&i18n, &found, &plan.swot, &plan.tows) }
            <crate::views::next::ContinueTo from={Route::Swot} />
        </section>
    }
}
