//! Text that is typed but not committed yet, so that nothing else decides without it.
//!
//! A text field keeps what is being typed in the DOM and commits it on blur, Enter or a pause
//! (see `ui::TextField`). Until then the plan does not contain it. Before this tab takes over
//! another tab's save, or writes the plan away on `pagehide`, every field with a draft commits
//! it through [`commit_all`], so the draft is an ordinary unsaved change by then.
//!
//! Fields register a commit callback while they are mounted; the registry lives in a
//! thread-local (the page's one thread), keyed by a counter so a field can unregister itself.

use std::cell::RefCell;
use yew::Callback;

/// The last key handed out, and the registered fields by key.
type Registry = (u64, Vec<(u64, Callback<()>)>);

thread_local! {
    static FIELDS: RefCell<Registry> = RefCell::default();
}

/// Keeps a field registered while it lives; dropping it unregisters the field.
pub struct Registration(u64);

impl Drop for Registration {
    fn drop(&mut self) {
        FIELDS.with(|f| {
            f.borrow_mut().1.retain(|(key, _)| *key != self.0);
        });
    }
}

/// Registers `commit`, which commits the field's draft if it has one (and does nothing if not).
pub fn register(commit: Callback<()>) -> Registration {
    FIELDS.with(|f| {
        let mut f = f.borrow_mut();
        f.0 += 1;
        let key = f.0;
        f.1.push((key, commit));
        Registration(key)
    })
}

/// Commits every draft now.
pub fn commit_all() {
    // Collected first: a commit dispatches, renders, and may register or drop fields.
    let callbacks: Vec<Callback<()>> =
        FIELDS.with(|f| f.borrow().1.iter().map(|(_, c)| c.clone()).collect());
    for commit in callbacks {
        commit.emit(());
    }
}
