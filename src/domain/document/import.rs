//! Importing a plan file that someone else wrote.
//!
//! An imported file comes from anywhere: another Waymark, an older or newer one, a script, a
//! text editor, or someone who means harm. Nothing it says may break the app, and an import
//! that fails changes nothing: [`import`] is a pure function from text to a new plan or a
//! [`SchemaError`] that says why not, and only the caller, after the user has confirmed the
//! [`Preview`], stores the plan. What can go wrong, and how each is refused:
//!
//! - **Too big** (more than [`MAX_DOCUMENT_BYTES`](schema::MAX_DOCUMENT_BYTES)): refused before parsing
//!   ([`SchemaError::TooLarge`]), so a huge file costs no memory beyond its text.
//! - **Not JSON**: truncated, trailing garbage, empty, binary, a lone UTF-16 surrogate
//!   (`"\ud800"`): [`SchemaError::NotJson`] with the parser's position. A leading byte-order
//!   mark (editors on Windows write one) is skipped first; a file that is only a BOM is empty.
//! - **Nested too deeply** (`[[[[…` a hundred thousand times): `serde_json` stops at 128
//!   levels, so parsing never overflows the stack ([`SchemaError::NotJson`], "nested more than
//!   128 levels deep").
//! - **Not a plan**: not an object, `format` missing or different, `version` not a whole
//!   number ≥ 0: [`SchemaError::NotAPlan`].
//! - **From a newer Waymark**: [`SchemaError::NewerVersion`] with the version, never guessed at.
//! - **Older**: migrated step by step to the current version (`migrated_from` says from which).
//! - **Wrong shape or type** anywhere inside: [`SchemaError::Invalid`] naming the path, like
//!   `plan.swot.cards[3].text: invalid type: integer `5`, expected a string`.
//! - **Breaks a rule of the plan**: too many items, too-long texts, blank names, ids that are
//!   not of the id alphabet or appear twice, links to a card, strategy, objective, persona or
//!   stage that is not there, times outside 1970–9999; a TOWS strategy with one card on both
//!   sides or a link marked removed while its card is there, a rating of the other board's kind
//!   (an impact on a SWOT card, a weight on a PESTLE card), a card sent from a prompt that does
//!   not exist, from an over-long key, or onto the PESTLE: `validate::plan` refuses with the path
//!   ([`SchemaError::Invalid`]). An accepted plan is one the app's own commands could have made.
//!
//! Hostile text (`<script>`, `javascript:` URLs, `"><img onerror=…>`, right-to-left overrides
//! U+202E, NUL and other control characters) is **kept verbatim**: it is the user's data, the
//! UI renders every user text as text (never as HTML, an attribute name or an `href`), and the
//! stored JSON escapes control characters. Stripping would silently change what the author
//! wrote; the error messages, which quote the input, escape control and direction characters
//! instead (see `schema`).
//!
//! An import always becomes a **new** plan: it gets the id the caller chose and is marked
//! updated at the import time, so it can never overwrite the plan it was exported from, nor
//! any other. Ids inside the plan (cards, personas, objectives…) stay as they are: they only
//! need to be unique within one plan, which `validate` checks.

use crate::domain::core::ids::{PlanId, Timestamp};
use crate::domain::core::locale::Locale;
use crate::domain::document::schema::{self, SchemaError};
use crate::domain::health;
use crate::domain::plan::Plan;

/// A plan read from a file, ready to be added once the user confirms.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The plan, valid, at the current schema, with its new id and `meta.updated` set to the
    /// time of the import.
    pub plan: Plan,
    /// What to show the user before they confirm; its `updated` is the file's.
    pub preview: Preview,
    /// The schema version the file was written at, when older than the current one.
    pub migrated_from: Option<u32>,
}

/// What the user is shown about a plan before importing it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// The plan's name.
    pub name: String,
    pub description: String,
    /// The language its content is written in.
    pub locale: Locale,
    /// When it was created.
    pub created: Timestamp,
    /// When it last changed.
    pub updated: Timestamp,
    /// Health-check prompts answered or rated (answers to prompts this version does not know,
    /// kept from a newer Waymark, are not counted: they are not shown).
    pub answers: usize,
    /// Cards on the SWOT.
    pub swot_cards: usize,
    /// Cards on the PESTLE.
    pub pestle_cards: usize,
    /// TOWS strategies.
    pub strategies: usize,
    /// Personas of the buyer journey.
    pub personas: usize,
    /// Stages of the buyer journey.
    pub stages: usize,
    /// Touchpoints, over every persona's journey.
    pub touchpoints: usize,
    /// SMART objectives.
    pub objectives: usize,
    pub kpis: usize,
    /// Readings, over every objective.
    pub readings: usize,
    /// Tactics of the engagement strategy.
    pub tactics: usize,
    /// Entries of the review log.
    pub reviews: usize,
}

/// What `plan` holds, in the terms the import dialog shows.
pub fn preview(plan: &Plan) -> Preview {
    let meta = &plan.meta;
    Preview {
        name: meta.name.clone(),
        description: meta.description.clone(),
        locale: meta.locale,
        created: meta.created,
        updated: meta.updated,
        answers: plan
            .health
            .answers
            .iter()
            .filter(|(key, a)| health::prompt(key).is_some() && a.is_answered())
            .count(),
        swot_cards: plan.swot.cards.len(),
        pestle_cards: plan.pestle.cards.len(),
        strategies: plan.tows.len(),
        personas: plan.journey.personas.len(),
        stages: plan.journey.stages.len(),
        touchpoints: plan
            .journey
            .journeys
            .iter()
            .map(|j| j.touchpoints.len())
            .sum(),
        objectives: plan.objectives.objectives.len(),
        kpis: plan.objectives.kpis.len(),
        readings: plan
            .objectives
            .objectives
            .iter()
            .map(|o| o.readings.len())
            .sum(),
        tactics: plan.engagement.tactics.len(),
        reviews: plan.reviews.len(),
    }
}

/// Reads the plan file `text` as a new plan `new_id`, updated `at`. Nothing is stored: on
/// `Ok` the caller shows [`Imported::preview`] and adds the plan if the user confirms; on
/// `Err` nothing has changed. Never panics, whatever `text` holds.
pub fn import(text: &str, new_id: PlanId, at: Timestamp) -> Result<Imported, SchemaError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let decoded = schema::decode(text)?;
    let preview = preview(&decoded.plan);
    let mut plan = decoded.plan;
    plan.id = new_id;
    plan.meta.updated = at;
    // The new time is the caller's; the plan must still be one `decode` would accept.
    super::validate::plan(&plan).map_err(SchemaError::Invalid)?;
    Ok(Imported {
        plan,
        preview,
        migrated_from: decoded.migrated_from,
    })
}
