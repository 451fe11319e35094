//! One context step: its prompts, each with help, an example answer, the answer, a
//! self-rating and a note on the evidence.

use crate::domain::health::{Answer, Context, EvidenceKind, HealthCheck, MAX_ANSWER_CHARS};
use crate::domain::HealthCommand;
use crate::i18n::use_i18n;
use crate::state::PlanHandle;
use crate::ui::{RatingInput, RatingLabels, Select, SelectOption, TextField};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ContextStep`].
#[derive(Properties, PartialEq)]
pub struct ContextStepProps {
    pub context: Context,
    pub health: Rc<HealthCheck>,
    /// Sends changes.
    pub edit: PlanHandle,
}

/// See the module documentation.
#[function_component(ContextStep)]
pub fn context_step(props: &ContextStepProps) -> Html {
    let i18n = use_i18n();
    html! {
        <div class="step-context">
            <p class="step-intro">{ i18n.t(&format!("hc-intro-{}", props.context.key())) }</p>
            { for props.context.prompts().map(|prompt| html! {
                <PromptCard key={prompt.key} prompt={prompt.key} answer={props.health.answer(prompt.key)}
                    edit={props.edit.clone()} />
            }) }
        </div>
    }
}

/// Props of [`PromptCard`].
#[derive(Properties, PartialEq)]
pub struct PromptCardProps {
    /// The prompt's key.
    pub prompt: &'static str,
    /// Its answer (empty when none).
    pub answer: Answer,
    /// Sends changes.
    pub edit: PlanHandle,
}

/// One prompt and its answer. It re-renders only when its own answer changes.
#[function_component(PromptCard)]
pub fn prompt_card(props: &PromptCardProps) -> Html {
    let i18n = use_i18n();
    let key = props.prompt;
    let prompt = key.to_owned();
    let answer = &props.answer;
    let on_text = {
        let prompt = prompt.clone();
        props.edit.on(move |text: String| HealthCommand::SetAnswer {
            prompt: prompt.clone(),
            text,
        })
    };
    let on_rating = {
        let prompt = prompt.clone();
        props.edit.on(move |rating| HealthCommand::SetRating {
            prompt: prompt.clone(),
            rating,
        })
    };
    let on_kind = {
        let prompt = prompt.clone();
        props.edit.on(move |value: String| {
            let kind = EvidenceKind::ALL.into_iter().find(|k| k.key() == value);
            HealthCommand::SetEvidenceKind {
                prompt: prompt.clone(),
                kind,
            }
        })
    };
    let on_evidence = props
        .edit
        .on(move |text: String| HealthCommand::SetEvidence {
            prompt: prompt.clone(),
            text,
        });
    let kinds: Vec<SelectOption> = std::iter::once(("", "none"))
        .chain(EvidenceKind::ALL.iter().map(|k| (k.key(), k.key())))
        .map(|(value, key)| SelectOption {
            value: value.into(),
            label: i18n.t(&format!("hc-evidence-{key}")).into(),
            lang: None,
        })
        .collect();
    let labels = RatingLabels {
        legend: i18n.t("hc-rating-legend").into(),
        weak: i18n.t("hc-rating-weak").into(),
        strong: i18n.t("hc-rating-strong").into(),
        dont_know: i18n.t("hc-rating-dont-know").into(),
        clear: i18n.t("hc-rating-clear").into(),
    };
    let question = i18n.t(&format!("hc-{key}-q"));
    html! {
        <section class="card prompt" aria-labelledby={format!("hc-{key}-title")} data-testid={format!("prompt-{key}")}>
            <h3 id={format!("hc-{key}-title")}>{ question.clone() }</h3>
            <p class="field-help" id={format!("hc-{key}-about")}>{ i18n.t(&format!("hc-{key}-help")) }</p>
            <details class="example">
                <summary>{ i18n.t("hc-example-toggle") }</summary>
                <p>{ i18n.t(&format!("hc-{key}-example")) }</p>
            </details>
            // The field's name is the question (the heading shows it; the label is for
            // screen readers moving from field to field).
            <TextField id={format!("hc-{key}")} label={question} label_hidden={true} multiline={true} rows={3}
                placeholder={i18n.t("hc-answer-label")}
                value={answer.text.clone()} maxlength={MAX_ANSWER_CHARS} on_commit={on_text} />
            <RatingInput id={format!("hc-{key}")} value={answer.rating} on_change={on_rating} {labels} />
            <div class="evidence-row">
                <Select id={format!("hc-{key}-evidence-kind")} label={i18n.t("hc-evidence-kind")}
                    options={kinds} value={answer.evidence_kind.map_or("", |k| k.key())} on_change={on_kind} />
                <TextField id={format!("hc-{key}-evidence")} label={i18n.t("hc-evidence-note")}
                    value={answer.evidence.clone()} placeholder={i18n.t("hc-evidence-note-placeholder")}
                    maxlength={MAX_ANSWER_CHARS} on_commit={on_evidence} />
            </div>
        </section>
    }
}
