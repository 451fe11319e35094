//! The root: loads what was stored, provides state and translations, saves as state changes,
//! and frames the routes in the shell.
//!
//! Loading happens once, before the first render, so the first paint already shows the user's
//! plan. A plan that does not load is never replaced by an empty one that would then be saved
//! over it: it is rescued (see `storage`), and the user is told and offered a download.

mod boot;
mod bridge;
mod effects;
mod notices;
mod shortcuts;
mod undo;

pub use boot::{launch, Boot, Launch};
use bridge::use_host_bridge;
use effects::{use_current_in_view, use_page_follows, use_ready_mark, use_settings_kept};
use notices::Notices;
use shortcuts::use_undo_shortcuts;

use crate::domain::PlanCommand;
use crate::domain::{Locale, Timestamp};
use crate::embed::Embedding;
use crate::i18n::{use_i18n, I18nContext, I18nProvider, Translations};
use crate::pages::{switch, Route};
use crate::state::{now, use_autosave, Action, AppState, Choice, SaveStatus, StateHandle};
use crate::storage::{Fault, Rescued, Settings, Store, Theme};
use crate::ui::Shell;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// Props of [`App`].
#[derive(Properties, Clone)]
pub struct AppProps {
    /// What storage held at start-up.
    pub boot: Rc<Boot>,
    /// The messages of [`Boot::locale`], fetched before the first render.
    pub translations: Rc<Translations>,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.boot, &other.boot) && Rc::ptr_eq(&self.translations, &other.translations)
    }
}

/// See the module documentation.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let boot = props.boot.clone();
    let settings = use_state_eq(|| boot.settings.clone());
    // The loaded languages; switching to one not loaded yet fetches it first.
    let loaded = use_state(|| props.translations.clone());
    let language_failed = use_state_eq(|| false);
    let translations = (*loaded).clone();
    let state = use_reducer_eq(|| AppState::with_plan(boot.plan.clone()));
    let autosave = use_autosave(boot.store.clone(), state.clone());

    use_settings_kept(&settings, &state, &boot);
    use_page_follows(&translations, settings.theme, &state, &boot.embedding);
    use_undo_shortcuts(state.clone(), boot.embedding.host.clone());
    use_ready_mark(&boot.embedding);
    use_host_bridge(&boot, state.clone(), autosave.status.clone());

    let set_locale = {
        let (settings, loaded, failed) =
            (settings.clone(), loaded.clone(), language_failed.clone());
        Callback::from(move |locale: Locale| {
            let (settings, loaded, failed) = (settings.clone(), loaded.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::i18n::load(locale).await {
                    Ok(t) => {
                        failed.set(false);
                        loaded.set(Rc::new(t));
                        settings.set(Settings {
                            locale: Some(locale),
                            ..(*settings).clone()
                        });
                    }
                    Err(_) => failed.set(true),
                }
            });
        })
    };
    let i18n = I18nContext::new(translations, set_locale);

    html! {
        <I18nProvider context={i18n}>
            <ContextProvider<Store> context={boot.store.clone()}>
            <ContextProvider<StateHandle> context={state.clone()}>
            <ContextProvider<crate::state::SettingsHandle> context={settings.clone()}>
            <ContextProvider<Rc<Embedding>> context={boot.embedding.clone()}>
                <Routed mounted={boot.embedding.host.is_some()}>
                    <Frame store={boot.store.clone()} save_status={autosave.status.clone()}
                        kept={autosave.kept} settings_kept={boot.settings_kept.is_some()}
                        conflict={autosave.conflict.is_some()} resolve={autosave.resolve.clone()}
                        theme={settings.theme}
                        on_theme={{
                            let settings = settings.clone();
                            Callback::from(move |theme: Theme| settings.set(Settings { theme, ..(*settings).clone() }))
                        }}
                        migrated_from={boot.migrated_from}
                        rescued_now={boot.rescued.clone().map(Rc::new)}
                        read_failed={boot.read_failed.clone()}
                        reader_missing={boot.reader_missing}
                        language_failed={*language_failed} />
                </Routed>
            </ContextProvider<Rc<Embedding>>>
            </ContextProvider<crate::state::SettingsHandle>>
            </ContextProvider<StateHandle>>
            </ContextProvider<Store>>
        </I18nProvider>
    }
}

#[derive(Properties, PartialEq)]
struct RoutedProps {
    mounted: bool,
    children: Html,
}

/// The router: the address's `#/…` on a page of its own; in memory when mounted into a host
/// page, whose address is the host's.
#[function_component(Routed)]
fn routed(props: &RoutedProps) -> Html {
    let history = use_memo((), |_| {
        yew_router::history::AnyHistory::from(yew_router::history::MemoryHistory::new())
    });
    if props.mounted {
        html! { <Router history={(*history).clone()}>{ props.children.clone() }</Router> }
    } else {
        html! { <HashRouter>{ props.children.clone() }</HashRouter> }
    }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    store: Store,
    save_status: SaveStatus,
    kept: u32,
    settings_kept: bool,
    conflict: bool,
    resolve: Callback<Choice>,
    theme: Theme,
    on_theme: Callback<Theme>,
    migrated_from: Option<u32>,
    rescued_now: Option<Rc<Rescued>>,
    read_failed: Option<Fault>,
    reader_missing: bool,
    language_failed: bool,
}

