//! Moving a card with the keyboard: focus a card, Space picks it up, the arrow keys move it
//! (up and down in its column and on to the box above or below, left and right to the
//! neighbouring box, by `domain::board::step_target`, following the grid as the screen shows
//! it: how many boxes a row holds is read from the board's CSS grid when the key is pressed),
//! Space or Enter drops it and Escape puts it back. An arrow key does nothing to a card that
//! is not picked up. One listener on the board reads the card from `data-card`, so hundreds of
//! cards carry no closures for it.

use super::{where_text, MoveCard};
use crate::domain::board::{step_target, Board, Card, Column, Step};
use crate::domain::CardId;
use crate::i18n::{Arg, I18nContext};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A card picked up with the keyboard: where it was, to put it back on Escape.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Lifted {
    pub id: CardId,
    pub from: (Column, usize),
}

/// Where a card is: its column, its index there, and how many cards that column has.
fn place(board: &Board, id: &CardId) -> Option<(Column, usize, usize)> {
    let card = board.card(id)?;
    let column: Vec<&Card> = board.column(card.column).collect();
    let index = column.iter().position(|c| c.id == *id)?;
    Some((card.column, index, column.len()))
}

/// How many boxes a row of the board holds as laid out now: the tracks of its grid's
/// `grid-template-columns`, which the browser reports resolved ("312px 312px").
fn boxes_per_row(e: &KeyboardEvent) -> Option<usize> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let grid = target
        .closest(".board")
        .ok()??
        .query_selector(".board-columns")
        .ok()??;
    let style = web_sys::window()?.get_computed_style(&grid).ok()??;
    let tracks = style.get_property_value("grid-template-columns").ok()?;
    let n = tracks.split_whitespace().count();
    (n > 0).then_some(n)
}

/// The card an event happened on (its `data-card`).
pub(super) fn card_id_of(target: Option<web_sys::EventTarget>) -> Option<CardId> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    CardId::parse(&element.get_attribute("data-card")?)
}

/// The board's key handler; each step is said in `announce`, a live region.
pub(super) fn on_keydown(
    board: Rc<Board>,
    lifted: UseStateHandle<Option<Lifted>>,
    announce: UseStateHandle<String>,
    i18n: I18nContext,
    columns: &'static [Column],
    move_card: MoveCard,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let Some(id) = card_id_of(e.target()) else {
            return;
        };
        let Some((column, index, len)) = place(&board, &id) else {
            return;
        };
        let text = board.card(&id).map(|c| c.text.clone()).unwrap_or_default();
        let is_lifted = lifted.as_ref().is_some_and(|l| l.id == id);
        let said = |key: &str| {
            i18n.t_args(
                key,
                &[
                    ("card", Arg::from(text.clone())),
                    ("place", Arg::from(where_text(&i18n, column, index, len))),
                ],
            )
        };
        match e.key().as_str() {
            " " | "Enter" if is_lifted => {
                e.prevent_default();
                lifted.set(None);
                announce.set(said("board-dropped"));
            }
            " " => {
                e.prevent_default();
                lifted.set(Some(Lifted {
                    id,
                    from: (column, index),
                }));
                announce.set(said("board-lifted"));
            }
            "Escape" if is_lifted => {
                e.prevent_default();
                if let Some(l) = (*lifted).clone() {
                    move_card(&id, l.from.0, l.from.1);
                }
                lifted.set(None);
                announce.set(i18n.t_args("board-cancelled", &[("card", Arg::from(text.clone()))]));
            }
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" if is_lifted => {
                e.prevent_default();
                let step = match e.key().as_str() {
                    "ArrowUp" => Step::Up,
                    "ArrowDown" => Step::Down,
                    "ArrowLeft" => Step::Left,
                    _ => Step::Right,
                };
                let per_row = boxes_per_row(&e).unwrap_or(columns.len());
                if let Some((to, i)) = step_target(columns, per_row, column, index, len, step) {
                    move_card(&id, to, i);
                }
            }
            _ => {}
        }
    })
}
