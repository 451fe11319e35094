//! Moving a card with a mouse: drag it onto a column; a line shows where it will land (before
//! the first card whose middle is below the pointer). The board listens once for the start and
//! the end of a drag; each column's list is a drop target.

use super::keyboard::card_id_of;
use super::MoveCard;
use crate::domain::board::Column;
use crate::domain::CardId;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The drag under way: the card being dragged (not state: it changes nothing on screen) and
/// where it would land (state: the indicator shows it).
#[derive(Clone)]
pub(super) struct Drag {
    pub dragging: Rc<RefCell<Option<CardId>>>,
    pub drop_at: UseStateHandle<Option<(Column, usize)>>,
}

impl Drag {
    /// The board's `dragstart`: remembers the card.
    pub fn on_start(&self) -> Callback<DragEvent> {
        let dragging = self.dragging.clone();
        Callback::from(move |e: DragEvent| {
            if let Some(id) = card_id_of(e.target()) {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data("text/plain", id.as_str());
                    dt.set_effect_allowed("move");
                }
                *dragging.borrow_mut() = Some(id);
            }
        })
    }

    /// The board's `dragend`: forgets the card and the indicator.
    pub fn on_end(&self) -> Callback<DragEvent> {
        let drag = self.clone();
        Callback::from(move |_: DragEvent| {
            *drag.dragging.borrow_mut() = None;
            drag.drop_at.set(None);
        })
    }

    /// A column's `dragover` (moves the indicator) and `drop` (moves the card).
    pub fn on_column(
        &self,
        column: Column,
        move_card: MoveCard,
    ) -> (Callback<DragEvent>, Callback<DragEvent>) {
        let over = {
            let drag = self.clone();
            Callback::from(move |e: DragEvent| {
                if drag.dragging.borrow().is_none() {
                    return;
                }
                e.prevent_default();
                drag.drop_at.set(Some((column, index_at(&e))));
            })
        };
        let drop = {
            let drag = self.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                // The position is read from the drop itself: the indicator's state may not
                // have been rendered yet.
                let dragged = drag.dragging.borrow_mut().take();
                if let Some(id) = dragged {
                    move_card(&id, column, index_at(&e));
                }
                drag.drop_at.set(None);
            })
        };
        (over, drop)
    }
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
