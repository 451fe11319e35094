//! The plans stored in this browser, each with what can be done with it: open, rename,
//! duplicate, download, delete (with a moment to undo). Switching plans first saves the one
//! shown (`state::open_plan`); the open plan is copied, renamed or downloaded as shown,
//! unsaved text included.

use crate::domain::core::rules::{truncate, MAX_NAME_CHARS};
use crate::domain::{Plan, PlanCommand, PlanId};
use crate::i18n::size_text;
use crate::i18n::{format_datetime, use_i18n, Arg, I18nContext};
use crate::pages::Route;
use crate::state::{
    new_plan_id, now, open_plan, use_app_state, use_plan, use_settings, Action, PlanHandle,
    SettingsHandle, StateHandle,
};
use crate::storage::{LoadOutcome, PlanSummary, Settings, Store};
use crate::ui::download_plan;
use crate::ui::focus_element;
use crate::ui::focus_main_heading;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct ListProps {
    pub store: Store,
    /// Moves when the list may have changed (read it again).
    pub refresh: u32,
    /// Told after a change made here (a copy, a rename, a deletion).
    pub on_change: Callback<()>,
    /// Told the message of an action that failed.
    pub on_failed: Callback<&'static str>,
    /// Told the trash key, the name and the id of a plan just deleted (the page offers Undo).
    pub on_deleted: Callback<(String, String, PlanId)>,
}

/// See the module documentation.
#[function_component(PlanList)]
pub(super) fn plan_list(props: &ListProps) -> Html {
    let i18n = use_i18n();
    let actions = Actions {
        store: props.store.clone(),
        state: use_app_state(),
        edit: use_plan(),
        settings: use_settings(),
        navigator: use_navigator(),
        renaming: use_state_eq(|| None::<PlanId>),
        rename_input: use_node_ref(),
        on_change: props.on_change.clone(),
        on_failed: props.on_failed.clone(),
        on_deleted: props.on_deleted.clone(),
        i18n: i18n.clone(),
    };
    let _ = props.refresh;
    let plans = actions.store.list_plans();
    let current = actions.state.plan.as_ref().map(|p| p.id.clone());
    html! {
        <ul class="plan-list" data-testid="plan-list">
            { for plans.iter().map(|p| plan_item(&actions, p, current.as_ref() == Some(&p.id))) }
        </ul>
    }
}

/// One plan of the list: its name (or the rename form), when it changed and its size, and
/// its actions.
fn plan_item(actions: &Actions, p: &PlanSummary, is_current: bool) -> Html {
    let i18n = &actions.i18n;
    let is_renaming = actions.renaming.as_ref() == Some(&p.id);
    // Opening the form focuses its field; closing it gives focus back to "Rename".
    let set_renaming = |to: Option<PlanId>| {
        let (renaming, id) = (actions.renaming.clone(), p.id.clone());
        Callback::from(move |_: MouseEvent| {
            focus_element(&match to {
                Some(_) => "rename-plan".to_owned(),
                None => format!("rename-{id}"),
            });
            renaming.set(to.clone());
        })
    };
    let escape = {
        let (renaming, id) = (actions.renaming.clone(), p.id.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                renaming.set(None);
                focus_element(&format!("rename-{id}"));
            }
        })
    };
    let label = |key: &str| i18n.labelled(&i18n.t(key), &p.name);
    html! {
        <li class={if is_current { "card plan-item plan-current" } else { "card plan-item" }} data-testid="plan-item">
            <div class="plan-item-text">
                if is_renaming {
                    <form class="rename-form" onsubmit={actions.rename(p.id.clone())}>
                        <label class="field-label" for="rename-plan">{ i18n.t("plans-rename-label") }</label>
                        <div class="inline-form">
                            <input id="rename-plan" type="text" ref={actions.rename_input.clone()} value={p.name.clone()}
                                maxlength={MAX_NAME_CHARS.to_string()} autocomplete="off" onkeydown={escape} />
                            <button type="submit" class="button button-primary button-small">{ i18n.t("save") }</button>
                            <button type="button" class="button button-small" onclick={set_renaming(None)}>{ i18n.t("cancel") }</button>
                        </div>
                    </form>
                } else {
                    <p class="plan-item-name">{ p.name.clone() }</p>
                }
                <p class="muted">
                    { i18n.t_args("plans-updated", &[("date", Arg::from(format_datetime(i18n.locale(), p.updated)))]) }
                    { " · " }{ size_text(i18n, p.bytes as f64) }
                </p>
            </div>
            <div class="plan-item-actions">
                if is_current {
                    <span class="badge badge-ok">{ i18n.t("plans-current") }</span>
                } else {
                    <button type="button" class="button button-primary button-small" onclick={actions.open(p.id.clone())}
                        aria-label={label("plans-open")}>{ i18n.t("plans-open") }</button>
                }
                if !is_renaming {
                    <button type="button" class="button button-small" id={format!("rename-{}", p.id)} onclick={set_renaming(Some(p.id.clone()))}
                        aria-label={label("plans-rename")} data-testid="plan-rename">{ i18n.t("plans-rename") }</button>
                }
                <button type="button" class="button button-small" onclick={actions.duplicate(p.id.clone(), p.name.clone())}
                    aria-label={label("plans-duplicate")} data-testid="plan-duplicate">{ i18n.t("plans-duplicate") }</button>
                <button type="button" class="button button-small" onclick={actions.download(p.id.clone())}
                    aria-label={label("plans-download")} data-testid="plan-download">{ i18n.t("plans-download") }</button>
                <button type="button" class="button button-small button-danger" onclick={actions.delete(p.id.clone(), p.name.clone())}
                    aria-label={label("plans-delete")} data-testid="plan-delete">{ i18n.t("plans-delete") }</button>
            </div>
        </li>
    }
}

