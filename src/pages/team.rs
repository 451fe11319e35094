//! The team sheet (`#/team`, seed 004): which channel plays at which stage, and in which
//! role — discoverers create demand, goal scorers harvest it — across every persona's
//! journey. Channels are one team; judging them on the last click alone is unfair.

use crate::domain::core::channel::Role;
use crate::domain::journey::analysis::team_sheet;
use crate::i18n::use_i18n;
use crate::i18n::{channel_name, stage_name};
use crate::state::use_app_state;
use crate::views::Welcome;
use yew::prelude::*;

/// See the module documentation.
#[function_component(TeamPage)]
pub fn team_page() -> Html {
    let i18n = use_i18n();
    let state = use_app_state();
    let Some(plan) = state.plan.clone() else {
        return html! { <Welcome /> };
    };
    let map = &plan.journey;
    let rows = team_sheet(map);
    let mark = |(d, g): (bool, bool)| -> Html {
        let role = match (d, g) {
            (true, true) => Role::Both,
            (true, false) => Role::Discoverer,
            (false, true) => Role::GoalScorer,
            (false, false) => {
                return html! { <span class="visually-hidden">{ i18n.t("team-none") }</span> }
            }
        };
        html! {
            <span class={format!("role-mark role-{}", role.key())} title={i18n.t(&format!("role-{}", role.key()))}>
                <span aria-hidden="true">{ i18n.t(&format!("role-{}-short", role.key())) }</span>
                <span class="visually-hidden">{ i18n.t(&format!("role-{}", role.key())) }</span>
            </span>
        }
    };
    html! {
        <section class="page team-page" aria-labelledby="page-title">
            <header class="page-head">
                <h1 id="page-title" tabindex="-1">{ i18n.t("team-title") }</h1>
                <p class="lead">{ i18n.t("team-lead") }</p>
            </header>
            <p class="legend">
                { for Role::ALL.iter().map(|r| html! { <span class="legend-item">{ mark((r.discovers(), *r != Role::Discoverer)) }{ " " }{ i18n.t(&format!("role-{}", r.key())) }</span> }) }
            </p>
            if rows.is_empty() || map.stages.is_empty() {
                <p class="card">{ i18n.t("team-empty") }</p>
            } else {
                <div class="table-scroll" tabindex="0" role="region" aria-label={i18n.t("team-table")}>
                    <table class="data-table team-sheet" data-testid="team-sheet">
                        <thead><tr>
                            <th scope="col">{ i18n.t("team-channel") }</th>
                            { for map.stages.iter().map(|s| html! { <th scope="col" class="center">{ stage_name(&i18n, s) }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|r| html! {
                                <tr>
                                    <th scope="row">{ channel_name(&i18n, r.channel, &r.custom) }</th>
                                    { for r.roles.iter().map(|x| html! { <td class="center">{ mark(*x) }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <crate::views::next::ContinueTo from={crate::pages::Route::Team} />
        </section>
    }
}
