//! The plan list (`#/plans`): every plan stored in this browser and what can be done with it
//! (open, rename, duplicate, download, delete with undo), how much room they take, a new plan,
//! the example, importing a file, and — for the open plan — its snapshots and a share link.
//!
//! Longer than 500 lines because the plan list, import, this plan and storage are one page; they
//! split into its own files (issue 13).
//!
//! Switching plans first saves the one shown (`state::open_plan`). The example is built from
//! its translation file, fetched only now, as a new plan: it never replaces one of the user's.
//! An import is checked completely (`domain::document::import`) and previewed before anything is
//! written, and always becomes a new plan.

mod kept;

use crate::domain::document::import::Imported;
use crate::domain::document::schema::{self, SchemaError};
use crate::domain::document::share::{self, ShareError};
use crate::domain::{Plan, PlanId};
use crate::i18n::size_text;
use crate::i18n::{format_datetime, use_i18n, Arg};
use crate::pages::Route;
use crate::state::{
    new_plan_id, now, open_plan, use_app_state, use_plan, use_settings, use_store, Action,
};
use crate::storage::codec;
use crate::storage::{
    LoadOutcome, SnapshotInfo, SnapshotReason, Store, LOCAL_STORAGE_LIMIT, UNDO_DELETE_MS,
};
use crate::ui::focus_main_heading;
use crate::ui::{
    compress, copy_text, download_plan, download_text, file_name, read_file, storage_estimate,
    Banner, BannerKind, ReadError,
};
use crate::views::import::{adopt_import, import_error_text, preview_view};
use crate::views::{open_example, NewPlanForm};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

