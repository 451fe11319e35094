//! One card of a board: its text (edited in place: Enter or a double click, Enter saves,
//! Escape cancels), its chips, its ratings (weight on the SWOT, impact and likelihood on the
//! PESTLE: a row of buttons 1–5 each, set in one press — issue 14: behind "Details" a rating
//! took five clicks), "Move to…" (the single-pointer way to move it), its details (notes,
//! confidence) and Delete. It re-renders only when its own props change, so a change to one
//! card of a large board touches that card alone.
//!
//! The ratings are buttons, not a `<select>` that acts on change: in Chromium an arrow key on a
//! closed select changes its value, and a rating must not change while focus only moves
//! (issue 15, WCAG 3.2.2). Each button says whether it is the card's value (`aria-pressed`);
//! pressing the pressed one clears the rating. One click handler per rating reads the value
//! from the button pressed (`data-value`), so a large board carries few closures.

use super::column_name;
use crate::domain::board::{BoardKind, Card, CardSource, Confidence, RatingField};
use crate::domain::{BoardCommand, CardId};
use crate::i18n::{use_i18n, Arg};
use crate::state::PlanHandle;
use crate::ui::focus_element;
use crate::ui::{Choose, TextField};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`CardView`].
#[derive(Properties, PartialEq)]
pub(super) struct CardProps {
    pub kind: BoardKind,
    pub card: Card,
    /// Its index in its column.
    pub index: usize,
    /// Whether it is the last card of its column.
    pub last: bool,
    /// Picked up with the keyboard.
    pub lifted: bool,
    /// A dragged card would land just before this one.
    pub drop_before: bool,
    pub plan: PlanHandle,
    /// Told the id and text of the card when it is deleted.
    pub on_deleted: Callback<(CardId, String)>,
    /// Says a change to the card, in the board's live region.
    pub say: Callback<String>,
    /// Shown to a room: no details (they hold the team's private notes).
    pub room: bool,
}

