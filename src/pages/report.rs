//! The report (`#/report`): the whole open plan as one document, to read on screen, print,
//! or save as a PDF and hand to a client.
//!
//! Why it is built this way:
//! - It shows what the pages compute (scores, rankings, SMART verdicts, statuses, budgets,
//!   credits) through the same domain functions and charts, so the document never disagrees
//!   with the page a reader checks it against.
//! - A part with nothing written in it is left out, so the document never looks broken or
//!   half empty; on screen one line lists what is missing, with links to the pages that fill
//!   it in (that line is not printed: it is a note to the author, not to the client).
//! - Everything below the page component is a plain function returning `Html`: nothing here
//!   has state of its own, and every component adds to the WebAssembly download.
//! - The print sheet (`www/report.css`) hides the app around the document and starts each
//!   major section on a new page; the markup gives it the hooks (`report-section`,
//!   `report-keep` for what must not be split, `no-print` for what is only for the screen).
//! - User text is only ever rendered as text (Yew escapes it); CSS keeps its line breaks.
//! - The table of contents links to the sections by element id: in a saved PDF they become
//!   links inside the document. On screen a click moves focus there instead, because the
//!   hash router would read `#report-…` as a route.

use crate::charts::bars::{bars, Group};
use crate::charts::matrix::{matrix, Point};
use crate::charts::progress::{progress, Progress};
use crate::charts::radar::radar;
use crate::charts::{BRAND, SERIES};
use crate::domain::attribution::{by_channel as credits_by_channel, Model};
use crate::domain::board::{ranking, Board, BoardKind, Strategy, TowsKind};
use crate::domain::channels::{
    by_channel, by_ownership, scenario_totals, Scenario, Tactic, TacticText,
};
use crate::domain::creative::{CreativeField, P};
use crate::domain::date::Date;
use crate::domain::health_check::GoalScope;
use crate::domain::journey::{Journey, JourneyMap, Lane, Ownership, Persona, PersonaField};
use crate::domain::monitor::{status, Scope, Status, AT_RISK, ON_TRACK};
use crate::domain::objectives::{smart, Kpi, Objective, Verdict, LETTERS};
use crate::domain::outline::{self, OUTLINE};
use crate::domain::{Locale, Plan};
use crate::i18n::{format_date, format_datetime, format_number, use_i18n, Arg, I18nContext};
use crate::pages::health::summary::{context_name, radar_axes, score_text};
use crate::pages::home::{focus_element, Home};
use crate::pages::journey::{channel_name, stage_name};
use crate::pages::monitor::{show_date, today};
use crate::pages::objectives::{link_options, LinkOption};
use crate::pages::tows::source_view;
use crate::pages::Route;
use crate::state::use_app_state;
use crate::ui::Chart;
use yew::prelude::*;
use yew_router::prelude::*;

/// What every part of the report reads (presentation mode's slides read it too).
pub(crate) struct Ctx<'a> {
    pub(crate) i18n: &'a I18nContext,
    pub(crate) plan: &'a Plan,
    /// The day the report is made: monitoring statuses are as of today.
    pub(crate) today: Date,
}

impl Ctx<'_> {
    pub(crate) fn t(&self, id: &str) -> String {
        self.i18n.t(id)
    }

    fn locale(&self) -> Locale {
        self.i18n.locale()
    }

    /// A number as the reader's language writes it, with decimals only when it has some.
    pub(crate) fn num(&self, x: f64) -> String {
        format_number(self.locale(), x, if x.fract() == 0.0 { 0 } else { 2 })
    }

    /// An amount of cents in the plan's currency, with `decimals` decimals.
    fn money(&self, cents: u64, decimals: u32) -> String {
        format_number(self.locale(), cents as f64 / 100.0, decimals)
    }
}

/// A major section of the document (each starts a new printed page).
struct Section {
    /// Its element id, the target of its entry in the table of contents.
    id: &'static str,
    title: String,
    body: Html,
}

