//! The starting point (seed 003): where we are, the goal and its scope, the concrete future
//! state, the size of the business and its budget (in the plan's currency, chosen here), and
//! the inventory of resources with a gap note for each.

use crate::domain::core::money::Currency;
use crate::domain::health::{GoalScope, ResourceKind, StartField, StartingPoint, MAX_ANSWER_CHARS};
use crate::domain::HealthCommand;
use crate::i18n::use_i18n;
use crate::state::PlanHandle;
use crate::ui::{Select, SelectOption, TextField};
use crate::views::money::{AmountField, CurrencyChoice};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`StartStep`].
#[derive(Properties, PartialEq)]
pub struct StartStepProps {
    pub start: Rc<StartingPoint>,
    /// The plan's currency.
    pub currency: Option<Currency>,
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
    let bad_size = use_state_eq(|| false);
    let on_size = {
        let (bad, edit) = (bad_size.clone(), props.edit.clone());
        Callback::from(move |text: String| {
            let t = text.trim();
            let people = match t.parse::<u32>() {
                _ if t.is_empty() => None,
                Ok(n) if n > 0 => Some(n),
                _ => return bad.set(true),
            };
            bad.set(false);
            edit.apply(HealthCommand::SetTeamSize { people });
        })
    };
    let on_budget = props
        .edit
        .on(|cents: Option<u64>| HealthCommand::SetBudget { cents });
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
            <section class="card stack size-budget" aria-labelledby="hc-size-title">
                <h3 id="hc-size-title">{ i18n.t("hc-size-title") }</h3>
                <div class="field-row">
                    <div>
                        <TextField id="hc-team-size" label={i18n.t("hc-team-size")} help={i18n.t("hc-team-size-help")}
                            value={start.team_size.map(|n| n.to_string()).unwrap_or_default()} maxlength={9} inputmode="numeric" on_commit={on_size} />
                        if *bad_size { <p class="field-error" role="alert">{ i18n.t("hc-team-size-invalid") }</p> }
                    </div>
                    <AmountField id="hc-budget" label={i18n.t("hc-budget")} help={i18n.t("hc-budget-help")}
                        cents={start.budget_cents} currency={props.currency} on_commit={on_budget} />
                    <CurrencyChoice id="hc-currency" currency={props.currency} edit={props.edit.clone()} />
                </div>
            </section>
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