/// One card. Re-renders only when its own props change.
#[function_component(CardView)]
pub(super) fn card_view(props: &CardProps) -> Html {
    let i18n = use_i18n();
    let open = use_state_eq(|| false);
    let li = use_node_ref();
    let card = &props.card;
    use_focus_while_lifted(&li, props);
    let (kind, id) = (props.kind, card.id.clone());
    let dom_id = format!("card-{id}");

    let plan = props.plan.clone();
    let in_place = use_edit_in_place(props);
    let delete = {
        let (plan, id, text, on_deleted) = (
            plan.clone(),
            id.clone(),
            card.text.clone(),
            props.on_deleted.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            plan.apply(BoardCommand::DeleteCard {
                board: kind,
                id: id.clone(),
            });
            on_deleted.emit((id.clone(), text.clone()));
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let move_menu = move_menu(&i18n, props);

    html! {
        <li class={format!("board-card{}{}", if props.lifted { " card-lifted" } else { "" }, if props.drop_before { " drop-before" } else { "" })} id={dom_id}
            data-card={id.to_string()} tabindex="0" draggable="true" ref={li}
            aria-label={card.text.clone()} onkeydown={in_place.card_keys}>
            if *in_place.editing {
                <label class="visually-hidden" for={format!("edit-{id}")}>{ i18n.t("board-edit-label") }</label>
                <input type="text" class="card-edit" id={format!("edit-{id}")} ref={in_place.input}
                    value={card.text.clone()} onkeydown={in_place.keys} onblur={in_place.blur}
                    maxlength={crate::domain::board::MAX_CARD_CHARS.to_string()} />
            } else {
                <p class="card-text" ondblclick={in_place.start.clone()}>{ card.text.clone() }</p>
            }
            { chips(&i18n, kind, card, props.room) }
            if !props.room {
                <div class="card-ratings">
                    { for ratings(kind).iter().map(|f| rating_buttons(&i18n, props, *f)) }
                </div>
            }
            <div class="card-actions">
                <button type="button" class="button button-small button-quiet" onclick={in_place.start}>{ i18n.t("board-edit") }</button>
                { move_menu }
                if !props.room {
                    <button type="button" class="button button-small button-quiet" onclick={toggle}
                        aria-expanded={(*open).to_string()} aria-controls={format!("details-{id}")}>{ i18n.t("board-details") }</button>
                }
                <button type="button" class="button button-small button-quiet" onclick={delete} data-testid="card-delete"
                    aria-label={i18n.t_args("board-delete-card", &[("card", Arg::from(card.text.clone()))])}>{ i18n.t("board-delete") }</button>
            </div>
            if *open && !props.room {
                <CardDetails {kind} card={card.clone()} plan={plan.clone()} say={props.say.clone()} />
            }
        </li>
    }
}

/// Editing a card's text in place: Enter on the card, a double click or "Edit" opens the
/// field; Enter or leaving it saves (an unchanged or empty text is not a change), Escape
/// cancels; focus goes back to the card either way.
struct InPlace {
    editing: UseStateHandle<bool>,
    input: NodeRef,
    start: Callback<MouseEvent>,
    keys: Callback<KeyboardEvent>,
    blur: Callback<FocusEvent>,
    card_keys: Callback<KeyboardEvent>,
}

#[hook]
fn use_edit_in_place(props: &CardProps) -> InPlace {
    let i18n = use_i18n();
    let editing = use_state_eq(|| false);
    let input = use_node_ref();
    let (kind, plan, card) = (props.kind, &props.plan, &props.card);
    let id = card.id.clone();
    let finish_edit = {
        let (input, editing, plan, id, old, say) = (
            input.clone(),
            editing.clone(),
            plan.clone(),
            id.clone(),
            card.text.clone(),
            props.say.clone(),
        );
        move |save: bool| {
            if !*editing {
                return;
            }
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let text = input.value();
                if save && !text.trim().is_empty() && text.trim() != old {
                    say.emit(i18n.t_args("board-edited", &[("card", Arg::from(text.trim()))]));
                    plan.apply(BoardCommand::EditCard {
                        board: kind,
                        id: id.clone(),
                        text,
                    });
                }
            }
            editing.set(false);
            focus_element(&format!("card-{id}"));
        }
    };
    let start = {
        let editing = editing.clone();
        let target = format!("edit-{id}");
        Callback::from(move |_: MouseEvent| {
            editing.set(true);
            focus_element(&target);
        })
    };
    let keys = {
        let finish = finish_edit.clone();
        Callback::from(move |e: KeyboardEvent| {
            e.stop_propagation();
            match e.key().as_str() {
                "Enter" if !e.is_composing() => {
                    e.prevent_default();
                    finish(true);
                }
                "Escape" => {
                    e.prevent_default();
                    finish(false);
                }
                _ => {}
            }
        })
    };
    let blur = {
        let finish = finish_edit.clone();
        Callback::from(move |_: FocusEvent| finish(true))
    };
    // Enter on the card itself (not lifted) starts editing, as a double click does.
    let card_keys = {
        let (editing, lifted) = (editing.clone(), props.lifted);
        let target = format!("edit-{id}");
        Callback::from(move |e: KeyboardEvent| {
            let on_card = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.has_attribute("data-card"));
            if on_card && e.key() == "Enter" && !lifted {
                e.prevent_default();
                editing.set(true);
                focus_element(&target);
            }
        })
    };
    InPlace {
        editing,
        input,
        start,
        keys,
        blur,
        card_keys,
    }
}

