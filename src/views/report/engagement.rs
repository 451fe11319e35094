//! The engagement strategy chapter: audience, tactics by channel, budget scenarios.

use super::*;

pub(super) fn engagement(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let e = &c.plan.engagement;
    let audience = facts(vec![
        (c.t("engagement-audience"), e.audience.clone()),
        (c.t("engagement-justification"), e.justification.clone()),
    ]);
    if audience.is_none() && e.tactics.is_empty() {
        missing.push((Route::Engagement, "nav-engagement"));
        return None;
    }
    let tactics = (!e.tactics.is_empty()).then(|| {
        part(
            c.t("engagement-tactics"),
            html! { <div class="report-tactics">{ for e.tactics.iter().map(|t| tactic(c, t)) }</div> },
        )
    });
    let budget = (!e.tactics.is_empty()).then(|| budget(c));
    Some(Section {
        id: "report-engagement",
        title: c.t("engagement-title"),
        body: html! { <>{ for audience }{ for tactics }{ for budget }</> },
    })
}

/// A tactic: its channel, ownership and role, what it does and why, how it is measured,
/// monitored and managed, and the objectives it serves.
pub(crate) fn tactic(c: &Ctx, t: &Tactic) -> Html {
    let served: Vec<String> = c
        .plan
        .objectives
        .objectives
        .iter()
        .filter(|o| t.objectives.contains(&o.id))
        .map(|o| o.statement.clone())
        .collect();
    let texts = facts(
        TacticText::ALL
            .iter()
            .map(|f| (c.t(&format!("tactic-{}", f.key())), t.text(*f).to_owned()))
            .chain(std::iter::once((
                c.t("tactic-objectives"),
                served.join("\n"),
            )))
            .collect(),
    );
    html! {
        <div class="report-tactic report-keep" data-testid="report-tactic">
            <h4>{ channel_name(c.i18n, t.channel, &t.custom) }</h4>
            <p class="report-small muted">
                { c.t(&format!("ownership-{}", t.ownership.key())) }{ " · " }{ c.t(&format!("role-{}", t.role.key())) }
            </p>
            { for texts }
        </div>
    }
}

/// The budget with its heading.
fn budget(c: &Ctx) -> Html {
    part(c.t("budget-title"), budget_body(c))
}

/// The budget table of the good, better and best scenarios with their totals, and its two
/// charts (as on `#/engagement`).
fn budget_body(c: &Ctx) -> Html {
    let charts = scenario_totals(&c.plan.engagement).iter().any(|x| *x > 0);
    html! { <>
        { budget_table(c) }
        { crate::views::money::over_budget_note(c.i18n, c.plan) }
        if charts {
            <div class="report-charts">
                { budget_by_channel(c) }
                { budget_by_ownership(c) }
            </div>
        }
    </> }
}

/// The budget by channel, a bar per scenario (a slide shows it beside the table).
pub(crate) fn budget_by_channel(c: &Ctx) -> Html {
    let channels = by_channel(&c.plan.engagement);
    let scenarios: Vec<(String, plotters::style::RGBColor)> = Scenario::ALL
        .iter()
        .zip([SERIES[5], SERIES[0], SERIES[6]])
        .map(|(s, colour)| (c.t(&format!("scenario-{}", s.key())), colour))
        .collect();
    let by_channel_svg = bars(
        &channels
            .iter()
            .map(|(ch, custom, b)| Group {
                label: channel_name(c.i18n, *ch, custom),
                values: b.iter().map(|x| *x as f64 / 100.0).collect(),
            })
            .collect::<Vec<_>>(),
        &scenarios,
        false,
        c.text,
        &|x| c.axis(x),
    )
    .unwrap_or_default();
    figure(
        by_channel_svg,
        c.i18n.t_args(
            "budget-channel-alt",
            &[("count", Arg::from(channels.len()))],
        ),
        "report-budget-channel",
        "report-bars",
        Named::captioned(
            c.i18n
                .with_currency(&c.t("budget-by-channel"), c.plan.meta.currency),
        ),
    )
}

/// The budget by paid, owned and earned media, a stacked bar per scenario (a slide of its own).
pub(crate) fn budget_by_ownership(c: &Ctx) -> Html {
    let e = &c.plan.engagement;
    let svg = ownership_bars(&|id| c.t(id), e, c.text, c.locale());
    html! {
        <div>
            { figure(svg, c.t("budget-ownership-alt"), "report-budget-ownership", "report-bars", Named::captioned(c.i18n.with_currency(&c.t("budget-by-ownership"), c.plan.meta.currency))) }
            { ownership_table(&|id| c.t(id), &|x| c.money(x, 0), e, "report-budget-ownership") }
        </div>
    }
}

