//! Below the map: the emotion curve of every persona, the channel mix (paid, owned, earned)
//! of each stage, and the coverage checks of seed 001 — each chart with its data as a table.

use crate::charts::bars::{bars, Group};
use crate::charts::lines::{lines, Series};
use crate::domain::core::channel::Ownership;
use crate::domain::core::ids::{PersonaId, StageId};
use crate::domain::journey::analysis::{channel_mix, coverage, Coverage};
use crate::domain::journey::JourneyMap;
use crate::i18n::{stage_name, use_i18n, Arg, I18nContext};
use crate::ui::Chart;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Insights`].
#[derive(Properties, PartialEq)]
pub(super) struct InsightsProps {
    pub map: Rc<JourneyMap>,
    pub persona: Option<PersonaId>,
}

/// The coverage checks of the journeys, in words; only `persona_shown`'s when one is chosen.
fn coverage_texts(
    i18n: &I18nContext,
    map: &JourneyMap,
    persona_shown: Option<&PersonaId>,
) -> Vec<String> {
    let persona_name = |id: &PersonaId| map.persona(id).map(|p| p.name.clone()).unwrap_or_default();
    let stage = |id: &StageId| {
        map.stages
            .iter()
            .find(|s| s.id == *id)
            .map(|s| stage_name(i18n, s))
            .unwrap_or_default()
    };
    coverage(map)
        .iter()
        .filter(|c| {
            persona_shown.is_none_or(|p| match c {
                Coverage::Absent { persona, .. }
                | Coverage::NoKpi { persona, .. }
                | Coverage::MediumUnused { persona, .. }
                | Coverage::NoDiscoverer { persona, .. }
                | Coverage::EndsAtPurchase { persona } => persona == p,
            })
        })
        .map(|c| match c {
            Coverage::Absent { persona, stage: s } => i18n.t_args(
                "coverage-absent",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    ("stage", Arg::from(stage(s))),
                ],
            ),
            Coverage::NoKpi { persona, stage: s } => i18n.t_args(
                "coverage-no-kpi",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    ("stage", Arg::from(stage(s))),
                ],
            ),
            Coverage::NoDiscoverer { persona, stage: s } => i18n.t_args(
                "coverage-no-discoverer",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    ("stage", Arg::from(stage(s))),
                ],
            ),
            Coverage::MediumUnused { persona, medium } => i18n.t_args(
                "coverage-medium",
                &[
                    ("persona", Arg::from(persona_name(persona))),
                    (
                        "medium",
                        Arg::from(i18n.t(&format!("media-{}", medium.key()))),
                    ),
                ],
            ),
            Coverage::EndsAtPurchase { persona } => i18n.t_args(
                "coverage-ends-at-purchase",
                &[("persona", Arg::from(persona_name(persona)))],
            ),
        })
        .collect()
}

/// The emotion curve, the channel mix and the coverage checks.
#[function_component(Insights)]
pub(super) fn insights(props: &InsightsProps) -> Html {
    let i18n = use_i18n();
    let map = &props.map;
    let stages: Vec<String> = map.stages.iter().map(|s| stage_name(&i18n, s)).collect();
    let series: Vec<Series> = map
        .personas
        .iter()
        .map(|p| {
            let j = map.journey(&p.id);
            Series {
                name: p.name.clone(),
                values: map
                    .stages
                    .iter()
                    .map(|s| j.cell(&s.id).emotion.map(f64::from))
                    .collect(),
            }
        })
        .collect();
    let ticks: Vec<String> = [
        "very-negative",
        "negative",
        "neutral",
        "positive",
        "very-positive",
    ]
    .iter()
    .map(|k| i18n.t(&format!("emotion-{k}")))
    .collect();
    let emotion_svg = use_memo(
        (stages.clone(), series.clone(), ticks.clone()),
        |(c, s, t)| lines(c, s, -2.0, 2.0, t).unwrap_or_default(),
    );
    let mix = channel_mix(map, props.persona.as_ref());
    let own: Vec<(String, plotters::style::RGBColor)> = Ownership::ALL
        .iter()
        .zip([
            crate::charts::SERIES[4],
            crate::charts::BRAND,
            crate::charts::SERIES[2],
        ])
        .map(|(o, c)| (i18n.t(&format!("ownership-{}", o.key())), c))
        .collect();
    let groups: Vec<Group> = stages
        .iter()
        .zip(&mix)
        .map(|(s, m)| Group {
            label: s.clone(),
            values: m.iter().map(|x| *x as f64).collect(),
        })
        .collect();
    let locale = i18n.locale();
    let mix_svg = use_memo(
        (
            groups.clone(),
            own.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
            locale,
        ),
        move |(g, _, _)| {
            bars(g, &own, true, crate::charts::TextSize::PAGE, &|x| {
                crate::i18n::axis_number(locale, x)
            })
            .unwrap_or_default()
        },
    );
    let persona_name = |id: &PersonaId| map.persona(id).map(|p| p.name.clone()).unwrap_or_default();
    let found = coverage_texts(&i18n, map, props.persona.as_ref());
    let emotion_alt = i18n.t_args(
        "journey-emotion-alt",
        &[
            ("count", Arg::from(series.len())),
            ("stages", Arg::from(stages.len())),
        ],
    );
    let current = props.persona.as_ref().map(persona_name).unwrap_or_default();
    let mix_title = i18n.t_args("journey-mix", &[("persona", Arg::from(current.clone()))]);
    let mix_alt = i18n.t_args(
        "journey-mix-alt",
        &[("persona", Arg::from(current.clone()))],
    );
    html! {
        <div class="journey-insights">
            <section class="card" aria-labelledby="emotion-title">
                <h2 id="emotion-title">{ i18n.t("journey-emotion") }</h2>
                <Chart svg={AttrValue::from((*emotion_svg).clone())} alt={emotion_alt} testid="emotion-chart" title={i18n.t("journey-emotion")} />
                <details class="chart-data">
                    <summary>{ i18n.t("chart-as-table") }</summary>
                    <div class="table-scroll"><table class="data-table" data-testid="emotion-table" data-chart-testid="emotion-chart">
                        <thead><tr><th scope="col">{ i18n.t("journey-persona") }</th>
                            { for stages.iter().map(|s| html! { <th scope="col" class="num">{ s.clone() }</th> }) }</tr></thead>
                        <tbody>{ for series.iter().map(|s| html! {
                            <tr><th scope="row">{ s.name.clone() }</th>
                                { for s.values.iter().map(|v| html! { <td class="num">{ v.map_or("–".to_owned(), |v| format!("{v:+}")) }</td> }) }</tr>
                        }) }</tbody>
                    </table></div>
                </details>
            </section>
            <section class="card" aria-labelledby="mix-title">
                <h2 id="mix-title">{ mix_title.clone() }</h2>
                <Chart svg={AttrValue::from((*mix_svg).clone())} alt={mix_alt} testid="mix-chart" title={mix_title} />
                <details class="chart-data">
                    <summary>{ i18n.t("chart-as-table") }</summary>
                    <div class="table-scroll"><table class="data-table" data-chart-testid="mix-chart">
                        <thead><tr><th scope="col">{ i18n.t("journey-stage") }</th>
                            { for Ownership::ALL.iter().map(|o| html! { <th scope="col" class="num">{ i18n.t(&format!("ownership-{}", o.key())) }</th> }) }</tr></thead>
                        <tbody>{ for stages.iter().zip(&mix).map(|(s, m)| html! {
                            <tr><th scope="row">{ s.clone() }</th>{ for m.iter().map(|x| html! { <td class="num">{ *x }</td> }) }</tr>
                        }) }</tbody>
                    </table></div>
                </details>
            </section>
            <aside class="card checks" aria-labelledby="coverage-title" data-testid="coverage">
                <h2 id="coverage-title">{ i18n.t("journey-coverage") }</h2>
                if found.is_empty() { <p>{ i18n.t("journey-coverage-none") }</p> }
                else { <ul>{ for found.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul> }
            </aside>
        </div>
    }
}
