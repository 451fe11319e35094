//! Links from the creative idea and objectives to what they answer (a SWOT card, a persona, an
//! objective): the choices, and the editor the objectives and creative pages share.

use crate::domain::health::PROMPTS;
use crate::domain::objectives::Link;
use crate::domain::Plan;
use crate::i18n::{Arg, I18nContext};
use crate::ui::Choose;
use std::rc::Rc;
use yew::prelude::*;

/// A finding that can be linked, with its label ("Strength: Loyal customers").
pub type LinkOption = (Link, String);

/// Every finding of `plan` that an objective or the creative idea can link to: SWOT cards,
/// TOWS strategies, and answered health-check prompts.
pub fn link_options(i18n: &I18nContext, plan: &Plan) -> Vec<LinkOption> {
    let mut out: Vec<LinkOption> = plan
        .swot
        .cards
        .iter()
        .map(|c| {
            (
                Link::Card(c.id.clone()),
                i18n.labelled(&i18n.t(&format!("col-{}", c.column.key())), &c.text),
            )
        })
        .collect();
    out.extend(plan.tows.iter().filter(|s| !s.text.is_empty()).map(|s| {
        (
            Link::Strategy(s.id.clone()),
            i18n.labelled(&i18n.t("nav-tows"), &s.text),
        )
    }));
    out.extend(
        PROMPTS
            .iter()
            .filter(|p| !plan.health.answer(p.key).text.trim().is_empty())
            .map(|p| {
                (
                    Link::Prompt(p.key.to_owned()),
                    format!(
                        "{}: {}",
                        i18n.t("nav-health"),
                        i18n.t(&format!("hc-{}-q", p.key))
                    ),
                )
            }),
    );
    out
}

/// The findings linked (as chips with an unlink button) and a menu to link another.
pub fn links_editor(
    i18n: &I18nContext,
    id: &str,
    links: &[Link],
    options: &[LinkOption],
    on_change: Callback<(Link, bool)>,
) -> Html {
    let label = |l: &Link| {
        options
            .iter()
            .find(|(o, _)| o == l)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let unlinked: Vec<(String, String)> = options
        .iter()
        .filter(|(l, _)| !links.contains(l))
        .map(|(l, t)| (link_key(l), t.clone()))
        .collect();
    let by_key: Rc<Vec<Link>> = Rc::new(options.iter().map(|(l, _)| l.clone()).collect());
    let add = {
        let on_change = on_change.clone();
        Callback::from(move |key: String| {
            if let Some(link) = by_key.iter().find(|l| link_key(l) == key) {
                on_change.emit((link.clone(), true));
            }
        })
    };
    html! {
        <div class="links">
            <p class="field-label">{ i18n.t("links-title") }</p>
            if links.is_empty() { <p class="muted">{ i18n.t("links-none") }</p> }
            <ul class="link-list">
                { for links.iter().map(|l| {
                    let text = label(l);
                    let remove = { let (l, on_change) = (l.clone(), on_change.clone()); Callback::from(move |_: MouseEvent| on_change.emit((l.clone(), false))) };
                    html! { <li class="chip chip-link">{ text.clone() }
                        <button type="button" class="chip-remove" onclick={remove}
                            aria-label={i18n.t_args("links-remove", &[("link", Arg::from(text))])}>{ "✕" }</button></li> }
                }) }
            </ul>
            if !unlinked.is_empty() {
                <div class="field field-select">
                    <Choose id={format!("{id}-link")} label={i18n.t("links-add-label")} label_visible={true}
                        prompt={i18n.t("links-add")} options={unlinked} action={i18n.t("choose-add")} on_act={add} />
                </div>
            }
        </div>
    }
}

fn link_key(link: &Link) -> String {
    match link {
        Link::Card(id) => id.to_string(),
        Link::Strategy(id) => id.to_string(),
        Link::Prompt(key) => format!("q-{key}"),
    }
}
