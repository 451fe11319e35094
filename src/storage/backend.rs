//! The storage interface the repository is written against, and an in-memory implementation.
//!
//! The memory backend is both the fallback when the browser blocks storage and the test
//! double for native tests; its optional quota reproduces "storage full".

use super::fault::Fault;
use std::cell::RefCell;
use std::collections::BTreeMap;

/// A string key-value store that can fail, as localStorage can.
pub trait Backend {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, Fault>;
    /// Stores `value` under `key`. On error the previous value is unchanged.
    fn set(&self, key: &str, value: &str) -> Result<(), Fault>;
    /// Removes `key`.
    fn remove(&self, key: &str) -> Result<(), Fault>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, Fault>;
}

/// A backend in memory, with an optional quota in bytes (keys plus values, as UTF-8).
#[derive(Debug, Default)]
pub struct MemoryBackend {
    map: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
}

impl MemoryBackend {
    /// A memory backend that refuses writes past `bytes`.
    pub fn with_quota(bytes: usize) -> Self {
        MemoryBackend {
            map: RefCell::default(),
            quota: Some(bytes),
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, Fault> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Fault> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(Fault::Quota);
            }
        }
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), Fault> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, Fault> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
