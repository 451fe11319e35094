//! A plan shared in a link (`#/share?p=…`, see `domain::document::share`): decoded, checked like any
//! imported file, and previewed; it becomes a new plan only when the user says so. The link
//! itself never changes anything, and its data never leaves the browser.

use crate::domain::document::import::Imported;
use crate::domain::document::share;
use crate::i18n::use_i18n;
use crate::pages::Route;
use crate::state::{new_plan_id, now, use_app_state, use_store};
use crate::storage::codec;
use crate::ui::{decompress, Banner, BannerKind};
use crate::views::import::{adopt_import, import_error_text, preview_view};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// What the link turned out to hold.
#[derive(Clone, PartialEq)]
enum Found {
    Reading,
    Plan(Rc<Imported>),
    /// A translated message saying why not.
    Error(String),
}

/// See the module documentation.
#[function_component(SharePage)]
pub fn share_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let store = use_store();
    let navigator = use_navigator();
    let found = use_state(|| Found::Reading);
    {
        let (found, i18n) = (found.clone(), i18n.clone());
        use_effect_with((), move |_| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = match share::data_of(&hash) {
                    None => {
                        found.set(Found::Error(i18n.t("share-empty")));
                        return;
                    }
                    Some(Err(e)) => {
                        found.set(Found::Error(i18n.t(e.i18n_key())));
                        return;
                    }
                    Some(Ok(bytes)) => bytes,
                };
                let Some(text) = decompress(&bytes).await else {
                    found.set(Found::Error(i18n.t("share-damaged")));
                    return;
                };
                found.set(match codec::import(&text, new_plan_id(), now()).await {
                    Ok(imported) => Found::Plan(Rc::new(imported)),
                    Err(e) => Found::Error(import_error_text(&i18n, &e)),
                });
            });
        });
    }
    let confirm = {
        let (found, store, state, navigator, i18n) = (
            found.clone(),
            store.clone(),
            state.clone(),
            navigator.clone(),
            i18n.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (Found::Plan(imported), Some(store)) = ((*found).clone(), store.as_ref()) else {
                return;
            };
            if adopt_import(store, &state, navigator.as_ref(), imported.plan.clone()).is_err() {
                found.set(Found::Error(i18n.t("import-save-failed")));
            }
        })
    };
    html! {
        <section class="page page-narrow" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("share-page-title") }</h1>
            <p class="lead">{ i18n.t("share-page-lead") }</p>
            { match &*found {
                Found::Reading => html! { <p role="status">{ i18n.t("share-reading") }</p> },
                Found::Error(message) => html! {
                    <Banner kind={BannerKind::Error} testid="share-error"><p>{ message.clone() }</p></Banner>
                },
                Found::Plan(imported) => html! {
                    <div class="card">
                        { preview_view(&i18n, imported) }
                        <p class="banner-actions">
                            <button type="button" class="button button-primary" onclick={confirm} data-testid="import-confirm">
                                { i18n.t("import-confirm") }
                            </button>
                            <Link<Route> to={Route::Plans} classes="button">{ i18n.t("cancel") }</Link<Route>>
                        </p>
                    </div>
                },
            } }
        </section>
    }
}