/// See the module documentation.
#[function_component(PlansPage)]
pub fn plans_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let store = use_store();
    let settings = use_settings();
    let navigator = use_navigator();
    let failed = use_state_eq(|| None::<&'static str>);
    // Bumped to read the list again after a change made here.
    let refresh = use_state(|| 0u32);
    let renaming = use_state_eq(|| None::<PlanId>);
    let rename_input = use_node_ref();
    // The last deletion, while it can be undone: (trash key, plan name).
    let deleted = use_state(|| None::<(String, String)>);
    let undo_timer = use_mut_ref(|| None::<Timeout>);
    let Some(store) = store else {
        return html! {};
    };
    let plans = store.list_plans();
    let current = state.plan.as_ref().map(|p| p.id.clone());
    let ui = i18n.locale();
    let bump = {
        let refresh = refresh.clone();
        move || refresh.set(*refresh + 1)
    };

    let open = |id: PlanId| {
        let (store, state, navigator, failed) = (
            store.clone(),
            state.clone(),
            navigator.clone(),
            failed.clone(),
        );
        Callback::from(move |_: MouseEvent| match store.load_plan(&id, now()) {
            LoadOutcome::Loaded { plan, .. } => {
                if open_plan(&store, &state, Rc::new(plan), false).is_err() {
                    failed.set(Some("storage-full"));
                    return;
                }
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::Home);
                }
                focus_main_heading();
            }
            _ => failed.set(Some("plans-open-failed")),
        })
    };
    // The plan as it is now: the open one from memory (it may have unsaved changes).
    let plan_now = {
        let (store, state) = (store.clone(), state.clone());
        move |id: &PlanId| -> Option<Plan> {
            match state.plan.as_ref() {
                Some(p) if p.id == *id => Some((**p).clone()),
                _ => match store.load_plan(id, now()) {
                    LoadOutcome::Loaded { plan, .. } => Some(plan),
                    _ => None,
                },
            }
        }
    };
    let duplicate = |id: PlanId, name: String| {
        let (store, failed, bump, plan_now, i18n) = (
            store.clone(),
            failed.clone(),
            bump.clone(),
            plan_now.clone(),
            i18n.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(mut copy) = plan_now(&id) else {
                failed.set(Some("plans-open-failed"));
                return;
            };
            let at = now();
            copy.id = new_plan_id();
            copy.meta.name = crate::domain::core::rules::truncate(
                &i18n.t_args("plans-copy-name", &[("name", Arg::from(name.as_str()))]),
                crate::domain::core::rules::MAX_NAME_CHARS,
            );
            copy.meta.created = at;
            copy.meta.updated = at;
            match store.save_plan(&copy) {
                Ok(()) => bump(),
                Err(_) => failed.set(Some("storage-full")),
            }
        })
    };
    let download = |id: PlanId| {
        let (failed, plan_now, settings) = (failed.clone(), plan_now.clone(), settings.clone());
        Callback::from(move |_: MouseEvent| match plan_now(&id) {
            Some(plan) => {
                download_plan(&plan, settings.as_ref());
            }
            None => failed.set(Some("plans-open-failed")),
        })
    };
    let delete = |id: PlanId, name: String| {
        let (store, state, failed, deleted, timer, bump, settings) = (
            store.clone(),
            state.clone(),
            failed.clone(),
            deleted.clone(),
            undo_timer.clone(),
            bump.clone(),
            settings.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if state.plan.as_ref().is_some_and(|p| p.id == id) {
                // Whatever is shown is the version deleted (and the one Undo brings back).
                crate::state::drafts::commit_all();
                // If the shown version cannot be stored, deleting would lose its last changes
                // for good (Undo brings back the stored one): refuse, and say so.
                if let Some(plan) = state.plan.clone() {
                    if store.save_plan(&plan).is_err() {
                        failed.set(Some("plans-delete-failed"));
                        return;
                    }
                }
                state.dispatch(Action::Close);
                if let Some(settings) = &settings {
                    settings.set(crate::storage::Settings {
                        current_plan: None,
                        ..(**settings).clone()
                    });
                }
            }
            match store.delete_plan(&id, now()) {
                Ok(key) => {
                    deleted.set(Some((key, name.clone())));
                    // After the window, the plan is gone for good.
                    let (store, deleted) = (store.clone(), deleted.clone());
                    *timer.borrow_mut() = Some(Timeout::new(UNDO_DELETE_MS as u32, move || {
                        store.purge_trash(now());
                        deleted.set(None);
                    }));
                    bump();
                }
                Err(_) => failed.set(Some("plans-delete-failed")),
            }
        })
    };
    let undo_delete = {
        let (store, deleted, timer, bump, failed) = (
            store.clone(),
            deleted.clone(),
            undo_timer.clone(),
            bump.clone(),
            failed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some((key, _)) = (*deleted).clone() else {
                return;
            };
            *timer.borrow_mut() = None;
            deleted.set(None);
            match store.undelete_plan(&key) {
                Ok(_) => bump(),
                Err(_) => failed.set(Some("plans-undo-failed")),
            }
        })
    };
    let rename = |id: PlanId| {
        let (store, state, edit, renaming, bump, failed, input) = (
            store.clone(),
            state.clone(),
            edit.clone(),
            renaming.clone(),
            bump.clone(),
            failed.clone(),
            rename_input.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            renaming.set(None);
            let Some(input) = input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let name = input.value().trim().to_owned();
            if name.is_empty() {
                return;
            }
            if state.plan.as_ref().is_some_and(|p| p.id == id) {
                edit.apply(crate::domain::PlanCommand::RenamePlan { name });
                return;
            }
            let LoadOutcome::Loaded { mut plan, .. } = store.load_plan(&id, now()) else {
                failed.set(Some("plans-open-failed"));
                return;
            };
            plan.meta.name = crate::domain::core::rules::truncate(
                &name,
                crate::domain::core::rules::MAX_NAME_CHARS,
            );
            plan.meta.updated = now();
            match store.save_plan(&plan) {
                Ok(()) => bump(),
                Err(_) => failed.set(Some("storage-full")),
            }
        })
    };
    let on_example = {
        let (store, state, navigator, failed) = (
            store.clone(),
            state.clone(),
            navigator.clone(),
            failed.clone(),
        );
        let locale = i18n.locale();
        Callback::from(move |_: MouseEvent| {
            let failed = failed.clone();
            open_example(
                locale,
                store.clone(),
                state.clone(),
                navigator.clone(),
                Callback::from(move |_| failed.set(Some("plans-example-failed"))),
            );
        })
    };

    html! {
        <section class="page plans" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ i18n.t("plans-title") }</h1>
            <p class="lead">{ i18n.t("plans-lead") }</p>
            if let Some(key) = *failed {
                <Banner kind={BannerKind::Error} testid="plans-error"><p>{ i18n.t(key) }</p></Banner>
            }
            if let Some((_, name)) = &*deleted {
                <div class="board-toast" role="status" data-testid="delete-undo">
                    <p>{ i18n.t_args("plans-deleted", &[("name", Arg::from(name.as_str()))]) }</p>
                    <button type="button" class="button" onclick={undo_delete}>{ i18n.t("undo") }</button>
                </div>
            }
            <div class="plans-grid">
            <div class="plans-main">
            <ul class="plan-list" data-testid="plan-list">
                { for plans.iter().map(|p| {
                    let is_current = current.as_ref() == Some(&p.id);
                    let is_renaming = renaming.as_ref() == Some(&p.id);
                    let start_rename = {
                        let (renaming, id) = (renaming.clone(), p.id.clone());
                        Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
                    };
                    let label = |key: &str| format!("{}: {}", i18n.t(key), p.name);
                    html! {
                        <li class={if is_current { "card plan-item plan-current" } else { "card plan-item" }} data-testid="plan-item">
                            <div class="plan-item-text">
                                if is_renaming {
                                    <form class="rename-form" onsubmit={rename(p.id.clone())}>
                                        <label class="field-label" for="rename-plan">{ i18n.t("plans-rename-label") }</label>
                                        <div class="inline-form">
                                            <input id="rename-plan" type="text" ref={rename_input.clone()} value={p.name.clone()}
                                                maxlength={crate::domain::core::rules::MAX_NAME_CHARS.to_string()} autocomplete="off" />
                                            <button type="submit" class="button button-primary button-small">{ i18n.t("save") }</button>
                                            <button type="button" class="button button-small" onclick={{
                                                let renaming = renaming.clone();
                                                Callback::from(move |_: MouseEvent| renaming.set(None))
                                            }}>{ i18n.t("cancel") }</button>
                                        </div>
                                    </form>
                                } else {
                                    <p class="plan-item-name">{ p.name.clone() }</p>
                                }
                                <p class="muted">
                                    { i18n.t_args("plans-updated", &[("date", Arg::from(format_datetime(ui, p.updated)))]) }
                                    { " · " }{ size_text(&i18n, p.bytes as f64) }
                                </p>
                            </div>
                            <div class="plan-item-actions">
                                if is_current {
                                    <span class="badge badge-ok">{ i18n.t("plans-current") }</span>
                                } else {
                                    <button type="button" class="button button-primary button-small" onclick={open(p.id.clone())}
                                        aria-label={label("plans-open")}>{ i18n.t("plans-open") }</button>
                                }
                                if !is_renaming {
                                    <button type="button" class="button button-small" onclick={start_rename}
                                        aria-label={label("plans-rename")} data-testid="plan-rename">{ i18n.t("plans-rename") }</button>
                                }
                                <button type="button" class="button button-small" onclick={duplicate(p.id.clone(), p.name.clone())}
                                    aria-label={label("plans-duplicate")} data-testid="plan-duplicate">{ i18n.t("plans-duplicate") }</button>
                                <button type="button" class="button button-small" onclick={download(p.id.clone())}
                                    aria-label={label("plans-download")} data-testid="plan-download">{ i18n.t("plans-download") }</button>
                                <button type="button" class="button button-small button-danger" onclick={delete(p.id.clone(), p.name.clone())}
                                    aria-label={label("plans-delete")} data-testid="plan-delete">{ i18n.t("plans-delete") }</button>
                            </div>
                        </li>
                    }
                }) }
            </ul>
            <kept::KeptCopies store={store.clone()} refresh={*refresh} on_change={{
                let bump = bump.clone();
                Callback::from(move |()| bump())
            }} />
            <div class="plans-actions">
                <div class="card">
                    <h2>{ i18n.t("plans-new") }</h2>
                    <NewPlanForm />
                </div>
                <div class="card">
                    <h2>{ i18n.t("plans-example") }</h2>
                    <p class="field-help">{ i18n.t("plans-example-help") }</p>
                    <button type="button" class="button" onclick={on_example} data-testid="open-example">
                        { i18n.t("plans-example") }
                    </button>
                </div>
            </div>
            <ImportCard store={store.clone()} />
            </div>
            <div class="plans-side">
            if let Some(plan) = state.plan.clone() {
                <ThisPlanCard store={store.clone()} {plan} />
            }
            <UsageCard store={store.clone()} refresh={*refresh} />
            </div>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct UsageProps {
    store: Store,
    refresh: u32,
}

