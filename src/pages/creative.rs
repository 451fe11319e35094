//! The creative idea (`#/creative`) and the marketing mix (`#/mix`).

use crate::domain::creative::{CreativeField, P};
use crate::domain::objectives::{Link, MAX_TEXT};
use crate::domain::CreativeCommand;
use crate::i18n::use_i18n;
use crate::state::use_app_state;
use crate::state::use_plan;
use crate::ui::TextField;
use crate::views::links::{link_options, links_editor};
use crate::views::Welcome;
use yew::prelude::*;

/// The creative idea: headline offer, promotions, tagline, storyboard, why it works, and
/// the findings it answers.
#[function_component(CreativePage)]
pub fn creative_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let c = &plan.creative;
    let field = |f: CreativeField| {
        let key = f.key();
        let on_commit =
            edit.on(move |text: String| CreativeCommand::SetCreativeText { field: f, text });
        html! {
            <TextField id={format!("creative-{key}")} label={i18n.t(&format!("creative-{key}"))} help={i18n.t(&format!("creative-{key}-help"))}
                multiline={f != CreativeField::Tagline} rows={3} value={c.text(f).to_owned()} maxlength={MAX_TEXT} {on_commit} />
        }
    };
    let on_link = edit.on(|(link, on): (Link, bool)| CreativeCommand::SetCreativeLink { link, on });
    html! {
        <section class="page page-narrow creative-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("creative-title") }</h1>
                <p class="lead">{ i18n.t("creative-lead") }</p>
            </header>
            <div class="card">
                { for CreativeField::ALL.into_iter().map(field) }
                { links_editor(&i18n, "creative", &c.links, &link_options(&i18n, &plan), on_link) }
            </div>
            <crate::views::next::ContinueTo from={crate::pages::Route::Creative} />
        </section>
    }
}

/// The 4Ps: for each, notes and the decisions taken.
#[function_component(MixPage)]
pub fn mix_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let edit = use_plan();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    html! {
        <section class="page mix-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("mix-title") }</h1>
                <p class="lead">{ i18n.t("mix-lead") }</p>
            </header>
            <div class="mix-grid">
                { for P::ALL.into_iter().map(|p| {
                    let entry = plan.mix.get(p);
                    let key = p.key();
                    let set = |decisions: bool| edit.on(move |text: String| CreativeCommand::SetMix { p, decisions, text });
                    html! {
                        <section class="card" aria-labelledby={format!("mix-{key}-title")}>
                            <h2 id={format!("mix-{key}-title")}>{ i18n.t(&format!("mix-{key}")) }</h2>
                            <p class="field-help">{ i18n.t(&format!("mix-{key}-help")) }</p>
                            <TextField id={format!("mix-{key}-notes")} label={i18n.t("mix-notes")} multiline={true} rows={3}
                                value={entry.notes.clone()} maxlength={MAX_TEXT} on_commit={set(false)} />
                            <TextField id={format!("mix-{key}-decisions")} label={i18n.t("mix-decisions")} multiline={true} rows={3}
                                value={entry.decisions.clone()} maxlength={MAX_TEXT} on_commit={set(true)} />
                        </section>
                    }
                }) }
            </div>
            <crate::views::next::ContinueTo from={crate::pages::Route::Mix} />
        </section>
    }
}
