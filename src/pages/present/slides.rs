//! What each slide shows: a kicker, a title and a body, read-only and in large type.
//!
//! Why it is built this way:
//! - Slides reuse the report's renderers (`report::Ctx`, facts, SMART check, KPIs, status and
//!   progress chart, budget, personas, tactics) so a slide never disagrees with the report or
//!   the page it comes from; the presentation style sheet only makes them bigger.
//! - What a room can talk about is a card: board cards, strategies, personas, journey stages,
//!   tactics and the four Ps are [`FocusCard`]s, which the facilitator can zoom to fill the
//!   screen.
//! - Private notes stay private: a slide never shows a card's "notes or evidence", the
//!   health check's answers and evidence notes, the resources gap analysis, the mix's working
//!   notes or the review log. Those are the team's working material; a slide shows scores,
//!   decisions and what the plan commits to.

use super::deck::Slide;
use super::focus::FocusCard;
use crate::charts::radar::radar;
use crate::domain::board::{Board, BoardKind, Strategy, TowsKind};
use crate::domain::core::date::Date;
use crate::domain::creative::{CreativeField, P};
use crate::domain::journey::Lane;
use crate::i18n::context_name;
use crate::i18n::show_date;
use crate::i18n::Arg;
use crate::i18n::{channel_name, stage_name};
use crate::views::board::source_view;
use crate::views::health::{radar_axes, score_text};
use crate::views::report::{
    amount, blank, budget_by_channel, budget_by_ownership, budget_table, facts, figure, monitoring,
    persona, smart_brief, tactic, Ctx, Named,
};
use yew::prelude::*;

/// A slide ready to show.
pub struct Shown {
    /// A line above the title: the part of the method the slide belongs to.
    pub kicker: String,
    /// The slide's title.
    pub title: String,
    /// What it shows.
    pub body: Html,
}

/// The kicker, title and body of `slide`.
pub fn show(c: &Ctx, slide: &Slide) -> Shown {
    let diagnose = || c.t("nav-diagnose");
    let customers = || c.t("nav-customers");
    let planning = || c.t("nav-planning");
    let (kicker, title, body) = match slide {
        Slide::Overview => (c.t("report-kicker"), c.plan.meta.name.clone(), cover(c)),
        Slide::Health => (diagnose(), c.t("hc-title"), health(c)),
        Slide::Swot => (diagnose(), c.t("swot-title"), board(c, BoardKind::Swot)),
        Slide::Pestle => (diagnose(), c.t("pestle-title"), board(c, BoardKind::Pestle)),
        Slide::Tows => (diagnose(), c.t("tows-title"), tows(c)),
        Slide::Personas => (customers(), c.t("personas-title"), personas(c)),
        Slide::Journey(id) => {
            let name = c
                .plan
                .journey
                .personas
                .iter()
                .find(|p| p.id == *id)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            (
                customers(),
                c.i18n
                    .t_args("report-journey-of", &[("persona", Arg::from(name))]),
                journey(c, slide),
            )
        }
        Slide::Objective(id) => {
            let all = &c.plan.objectives.objectives;
            let n = all.iter().position(|o| o.id == *id).unwrap_or(0);
            let title = all
                .get(n)
                .map(|o| o.statement.clone())
                .filter(|s| !blank(s))
                .unwrap_or_else(|| c.t("objective-statement"));
            let kicker = c.i18n.t_args(
                "present-objective-of",
                &[("n", Arg::from(n + 1)), ("count", Arg::from(all.len()))],
            );
            (kicker, title, objective(c, n))
        }
        Slide::Creative => (planning(), c.t("creative-title"), creative(c)),
        Slide::Mix => (planning(), c.t("mix-title"), mix(c)),
        Slide::Tactics => (planning(), c.t("engagement-tactics"), tactics(c)),
        Slide::Budget => (
            planning(),
            c.t("budget-title"),
            html! { <>
                { budget_table(c) }
                { budget_by_channel(c) }
            </> },
        ),
        Slide::Ownership => (
            planning(),
            c.t("budget-by-ownership"),
            budget_by_ownership(c),
        ),
    };
    Shown {
        kicker,
        title,
        body,
    }
}

