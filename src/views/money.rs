//! The plan's money: its currency, chosen where money first comes up (the starting point's
//! budget, beside the engagement strategy's budgets) — one currency for the whole plan, set in
//! either place — and the fields that take an amount.
//!
//! Currency names come from the browser (`Intl.DisplayNames`, in the reader's language), so
//! no list of names is shipped; the menu offers the currencies of the five languages' regions
//! and the most used ones, plus any other the plan came with.

use crate::domain::core::money::{parse_cents, Currency};
use crate::domain::PlanCommand;
use crate::i18n::{currency_name, format_number, use_i18n, Arg};
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
    let mut codes: Vec<String> = Currency::OFFERED.iter().map(|c| (*c).to_owned()).collect();
    if let Some(c) = &current {
        if !codes.contains(c) {
            codes.push(c.clone());
        }
    }
    let options: Vec<SelectOption> = std::iter::once(SelectOption {
        value: "".into(),
        label: i18n.t("currency-none").into(),
        lang: None,
    })
    .chain(codes.into_iter().map(|code| {
        let name = currency_name(locale, &code);
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
    .collect();
    let on_change = props.edit.on(|code: String| PlanCommand::SetCurrency {
        currency: Currency::parse(&code),
    });
    html! {
        <Select id={props.id.clone()} label={i18n.t("currency")} {options}
            value={current.unwrap_or_default()} {on_change} help={i18n.t("currency-help")} />
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
    let label = match &props.currency {
        Some(c) => i18n.t_args(
            "with-currency",
            &[
                ("label", Arg::from(props.label.to_string())),
                ("currency", Arg::from(c.code().to_owned())),
            ],
        ),
        None => props.label.to_string(),
    };
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
            <TextField id={props.id.clone()} {label} value={shown} help={props.help.clone()} {on_commit} maxlength={24} />
            if *bad { <p class="field-error" role="alert">{ i18n.t("amount-invalid") }</p> }
        </div>
    }
}
