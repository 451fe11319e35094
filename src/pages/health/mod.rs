//! The health-check wizard (`#/health`): a stepper, the current step, back and next.
//!
//! The step the user is on is part of the plan (`HealthCheck::step`), so the wizard opens
//! where they left it, after a reload or on another day. Moving between steps is a command
//! like any other, but a view command: saved, yet not an undo step (see `domain::Command`).
//! When the step changes, focus moves to its heading, so keyboard and screen-reader users
//! start reading at the top of the new step.

mod context;
mod start;
pub(crate) mod summary;

use crate::domain::health::score::Progress;
use crate::domain::health::{HealthCheck, Step};
use crate::domain::HealthCommand;
use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::state::use_app_state;
use crate::state::use_plan;
use crate::ui::focus_element;
use crate::ui::{StepItem, StepMark, Stepper};
use crate::views::Welcome;
use std::rc::Rc;
use yew::prelude::*;

/// See the module documentation.
#[function_component(HealthCheckPage)]
pub fn health_check_page() -> Html {
    let state = use_app_state();
    let edit = use_plan();
    let i18n = use_i18n();
    let step = state.plan.as_ref().map(|p| p.health.step);
    // Focus the step's heading when the step changes (not on the first render: then the
    // page heading has focus, as on every page).
    {
        let first = use_mut_ref(|| true);
        use_effect_with(step, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_element("step-title");
            }
        });
    }
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let hc = plan.health.clone();
    let step = hc.step;
    let go = {
        let edit = edit.clone();
        Callback::from(move |step: Step| {
            edit.apply(HealthCommand::GoToStep { step });
        })
    };
    let current = Step::ALL.iter().position(|s| *s == step).unwrap_or(0);
    let steps: Vec<StepItem> = Step::ALL
        .iter()
        .map(|s| step_item(&i18n, &hc, *s))
        .collect();
    let on_select = go.reform(|i: usize| Step::ALL.get(i).copied().unwrap_or_default());
    let body = match step {
        Step::Start => {
            html! { <start::StartStep start={Rc::new(hc.start.clone())} currency={plan.meta.currency} edit={edit.clone()} /> }
        }
        Step::Summary => {
            html! { <summary::SummaryStep plan={plan.clone()} edit={edit.clone()} /> }
        }
        other => match other.context() {
            Some(context) => {
                html! { <context::ContextStep {context} health={hc.clone()} edit={edit.clone()} /> }
            }
            None => Html::default(),
        },
    };
    let back = step.previous().map(|prev| {
        let onclick = go.reform(move |_: MouseEvent| prev);
        html! {
            <button type="button" class="button" {onclick} data-testid="wizard-back">
                <span aria-hidden="true">{ "← " }</span>{ i18n.t("hc-back") }
                <span class="button-detail">{ i18n.t(&format!("hc-step-{}", prev.key())) }</span>
            </button>
        }
    });
    let next = step.next().map(|next| {
        let onclick = go.reform(move |_: MouseEvent| next);
        let label = if next == Step::Summary { i18n.t("hc-to-summary") } else { i18n.t("hc-next") };
        html! {
            <button type="button" class="button button-primary" {onclick} data-testid="wizard-next">
                { label }
                if next != Step::Summary {
                    <span class="button-detail">{ i18n.t(&format!("hc-step-{}", next.key())) }</span>
                }
                <span aria-hidden="true">{ " →" }</span>
            </button>
        }
    });
    html! {
        <section class="page health" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("hc-title") }</h1>
                <p class="lead">{ i18n.t("hc-lead") }</p>
            </header>
            <div class="wizard">
                <Stepper label={i18n.t("hc-steps-label")} {steps} {current} {on_select} />
                <div class="wizard-body">
                    <p class="wizard-count">{ i18n.t_args("hc-step-of", &[("n", Arg::from(current + 1)), ("total", Arg::from(Step::ALL.len()))]) }</p>
                    <h2 id="step-title" tabindex="-1" data-testid="step-title">{ i18n.t(&format!("hc-step-{}", step.key())) }</h2>
                    { body }
                    <div class="wizard-nav">
                        { for back }
                        <span class="wizard-nav-gap"></span>
                        { for next }
                        // The summary ends the check: on to the SWOT (issue 14: always a next step).
                        if step == Step::Summary {
                            <crate::views::next::ContinueTo from={crate::pages::Route::Health} />
                        }
                    </div>
                </div>
            </div>
        </section>
    }
}

fn step_item(i18n: &I18nContext, hc: &HealthCheck, step: Step) -> StepItem {
    let (mark, state) = match hc.progress(step) {
        Progress::NotStarted => (StepMark::Todo, i18n.t("hc-state-not-started")),
        Progress::Partly { done, total } => (
            StepMark::Partly,
            i18n.t_args(
                "hc-state-partly",
                &[("done", Arg::from(done)), ("total", Arg::from(total))],
            ),
        ),
        Progress::Complete => (StepMark::Done, i18n.t("hc-state-complete")),
        Progress::NotApplicable => (StepMark::Plain, String::new()),
    };
    StepItem {
        label: i18n.t(&format!("hc-step-{}", step.key())).into(),
        state: state.into(),
        mark,
    }
}
