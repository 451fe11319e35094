//! The translations as Yew context: `use_i18n()` in any component gives the active messages.

use super::{Arg, Translations};
use crate::domain::Locale;
use std::rc::Rc;
use yew::prelude::*;

/// What `use_i18n` returns: the active messages and a way to switch language.
#[derive(Clone, PartialEq)]
pub struct I18nContext {
    tr: Rc<Translations>,
    /// Switches the interface language (the root stores the choice).
    pub set_locale: Callback<Locale>,
}

impl I18nContext {
    /// Wraps parsed translations.
    pub fn new(tr: Rc<Translations>, set_locale: Callback<Locale>) -> Self {
        I18nContext { tr, set_locale }
    }

    /// The active locale.
    pub fn locale(&self) -> Locale {
        self.tr.locale()
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// The message `id` with arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.tr.t_args(id, args)
    }

    /// What joins a label to its value in this language (": ", "："), as text.
    pub fn colon(&self) -> String {
        self.t("sep-label")
    }

    /// `label` and `value` joined as this language writes it ("Goal: …", "目標：…").
    pub fn labelled(&self, label: &str, value: &str) -> String {
        format!("{label}{}{value}", self.colon())
    }

    /// Items of free text (card texts, which have commas of their own) joined as this language
    /// writes such a list ("a; b", "甲；乙").
    pub fn items<S: AsRef<str>>(&self, items: &[S]) -> String {
        let sep = self.t("sep-items");
        let items: Vec<&str> = items.iter().map(|s| s.as_ref()).collect();
        items.join(&sep)
    }

    /// `label` with the plan's currency after it, when it has one ("Budget (GBP)").
    pub fn with_currency(
        &self,
        label: &str,
        currency: Option<crate::domain::core::money::Currency>,
    ) -> String {
        match currency {
            Some(c) => self.t_args(
                "with-currency",
                &[
                    ("label", Arg::from(label.to_owned())),
                    ("currency", Arg::from(c.code().to_owned())),
                ],
            ),
            None => label.to_owned(),
        }
    }

    /// The items of a list joined as this language writes it ("a, b", "甲、乙").
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let sep = self.t("sep-list");
        let items: Vec<&str> = items.iter().map(|s| s.as_ref()).collect();
        items.join(&sep)
    }
}

/// Provides [`I18nContext`] to the tree below it.
pub type I18nProvider = ContextProvider<I18nContext>;

/// The active translations; message ids when used outside a provider (a widget on its own).
#[hook]
pub fn use_i18n() -> I18nContext {
    let fallback = use_memo((), |_| Translations::empty(Locale::En));
    use_context::<I18nContext>().unwrap_or_else(|| I18nContext::new(fallback, Callback::noop()))
}
