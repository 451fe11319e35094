//! Importing a plan file, chosen or dropped: read, checked completely
//! (`domain::document::import`) and previewed before anything is written; it always becomes a
//! new plan, never replaces one.

use crate::domain::document::import::Imported;
use crate::domain::document::schema::SchemaError;
use crate::i18n::{use_i18n, I18nContext};
use crate::state::{new_plan_id, now, use_app_state};
use crate::storage::codec;
use crate::storage::Store;
use crate::ui::{read_file, Banner, BannerKind, ReadError};
use crate::views::import::{adopt_import, import_error_text, preview_view};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ImportProps {
    pub store: Store,
}

/// Importing a plan file, chosen or dropped: checked and previewed before anything changes.
#[function_component(ImportCard)]
pub(super) fn import_card(props: &ImportProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigator = use_navigator();
    let pending = use_state(|| None::<Rc<Imported>>);
    let error = use_state_eq(|| None::<String>);
    let dragging = use_state_eq(|| false);

    let take = {
        let (pending, error, i18n) = (pending.clone(), error.clone(), i18n.clone());
        Rc::new(move |file: web_sys::File| check(file, &pending, &error, &i18n))
    };
    let onchange = {
        let take = take.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                take(file);
            }
            // Choosing the same file again must trigger a new check.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (take, dragging) = (take.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                take(file);
            }
        })
    };
    let confirm = {
        let (store, state, navigator, pending, error, i18n) = (
            props.store.clone(),
            state.clone(),
            navigator.clone(),
            pending.clone(),
            error.clone(),
            i18n.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(imported) = (*pending).clone() else {
                return;
            };
            match adopt_import(&store, &state, navigator.as_ref(), imported.plan.clone()) {
                Ok(()) => pending.set(None),
                Err(_) => error.set(Some(i18n.t("import-save-failed"))),
            }
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };

    html! {
        <section class={classes!("card", "import", dragging.then_some("dragging"))} aria-labelledby="import-title"
            {ondragover} {ondragleave} {ondrop} data-testid="import">
            <h2 id="import-title">{ i18n.t("import-title") }</h2>
            <p class="field-help">{ i18n.t("import-help") }</p>
            <label class="button file-button" for="import-file">{ i18n.t("import-choose") }</label>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" {onchange} data-testid="import-file" />
            if let Some(message) = &*error {
                <Banner kind={BannerKind::Error} testid="import-error"><p>{ message.clone() }</p></Banner>
            }
            if let Some(imported) = &*pending {
                <div class="import-confirm">
                    <h3>{ i18n.t("import-preview-title") }</h3>
                    { preview_view(&i18n, imported) }
                    <p class="banner-actions">
                        <button type="button" class="button button-primary" onclick={confirm} data-testid="import-confirm">{ i18n.t("import-confirm") }</button>
                        <button type="button" class="button" onclick={cancel}>{ i18n.t("cancel") }</button>
                    </p>
                </div>
            }
        </section>
    }
}

/// Reads `file` and checks it completely as a plan; the result is a preview to confirm
/// (`pending`) or a message (`error`). Nothing is written.
fn check(
    file: web_sys::File,
    pending: &UseStateHandle<Option<Rc<Imported>>>,
    error: &UseStateHandle<Option<String>>,
    i18n: &I18nContext,
) {
    let (pending, error, i18n) = (pending.clone(), error.clone(), i18n.clone());
    pending.set(None);
    error.set(None);
    wasm_bindgen_futures::spawn_local(async move {
        let text = match read_file(file).await {
            Ok(text) => text,
            Err(ReadError::TooLarge(bytes)) => {
                error.set(Some(import_error_text(
                    &i18n,
                    &SchemaError::TooLarge {
                        bytes: bytes as usize,
                    },
                )));
                return;
            }
            Err(ReadError::Unreadable) => {
                error.set(Some(i18n.t("import-unreadable")));
                return;
            }
        };
        match codec::import(&text, new_plan_id(), now()).await {
            Ok(imported) => pending.set(Some(Rc::new(imported))),
            Err(e) => error.set(Some(import_error_text(&i18n, &e))),
        }
    });
}
