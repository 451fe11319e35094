//! The plan's money: its currency, chosen where money first comes up (the starting point's
//! budget, beside the engagement strategy's budgets) — one currency for the whole plan, set in
//! either place — and the fields that take an amount.
//!
//! Currency names come from the browser (`Intl.DisplayNames`, in the reader's language), so
//! no list of names is shipped; the menu offers the currencies of the five languages' regions
//! and the most used ones first, then every other ISO 4217 code the browser knows.

use crate::domain::core::money::{parse_cents, Currency};
use crate::domain::engagement::over_budget;
use crate::domain::PlanCommand;
use crate::domain::{Locale, Plan};
use crate::i18n::{
    currency_names, format_number, supported_currencies, use_i18n, Arg, I18nContext, Numbers,
};
use crate::state::PlanHandle;
use crate::ui::{Select, SelectOption, TextField};
use yew::prelude::*;

/// Props of [`CurrencyChoice`].
#[derive(Properties, PartialEq)]
pub struct CurrencyChoiceProps {
    /// The select's element id.
    pub id: AttrValue,
    /// The plan's currency.
    pub currency: Option<Currency>,
    /// Sends the change.
    pub edit: PlanHandle,
}

/// The plan's currency as a labelled menu.
#[function_component(CurrencyChoice)]
pub fn currency_choice(props: &CurrencyChoiceProps) -> Html {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let current = props.currency.as_ref().map(|c| c.code().to_owned());
    // Some 300 names: made once per language (and plan currency), not on every render.
    let options = {
        let i18n = i18n.clone();
        use_memo((locale, current.clone()), move |(locale, current)| {
            options(&i18n, *locale, current.as_deref())
        })
    };
    let on_change = props.edit.on(|code: String| PlanCommand::SetCurrency {
        currency: Currency::parse(&code),
    });
    html! {
        <Select id={props.id.clone()} label={i18n.t("currency")} options={(*options).clone()}
            value={current.unwrap_or_default()} {on_change} help={i18n.t("currency-help")} />
    }
}

/// The menu's choices: none, the usual currencies, then every other code the browser knows,
/// then the plan's own if the browser does not know it; each named in `locale`.
fn options(i18n: &I18nContext, locale: Locale, current: Option<&str>) -> Vec<SelectOption> {
    let mut codes: Vec<String> = Currency::OFFERED.iter().map(|c| (*c).to_owned()).collect();
    for c in supported_currencies()
        .into_iter()
        .chain(current.map(str::to_owned))
    {
        if Currency::parse(&c).is_some() && !codes.contains(&c) {
            codes.push(c);
        }
    }
    let names = currency_names(locale, &codes);
    std::iter::once(SelectOption {
        value: "".into(),
        label: i18n.t("currency-none").into(),
        lang: None,
    })
    .chain(codes.into_iter().zip(names).map(|(code, name)| {
        let label = i18n.t_args(
            "with-currency",
            &[
                ("label", Arg::from(name)),
                ("currency", Arg::from(code.clone())),
            ],
        );
        SelectOption {
            label: label.into(),
            value: code.into(),
            lang: None,
        }
    }))
    .collect()
}

/// The scenarios of `plan`'s engagement strategy over the budget given in its health check,
/// each named with its total ("Best: £52,000 is over the budget of £40,000 in the health
/// check."); nothing when none is. Cents are shown when either amount has them, so an amount
/// is never said to be over an equal-looking one.
pub fn over_budget_note(i18n: &I18nContext, plan: &Plan) -> Html {
    let limit = plan.health.start.budget_cents;
    let over = over_budget(&plan.engagement, limit);
    let limit = limit.unwrap_or_default();
    if over.is_empty() {
        return html! {};
    }
    let numbers = Numbers {
        locale: i18n.locale(),
        currency: plan.meta.currency,
    };
    html! {
        <ul class="budget-over" data-testid="budget-over">
            { for over.iter().map(|(s, total)| {
                let d = if total % 100 != 0 || limit % 100 != 0 { 2 } else { 0 };
                html! {
                    <li>{ i18n.t_args("budget-over", &[
                        ("scenario", Arg::from(i18n.t(&format!("scenario-{}", s.key())))),
                        ("total", Arg::from(numbers.money(*total, d))),
                        ("budget", Arg::from(numbers.money(limit, d))),
                    ]) }</li>
                }
            }) }
        </ul>
    }
}

/// Props of [`AmountField`].
#[derive(Properties, PartialEq)]
pub struct AmountFieldProps {
    pub id: AttrValue,
    /// What the amount is; the plan's currency code is added to it.
    pub label: AttrValue,
    pub cents: Option<u64>,
    pub currency: Option<Currency>,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    /// Receives the amount, or none for a blank field.
    pub on_commit: Callback<Option<u64>>,
}

/// A labelled amount: typed as "40000", "40 000" or "40,000.50"; text that is not an amount
/// is kept in the field and explained, and nothing is saved until it reads as one.
#[function_component(AmountField)]
pub fn amount_field(props: &AmountFieldProps) -> Html {
    let i18n = use_i18n();
    let bad = use_state_eq(|| false);
    let label = i18n.with_currency(&props.label, props.currency);
    let shown = props
        .cents
        .map(|c| {
            format_number(
                i18n.locale(),
                c as f64 / 100.0,
                if c % 100 == 0 { 0 } else { 2 },
            )
        })
        .unwrap_or_default();
    let on_commit = {
        let (bad, commit) = (bad.clone(), props.on_commit.clone());
        Callback::from(move |text: String| {
            if text.trim().is_empty() {
                bad.set(false);
                commit.emit(None);
            } else if let Some(cents) = parse_cents(&text) {
                bad.set(false);
                commit.emit(Some(cents));
            } else {
                bad.set(true);
            }
        })
    };
    html! {
        <div class="amount-field">
            <TextField id={props.id.clone()} {label} value={shown} help={props.help.clone()} {on_commit} maxlength={24} inputmode="decimal" />
            if *bad { <p class="field-error" role="alert">{ i18n.t("amount-invalid") }</p> }
        </div>
    }
}
