//! TOWS strategies (`#/tows`): pair a strength or weakness with an opportunity or threat and
//! say what the business will do. The four kinds (SO, ST, WO, WT) follow from where the two
//! source cards are; each strategy shows its sources, and says so when one was deleted or
//! moved, rather than pointing at nothing.

use crate::domain::board::{Board, Column, Strategy, TowsKind, MAX_NOTE_CHARS};
use crate::domain::core::ids::StrategyId;
use crate::domain::BoardCommand;
use crate::domain::CardId;
use crate::i18n::{use_i18n, I18nContext};
use crate::state::{entropy, now, use_app_state};
use crate::state::{use_plan, PlanHandle};
use crate::ui::TextField;
use crate::views::board::source_view;
use crate::views::Welcome;
use std::rc::Rc;
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// See the module documentation.
#[function_component(TowsPage)]
pub fn tows_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    html! {
        <section class="page tows-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("tows-title") }</h1>
                <p class="lead">{ i18n.t("tows-lead") }</p>
            </header>
            <NewStrategy swot={plan.swot.clone()} edit={edit.clone()} />
            <div class="tows-grid">
                { for TowsKind::ALL.iter().map(|kind| {
                    let list: Vec<&Strategy> = plan.tows.iter().filter(|s| s.kind(&plan.swot) == Some(*kind)).collect();
                    html! {
                        <section class={format!("card tows-cell tows-{}", kind.key())} aria-labelledby={format!("tows-{}-title", kind.key())}
                            data-testid={format!("tows-{}", kind.key())}>
                            <h2 id={format!("tows-{}-title", kind.key())}>{ i18n.t(&format!("tows-{}", kind.key())) }</h2>
                            <p class="column-hint">{ i18n.t(&format!("tows-{}-hint", kind.key())) }</p>
                            if list.is_empty() { <p class="muted">{ i18n.t("tows-none") }</p> }
                            { for list.into_iter().map(|s| strategy_view(&i18n, s, &plan.swot, &edit)) }
                        </section>
                    }
                }) }
            </div>
            {{
                let broken: Vec<&Strategy> = plan.tows.iter().filter(|s| s.kind(&plan.swot).is_none()).collect();
                if broken.is_empty() { Html::default() } else { html! {
                    <section class="card tows-cell tows-broken" aria-labelledby="tows-broken-title" data-testid="tows-broken">
                        <h2 id="tows-broken-title">{ i18n.t("tows-broken") }</h2>
                        <p class="column-hint">{ i18n.t("tows-broken-hint") }</p>
                        { for broken.into_iter().map(|s| strategy_view(&i18n, s, &plan.swot, &edit)) }
                    </section>
                } }
            }}
            <crate::views::next::ContinueTo from={crate::pages::Route::Tows} />
        </section>
    }
}

fn strategy_view(i18n: &I18nContext, s: &Strategy, swot: &Board, edit: &PlanHandle) -> Html {
    let id = s.id.clone();
    let on_text = {
        let id = id.clone();
        edit.on(move |text: String| BoardCommand::EditStrategy {
            id: id.clone(),
            text,
        })
    };
    let delete = {
        let id = id.clone();
        edit.on(move |_: MouseEvent| BoardCommand::DeleteStrategy { id: id.clone() })
    };
    html! {
        <article class="strategy" key={id.to_string()} data-testid="strategy">
            <p class="strategy-sources">
                { source_view(i18n, &s.internal, swot) }{ source_view(i18n, &s.external, swot) }
            </p>
            <TextField id={format!("strategy-{id}")} label={i18n.t("tows-strategy-label")} label_hidden={true}
                multiline={true} rows={2} value={s.text.clone()} maxlength={MAX_NOTE_CHARS} on_commit={on_text} />
            <button type="button" class="button button-small button-quiet" onclick={delete}>{ i18n.t("tows-delete") }</button>
        </article>
    }
}

/// Props of [`NewStrategy`].
#[derive(Properties, PartialEq)]
struct NewStrategyProps {
    swot: Rc<Board>,
    edit: PlanHandle,
}

/// Two pickers (an internal and an external card) and the strategy's text.
#[function_component(NewStrategy)]
fn new_strategy(props: &NewStrategyProps) -> Html {
    let i18n = use_i18n();
    let internal = use_node_ref();
    let external = use_node_ref();
    let text = use_node_ref();
    let onsubmit = {
        let (internal, external, text, edit) = (
            internal.clone(),
            external.clone(),
            text.clone(),
            props.edit.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |r: &NodeRef| {
                r.cast::<HtmlSelectElement>()
                    .map(|s| s.value())
                    .and_then(|v| CardId::parse(&v))
            };
            let (Some(i), Some(x)) = (value(&internal), value(&external)) else {
                return;
            };
            let area = text.cast::<HtmlTextAreaElement>();
            let words = area.as_ref().map(|a| a.value()).unwrap_or_default();
            edit.apply(BoardCommand::AddStrategy {
                id: StrategyId::generate(now(), entropy()),
                internal: i,
                external: x,
                text: words,
            });
            if let Some(a) = area {
                a.set_value("");
            }
        })
    };
    let picker = |id: &str, label: String, node: NodeRef, columns: [Column; 2]| {
        html! {
            <div class="field">
                <label class="field-label" for={id.to_owned()}>{ label }</label>
                <select id={id.to_owned()} ref={node} required=true>
                    <option value="" selected=true>{ i18n.t("tows-pick") }</option>
                    { for columns.iter().map(|column| html! {
                        <optgroup label={i18n.t(&format!("col-{}", column.key()))}>
                            { for props.swot.column(*column).map(|c| html! { <option value={c.id.to_string()}>{ c.text.clone() }</option> }) }
                        </optgroup>
                    }) }
                </select>
            </div>
        }
    };
    html! {
        <form class="card tows-new" {onsubmit} data-testid="tows-new">
            <h2>{ i18n.t("tows-new") }</h2>
            <div class="tows-pickers">
                { picker("tows-internal", i18n.t("tows-internal"), internal, [Column::Strengths, Column::Weaknesses]) }
                { picker("tows-external", i18n.t("tows-external"), external, [Column::Opportunities, Column::Threats]) }
            </div>
            <div class="field">
                <label class="field-label" for="tows-text">{ i18n.t("tows-strategy-label") }</label>
                <textarea id="tows-text" ref={text} rows="2" maxlength={MAX_NOTE_CHARS.to_string()}
                    placeholder={i18n.t("tows-strategy-placeholder")} />
            </div>
            <button type="submit" class="button button-primary">{ i18n.t("tows-add") }</button>
        </form>
    }
}
