//! The open plan as files: the plan itself (JSON, which imports again), the report as
//! Markdown, and the card lists as CSV for a spreadsheet. Each download is generated on the
//! spot from the plan in memory (what the user sees, saved or not); the JSON download counts
//! as an export for the reminder (`storage::Settings::export_reminder_due`).

use crate::domain::document::export::{csv, markdown_with, CsvList};
use crate::i18n::use_i18n;
use crate::state::{now, use_app_state, use_settings};
use crate::ui::transfer::{download_text, file_name};
use yew::prelude::*;

/// Downloads `plan` as a JSON file (the versioned envelope) and records the export, which
/// quiets the reminder to export.
pub fn download_plan(
    plan: &crate::domain::Plan,
    settings: Option<&crate::state::SettingsHandle>,
) -> bool {
    let Ok(text) = crate::domain::document::schema::encode(plan) else {
        return false;
    };
    let done = download_text(
        &file_name(&plan.meta.name, "json"),
        "application/json",
        &text,
    );
    // An embedding host keeps its own copy (a sandboxed frame may not be let download).
    if let Ok(value) = serde_json::from_str(&text) {
        crate::embed::post(&crate::embed::Outbound::ExportRequested { plan: value });
    }
    if let (true, Some(settings)) = (done, settings) {
        let mut next = (**settings).clone();
        next.record_export(&plan.id, now());
        settings.set(next);
    }
    done
}

/// See the module documentation.
#[function_component(ExportMenu)]
pub fn export_menu() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let settings = use_settings();
    let Some(plan) = state.plan.clone() else {
        return html! {};
    };
    let json = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| {
            download_plan(&plan, settings.as_ref());
        })
    };
    let md = {
        let (plan, i18n) = (plan.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let today = crate::domain::core::date::Date::from_millis(now().0);
            let numbers = crate::i18n::Numbers {
                locale: i18n.locale(),
                currency: plan.meta.currency,
            };
            let text = markdown_with(&plan, &|id| i18n.t(id), today, &numbers);
            download_text(
                &file_name(&plan.meta.name, "md"),
                "text/markdown;charset=utf-8",
                &text,
            );
        })
    };
    let table = |list: CsvList| {
        let (plan, i18n) = (plan.clone(), i18n.clone());
        Callback::from(move |_: MouseEvent| {
            let text = csv(&plan, list, &|id| i18n.t(id));
            let stem = format!("{} {}", plan.meta.name, list.key());
            download_text(&file_name(&stem, "csv"), "text/csv;charset=utf-8", &text);
        })
    };
    html! {
        <div class="export-menu no-print" role="group" aria-label={i18n.t("export-title")} data-testid="export-menu">
            <button type="button" class="button" onclick={json} data-testid="export-json">{ i18n.t("export-json") }</button>
            <button type="button" class="button" onclick={md} data-testid="export-markdown">{ i18n.t("export-markdown") }</button>
            { for CsvList::ALL.into_iter().map(|list| html! {
                <button type="button" class="button button-small" onclick={table(list)} data-testid={format!("export-csv-{}", list.key())}>
                    { i18n.t(&format!("export-csv-{}", list.key())) }
                </button>
            }) }
        </div>
    }
}
