//! A board of cards in columns: the SWOT's four quadrants and the PESTLE's six columns are
//! both this one widget.
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
//!
//! Here: the board and its columns. A card is `card.rs`, the field that adds one `add.rs`,
//! the keyboard moves `keyboard.rs`, drag and drop `drag.rs`.

mod add;
mod card;
mod drag;
mod keyboard;

use add::AddCard;
use card::CardView;
use keyboard::Lifted;

use crate::domain::board::{Board, BoardKind, Card, Column};
use crate::domain::BoardCommand;
use crate::domain::CardId;
use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::state::{use_plan, PlanHandle};
use crate::ui::focus::focus_element;
use std::rc::Rc;
use yew::prelude::*;

/// Moves a card to a column and a position there, says where it landed, and keeps focus on it.
type MoveCard = Rc<dyn Fn(&CardId, Column, usize)>;

/// Props of [`BoardView`].
#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub kind: BoardKind,
    /// Its cards.
    pub board: Rc<Board>,
}

/// A column's name in the user's language.
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

/// Moves a card of `board` and says where it landed (in `announce`, a live region).
fn mover(
    plan: PlanHandle,
    board: Rc<Board>,
    kind: BoardKind,
    i18n: I18nContext,
    announce: UseStateHandle<String>,
) -> MoveCard {
    Rc::new(move |id: &CardId, column: Column, index: usize| {
        plan.apply(BoardCommand::MoveCard {
            board: kind,
            id: id.clone(),
            column,
            index,
        });
        let len = board.column(column).filter(|c| c.id != *id).count() + 1;
        let index = index.min(len - 1);
        announce.set(where_text(&i18n, column, index, len));
        // The card may have moved to another list: focus it where it is now.
        focus_element(format!("card-{id}"));
    }) as MoveCard
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

    let move_card = mover(
        plan.clone(),
        props.board.clone(),
        kind,
        i18n.clone(),
        announce.clone(),
    );

    // Keyboard moves, delegated: Space lifts and drops, arrows move, Escape cancels.
    let onkeydown = keyboard::on_keydown(
        props.board.clone(),
        lifted.clone(),
        announce.clone(),
        i18n.clone(),
        columns,
        move_card.clone(),
    );

    // Drag and drop with a mouse.
    let drag = drag::Drag {
        dragging: dragging.clone(),
        drop_at: drop_at.clone(),
    };
    let (ondragstart, ondragend) = (drag.on_start(), drag.on_end());

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
                    let (ondragover, ondrop) = drag.on_column(*column, move_card.clone());
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
