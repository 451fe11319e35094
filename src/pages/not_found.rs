//! The page for an address that does not exist (an old bookmark, a typo).

use super::Route;
use crate::i18n::use_i18n;
use yew::prelude::*;
use yew_router::prelude::*;

/// See the module documentation.
#[function_component(NotFound)]
pub fn not_found() -> Html {
    let i18n = use_i18n();
    html! {
        <section class="page page-narrow">
            <h1>{ i18n.t("not-found-title") }</h1>
            <p>{ i18n.t("not-found-body") }</p>
            <p><Link<Route> to={Route::Home} classes="button">{ i18n.t("not-found-home") }</Link<Route>></p>
        </section>
    }
}
