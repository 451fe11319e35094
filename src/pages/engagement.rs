//! The engagement strategy (`#/engagement`): the target audience and why; a tactic per
//! channel with its ownership, role, justification, how it is measured, monitored and
//! managed, the objectives it serves, and its budget under the good, better and best
//! scenarios; the budget by channel and by paid, owned and earned, as charts and a table.

use crate::charts::bars::{bars, Group};
use crate::charts::SERIES;
use crate::domain::core::channel::{Channel, Ownership, Role};
use crate::domain::core::ids::TacticId;
use crate::domain::core::money::parse_cents;
use crate::domain::engagement::{by_channel, scenario_totals, Scenario, Tactic, TacticText};
use crate::domain::objectives::MAX_TEXT;
use crate::domain::EngagementCommand;
use crate::i18n::channel_name;
use crate::i18n::{format_number, use_i18n, Arg, Numbers};
use crate::state::{entropy, now, use_app_state};
use crate::state::{use_plan, PlanHandle};
use crate::ui::{event_value, select_field, Chart, Choose, TextField};
use crate::views::money::{over_budget_note, CurrencyChoice};
use crate::views::report::{ownership_bars, ownership_table};
use crate::views::Welcome;
use std::rc::Rc;
use yew::prelude::*;

/// See the module documentation.
#[function_component(EngagementPage)]
pub fn engagement_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let e = &plan.engagement;
    let numbers = Numbers {
        locale: i18n.locale(),
        currency: plan.meta.currency,
    };
    let money = |c: u64| numbers.money(c, 0);
    let audience = |justification: bool| {
        let key = if justification {
            "engagement-justification"
        } else {
            "engagement-audience"
        };
        html! {
            <TextField id={key} label={i18n.t(key)} help={i18n.t(&format!("{key}-help"))} multiline={true} rows={3}
                value={if justification { e.justification.clone() } else { e.audience.clone() }} maxlength={MAX_TEXT}
                on_commit={edit.on(move |text: String| EngagementCommand::SetAudience { justification, text })} />
        }
    };
    // A menu that acts: choosing a channel adds a tactic, and the menu returns to its prompt.
    let add = {
        let edit = edit.clone();
        Callback::from(move |value: String| {
            if let Some(channel) = Channel::from_key(&value) {
                edit.apply(EngagementCommand::AddTactic {
                    id: TacticId::generate(now(), entropy()),
                    channel,
                });
            }
        })
    };
    let objectives: Rc<Vec<(crate::domain::core::ids::ObjectiveId, String)>> = Rc::new(
        plan.objectives
            .objectives
            .iter()
            .map(|o| (o.id.clone(), o.statement.clone()))
            .collect(),
    );
    let channels = by_channel(e);
    let by_channel_svg = channel_chart(&i18n, &channels);
    let by_own_svg = ownership_bars(
        &|id| i18n.t(id),
        e,
        crate::charts::TextSize::PAGE,
        i18n.locale(),
    );
    let totals = scenario_totals(e);
    html! {
        <section class="page engagement-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("engagement-title") }</h1>
                <p class="lead">{ i18n.t("engagement-lead") }</p>
            </header>
            <div class="card">{ audience(false) }{ audience(true) }</div>
            <h2 class="section-title">{ i18n.t("engagement-tactics") }</h2>
            { for e.tactics.iter().map(|t| html! { <TacticCard key={t.id.as_str()} tactic={t.clone()} objectives={objectives.clone()} currency={plan.meta.currency} edit={edit.clone()} /> }) }
            <div class="card inline-card">
                <Choose id="add-tactic" testid="add-tactic" label={i18n.t("engagement-add")} label_visible={true}
                    prompt={i18n.t("engagement-add-prompt")} action={i18n.t("choose-add")}
                    options={Channel::ALL.iter().map(|c| (c.key().to_owned(), i18n.t(&format!("channel-{}", c.key())))).collect::<Vec<_>>()}
                    on_act={add} />
            </div>
            <section class="card budget" aria-labelledby="budget-title">
                <h2 id="budget-title">{ i18n.t("budget-title") }</h2>
                <p class="field-help">{ i18n.t("budget-help") }</p>
                <div class="field-row"><CurrencyChoice id="budget-currency" currency={plan.meta.currency} edit={edit.clone()} /></div>
                <div role="status">{ over_budget_note(&i18n, &plan) }</div>
                if e.tactics.is_empty() { <p>{ i18n.t("budget-empty") }</p> } else {
                    <div class="table-scroll">
                        <table class="data-table" data-testid="budget-table" data-chart-testid="budget-channel-chart">
                            <thead><tr><th scope="col">{ i18n.t("team-channel") }</th>
                                { for Scenario::ALL.iter().map(|s| html! { <th scope="col" class="num">{ i18n.t(&format!("scenario-{}", s.key())) }</th> }) }</tr></thead>
                            <tbody>{ for channels.iter().map(|(c, n, b)| html! {
                                <tr><th scope="row">{ channel_name(&i18n, *c, n) }</th>{ for b.iter().map(|x| html! { <td class="num" data-cents={x.to_string()}>{ money(*x) }</td> }) }</tr>
                            }) }</tbody>
                            <tfoot><tr><th scope="row">{ i18n.t("attribution-total") }</th>
                                { for totals.iter().map(|x| html! { <td class="num" data-cents={x.to_string()}><strong>{ money(*x) }</strong></td> }) }</tr></tfoot>
                        </table>
                    </div>
                    <div class="budget-charts">
                        <figure class="chart-figure">
                            <Chart svg={AttrValue::from(by_channel_svg)} alt={i18n.t_args("budget-channel-alt", &[("count", Arg::from(channels.len()))])} testid="budget-channel-chart" title={i18n.with_currency(&i18n.t("budget-by-channel"), plan.meta.currency)} />
                            <figcaption>{ i18n.t("budget-by-channel") }</figcaption>
                        </figure>
                        <div>
                        <figure class="chart-figure">
                            <Chart svg={AttrValue::from(by_own_svg)} alt={i18n.t("budget-ownership-alt")} testid="budget-ownership-chart" title={i18n.with_currency(&i18n.t("budget-by-ownership"), plan.meta.currency)} />
                            <figcaption>{ i18n.t("budget-by-ownership") }</figcaption>
                        </figure>
                        { ownership_table(&|id| i18n.t(id), &money, e, "budget-ownership-chart") }
                        </div>
                    </div>
                }
            </section>
            <crate::views::next::ContinueTo from={crate::pages::Route::Engagement} />
        </section>
    }
}

