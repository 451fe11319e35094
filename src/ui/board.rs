//! A board of cards in columns: the SWOT's four quadrants and the PESTLE's six columns are
//! both this one widget.
//!
//! Longer than 500 lines because a card, adding, the keyboard and drag-and-drop of the boards are
//! together; they split into ui/board/ (issue 13).
//!
//! Every card can be added (type and press Enter; the field stays ready for the next), edited
//! in place, given notes, a confidence and ratings, deleted (undoable), reordered and moved to
//! another column, three ways:
//! - drag and drop with a mouse;
//! - the keyboard: focus a card, Space picks it up, the arrow keys move it (up and down in
//!   its column, left and right to the neighbouring column), Space or Enter drops it and
//!   Escape puts it back; each step is announced in a live region;
//! - a single pointer (WCAG 2.2 SC 2.5.7): the card's "Move to…" menu.
//!
//! Keyboard and drag handling is delegated to the board (one listener, reading the card id
//! from `data-card`), so a board of hundreds of cards carries no per-card closures for it.
//! Sizes come from custom properties (`--board-*`), so presentation mode can enlarge them.

use crate::domain::board::{
    step_target, Board, BoardKind, Card, CardSource, Column, Confidence, RatingField, Step,
};
use crate::domain::BoardCommand;
use crate::domain::CardId;
use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::state::new_card_id;
use crate::state::{use_plan, PlanHandle};
use crate::ui::{Choose, TextField};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`BoardView`].
#[derive(Properties, PartialEq)]
pub struct BoardProps {
    /// Which board.
    pub kind: BoardKind,
    /// Its cards.
    pub board: Rc<Board>,
}

/// A card picked up with the keyboard: where it was, to put it back on Escape.
#[derive(Clone, Debug, PartialEq)]
struct Lifted {
    id: CardId,
    from: (Column, usize),
}

/// Where a card is: its column, its index there, and how many cards that column has.
fn place(board: &Board, id: &CardId) -> Option<(Column, usize, usize)> {
    let card = board.card(id)?;
    let column: Vec<&Card> = board.column(card.column).collect();
    let index = column.iter().position(|c| c.id == *id)?;
    Some((card.column, index, column.len()))
}

fn card_id_of(target: Option<web_sys::EventTarget>) -> Option<CardId> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    CardId::parse(&element.get_attribute("data-card")?)
}

/// Where in the list under the pointer a dragged card would go: before the first card whose
/// middle is below the pointer.
fn index_at(e: &DragEvent) -> usize {
    e.current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|list| {
            let cards = list.children();
            (0..cards.length())
                .filter_map(|i| cards.item(i))
                .filter(|c| c.has_attribute("data-card"))
                .take_while(|c| {
                    let r = c.get_bounding_client_rect();
                    f64::from(e.client_y()) > r.top() + r.height() / 2.0
                })
                .count()
        })
        .unwrap_or(0)
}

fn column_name(i18n: &I18nContext, column: Column) -> String {
    i18n.t(&format!("col-{}", column.key()))
}

/// "Strengths, position 2 of 3".
fn where_text(i18n: &I18nContext, column: Column, index: usize, len: usize) -> String {
    i18n.t_args(
        "board-position",
        &[
            ("column", Arg::from(column_name(i18n, column))),
            ("position", Arg::from(index + 1)),
            ("count", Arg::from(len)),
        ],
    )
}

