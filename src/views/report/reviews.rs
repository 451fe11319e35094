//! The review log chapter.

use super::*;

pub(super) fn reviews(c: &Ctx, missing: &mut Missing) -> Option<Section> {
    let reviews = &c.plan.reviews;
    if reviews.is_empty() {
        missing.push((Route::Monitor, "reviews-title"));
        return None;
    }
    Some(Section {
        id: "report-reviews",
        title: c.t("reviews-title"),
        body: html! {
            <ol class="report-reviews">{ for reviews.iter().map(|r| {
                let scope = if r.scope == Scope::Systemic { "scope-systemic" } else { "scope-tactical" };
                html! {
                    <li class="report-review report-keep" data-testid="report-review">
                        <p class="report-review-head">
                            <strong>{ show_date(c.i18n, r.date) }</strong>
                            <span class="muted">
                                { " · " }{ c.t("reviews-source") }{ c.i18n.colon() }{ c.t(&format!("source-{}", r.source.key())) }
                                { " · " }{ c.t(scope) }
                            </span>
                        </p>
                        { for facts(vec![
                            (c.t("reviews-learned"), r.learned.clone()),
                            (c.t("reviews-change"), r.change.clone()),
                        ]) }
                    </li>
                }
            }) }</ol>
        },
    })
}