/// The pages whose part of the plan is still empty: where to fill it in, and the label of
/// the link.
type Missing = Vec<(Route, &'static str)>;

pub(crate) fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// See the module documentation.
#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let Some(plan) = state.plan.clone() else {
        return html! { <Home /> };
    };
    let c = Ctx {
        i18n: &i18n,
        plan: &plan,
        today: today(),
    };
    let mut missing = Missing::new();
    // The plan's one outline, which the export and the slides follow too; a chapter of the
    // report starts at its first section and shows the ones after it that it names.
    let sections: Vec<(outline::Section, Section)> = OUTLINE
        .into_iter()
        .filter_map(|part| {
            let chapter = match part {
                outline::Section::Health => health(&c, &mut missing),
                // With PESTLE and TOWS.
                outline::Section::Swot => barriers(&c, &mut missing),
                // With the journeys and attribution.
                outline::Section::Personas => journey(&c, &mut missing),
                outline::Section::Objectives => objectives(&c, &mut missing),
                // With the marketing mix.
                outline::Section::Creative => creative(&c, &mut missing),
                outline::Section::Engagement => engagement(&c, &mut missing),
                outline::Section::Reviews => reviews(&c, &mut missing),
                outline::Section::Pestle
                | outline::Section::Tows
                | outline::Section::Journeys
                | outline::Section::Attribution
                | outline::Section::Mix => None,
            };
            chapter.map(|chapter| (part, chapter))
        })
        .collect();
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let meta = &plan.meta;
    let locale = i18n.locale();
    html! {
        <section class="page report-page" aria-labelledby="page-title">
            <p class="report-intro no-print">{ i18n.t("report-intro") }</p>
            <div class="report-actions">
                <button type="button" class="button button-primary" onclick={print} data-testid="report-print">
                    { i18n.t("report-print") }
                </button>
                <crate::ui::ExportMenu />
            </div>
            <article class="report" data-testid="report">
                <header class="report-cover">
                    <p class="report-kicker">{ i18n.t("report-kicker") }</p>
                    <h1 id="page-title" tabindex="-1">{ meta.name.clone() }</h1>
                    if !blank(&meta.description) {
                        <p class="report-text report-description">{ meta.description.clone() }</p>
                    }
                    <dl class="report-dates">
                        <div><dt>{ i18n.t("report-date") }</dt><dd>{ format_date(locale, c.today) }</dd></div>
                        <div><dt>{ i18n.t("overview-updated") }</dt><dd>{ format_datetime(locale, meta.updated) }</dd></div>
                    </dl>
                    if sections.is_empty() {
                        <p class="report-empty" data-testid="report-empty">{ i18n.t("report-empty") }</p>
                    } else {
                        <div class="report-toc">
                            <h2 id="report-toc-title">{ i18n.t("report-contents") }</h2>
                            <ol aria-labelledby="report-toc-title">{ for sections.iter().map(toc_item) }</ol>
                        </div>
                    }
                    if !missing.is_empty() {
                        <p class="report-missing no-print" data-testid="report-missing">
                            <strong>{ i18n.t("report-missing") }</strong>{ " " }
                            { for missing.iter().enumerate().map(|(i, (route, label))| html! { <>
                                if i > 0 { { ", " } }
                                <Link<Route> to={*route}>{ i18n.t(label) }</Link<Route>>
                            </> }) }
                        </p>
                    }
                </header>
                { for sections.into_iter().map(section_view) }
            </article>
        </section>
    }
}

/// An entry of the table of contents.
fn toc_item((_, s): &(outline::Section, Section)) -> Html {
    let id = s.id;
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus_element(id);
    });
    html! { <li><a href={format!("#{id}")} {onclick}>{ s.title.clone() }</a></li> }
}

fn section_view((part, s): (outline::Section, Section)) -> Html {
    let title = format!("{}-title", s.id);
    html! {
        <section class="report-section" id={s.id} tabindex="-1" aria-labelledby={title.clone()}
            data-testid={s.id} data-outline={part.key()}>
            <h2 id={title}>{ s.title }</h2>
            { s.body }
        </section>
    }
}

