//! The buyer journey chapter: personas, each journey through the stages, attribution.

use super::*;

pub(super) fn journey(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let map = &c.plan.journey;
    let personas = (!map.personas.is_empty()).then(|| {
        part(
            c.t("personas-title"),
            html! { <div class="report-personas">{ for map.personas.iter().map(|p| persona(c, p)) }</div> },
        )
    });
    if personas.is_none() {
        missing.push((Route::Personas, "nav-personas"));
    }
    let journeys: Vec<Html> = if map.stages.is_empty() {
        Vec::new()
    } else {
        map.personas
            .iter()
            .filter_map(|p| journey_table(c, map, p, &map.journey(&p.id)))
            .collect()
    };
    if journeys.is_empty() {
        missing.push((Route::Journey, "nav-journey"));
    }
    let attribution = (!map.attribution.path.is_empty()).then(|| attribution(c, map));
    if attribution.is_none() {
        missing.push((Route::Attribution, "nav-attribution"));
    }
    if personas.is_none() && journeys.is_empty() && attribution.is_none() {
        return None;
    }
    Some(Section {
        id: "report-journey",
        title: c.t("journey-title"),
        body: html! { <>{ for personas }{ for journeys }{ for attribution }</> },
    })
}

/// A persona in brief: who they are, what they want and what troubles them.
pub(crate) fn persona(c: &Ctx, p: &Persona) -> Html {
    let media: Vec<String> = p
        .media
        .iter()
        .map(|m| c.t(&format!("media-{}", m.key())))
        .collect();
    let rows = [
        PersonaField::Segment,
        PersonaField::LifeStage,
        PersonaField::Goals,
        PersonaField::Needs,
        PersonaField::Pains,
    ]
    .iter()
    .map(|f| (c.t(&format!("persona-{}", f.key())), p.field(*f).to_owned()))
    .chain(std::iter::once((c.t("persona-media"), c.i18n.list(&media))))
    .collect();
    html! {
        <div class="report-persona report-keep" data-testid="report-persona">
            { c.inner_heading(classes!("report-text"), p.name.clone()) }
            { for facts(rows) }
        </div>
    }
}

/// One persona's journey as a table: a row per stage, with the persona's goal, our message
/// and the touchpoints there (columns nobody wrote in are left out). `None` when the journey
/// has nothing in it.
fn journey_table(c: &Ctx, map: &JourneyMap, p: &Persona, j: &Journey) -> Option<Html> {
    let lanes: Vec<Lane> = [Lane::Goal, Lane::Message]
        .into_iter()
        .filter(|lane| j.cells.iter().any(|cell| !blank(cell.lane(*lane))))
        .collect();
    let said = j
        .cells
        .iter()
        .any(|cell| Lane::ALL.iter().any(|lane| !blank(cell.lane(*lane))));
    if j.touchpoints.is_empty() && !said {
        return None;
    }
    let tps = !j.touchpoints.is_empty();
    Some(html! {
        <div class="report-part" data-testid="report-journey-table">
            <h3 class="report-text">{ c.i18n.t_args("report-journey-of", &[("persona", Arg::from(p.name.clone()))]) }</h3>
            <div class="table-scroll report-keep" tabindex="0" role="region" aria-label={c.i18n.t_args("report-journey-of", &[("persona", Arg::from(p.name.clone()))])}>
                <table class="data-table report-table report-journey report-stack">
                    <thead><tr>
                        <th scope="col">{ c.t("journey-stage") }</th>
                        { for lanes.iter().map(|lane| html! { <th scope="col">{ c.t(&format!("lane-{}", lane.key())) }</th> }) }
                        if tps { <th scope="col">{ c.t("lane-where") }</th> }
                    </tr></thead>
                    <tbody>{ for map.stages.iter().map(|s| {
                        let at = j.cell(&s.id);
                        html! {
                            <tr>
                                <th scope="row">{ stage_name(c.i18n, s) }</th>
                                { for lanes.iter().map(|lane| cell(c.t(&format!("lane-{}", lane.key())), at.lane(*lane))) }
                                if tps {
                                    <td data-label={c.t("lane-where")}>
                                        if j.at(&s.id).next().is_some() {
                                            <ul class="report-tps">{ for j.at(&s.id).map(|tp| {
                                                let name = channel_name(c.i18n, tp.channel, &tp.custom);
                                                let note = (!blank(&tp.note) && tp.note.trim() != name.trim()).then(|| tp.note.clone());
                                                html! {
                                                    <li>
                                                        <strong>{ name }</strong>
                                                        <span class="muted">{ " · " }{ c.t(&format!("ownership-{}", tp.ownership.key())) }{ " · " }{ c.t(&format!("role-{}", tp.role.key())) }</span>
                                                        if let Some(note) = note { <br /><span class="report-text">{ note }</span> }
                                                    </li>
                                                }
                                            }) }</ul>
                                        }
                                    </td>
                                }
                            </tr>
                        }
                    }) }</tbody>
                </table>
            </div>
        </div>
    })
}