/// The cover: what the plan is about, where the business is and where it is going.
fn cover(c: &Ctx) -> Html {
    let meta = &c.plan.meta;
    let s = &c.plan.health.start;
    html! {
        <div class="present-cover">
            if !blank(&meta.description) {
                <p class="present-lead report-text">{ meta.description.clone() }</p>
            }
            { for facts(vec![
                (c.t("hc-start-now"), s.now.clone()),
                (c.t("hc-start-goal"), s.goal.clone()),
                (c.t("hc-start-future"), s.future_state.clone()),
            ]) }
        </div>
    }
}

/// A score per context beside the radar chart, and the weakest areas.
fn health(c: &Ctx) -> Html {
    let hc = &c.plan.health;
    let scores = hc.scores();
    let weakest = hc.weakest();
    let (axes, alt) = radar_axes(c.i18n, &scores);
    let weakest_names: Vec<String> = weakest.iter().map(|w| context_name(c.i18n, *w)).collect();
    html! {
        <div class="present-split">
            <div>
                <ul class="present-scores">{ for scores.iter().zip(&axes).map(|(x, axis)| html! {
                    <li class={classes!("present-score", weakest.contains(&x.context).then_some("present-score-weak"))}>
                        <span class="present-score-name">{ axis.label.clone() }</span>
                        <span class="present-score-value">{ score_text(c.i18n, x) }</span>
                        <span class="present-score-meta">{ c.t("hc-col-answered") }{ c.i18n.colon() }{ format!("{}/{}", x.answered, x.total) }</span>
                    </li>
                }) }</ul>
                if !weakest_names.is_empty() {
                    <p class="present-note">{ c.i18n.t_args("report-weakest", &[
                        ("count", Arg::from(weakest_names.len())),
                        ("areas", Arg::from(c.i18n.list(&weakest_names))),
                    ]) }</p>
                }
            </div>
            { figure(radar(&axes, 5.0, c.text).unwrap_or_default(), alt, "present-radar", "present-radar", Named::titled(c.t("hc-chart-title"))) }
        </div>
    }
}

/// A board's columns with their cards; a rated PESTLE card shows its impact and likelihood.
fn board(c: &Ctx, kind: BoardKind) -> Html {
    let board: &Board = match kind {
        BoardKind::Swot => &c.plan.swot,
        BoardKind::Pestle => &c.plan.pestle,
    };
    html! {
        <div class={format!("present-board present-board-{}", kind.key())}>
            { for kind.columns().iter().map(|column| {
                let name = c.t(&format!("col-{}", column.key()));
                let cards: Vec<_> = board.column(*column).collect();
                html! {
                    <section class={format!("present-column col-{}", column.key())} aria-label={name.clone()}>
                        <h2>{ name.clone() }</h2>
                        if cards.is_empty() {
                            <p class="muted">{ c.t("report-none") }</p>
                        } else {
                            <ul class="present-cards">{ for cards.into_iter().map(|card| {
                                html! {
                                    <FocusCard label={card.text.clone()} kicker={name.clone()}
                                        class={format!("present-board-card col-{}", column.key())}>
                                        <p class="report-text">{ card.text.clone() }</p>
                                        if let (Some(impact), Some(likelihood)) = (card.impact, card.likelihood) {
                                            <p class="present-chips">
                                                <span class="chip">{ c.i18n.t_args("board-impact-value", &[("value", Arg::from(usize::from(impact)))]) }</span>
                                                <span class="chip">{ c.i18n.t_args("board-likelihood-value", &[("value", Arg::from(usize::from(likelihood)))]) }</span>
                                            </p>
                                        }
                                    </FocusCard>
                                }
                            }) }</ul>
                        }
                    </section>
                }
            }) }
        </div>
    }
}

