//! The root: loads what was stored, provides state and translations, saves as state changes,
//! and frames the routes in the shell.
//!
//! Loading happens once, before the first render, so the first paint already shows the user's
//! plan. A plan that does not load is never replaced by an empty one that would then be saved
//! over it: it is rescued (see `storage`), and the user is told and offered a download.

mod undo;

use crate::domain::{Command, Locale, Plan, PlanId, Timestamp};
use crate::embed::{DeployConfig, Embedding, Inbound, Outbound};
use crate::i18n::{negotiate, use_i18n, Arg, I18nContext, I18nProvider, Translations};
use crate::pages::{switch, Route};
use crate::state::{now, use_autosave, Action, AppState, Choice, SaveStatus, StateHandle};
use crate::storage::{
    Fault, KeptWhy, LoadOutcome, Namespace, Persistence, Rescued, SaveError, Settings, Store, Theme,
};
use crate::ui::{download_text, Banner, BannerKind, Shell};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// What was found in storage at start-up, before the first render.
pub struct Boot {
    store: Store,
    settings: Settings,
    plan: Option<Plan>,
    /// The plan was stored in an older format and migrated from this version.
    migrated_from: Option<u32>,
    /// The plan that was open could not be read this time.
    rescued: Option<Rescued>,
    /// The settings could not be read; they were kept aside under this key.
    settings_kept: Option<String>,
    /// Reading storage failed.
    read_failed: Option<Fault>,
    /// The deployment's (or the mounting page's) choices.
    embedding: Rc<Embedding>,
}

impl Boot {
    /// Reads the settings and the plan that was open from `store` (the browser's storage
    /// under the deployment's namespace, or memory when it is blocked). `reader_missing`: the
    /// store holds documents but the plan reader could not be fetched (storage/codec.rs); then
    /// nothing is read, or moved, and the user is told.
    pub fn load(store: Store, embedding: Rc<Embedding>, reader_missing: bool) -> Boot {
        // Plans deleted in an earlier visit whose undo window has passed.
        store.purge_trash(Timestamp(now().0 - crate::storage::UNDO_DELETE_MS));
        let (mut settings, settings_kept) = store.open_settings(now());
        // Plans are found by their keys, not only through the settings: when the settings
        // were lost or unreadable, the most recently changed plan is opened again.
        if settings.current_plan.is_none() && (settings_kept.is_some() || !store.has_settings()) {
            settings.current_plan = store.list_plans().first().map(|p| p.id.clone());
        }
        let mut boot = Boot {
            store,
            settings,
            plan: None,
            migrated_from: None,
            rescued: None,
            settings_kept,
            read_failed: None,
            embedding,
        };
        if reader_missing {
            boot.read_failed = Some(Fault::Other(crate::storage::codec::NOT_HERE.into()));
            return boot;
        }
        if let Some(id) = boot.settings.current_plan.clone() {
            match boot.store.load_plan(&id, now()) {
                LoadOutcome::Loaded {
                    plan,
                    migrated_from,
                } => {
                    boot.plan = Some(plan);
                    boot.migrated_from = migrated_from;
                }
                LoadOutcome::Rescued(rescued) => boot.rescued = Some(rescued),
                LoadOutcome::Failed(fault) => boot.read_failed = Some(fault),
                LoadOutcome::Missing => {}
            }
        }
        boot
    }

    /// The interface language: the one the user chose, else the deployment's default, else
    /// the browser's preference.
    pub fn locale(&self) -> Locale {
        self.settings
            .locale
            .or(self.embedding.config.default_language)
            .unwrap_or_else(|| negotiate(&navigator_languages()))
    }
}

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

/// Where and how to start: the page's own `<body>` (the deployment's config file decides), or
/// an element of a host page with the host's options (see `crate::mount`).
#[derive(Default)]
pub struct Launch {
    /// The element to render into; `None` for the page's `<body>`.
    pub root: Option<web_sys::Element>,
    /// Given by a mounting page instead of the config file.
    pub config: Option<DeployConfig>,
}

