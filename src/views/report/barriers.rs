//! The barriers and opportunities chapter: SWOT, PESTLE with its ranking, TOWS strategies.

use super::*;

pub(super) fn barriers(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let plan = c.plan;
    let swot = (!plan.swot.cards.is_empty())
        .then(|| part(c.t("swot-title"), columns(c, BoardKind::Swot, &plan.swot)));
    if swot.is_none() {
        missing.push((Route::Swot, "nav-swot"));
    }
    let pestle = (!plan.pestle.cards.is_empty()).then(|| pestle(c, &plan.pestle));
    if pestle.is_none() {
        missing.push((Route::Pestle, "nav-pestle"));
    }
    let tows = (!plan.tows.is_empty()).then(|| tows(c, &plan.tows, &plan.swot));
    if tows.is_none() {
        missing.push((Route::Tows, "nav-tows"));
    }
    if swot.is_none() && pestle.is_none() && tows.is_none() {
        return None;
    }
    Some(Section {
        id: "report-barriers",
        title: c.t("report-barriers"),
        body: html! { <>{ for swot }{ for pestle }{ for tows }</> },
    })
}

/// The columns of a board as compact lists, in the board's own colours.
fn columns(c: &Ctx, kind: BoardKind, board: &Board) -> Html {
    html! {
        <div class={format!("report-columns report-columns-{}", kind.key())} data-testid={format!("report-{}", kind.key())}>
            { for kind.columns().iter().map(|column| {
                let cards: Vec<_> = board.column(*column).collect();
                html! {
                    <div class={format!("report-column report-keep col-{}", column.key())}>
                        <h4>{ c.t(&format!("col-{}", column.key())) }</h4>
                        if cards.is_empty() {
                            <p class="muted">{ c.t("report-none") }</p>
                        } else {
                            <ul>{ for cards.iter().map(|card| html! { <li class="report-text">{ card.text.clone() }</li> }) }</ul>
                        }
                    </div>
                }
            }) }
        </div>
    }
}

fn pestle(c: &Ctx, board: &Board) -> Html {
    let ranked = ranking(board);
    let rows: Vec<_> = ranked
        .iter()
        .filter_map(|r| board.card(&r.card).map(|card| (r, card)))
        .collect();
    let points: Vec<Point> = rows
        .iter()
        .filter_map(|(r, card)| {
            Some(Point {
                rank: r.rank,
                impact: card.impact?,
                likelihood: card.likelihood?,
            })
        })
        .collect();
    let key: Vec<String> = rows
        .iter()
        .map(|(r, card)| format!("{} {}", r.rank, card.text))
        .collect();
    let chart = rows.first().map(|(top, card)| {
        let svg = matrix(&points, &c.t("pestle-likelihood"), &c.t("pestle-impact")).unwrap_or_default();
        let alt = c.i18n.t_args(
            "pestle-chart-alt",
            &[
                ("count", Arg::from(ranked.len())),
                ("top", Arg::from(card.text.clone())),
                ("score", Arg::from(usize::from(top.score))),
            ],
        );
        html! {
            <div class="report-split report-split-pestle report-keep">
                { figure(svg, alt, "report-pestle-matrix", "report-matrix", Named { title: c.t("pestle-matrix"), caption: Some(c.t("pestle-matrix-caption")), key }) }
                <div>
                    <h4>{ c.t("pestle-ranking") }</h4>
                    <div class="table-scroll" tabindex="0" role="region" aria-label={c.t("pestle-ranking")}>
                        <table class="data-table report-table" data-testid="report-pestle-ranking" data-chart-testid="report-pestle-matrix">
                            <thead><tr>
                                <th scope="col" class="num">{ "#" }</th>
                                <th scope="col">{ c.t("pestle-factor") }</th>
                                <th scope="col" class="num">{ c.t("pestle-impact") }</th>
                                <th scope="col" class="num">{ c.t("pestle-likelihood") }</th>
                                <th scope="col" class="num">{ c.t("pestle-score") }</th>
                            </tr></thead>
                            <tbody>{ for rows.iter().map(|(r, card)| html! {
                                <tr>
                                    <td class="num">{ r.rank }</td>
                                    <th scope="row">{ card.text.clone() }<span class="muted">{ " · " }{ c.t(&format!("col-{}", card.column.key())) }</span></th>
                                    <td class="num">{ card.impact.unwrap_or(0) }</td>
                                    <td class="num">{ card.likelihood.unwrap_or(0) }</td>
                                    <td class="num"><strong>{ r.score }</strong></td>
                                </tr>
                            }) }</tbody>
                        </table>
                    </div>
                </div>
            </div>
        }
    });
    part(
        c.t("pestle-title"),
        html! { <>{ columns(c, BoardKind::Pestle, board) }{ for chart }</> },
    )
}

fn tows(c: &Ctx, strategies: &[Strategy], swot: &Board) -> Html {
    let list = |title: String, items: Vec<&Strategy>| {
        html! {
            <div class="report-tows report-keep">
                <h4>{ title }</h4>
                <ul class="report-strategies">{ for items.into_iter().map(|s| html! {
                    <li>
                        if !blank(&s.text) { <p class="report-text">{ s.text.clone() }</p> }
                        <p class="strategy-sources">{ source_view(c.i18n, &s.internal, swot) }{ source_view(c.i18n, &s.external, swot) }</p>
                    </li>
                }) }</ul>
            </div>
        }
    };
    let kinds = TowsKind::ALL.iter().filter_map(|kind| {
        let items: Vec<&Strategy> = strategies
            .iter()
            .filter(|s| s.kind(swot) == Some(*kind))
            .collect();
        (!items.is_empty()).then(|| list(c.t(&format!("tows-{}", kind.key())), items))
    });
    let broken: Vec<&Strategy> = strategies
        .iter()
        .filter(|s| s.kind(swot).is_none())
        .collect();
    let broken = (!broken.is_empty()).then(|| list(c.t("tows-broken"), broken));
    part(
        c.t("tows-title"),
        html! { <div data-testid="report-tows">{ for kinds }{ for broken }</div> },
    )
}
