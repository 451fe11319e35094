//! The plan list's "Kept copies": everything the app kept for the user instead of losing it —
//! unreadable plans and settings (download their raw text), and versions not chosen between two
//! tabs (open one again as a plan of its own, or download it). Nothing here is ever removed
//! except by the user, after a confirmation.

use crate::i18n::size_text;
use crate::i18n::{format_datetime, use_i18n, Arg, I18nContext};
use crate::pages::Route;
use crate::state::{new_plan_id, now, open_plan, use_app_state, StateHandle};
use crate::storage::{KeptCopy, KeptWhy, Store};
use crate::ui::download_text;
use crate::ui::focus_main_heading;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct KeptProps {
    pub store: Store,
    /// Moves when the list may have changed elsewhere (a copy kept by another tab).
    pub refresh: u32,
    /// Told after a copy was opened or deleted here.
    pub on_change: Callback<()>,
}

/// See the module documentation.
#[function_component(KeptCopies)]
pub(super) fn kept_copies(props: &KeptProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigator = use_navigator();
    let confirming = use_state_eq(|| None::<String>);
    let failed = use_state_eq(|| false);
    // Re-read on every render the parent asks for: the list is a handful of keys.
    let _ = props.refresh;
    let copies = props.store.kept();
    if copies.is_empty() {
        return html! {};
    }
    let row = Row {
        props,
        i18n: &i18n,
        state: &state,
        navigator: &navigator,
        confirming: &confirming,
        failed: &failed,
    };
    html! {
        <section class="kept" aria-labelledby="kept-title" data-testid="kept">
            <h2 id="kept-title">{ i18n.t("kept-title") }</h2>
            <p class="field-help">{ i18n.t("kept-help") }</p>
            if *failed {
                <p class="field-error" role="alert">{ i18n.t("kept-failed") }</p>
            }
            <ul class="plan-list">
                { for copies.iter().map(|copy| kept_row(&row, copy)) }
            </ul>
        </section>
    }
}

/// What a row of the kept copies needs from the list.
struct Row<'a> {
    props: &'a KeptProps,
    i18n: &'a I18nContext,
    state: &'a StateHandle,
    navigator: &'a Option<Navigator>,
    /// The copy whose deletion waits for a second click.
    confirming: &'a UseStateHandle<Option<String>>,
    failed: &'a UseStateHandle<bool>,
}

/// One kept copy: what it is, why it was kept, when, its size; open (if it reads), download,
/// delete (after a confirmation).
fn kept_row(row: &Row, copy: &KeptCopy) -> Html {
    let Row {
        props,
        i18n,
        state,
        navigator,
        confirming,
        failed,
    } = *row;
    let title = match (&copy.name, copy.why) {
        (Some(name), _) => name.clone(),
        (None, KeptWhy::Settings) => i18n.t("kept-settings-name"),
        (None, _) => i18n.t("kept-unreadable-name"),
    };
    let why = match copy.why {
        // An older copy that reads after all (kept by an earlier build).
        KeptWhy::Unreadable if copy.readable() => i18n.t("kept-why-other-tab"),
        // The title already says these are settings.
        KeptWhy::Settings => i18n.t("kept-why-unreadable"),
        why => i18n.t(&format!("kept-why-{}", why.key())),
    };
    let download = {
        let (store, key, subject, failed) = (
            props.store.clone(),
            copy.key.clone(),
            copy.subject.clone(),
            failed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let done = store.read_raw(&key).is_some_and(|raw| {
                download_text(
                    &format!("waymark-kept-{subject}.json"),
                    "application/json",
                    &raw,
                )
            });
            if !done {
                failed.set(true);
            }
        })
    };
    let open = {
        let (store, key, state, navigator, failed, on_change) = (
            props.store.clone(),
            copy.key.clone(),
            state.clone(),
            navigator.clone(),
            failed.clone(),
            props.on_change.clone(),
        );
        Callback::from(
            move |_: MouseEvent| match store.open_kept(&key, new_plan_id(), now()) {
                Ok(plan) => {
                    if open_plan(&store, &state, Rc::new(plan), false).is_err() {
                        failed.set(true);
                        return;
                    }
                    on_change.emit(());
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::Home);
                    }
                    focus_main_heading();
                }
                Err(_) => failed.set(true),
            },
        )
    };
    let is_confirming = confirming.as_deref() == Some(copy.key.as_str());
    let discard = {
        let (store, key, confirming, failed, on_change) = (
            props.store.clone(),
            copy.key.clone(),
            confirming.clone(),
            failed.clone(),
            props.on_change.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if confirming.as_deref() == Some(key.as_str()) {
                confirming.set(None);
                match store.discard_kept(&key) {
                    Ok(()) => on_change.emit(()),
                    Err(_) => failed.set(true),
                }
            } else {
                confirming.set(Some(key.clone()));
            }
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(None))
    };
    let label = |key: &str| i18n.labelled(&i18n.t(key), &title);
    let when = copy
        .at
        .map(|at| format_datetime(i18n.locale(), at))
        .unwrap_or_default();
    html! {
        <li class="card plan-item kept-item" data-testid="kept-item" data-why={copy.why.key()}>
            <div class="plan-item-text">
                <p class="plan-item-name">{ title.clone() }</p>
                <p class="muted">
                    { why }
                    if !when.is_empty() {
                        { " · " }{ i18n.t_args("kept-when", &[("date", Arg::from(when))]) }
                    }
                    { " · " }{ size_text(i18n, copy.bytes as f64) }
                </p>
            </div>
            <div class="plan-item-actions">
                if copy.readable() {
                    <button type="button" class="button button-small" onclick={open}
                        aria-label={label("kept-open")} data-testid="kept-open">{ i18n.t("kept-open") }</button>
                }
                <button type="button" class="button button-small" onclick={download}
                    aria-label={label("kept-download")} data-testid="kept-download">{ i18n.t("kept-download") }</button>
                if is_confirming {
                    <button type="button" class="button button-small button-danger" onclick={discard}
                        aria-label={label("kept-delete-confirm")} data-testid="kept-delete-confirm">{ i18n.t("kept-delete-confirm") }</button>
                    <button type="button" class="button button-small" onclick={cancel}>{ i18n.t("cancel") }</button>
                } else {
                    <button type="button" class="button button-small button-danger" onclick={discard}
                        aria-label={label("kept-delete")} data-testid="kept-delete">{ i18n.t("kept-delete") }</button>
                }
            </div>
        </li>
    }
}
