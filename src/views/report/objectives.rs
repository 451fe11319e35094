//! The objectives and monitoring chapter: each SMART objective, its KPIs and readings.

use super::*;

pub(super) fn objectives(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let section = &c.plan.objectives;
    if section.objectives.is_empty() && section.kpis.is_empty() {
        missing.push((Route::Objectives, "nav-objectives"));
        return None;
    }
    let options = link_options(c.i18n, c.plan);
    let loose: Vec<&Kpi> = section
        .kpis
        .iter()
        .filter(|k| k.objective.is_none())
        .collect();
    Some(Section {
        id: "report-objectives",
        title: c.t("report-objectives"),
        body: html! { <>
            { for section.objectives.iter().map(|o| objective(c, o, section.kpis_of(&o.id).collect(), &options)) }
            if !loose.is_empty() { { part(c.t("kpi-loose"), kpi_table(c, &loose)) } }
        </> },
    })
}

fn objective(c: &Ctx, o: &Objective, kpis: Vec<&Kpi>, options: &[LinkOption]) -> Html {
    let facts = objective_facts(c, o);
    let links: Vec<String> = o
        .links
        .iter()
        .filter_map(|l| options.iter().find(|(x, _)| x == l).map(|(_, t)| t.clone()))
        .collect();
    let tactics: Vec<String> = c
        .plan
        .engagement
        .tactics
        .iter()
        .filter(|t| t.objectives.contains(&o.id))
        .map(|t| channel_name(c.i18n, t.channel, &t.custom))
        .collect();
    let title = if blank(&o.statement) {
        c.t("objective-statement")
    } else {
        o.statement.clone()
    };
    html! {
        <article class="report-objective" data-testid="report-objective">
            <h3 class="report-text">{ title }</h3>
            <div class="report-objective-grid report-keep">
                <div>{ for facts }</div>
                { smart_brief(c, o) }
            </div>
            if !kpis.is_empty() {
                <div class="report-keep">
                    <h4>{ c.t("kpi-title") }</h4>
                    { kpi_table(c, &kpis) }
                </div>
            }
            if !links.is_empty() {
                <p class="report-small"><strong>{ c.t("links-title") }{ c.i18n.colon() }</strong>{ c.i18n.items(&links) }</p>
            }
            if !tactics.is_empty() {
                <p class="report-small"><strong>{ c.t("objective-tactics") }{ c.i18n.colon() }</strong>{ c.i18n.list(&tactics) }</p>
            }
            { monitoring(c, o) }
        </article>
    }
}

/// An amount of an objective's metric, with its unit; blank when there is none.
pub(crate) fn amount(c: &Ctx, o: &Objective, x: Option<f64>) -> String {
    x.map(|x| {
        if blank(&o.unit) {
            c.num(x)
        } else {
            format!("{} {}", c.num(x), o.unit.trim())
        }
    })
    .unwrap_or_default()
}

/// What an objective says (metric, baseline, target, dates, audience, how it is measured,
/// monitored and managed), blank values left out; `None` when all are blank.
fn objective_facts(c: &Ctx, o: &Objective) -> Option<Html> {
    let amount = |x: Option<f64>| amount(c, o, x);
    let day = |d: Option<Date>| d.map(|d| show_date(c.i18n, d)).unwrap_or_default();
    facts(vec![
        (c.t("objective-metric"), o.metric.clone()),
        (c.t("objective-baseline"), amount(o.baseline)),
        (c.t("objective-target"), amount(o.target)),
        (c.t("objective-start"), day(o.start)),
        (c.t("objective-deadline"), day(o.deadline)),
        (c.t("objective-audience"), o.audience.clone()),
        (c.t("objective-measured"), o.measured.clone()),
        (
            c.t("objective-monitored"),
            o.monitored
                .map(|f| c.t(&format!("frequency-{}", f.key())))
                .unwrap_or_default(),
        ),
        (c.t("objective-manager"), o.manager.clone()),
    ])
}

