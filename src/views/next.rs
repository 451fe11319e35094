//! Always a next step (issue 14): the method's path through the pages, the "Continue to …"
//! link that ends every page of it, and the overview's progress with its one "Continue with …"
//! action.
//!
//! Why it is built this way:
//! - The path is the navigation's order ([`Route::GROUPS`]), so the menu and the "Continue"
//!   links never disagree; pages a deployment hides (`waymark.config.json`) are skipped.
//! - How far each step has come is the domain's (`domain::outline::progress`), so it is
//!   tested natively; this file only shows it.

use crate::domain::health::score::Progress;
use crate::domain::outline::{next_step, progress, Section, OUTLINE};
use crate::domain::Plan;
use crate::embed::Embedding;
use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::pages::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The page that edits `section`.
pub fn route_of(section: Section) -> Route {
    match section {
        Section::Health => Route::Health,
        Section::Swot => Route::Swot,
        Section::Pestle => Route::Pestle,
        Section::Tows => Route::Tows,
        Section::Personas => Route::Personas,
        Section::Journeys => Route::Journey,
        Section::Attribution => Route::Attribution,
        Section::Objectives => Route::Objectives,
        Section::Creative => Route::Creative,
        Section::Mix => Route::Mix,
        Section::Engagement => Route::Engagement,
        Section::Reviews => Route::Monitor,
    }
}

/// Whether the deployment shows `route`.
fn shown(embedding: &Embedding, route: Route) -> bool {
    route
        .section()
        .is_none_or(|key| embedding.config.shows(key))
}

/// The page after `from` on the path, with its menu label: the report after the last.
fn after(embedding: &Embedding, from: Route) -> Option<(Route, &'static str)> {
    let path: Vec<(Route, &'static str)> = Route::GROUPS
        .iter()
        .flat_map(|(_, pages)| pages.iter().copied())
        .collect();
    let at = path.iter().position(|(r, _)| *r == from)?;
    path.into_iter()
        .skip(at + 1)
        .find(|(r, _)| shown(embedding, *r))
}

/// Props of [`ContinueTo`].
#[derive(Properties, PartialEq)]
pub struct ContinueProps {
    /// The page it ends.
    pub from: Route,
}

/// "Continue to …": the link that ends a page of the path.
#[function_component(ContinueTo)]
pub fn continue_to(props: &ContinueProps) -> Html {
    let i18n = use_i18n();
    let embedding = use_context::<Rc<Embedding>>().unwrap_or_default();
    let Some((to, label)) = after(&embedding, props.from) else {
        return Html::default();
    };
    html! {
        <p class="page-next" data-testid="continue">
            <Link<Route> to={to} classes="button">
                { i18n.t_args("continue-to", &[("section", Arg::from(i18n.t(label)))]) }
                <span aria-hidden="true">{ " →" }</span>
            </Link<Route>>
        </p>
    }
}

/// The overview's progress: each step of the method with how far it has come and what "done"
/// means there, then one action: continue with the first step not done, or read the report.
pub fn progress_panel(i18n: &I18nContext, embedding: &Rc<Embedding>, plan: &Plan) -> Html {
    let steps: Vec<(Section, Progress)> = OUTLINE
        .into_iter()
        .filter(|s| shown(embedding, route_of(*s)))
        .filter_map(|s| progress(plan, s).map(|p| (s, p)))
        .collect();
    let next = next_step(plan).filter(|s| shown(embedding, route_of(*s)));
    let state = |p: &Progress| match p {
        Progress::Complete => ("done", i18n.t("progress-done")),
        Progress::Partly { done, total } => (
            "partly",
            i18n.t_args(
                "progress-partly",
                &[("done", Arg::from(*done)), ("total", Arg::from(*total))],
            ),
        ),
        _ => ("todo", i18n.t("progress-not-started")),
    };
    html! {
        <section class="card progress" aria-labelledby="progress-title" data-testid="progress">
            <h2 id="progress-title">{ i18n.t("progress-title") }</h2>
            <ol class="progress-list">
                { for steps.iter().map(|(s, p)| {
                    let (key, text) = state(p);
                    html! {
                        <li class={format!("progress-step progress-{key}")} data-section={s.key()} data-state={key}>
                            <Link<Route> to={route_of(*s)}>{ i18n.t(s.title_id()) }</Link<Route>>
                            <span class="progress-state">{ text }</span>
                            <span class="progress-goal">{ i18n.t(&format!("progress-goal-{}", s.key())) }</span>
                        </li>
                    }
                }) }
            </ol>
            <p class="progress-next" data-testid="progress-continue">
                if let Some(s) = next {
                    <Link<Route> to={route_of(s)} classes="button button-primary">
                        { i18n.t_args("progress-continue", &[("section", Arg::from(i18n.t(s.title_id())))]) }
                    </Link<Route>>
                } else {
                    <span>{ i18n.t("progress-finished") }</span>{ " " }
                    <Link<Route> to={Route::Report} classes="button button-primary">
                        { i18n.t("progress-open-report") }
                    </Link<Route>>
                }
            </p>
        </section>
    }
}