/// The budget by channel under each scenario, as an SVG.
fn channel_chart(
    i18n: &crate::i18n::I18nContext,
    channels: &[(Channel, String, [u64; 3])],
) -> String {
    let scenarios: Vec<(String, plotters::style::RGBColor)> = Scenario::ALL
        .iter()
        .zip([SERIES[5], SERIES[0], SERIES[6]])
        .map(|(s, c)| (i18n.t(&format!("scenario-{}", s.key())), c))
        .collect();
    bars(
        &channels
            .iter()
            .map(|(c, n, b)| Group {
                label: channel_name(i18n, *c, n),
                values: b.iter().map(|x| *x as f64 / 100.0).collect(),
            })
            .collect::<Vec<_>>(),
        &scenarios,
        false,
        crate::charts::TextSize::PAGE,
        &|x| crate::i18n::axis_number(i18n.locale(), x),
    )
    .unwrap_or_default()
}

/// Props of [`TacticCard`].
#[derive(Properties, PartialEq)]
struct TacticProps {
    tactic: Tactic,
    objectives: Rc<Vec<(crate::domain::core::ids::ObjectiveId, String)>>,
    /// The plan's currency, named in the budget's legend.
    currency: Option<crate::domain::core::money::Currency>,
    edit: PlanHandle,
}