/// A card picked up with the keyboard keeps focus as it moves: moving a node in the DOM (or
/// rendering it in another column) drops focus, so it is given back right after render.
#[hook]
fn use_focus_while_lifted(li: &NodeRef, props: &CardProps) {
    let li = li.clone();
    use_effect_with(
        (props.lifted, props.index, props.card.column),
        move |(lifted, _, _)| {
            if *lifted {
                if let Some(el) = li.cast::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        },
    );
}

/// The chips under a card's text: its confidence, where it came from, notes; and, shown to a
/// room (where the rating buttons are not), its ratings.
fn chips(i18n: &crate::i18n::I18nContext, kind: BoardKind, card: &Card, room: bool) -> Html {
    let confidence = confidence_key(card);
    let shown: &[RatingField] = if room { ratings(kind) } else { &[] };
    html! {
        <p class="card-meta">
            { for shown.iter().filter_map(|f| rating_value(card, *f).map(|v| html! {
                <span class="chip">{ i18n.t_args(&format!("board-{}-value", rating_key(*f)), &[("value", Arg::from(v as usize))]) }</span>
            })) }
            if let Some(c) = confidence { <span class={format!("chip chip-{c}")}>{ i18n.t(&format!("board-confidence-{c}")) }</span> }
            if let Some(CardSource::HealthCheck { prompt }) = &card.source {
                <span class="chip chip-source" title={i18n.t(&format!("hc-{prompt}-q"))}>{ i18n.t("board-from-health") }</span>
            }
            if !card.notes.is_empty() { <span class="chip">{ i18n.t("board-has-notes") }</span> }
        </p>
    }
}

/// One rating of a card as a labelled group of buttons 1–5, the card's value pressed. A press
/// sets it (the pressed one clears it) and says so in the board's live region; focus stays on
/// the button pressed.
fn rating_buttons(i18n: &crate::i18n::I18nContext, props: &CardProps, field: RatingField) -> Html {
    let (kind, card) = (props.kind, &props.card);
    let key = rating_key(field);
    let current = rating_value(card, field);
    let label_id = format!("{key}-{}", card.id);
    let onclick = {
        let (plan, id, say, i18n, text) = (
            props.plan.clone(),
            card.id.clone(),
            props.say.clone(),
            i18n.clone(),
            card.text.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            let Some(pressed) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("button[data-value]").ok().flatten())
                .and_then(|b| b.get_attribute("data-value"))
                .and_then(|v| v.parse::<u8>().ok())
            else {
                return;
            };
            let value = (current != Some(pressed)).then_some(pressed);
            let shown = value.map_or_else(|| i18n.t("board-confidence-none"), |v| v.to_string());
            say.emit(i18n.t_args(
                "board-detail-set",
                &[
                    ("field", Arg::from(i18n.t(&format!("board-{key}")))),
                    ("card", Arg::from(text.clone())),
                    ("value", Arg::from(shown)),
                ],
            ));
            plan.apply(BoardCommand::SetCardRating {
                board: kind,
                id: id.clone(),
                field,
                value,
            });
        })
    };
    html! {
        <div class="card-rating" role="group" aria-labelledby={label_id.clone()} data-rating={key} {onclick}>
            <span class="card-rating-label" id={label_id}>{ i18n.t(&format!("board-{key}")) }</span>
            <span class="card-rating-values">
                { for (1..=5u8).map(|n| html! {
                    <button type="button" class="card-rating-value" data-value={n.to_string()}
                        aria-pressed={(current == Some(n)).to_string()}>{ n }</button>
                }) }
            </span>
        </div>
    }
}

/// "Move to…": up and down in its column, or to another column — the way to move a card
/// with a single pointer (WCAG 2.2 SC 2.5.7).
fn move_menu(i18n: &crate::i18n::I18nContext, props: &CardProps) -> Html {
    let (kind, card) = (props.kind, &props.card);
    let id = card.id.clone();
    let columns = kind.columns();
    let on_move = {
        let (plan, id, index, column) = (props.plan.clone(), id.clone(), props.index, card.column);
        let (say, i18n, text) = (props.say.clone(), i18n.clone(), card.text.clone());
        Callback::from(move |value: String| {
            let to = match value.as_str() {
                "up" => Some((column, index.saturating_sub(1))),
                "down" => Some((column, index + 1)),
                other => columns
                    .iter()
                    .find(|c| c.key() == other)
                    .map(|c| (*c, usize::MAX)),
            };
            if let Some((to, i)) = to {
                say.emit(i18n.t_args(
                    "board-moved",
                    &[
                        ("card", Arg::from(text.clone())),
                        ("column", Arg::from(column_name(&i18n, to))),
                    ],
                ));
                plan.apply(BoardCommand::MoveCard {
                    board: kind,
                    id: id.clone(),
                    column: to,
                    index: i,
                });
                focus_element(&format!("card-{id}"));
            }
        })
    };
    let move_label = i18n.t_args("board-move", &[("card", Arg::from(card.text.clone()))]);
    let move_options: Vec<(String, String)> = [
        (props.index > 0).then(|| ("up".to_owned(), i18n.t("board-move-up"))),
        (!props.last).then(|| ("down".to_owned(), i18n.t("board-move-down"))),
    ]
    .into_iter()
    .flatten()
    .chain(
        columns
            .iter()
            .filter(|c| **c != card.column)
            .map(|c| (c.key().to_owned(), column_name(i18n, *c))),
    )
    .collect();

    html! {
        <Choose id={format!("move-{id}")} class={classes!("card-move")} label={move_label.clone()}
            prompt={i18n.t("board-move-to")} options={move_options} action={i18n.t("choose-move")}
            action_label={move_label} on_act={on_move} />
    }
}

