//! What a stored or imported board must respect (`document::validate` calls it): the limits
//! its commands keep, unique ids, ratings of the board's own kind, sources that exist, and
//! TOWS strategies whose cards are on the SWOT or marked deleted. The error names the path of
//! the bad field.

use super::{
    Board, BoardKind, CardSource, RatingField, Strategy, MAX_CARDS, MAX_CARD_CHARS, MAX_NOTE_CHARS,
    MAX_STRATEGIES,
};
use crate::domain::core::rules::{check_len, duplicate};
use crate::domain::health::{self, MAX_KEY_LEN};

pub(crate) fn cards(kind: BoardKind, board: &Board) -> Result<(), String> {
    let name = kind.key();
    if board.cards.len() > MAX_CARDS {
        return Err(format!("plan.{name}.cards: more than {MAX_CARDS} cards"));
    }
    if let Some(id) = duplicate(board.cards.iter().map(|c| c.id.as_str())) {
        let i = board
            .cards
            .iter()
            .rposition(|c| c.id.as_str() == id)
            .unwrap_or(0);
        return Err(format!("plan.{name}.cards[{i}].id: {id} appears twice"));
    }
    for (i, card) in board.cards.iter().enumerate() {
        let path = format!("plan.{name}.cards[{i}]");
        if card.column.board() != kind {
            return Err(format!(
                "{path}.column: {} is not a {name} column",
                card.column.key()
            ));
        }
        if card.text.trim().is_empty() {
            return Err(format!("{path}.text: empty"));
        }
        check_len(&format!("{path}.text"), &card.text, MAX_CARD_CHARS)?;
        check_len(&format!("{path}.notes"), &card.notes, MAX_NOTE_CHARS)?;
        for (field, key, value) in [
            (RatingField::Weight, "weight", card.weight),
            (RatingField::Impact, "impact", card.impact),
            (RatingField::Likelihood, "likelihood", card.likelihood),
        ] {
            // `BoardCommand::SetCardRating` gives each board only its own ratings.
            if value.is_some() && !field.fits(kind) {
                return Err(format!("{path}.{key}: not a rating of {name} cards"));
            }
            if value.is_some_and(|v| !(1..=5).contains(&v)) {
                return Err(format!("{path}.{key}: not between 1 and 5"));
            }
        }
        if let Some(CardSource::HealthCheck { prompt }) = &card.source {
            // Only `Command::SendToSwot` sets a source: on the SWOT, from a known prompt.
            if kind != BoardKind::Swot {
                return Err(format!(
                    "{path}.source: a {name} card does not come from the health check"
                ));
            }
            let spath = format!("{path}.source.prompt");
            if prompt.len() > MAX_KEY_LEN {
                return Err(format!("{spath}: longer than {MAX_KEY_LEN} bytes"));
            }
            if health::prompt(prompt).is_none() {
                return Err(format!("{spath}: {prompt} is not a prompt"));
            }
        }
    }
    Ok(())
}

pub(crate) fn strategies(swot: &Board, tows: &[Strategy]) -> Result<(), String> {
    if tows.len() > MAX_STRATEGIES {
        return Err(format!("plan.tows: more than {MAX_STRATEGIES} strategies"));
    }
    for (i, strategy) in tows.iter().enumerate() {
        let path = format!("plan.tows[{i}]");
        if tows[..i].iter().any(|s| s.id == strategy.id) {
            return Err(format!("{path}.id: {} appears twice", strategy.id));
        }
        check_len(&format!("{path}.text"), &strategy.text, MAX_NOTE_CHARS)?;
        // `BoardCommand::AddStrategy` pairs a strength or weakness with an opportunity or
        // threat, so one card is never both sides.
        if strategy.internal.card == strategy.external.card {
            return Err(format!(
                "{path}.external.card: {} is also the internal card",
                strategy.external.card
            ));
        }
        for (side, link) in [
            ("internal", &strategy.internal),
            ("external", &strategy.external),
        ] {
            // A link points at an existing card, or says the card was deleted: never both
            // (`BoardCommand::DeleteCard` marks it, and no command reuses the id afterwards).
            match (&link.removed, swot.card(&link.card)) {
                (None, None) => {
                    return Err(format!(
                        "{path}.{side}.card: {} is not on the SWOT",
                        link.card
                    ));
                }
                (Some(_), Some(_)) => {
                    return Err(format!(
                        "{path}.{side}.removed: {} is still on the SWOT",
                        link.card
                    ));
                }
                (Some(text), None) => {
                    check_len(&format!("{path}.{side}.removed"), text, MAX_CARD_CHARS)?;
                }
                (None, Some(_)) => {}
            }
        }
    }
    Ok(())
}
