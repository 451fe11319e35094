//! The field at the foot of a column that adds a card: type, press Enter (or the "+"), and
//! type the next; the field keeps focus.

use super::column_name;
use crate::domain::board::{BoardKind, Column, MAX_CARD_CHARS};
use crate::domain::BoardCommand;
use crate::i18n::{use_i18n, Arg};
use crate::state::{new_card_id, PlanHandle};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`AddCard`].
#[derive(Properties, PartialEq)]
pub(super) struct AddCardProps {
    pub kind: BoardKind,
    pub column: Column,
    pub plan: PlanHandle,
    /// Says what was added, in the board's live region.
    pub say: Callback<String>,
}

/// The field at the foot of a column: type, press Enter, and type the next.
#[function_component(AddCard)]
pub(super) fn add_card(props: &AddCardProps) -> Html {
    let i18n = use_i18n();
    let input = use_node_ref();
    let add = {
        let (input, plan, kind, column, say, i18n) = (
            input.clone(),
            props.plan.clone(),
            props.kind,
            props.column,
            props.say.clone(),
            i18n.clone(),
        );
        move || {
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let text = field.value();
            if text.trim().is_empty() {
                return;
            }
            say.emit(i18n.t_args(
                "board-added",
                &[
                    ("card", Arg::from(text.trim())),
                    ("column", Arg::from(column_name(&i18n, column))),
                ],
            ));
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
                maxlength={MAX_CARD_CHARS.to_string()}
                placeholder={i18n.t(&format!("col-{key}-add"))} />
            <button type="button" class="button button-small" {onclick}
                aria-label={i18n.t(&format!("col-{key}-add"))}>{ "+" }</button>
        </div>
    }
}