#[function_component(TacticCard)]
fn tactic_card(props: &TacticProps) -> Html {
    let i18n = use_i18n();
    let t = &props.tactic;
    let base = format!("tac-{}", t.id);
    let locale = i18n.locale();
    let channel_change = |f: fn(&mut Tactic, String)| {
        let (t, d) = (t.clone(), props.edit.clone());
        Callback::from(move |v: String| {
            let mut t = t.clone();
            f(&mut t, v);
            d.apply(EngagementCommand::SetTacticChannel {
                id: t.id,
                channel: t.channel,
                custom: t.custom,
                ownership: t.ownership,
                role: t.role,
            });
        })
    };
    let text = |field: TacticText| {
        let id = t.id.clone();
        let key = field.key();
        html! {
            <TextField id={format!("{base}-{key}")} label={i18n.t(&format!("tactic-{key}"))} multiline={true} rows={2}
                value={t.text(field).to_owned()} maxlength={MAX_TEXT}
                on_commit={props.edit.on(move |text: String| EngagementCommand::SetTacticText { id: id.clone(), field, text })} />
        }
    };
    let budget = |s: Scenario| {
        let (id, d) = (t.id.clone(), props.edit.clone());
        let shown = format_number(locale, t.budget[s.index()] as f64 / 100.0, 0)
            .replace(['\u{a0}', '\u{202f}'], " ");
        let onchange = {
            let shown = shown.clone();
            Callback::from(move |e: Event| {
                let Some(v) = event_value(&e) else { return };
                match parse_cents(if v.trim().is_empty() { "0" } else { &v }) {
                    Some(cents) => d.apply(EngagementCommand::SetTacticBudget {
                        id: id.clone(),
                        scenario: s.index(),
                        cents,
                    }),
                    None => {
                        if let Some(input) = e.target().and_then(|t| {
                            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()
                        }) {
                            input.set_value(&shown);
                        }
                    }
                }
            })
        };
        let fid = format!("{base}-budget-{}", s.key());
        html! {
            <div class="field compact">
                <label class="field-label" for={fid.clone()}>{ i18n.t(&format!("scenario-{}", s.key())) }</label>
                <input type="text" inputmode="decimal" id={fid} value={shown} {onchange} autocomplete="off" />
            </div>
        }
    };
    let delete = {
        let (id, d) = (t.id.clone(), props.edit.clone());
        Callback::from(move |_: MouseEvent| {
            d.apply(EngagementCommand::DeleteTactic { id: id.clone() })
        })
    };
    let name = channel_name(&i18n, t.channel, &t.custom);
    html! {
        <article class="card tactic" aria-label={name.clone()} data-testid="tactic">
            <div class="field-row">
                { select_field(&format!("{base}-channel"), &i18n.t("journey-tp-channel"),
                    &Channel::ALL.iter().map(|c| (c.key().to_owned(), i18n.t(&format!("channel-{}", c.key())))).collect::<Vec<_>>(),
                    t.channel.key(), channel_change(|t, v| t.channel = Channel::from_key(&v).unwrap_or(t.channel))) }
                if t.channel == Channel::Custom {
                    <TextField id={format!("{base}-custom")} class="compact" label={i18n.t("journey-tp-custom")} value={t.custom.clone()}
                        maxlength={crate::domain::core::rules::MAX_NAME_CHARS} on_commit={channel_change(|t, v| t.custom = v)} />
                }
                { select_field(&format!("{base}-ownership"), &i18n.t("journey-tp-ownership"),
                    &Ownership::ALL.iter().map(|o| (o.key().to_owned(), i18n.t(&format!("ownership-{}", o.key())))).collect::<Vec<_>>(),
                    t.ownership.key(), channel_change(|t, v| t.ownership = Ownership::ALL.into_iter().find(|o| o.key() == v).unwrap_or(t.ownership))) }
                { select_field(&format!("{base}-role"), &i18n.t("journey-tp-role"),
                    &Role::ALL.iter().map(|r| (r.key().to_owned(), i18n.t(&format!("role-{}", r.key())))).collect::<Vec<_>>(),
                    t.role.key(), channel_change(|t, v| t.role = Role::ALL.into_iter().find(|r| r.key() == v).unwrap_or(t.role))) }
            </div>
            <div class="tactic-texts">{ for TacticText::ALL.into_iter().map(text) }</div>
            <fieldset class="budget-row">
                <legend>{ i18n.with_currency(&i18n.t("tactic-budget"), props.currency) }</legend>
                { for Scenario::ALL.into_iter().map(budget) }
            </fieldset>
            if !props.objectives.is_empty() {
                <fieldset class="media">
                    <legend>{ i18n.t("tactic-objectives") }</legend>
                    { for props.objectives.iter().map(|(oid, statement)| {
                        let checked = t.objectives.contains(oid);
                        let (id, objective, d) = (t.id.clone(), oid.clone(), props.edit.clone());
                        let onchange = Callback::from(move |e: Event| {
                            let on = e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()).is_some_and(|i| i.checked());
                            d.apply(EngagementCommand::SetTacticObjective { id: id.clone(), objective: objective.clone(), on });
                        });
                        let cid = format!("{base}-obj-{oid}");
                        html! { <label class="check" for={cid.clone()}><input type="checkbox" id={cid} {checked} {onchange} />{ statement.clone() }</label> }
                    }) }
                </fieldset>
            }
            <button type="button" class="button button-small button-quiet" onclick={delete}
                aria-label={i18n.t_args("tactic-delete", &[("tactic", Arg::from(name))])}>{ i18n.t("board-delete") }</button>
        </article>
    }
}