/// Reads the deployment's config (or takes the mounting page's), loads what is stored under
/// its namespace, fetches the messages of the interface language (English if that fails;
/// message ids if even that fails), then renders the app.
pub async fn launch(how: Launch) {
    let mounted = how.root.is_some();
    // On Waymark's own page the config file comes first (it names the namespace, whose settings
    // name the language). The language file is requested at the same time, for the language
    // the default namespace and the browser suggest; it is used when the guess was right (it
    // almost always is) and fetched again otherwise.
    let (config, early) = match how.config {
        Some(config) => (config, None),
        None => {
            let guess = crate::storage::web::saved_locale(&Namespace::default())
                .unwrap_or_else(|| negotiate(&navigator_languages()));
            let early = crate::i18n::start(guess);
            (crate::embed::load_config().await, Some(early))
        }
    };
    let ns = config.namespace.clone().unwrap_or_default();
    let embedding = Rc::new(Embedding {
        compact: mounted || crate::embed::compact_requested(),
        config,
        host: how.root.clone(),
    });
    if let Some(root) = embedding.theme_root() {
        crate::embed::apply_brand(&embedding.config, &root);
        if embedding.compact {
            let _ = root.set_attribute("data-embed", "compact");
        }
    }
    // The message of a crash goes inside Waymark's root, never into a host page's <body>.
    crate::ui::crash::install(ns.clone(), how.root.clone());
    let store = Store::browser(ns);
    // A store with plans in it needs the plan reader before anything is read: it is fetched
    // now, beside the language file (storage/codec.rs). A first visit's empty store does not.
    let reader_missing = store.holds_documents() && crate::storage::codec::load().await.is_none();
    let boot = Rc::new(Boot::load(store, embedding, reader_missing));
    let locale = boot.locale();
    let first = match early {
        Some(early) if early.locale() == locale => early.finish().await,
        _ => crate::i18n::load(locale).await,
    };
    let translations = match first {
        Ok(t) => t,
        Err(_) if locale != Locale::En => crate::i18n::load(Locale::En)
            .await
            .unwrap_or_else(|_| Translations::empty(locale)),
        Err(_) => Translations::empty(locale),
    };
    let props = AppProps {
        boot,
        translations: Rc::new(translations),
    };
    match how.root {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
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
    let locale = translations.locale();
    let state = use_reducer_eq(|| AppState::with_plan(boot.plan.clone()));
    let autosave = use_autosave(boot.store.clone(), state.clone());

    // Remember the open plan, so the next visit opens it again.
    {
        let settings = settings.clone();
        let id: Option<PlanId> = state.plan.as_ref().map(|p| p.id.clone());
        use_effect_with(id, move |id| {
            if id.is_some() && settings.current_plan != *id {
                settings.set(Settings {
                    current_plan: id.clone(),
                    ..(*settings).clone()
                });
            }
        });
    }
    // Settings are saved whenever they change (they are tiny).
    {
        let store = boot.store.clone();
        use_effect_with((*settings).clone(), move |settings| {
            let _ = store.save_settings(settings);
        });
    }
    // <html lang>, the theme, and the tab title follow the state.
    {
        let name = state.plan.as_ref().map(|p| p.meta.name.clone());
        let app_name = translations.t("app-name");
        let embedding = boot.embedding.clone();
        use_effect_with(
            (locale, settings.theme, name),
            move |(locale, theme, name)| {
                if let Some(root) = embedding.theme_root() {
                    let _ = root.set_attribute("lang", locale.tag());
                    let _ = root.set_attribute("data-theme", theme.as_str());
                }
                // A mounted Waymark leaves the host page's title alone.
                if embedding.host.is_none() {
                    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                        document.set_title(&match name {
                            Some(name) => format!("{name} — {app_name}"),
                            None => app_name,
                        });
                    }
                }
            },
        );
    }
    // The message shown if the app fails speaks the interface language.
    {
        let texts = crate::ui::crash::CrashTexts {
            title: translations.t("crash-title"),
            body: translations.t("crash-body"),
            download: translations.t("crash-download"),
            reload: translations.t("crash-reload"),
        };
        use_effect_with(texts, |texts| crate::ui::crash::set_texts(texts.clone()));
    }
    use_undo_shortcuts(state.clone());
    // A mark the benchmark reads: the first render is done and the app answers input.
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("waymark:interactive");
        }
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(root) = document.as_ref().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-ready", "1");
        }
        // The painted shell of index.html has done its work: the app is on screen now.
        if let Some(skeleton) = document.and_then(|d| d.get_element_by_id("waymark-skeleton")) {
            skeleton.remove();
        }
        // The sections not needed yet come in when the browser has nothing else to do.
        crate::pages::lazy::prefetch_when_idle();
    });
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

