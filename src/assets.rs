//! Where Waymark's own files are: the folder its `index.html`, script, WebAssembly, locale
//! files and the deployment's logo are served from.
//!
//! On Waymark's own page that folder is the page's, and relative URLs resolve there by
//! themselves. Mounted into a host page (`mount.js`), the document is the host's: a relative
//! URL would resolve against the host's address, so a logo, a locale file or a share link
//! would point into the host's site. The mounting script therefore passes its own folder
//! (`assets`, see `crate::mount`), and every URL of Waymark's files is made with [`url`],
//! every link that must open Waymark with [`page`].

use std::cell::RefCell;

thread_local! {
    /// Waymark's folder when it runs in a host's page, as an absolute URL ending with `/`;
    /// `None` on its own page.
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Says where Waymark's files are (an absolute `http(s)` URL; its folder is kept). Anything
/// else is ignored with a console warning, and URLs stay relative to the page.
pub fn set_base(base: &str) {
    let folder = web_sys::Url::new(base)
        .ok()
        .filter(|u| matches!(u.protocol().as_str(), "https:" | "http:"))
        .and_then(|u| web_sys::Url::new_with_base("./", &u.href()).ok())
        .map(|u| u.href());
    if folder.is_none() {
        web_sys::console::warn_1(
            &format!("waymark: assets {base:?} is not an http(s) address; ignored").into(),
        );
    }
    BASE.with(|b| *b.borrow_mut() = folder);
}

/// Waymark's folder when it is mounted into a host page; `None` on its own page.
pub fn base() -> Option<String> {
    BASE.with(|b| b.borrow().clone())
}

/// The URL of Waymark's file `path` (relative to its folder, such as `locales/en.ftl`):
/// absolute when mounted, else `path` itself (the browser resolves it against the page).
pub fn url(path: &str) -> String {
    match base() {
        Some(base) => web_sys::Url::new_with_base(path, &base)
            .map(|u| u.href())
            .unwrap_or_else(|_| format!("{base}{path}")),
        None => path.to_owned(),
    }
}

/// The address of Waymark's own page, without a fragment: what a link that opens Waymark
/// (a share link) starts with. Mounted, that is Waymark's folder (its `index.html`, the
/// manifest's start URL), never the host page, which may not run Waymark at all.
pub fn page() -> String {
    match base() {
        Some(base) => base,
        None => web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|href| href.split('#').next().unwrap_or_default().to_owned())
            .unwrap_or_default(),
    }
}