/// A part of a section: its heading and what it says.
fn part(title: String, body: Html) -> Html {
    html! { <div class="report-part"><h3>{ title }</h3>{ body }</div> }
}

/// Label–value pairs as a description list, blank values left out; `None` when all are blank.
pub(crate) fn facts(rows: Vec<(String, String)>) -> Option<Html> {
    let rows: Vec<(String, String)> = rows.into_iter().filter(|(_, v)| !blank(v)).collect();
    if rows.is_empty() {
        return None;
    }
    Some(html! {
        <dl class="report-facts">
            { for rows.into_iter().map(|(label, value)| html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> }) }
        </dl>
    })
}

/// A table cell of user text; `label` names it where a phone shows the table's rows as
/// blocks (`report-stack`). A blank cell has no content at all, so it can be hidden there.
fn cell(label: String, text: &str) -> Html {
    html! {
        <td class="report-text" data-label={label}>
            if !blank(text) { { text.to_owned() } }
        </td>
    }
}

/// A figure with a chart drawn by `charts::`, kept whole on a printed page.
pub(crate) fn figure(
    svg: String,
    alt: String,
    testid: &'static str,
    class: &'static str,
    caption: Option<String>,
) -> Html {
    html! {
        <figure class={format!("chart-figure report-figure report-keep {class}")}>
            <Chart svg={AttrValue::from(svg)} {alt} {testid} />
            if let Some(caption) = caption { <figcaption>{ caption }</figcaption> }
        </figure>
    }
}

// ---------------------------------------------------------------------------------------
// Health check