/// Talks with the page that frames Waymark, when the deployment allows its origin: answers
/// `getPlan` and `loadPlan`, says `ready` once, and `planChanged` after each save.
#[hook]
fn use_host_bridge(boot: &Rc<Boot>, state: StateHandle, status: SaveStatus) {
    let embedding = boot.embedding.clone();
    let store = boot.store.clone();
    // The latest state, read by the listener, which lives as long as the app.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    use_effect_with((), move |_| {
        let first_plan = latest
            .borrow()
            .plan
            .as_ref()
            .map(|p| p.id.as_str().to_owned());
        let answer: Rc<dyn Fn(Inbound) -> Vec<Outbound>> = Rc::new(move |request| {
            let state = latest.borrow().clone();
            match request {
                Inbound::GetPlan { request_id } => vec![Outbound::Plan {
                    request_id,
                    plan: state.plan.as_deref().and_then(plan_file),
                }],
                Inbound::LoadPlan { request_id, plan } => {
                    // The listener starts once the reader is here (below); without it, no plan
                    // can be read, which the host is told.
                    let imported = match crate::storage::codec::get() {
                        Some(codec) => (codec.import)(&plan, crate::state::new_plan_id(), now()),
                        None => Err(crate::domain::schema::SchemaError::Invalid(
                            crate::storage::codec::NOT_HERE.into(),
                        )),
                    };
                    match imported {
                        Ok(imported) => {
                            let plan_id = imported.plan.id.as_str().to_owned();
                            let opened = store.save_plan(&imported.plan).and_then(|()| {
                                crate::state::open_plan(
                                    &store,
                                    &state,
                                    Rc::new(imported.plan),
                                    false,
                                )
                            });
                            match opened {
                                Ok(()) => vec![Outbound::PlanLoaded {
                                    request_id,
                                    plan_id,
                                }],
                                Err(e) => vec![Outbound::Error {
                                    request_id,
                                    message: format!("the plan could not be saved: {e:?}"),
                                }],
                            }
                        }
                        Err(e) => vec![Outbound::Error {
                            request_id,
                            message: format!("not a Waymark plan: {e:?}"),
                        }],
                    }
                }
            }
        });
        // A host may send a plan as soon as Waymark says `ready`: the plan reader, which may
        // still be loading (storage/codec.rs), comes first.
        // `None` inside once the app is gone, so a listener that comes later is not started.
        let listener = Rc::new(std::cell::RefCell::new(Some(None)));
        let holder = listener.clone();
        let config = Rc::new(embedding.config.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if crate::embed::in_frame() && !config.allowed_origins.is_empty() {
                let _ = crate::storage::codec::load().await;
            }
            if let Some(slot) = holder.borrow_mut().as_mut() {
                *slot = crate::embed::listen(config, first_plan, answer);
            }
        });
        move || drop(listener.borrow_mut().take())
    });
    let saved = (status == SaveStatus::Saved).then(|| {
        state.plan.as_ref().map(|p| {
            (
                p.id.as_str().to_owned(),
                p.meta.name.clone(),
                p.meta.updated.0,
            )
        })
    });
    use_effect_with(saved.flatten(), |saved| {
        if let Some((plan_id, name, updated)) = saved.clone() {
            crate::embed::post(&Outbound::PlanChanged {
                plan_id,
                name,
                updated,
            });
        }
    });
}

/// The plan file's JSON (what "Download the plan" saves), as a value to post.
pub(crate) fn plan_file(plan: &Plan) -> Option<serde_json::Value> {
    let text = crate::domain::schema::encode(plan).ok()?;
    serde_json::from_str(&text).ok()
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
    language_failed: bool,
}

