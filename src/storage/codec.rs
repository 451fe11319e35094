//! The plan's reader: turning a stored or imported document back into a [`Plan`].
//!
//! Why it is its own piece: the code that reads a plan (serde's deserialisers for every type of
//! the plan, the checks, the migrations, the three-way merge that reads another tab's save, the
//! import) is the largest single thing in the app, about a tenth of the first visit, and a
//! first visit has nothing to read — the store is empty (issue 17). With the `split` feature it
//! is a lazily loaded module, reached only through the [`Codec`] this module hands out:
//!
//! - at start-up, when the store holds any document, [`load`] is awaited before the first
//!   render (beside the language file), so the app never runs with a plan it cannot read;
//! - on an empty store it is fetched right after the first render (the idle prefetch), and
//!   creating a plan, opening the example, a lazily loaded page and the host bridge all await
//!   it first; so a plan is never open in a tab without it;
//! - a caller that finds it missing anyway ([`get`] is `None`) must treat the document as not
//!   read *yet* — never as damaged: nothing is moved aside or written over because of it.
//!
//! Without the feature (`trunk serve`, the tests) it is linked in and always there.

use crate::domain::document::import::Imported;
use crate::domain::document::merge::TakeOver;
use crate::domain::document::schema::{Decoded, SchemaError};
use crate::domain::{Plan, PlanId, Timestamp};

/// The functions that read plans, as one table (a lazily loaded module has one entry point).
pub struct Codec {
    /// `domain::document::schema::decode`: a stored document to a plan.
    pub decode: fn(&str) -> Result<Decoded, SchemaError>,
    /// `domain::document::merge::take_over`: what to do with another tab's save.
    pub take_over: fn(Option<&Plan>, &Plan, &Plan, bool) -> TakeOver,
    /// `domain::document::import::import`: a plan file to a new plan, checked.
    pub import: fn(&str, PlanId, Timestamp) -> Result<Imported, SchemaError>,
}

/// The table, built where the code is (in the lazily loaded module with `split`).
fn codec(_: ()) -> Codec {
    Codec {
        decode: crate::domain::document::schema::decode,
        take_over: crate::domain::document::merge::take_over,
        import: crate::domain::document::import::import,
    }
}

#[cfg(not(feature = "split"))]
thread_local! {
    static HERE: &'static Codec = Box::leak(Box::new(codec(())));
}

/// The reader, when it is here (always, without the `split` feature).
pub fn get() -> Option<&'static Codec> {
    #[cfg(feature = "split")]
    {
        split::get()
    }
    #[cfg(not(feature = "split"))]
    {
        Some(HERE.with(|c| *c))
    }
}

/// The reader, fetched first when it is not here; `None` when it cannot be fetched.
pub async fn load() -> Option<&'static Codec> {
    #[cfg(feature = "split")]
    {
        split::load().await
    }
    #[cfg(not(feature = "split"))]
    {
        get()
    }
}

/// Why something was not read when the reader is not here (a fault, never "damaged").
pub const NOT_HERE: &str = "the plan reader is not loaded yet";

/// Reads `text` as a stored plan document, if the reader is here; `None` otherwise (see the
/// module documentation: not read yet, which is not the same as unreadable).
pub fn decode(text: &str) -> Option<Result<Decoded, SchemaError>> {
    get().map(|codec| (codec.decode)(text))
}

/// Imports a plan file (`domain::document::import::import`), fetching the reader first if need be.
pub async fn import(text: &str, new_id: PlanId, at: Timestamp) -> Result<Imported, SchemaError> {
    match load().await {
        Some(codec) => (codec.import)(text, new_id, at),
        None => Err(SchemaError::Invalid(NOT_HERE.into())),
    }
}

#[cfg(feature = "split")]
mod split {
    use super::{codec, Codec};
    use std::cell::Cell;
    use wasm_split::LazyLoader;

    static CODEC: LazyLoader<(), Codec> =
        wasm_split::lazy_loader!(extern "codec" fn codec(args: ()) -> Codec);

    thread_local! {
        static LOADED: Cell<Option<&'static Codec>> = const { Cell::new(None) };
    }

    pub fn get() -> Option<&'static Codec> {
        if let Some(codec) = LOADED.with(Cell::get) {
            return Some(codec);
        }
        let codec: &'static Codec = Box::leak(Box::new(CODEC.call(()).ok()?));
        LOADED.with(|l| l.set(Some(codec)));
        Some(codec)
    }

    pub async fn load() -> Option<&'static Codec> {
        if !CODEC.load().await {
            return None;
        }
        get()
    }
}