/// What the list's buttons do, with everything they need; each action clones it once.
#[derive(Clone)]
struct Actions {
    store: Store,
    state: StateHandle,
    edit: PlanHandle,
    settings: Option<SettingsHandle>,
    navigator: Option<Navigator>,
    /// The plan being renamed.
    renaming: UseStateHandle<Option<PlanId>>,
    rename_input: NodeRef,
    on_change: Callback<()>,
    on_failed: Callback<&'static str>,
    on_deleted: Callback<(String, String, PlanId)>,
    i18n: I18nContext,
}

impl Actions {
    fn fail(&self, key: &'static str) {
        self.on_failed.emit(key);
    }

    fn is_open(&self, id: &PlanId) -> bool {
        self.state.plan.as_ref().is_some_and(|p| p.id == *id)
    }

    /// The plan as it is now: the open one from memory (it may have unsaved changes).
    fn plan_now(&self, id: &PlanId) -> Option<Plan> {
        match self.state.plan.as_ref() {
            Some(p) if p.id == *id => Some((**p).clone()),
            _ => match self.store.load_plan(id, now()) {
                LoadOutcome::Loaded { plan, .. } => Some(plan),
                _ => None,
            },
        }
    }

    fn open(&self, id: PlanId) -> Callback<MouseEvent> {
        let this = self.clone();
        Callback::from(
            move |_: MouseEvent| match this.store.load_plan(&id, now()) {
                LoadOutcome::Loaded { plan, .. } => {
                    if open_plan(&this.store, &this.state, Rc::new(plan), false).is_err() {
                        this.fail("storage-full");
                        return;
                    }
                    if let Some(navigator) = &this.navigator {
                        navigator.push(&Route::Home);
                    }
                    focus_main_heading();
                }
                _ => this.fail("plans-open-failed"),
            },
        )
    }

    /// Copies a plan as a new one ("Copy of …"): the open one as it is shown, from memory
    /// (it is not written itself: saving it stays autosave's job), another from storage.
    fn duplicate(&self, id: PlanId, name: String) -> Callback<MouseEvent> {
        let this = self.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(plan) = this.plan_now(&id) else {
                this.fail("plans-open-failed");
                return;
            };
            let name = this
                .i18n
                .t_args("plans-copy-name", &[("name", Arg::from(name.as_str()))]);
            match this.store.save_copy(&plan, new_plan_id(), &name, now()) {
                Ok(_) => this.on_change.emit(()),
                Err(_) => this.fail("storage-full"),
            }
        })
    }

    fn download(&self, id: PlanId) -> Callback<MouseEvent> {
        let this = self.clone();
        Callback::from(move |_: MouseEvent| match this.plan_now(&id) {
            Some(plan) => {
                download_plan(&plan, this.settings.as_ref());
            }
            None => this.fail("plans-open-failed"),
        })
    }

    /// Moves a plan to the trash, from which Undo brings it back for a moment.
    fn delete(&self, id: PlanId, name: String) -> Callback<MouseEvent> {
        let this = self.clone();
        Callback::from(move |_: MouseEvent| {
            if this.is_open(&id) {
                // Whatever is shown is the version deleted (and the one Undo brings back).
                crate::state::drafts::commit_all();
                // If the shown version cannot be stored, deleting would lose its last changes
                // for good (Undo brings back the stored one): refuse, and say so.
                if let Some(plan) = this.state.plan.clone() {
                    if this.store.save_plan(&plan).is_err() {
                        this.fail("plans-delete-failed");
                        return;
                    }
                }
                this.state.dispatch(Action::Close);
                if let Some(settings) = &this.settings {
                    settings.set(Settings {
                        current_plan: None,
                        ..(**settings).clone()
                    });
                }
            }
            match this.store.delete_plan(&id, now()) {
                Ok(key) => {
                    this.on_deleted.emit((key, name.clone(), id.clone()));
                    this.on_change.emit(());
                }
                Err(_) => this.fail("plans-delete-failed"),
            }
        })
    }

    /// Renames a plan: the open one with a command (an undo step), another in storage.
    fn rename(&self, id: PlanId) -> Callback<SubmitEvent> {
        let this = self.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            this.renaming.set(None);
            focus_element(&format!("rename-{id}"));
            let Some(input) = this.rename_input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let name = input.value().trim().to_owned();
            if name.is_empty() {
                return;
            }
            if this.is_open(&id) {
                this.edit.apply(PlanCommand::RenamePlan { name });
                return;
            }
            let LoadOutcome::Loaded { mut plan, .. } = this.store.load_plan(&id, now()) else {
                this.fail("plans-open-failed");
                return;
            };
            plan.meta.name = truncate(&name, MAX_NAME_CHARS);
            plan.meta.updated = now();
            match this.store.save_plan(&plan) {
                Ok(()) => this.on_change.emit(()),
                Err(_) => this.fail("storage-full"),
            }
        })
    }
}