/// The shell with its navigation and messages, inside the router.
#[function_component(Frame)]
fn frame(props: &FrameProps) -> Html {
    let i18n = use_i18n();
    let state = crate::state::use_app_state();
    let edit = crate::state::use_plan();
    let route = use_route::<Route>();
    // Two rows: the groups of the method (and the plan list), then the pages of the group
    // the user is in. Without an open plan, only the plan list.
    let group = route.and_then(Route::group);
    let link = |to: Route, key: &str, current: bool| {
        html! {
            <li><Link<Route> to={to} classes={if current { "nav-link current" } else { "nav-link" }}>
                <span aria-current={current.then_some("page")}>{ i18n.t(key) }</span>
            </Link<Route>></li>
        }
    };
    let has_plan = state.plan.is_some();
    let embedding = use_context::<Rc<Embedding>>().unwrap_or_default();
    // Its language changes the menu rows' widths too.
    use_current_in_view((route, has_plan, i18n.locale()), embedding.compact);
    let config = &embedding.config;
    // The pages of group `g` this deployment shows.
    let shown_pages = |g: usize| -> Vec<(Route, &'static str)> {
        Route::GROUPS[g]
            .1
            .iter()
            .filter(|(r, _)| r.shown(config))
            .copied()
            .collect()
    };
    let nav = html! {
        <>
            <ul class="nav-groups">
                if has_plan {
                    { for Route::GROUPS.iter().enumerate().filter_map(|(g, (key, pages))| {
                        let first = pages.iter().find(|(r, _)| r.shown(config))?.0;
                        let current = group == Some(g);
                        Some(html! { <li><Link<Route> to={first} classes={if current { "nav-link current" } else { "nav-link" }}>
                            <span aria-current={(current && route == Some(first)).then_some("page")}>{ i18n.t(key) }</span>
                        </Link<Route>></li> })
                    }) }
                }
                { link(Route::Plans, "nav-plans", route == Some(Route::Plans)) }
            </ul>
            if let (true, Some(g)) = (has_plan, group.filter(|g| shown_pages(*g).len() > 1)) {
                <ul class="nav-pages" aria-label={i18n.t(Route::GROUPS[g].0)}>
                    { for shown_pages(g).into_iter().map(|(to, key)| link(to, key, route == Some(to))) }
                </ul>
            }
        </>
    };
    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    };
    let on_rename = edit.on(|name: String| PlanCommand::RenamePlan { name });
    let notices = html! {
        <Notices store={props.store.clone()} save_status={props.save_status.clone()}
            kept={props.kept} settings_kept={props.settings_kept}
            conflict={props.conflict} resolve={props.resolve.clone()}
            migrated_from={props.migrated_from} rescued_now={props.rescued_now.clone()}
            read_failed={props.read_failed.clone()} language_failed={props.language_failed} />
    };
    // Presentation mode is the slide alone: no header, navigation, plan list or footer.
    if has_plan && matches!(route, Some(Route::Present { .. })) {
        return html! { <Switch<Route> render={switch} /> };
    }
    html! {
        <Shell plan_name={state.plan.as_ref().map(|p| AttrValue::from(p.meta.name.clone()))}
            {on_rename} save_status={props.save_status.clone()}
            can_undo={state.can_undo()} can_redo={state.can_redo()}
            on_undo={dispatch(Action::Undo)} on_redo={dispatch(Action::Redo)}
            theme={props.theme} on_theme={props.on_theme.clone()} {nav} {notices}
            present={html! { <crate::pages::PresentButton /> }}>
            if props.reader_missing {
                { reader_missing(&i18n) }
            } else if route.is_some_and(|r| !r.shown(config)) {
                <Redirect<Route> to={Route::Home} />
            } else {
                <Switch<Route> render={switch} />
            }
        </Shell>
    }
}

/// The time now, for code that needs a timestamp outside the reducer.
pub fn timestamp() -> Timestamp {
    now()
}

/// In place of every page when the store holds plans but the plan reader could not be fetched
/// (`storage::codec`): what happened, that nothing stored changed, and a reload. No page is
/// offered, not even a new plan, until the reader is here. (A function, not a component: one
/// component type fewer in the first visit's code.)
fn reader_missing(i18n: &I18nContext) -> Html {
    html! {
        <section class="page page-narrow" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("app-name") }</h1>
            { crate::ui::reload_banner(i18n, "reader-failed", "reader-failed") }
        </section>
    }
}
