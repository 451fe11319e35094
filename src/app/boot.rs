//! Start-up: the deployment's config (or the mounting page's options), what storage holds
//! (with the plan reader first when it holds plans, `storage::codec`), and the interface
//! language, all before the first render, so the first paint already shows the user's plan.

use super::{App, AppProps};
use crate::domain::{Locale, Plan, Timestamp};
use crate::embed::{DeployConfig, Embedding};
use crate::i18n::{negotiate, Translations};
use crate::state::now;
use crate::storage::{Fault, LoadOutcome, Namespace, Rescued, Settings, Store};
use std::rc::Rc;

/// What was found in storage at start-up, before the first render.
pub struct Boot {
    pub(super) store: Store,
    pub(super) settings: Settings,
    pub(super) plan: Option<Plan>,
    /// The plan was stored in an older format and migrated from this version.
    pub(super) migrated_from: Option<u32>,
    /// The plan that was open could not be read this time.
    pub(super) rescued: Option<Rescued>,
    /// The settings could not be read; they were kept aside under this key.
    pub(super) settings_kept: Option<String>,
    /// Reading storage failed.
    pub(super) read_failed: Option<Fault>,
    /// The store holds plans but the plan reader could not be fetched: nothing was read, and
    /// the app offers only to reload (no new plan, no settings written).
    pub(super) reader_missing: bool,
    /// The deployment's (or the mounting page's) choices.
    pub(super) embedding: Rc<Embedding>,
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
        // (Not without the plan reader: nothing is read then, and nothing chosen.)
        if !reader_missing
            && settings.current_plan.is_none()
            && (settings_kept.is_some() || !store.has_settings())
        {
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
            reader_missing,
            embedding,
        };
        if reader_missing {
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

pub(super) fn navigator_languages() -> Vec<String> {
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
