//! The steps of a wizard: where the user is, how far each step is done, and a way to jump.
//!
//! An ordered list of buttons inside a labelled `<nav>`; the current step has
//! `aria-current="step"`. Each button says its step's name and state ("2 of 4"), so a screen
//! reader hears the same as a sighted user sees.

use yew::prelude::*;

/// How far a step is done, for its marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepMark {
    /// Nothing yet.
    Todo,
    /// Partly.
    Partly,
    /// Complete.
    Done,
    /// Nothing to fill in (a summary).
    Plain,
}

/// One step.
#[derive(Clone, Debug, PartialEq)]
pub struct StepItem {
    /// Its name.
    pub label: AttrValue,
    /// Its state in words ("Complete", "2 of 4"), or empty.
    pub state: AttrValue,
    /// Its marker.
    pub mark: StepMark,
}

/// Props of [`Stepper`].
#[derive(Properties, PartialEq)]
pub struct StepperProps {
    /// The navigation's accessible name.
    pub label: AttrValue,
    /// The steps, in order.
    pub steps: Vec<StepItem>,
    /// The index of the current step.
    pub current: usize,
    /// Receives the index of the step chosen.
    pub on_select: Callback<usize>,
}

/// See the module documentation.
#[function_component(Stepper)]
pub fn stepper(props: &StepperProps) -> Html {
    html! {
        <nav class="stepper" aria-label={props.label.clone()}>
            <ol>
                { for props.steps.iter().enumerate().map(|(i, step)| {
                    let current = i == props.current;
                    let onclick = props.on_select.reform(move |_: MouseEvent| i);
                    let mark = match step.mark {
                        StepMark::Todo => "todo",
                        StepMark::Partly => "partly",
                        StepMark::Done => "done",
                        StepMark::Plain => "plain",
                    };
                    html! {
                        <li class={format!("step step-{mark}{}", if current { " step-current" } else { "" })}>
                            <button type="button" aria-current={current.then_some("step")} {onclick}
                                data-testid={format!("step-{i}")}>
                                <span class="step-marker" aria-hidden="true">
                                    if step.mark == StepMark::Done { {"✓"} } else { { i + 1 } }
                                </span>
                                <span class="step-text">
                                    <span class="step-label">{ step.label.clone() }</span>
                                    if !step.state.is_empty() {
                                        <span class="step-state">{ step.state.clone() }</span>
                                    }
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