/// See the module documentation.
#[function_component(BoardView)]
pub fn board_view(props: &BoardProps) -> Html {
    let plan = use_plan();
    let i18n = use_i18n();
    let announce = use_state_eq(String::new);
    let lifted = use_state_eq(|| None::<Lifted>);
    let dragging = use_mut_ref(|| None::<CardId>);
    let drop_at = use_state_eq(|| None::<(Column, usize)>);
    // The text of the card deleted last and how many cards were left: the "Undo" note shows
    // while the board still has that many (any other change to the count hides it).
    let deleted = use_state_eq(|| None::<(String, usize)>);
    let kind = props.kind;
    let columns = kind.columns();

    let move_card = {
        let (plan, board, i18n, announce) = (
            plan.clone(),
            props.board.clone(),
            i18n.clone(),
            announce.clone(),
        );
        move |id: &CardId, column: Column, index: usize| {
            plan.apply(BoardCommand::MoveCard {
                board: kind,
                id: id.clone(),
                column,
                index,
            });
            let len = board.column(column).filter(|c| c.id != *id).count() + 1;
            let index = index.min(len - 1);
            announce.set(where_text(&i18n, column, index, len));
            let target = format!("card-{id}");
            // The card may have moved to another list: focus it where it is now.
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&target))
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            })
            .forget();
        }
    };

    // Keyboard moves, delegated: Space lifts and drops, arrows move, Escape cancels.
    let onkeydown = {
        let (board, lifted, announce, i18n, move_card) = (
            props.board.clone(),
            lifted.clone(),
            announce.clone(),
            i18n.clone(),
            move_card.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let Some(id) = card_id_of(e.target()) else {
                return;
            };
            let Some((column, index, len)) = place(&board, &id) else {
                return;
            };
            let text = board.card(&id).map(|c| c.text.clone()).unwrap_or_default();
            let is_lifted = lifted.as_ref().is_some_and(|l| l.id == id);
            match e.key().as_str() {
                " " | "Enter" if is_lifted => {
                    e.prevent_default();
                    lifted.set(None);
                    announce.set(i18n.t_args(
                        "board-dropped",
                        &[
                            ("card", Arg::from(text)),
                            ("place", Arg::from(where_text(&i18n, column, index, len))),
                        ],
                    ));
                }
                " " => {
                    e.prevent_default();
                    lifted.set(Some(Lifted {
                        id,
                        from: (column, index),
                    }));
                    announce.set(i18n.t_args(
                        "board-lifted",
                        &[
                            ("card", Arg::from(text)),
                            ("place", Arg::from(where_text(&i18n, column, index, len))),
                        ],
                    ));
                }
                "Escape" if is_lifted => {
                    e.prevent_default();
                    if let Some(l) = (*lifted).clone() {
                        move_card(&id, l.from.0, l.from.1);
                    }
                    lifted.set(None);
                    announce.set(i18n.t_args("board-cancelled", &[("card", Arg::from(text))]));
                }
                "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" if is_lifted => {
                    e.prevent_default();
                    let step = match e.key().as_str() {
                        "ArrowUp" => Step::Up,
                        "ArrowDown" => Step::Down,
                        "ArrowLeft" => Step::Left,
                        _ => Step::Right,
                    };
                    if let Some((to, i)) = step_target(columns, column, index, len, step) {
                        move_card(&id, to, i);
                    }
                }
                _ => {}
            }
        })
    };

    // Drag and drop with a mouse.
    let ondragstart = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(id) = card_id_of(e.target()) {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data("text/plain", id.as_str());
                    dt.set_effect_allowed("move");
                }
                *dragging.borrow_mut() = Some(id);
            }
        })
    };
    let ondragend = {
        let (dragging, drop_at) = (dragging.clone(), drop_at.clone());
        Callback::from(move |_: DragEvent| {
            *dragging.borrow_mut() = None;
            drop_at.set(None);
        })
    };
    let drop_target = |column: Column| {
        let (dragging_over, drop_at_over) = (dragging.clone(), drop_at.clone());
        let over = Callback::from(move |e: DragEvent| {
            if dragging_over.borrow().is_none() {
                return;
            }
            e.prevent_default();
            drop_at_over.set(Some((column, index_at(&e))));
        });
        let drop = {
            let (dragging, drop_at, move_card) =
                (dragging.clone(), drop_at.clone(), move_card.clone());
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                // The position is read from the drop itself: the indicator's state may not
                // have been rendered yet.
                if let Some(id) = dragging.borrow_mut().take() {
                    move_card(&id, column, index_at(&e));
                }
                drop_at.set(None);
            })
        };
        (over, drop)
    };

    // Stable across renders (cards compare their props to skip re-rendering): it reads the
    // board's size through a cell kept up to date below.
    let size = use_mut_ref(|| 0usize);
    *size.borrow_mut() = props.board.cards.len();
    let on_deleted = {
        let (deleted, announce, i18n, size) = (
            deleted.clone(),
            announce.clone(),
            i18n.clone(),
            size.clone(),
        );
        use_callback(i18n.locale(), move |text: String, _| {
            announce.set(i18n.t_args("board-deleted", &[("card", Arg::from(text.clone()))]));
            let left = size.borrow().saturating_sub(1);
            deleted.set(Some((text, left)));
        })
    };
    let undo = {
        let (plan, deleted) = (plan.clone(), deleted.clone());
        Callback::from(move |_: MouseEvent| {
            plan.undo();
            deleted.set(None);
        })
    };

    html! {
        <div class={format!("board board-{}", kind.key())} {onkeydown} {ondragstart} {ondragend}>
            <p class="board-help" id={format!("{}-help", kind.key())}>{ i18n.t("board-keyboard-help") }</p>
            <div class="visually-hidden" aria-live="polite" data-testid="board-announce">{ (*announce).clone() }</div>
            if let Some(text) = deleted.as_ref().filter(|(_, left)| *left == props.board.cards.len()).map(|(t, _)| t.clone()) {
                <div class="board-toast" role="status">
                    <span>{ i18n.t_args("board-deleted", &[("card", Arg::from(text))]) }</span>
                    <button type="button" class="button button-small" onclick={undo}>{ i18n.t("undo") }</button>
                </div>
            }
            <div class="board-columns">
                { for columns.iter().map(|column| {
                    let cards: Vec<&Card> = props.board.column(*column).collect();
                    let (ondragover, ondrop) = drop_target(*column);
                    let key = column.key();
                    let indicator = drop_at.filter(|(c, _)| c == column).map(|(_, i)| i);
                    html! {
                        <section class={format!("board-column col-{key}")} aria-labelledby={format!("col-{key}-title")}
                            data-testid={format!("column-{key}")}>
                            <header class="column-head">
                                <h2 id={format!("col-{key}-title")}>{ column_name(&i18n, *column) }</h2>
                                <span class="column-count" aria-label={i18n.t_args("board-count", &[("count", Arg::from(cards.len()))])}>
                                    { cards.len() }
                                </span>
                            </header>
                            <p class="column-hint">{ i18n.t(&format!("col-{key}-hint")) }</p>
                            // Cards are the list's only (keyed) children, so adding, moving or
                            // deleting one touches that card alone; the drop indicator is a class.
                            <ol class={if indicator.is_some_and(|i| i >= cards.len()) { "card-list drop-at-end" } else { "card-list" }}
                                {ondragover} {ondrop}>
                                { for cards.iter().enumerate().map(|(i, card)| html! {
                                    <CardView key={card.id.as_str()} {kind} card={(*card).clone()}
                                        index={i} last={i + 1 == cards.len()} drop_before={indicator == Some(i)}
                                        lifted={lifted.as_ref().is_some_and(|l| l.id == card.id)}
                                        plan={plan.clone()} on_deleted={on_deleted.clone()} />
                                }) }
                            </ol>
                            <AddCard {kind} column={*column} plan={plan.clone()} />
                        </section>
                    }
                }) }
            </div>
        </div>
    }
}

