//! The starting point (seed 003): where we are, the goal and its scope, the concrete future
//! state, and the inventory of resources with a gap note for each.

use crate::domain::health::{GoalScope, ResourceKind, StartField, StartingPoint, MAX_ANSWER_CHARS};
use crate::domain::HealthCommand;
use crate::i18n::use_i18n;
use crate::state::PlanHandle;
use crate::ui::{Select, SelectOption, TextField};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`StartStep`].
#[derive(Properties, PartialEq)]
pub struct StartStepProps {
    pub start: Rc<StartingPoint>,
    /// Sends changes.
    pub edit: PlanHandle,
}

/// See the module documentation.
#[function_component(StartStep)]
pub fn start_step(props: &StartStepProps) -> Html {
    let i18n = use_i18n();
    let start = &props.start;
    let text = |field: StartField| {
        props
            .edit
            .on(move |text: String| HealthCommand::SetStartText { field, text })
    };
    let scope_value = match start.scope {
        Some(GoalScope::Annual) => "annual",
        Some(GoalScope::Micro) => "micro",
        None => "",
    };
    let scope_options: Vec<SelectOption> = [("", "none"), ("annual", "annual"), ("micro", "micro")]
        .into_iter()
        .map(|(value, key)| SelectOption {
            value: value.into(),
            label: i18n.t(&format!("hc-start-scope-{key}")).into(),
            lang: None,
        })
        .collect();
    let on_scope = props.edit.on(|value: String| {
        let scope = match value.as_str() {
            "annual" => Some(GoalScope::Annual),
            "micro" => Some(GoalScope::Micro),
            _ => None,
        };
        HealthCommand::SetGoalScope { scope }
    });
    html! {
        <div class="step-start">
            <p class="step-intro">{ i18n.t("hc-start-intro") }</p>
            <div class="card stack">
                <TextField id="hc-start-now" label={i18n.t("hc-start-now")} multiline={true} rows={3}
                    value={start.now.clone()} help={i18n.t("hc-start-now-help")}
                    placeholder={i18n.t("hc-start-now-placeholder")} maxlength={MAX_ANSWER_CHARS}
                    on_commit={text(StartField::Now)} />
                <Select id="hc-start-scope" label={i18n.t("hc-start-scope")} options={scope_options}
                    value={scope_value} on_change={on_scope} />
                <TextField id="hc-start-goal" label={i18n.t("hc-start-goal")} multiline={true} rows={2}
                    value={start.goal.clone()} help={i18n.t("hc-start-goal-help")}
                    placeholder={i18n.t("hc-start-goal-placeholder")} maxlength={MAX_ANSWER_CHARS}
                    on_commit={text(StartField::Goal)} />
                <TextField id="hc-start-future" label={i18n.t("hc-start-future")} multiline={true} rows={2}
                    value={start.future_state.clone()} help={i18n.t("hc-start-future-help")}
                    placeholder={i18n.t("hc-start-future-placeholder")} maxlength={MAX_ANSWER_CHARS}
                    on_commit={text(StartField::FutureState)} />
            </div>
            <section class="resources" aria-labelledby="hc-resources-title">
                <h3 id="hc-resources-title">{ i18n.t("hc-resources") }</h3>
                <p class="field-help">{ i18n.t("hc-resources-help") }</p>
                <div class="resource-grid">
                    { for ResourceKind::ALL.into_iter().map(|kind| {
                        let resource = start.resources.get(kind);
                        let set = |gap: bool| props.edit.on(move |text: String| {
                            HealthCommand::SetResource { kind, gap, text }
                        });
                        let key = kind.key();
                        html! {
                            <fieldset class="card resource">
                                <legend>{ i18n.t(&format!("hc-resource-{key}")) }</legend>
                                <TextField id={format!("hc-res-{key}-have")} label={i18n.t("hc-resource-have")}
                                    multiline={true} rows={3} value={resource.have.clone()}
                                    maxlength={MAX_ANSWER_CHARS} on_commit={set(false)} />
                                <TextField id={format!("hc-res-{key}-gap")} label={i18n.t("hc-resource-gap")}
                                    multiline={true} rows={3} value={resource.gap.clone()}
                                    maxlength={MAX_ANSWER_CHARS} on_commit={set(true)} />
                            </fieldset>
                        }
                    }) }
                </div>
            </section>
        </div>
    }
}
