//! What the root keeps in step with the state, as hooks: the settings (which plan to open
//! next time; saved whenever they change), the page itself (`<html lang>`, the theme, the tab
//! title, the crash message's language) and the mark that says the app is ready.

use super::boot::Boot;
use crate::domain::PlanId;
use crate::embed::Embedding;
use crate::i18n::Translations;
use crate::state::StateHandle;
use crate::storage::{Settings, Theme};
use std::rc::Rc;
use yew::prelude::*;

/// Remembers the open plan, so the next visit opens it again, and saves the settings whenever
/// they change (they are tiny) — unless the plan reader is missing: then nothing was read, so
/// nothing is written either (the settings would forget which plan to open).
#[hook]
pub(super) fn use_settings_kept(
    settings: &UseStateHandle<Settings>,
    state: &StateHandle,
    boot: &Boot,
) {
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
    {
        let store = boot.store.clone();
        let reader_missing = boot.reader_missing;
        use_effect_with((*settings).clone(), move |settings| {
            // Without the plan reader nothing was read, so the settings are not written either
            // (they would forget which plan to open).
            if !reader_missing {
                let _ = store.save_settings(settings);
            }
        });
    }
}

/// `<html lang>`, the theme and the tab title follow the state; the message shown if the app
/// fails speaks the interface language.
#[hook]
pub(super) fn use_page_follows(
    translations: &Translations,
    theme: Theme,
    state: &StateHandle,
    embedding: &Rc<Embedding>,
) {
    let locale = translations.locale();
    {
        let name = state.plan.as_ref().map(|p| p.meta.name.clone());
        let app_name = translations.t("app-name");
        let embedding = embedding.clone();
        use_effect_with((locale, theme, name), move |(locale, theme, name)| {
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
        });
    }
    {
        let texts = crate::ui::crash::CrashTexts {
            title: translations.t("crash-title"),
            body: translations.t("crash-body"),
            download: translations.t("crash-download"),
            reload: translations.t("crash-reload"),
        };
        use_effect_with(texts, |texts| crate::ui::crash::set_texts(texts.clone()));
    }
}

/// A mark the benchmark reads once the first render is done and the app answers input; the
/// painted shell of index.html is removed, and the sections not needed yet are fetched when
/// the browser has nothing else to do.
#[hook]
pub(super) fn use_ready_mark(embedding: &Embedding) {
    let root = embedding.theme_root();
    let own_page = embedding.host.is_none();
    use_effect_with((), move |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("waymark:interactive");
        }
        // On `<html>`, or mounted on Waymark's own root: never on the host page's `<html>`.
        if let Some(root) = root {
            let _ = root.set_attribute("data-ready", "1");
        }
        // The painted shell of index.html has done its work: the app is on screen now.
        let document = web_sys::window().and_then(|w| w.document());
        let skeleton = document
            .filter(|_| own_page)
            .and_then(|d| d.get_element_by_id("waymark-skeleton"));
        if let Some(skeleton) = skeleton {
            skeleton.remove();
        }
        // The sections not needed yet come in when the browser has nothing else to do.
        crate::pages::lazy::prefetch_when_idle();
    });
}

/// The menu rows keep the link of the page shown in view: on a phone each row is wider than
/// the screen and scrolls, and the current section could sit scrolled out of sight (issue 14).
/// After each change of page, a current link not wholly clear of its row's faded edges (the
/// rows' `scroll-padding`) is scrolled into them. Not when embedded: scrolling into view would
/// scroll the host's page too.
#[hook]
pub(super) fn use_current_in_view<T: PartialEq + 'static>(page: T, embedded: bool) {
    use_effect_with(page, move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        let Some(document) = document.filter(|_| !embedded) else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        for row in [".nav-groups .current", ".nav-pages .current"] {
            if let Ok(Some(link)) = document.query_selector(row) {
                link.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
}