/// Props of [`AddCard`].
#[derive(Properties, PartialEq)]
struct AddCardProps {
    kind: BoardKind,
    column: Column,
    plan: PlanHandle,
}

/// The field at the foot of a column: type, press Enter, and type the next.
#[function_component(AddCard)]
fn add_card(props: &AddCardProps) -> Html {
    let i18n = use_i18n();
    let input = use_node_ref();
    let add = {
        let (input, plan, kind, column) =
            (input.clone(), props.plan.clone(), props.kind, props.column);
        move || {
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let text = field.value();
            if text.trim().is_empty() {
                return;
            }
            plan.apply(BoardCommand::AddCard {
                board: kind,
                id: new_card_id(),
                column,
                text,
            });
            field.set_value("");
            let _ = field.focus();
        }
    };
    let onkeydown = {
        let add = add.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && !e.is_composing() {
                e.prevent_default();
                add();
            }
        })
    };
    let onclick = Callback::from(move |_: MouseEvent| add());
    let key = props.column.key();
    let id = format!("add-{key}");
    html! {
        <div class="add-card">
            <label class="visually-hidden" for={id.clone()}>{ i18n.t(&format!("col-{key}-add")) }</label>
            <input type="text" {id} ref={input} {onkeydown} autocomplete="off"
                maxlength={crate::domain::board::MAX_CARD_CHARS.to_string()}
                placeholder={i18n.t(&format!("col-{key}-add"))} />
            <button type="button" class="button button-small" {onclick}
                aria-label={i18n.t(&format!("col-{key}-add"))}>{ "+" }</button>
        </div>
    }
}