/// The shell with its navigation and messages, inside the router.
#[function_component(Frame)]
fn frame(props: &FrameProps) -> Html {
    let i18n = use_i18n();
    let state = crate::state::use_app_state();
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
    let on_rename = {
        let state = state.clone();
        Callback::from(move |name: String| {
            state.dispatch(Action::Apply(Command::RenamePlan { name }))
        })
    };
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
            if route.is_some_and(|r| !r.shown(config)) {
                <Redirect<Route> to={Route::Home} />
            } else {
                <Switch<Route> render={switch} />
            }
        </Shell>
    }
}

#[derive(Properties, PartialEq)]
struct NoticesProps {
    store: Store,
    save_status: SaveStatus,
    kept: u32,
    settings_kept: bool,
    conflict: bool,
    resolve: Callback<Choice>,
    migrated_from: Option<u32>,
    rescued_now: Option<Rc<Rescued>>,
    read_failed: Option<Fault>,
    language_failed: bool,
}

/// Every message about the user's data: storage blocked or full, a refused change, a plan
/// brought up from an older format, documents that could not be read (with a download), and
/// copies kept for the user (listed with the plans, where they can be opened or deleted).
/// Also the deployment's config problems that weaken the user's safety (an unencrypted
/// allowed origin): logged to the console like every config problem, and said here, where
/// whoever deployed Waymark sees it when trying it out.
#[function_component(Notices)]
fn notices(props: &NoticesProps) -> Html {
    let i18n = use_i18n();
    let state = crate::state::use_app_state();
    let embedding = use_context::<Rc<Embedding>>().unwrap_or_default();
    let insecure_open = use_state(|| true);
    // The kept copies that could not be read; read again when a copy is kept.
    let unreadable = use_state(|| unreadable_count(&props.store));
    let unreadable_open = use_state(|| true);
    let kept_open = use_state(|| true);
    let migrated_open = use_state(|| props.migrated_from.is_some());
    {
        let (store, unreadable, kept_open) =
            (props.store.clone(), unreadable.clone(), kept_open.clone());
        use_effect_with(props.kept, move |&kept| {
            if kept > 0 {
                unreadable.set(unreadable_count(&store));
                kept_open.set(true);
            }
        });
    }
    let mut out: Vec<Html> = vec![html! { <undo::UndoNotice /> }];

    let insecure = embedding.config.insecure_origins();
    if !insecure.is_empty() && *insecure_open {
        let open = insecure_open.clone();
        let origins = insecure.join(", ");
        out.push(html! {
            <Banner kind={BannerKind::Warning} testid="config-insecure-origin" dismiss_label={i18n.t("dismiss")}
                on_dismiss={Callback::from(move |_| open.set(false))}>
                <p>{ i18n.t_args("config-insecure-origin", &[("origins", Arg::from(origins.as_str()))]) }</p>
            </Banner>
        });
    }
    if props.conflict {
        let choose = |choice: Choice| props.resolve.reform(move |_: MouseEvent| choice);
        out.push(html! {
            <Banner kind={BannerKind::Warning} title={i18n.t("conflict-title")} testid="conflict">
                <p>{ i18n.t("conflict-body") }</p>
                <p class="banner-actions">
                    <button type="button" class="button button-primary" data-testid="conflict-mine" onclick={choose(Choice::Mine)}>
                        { i18n.t("conflict-keep-mine") }
                    </button>
                    <button type="button" class="button" data-testid="conflict-theirs" onclick={choose(Choice::Theirs)}>
                        { i18n.t("conflict-use-theirs") }
                    </button>
                </p>
            </Banner>
        });
    }
    let settings = crate::state::use_settings();
    if let (Some(plan), Some(settings)) = (state.plan.clone(), settings) {
        if matches!(props.store.persistence(), Persistence::Kept)
            && settings.export_reminder_due(&plan.id, &plan.meta, now())
        {
            let download = {
                let settings = settings.clone();
                Callback::from(move |_: MouseEvent| {
                    crate::ui::download_plan(&plan, Some(&settings));
                })
            };
            let later = Callback::from(move |_: MouseEvent| {
                settings.set(Settings {
                    reminder_quiet_until: Some(Timestamp(now().0 + crate::storage::QUIET_FOR_MS)),
                    ..(*settings).clone()
                })
            });
            out.push(html! {
                <Banner kind={BannerKind::Info} title={i18n.t("reminder-title")} testid="export-reminder">
                    <p>{ i18n.t("reminder-body") }</p>
                    <p class="banner-actions">
                        <button type="button" class="button button-primary" onclick={download}>{ i18n.t("reminder-download") }</button>
                        <button type="button" class="button button-quiet" onclick={later}>{ i18n.t("reminder-later") }</button>
                    </p>
                </Banner>
            });
        }
    }
    if let Persistence::MemoryOnly(_) = props.store.persistence() {
        out.push(html! {
            <Banner kind={BannerKind::Warning} testid="storage-blocked"><p>{ i18n.t("storage-blocked") }</p></Banner>
        });
    }
    if props.language_failed {
        out.push(html! {
            <Banner kind={BannerKind::Error} testid="language-failed"><p>{ i18n.t("language-load-failed") }</p></Banner>
        });
    }
    if let Some(fault) = &props.read_failed {
        out.push(fault_banner(&i18n, fault, "storage-read-failed"));
    }
    match &props.save_status {
        SaveStatus::Failed(SaveError::Storage(fault)) => {
            out.push(fault_banner(&i18n, fault, "save-failed"))
        }
        SaveStatus::Failed(SaveError::NewerVersionStored { found }) => out.push(html! {
            <Banner kind={BannerKind::Error} testid="save-newer-version">
                <p>{ i18n.t_args("save-newer-version", &[("found", Arg::from(*found))]) }</p>
            </Banner>
        }),
        SaveStatus::Failed(SaveError::Encode(detail)) => out.push(html! {
            <Banner kind={BannerKind::Error} testid="save-failed">
                <p>{ i18n.t_args("storage-failed", &[("detail", Arg::from(detail.as_str()))]) }</p>
            </Banner>
        }),
        _ => {}
    }
    if let Some(error) = &state.error {
        let message = match error {
            crate::domain::DomainError::TooLong { max, .. } => {
                i18n.t_args(error.i18n_key(), &[("max", Arg::from(*max))])
            }
            // The real range of the field, written as the user's language writes numbers.
            crate::domain::DomainError::OutOfRange { min, max } => {
                let number =
                    |n: i64| Arg::from(crate::i18n::format_number(i18n.locale(), n as f64, 0));
                i18n.t_args(
                    error.i18n_key(),
                    &[("min", number(*min)), ("max", number(*max))],
                )
            }
            _ => i18n.t(error.i18n_key()),
        };
        let state = state.clone();
        out.push(html! {
            <Banner kind={BannerKind::Error} testid="domain-error" dismiss_label={i18n.t("dismiss")}
                on_dismiss={Callback::from(move |_| state.dispatch(Action::DismissError))}>
                <p>{ message }</p>
            </Banner>
        });
    }
    if let (true, Some(version)) = (*migrated_open, props.migrated_from) {
        let open = migrated_open.clone();
        out.push(html! {
            <Banner kind={BannerKind::Info} testid="migrated" dismiss_label={i18n.t("dismiss")}
                on_dismiss={Callback::from(move |_| open.set(false))}>
                <p>{ i18n.t_args("migrated-notice", &[("version", Arg::from(u64::from(version)))]) }</p>
            </Banner>
        });
    }
    // The plan that was open could not be read: said at once, with a download.
    if let Some(rescued) = &props.rescued_now {
        let download = {
            let (store, key, id) = (
                props.store.clone(),
                rescued.key.clone(),
                rescued.plan_id.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                if let Some(raw) = store.read_raw(&key) {
                    download_text(
                        &format!("waymark-rescued-{id}.json"),
                        "application/json",
                        &raw,
                    );
                }
            })
        };
        out.push(html! {
            <Banner kind={BannerKind::Warning} title={i18n.t("rescued-title")} testid="rescued">
                <p>{ i18n.t("rescued-body") }</p>
                <p class="banner-detail">{ i18n.t_args("rescued-reason", &[("reason", Arg::from(schema_reason(&i18n, &rescued.reason)))]) }</p>
                <p class="banner-actions">
                    <button type="button" class="button" data-testid="rescued-download" onclick={download}>
                        { i18n.t("rescued-download") }
                    </button>
                    <Link<Route> to={Route::Plans} classes="button button-quiet">{ i18n.t("kept-see-list") }</Link<Route>>
                </p>
            </Banner>
        });
    }
    if props.settings_kept {
        out.push(html! {
            <Banner kind={BannerKind::Warning} testid="settings-kept">
                <p>{ i18n.t("kept-settings-notice") }</p>
            </Banner>
        });
    }
    // Other values that could not be read (from earlier visits, or found by their keys).
    let others = (*unreadable).saturating_sub(
        usize::from(props.rescued_now.is_some()) + usize::from(props.settings_kept),
    );
    if others > 0 && *unreadable_open {
        let open = unreadable_open.clone();
        out.push(html! {
            <Banner kind={BannerKind::Warning} testid="unreadable-kept" dismiss_label={i18n.t("dismiss")}
                on_dismiss={Callback::from(move |_| open.set(false))}>
                <p>{ i18n.t_args("kept-unreadable-notice", &[("count", Arg::from(others))]) }</p>
                <p class="banner-actions">
                    <Link<Route> to={Route::Plans} classes="button">{ i18n.t("kept-see-list") }</Link<Route>>
                </p>
            </Banner>
        });
    }
    // A version not chosen between two tabs was kept in this visit.
    if props.kept > 0 && *kept_open {
        let open = kept_open.clone();
        out.push(html! {
            <Banner kind={BannerKind::Info} testid="copy-kept" dismiss_label={i18n.t("dismiss")}
                on_dismiss={Callback::from(move |_| open.set(false))}>
                <p>{ i18n.t("kept-copy-notice") }</p>
                <p class="banner-actions">
                    <Link<Route> to={Route::Plans} classes="button">{ i18n.t("kept-see-list") }</Link<Route>>
                </p>
            </Banner>
        });
    }
    out.push(html! { <crate::ui::UpdatePrompt save_status={props.save_status.clone()} /> });
    out.into_iter().collect::<Html>()
}

