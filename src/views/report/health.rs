//! The health check chapter: context scores, the radar, weak answers and next steps.

use super::*;

pub(super) fn health(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let hc = &c.plan.health;
    let s = &hc.start;
    let scope = s
        .scope
        .map(|g| {
            c.t(match g {
                GoalScope::Annual => "hc-start-scope-annual",
                GoalScope::Micro => "hc-start-scope-micro",
            })
        })
        .unwrap_or_default();
    let start = facts(vec![
        (c.t("hc-start-now"), s.now.clone()),
        (c.t("hc-start-scope"), scope),
        (c.t("hc-start-goal"), s.goal.clone()),
        (c.t("hc-start-future"), s.future_state.clone()),
        (
            c.t("hc-team-size"),
            s.team_size.map(|n| c.num(f64::from(n))).unwrap_or_default(),
        ),
        (
            c.t("hc-budget"),
            s.budget_cents
                .map(|b| c.money(b, u32::from(b % 100 != 0) * 2))
                .unwrap_or_default(),
        ),
    ]);
    let resources: Vec<_> = s
        .resources
        .all()
        .filter(|(_, r)| !blank(&r.have) || !blank(&r.gap))
        .collect();
    let scores = hc.scores();
    let answered = scores.iter().any(|x| x.answered > 0);
    if start.is_none() && resources.is_empty() && !answered {
        missing.push((Route::Health, "nav-health"));
        return None;
    }
    let starting = (start.is_some() || !resources.is_empty()).then(|| {
        part(
            c.t("hc-step-start"),
            html! { <>
                { for start }
                if !resources.is_empty() {
                    <table class="data-table report-table report-stack report-keep">
                        <thead><tr>
                            <th scope="col">{ c.t("hc-resources") }</th>
                            <th scope="col">{ c.t("hc-resource-have") }</th>
                            <th scope="col">{ c.t("hc-resource-gap") }</th>
                        </tr></thead>
                        <tbody>{ for resources.iter().map(|(kind, r)| html! {
                            <tr>
                                <th scope="row">{ c.t(&format!("hc-resource-{}", kind.key())) }</th>
                                { cell(c.t("hc-resource-have"), &r.have) }
                                { cell(c.t("hc-resource-gap"), &r.gap) }
                            </tr>
                        }) }</tbody>
                    </table>
                }
            </> },
        )
    });
    let scored = answered.then(|| {
        let (axes, alt) = radar_axes(c.i18n, &scores);
        let weakest: Vec<String> = hc
            .weakest()
            .into_iter()
            .map(|w| context_name(c.i18n, w))
            .collect();
        html! {
            <div class="report-part">
                <h3>{ c.t("hc-scores") }</h3>
                <div class="report-split report-keep">
                    <table class="data-table report-table" data-testid="report-scores" data-chart-testid="report-radar">
                        <thead><tr>
                            <th scope="col">{ c.t("hc-col-context") }</th>
                            <th scope="col" class="num">{ c.t("hc-col-score") }</th>
                            <th scope="col" class="num">{ c.t("hc-col-answered") }</th>
                        </tr></thead>
                        <tbody>{ for scores.iter().zip(&axes).map(|(x, axis)| html! {
                            <tr>
                                <th scope="row">{ axis.label.clone() }</th>
                                <td class="num">{ score_text(c.i18n, x) }</td>
                                <td class="num">{ format!("{}/{}", x.answered, x.total) }</td>
                            </tr>
                        }) }</tbody>
                    </table>
                    { figure(radar(&axes, 5.0, c.text).unwrap_or_default(), alt, "report-radar", "report-radar", Named::captioned(c.t("hc-chart-title"))) }
                </div>
                if !weakest.is_empty() {
                    <p>{ c.i18n.t_args("report-weakest", &[("count", Arg::from(weakest.len())), ("areas", Arg::from(c.i18n.list(&weakest)))]) }</p>
                }
            </div>
        }
    });
    let next = hc.next_steps();
    let next = (answered && !next.is_empty()).then(|| {
        part(
            c.t("hc-next-steps"),
            html! {
                <ol class="report-next">{ for next.iter().map(|n| html! {
                    <li><strong>{ c.t(&format!("next-{}-title", n.key)) }</strong>{ " " }{ c.t(&n.body_id()) }</li>
                }) }</ol>
            },
        )
    });
    Some(Section {
        id: "report-health",
        title: c.t("hc-title"),
        body: html! { <>{ for starting }{ for scored }{ for next }</> },
    })
}