/// Props of [`CardView`].
#[derive(Properties, PartialEq)]
struct CardProps {
    kind: BoardKind,
    card: Card,
    /// Its index in its column.
    index: usize,
    /// Whether it is the last card of its column.
    last: bool,
    /// Picked up with the keyboard.
    lifted: bool,
    /// A dragged card would land just before this one.
    drop_before: bool,
    plan: PlanHandle,
    /// Told the text of the card when it is deleted.
    on_deleted: Callback<String>,
}

/// One card. Re-renders only when its own props change.
#[function_component(CardView)]
fn card_view(props: &CardProps) -> Html {
    let i18n = use_i18n();
    let editing = use_state_eq(|| false);
    let open = use_state_eq(|| false);
    let edit_ref = use_node_ref();
    let li = use_node_ref();
    let card = &props.card;
    // A card picked up with the keyboard keeps focus as it moves: moving a node in the DOM
    // (or rendering it in another column) drops focus, so it is given back right after render.
    {
        let li = li.clone();
        use_effect_with(
            (props.lifted, props.index, card.column),
            move |(lifted, _, _)| {
                if *lifted {
                    if let Some(el) = li.cast::<HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            },
        );
    }
    let (kind, id) = (props.kind, card.id.clone());
    let dom_id = format!("card-{id}");

    let plan = props.plan.clone();
    let finish_edit = {
        let (edit_ref, editing, plan, id, old) = (
            edit_ref.clone(),
            editing.clone(),
            plan.clone(),
            id.clone(),
            card.text.clone(),
        );
        move |save: bool| {
            if !*editing {
                return;
            }
            if let Some(input) = edit_ref.cast::<HtmlInputElement>() {
                let text = input.value();
                if save && !text.trim().is_empty() && text.trim() != old {
                    plan.apply(BoardCommand::EditCard {
                        board: kind,
                        id: id.clone(),
                        text,
                    });
                }
            }
            editing.set(false);
            focus_element_later(format!("card-{id}"));
        }
    };
    let start_edit = {
        let editing = editing.clone();
        let target = format!("edit-{id}");
        Callback::from(move |_: MouseEvent| {
            editing.set(true);
            focus_element_later(target.clone());
        })
    };
    let edit_keys = {
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
    let edit_blur = {
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
                focus_element_later(target.clone());
            }
        })
    };
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
            on_deleted.emit(text.clone());
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // "Move to…": another column, or up and down in this one.
    let columns = kind.columns();
    let on_move = {
        let (plan, id, index, column) = (props.plan.clone(), id.clone(), props.index, card.column);
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
                plan.apply(BoardCommand::MoveCard {
                    board: kind,
                    id: id.clone(),
                    column: to,
                    index: i,
                });
                focus_element_later(format!("card-{id}"));
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
            .map(|c| (c.key().to_owned(), column_name(&i18n, *c))),
    )
    .collect();

    let ratings: &[RatingField] = match kind {
        BoardKind::Swot => &[RatingField::Weight],
        BoardKind::Pestle => &[RatingField::Impact, RatingField::Likelihood],
    };
    let rating_key = |f: RatingField| match f {
        RatingField::Weight => "weight",
        RatingField::Impact => "impact",
        RatingField::Likelihood => "likelihood",
    };
    let rating_value = |f: RatingField| match f {
        RatingField::Weight => card.weight,
        RatingField::Impact => card.impact,
        RatingField::Likelihood => card.likelihood,
    };
    let confidence = card.confidence.map(|c| match c {
        Confidence::Assumption => "assumption",
        Confidence::Evidence => "evidence",
    });

    html! {
        <li class={format!("board-card{}{}", if props.lifted { " card-lifted" } else { "" }, if props.drop_before { " drop-before" } else { "" })} id={dom_id}
            data-card={id.to_string()} tabindex="0" draggable="true" ref={li}
            aria-describedby={format!("{}-help", kind.key())} onkeydown={card_keys}>
            if *editing {
                <label class="visually-hidden" for={format!("edit-{id}")}>{ i18n.t("board-edit-label") }</label>
                <input type="text" class="card-edit" id={format!("edit-{id}")} ref={edit_ref}
                    value={card.text.clone()} onkeydown={edit_keys} onblur={edit_blur}
                    maxlength={crate::domain::board::MAX_CARD_CHARS.to_string()} />
            } else {
                <p class="card-text" ondblclick={start_edit.clone()}>{ card.text.clone() }</p>
            }
            <p class="card-meta">
                { for ratings.iter().filter_map(|f| rating_value(*f).map(|v| html! {
                    <span class="chip">{ i18n.t_args(&format!("board-{}-value", rating_key(*f)), &[("value", Arg::from(v as usize))]) }</span>
                })) }
                if let Some(c) = confidence { <span class={format!("chip chip-{c}")}>{ i18n.t(&format!("board-confidence-{c}")) }</span> }
                if let Some(CardSource::HealthCheck { prompt }) = &card.source {
                    <span class="chip chip-source" title={i18n.t(&format!("hc-{prompt}-q"))}>{ i18n.t("board-from-health") }</span>
                }
                if !card.notes.is_empty() { <span class="chip">{ i18n.t("board-has-notes") }</span> }
            </p>
            <div class="card-actions">
                <button type="button" class="button button-small button-quiet" onclick={start_edit}>{ i18n.t("board-edit") }</button>
                <Choose id={format!("move-{id}")} class={classes!("card-move")} label={move_label.clone()}
                    prompt={i18n.t("board-move-to")} options={move_options} action={i18n.t("choose-move")}
                    action_label={move_label} on_act={on_move} />
                <button type="button" class="button button-small button-quiet" onclick={toggle}
                    aria-expanded={(*open).to_string()} aria-controls={format!("details-{id}")}>{ i18n.t("board-details") }</button>
                <button type="button" class="button button-small button-quiet" onclick={delete}
                    aria-label={i18n.t_args("board-delete-card", &[("card", Arg::from(card.text.clone()))])}>{ i18n.t("board-delete") }</button>
            </div>
            if *open {
                <div class="card-details" id={format!("details-{id}")}>
                    <TextField id={format!("notes-{id}")} label={i18n.t("board-notes")} multiline={true} rows={2}
                        value={card.notes.clone()} maxlength={crate::domain::board::MAX_NOTE_CHARS}
                        on_commit={{ let (plan, id) = (plan.clone(), id.clone()); Callback::from(move |notes: String| plan.apply(BoardCommand::SetCardNotes { board: kind, id: id.clone(), notes })) }} />
                    <div class="card-detail-row">
                        { detail_select(&format!("conf-{id}"), &i18n.t("board-confidence"),
                            &[("", i18n.t("board-confidence-none")), ("assumption", i18n.t("board-confidence-assumption")), ("evidence", i18n.t("board-confidence-evidence"))],
                            confidence.unwrap_or(""),
                            { let (plan, id) = (plan.clone(), id.clone()); Callback::from(move |v: String| {
                                let confidence = match v.as_str() { "assumption" => Some(Confidence::Assumption), "evidence" => Some(Confidence::Evidence), _ => None };
                                plan.apply(BoardCommand::SetCardConfidence { board: kind, id: id.clone(), confidence });
                            }) }) }
                        { for ratings.iter().map(|f| {
                            let field = *f;
                            let options: Vec<(&str, String)> = std::iter::once(("", "–".to_owned()))
                                .chain(["1", "2", "3", "4", "5"].iter().map(|n| (*n, (*n).to_owned())))
                                .collect();
                            let value = rating_value(field).map(|v| v.to_string()).unwrap_or_default();
                            let (plan, id) = (plan.clone(), id.clone());
                            detail_select(&format!("{}-{id}", rating_key(field)), &i18n.t(&format!("board-{}", rating_key(field))),
                                &options, &value,
                                Callback::from(move |v: String| plan.apply(BoardCommand::SetCardRating { board: kind, id: id.clone(), field, value: v.parse().ok() })))
                        }) }
                    </div>
                </div>
            }
        </li>
    }
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

fn focus_element_later(id: String) {
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    })
    .forget();
}