/// The sample path to a conversion and the credit each channel gets under each model.
fn attribution(c: &Ctx, map: &JourneyMap) -> Html {
    let a = &map.attribution;
    let rows = credits_by_channel(a);
    let models: Vec<(String, plotters::style::RGBColor)> = Model::ALL
        .iter()
        .zip(SERIES)
        .map(|(m, colour)| (c.t(&format!("model-{}", m.key())), colour))
        .collect();
    let svg = bars(
        &rows
            .iter()
            .map(|r| Group {
                label: channel_name(c.i18n, r.channel, &r.custom),
                values: r.credits.iter().map(|x| *x as f64 / 100.0).collect(),
            })
            .collect::<Vec<_>>(),
        &models,
        false,
        c.text,
        &|x| c.axis(x),
    )
    .unwrap_or_default();
    let value = c.money(a.value_cents, 2);
    let alt = c.i18n.t_args(
        "attribution-alt",
        &[
            ("count", Arg::from(rows.len())),
            ("value", Arg::from(value.clone())),
        ],
    );
    part(
        c.t("attribution-title"),
        html! { <>
            <div class="report-keep">
                <h4>{ c.t("attribution-path") }</h4>
                <ol class="report-path">{ for a.path.iter().map(|step| {
                    let channel = channel_name(c.i18n, step.channel, &step.custom);
                    html! {
                        <li>
                            if blank(&step.label) { { channel.clone() } } else { <span class="report-text">{ step.label.clone() }</span> }
                            <span class="muted">
                                if !blank(&step.label) { { " · " }{ channel } }
                                { " · " }{ c.t("attribution-days") }{ c.i18n.colon() }{ step.days_before }
                            </span>
                        </li>
                    }
                }) }</ol>
                { for facts(vec![(c.t("attribution-value"), value)]) }
            </div>
            <div class="report-keep">
                <h4>{ c.t("attribution-results") }</h4>
                <div class="table-scroll" tabindex="0" role="region" aria-label={c.t("attribution-results")}>
                    <table class="data-table report-table" data-testid="report-attribution-table" data-chart-testid="report-attribution-chart">
                        <thead><tr>
                            <th scope="col">{ c.t("team-channel") }</th>
                            { for models.iter().map(|(m, _)| html! { <th scope="col" class="num">{ m.clone() }</th> }) }
                        </tr></thead>
                        <tbody>{ for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ channel_name(c.i18n, r.channel, &r.custom) }</th>
                                { for r.credits.iter().map(|x| html! { <td class="num">{ c.money(*x, 2) }</td> }) }
                            </tr>
                        }) }</tbody>
                    </table>
                </div>
                { figure(svg, alt, "report-attribution-chart", "report-bars report-wide", Named::titled(c.i18n.with_currency(&c.t("attribution-results"), c.plan.meta.currency))) }
            </div>
        </> },
    )
}