/// How many kept copies could not be read (plans and settings).
fn unreadable_count(store: &Store) -> usize {
    store
        .kept()
        .iter()
        .filter(|k| k.why != KeptWhy::OtherTab && !k.readable())
        .count()
}

fn fault_banner(i18n: &I18nContext, fault: &Fault, testid: &'static str) -> Html {
    let text = match fault {
        Fault::Quota => i18n.t("storage-full"),
        Fault::Blocked => i18n.t("storage-blocked"),
        Fault::Other(detail) => {
            i18n.t_args("storage-failed", &[("detail", Arg::from(detail.as_str()))])
        }
    };
    let testid = if *fault == Fault::Quota {
        "storage-full"
    } else {
        testid
    };
    html! { <Banner kind={BannerKind::Error} {testid}><p>{ text }</p></Banner> }
}

fn schema_reason(i18n: &I18nContext, reason: &crate::domain::schema::SchemaError) -> String {
    use crate::domain::schema::SchemaError;
    match reason {
        SchemaError::NewerVersion { found } => {
            i18n.t_args(reason.i18n_key(), &[("found", Arg::from(*found))])
        }
        SchemaError::Invalid(detail) | SchemaError::NotJson(detail) => {
            i18n.t_args(reason.i18n_key(), &[("detail", Arg::from(detail.as_str()))])
        }
        _ => i18n.t(reason.i18n_key()),
    }
}

/// Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, anywhere but inside a text field,
/// where the browser's own undo of the typing in progress is what the user expects.
#[hook]
fn use_undo_shortcuts(state: StateHandle) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(e) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) || e.alt_key() || in_text_field(e) {
                    return;
                }
                let key = e.key().to_ascii_lowercase();
                let action = match (key.as_str(), e.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                e.prevent_default();
                state.dispatch(action);
            })
        });
        move || drop(listener)
    });
}

fn in_text_field(e: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    tag == "textarea"
        || (tag == "input"
            && el
                .get_attribute("type")
                .is_none_or(|t| t == "text" || t == "search"))
        || el
            .get_attribute("contenteditable")
            .is_some_and(|v| v != "false")
}

fn navigator_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(navigator.language());
    }
    out
}

/// The time now, for code that needs a timestamp outside the reducer.
pub fn timestamp() -> Timestamp {
    now()
}
