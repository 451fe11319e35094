//! The report's chapters (`#/report`, `pages::report`): the whole plan as one document. The
//! slides show some of the same parts (a persona, an objective's SMART check and monitoring, a
//! tactic, the budget), so the renderers live here, one file per chapter, and both import them.
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

mod barriers;
mod creative;
mod engagement;
mod health;
mod journey;
mod objectives;
mod reviews;
use crate::charts::bars::{bars, Group};
use crate::charts::matrix::{matrix, Point};
use crate::charts::progress::{progress, Progress};
use crate::charts::radar::radar;
use crate::charts::{BRAND, SERIES};
use crate::domain::board::{ranking, Board, BoardKind, Strategy, TowsKind};
use crate::domain::core::channel::Ownership;
use crate::domain::core::date::Date;
use crate::domain::creative::{CreativeField, P};
use crate::domain::engagement::{
    by_channel, by_ownership, scenario_totals, Scenario, Tactic, TacticText,
};
use crate::domain::health::GoalScope;
use crate::domain::journey::attribution::{by_channel as credits_by_channel, Model};
use crate::domain::journey::{Journey, JourneyMap, Lane, Persona, PersonaField};
use crate::domain::objectives::monitor::{path_value, status, Scope, Status, AT_RISK, ON_TRACK};
use crate::domain::objectives::{smart, Kpi, Objective, Verdict, LETTERS};
use crate::domain::outline::{self, OUTLINE};
use crate::domain::{Locale, Plan};
use crate::i18n::context_name;
use crate::i18n::show_date;
use crate::i18n::{channel_name, stage_name};
use crate::i18n::{format_money, format_number, Arg, I18nContext};
use crate::pages::Route;
use crate::ui::Chart;
use crate::views::board::source_view;
use crate::views::health::{radar_axes, score_text};
use crate::views::links::{link_options, LinkOption};
use yew::prelude::*;

pub(crate) use engagement::{
    budget_by_channel, budget_by_ownership, budget_table, ownership_bars, ownership_table, tactic,
};
pub(crate) use journey::persona;
pub(crate) use objectives::{amount, monitoring, progress_table, smart_brief};

/// What every part of the report reads (presentation mode's slides read it too).
pub(crate) struct Ctx<'a> {
    pub(crate) i18n: &'a I18nContext,
    pub(crate) plan: &'a Plan,
    /// The day the report is made: monitoring statuses are as of today.
    pub(crate) today: Date,
    /// The level of the headings inside one item (a persona, an objective's monitoring):
    /// 4 in the report, under its chapter and section headings; 2 on a slide, under the
    /// slide's title, so headings never skip a level.
    pub(crate) inner: u8,
    /// How large the charts' text is: a page's, or a slide's (read from across a room).
    pub(crate) text: crate::charts::TextSize,
}

impl Ctx<'_> {
    pub(crate) fn t(&self, id: &str) -> String {
        self.i18n.t(id)
    }

    /// A heading inside one item, at the level [`Ctx::inner`] says. (A match, not a dynamic
    /// tag: Yew's dynamic tags bring their own checks and messages into the download.)
    pub(crate) fn inner_heading(&self, class: Classes, text: String) -> Html {
        match self.inner {
            2 => html! { <h2 class={class}>{ text }</h2> },
            3 => html! { <h3 class={class}>{ text }</h3> },
            _ => html! { <h4 class={class}>{ text }</h4> },
        }
    }

    pub(crate) fn locale(&self) -> Locale {
        self.i18n.locale()
    }

    /// A value on a chart's axis, as the tables write it.
    pub(crate) fn axis(&self, x: f64) -> String {
        crate::i18n::axis_number(self.locale(), x)
    }

    /// A number as the reader's language writes it, with decimals only when it has some.
    pub(crate) fn num(&self, x: f64) -> String {
        format_number(self.locale(), x, if x.fract() == 0.0 { 0 } else { 2 })
    }

    /// An amount of cents in the plan's currency, with `decimals` decimals.
    pub(crate) fn money(&self, cents: u64, decimals: u32) -> String {
        format_money(
            self.locale(),
            cents,
            self.plan.meta.currency.as_ref(),
            decimals,
        )
    }
}

/// A major section of the document (each starts a new printed page).
pub(crate) struct Section {
    /// Its element id, the target of its entry in the table of contents.
    pub(crate) id: &'static str,
    pub(crate) title: String,
    pub(crate) body: Html,
}

/// The pages whose part of the plan is still empty: where to fill it in, and the label of
/// the link.
pub(crate) type Missing = Vec<(Route, &'static str)>;

pub(crate) fn blank(s: &str) -> bool {
    s.trim().is_empty()
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

/// What a figure says about itself: its title (it names the download buttons and heads the
/// downloaded file), the caption shown under it, if any, and what its marks stand for when
/// the page says it beside the chart (see `ui::Chart`).
pub(crate) struct Named {
    pub(crate) title: String,
    pub(crate) caption: Option<String>,
    pub(crate) key: Vec<String>,
}

impl Named {
    /// A figure whose caption is its title.
    pub(crate) fn captioned(title: String) -> Named {
        Named {
            caption: Some(title.clone()),
            title,
            key: Vec::new(),
        }
    }

    /// A figure under a heading that says what it is: no caption.
    pub(crate) fn titled(title: String) -> Named {
        Named {
            title,
            caption: None,
            key: Vec::new(),
        }
    }
}

/// A figure with a chart drawn by `charts::`, kept whole on a printed page.
pub(crate) fn figure(
    svg: String,
    alt: String,
    testid: &'static str,
    class: &'static str,
    named: Named,
) -> Html {
    let Named {
        title,
        caption,
        key,
    } = named;
    html! {
        <figure class={format!("chart-figure report-figure report-keep {class}")}>
            <Chart svg={AttrValue::from(svg)} {alt} {testid} {title} marks={key} />
            if let Some(caption) = caption { <figcaption>{ caption }</figcaption> }
        </figure>
    }
}

/// The report's chapters for the open plan, in the plan's one outline (`domain::outline`),
/// which the Markdown export and the slides follow too: a chapter starts at its first section
/// and shows the ones after it that it names. What is empty is added to `missing`.
pub(crate) fn chapters(c: &Ctx, missing: &mut Missing) -> Vec<(outline::Section, Section)> {
    OUTLINE
        .into_iter()
        .filter_map(|part| {
            let chapter = match part {
                outline::Section::Health => health::health(c, missing),
                // With PESTLE and TOWS.
                outline::Section::Swot => barriers::barriers(c, missing),
                // With the journeys and attribution.
                outline::Section::Personas => journey::journey(c, missing),
                outline::Section::Objectives => objectives::objectives(c, missing),
                // With the marketing mix.
                outline::Section::Creative => creative::creative(c, missing),
                outline::Section::Engagement => engagement::engagement(c, missing),
                outline::Section::Reviews => reviews::reviews(c, missing),
                outline::Section::Pestle
                | outline::Section::Tows
                | outline::Section::Journeys
                | outline::Section::Attribution
                | outline::Section::Mix => None,
            };
            chapter.map(|chapter| (part, chapter))
        })
        .collect()
}
