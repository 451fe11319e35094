//! The app's one state: the open plan, its undo history, and a revision counter.
//!
//! [`AppState`] is a thin [`Reducible`] over [`domain::apply`]: it adds the history, the
//! revision that autosave watches, and the last refused command (shown as a message). It never
//! touches storage; saving is `autosave`'s job, triggered by the revision changing.

mod autosave;
pub mod drafts;

pub use autosave::{use_autosave, Autosave, Choice, SaveStatus};

use crate::domain::document::changes::{self, Change};
use crate::domain::{
    self, Applied, CardId, Command, DomainError, History, Locale, Plan, PlanId, Timestamp,
};
use std::rc::Rc;
use yew::prelude::*;

/// The state the whole app renders from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The open plan, if any.
    pub plan: Option<Rc<Plan>>,
    history: History,
    /// Counts changes that should be saved; autosave saves when it moves.
    pub revision: u64,
    /// The last command the domain refused, until dismissed or another change succeeds.
    pub error: Option<DomainError>,
    /// What the last undo or redo changed, until dismissed or another change succeeds: the
    /// app says it and shows its page, because undo is plan-wide.
    pub stepped: Option<Stepped>,
}

/// One step of undo or redo, as the app reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stepped {
    /// Whether it was a redo (otherwise an undo).
    pub redo: bool,
    /// What changed and where.
    pub change: Change,
    /// The revision it made, so the same words said twice are two announcements.
    pub revision: u64,
}

/// What components can ask of the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Applies a command to the open plan (ignored when no plan is open).
    Apply(Command),
    /// Goes back one change.
    Undo,
    /// Goes forward again after an undo.
    Redo,
    /// Opens `plan`, replacing what was open and starting a fresh history. With `save`, the
    /// plan is new and autosave should store it; without, it was just loaded from storage.
    Open {
        plan: Rc<Plan>,
        /// Whether it needs saving.
        save: bool,
    },
    /// Shows the plan another tab saved, or that plan merged with this tab's changes. It is
    /// recorded in the history (undo returns to this tab's version). It is saved only when it
    /// differs from what the other tab stored (`save`).
    Adopt {
        /// The plan to show.
        plan: Rc<Plan>,
        /// Whether it holds changes storage does not have yet.
        save: bool,
    },
    /// Marks the plan as changed so it is saved again, after another tab wrote a version this
    /// tab did not take (that version is kept as a copy).
    Touch,
    /// Hides the last error message.
    DismissError,
    /// Hides the message of the last undo or redo.
    DismissStepped,
    /// Closes the open plan (it was deleted); nothing is saved.
    Close,
}

impl AppState {
    /// The state with `plan` open, as loaded (nothing to save yet).
    pub fn with_plan(plan: Option<Plan>) -> AppState {
        AppState {
            plan: plan.map(Rc::new),
            ..AppState::default()
        }
    }

    /// Whether Undo would do something.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether Redo would do something.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The pure transition, with the time passed in (the reducer passes the clock).
    pub fn next(self: Rc<Self>, action: Action, at: Timestamp) -> Rc<Self> {
        match action {
            Action::Apply(command) => {
                let Some(plan) = self.plan.clone() else {
                    return self;
                };
                let view = command.is_view();
                match domain::apply(&plan, command, at) {
                    Ok(Applied::Unchanged) => self,
                    Ok(Applied::Changed(next)) => {
                        let mut state = (*self).clone();
                        // Moving around is saved but is not a step of undo.
                        if !view {
                            state.history.record(plan);
                        }
                        state.plan = Some(Rc::new(next));
                        state.revision += 1;
                        state.error = None;
                        state.stepped = None;
                        Rc::new(state)
                    }
                    Err(error) => Rc::new(AppState {
                        error: Some(error),
                        ..(*self).clone()
                    }),
                }
            }
            Action::Undo | Action::Redo => {
                let Some(current) = self.plan.clone() else {
                    return self;
                };
                let mut state = (*self).clone();
                let moved = if action == Action::Undo {
                    state.history.undo(current.clone())
                } else {
                    state.history.redo(current.clone())
                };
                match moved {
                    Some(plan) => {
                        // Undo restores content, not where the user is.
                        let plan = keep_view(plan, &current);
                        state.revision += 1;
                        state.stepped = changes::describe(&current, &plan).map(|change| Stepped {
                            redo: action == Action::Redo,
                            change,
                            revision: state.revision,
                        });
                        state.plan = Some(plan);
                        state.error = None;
                        Rc::new(state)
                    }
                    None => self,
                }
            }
            Action::Open { plan, save } => Rc::new(AppState {
                plan: Some(plan),
                history: History::default(),
                revision: self.revision + u64::from(save),
                error: None,
                stepped: None,
            }),
            Action::Adopt { plan, save } => {
                let Some(current) = self.plan.clone() else {
                    return self;
                };
                if current.id != plan.id || *current == *plan {
                    return self;
                }
                let mut state = (*self).clone();
                state.history.record(current);
                state.plan = Some(plan);
                state.stepped = None;
                state.revision += u64::from(save);
                Rc::new(state)
            }
            Action::Touch => {
                if self.plan.is_none() {
                    return self;
                }
                Rc::new(AppState {
                    revision: self.revision + 1,
                    ..(*self).clone()
                })
            }
            Action::Close => Rc::new(AppState {
                revision: self.revision,
                ..AppState::default()
            }),
            Action::DismissStepped => {
                if self.stepped.is_none() {
                    self
                } else {
                    Rc::new(AppState {
                        stepped: None,
                        ..(*self).clone()
                    })
                }
            }
            Action::DismissError => {
                if self.error.is_none() {
                    self
                } else {
                    Rc::new(AppState {
                        error: None,
                        ..(*self).clone()
                    })
                }
            }
        }
    }
}