/// How much room the plans take against what the browser gives a site, with a warning and
/// what to do before it runs out.
#[function_component(UsageCard)]
fn usage_card(props: &UsageProps) -> Html {
    let i18n = use_i18n();
    let estimate = use_state_eq(|| None::<u64>);
    {
        let estimate = estimate.clone();
        use_effect_with(props.refresh, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some((_, quota)) = storage_estimate().await {
                    estimate.set(Some(quota as u64));
                }
            });
        });
    }
    let usage = props.store.usage();
    // localStorage counts UTF-16 code units, two bytes each.
    let percent = (usage.share() * 100.0).clamp(0.0, 100.0);
    html! {
        <section class="card usage" aria-labelledby="usage-title" data-testid="usage">
            <h2 id="usage-title">{ i18n.t("usage-title") }</h2>
            <p>{ i18n.t_args("usage-body", &[
                ("used", Arg::from(size_text(&i18n, usage.plans as f64))),
                ("copies", Arg::from(size_text(&i18n, usage.copies as f64))),
                ("limit", Arg::from(size_text(&i18n, LOCAL_STORAGE_LIMIT as f64))),
            ]) }</p>
            if usage.kept > 0 {
                <p data-testid="usage-kept">{ i18n.t_args("usage-kept", &[
                    ("kept", Arg::from(size_text(&i18n, usage.kept as f64))),
                ]) }</p>
            }
            <meter class="meter" min="0" max="100" low="0" high={format!("{:.0}", crate::storage::NEARLY_FULL * 100.0)} optimum="0"
                value={format!("{percent:.1}")} aria-label={i18n.t("usage-meter")}></meter>
            if usage.nearly_full() {
                <Banner kind={BannerKind::Warning} testid="usage-nearly-full"><p>{ i18n.t("usage-nearly-full") }</p></Banner>
            }
            if let Some(quota) = *estimate {
                <p class="muted">{ i18n.t_args("usage-estimate", &[
                    ("quota", Arg::from(size_text(&i18n, quota as f64))),
                ]) }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ThisPlanProps {
    store: Store,
    plan: Rc<Plan>,
}

/// The open plan's snapshots (restore or download) and its share link.
#[function_component(ThisPlanCard)]
fn this_plan_card(props: &ThisPlanProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let refresh = use_state(|| 0u32);
    let link = use_state_eq(|| None::<Result<String, ShareError>>);
    let copied = use_state_eq(|| false);
    let snapshots: Vec<SnapshotInfo> = props.store.snapshots(&props.plan.id);
    let ui = i18n.locale();

    // A snapshot that could not be read or restored: said, and nothing changed.
    let failed = use_state_eq(|| false);
    let restore = |key: String| {
        let (store, state, refresh, failed) = (
            props.store.clone(),
            state.clone(),
            refresh.clone(),
            failed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Ok(mut old) = store.load_snapshot(&key) else {
                failed.set(true);
                return;
            };
            crate::state::drafts::commit_all();
            if let Some(current) = state.plan.clone() {
                // The current version is kept first; without that copy, no restore.
                if store
                    .take_snapshot(&current, now(), SnapshotReason::BeforeRestore)
                    .is_err()
                {
                    failed.set(true);
                    return;
                }
                old.id = current.id.clone();
            }
            failed.set(false);
            old.meta.updated = now();
            state.dispatch(Action::Adopt {
                plan: Rc::new(old),
                save: true,
            });
            refresh.set(*refresh + 1);
        })
    };
    let download = |key: String, at: crate::domain::Timestamp| {
        let (store, name, failed) = (
            props.store.clone(),
            props.plan.meta.name.clone(),
            failed.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = store
                .load_snapshot(&key)
                .ok()
                .and_then(|plan| schema::encode(&plan).ok());
            let done = text.is_some_and(|text| {
                let stem = format!("{name} {}", at.0);
                download_text(&file_name(&stem, "json"), "application/json", &text)
            });
            failed.set(!done);
        })
    };
    let make_link = {
        let (plan, link, copied) = (props.plan.clone(), link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (plan, link, copied) = (plan.clone(), link.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(text) = schema::encode(&plan) else {
                    return;
                };
                let Some(bytes) = compress(&text).await else {
                    link.set(Some(Err(ShareError::Damaged)));
                    return;
                };
                // Waymark's own page, also when mounted into a host page (whose address may
                // not run Waymark, and whose router is not the address's fragment).
                let result = share::fragment(&bytes)
                    .map(|fragment| format!("{}{fragment}", crate::assets::page()));
                copied.set(false);
                link.set(Some(result));
            });
        })
    };
    let copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(Ok(url)) = (*link).clone() {
                let copied = copied.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    copied.set(copy_text(&url).await);
                });
            }
        })
    };

    html! {
        <section class="card this-plan" aria-labelledby="this-plan-title">
            <h2 id="this-plan-title">{ i18n.t_args("snapshots-title", &[("name", Arg::from(props.plan.meta.name.as_str()))]) }</h2>
            <p class="field-help">{ i18n.t("snapshots-help") }</p>
            if *failed {
                <Banner kind={BannerKind::Error} testid="snapshot-failed"><p>{ i18n.t("snapshots-failed") }</p></Banner>
            }
            if snapshots.is_empty() {
                <p class="muted" data-testid="snapshots-empty">{ i18n.t("snapshots-none") }</p>
            } else {
                <ul class="snapshot-list" data-testid="snapshots">
                    { for snapshots.iter().map(|s| html! {
                        <li data-testid="snapshot">
                            <span>
                                <strong>{ format_datetime(ui, s.at) }</strong>
                                { " · " }{ i18n.t(&format!("snapshot-why-{}", s.reason.key())) }
                                { " · " }{ size_text(&i18n, s.bytes as f64) }
                            </span>
                            <span class="snapshot-actions">
                                <button type="button" class="button button-small" onclick={restore(s.key.clone())}
                                    data-testid="snapshot-restore">{ i18n.t("snapshots-restore") }</button>
                                <button type="button" class="button button-small button-quiet" onclick={download(s.key.clone(), s.at)}>
                                    { i18n.t("plans-download") }</button>
                            </span>
                        </li>
                    }) }
                </ul>
            }
            <h3>{ i18n.t("share-title") }</h3>
            <p class="field-help">{ i18n.t("share-help") }</p>
            <p><button type="button" class="button" onclick={make_link} data-testid="share-make">{ i18n.t("share-make") }</button></p>
            { match &*link {
                Some(Ok(url)) => html! {
                    <div class="share-link">
                        <label class="field-label" for="share-url">{ i18n.t("share-link-label") }</label>
                        <div class="inline-form">
                            <input id="share-url" type="text" readonly=true value={url.clone()} data-testid="share-url"
                                onfocus={Callback::from(|e: FocusEvent| {
                                    if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                })} />
                            <button type="button" class="button" onclick={copy}>{ i18n.t("share-copy") }</button>
                        </div>
                        if *copied { <p class="muted" role="status">{ i18n.t("share-copied") }</p> }
                    </div>
                },
                Some(Err(ShareError::TooLarge { .. })) => html! {
                    <Banner kind={BannerKind::Info} testid="share-too-large"><p>{ i18n.t("share-too-large") }</p></Banner>
                },
                Some(Err(_)) => html! {
                    <Banner kind={BannerKind::Error}><p>{ i18n.t("share-failed") }</p></Banner>
                },
                None => html! {},
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ImportProps {
    store: Store,
}

/// Importing a plan file, chosen or dropped: checked and previewed before anything changes.
#[function_component(ImportCard)]
fn import_card(props: &ImportProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigator = use_navigator();
    let pending = use_state(|| None::<Rc<Imported>>);
    let error = use_state_eq(|| None::<String>);
    let dragging = use_state_eq(|| false);

    let take = {
        let (pending, error, i18n) = (pending.clone(), error.clone(), i18n.clone());
        Rc::new(move |file: web_sys::File| {
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
        })
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