/// The strategies by kind (SO, ST, WO, WT), with the cards each one pairs.
fn tows(c: &Ctx) -> Html {
    let swot = &c.plan.swot;
    let group = |title: String, items: Vec<&Strategy>| {
        html! {
            <section class="present-tows-kind" aria-label={title.clone()}>
                <h2>{ title.clone() }</h2>
                <ul class="present-cards">{ for items.into_iter().map(|s| html! {
                    <FocusCard label={if blank(&s.text) { title.clone() } else { s.text.clone() }} kicker={title.clone()}>
                        if !blank(&s.text) { <p class="report-text">{ s.text.clone() }</p> }
                        <p class="strategy-sources">{ source_view(c.i18n, &s.internal, swot) }{ source_view(c.i18n, &s.external, swot) }</p>
                    </FocusCard>
                }) }</ul>
            </section>
        }
    };
    let kinds = TowsKind::ALL.iter().filter_map(|kind| {
        let items: Vec<&Strategy> = c
            .plan
            .tows
            .iter()
            .filter(|s| s.kind(swot) == Some(*kind))
            .collect();
        (!items.is_empty()).then(|| group(c.t(&format!("tows-{}", kind.key())), items))
    });
    let broken: Vec<&Strategy> = c
        .plan
        .tows
        .iter()
        .filter(|s| s.kind(swot).is_none())
        .collect();
    let broken = (!broken.is_empty()).then(|| group(c.t("tows-broken"), broken));
    html! { <div class="present-tows">{ for kinds }{ for broken }</div> }
}

fn personas(c: &Ctx) -> Html {
    html! {
        <ul class="present-cards present-personas">
            { for c.plan.journey.personas.iter().map(|p| html! {
                <FocusCard label={p.name.clone()}>{ persona(c, p) }</FocusCard>
            }) }
        </ul>
    }
}

/// One persona's journey, a card per stage: their goal, our message, and where they meet us.
fn journey(c: &Ctx, slide: &Slide) -> Html {
    let Slide::Journey(id) = slide else {
        return Html::default();
    };
    let map = &c.plan.journey;
    let j = map.journey(id);
    html! {
        <ol class="present-cards present-journey">
            { for map.stages.iter().enumerate().map(|(i, s)| {
                let at = j.cell(&s.id);
                let name = stage_name(c.i18n, s);
                let lanes: Vec<(String, String)> = [Lane::Goal, Lane::Message]
                    .into_iter()
                    .filter(|lane| !blank(at.lane(*lane)))
                    .map(|lane| (c.t(&format!("lane-{}", lane.key())), at.lane(lane).to_owned()))
                    .collect();
                let tps: Vec<_> = j.at(&s.id).collect();
                html! {
                    <FocusCard label={name.clone()} class="present-step">
                        <h2><span class="present-step-n">{ i + 1 }</span>{ name }</h2>
                        { for lanes.into_iter().map(|(label, text)| html! {
                            <p class="present-lane"><span class="present-lane-label">{ label }</span><span class="report-text">{ text }</span></p>
                        }) }
                        if !tps.is_empty() {
                            <p class="present-lane-label">{ c.t("lane-where") }</p>
                            <ul class="present-tps">{ for tps.into_iter().map(|tp| {
                                let channel = channel_name(c.i18n, tp.channel, &tp.custom);
                                let note = (!blank(&tp.note) && tp.note.trim() != channel.trim()).then(|| tp.note.clone());
                                let own = tp.ownership.key();
                                // In words, not letters: a room reads "Paid · Discoverer".
                                html! {
                                    <li class={format!("present-tp tp-{own}")}>
                                        <strong>{ channel }</strong>
                                        if let Some(note) = note { { " · " }<span class="report-text">{ note }</span> }
                                        <span class="present-tp-kind">
                                            <span class="present-tp-own">{ c.t(&format!("ownership-{own}")) }</span>
                                            <span>{ c.t(&format!("role-{}", tp.role.key())) }</span>
                                        </span>
                                    </li>
                                }
                            }) }</ul>
                        }
                    </FocusCard>
                }
            }) }
        </ol>
    }
}