/// Props of [`CardDetails`].
#[derive(Properties, PartialEq)]
struct DetailsProps {
    kind: BoardKind,
    card: Card,
    plan: PlanHandle,
    say: Callback<String>,
}

/// A card's details, shown on request: notes and confidence (assumption or evidence). Its
/// ratings are on the card itself.
#[function_component(CardDetails)]
fn card_details(props: &DetailsProps) -> Html {
    let i18n = use_i18n();
    let (kind, card, plan) = (props.kind, &props.card, &props.plan);
    let id = card.id.clone();
    let confidence = confidence_key(card);
    // Says "Confidence of “card”: Evidence".
    let tell = {
        let (i18n, say, text) = (i18n.clone(), props.say.clone(), card.text.clone());
        move |value_key: &str| {
            say.emit(i18n.t_args(
                "board-detail-set",
                &[
                    ("field", Arg::from(i18n.t("board-confidence"))),
                    ("card", Arg::from(text.clone())),
                    ("value", Arg::from(i18n.t(value_key))),
                ],
            ));
        }
    };
    html! {
        <div class="card-details" id={format!("details-{id}")}>
            <TextField id={format!("notes-{id}")} label={i18n.t("board-notes")} multiline={true} rows={2}
                value={card.notes.clone()} maxlength={crate::domain::board::MAX_NOTE_CHARS}
                on_commit={{ let (plan, id) = (plan.clone(), id.clone()); Callback::from(move |notes: String| plan.apply(BoardCommand::SetCardNotes { board: kind, id: id.clone(), notes })) }} />
            <div class="card-detail-row">
                { detail_select(&format!("conf-{id}"), &i18n.t("board-confidence"),
                    &[("", i18n.t("board-confidence-none")), ("assumption", i18n.t("board-confidence-assumption")), ("evidence", i18n.t("board-confidence-evidence"))],
                    confidence.unwrap_or(""),
                    { let (plan, id, tell) = (plan.clone(), id.clone(), tell.clone()); Callback::from(move |v: String| {
                        let confidence = match v.as_str() { "assumption" => Some(Confidence::Assumption), "evidence" => Some(Confidence::Evidence), _ => None };
                        tell(&format!("board-confidence-{}", if v.is_empty() { "none" } else { v.as_str() }));
                        plan.apply(BoardCommand::SetCardConfidence { board: kind, id: id.clone(), confidence });
                    }) }) }
            </div>
        </div>
    }
}

/// The ratings a card of `kind` has.
fn ratings(kind: BoardKind) -> &'static [RatingField] {
    match kind {
        BoardKind::Swot => &[RatingField::Weight],
        BoardKind::Pestle => &[RatingField::Impact, RatingField::Likelihood],
    }
}

fn rating_key(f: RatingField) -> &'static str {
    match f {
        RatingField::Weight => "weight",
        RatingField::Impact => "impact",
        RatingField::Likelihood => "likelihood",
    }
}

fn rating_value(card: &Card, f: RatingField) -> Option<u8> {
    match f {
        RatingField::Weight => card.weight,
        RatingField::Impact => card.impact,
        RatingField::Likelihood => card.likelihood,
    }
}

fn confidence_key(card: &Card) -> Option<&'static str> {
    card.confidence.map(|c| match c {
        Confidence::Assumption => "assumption",
        Confidence::Evidence => "evidence",
    })
}

/// A labelled select inside a card's details.
fn detail_select(
    id: &str,
    label: &str,
    options: &[(&str, String)],
    value: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        {
            on_change.emit(select.value());
        }
    });
    html! {
        <div class="field field-select compact">
            <label class="field-label" for={id.to_owned()}>{ label.to_owned() }</label>
            <select id={id.to_owned()} {onchange}>
                { for options.iter().map(|(v, text)| html! {
                    <option value={(*v).to_owned()} selected={*v == value}>{ text.clone() }</option>
                }) }
            </select>
        </div>
    }
}
