//! The PESTLE board (`#/pestle`): political, economic, social, technological, legal and
//! environmental factors, each rated for impact and likelihood; the impact × likelihood
//! matrix and the factors ranked by it; the canvas checks.

use crate::charts::matrix::{matrix, Point};
use crate::domain::board::{checks, ranking, BoardKind};
use crate::i18n::{use_i18n, Arg};
use crate::state::use_app_state;
use crate::ui::{BoardView, Chart};
use crate::views::board::checks_panel;
use crate::views::Welcome;
use yew::prelude::*;

/// See the module documentation.
#[function_component(PestlePage)]
pub fn pestle_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let board = state
        .plan
        .as_ref()
        .map(|p| p.pestle.clone())
        .unwrap_or_default();
    let ranked = ranking(&board);
    let points: Vec<Point> = ranked
        .iter()
        .filter_map(|r| {
            let card = board.card(&r.card)?;
            Some(Point {
                rank: r.rank,
                impact: card.impact?,
                likelihood: card.likelihood?,
            })
        })
        .collect();
    let titles = (i18n.t("pestle-likelihood"), i18n.t("pestle-impact"));
    let svg = use_memo((points, titles), |(points, (x, y))| {
        matrix(points, x, y).unwrap_or_default()
    });
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let found = checks(BoardKind::Pestle, &plan.pestle, &[]);
    let alt = match ranked
        .first()
        .and_then(|r| board.card(&r.card).map(|c| (c, r.score)))
    {
        Some((top, score)) => i18n.t_args(
            "pestle-chart-alt",
            &[
                ("count", Arg::from(ranked.len())),
                ("top", Arg::from(top.text.clone())),
                ("score", Arg::from(score as usize)),
            ],
        ),
        None => i18n.t("pestle-chart-empty"),
    };
    let marks: Vec<String> = ranked
        .iter()
        .filter_map(|r| {
            board
                .card(&r.card)
                .map(|c| format!("{} {}", r.rank, c.text))
        })
        .collect();
    html! {
        <section class="page board-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("pestle-title") }</h1>
                <p class="lead">{ i18n.t("pestle-lead") }</p>
            </header>
            <BoardView kind={BoardKind::Pestle} board={plan.pestle.clone()} />
            <section class="matrix-section" aria-labelledby="matrix-title">
                <h2 id="matrix-title">{ i18n.t("pestle-matrix") }</h2>
                <div class="matrix-layout">
                    <figure class="chart-figure">
                        <Chart svg={AttrValue::from((*svg).clone())} {alt} testid="pestle-matrix" class="chart-matrix"
                            title={i18n.t("pestle-matrix")} marks={marks} />
                        <figcaption>{ i18n.t("pestle-matrix-caption") }</figcaption>
                    </figure>
                    <div>
                        <h3>{ i18n.t("pestle-ranking") }</h3>
                        if ranked.is_empty() {
                            <p>{ i18n.t("pestle-ranking-empty") }</p>
                        } else {
                            <div class="table-scroll">
                            <table class="data-table" data-testid="pestle-ranking" data-chart-testid="pestle-matrix">
                                <thead><tr>
                                    <th scope="col">{ "#" }</th>
                                    <th scope="col">{ i18n.t("pestle-factor") }</th>
                                    <th scope="col" class="num">{ i18n.t("pestle-impact") }</th>
                                    <th scope="col" class="num">{ i18n.t("pestle-likelihood") }</th>
                                    <th scope="col" class="num">{ i18n.t("pestle-score") }</th>
                                </tr></thead>
                                <tbody>
                                    { for ranked.iter().filter_map(|r| board.card(&r.card).map(|c| (r, c))).map(|(r, c)| html! {
                                        <tr>
                                            <td>{ r.rank }</td>
                                            <th scope="row">{ c.text.clone() }<span class="muted">{ " · " }{ i18n.t(&format!("col-{}", c.column.key())) }</span></th>
                                            <td class="num">{ c.impact.unwrap_or(0) }</td>
                                            <td class="num">{ c.likelihood.unwrap_or(0) }</td>
                                            <td class="num"><strong>{ r.score }</strong></td>
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                            </div>
                        }
                    </div>
                </div>
            </section>
            { checks_panel(&i18n, &found, &plan.pestle, &[]) }
            <crate::views::next::ContinueTo from={crate::pages::Route::Pestle} />
        </section>
    }
}
