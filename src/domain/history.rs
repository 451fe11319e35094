//! Undo and redo over plan snapshots.
//!
//! A snapshot is an `Rc<Plan>`, so recording one is a pointer copy; sections shared between
//! snapshots are shared in memory too. The history lives in memory only: a reload starts a new
//! history from the saved plan (what was saved is what the user sees).

use crate::domain::plan::Plan;
use std::rc::Rc;

/// How many steps back a user can go.
pub const DEFAULT_LIMIT: usize = 100;

/// The past and future of the current plan.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    past: Vec<Rc<Plan>>,
    future: Vec<Rc<Plan>>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History::with_limit(DEFAULT_LIMIT)
    }
}

impl History {
    /// An empty history that keeps at most `limit` steps back (at least one).
    pub fn with_limit(limit: usize) -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Records that the plan was `before` until a change; a new change forgets the redo steps.
    pub fn record(&mut self, before: Rc<Plan>) {
        self.past.push(before);
        if self.past.len() > self.limit {
            let excess = self.past.len() - self.limit;
            self.past.drain(..excess);
        }
        self.future.clear();
    }

    /// Steps back: returns the plan to show instead of `current`, if there is one.
    pub fn undo(&mut self, current: Rc<Plan>) -> Option<Rc<Plan>> {
        let previous = self.past.pop()?;
        self.future.push(current);
        Some(previous)
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: Rc<Plan>) -> Option<Rc<Plan>> {
        let next = self.future.pop()?;
        self.past.push(current);
        Some(next)
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
