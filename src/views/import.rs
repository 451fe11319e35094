//! A plan file being imported: its preview, the words for why it was refused, and adopting it
//! as a new plan. The plan list imports files and the share page imports links; both show the
//! same preview and messages.

use crate::domain::document::import::Imported;
use crate::domain::document::schema::SchemaError;
use crate::domain::Plan;
use crate::i18n::size_text;
use crate::i18n::{format_datetime, Arg, I18nContext};
use crate::pages::Route;
use crate::state::{open_plan, StateHandle};
use crate::storage::Store;
use crate::ui::focus_main_heading;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The message for a document that did not import: why, in a full sentence.
pub(crate) fn import_error_text(i18n: &I18nContext, error: &SchemaError) -> String {
    let reason = match error {
        SchemaError::TooLarge { bytes } => i18n.t_args(
            "import-too-large",
            &[("size", Arg::from(size_text(i18n, *bytes as f64)))],
        ),
        SchemaError::NewerVersion { found } => {
            i18n.t_args("schema-newer-version", &[("found", Arg::from(*found))])
        }
        SchemaError::NotJson(detail) | SchemaError::Invalid(detail) => {
            i18n.t_args(error.i18n_key(), &[("detail", Arg::from(detail.as_str()))])
        }
        SchemaError::NotAPlan => i18n.t("schema-not-a-plan"),
    };
    i18n.t_args("import-failed", &[("reason", Arg::from(reason))])
}

/// What an import will bring in, before the user confirms it. User text is shown as text.
pub(crate) fn preview_view(i18n: &I18nContext, imported: &Imported) -> Html {
    let p = &imported.preview;
    let counts: [(&str, usize); 12] = [
        ("import-count-answers", p.answers),
        ("import-count-swot", p.swot_cards),
        ("import-count-pestle", p.pestle_cards),
        ("import-count-strategies", p.strategies),
        ("import-count-personas", p.personas),
        ("import-count-stages", p.stages),
        ("import-count-touchpoints", p.touchpoints),
        ("import-count-objectives", p.objectives),
        ("import-count-kpis", p.kpis),
        ("import-count-readings", p.readings),
        ("import-count-tactics", p.tactics),
        ("import-count-reviews", p.reviews),
    ];
    html! {
        <div class="import-preview" data-testid="import-preview">
            <p class="plan-item-name" data-testid="import-name">{ p.name.clone() }</p>
            if !p.description.is_empty() { <p class="muted">{ p.description.clone() }</p> }
            <p class="muted">{ i18n.t_args("plans-updated", &[("date", Arg::from(format_datetime(i18n.locale(), p.updated)))]) }</p>
            if let Some(version) = imported.migrated_from {
                <p>{ i18n.t_args("import-migrated", &[("version", Arg::from(u64::from(version)))]) }</p>
            }
            <ul class="import-counts">
                { for counts.iter().filter(|(_, n)| *n > 0).map(|(key, n)| html! {
                    <li>{ i18n.t_args(key, &[("count", Arg::from(*n))]) }</li>
                }) }
            </ul>
        </div>
    }
}

/// Saves an imported plan as a new plan and opens it; the overview is shown after.
pub(crate) fn adopt_import(
    store: &Store,
    state: &StateHandle,
    navigator: Option<&Navigator>,
    plan: Plan,
) -> Result<(), crate::storage::SaveError> {
    store.save_plan(&plan)?;
    open_plan(store, state, Rc::new(plan), false)?;
    if let Some(navigator) = navigator {
        navigator.push(&Route::Home);
    }
    focus_main_heading();
    Ok(())
}
