//! Waymark inside someone else's page: the deployment's config file, the message protocol
//! with a framing host, and the brand.
//!
//! `config` and `protocol` are plain Rust (tested natively); `bridge` is the browser side.
//! The layer sits above `storage` (the config chooses the namespace) and below `state`, `ui`
//! and `app`, which post through [`post`] and read the config from context.

pub mod bridge;
pub mod config;
pub mod protocol;

pub use bridge::{apply_brand, compact_requested, in_frame, listen, load_config, post};
pub use config::{Brand, DeployConfig};
pub use protocol::{Inbound, Outbound};

/// How this Waymark runs, for the components that look different when embedded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedding {
    /// The deployment's config (or the mounting page's options).
    pub config: DeployConfig,
    /// Compact chrome: `?embed=1`, or mounted into a host page.
    pub compact: bool,
    /// The host page's element Waymark is mounted into; `None` on a page of its own. Then
    /// the router keeps its place in memory and the page's title stays the host's.
    pub host: Option<web_sys::Element>,
}

impl Embedding {
    /// The element that carries the language, the theme and the brand: the mount element, or
    /// the page's `<html>`.
    pub fn theme_root(&self) -> Option<web_sys::HtmlElement> {
        use wasm_bindgen::JsCast;
        let element = match &self.host {
            Some(host) => host.clone(),
            None => web_sys::window()?.document()?.document_element()?,
        };
        element.dyn_into().ok()
    }
}
