//! The summary: a score per context with the radar chart and its table, the two weakest
//! areas, the recommended next steps, what is not answered yet, and the way into the SWOT.

use crate::charts::radar::radar;
use crate::domain::board::Column;
use crate::domain::health::{Context, Step, PROMPTS};
use crate::domain::HealthCommand;
use crate::domain::{Command, Plan};
use crate::i18n::{context_name, use_i18n, Arg};
use crate::state::new_card_id;
use crate::state::PlanHandle;
use crate::ui::Chart;
use crate::views::health::{radar_axes, score_text, score_value};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SummaryStep`].
#[derive(Properties, PartialEq)]
pub struct SummaryStepProps {
    /// The plan (the summary reads the health check and the SWOT).
    pub plan: Rc<Plan>,
    /// Sends changes.
    pub edit: PlanHandle,
}

/// See the module documentation.
#[function_component(SummaryStep)]
pub fn summary_step(props: &SummaryStepProps) -> Html {
    let i18n = use_i18n();
    let hc = &props.plan.health;
    let scores = hc.scores();
    let weakest = hc.weakest();
    let (axes, alt) = radar_axes(&i18n, &scores);
    let svg = use_memo(axes, |axes| {
        radar(axes, 5.0, crate::charts::TextSize::PAGE).unwrap_or_default()
    });
    let go = |step: Step| {
        props
            .edit
            .on(move |_: MouseEvent| HealthCommand::GoToStep { step })
    };
    let next_steps = hc.next_steps();
    let unanswered = hc.unanswered();

    html! {
        <div class="step-summary">
            <p class="step-intro">{ i18n.t("hc-summary-intro") }</p>
            <section class="summary-scores" aria-labelledby="hc-scores-title">
                <h3 id="hc-scores-title">{ i18n.t("hc-scores") }</h3>
                <p class="field-help">{ i18n.t("hc-weak-rule") }</p>
                <ul class="score-cards">
                    { for scores.iter().map(|s| {
                        let weakest = weakest.contains(&s.context);
                        let weak = hc.is_weak(s.context);
                        html! {
                            <li class={if weak { "card score-card score-weak" } else { "card score-card" }}
                                data-testid={format!("score-{}", s.context.key())}>
                                <span class="score-name">{ context_name(&i18n, s.context) }</span>
                                <span class="score-value">{ score_text(&i18n, s) }</span>
                                <span class="score-meta">
                                    { i18n.t_args("hc-score-answered", &[("answered", Arg::from(s.answered)), ("total", Arg::from(s.total))]) }
                                    if s.dont_know > 0 {
                                        { " · " }{ i18n.t_args("hc-score-dont-know", &[("count", Arg::from(s.dont_know))]) }
                                    }
                                </span>
                                if weakest { <span class="badge badge-warn">{ i18n.t("hc-weakest") }</span> }
                                else if weak { <span class="badge badge-warn">{ i18n.t("hc-weak") }</span> }
                            </li>
                        }
                    }) }
                </ul>
                <figure class="chart-figure">
                    <Chart svg={AttrValue::from((*svg).clone())} alt={alt} testid="hc-radar" class="chart-radar" title={i18n.t("hc-chart-title")} />
                    <figcaption>{ i18n.t("hc-chart-title") }</figcaption>
                </figure>
                <details class="chart-data">
                    <summary>{ i18n.t("hc-chart-table") }</summary>
                    <table class="data-table" data-testid="hc-score-table" data-chart-testid="hc-radar">
                        <thead><tr>
                            <th scope="col">{ i18n.t("hc-col-context") }</th>
                            <th scope="col">{ i18n.t("hc-col-score") }</th>
                            <th scope="col">{ i18n.t("hc-col-answered") }</th>
                        </tr></thead>
                        <tbody>
                            { for scores.iter().map(|s| html! {
                                <tr>
                                    <th scope="row">{ context_name(&i18n, s.context) }</th>
                                    <td>{ s.mean.map(|m| score_value(&i18n, m)).unwrap_or_else(|| "–".into()) }</td>
                                    <td>{ format!("{}/{}", s.answered, s.total) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            </section>

            <section class="next-steps" aria-labelledby="hc-next-title">
                <h3 id="hc-next-title">{ i18n.t("hc-next-steps") }</h3>
                if next_steps.is_empty() {
                    <p>{ i18n.t("hc-next-none") }</p>
                } else {
                    <ol class="next-list" data-testid="next-steps">
                        { for next_steps.iter().map(|n| html! {
                            <li class="card next-step" data-rule={n.key}>
                                <p class="next-title">{ i18n.t(&format!("next-{}-title", n.key)) }</p>
                                <p>{ i18n.t(&n.body_id()) }</p>
                            </li>
                        }) }
                    </ol>
                }
            </section>

            <section class="unanswered" aria-labelledby="hc-unanswered-title">
                <h3 id="hc-unanswered-title">{ i18n.t("hc-unanswered") }</h3>
                if unanswered.is_empty() {
                    <p>{ i18n.t("hc-unanswered-none") }</p>
                } else {
                    <ul class="plain-list" data-testid="unanswered">
                        { for unanswered.iter().map(|p| {
                            let step = step_of(p.context);
                            html! {
                                <li>
                                    <span class="muted">{ context_name(&i18n, p.context) }{ i18n.colon() }</span>
                                    { i18n.t(&format!("hc-{}-q", p.key)) }{ " " }
                                    <button type="button" class="button button-small" onclick={go(step)}>
                                        { i18n.t("hc-answer-now") }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>

            <ToSwot plan={props.plan.clone()} edit={props.edit.clone()} />
        </div>
    }
}

fn step_of(context: Context) -> Step {
    match context {
        Context::Customer => Step::Customer,
        Context::Business => Step::Business,
        Context::External => Step::External,
        Context::Internal => Step::Internal,
    }
}

/// Props of [`ToSwot`].
#[derive(Properties, PartialEq)]
struct ToSwotProps {
    plan: Rc<Plan>,
    edit: PlanHandle,
}

/// Every written answer, with buttons that put it on the SWOT (or where it already is).
#[function_component(ToSwot)]
fn to_swot(props: &ToSwotProps) -> Html {
    let i18n = use_i18n();
    let hc = &props.plan.health;
    let answered: Vec<_> = PROMPTS
        .iter()
        .filter(|p| !hc.answer(p.key).text.trim().is_empty())
        .collect();
    html! {
        <section class="to-swot" aria-labelledby="hc-to-swot-title">
            <h3 id="hc-to-swot-title">{ i18n.t("hc-to-swot") }</h3>
            <p class="field-help">{ i18n.t("hc-to-swot-help") }</p>
            if answered.is_empty() {
                <p>{ i18n.t("hc-no-answers-to-send") }</p>
            } else {
                <ul class="swot-sources" data-testid="to-swot">
                    { for answered.iter().map(|p| {
                        let existing = props.plan.swot.from_prompt(p.key).map(|c| c.column);
                        let columns: [(Column, &str); 2] = if p.context.is_internal() {
                            [(Column::Strengths, "hc-send-strength"), (Column::Weaknesses, "hc-send-weakness")]
                        } else {
                            [(Column::Opportunities, "hc-send-opportunity"), (Column::Threats, "hc-send-threat")]
                        };
                        html! {
                            <li class="card swot-source" data-testid={format!("to-swot-{}", p.key)}>
                                <p class="swot-source-q"><span class="muted">{ context_name(&i18n, p.context) }</span>{ " · " }{ i18n.t(&format!("hc-{}-q", p.key)) }</p>
                                <p class="swot-source-a">{ hc.answer(p.key).text }</p>
                                <p class="banner-actions">
                                    if let Some(column) = existing {
                                        <span class="badge badge-ok">{ i18n.t_args("hc-in-swot", &[("column", Arg::from(i18n.t(&format!("col-{}", column.key()))))]) }</span>
                                    } else {
                                        { for columns.iter().map(|(column, label)| {
                                            let (prompt, column) = (p.key.to_owned(), *column);
                                            let onclick = props.edit.on(move |_: MouseEvent| {
                                                Command::SendToSwot { prompt: prompt.clone(), column, card: new_card_id() }
                                            });
                                            html! { <button type="button" class="button button-small" {onclick}>{ i18n.t(label) }</button> }
                                        }) }
                                    }
                                </p>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
