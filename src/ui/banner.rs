//! A message across the top of the page: what happened, what it means for the user's data,
//! and what they can do. Errors are announced at once (`role="alert"`), the rest politely.

use yew::prelude::*;

/// How serious a banner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    /// Good to know.
    Info,
    /// Data may not be kept.
    Warning,
    /// Something failed.
    Error,
}

/// Props of [`Banner`].
#[derive(Properties, PartialEq)]
pub struct BannerProps {
    /// Seriousness.
    pub kind: BannerKind,
    /// A short title, when the message needs one.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// For tests and styling hooks.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Shows a dismiss button when set.
    #[prop_or_default]
    pub on_dismiss: Option<Callback<()>>,
    /// The dismiss button's label.
    #[prop_or_default]
    pub dismiss_label: Option<AttrValue>,
    /// The message and any actions.
    #[prop_or_default]
    pub children: Html,
}

/// See the module documentation.
#[function_component(Banner)]
pub fn banner(props: &BannerProps) -> Html {
    let (class, role) = match props.kind {
        BannerKind::Info => ("banner banner-info", "status"),
        BannerKind::Warning => ("banner banner-warning", "alert"),
        BannerKind::Error => ("banner banner-error", "alert"),
    };
    let dismiss = props.on_dismiss.clone().map(|cb| {
        let label = props
            .dismiss_label
            .clone()
            .unwrap_or_else(|| AttrValue::from("×"));
        html! { <button type="button" class="button button-quiet banner-dismiss"
        onclick={move |_| cb.emit(())}>{ label }</button> }
    });
    html! {
        <div class={class} role={role} data-testid={props.testid.clone()}>
            <div class="banner-body">
                if let Some(title) = props.title.clone() { <p class="banner-title">{ title }</p> }
                { props.children.clone() }
            </div>
            { for dismiss }
        </div>
    }
}

/// An error banner that says `message` (a message id) and offers to reload the page: what is
/// shown when a part of Waymark's own code could not be fetched (a lazily loaded section, the
/// plan reader). Reloading fetches it again; nothing stored is touched.
pub fn reload_banner(i18n: &crate::i18n::I18nContext, message: &str, testid: &'static str) -> Html {
    let reload = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
    html! {
        <Banner kind={BannerKind::Error} {testid}>
            <p>{ i18n.t(message) }</p>
            <button type="button" class="button button-primary" onclick={reload}>
                { i18n.t("lazy-reload") }
            </button>
        </Banner>
    }
}