/// `plan` with the view state (the wizard step) of `current`.
fn keep_view(plan: Rc<Plan>, current: &Plan) -> Rc<Plan> {
    if plan.health.step == current.health.step {
        return plan;
    }
    let mut plan = (*plan).clone();
    Rc::make_mut(&mut plan.health).step = current.health.step;
    Rc::new(plan)
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.next(action, now())
    }
}

/// The current time, from the browser's clock.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// Today, in the user's calendar.
pub fn today() -> crate::domain::core::date::Date {
    let offset = js_sys::Date::new_0().get_timezone_offset() as i64 * 60_000;
    crate::domain::core::date::Date::from_millis(now().0 - offset)
}

/// Random bits for a new id (ids are time plus this; see `domain::core::ids`).
pub fn entropy() -> u64 {
    (js_sys::Math::random() * 2f64.powi(52)) as u64
}

/// A new plan id.
pub fn new_plan_id() -> PlanId {
    PlanId::generate(now(), entropy())
}

/// A new card id.
pub fn new_card_id() -> CardId {
    CardId::generate(now(), entropy())
}

/// A new plan with a fresh id, named `name` (or `fallback_name` when that is blank).
pub fn new_plan(name: &str, fallback_name: &str, locale: Locale) -> Plan {
    Plan::new(new_plan_id(), name, fallback_name, locale, now())
}

/// Opens `plan` in place of the one shown, after committing any text being typed and saving
/// the shown plan (so nothing typed in the last moments before switching is lost). When that
/// save fails, nothing is switched and the reason is returned.
pub fn open_plan(
    store: &crate::storage::Store,
    state: &StateHandle,
    plan: Rc<Plan>,
    save: bool,
) -> Result<(), crate::storage::SaveError> {
    drafts::commit_all();
    if let Some(current) = state.plan.clone() {
        if current.id == plan.id && !save {
            return Ok(());
        }
        store.save_plan(&current)?;
    }
    state.dispatch(Action::Open { plan, save });
    Ok(())
}

/// The state handle components use to read and dispatch.
pub type StateHandle = UseReducerHandle<AppState>;

/// What a page or widget does to the open plan: apply a command, take the last change back,
/// hide a refused command's message. Pages write `edit.apply(BoardCommand::AddCard { .. })`
/// or, for an event, `edit.on(|text| CreativeCommand::SetMix { .. })`; saving follows from the
/// state changing. Two handles of one app are equal, so passing one down as a property does
/// not make a child render again.
#[derive(Clone, PartialEq)]
pub struct PlanHandle(UseReducerDispatcher<AppState>);

impl PlanHandle {
    /// Applies `command` (a section's command, or a [`Command`]) to the open plan.
    pub fn apply(&self, command: impl Into<Command>) {
        self.0.dispatch(Action::Apply(command.into()));
    }

    /// A callback that turns what an event gives into a command and applies it.
    pub fn on<T: 'static, C: Into<Command>>(
        &self,
        command: impl Fn(T) -> C + 'static,
    ) -> Callback<T> {
        let dispatcher = self.0.clone();
        Callback::from(move |value: T| dispatcher.dispatch(Action::Apply(command(value).into())))
    }

    /// Takes back the last change.
    pub fn undo(&self) {
        self.0.dispatch(Action::Undo);
    }

    /// Hides the message of the last refused command.
    pub fn dismiss_error(&self) {
        self.0.dispatch(Action::DismissError);
    }
}

/// The handle that changes the open plan (see [`PlanHandle`]); call it at the top of a
/// component, beside [`use_app_state`], which reads the plan.
#[hook]
pub fn use_plan() -> PlanHandle {
    PlanHandle(use_app_state().dispatcher())
}

/// The store from context (provided by the app root).
#[hook]
pub fn use_store() -> Option<crate::storage::Store> {
    use_context::<crate::storage::Store>()
}

/// The user's settings, shared so a page can record something in them (an export); the root
/// saves them whenever they change.
pub type SettingsHandle = UseStateHandle<crate::storage::Settings>;

/// The settings from context (provided by the app root).
#[hook]
pub fn use_settings() -> Option<SettingsHandle> {
    use_context::<SettingsHandle>()
}

/// The app state from context. Panics only if a component is used outside the app root, which
/// is a programming error caught by the first test that renders it.
#[hook]
pub fn use_app_state() -> StateHandle {
    use_context::<StateHandle>().expect("use_app_state outside of the app root")
}
