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

use crate::domain::outline;
use crate::i18n::{format_date, format_datetime, use_i18n};
use crate::pages::Route;
use crate::state::{today, use_app_state};
use crate::ui::focus_element;
use crate::views::report::{blank, chapters, Ctx, Missing, Section};
use crate::views::Welcome;
use yew::prelude::*;
use yew_router::prelude::*;

/// See the module documentation.
#[function_component(ReportPage)]
pub fn report_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let c = Ctx {
        i18n: &i18n,
        plan: &plan,
        today: today(),
        // Under the report's chapter (h2) and section (h3) headings.
        inner: 4,
        text: crate::charts::TextSize::PAGE,
    };
    let mut missing = Missing::new();
    let sections = chapters(&c, &mut missing);
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
