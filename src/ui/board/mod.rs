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
use crate::ui::focus_element;
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
    /// Shown to a room (presentation mode's live capture): cards are added, edited, moved and
    /// deleted as on the page, but their details (private notes, ratings) stay closed away.
    #[prop_or_default]
    pub room: bool,
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

/// The card deleted last, while its "Undo" note shows.
#[derive(Clone, Debug, PartialEq)]
struct Deleted {
    id: CardId,
    text: String,
    /// Where it was, so the note shows there, next to where the user is.
    column: Column,
    /// How many cards the board had left.
    left: usize,
}

/// Where focus goes when card `id` of `column` is deleted (its button goes with it): the next
/// card of the column, else the one before, else the column's field that adds a card.
fn next_focus(board: &Board, id: &CardId, column: Column) -> String {
    let cards: Vec<&Card> = board.column(column).collect();
    let at = cards.iter().position(|c| c.id == *id).unwrap_or(0);
    match cards
        .get(at + 1)
        .or(at.checked_sub(1).and_then(|i| cards.get(i)))
    {
        Some(card) => format!("card-{}", card.id),
        None => format!("add-{}", column.key()),
    }
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
        focus_element(&format!("card-{id}"));
    }) as MoveCard
}

/// Deleting a card: said once in the board's live region, focus to its neighbour, and an
/// "Undo" note in its column that puts card and focus back. Returns the callback cards call
/// with the id and text of the card they deleted, the note's Undo, and the note to show.
#[hook]
fn use_deletion(
    board: &Rc<Board>,
    plan: &PlanHandle,
    announce: &UseStateHandle<String>,
) -> (
    Callback<(CardId, String)>,
    Callback<MouseEvent>,
    Option<Deleted>,
) {
    let i18n = use_i18n();
    let deleted = use_state_eq(|| None::<Deleted>);
    // Stable across renders (cards compare their props to skip re-rendering): it reads the
    // board as it was before the deletion through a cell kept up to date below.
    let shown = use_mut_ref(|| board.clone());
    *shown.borrow_mut() = board.clone();
    let on_deleted = {
        let (deleted, announce, i18n, shown) = (
            deleted.clone(),
            announce.clone(),
            i18n.clone(),
            shown.clone(),
        );
        use_callback(i18n.locale(), move |(id, text): (CardId, String), _| {
            let board = shown.borrow().clone();
            let Some(card) = board.card(&id) else {
                return;
            };
            let column = card.column;
            // Said once, in the board's live region; the note below only offers Undo.
            announce.set(i18n.t_args("board-deleted", &[("card", Arg::from(text.clone()))]));
            focus_element(&next_focus(&board, &id, column));
            deleted.set(Some(Deleted {
                id,
                text,
                column,
                left: board.cards.len().saturating_sub(1),
            }));
        })
    };
    let undo = {
        let (plan, deleted, announce) = (plan.clone(), deleted.clone(), announce.clone());
        Callback::from(move |_: MouseEvent| {
            plan.undo();
            if let Some(d) = &*deleted {
                // The card is back where it was: focus goes to it.
                focus_element(&format!("card-{}", d.id));
            }
            // The app's undo message says what was undone; "Deleted …" is no longer true.
            announce.set(String::new());
            deleted.set(None);
        })
    };
    // Undone another way (Ctrl+Z, or Undo in the app's message): once the card that was
    // seen gone is back, focus goes to it as from the note's Undo, instead of staying on the
    // neighbour the deletion chose, and the note and the "Deleted …" go. (Seen gone first:
    // a render before the deletion reached the board must not count as the card coming back.)
    let gone = use_mut_ref(|| None::<CardId>);
    if let Some(d) = deleted.as_ref().filter(|d| board.card(&d.id).is_none()) {
        *gone.borrow_mut() = Some(d.id.clone());
    }
    let back = deleted
        .as_ref()
        .filter(|d| gone.borrow().as_ref() == Some(&d.id) && board.card(&d.id).is_some())
        .map(|d| d.id.clone());
    {
        let (deleted, announce) = (deleted.clone(), announce.clone());
        use_effect_with(back, move |back| {
            if let Some(id) = back {
                focus_element(&format!("card-{id}"));
                announce.set(String::new());
                deleted.set(None);
            }
        });
    }
    // The note shows while the board still has as many cards as the deletion left (any other
    // change to the count hides it), in the column the card was deleted from.
    let note = deleted
        .as_ref()
        .filter(|d| d.left == board.cards.len())
        .cloned();

    (on_deleted, undo, note)
}

/// Focus kept on a card through any change: when the card that had the focus is drawn anew
/// (an undo or redo moved it to another column, so its element was replaced) and the focus
/// fell to the page, the card takes it back where it is now. Returns the board's `focusin`.
#[hook]
fn use_focus_kept() -> Callback<FocusEvent> {
    let last = use_mut_ref(|| None::<(web_sys::Element, String)>);
    {
        let last = last.clone();
        // After every render.
        use_effect(move || {
            let lost = last
                .borrow()
                .as_ref()
                .filter(|(el, _)| !el.is_connected())
                .map(|(_, id)| id.clone());
            let dropped = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| {
                    d.active_element()
                        .is_none_or(|a| d.body().is_some_and(|b| *b == a))
                });
            if let (Some(id), true) = (lost, dropped) {
                focus_element(&format!("card-{id}"));
            }
        });
    }
    Callback::from(move |e: FocusEvent| {
        if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
            if let Some(id) = el.get_attribute("data-card") {
                *last.borrow_mut() = Some((el, id));
            }
        }
    })
}

/// See the module documentation.
#[function_component(BoardView)]
pub fn board_view(props: &BoardProps) -> Html {
    let plan = use_plan();
    let i18n = use_i18n();
    let (announce, say) = crate::ui::use_live_text();
    let lifted = use_state_eq(|| None::<Lifted>);
    let dragging = use_mut_ref(|| None::<CardId>);
    let drop_at = use_state_eq(|| None::<(Column, usize)>);
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

    let (on_deleted, undo, note) = use_deletion(&props.board, &plan, &announce);
    let onfocusin = use_focus_kept();

    html! {
        // The keyboard help is said once, on entering the board, not on every card.
        <div class={format!("board board-{}", kind.key())} role="group" aria-describedby={format!("{}-help", kind.key())}
            {onkeydown} {ondragstart} {ondragend} {onfocusin}>
            <p class="board-help" id={format!("{}-help", kind.key())}>{ i18n.t("board-keyboard-help") }</p>
            <div class="visually-hidden" aria-live="polite" data-testid="board-announce">{ (*announce).clone() }</div>
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
                                <span class="column-count">
                                    <span aria-hidden="true">{ cards.len() }</span>
                                    <span class="visually-hidden">{ i18n.t_args("board-count", &[("count", Arg::from(cards.len()))]) }</span>
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
                                        plan={plan.clone()} on_deleted={on_deleted.clone()} say={say.clone()}
                                        room={props.room} />
                                }) }
                            </ol>
                            if let Some(d) = note.as_ref().filter(|d| d.column == *column) {
                                <div class="board-toast" data-testid="board-undo">
                                    <span>{ i18n.t_args("board-deleted", &[("card", Arg::from(d.text.clone()))]) }</span>
                                    <button type="button" class="button button-small" onclick={undo.clone()}
                                        aria-keyshortcuts="Control+Z">{ i18n.t("undo-title") }</button>
                                </div>
                            }
                            <AddCard {kind} column={*column} plan={plan.clone()} say={say.clone()} />
                        </section>
                    }
                }) }
            </div>
        </div>
    }
}
