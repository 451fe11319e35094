//! The example plan, built on request: its texts (`www/examples/<lang>.ftl`) and the code that
//! assembles them are only needed when the user asks for the example, so with the `split`
//! feature that code is its own lazily loaded module (issue 17), fetched when the browser is
//! idle after the first visit or when the example is opened, whichever comes first.

use crate::domain::{document::example, Plan, PlanId, Timestamp};
use crate::i18n::Translations;

/// What the example plan is built from: its id, its time, and its texts in the reader's
/// language (a split point takes one argument).
pub struct ExampleArgs {
    /// The new plan's id.
    pub id: PlanId,
    /// When it is made.
    pub at: Timestamp,
    /// The example's texts (`www/examples/<lang>.ftl`), in the language they were fetched in.
    pub texts: Translations,
}

/// Builds the example plan from what it was given.
fn example(args: ExampleArgs) -> Plan {
    let texts = &args.texts;
    example::build(args.id, args.at, texts.locale(), &|id| texts.t(id))
}

/// Builds the example plan, fetching its code first when it is not here yet; `None` when it
/// cannot be fetched.
pub async fn build_example(args: ExampleArgs) -> Option<Plan> {
    #[cfg(feature = "split")]
    {
        if !EXAMPLE.load().await {
            return None;
        }
        EXAMPLE.call(args).ok()
    }
    #[cfg(not(feature = "split"))]
    {
        Some(example(args))
    }
}

/// Fetches the example's code (does nothing without the `split` feature); false when it cannot
/// be fetched.
pub async fn prefetch() -> bool {
    #[cfg(feature = "split")]
    {
        EXAMPLE.load().await
    }
    #[cfg(not(feature = "split"))]
    {
        true
    }
}

#[cfg(feature = "split")]
static EXAMPLE: wasm_split::LazyLoader<ExampleArgs, Plan> =
    wasm_split::lazy_loader!(extern "example" fn example(args: ExampleArgs) -> Plan);
