//! The browser's localStorage behind the [`Backend`] trait.
//!
//! Every call is fallible: getting `window.localStorage` throws a `SecurityError` where storage
//! is blocked, and `setItem` throws when the quota is full. Nothing here panics; each exception
//! is classified into a [`Fault`] the UI can explain. (gloo-storage is not used: its `raw()`
//! panics when storage is blocked.)

use super::backend::Backend;
use super::fault::{classify, Fault};
use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

/// Calls `f(key, new_value)` whenever another tab of this origin changes localStorage (the
/// browser does not send the event to the tab that wrote). Dropping the listener stops it.
pub fn watch_other_tabs(f: impl Fn(String, Option<String>) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        if let Some(e) = event.dyn_ref::<web_sys::StorageEvent>() {
            if let Some(key) = e.key() {
                f(key, e.new_value());
            }
        }
    }))
}

/// `window.localStorage`, opened successfully.
pub struct LocalStorage(web_sys::Storage);

impl LocalStorage {
    /// Opens localStorage, or says why it cannot be used.
    pub fn open() -> Result<LocalStorage, Fault> {
        let window = web_sys::window().ok_or_else(|| Fault::Other("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => {
                // Some browsers hand out a storage object that throws on first write (Safari's
                // old private mode): probe once so the app knows before the user types.
                let probe = "waymark:probe";
                storage.set_item(probe, "1").map_err(|e| fault_from(&e))?;
                storage.remove_item(probe).map_err(|e| fault_from(&e))?;
                Ok(LocalStorage(storage))
            }
            Ok(None) => Err(Fault::Blocked),
            Err(e) => Err(fault_from(&e)),
        }
    }
}

/// The language saved in `ns`'s settings, read straight from localStorage: no [`super::Store`]
/// is opened (so no probe write), and anything unreadable is simply `None`. The start-up uses it
/// to request the language file beside the deployment's config file, before the config has
/// said which namespace is in use; the real settings are read afterwards as usual.
pub fn saved_locale(ns: &super::Namespace) -> Option<crate::domain::Locale> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let raw = storage.get_item(&ns.settings_key()).ok()??;
    super::Settings::decode(&raw)?.locale
}

/// Turns a thrown JavaScript value into a [`Fault`].
pub fn fault_from(error: &JsValue) -> Fault {
    if let Some(dom) = error.dyn_ref::<web_sys::DomException>() {
        return classify(&dom.name(), dom.code(), &dom.message());
    }
    if let Some(err) = error.dyn_ref::<js_sys::Error>() {
        let name: String = err.name().into();
        let message: String = err.message().into();
        return classify(&name, 0, &message);
    }
    Fault::Other(error.as_string().unwrap_or_else(|| "unknown error".into()))
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, Fault> {
        self.0.get_item(key).map_err(|e| fault_from(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Fault> {
        self.0.set_item(key, value).map_err(|e| fault_from(&e))
    }

    fn remove(&self, key: &str) -> Result<(), Fault> {
        self.0.remove_item(key).map_err(|e| fault_from(&e))
    }

    fn keys(&self) -> Result<Vec<String>, Fault> {
        let len = self.0.length().map_err(|e| fault_from(&e))?;
        let mut keys = Vec::with_capacity(len as usize);
        for i in 0..len {
            if let Some(key) = self.0.key(i).map_err(|e| fault_from(&e))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