/// The SMART check at a glance: the five letters coloured by verdict, and only what is
/// missing or questionable spelled out.
pub(crate) fn smart_brief(c: &Ctx, o: &Objective) -> Html {
    let verdicts = smart(o);
    let notes: Vec<(char, String)> = verdicts
        .iter()
        .zip(LETTERS)
        .filter_map(|(v, letter)| match v {
            Verdict::Met => None,
            Verdict::Missing(k) | Verdict::Question(k) => {
                Some((letter, c.t(&format!("smart-{k}"))))
            }
        })
        .collect();
    html! {
        <div class="report-smart report-keep" data-testid="report-smart">
            <p class="report-smart-title">{ c.t("smart-title") }</p>
            <ul class="report-smart-letters">
                { for verdicts.iter().zip(LETTERS).map(|(v, letter)| {
                    let (class, mark) = match v {
                        Verdict::Met => ("met", "✓"),
                        Verdict::Missing(_) => ("missing", "✗"),
                        Verdict::Question(_) => ("question", "?"),
                    };
                    html! {
                        <li class={format!("smart-{class}")} data-letter={letter.to_string()} data-verdict={class}>
                            <span class="smart-letter" aria-hidden="true">{ letter }</span>
                            <span class="visually-hidden">{ c.t(&format!("smart-{letter}")) }{ c.i18n.colon() }{ mark }</span>
                        </li>
                    }
                }) }
            </ul>
            if notes.is_empty() {
                <p class="report-small">{ c.t("report-smart-met") }</p>
            } else {
                <ul class="report-smart-notes">{ for notes.into_iter().map(|(letter, note)| html! {
                    <li><strong>{ c.t(&format!("smart-{letter}")) }{ c.i18n.colon() }</strong>{ note }</li>
                }) }</ul>
            }
        </div>
    }
}

/// KPIs as a table; the channel and target columns only when some KPI has one.
fn kpi_table(c: &Ctx, kpis: &[&Kpi]) -> Html {
    let channels = kpis.iter().any(|k| k.channel.is_some());
    let targets = kpis.iter().any(|k| k.target.is_some());
    html! {
        <table class="data-table report-table">
            <thead><tr>
                <th scope="col">{ c.t("kpi-name") }</th>
                <th scope="col">{ c.t("kpi-level") }</th>
                if channels { <th scope="col">{ c.t("journey-tp-channel") }</th> }
                if targets { <th scope="col" class="num">{ c.t("objective-target") }</th> }
            </tr></thead>
            <tbody>{ for kpis.iter().map(|k| html! {
                <tr>
                    <th scope="row" class="report-text">{ k.name.clone() }</th>
                    <td>{ c.t(&format!("kpi-level-{}", k.level.key())) }</td>
                    if channels {
                        <td>{ k.channel.map_or_else(|| "–".to_owned(), |ch| channel_name(c.i18n, ch, "")) }</td>
                    }
                    if targets {
                        <td class="num">{ k.target.map_or_else(|| "–".to_owned(), |x| format!("{} {}", c.num(x), k.unit.trim()).trim_end().to_owned()) }</td>
                    }
                </tr>
            }) }</tbody>
        </table>
    }
}

/// Where the objective stands today: the status, the rule that decided it, the latest
/// reading and the chart against the straight line to the target (as on `#/monitor`).
pub(crate) fn monitoring(c: &Ctx, o: &Objective) -> Html {
    let a = status(o, c.today);
    let pct = |x: f64| format_number(c.locale(), x * 100.0, 0);
    let rule = match a.status {
        Status::OnTrack | Status::AtRisk | Status::OffTrack => c.i18n.t_args(
            a.rule_id(),
            &[
                ("ratio", Arg::from(pct(a.ratio.unwrap_or(0.0)))),
                ("on", Arg::from(pct(ON_TRACK))),
                ("risk", Arg::from(pct(AT_RISK))),
            ],
        ),
        other => c.t(&format!("status-{}-rule", other.key())),
    };
    let name = c.t(&format!("status-{}", a.status.key()));
    let chart = match (o.baseline, o.target, o.start, o.deadline) {
        (Some(b), Some(t), Some(s), Some(d)) => progress(
            &Progress {
                path: ((s.0, b), (d.0, t)),
                readings: o.readings.iter().map(|r| (r.date.0, r.value)).collect(),
                day_labels: (show_date(c.i18n, s), show_date(c.i18n, d)),
                legend: (c.t("monitor-path"), c.t("monitor-actual")),
            },
            c.text,
            &|x| c.axis(x),
        )
        .ok(),
        _ => None,
    };
    let alt = c.i18n.t_args(
        "monitor-chart-alt",
        &[
            ("count", Arg::from(o.readings.len())),
            ("status", Arg::from(name.clone())),
        ],
    );
    let latest = o.readings.iter().max_by_key(|r| r.date).map(|r| {
        let value = if blank(&o.unit) {
            c.num(r.value)
        } else {
            format!("{} {}", c.num(r.value), o.unit.trim())
        };
        c.i18n.t_args(
            "report-latest",
            &[
                ("value", Arg::from(value)),
                ("date", Arg::from(show_date(c.i18n, r.date))),
            ],
        )
    });
    html! {
        <div class="report-monitor">
            { c.inner_heading(classes!(), c.t("monitor-title")) }
            <p>
                <span class={format!("status status-{}", a.status.key())} data-testid="report-status" data-status={a.status.key()}>{ name }</span>
                { " " }<span class="report-small">{ rule }</span>
            </p>
            if let Some(latest) = latest { <p class="report-small">{ latest }</p> }
            if let Some(svg) = chart {
                { figure(svg, alt, "report-progress", "report-progress", Named::titled(o.statement.clone())) }
                { for progress_table(c.i18n, o, "report-progress") }
            }
        </div>
    }
}