fn health(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let hc = &c.plan.health;
    let s = &hc.start;
    let scope = s
        .scope
        .map(|g| {
            c.t(match g {
                GoalScope::Annual => "hc-start-scope-annual",
                GoalScope::Micro => "hc-start-scope-micro",
            })
        })
        .unwrap_or_default();
    let start = facts(vec![
        (c.t("hc-start-now"), s.now.clone()),
        (c.t("hc-start-scope"), scope),
        (c.t("hc-start-goal"), s.goal.clone()),
        (c.t("hc-start-future"), s.future_state.clone()),
    ]);
    let resources: Vec<_> = s
        .resources
        .all()
        .filter(|(_, r)| !blank(&r.have) || !blank(&r.gap))
        .collect();
    let scores = hc.scores();
    let answered = scores.iter().any(|x| x.answered > 0);
    if start.is_none() && resources.is_empty() && !answered {
        missing.push((Route::Health, "nav-health"));
        return None;
    }
    let starting = (start.is_some() || !resources.is_empty()).then(|| {
        part(
            c.t("hc-step-start"),
            html! { <>
                { for start }
                if !resources.is_empty() {
                    <table class="data-table report-table report-stack report-keep">
                        <thead><tr>
                            <th scope="col">{ c.t("hc-resources") }</th>
                            <th scope="col">{ c.t("hc-resource-have") }</th>
                            <th scope="col">{ c.t("hc-resource-gap") }</th>
                        </tr></thead>
                        <tbody>{ for resources.iter().map(|(kind, r)| html! {
                            <tr>
                                <th scope="row">{ c.t(&format!("hc-resource-{}", kind.key())) }</th>
                                { cell(c.t("hc-resource-have"), &r.have) }
                                { cell(c.t("hc-resource-gap"), &r.gap) }
                            </tr>
                        }) }</tbody>
                    </table>
                }
            </> },
        )
    });
    let scored = answered.then(|| {
        let (axes, alt) = radar_axes(c.i18n, &scores);
        let weakest: Vec<String> = hc
            .weakest()
            .into_iter()
            .map(|w| context_name(c.i18n, w))
            .collect();
        html! {
            <div class="report-part">
                <h3>{ c.t("hc-scores") }</h3>
                <div class="report-split report-keep">
                    <table class="data-table report-table" data-testid="report-scores">
                        <thead><tr>
                            <th scope="col">{ c.t("hc-col-context") }</th>
                            <th scope="col" class="num">{ c.t("hc-col-score") }</th>
                            <th scope="col" class="num">{ c.t("hc-col-answered") }</th>
                        </tr></thead>
                        <tbody>{ for scores.iter().zip(&axes).map(|(x, axis)| html! {
                            <tr>
                                <th scope="row">{ axis.label.clone() }</th>
                                <td class="num">{ score_text(c.i18n, x) }</td>
                                <td class="num">{ format!("{}/{}", x.answered, x.total) }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                    { figure(radar(&axes, 5.0).unwrap_or_default(), alt, "report-radar", "report-radar", Some(c.t("hc-chart-title"))) }
                </div>
                if !weakest.is_empty() {
                    <p>{ c.i18n.t_args("report-weakest", &[("count", Arg::from(weakest.len())), ("areas", Arg::from(weakest.join(", ")))]) }</p>
                }
            </div>
        }
    });
    let next = hc.next_steps();
    let next = (answered && !next.is_empty()).then(|| {
        part(
            c.t("hc-next-steps"),
            html! {
                <ol class="report-next">{ for next.iter().map(|n| html! {
                    <li><strong>{ c.t(&format!("next-{}-title", n.key)) }</strong>{ " " }{ c.t(&format!("next-{}-body", n.key)) }</li>
                }) }</ol>
            },
        )
    });
    Some(Section {
        id: "report-health",
        title: c.t("hc-title"),
        body: html! { <>{ for starting }{ for scored }{ for next }</> },
    })
}

// ---------------------------------------------------------------------------------------
// Barriers and opportunities: SWOT, PESTLE, TOWS

fn barriers(c: &Ctx, missing: &mut Missing) -> Option<Section> {
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
                { figure(svg, alt, "report-pestle-matrix", "report-matrix", Some(c.t("pestle-matrix-caption"))) }
                <div>
                    <h4>{ c.t("pestle-ranking") }</h4>
                    <div class="table-scroll" tabindex="0" role="region" aria-label={c.t("pestle-ranking")}>
                        <table class="data-table report-table" data-testid="report-pestle-ranking">
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

// ---------------------------------------------------------------------------------------
// Objectives and monitoring

fn objectives(c: &Ctx, missing: &mut Missing) -> Option<Section> {
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
                <p class="report-small"><strong>{ c.t("links-title") }{ ": " }</strong>{ links.join("; ") }</p>
            }
            if !tactics.is_empty() {
                <p class="report-small"><strong>{ c.t("objective-tactics") }{ ": " }</strong>{ tactics.join(", ") }</p>
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
                            <span class="visually-hidden">{ c.t(&format!("smart-{letter}")) }{ ": " }{ mark }</span>
                        </li>
                    }
                }) }
            </ul>
            if notes.is_empty() {
                <p class="report-small">{ c.t("report-smart-met") }</p>
            } else {
                <ul class="report-smart-notes">{ for notes.into_iter().map(|(letter, note)| html! {
                    <li><strong>{ c.t(&format!("smart-{letter}")) }{ ": " }</strong>{ note }</li>
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
            &format!("status-{}-rule", a.status.key()),
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
        (Some(b), Some(t), Some(s), Some(d)) => progress(&Progress {
            path: ((s.0, b), (d.0, t)),
            readings: o.readings.iter().map(|r| (r.date.0, r.value)).collect(),
            day_labels: (show_date(c.i18n, s), show_date(c.i18n, d)),
            legend: (c.t("monitor-path"), c.t("monitor-actual")),
        })
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
            <h4>{ c.t("monitor-title") }</h4>
            <p>
                <span class={format!("status status-{}", a.status.key())} data-testid="report-status" data-status={a.status.key()}>{ name }</span>
                { " " }<span class="report-small">{ rule }</span>
            </p>
            if let Some(latest) = latest { <p class="report-small">{ latest }</p> }
            if let Some(svg) = chart { { figure(svg, alt, "report-progress", "report-progress", None) } }
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// Creative idea and marketing mix

fn creative(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let cr = &c.plan.creative;
    let options = link_options(c.i18n, c.plan);
    let links: Vec<String> = cr
        .links
        .iter()
        .filter_map(|l| options.iter().find(|(x, _)| x == l).map(|(_, t)| t.clone()))
        .collect();
    let idea = facts(
        CreativeField::ALL
            .iter()
            .map(|f| {
                (
                    c.t(&format!("creative-{}", f.key())),
                    cr.text(*f).to_owned(),
                )
            })
            .chain(std::iter::once((c.t("links-title"), links.join("\n"))))
            .collect(),
    )
    .map(|body| part(c.t("creative-title"), body));
    if idea.is_none() {
        missing.push((Route::Creative, "nav-creative"));
    }
    let ps: Vec<Html> = P::ALL
        .iter()
        .filter_map(|p| {
            let entry = c.plan.mix.get(*p);
            facts(vec![
                (c.t("mix-notes"), entry.notes.clone()),
                (c.t("mix-decisions"), entry.decisions.clone()),
            ])
            .map(|body| {
                html! {
                    <div class="report-p report-keep">
                        <h4>{ c.t(&format!("mix-{}", p.key())) }</h4>
                        { body }
                    </div>
                }
            })
        })
        .collect();
    let mix = (!ps.is_empty()).then(|| {
        part(
            c.t("mix-title"),
            html! { <div class="report-mix">{ for ps }</div> },
        )
    });
    if mix.is_none() {
        missing.push((Route::Mix, "nav-mix"));
    }
    if idea.is_none() && mix.is_none() {
        return None;
    }
    Some(Section {
        id: "report-creative",
        title: c.t("report-creative"),
        body: html! { <>{ for idea }{ for mix }</> },
    })
}

// ---------------------------------------------------------------------------------------
// Engagement strategy

fn engagement(c: &Ctx, missing: &mut Missing) -> Option<Section> {
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
pub(crate) fn budget_body(c: &Ctx) -> Html {
    let e = &c.plan.engagement;
    let channels = by_channel(e);
    let totals = scenario_totals(e);
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
    )
    .unwrap_or_default();
    let own = by_ownership(e);
    let own_series: Vec<(String, plotters::style::RGBColor)> = Ownership::ALL
        .iter()
        .zip([SERIES[4], BRAND, SERIES[2]])
        .map(|(o, colour)| (c.t(&format!("ownership-{}", o.key())), colour))
        .collect();
    let by_own_svg = bars(
        &Scenario::ALL
            .iter()
            .map(|s| Group {
                label: c.t(&format!("scenario-{}", s.key())),
                values: own.iter().map(|o| o[s.index()] as f64 / 100.0).collect(),
            })
            .collect::<Vec<_>>(),
        &own_series,
        true,
    )
    .unwrap_or_default();
    let charts = totals.iter().any(|x| *x > 0);
    html! { <>
        <table class="data-table report-table report-keep" data-testid="report-budget-table">
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
        if charts {
            <div class="report-charts">
                { figure(by_channel_svg, c.i18n.t_args("budget-channel-alt", &[("count", Arg::from(channels.len()))]),
                    "report-budget-channel", "report-bars", Some(c.t("budget-by-channel"))) }
                { figure(by_own_svg, c.t("budget-ownership-alt"), "report-budget-ownership", "report-bars", Some(c.t("budget-by-ownership"))) }
            </div>
        }
    </> }
}

// ---------------------------------------------------------------------------------------
// Buyer journey: personas, journeys, attribution

fn journey(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let map = &c.plan.journey;
    let personas = (!map.personas.is_empty()).then(|| {
        part(
            c.t("personas-title"),
            html! { <div class="report-personas">{ for map.personas.iter().map(|p| persona(c, p)) }</div> },
        )
    });
    if personas.is_none() {
        missing.push((Route::Personas, "nav-personas"));
    }
    let journeys: Vec<Html> = if map.stages.is_empty() {
        Vec::new()
    } else {
        map.personas
            .iter()
            .filter_map(|p| journey_table(c, map, p, &map.journey(&p.id)))
            .collect()
    };
    if journeys.is_empty() {
        missing.push((Route::Journey, "nav-journey"));
    }
    let attribution = (!map.attribution.path.is_empty()).then(|| attribution(c, map));
    if attribution.is_none() {
        missing.push((Route::Attribution, "nav-attribution"));
    }
    if personas.is_none() && journeys.is_empty() && attribution.is_none() {
        return None;
    }
    Some(Section {
        id: "report-journey",
        title: c.t("journey-title"),
        body: html! { <>{ for personas }{ for journeys }{ for attribution }</> },
    })
}

/// A persona in brief: who they are, what they want and what troubles them.
pub(crate) fn persona(c: &Ctx, p: &Persona) -> Html {
    let media: Vec<String> = p
        .media
        .iter()
        .map(|m| c.t(&format!("media-{}", m.key())))
        .collect();
    let rows = [
        PersonaField::Segment,
        PersonaField::LifeStage,
        PersonaField::Goals,
        PersonaField::Needs,
        PersonaField::Pains,
    ]
    .iter()
    .map(|f| (c.t(&format!("persona-{}", f.key())), p.field(*f).to_owned()))
    .chain(std::iter::once((c.t("persona-media"), media.join(", "))))
    .collect();
    html! {
        <div class="report-persona report-keep" data-testid="report-persona">
            <h4 class="report-text">{ p.name.clone() }</h4>
            { for facts(rows) }
        </div>
    }
}

/// One persona's journey as a table: a row per stage, with the persona's goal, our message
/// and the touchpoints there (columns nobody wrote in are left out). `None` when the journey
/// has nothing in it.
fn journey_table(c: &Ctx, map: &JourneyMap, p: &Persona, j: &Journey) -> Option<Html> {
    let lanes: Vec<Lane> = [Lane::Goal, Lane::Message]
        .into_iter()
        .filter(|lane| j.cells.iter().any(|cell| !blank(cell.lane(*lane))))
        .collect();
    let said = j
        .cells
        .iter()
        .any(|cell| Lane::ALL.iter().any(|lane| !blank(cell.lane(*lane))));
    if j.touchpoints.is_empty() && !said {
        return None;
    }
    let tps = !j.touchpoints.is_empty();
    Some(html! {
        <div class="report-part" data-testid="report-journey-table">
            <h3 class="report-text">{ c.i18n.t_args("report-journey-of", &[("persona", Arg::from(p.name.clone()))]) }</h3>
            <div class="table-scroll report-keep" tabindex="0" role="region" aria-label={c.i18n.t_args("report-journey-of", &[("persona", Arg::from(p.name.clone()))])}>
                <table class="data-table report-table report-journey report-stack">
                    <thead><tr>
                        <th scope="col">{ c.t("journey-stage") }</th>
                        { for lanes.iter().map(|lane| html! { <th scope="col">{ c.t(&format!("lane-{}", lane.key())) }</th> }) }
                        if tps { <th scope="col">{ c.t("lane-where") }</th> }
                    </tr></thead>
                    <tbody>{ for map.stages.iter().map(|s| {
                        let at = j.cell(&s.id);
                        html! {
                            <tr>
                                <th scope="row">{ stage_name(c.i18n, s) }</th>
                                { for lanes.iter().map(|lane| cell(c.t(&format!("lane-{}", lane.key())), at.lane(*lane))) }
                                if tps {
                                    <td data-label={c.t("lane-where")}>
                                        if j.at(&s.id).next().is_some() {
                                            <ul class="report-tps">{ for j.at(&s.id).map(|tp| {
                                                let name = channel_name(c.i18n, tp.channel, &tp.custom);
                                                let note = (!blank(&tp.note) && tp.note.trim() != name.trim()).then(|| tp.note.clone());
                                                html! {
                                                    <li>
                                                        <strong>{ name }</strong>
                                                        <span class="muted">{ " · " }{ c.t(&format!("ownership-{}", tp.ownership.key())) }{ " · " }{ c.t(&format!("role-{}", tp.role.key())) }</span>
                                                        if let Some(note) = note { <br /><span class="report-text">{ note }</span> }
                                                    </li>
                                                }
                                            }) }</ul>
                                        }
                                    </td>
                                }
                            </tr>
                        }
                    }) }</tbody>
                </table>
            </div>
        </div>
    })
}

/// The sample path to a conversion and the credit each channel gets under each model.
fn attribution(c: &Ctx, map: &JourneyMap) -> Html {
    let a = &map.attribution;
    let rows = credits_by_channel(a);
    let models: Vec<(String, plotters::style::RGBColor)> = Model::ALL
        .iter()
        .zip(SERIES)
        .map(|(m, colour)| (c.t(&format!("model-{}", m.key())), colour))
        .collect();
    let svg = bars(
        &rows
            .iter()
            .map(|r| Group {
                label: channel_name(c.i18n, r.channel, &r.custom),
                values: r.credits.iter().map(|x| *x as f64 / 100.0).collect(),
            })
            .collect::<Vec<_>>(),
        &models,
        false,
    )
    .unwrap_or_default();
    let value = c.money(a.value_cents, 2);
    let alt = c.i18n.t_args(
        "attribution-alt",
        &[
            ("count", Arg::from(rows.len())),
            ("value", Arg::from(value.clone())),
        ],
    );
    part(
        c.t("attribution-title"),
        html! { <>
            <div class="report-keep">
                <h4>{ c.t("attribution-path") }</h4>
                <ol class="report-path">{ for a.path.iter().map(|step| {
                    let channel = channel_name(c.i18n, step.channel, &step.custom);
                    html! {
                        <li>
                            if blank(&step.label) { { channel.clone() } } else { <span class="report-text">{ step.label.clone() }</span> }
                            <span class="muted">
                                if !blank(&step.label) { { " · " }{ channel } }
                                { " · " }{ c.t("attribution-days") }{ ": " }{ step.days_before }
                            </span>
                        </li>
                    }
                }) }</ol>
                { for facts(vec![(c.t("attribution-value"), value)]) }
            </div>
            <div class="report-keep">
                <h4>{ c.t("attribution-results") }</h4>
                <div class="table-scroll" tabindex="0" role="region" aria-label={c.t("attribution-results")}>
                    <table class="data-table report-table" data-testid="report-attribution-table">
                        <thead><tr>
                            <th scope="col">{ c.t("team-channel") }</th>
                            { for models.iter().map(|(m, _)| html! { <th scope="col" class="num">{ m.clone() }</th> }) }
                        </tr></thead>
                        <tbody>{ for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ channel_name(c.i18n, r.channel, &r.custom) }</th>
                                { for r.credits.iter().map(|x| html! { <td class="num">{ c.money(*x, 2) }</td> }) }
                            </tr>
                        }) }</tbody>
                    </table>
                </div>
                { figure(svg, alt, "report-attribution-chart", "report-bars", None) }
            </div>
        </> },
    )
}

// ---------------------------------------------------------------------------------------
// Review log

fn reviews(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let reviews = &c.plan.reviews;
    if reviews.is_empty() {
        missing.push((Route::Monitor, "reviews-title"));
        return None;
    }
    Some(Section {
        id: "report-reviews",
        title: c.t("reviews-title"),
        body: html! {
            <ol class="report-reviews">{ for reviews.iter().map(|r| {
                let scope = if r.scope == Scope::Systemic { "scope-systemic" } else { "scope-tactical" };
                html! {
                    <li class="report-review report-keep" data-testid="report-review">
                        <p class="report-review-head">
                            <strong>{ show_date(c.i18n, r.date) }</strong>
                            <span class="muted">
                                { " · " }{ c.t("reviews-source") }{ ": " }{ c.t(&format!("source-{}", r.source.key())) }
                                { " · " }{ c.t(scope) }
                            </span>
                        </p>
                        { for facts(vec![
                            (c.t("reviews-learned"), r.learned.clone()),
                            (c.t("reviews-change"), r.change.clone()),
                        ]) }
                    </li>
                }
            }) }</ol>
        },
    })
}