/// The table of the good, better and best scenarios, a row per channel, with their totals.
pub(crate) fn budget_table(c: &Ctx) -> Html {
    let e = &c.plan.engagement;
    let channels = by_channel(e);
    let totals = scenario_totals(e);
    html! {
        <table class="data-table report-table report-keep" data-testid="report-budget-table" data-chart-testid="report-budget-channel">
            <thead><tr>
                <th scope="col">{ c.t("team-channel") }</th>
                { for Scenario::ALL.iter().map(|s| html! { <th scope="col" class="num">{ c.t(&format!("scenario-{}", s.key())) }</th> }) }
            </tr></thead>
            <tbody>{ for channels.iter().map(|(ch, custom, b)| html! {
                <tr>
                    <th scope="row">{ channel_name(c.i18n, *ch, custom) }</th>
                    { for b.iter().map(|x| html! { <td class="num" data-cents={x.to_string()}>{ c.money(*x, 0) }</td> }) }
                </tr>
            }) }</tbody>
            <tfoot><tr>
                <th scope="row">{ c.t("attribution-total") }</th>
                { for totals.iter().map(|x| html! { <td class="num" data-cents={x.to_string()}><strong>{ c.money(*x, 0) }</strong></td> }) }
            </tr></tfoot>
        </table>
    }
}

/// The numbers of [`ownership_bars`] as a table behind a disclosure (`chart-data`): a row per
/// bar (scenario), a column per stacked segment (paid, owned, earned) and their total, the
/// amounts as the budget table writes them. `testid` is the chart's test id, so a test can
/// pair each chart with its table.
pub(crate) fn ownership_table(
    t: &dyn Fn(&str) -> String,
    money: &dyn Fn(u64) -> String,
    e: &crate::domain::engagement::Engagement,
    testid: &'static str,
) -> Html {
    let own = by_ownership(e);
    html! {
        <details class="chart-data no-print">
            <summary>{ t("chart-as-table") }</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t("budget-by-ownership")}><table class="data-table" data-chart-testid={testid}>
                <caption class="visually-hidden">{ t("budget-by-ownership") }</caption>
                <thead><tr>
                    <th scope="col">{ t("budget-scenario") }</th>
                    { for Ownership::ALL.iter().map(|o| html! { <th scope="col" class="num">{ t(&format!("ownership-{}", o.key())) }</th> }) }
                    <th scope="col" class="num">{ t("attribution-total") }</th>
                </tr></thead>
                <tbody>{ for Scenario::ALL.iter().map(|s| {
                    let cents: Vec<u64> = own.iter().map(|o| o[s.index()]).collect();
                    let total = cents.iter().fold(0u64, |a, x| a.saturating_add(*x));
                    html! {
                        <tr>
                            <th scope="row">{ t(&format!("scenario-{}", s.key())) }</th>
                            { for cents.iter().map(|x| html! { <td class="num" data-cents={x.to_string()}>{ money(*x) }</td> }) }
                            <td class="num" data-cents={total.to_string()}>{ money(total) }</td>
                        </tr>
                    }
                }) }</tbody>
            </table></div>
        </details>
    }
}

/// The budget by paid, owned and earned media, one stacked bar per scenario, as an SVG (the
/// engagement page and the report show the same chart).
pub(crate) fn ownership_bars(
    t: &dyn Fn(&str) -> String,
    e: &crate::domain::engagement::Engagement,
    text: crate::charts::TextSize,
    locale: crate::domain::Locale,
) -> String {
    let own = by_ownership(e);
    let own_series: Vec<(String, plotters::style::RGBColor)> = Ownership::ALL
        .iter()
        .zip([SERIES[4], BRAND, SERIES[2]])
        .map(|(o, colour)| (t(&format!("ownership-{}", o.key())), colour))
        .collect();
    bars(
        &Scenario::ALL
            .iter()
            .map(|s| Group {
                label: t(&format!("scenario-{}", s.key())),
                values: own.iter().map(|o| o[s.index()] as f64 / 100.0).collect(),
            })
            .collect::<Vec<_>>(),
        &own_series,
        true,
        text,
        &|x| crate::i18n::axis_number(locale, x),
    )
    .unwrap_or_default()
}
