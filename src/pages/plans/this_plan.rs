//! The open plan's own card on the plan list: its snapshots (taken before a risky change;
//! restore one or download it) and a share link that carries the plan in the address itself.

use crate::domain::document::schema::{self};
use crate::domain::document::share::{self, ShareError};
use crate::domain::Plan;
use crate::i18n::size_text;
use crate::i18n::{format_datetime, use_i18n, Arg};
use crate::state::{now, use_app_state, Action};
use crate::storage::{SnapshotInfo, SnapshotReason, Store};
use crate::ui::{compress, copy_text, download_text, file_name, Banner, BannerKind};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ThisPlanProps {
    pub store: Store,
    pub plan: Rc<Plan>,
}

/// The open plan's snapshots (restore or download) and its share link.
#[function_component(ThisPlanCard)]
pub(super) fn this_plan_card(props: &ThisPlanProps) -> Html {
    let i18n = use_i18n();
    html! {
        <section class="card this-plan" aria-labelledby="this-plan-title">
            <h2 id="this-plan-title">{ i18n.t_args("snapshots-title", &[("name", Arg::from(props.plan.meta.name.as_str()))]) }</h2>
            <p class="field-help">{ i18n.t("snapshots-help") }</p>
            <Snapshots store={props.store.clone()} plan={props.plan.clone()} />
            <ShareLink plan={props.plan.clone()} />
        </section>
    }
}

/// The open plan's snapshots, newest first: restore one (the current version is kept as a
/// snapshot first) or download it.
#[function_component(Snapshots)]
fn snapshots(props: &ThisPlanProps) -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let refresh = use_state(|| 0u32);
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
    html! {
        <>
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
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    plan: Rc<Plan>,
}

/// A link that carries the plan itself (compressed, in the address's fragment, so it never
/// reaches a server), with Copy.
#[function_component(ShareLink)]
fn share_link(props: &ShareProps) -> Html {
    let i18n = use_i18n();
    let link = use_state_eq(|| None::<Result<String, ShareError>>);
    let copied = use_state_eq(|| false);
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
        <>
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
        </>
    }
}
