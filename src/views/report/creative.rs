//! The creative idea and marketing mix chapter.

use super::*;

pub(super) fn creative(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let cr = &c.plan.creative;
    let options = link_options(c.i18n, c.plan);
    let links: Vec<String> = cr
        .links
        .iter()
        .filter_map(|l| options.iter().find(|(x, _)| x == l).map(|(_, t)| t.clone()))
        .collect();
    let idea = facts(
        CreativeField::ALL
            .iter()
            .map(|f| {
                (
                    c.t(&format!("creative-{}", f.key())),
                    cr.text(*f).to_owned(),
                )
            })
            .chain(std::iter::once((c.t("links-title"), links.join("\n"))))
            .collect(),
    )
    .map(|body| part(c.t("creative-title"), body));
    if idea.is_none() {
        missing.push((Route::Creative, "nav-creative"));
    }
    let ps: Vec<Html> = P::ALL
        .iter()
        .filter_map(|p| {
            let entry = c.plan.mix.get(*p);
            facts(vec![
                (c.t("mix-notes"), entry.notes.clone()),
                (c.t("mix-decisions"), entry.decisions.clone()),
            ])
            .map(|body| {
                html! {
                    <div class="report-p report-keep">
                        <h4>{ c.t(&format!("mix-{}", p.key())) }</h4>
                        { body }
                    </div>
                }
            })
        })
        .collect();
    let mix = (!ps.is_empty()).then(|| {
        part(
            c.t("mix-title"),
            html! { <div class="report-mix">{ for ps }</div> },
        )
    });
    if mix.is_none() {
        missing.push((Route::Mix, "nav-mix"));
    }
    if idea.is_none() && mix.is_none() {
        return None;
    }
    Some(Section {
        id: "report-creative",
        title: c.t("report-creative"),
        body: html! { <>{ for idea }{ for mix }</> },
    })
}