/// The `n`th objective: what it says and its KPIs, its SMART check, its status and progress.
fn objective(c: &Ctx, n: usize) -> Html {
    let section = &c.plan.objectives;
    let Some(o) = section.objectives.get(n) else {
        return Html::default();
    };
    let kpis: Vec<_> = section.kpis_of(&o.id).collect();
    // Where the objective starts and ends, each on one line: "10,000 → 12,000 searches".
    let span = |from: String, to: String| match (blank(&from), blank(&to)) {
        (true, true) => String::new(),
        (false, true) => from,
        (true, false) => format!("→ {to}"),
        (false, false) => format!("{from} → {to}"),
    };
    let day = |d: Option<Date>| d.map(|d| show_date(c.i18n, d)).unwrap_or_default();
    let facts = facts(vec![
        (c.t("objective-metric"), o.metric.clone()),
        (
            format!(
                "{} → {}",
                c.t("objective-baseline"),
                c.t("objective-target")
            ),
            span(amount(c, o, o.baseline), amount(c, o, o.target)),
        ),
        (
            format!("{} → {}", c.t("objective-start"), c.t("objective-deadline")),
            span(day(o.start), day(o.deadline)),
        ),
        (c.t("objective-audience"), o.audience.clone()),
        (c.t("objective-measured"), o.measured.clone()),
        (
            c.t("objective-monitored"),
            o.monitored
                .map(|f| c.t(&format!("frequency-{}", f.key())))
                .unwrap_or_default(),
        ),
        (c.t("objective-manager"), o.manager.clone()),
    ]);
    html! {
        <div class="present-objective">
            <div class="present-objective-main">
                { for facts }
                if !kpis.is_empty() {
                    <h2>{ c.t("kpi-title") }</h2>
                    <ul class="present-kpis">{ for kpis.iter().map(|k| {
                        let mut about = vec![c.t(&format!("kpi-level-{}", k.level.key()))];
                        about.extend(k.channel.map(|ch| channel_name(c.i18n, ch, "")));
                        about.extend(k.target.map(|x| format!("{} {}", c.num(x), k.unit.trim()).trim_end().to_owned()));
                        html! {
                            <li><strong class="report-text">{ k.name.clone() }</strong>
                                <span class="present-meta">{ " · " }{ about.join(" · ") }</span></li>
                        }
                    }) }</ul>
                }
            </div>
            <div class="present-objective-side">
                { smart_brief(c, o) }
                { monitoring(c, o) }
            </div>
        </div>
    }
}

/// The creative idea, its tagline set large.
fn creative(c: &Ctx) -> Html {
    let cr = &c.plan.creative;
    let tagline = cr.text(CreativeField::Tagline);
    let rest = facts(
        CreativeField::ALL
            .iter()
            .filter(|f| **f != CreativeField::Tagline)
            .map(|f| {
                (
                    c.t(&format!("creative-{}", f.key())),
                    cr.text(*f).to_owned(),
                )
            })
            .collect(),
    );
    html! {
        <div class="present-creative">
            if !blank(tagline) {
                <blockquote class="present-quote report-text" aria-label={c.t("creative-tagline")}>{ tagline.to_owned() }</blockquote>
            }
            { for rest }
        </div>
    }
}

/// The decisions taken on each P (the working notes stay with the team).
fn mix(c: &Ctx) -> Html {
    html! {
        <ul class="present-cards present-mix">
            { for P::ALL.iter().filter(|p| !blank(&c.plan.mix.get(**p).decisions)).map(|p| {
                let name = c.t(&format!("mix-{}", p.key()));
                html! {
                    <FocusCard label={name.clone()} kicker={c.t("mix-decisions")}>
                        <h2>{ name }</h2>
                        <p class="report-text">{ c.plan.mix.get(*p).decisions.clone() }</p>
                    </FocusCard>
                }
            }) }
        </ul>
    }
}

/// The audience, and a card per tactic with what it does; the zoomed card says everything.
fn tactics(c: &Ctx) -> Html {
    let e = &c.plan.engagement;
    let audience = facts(vec![
        (c.t("engagement-audience"), e.audience.clone()),
        (c.t("engagement-justification"), e.justification.clone()),
    ]);
    html! {
        <div class="present-tactics">
            { for audience }
            <ul class="present-cards">{ for e.tactics.iter().map(|t| {
                let name = channel_name(c.i18n, t.channel, &t.custom);
                html! {
                    <FocusCard label={name.clone()} detail={tactic(c, t)}>
                        <h2>{ name }</h2>
                        <p class="present-meta">
                            { c.t(&format!("ownership-{}", t.ownership.key())) }{ " · " }{ c.t(&format!("role-{}", t.role.key())) }
                        </p>
                        if !blank(&t.plan) { <p class="report-text">{ t.plan.clone() }</p> }
                    </FocusCard>
                }
            }) }</ul>
        </div>
    }
}
