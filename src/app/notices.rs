//! The messages about the user's data above every page: what could not be saved or read,
//! what was kept or migrated, and the deployment's safety problems.

use crate::domain::Timestamp;
use crate::embed::Embedding;
use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::pages::Route;
use crate::state::{now, Choice, PlanHandle, SaveStatus, SettingsHandle, StateHandle};
use crate::storage::{Fault, KeptWhy, Persistence, Rescued, SaveError, Settings, Store};
use crate::ui::{download_text, Banner, BannerKind};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct NoticesProps {
    pub(super) store: Store,
    pub(super) save_status: SaveStatus,
    pub(super) kept: u32,
    pub(super) settings_kept: bool,
    pub(super) conflict: bool,
    pub(super) resolve: Callback<Choice>,
    pub(super) migrated_from: Option<u32>,
    pub(super) rescued_now: Option<Rc<Rescued>>,
    pub(super) read_failed: Option<Fault>,
    pub(super) language_failed: bool,
}

/// Every message about the user's data: storage blocked or full, a refused change, a plan
/// brought up from an older format, documents that could not be read (with a download), and
/// copies kept for the user (listed with the plans, where they can be opened or deleted).
/// Also the deployment's config problems that weaken the user's safety (an unencrypted
/// allowed origin): logged to the console like every config problem, and said here, where
/// whoever deployed Waymark sees it when trying it out.
#[function_component(Notices)]
pub(super) fn notices(props: &NoticesProps) -> Html {
    let i18n = use_i18n();
    let state = crate::state::use_app_state();
    let edit = crate::state::use_plan();
    let settings = crate::state::use_settings();
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
    let mut out: Vec<Html> = vec![html! { <super::undo::UndoNotice /> }];

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
    out.push(export_reminder(&i18n, &props.store, &state, settings));
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
    out.push(save_banner(&i18n, &props.save_status));
    out.push(refused_notice(&i18n, &state, &edit));
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
        out.push(rescued_notice(&i18n, &props.store, rescued));
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

/// The reminder to download a copy of a plan kept only in this browser (storage the browser
/// may clear), now and then, with "Later". (Functions, not components, like the other
/// notices: each component type adds its own code to the first visit's download.)
fn export_reminder(
    i18n: &I18nContext,
    store: &Store,
    state: &StateHandle,
    settings: Option<SettingsHandle>,
) -> Html {
    if let (Some(plan), Some(settings)) = (state.plan.clone(), settings) {
        if matches!(store.persistence(), Persistence::Kept)
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
            return html! {
                <Banner kind={BannerKind::Info} title={i18n.t("reminder-title")} testid="export-reminder">
                    <p>{ i18n.t("reminder-body") }</p>
                    <p class="banner-actions">
                        <button type="button" class="button button-primary" onclick={download}>{ i18n.t("reminder-download") }</button>
                        <button type="button" class="button button-quiet" onclick={later}>{ i18n.t("reminder-later") }</button>
                    </p>
                </Banner>
            };
        }
    }
    html! {}
}

/// What went wrong with the last save, if anything.
fn save_banner(i18n: &I18nContext, status: &SaveStatus) -> Html {
    match status {
        SaveStatus::Failed(SaveError::Storage(fault)) => fault_banner(i18n, fault, "save-failed"),
        SaveStatus::Failed(SaveError::NewerVersionStored { found }) => html! {
            <Banner kind={BannerKind::Error} testid="save-newer-version">
                <p>{ i18n.t_args("save-newer-version", &[("found", Arg::from(*found))]) }</p>
            </Banner>
        },
        SaveStatus::Failed(SaveError::Encode(detail)) => html! {
            <Banner kind={BannerKind::Error} testid="save-failed">
                <p>{ i18n.t_args("storage-failed", &[("detail", Arg::from(detail.as_str()))]) }</p>
            </Banner>
        },
        _ => html! {},
    }
}

/// The last change the plan refused, in the user's words, until dismissed.
fn refused_notice(i18n: &I18nContext, state: &StateHandle, edit: &PlanHandle) -> Html {
    let Some(error) = &state.error else {
        return html! {};
    };
    let message = match error {
        crate::domain::DomainError::TooLong { max, .. } => {
            i18n.t_args(error.i18n_key(), &[("max", Arg::from(*max))])
        }
        // The real range of the field, written as the user's language writes numbers.
        crate::domain::DomainError::OutOfRange { min, max } => {
            let number = |n: i64| Arg::from(crate::i18n::format_number(i18n.locale(), n as f64, 0));
            i18n.t_args(
                error.i18n_key(),
                &[("min", number(*min)), ("max", number(*max))],
            )
        }
        _ => i18n.t(error.i18n_key()),
    };
    html! {
        <Banner kind={BannerKind::Error} testid="domain-error" dismiss_label={i18n.t("dismiss")}
            on_dismiss={{ let edit = edit.clone(); Callback::from(move |_| edit.dismiss_error()) }}>
            <p>{ message }</p>
        </Banner>
    }
}

/// The plan that was open could not be read: it was moved aside, never overwritten; say so
/// at once, why, and offer its raw text.
fn rescued_notice(i18n: &I18nContext, store: &Store, rescued: &Rescued) -> Html {
    let download = {
        let (store, key, id) = (store.clone(), rescued.key.clone(), rescued.plan_id.clone());
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
    html! {
        <Banner kind={BannerKind::Warning} title={i18n.t("rescued-title")} testid="rescued">
            <p>{ i18n.t("rescued-body") }</p>
            <p class="banner-detail">{ i18n.t_args("rescued-reason", &[("reason", Arg::from(schema_reason(i18n, &rescued.reason)))]) }</p>
            <p class="banner-actions">
                <button type="button" class="button" data-testid="rescued-download" onclick={download}>
                    { i18n.t("rescued-download") }
                </button>
                <Link<Route> to={Route::Plans} classes="button button-quiet">{ i18n.t("kept-see-list") }</Link<Route>>
            </p>
        </Banner>
    }
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

fn schema_reason(
    i18n: &I18nContext,
    reason: &crate::domain::document::schema::SchemaError,
) -> String {
    use crate::domain::document::schema::SchemaError;
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