/// The numbers of an objective's progress chart as a table behind a disclosure (`chart-data`):
/// the start, each reading and the deadline by date, with the value the straight line to the
/// target has on that day (what the dashed line shows; "–" outside it) and the reading (each
/// dot). `None` when the chart is not drawn. `testid` is the chart's test id, so a test can pair
/// each chart with its table.
pub(crate) fn progress_table(
    i18n: &I18nContext,
    o: &Objective,
    testid: &'static str,
) -> Option<Html> {
    let (Some(baseline), Some(target), Some(start), Some(deadline)) =
        (o.baseline, o.target, o.start, o.deadline)
    else {
        return None;
    };
    let locale = i18n.locale();
    // The unit once, under each column's name, so the numbers fit a phone's width.
    let unit = o.unit.trim().to_owned();
    let head = |key: &str| {
        html! {
            <th scope="col" class="num">{ i18n.t(key) }
                if !unit.is_empty() { <br /><span class="muted">{ format!("({unit})") }</span> }
            </th>
        }
    };
    let show = move |x: f64| format_number(locale, x, if x.fract() == 0.0 { 0 } else { 2 });
    // (day, reading): the start and the deadline without a reading unless one is on that day.
    let mut rows: Vec<(Date, Option<f64>)> =
        o.readings.iter().map(|r| (r.date, Some(r.value))).collect();
    for end in [start, deadline] {
        if !rows.iter().any(|(d, _)| *d == end) {
            rows.push((end, None));
        }
    }
    rows.sort_by_key(|(d, _)| *d);
    let marker = |d: Date| {
        if d == start {
            Some(i18n.t("objective-start"))
        } else if d == deadline {
            Some(i18n.t("objective-deadline"))
        } else {
            None
        }
    };
    let metric = if blank(&o.metric) {
        o.statement.clone()
    } else {
        o.metric.clone()
    };
    let caption = i18n.t_args("monitor-table-caption", &[("metric", Arg::from(metric))]);
    Some(html! {
        <details class="chart-data no-print">
            <summary>{ i18n.t("chart-as-table") }</summary>
            <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}><table class="data-table" data-chart-testid={testid}>
                <caption class="visually-hidden">{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ i18n.t("monitor-date") }</th>
                    { head("monitor-path") }
                    { head("monitor-actual") }
                </tr></thead>
                <tbody>{ for rows.into_iter().map(|(d, reading)| {
                    let on_path = (start <= d && d <= deadline)
                        .then(|| show(path_value(baseline, target, start, deadline, d)));
                    html! {
                        <tr data-reading={reading.is_some().then_some("1")}>
                            <th scope="row">
                                { show_date(i18n, d) }
                                if let Some(m) = marker(d) { <span class="muted">{ " · " }{ m }</span> }
                            </th>
                            <td class="num">{ on_path.unwrap_or_else(|| "–".to_owned()) }</td>
                            <td class="num">{ reading.map_or_else(|| "–".to_owned(), &show) }</td>
                        </tr>
                    }
                }) }</tbody>
            </table></div>
        </details>
    })
}
