//! The frame around every page: skip link, header (plan name, undo/redo, save status,
//! language, theme), section navigation, messages, the main landmark, and the footer.
//!
//! It gets everything as props, so it has no idea where the data comes from; `app.rs` wires it.

use super::{Select, SelectOption, TextField};
use crate::domain::core::rules::MAX_NAME_CHARS;
use crate::domain::Locale;
use crate::i18n::{endonym, use_i18n};
use crate::state::SaveStatus;
use crate::storage::Theme;
use yew::prelude::*;

/// Props of [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The open plan's name; `None` when no plan is open.
    pub plan_name: Option<AttrValue>,
    /// Renames the plan.
    pub on_rename: Callback<String>,
    /// What the save indicator shows.
    pub save_status: SaveStatus,
    /// Whether Undo is possible.
    pub can_undo: bool,
    /// Whether Redo is possible.
    pub can_redo: bool,
    /// Undoes.
    pub on_undo: Callback<()>,
    /// Redoes.
    pub on_redo: Callback<()>,
    /// The active theme.
    pub theme: Theme,
    /// Changes the theme.
    pub on_theme: Callback<Theme>,
    /// The section links.
    pub nav: Html,
    /// Messages to show above the page.
    pub notices: Html,
    /// The page.
    pub children: Html,
    /// The button that opens presentation mode (shown among the header's tools).
    #[prop_or_default]
    pub present: Html,
}

/// See the module documentation.
#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let i18n = use_i18n();
    let language_options: Vec<SelectOption> = Locale::ALL
        .into_iter()
        .map(|l| SelectOption {
            value: l.tag().into(),
            label: endonym(l).into(),
            lang: Some(l.tag().into()),
        })
        .collect();
    let theme_options: Vec<SelectOption> = Theme::ALL
        .into_iter()
        .map(|t| SelectOption {
            value: t.as_str().into(),
            label: i18n.t(&format!("theme-{}", t.as_str())).into(),
            lang: None,
        })
        .collect();
    let on_language = {
        let set = i18n.set_locale.clone();
        Callback::from(move |tag: String| {
            if let Some(locale) = Locale::from_tag(&tag) {
                set.emit(locale);
            }
        })
    };
    let on_theme = {
        let cb = props.on_theme.clone();
        Callback::from(move |v: String| {
            if let Some(theme) = Theme::parse(&v) {
                cb.emit(theme);
            }
        })
    };
    // A deployment's brand (its config file, or the mounting page's options).
    let brand =
        use_context::<std::rc::Rc<crate::embed::Embedding>>().and_then(|e| e.config.brand.clone());
    let undo = props.on_undo.reform(|_: MouseEvent| ());
    let redo = props.on_redo.reform(|_: MouseEvent| ());

    html! {
        <div class="shell">
            <a class="skip-link" href="#main" onclick={skip_to_main}>{ i18n.t("skip-to-content") }</a>
            <header class="app-header">
                <div class="header-row">
                    <p class="brand">
                        if let Some(logo) = brand.as_ref().and_then(|b| b.logo.clone()) {
                            // The deployment's logo, a file next to index.html (so in Waymark's
                            // folder, also when mounted into a host page); its name says it.
                            <img class="brand-logo" src={crate::assets::url(&logo)} alt="" />
                        } else {
                            <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                                <path d="M12 2 4 22l8-5 8 5z" />
                            </svg>
                        }
                        <span class="brand-name">
                            { brand.as_ref().and_then(|b| b.name.clone()).unwrap_or_else(|| i18n.t("app-name")) }
                        </span>
                    </p>
                    if let Some(name) = props.plan_name.clone() {
                        <TextField id="plan-name" class="plan-name" label={i18n.t("plan-name-label")}
                            label_hidden={true} value={name} required={true}
                            maxlength={MAX_NAME_CHARS} on_commit={props.on_rename.clone()} />
                    }
                    if props.plan_name.is_some() {
                        <div class="header-actions" role="group" aria-label={i18n.t("header-tools")}>
                            <button type="button" class="button button-icon" data-testid="undo"
                                disabled={!props.can_undo} onclick={undo} title={i18n.t("undo-title")}
                                aria-keyshortcuts="Control+Z Meta+Z">
                                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3" /></svg>
                                <span class="button-text">{ i18n.t("undo") }</span>
                            </button>
                            <button type="button" class="button button-icon" data-testid="redo"
                                disabled={!props.can_redo} onclick={redo} title={i18n.t("redo-title")}
                                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
                                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m15 14 5-5-5-5M20 9H9a5 5 0 0 0 0 10h3" /></svg>
                                <span class="button-text">{ i18n.t("redo") }</span>
                            </button>
                            <SaveIndicator status={props.save_status.clone()} />
                            { props.present.clone() }
                        </div>
                    }
                    <div class="header-settings">
                        <Select id="language" class="compact" label={i18n.t("language-label")}
                            options={language_options} value={i18n.locale().tag()} on_change={on_language} />
                        <Select id="theme" class="compact" label={i18n.t("theme-label")}
                            options={theme_options} value={props.theme.as_str()} on_change={on_theme} />
                    </div>
                </div>
                <nav class="app-nav" aria-label={i18n.t("nav-label")}>{ props.nav.clone() }</nav>
            </header>
            <div class="notices">{ props.notices.clone() }</div>
            <main id="main" tabindex="-1">{ props.children.clone() }</main>
            <footer class="app-footer"><p>{ i18n.t("footer-privacy") }</p></footer>
        </div>
    }
}

/// Moves focus to the main landmark: a hash link alone would fight the hash router.
fn skip_to_main(e: MouseEvent) {
    e.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// Props of [`SaveIndicator`].
#[derive(Properties, PartialEq)]
pub struct SaveIndicatorProps {
    /// What to show.
    pub status: SaveStatus,
}

/// "Saved", "Saving…", "Not saved" or "Not kept", announced politely as it changes.
#[function_component(SaveIndicator)]
pub fn save_indicator(props: &SaveIndicatorProps) -> Html {
    let i18n = use_i18n();
    let (state, key) = match props.status {
        SaveStatus::Saved => ("saved", "save-saved"),
        SaveStatus::Saving => ("saving", "save-saving"),
        SaveStatus::Failed(_) => ("failed", "save-failed"),
        SaveStatus::MemoryOnly => ("memory", "save-memory"),
        SaveStatus::Waiting => ("waiting", "save-waiting"),
    };
    html! {
        <p class={format!("save-status save-{state}")} role="status"
            data-testid="save-status" data-state={state}>
            <span class="visually-hidden">{ i18n.t("save-status-label") }{ i18n.colon() }</span>
            <span class="save-dot" aria-hidden="true"></span>
            <span>{ i18n.t(key) }</span>
        </p>
    }
}
