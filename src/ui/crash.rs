//! When the app itself fails (a Rust panic), the user sees why it stopped and gets their plan.
//!
//! A panic ends the WebAssembly program, so nothing here may rely on it running afterwards:
//! the hook builds a plain DOM message at once, with the stored plan already wrapped in a
//! download link (a Blob URL made during the hook), so the button works with the program
//! gone. The plan is read straight from storage (what the last save wrote): the message never
//! depends on the app's state, which may be what broke. The texts are set in the interface
//! language whenever it changes ([`set_texts`]); before the first translation loads they are
//! English.
//!
//! The message goes inside Waymark's root ([`set_root`]): the page's `<body>` on Waymark's own
//! page, the mount element inside its shadow root when mounted into a host page. There it has
//! Waymark's styles, and it covers Waymark, never the host's page (which keeps working).

use crate::storage::{Namespace, Store};
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The message's texts: title, explanation, download button, reload button.
#[derive(Clone, Debug, PartialEq)]
pub struct CrashTexts {
    /// The heading.
    pub title: String,
    /// What happened and what to do.
    pub body: String,
    /// The download button.
    pub download: String,
    /// The reload button.
    pub reload: String,
}

impl Default for CrashTexts {
    fn default() -> Self {
        CrashTexts {
            title: "Waymark stopped because of an error".into(),
            body: "Your plan as last saved is safe in this browser. Download a copy to be sure, then reload the page.".into(),
            download: "Download your plan".into(),
            reload: "Reload".into(),
        }
    }
}

thread_local! {
    static TEXTS: RefCell<CrashTexts> = RefCell::new(CrashTexts::default());
    /// Where the message goes; `None`: the document's `<body>`.
    static ROOT: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Sets the element the message is added to: Waymark's root (`None`: the page's `<body>`,
/// Waymark's own page).
pub fn set_root(root: Option<web_sys::Element>) {
    ROOT.with(|r| *r.borrow_mut() = root);
}

/// Sets the texts the message will use, in the interface language.
pub fn set_texts(texts: CrashTexts) {
    TEXTS.with(|t| *t.borrow_mut() = texts);
}

/// Installs the panic hook for the app storing its plans under `ns` and rendered into `root`
/// (`None`: the page's `<body>`).
///
/// Through Yew's `set_custom_panic_hook`: a plain `std::panic::set_hook` is replaced by Yew's
/// console-only hook when the app is rendered, and the message would never show.
pub fn install(ns: Namespace, root: Option<web_sys::Element>) {
    set_root(root);
    yew::set_custom_panic_hook(Box::new(move |info| {
        let detail = info.to_string();
        web_sys::console::error_1(&format!("waymark: {detail}").into());
        show(&ns, &detail);
    }));
}

/// Shows the message (once), with the open plan from storage offered as a download.
pub fn show(ns: &Namespace, detail: &str) {
    let _ = try_show(ns, detail);
}

fn try_show(ns: &Namespace, detail: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let root = ROOT
        .try_with(|r| r.try_borrow().ok().and_then(|r| r.clone()))
        .ok()
        .flatten()
        .or_else(|| document.body().map(Into::into))?;
    if root
        .query_selector("#waymark-crash")
        .ok()
        .flatten()
        .is_some()
    {
        return Some(());
    }
    let texts = TEXTS
        .try_with(|t| t.try_borrow().map(|t| t.clone()).unwrap_or_default())
        .unwrap_or_default();
    let el = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let dialog = document.create_element("div").ok()?;
    dialog.set_id("waymark-crash");
    dialog.set_class_name("crash");
    let _ = dialog.set_attribute("role", "alertdialog");
    let _ = dialog.set_attribute("aria-labelledby", "waymark-crash-title");
    let _ = dialog.set_attribute("data-testid", "crash");
    let title = el("h2", &texts.title)?;
    title.set_id("waymark-crash-title");
    dialog.append_child(&title).ok()?;
    let body = el("p", &texts.body)?;
    dialog.append_child(&body).ok()?;
    let actions = document.create_element("p").ok()?;
    actions.set_class_name("banner-actions");
    if let Some((name, text)) = stored_plan(ns) {
        let link = el("a", &texts.download)?;
        link.set_class_name("button button-primary");
        let _ = link.set_attribute("data-testid", "crash-download");
        let anchor: web_sys::HtmlAnchorElement = link.dyn_into().ok()?;
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        // Not revoked: the link must keep working after the program has stopped.
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        anchor.set_href(&url);
        anchor.set_download(&crate::ui::transfer::file_name(&name, "json"));
        actions.append_child(&anchor).ok()?;
    }
    let reload = el("a", &texts.reload)?;
    reload.set_class_name("button");
    let _ = reload.set_attribute("href", "");
    actions.append_child(&reload).ok()?;
    dialog.append_child(&actions).ok()?;
    let details = el("pre", detail)?;
    details.set_class_name("crash-detail");
    dialog.append_child(&details).ok()?;
    root.append_child(&dialog).ok()?;
    Some(())
}

/// The name and stored text of the plan that was open, straight from storage.
fn stored_plan(ns: &Namespace) -> Option<(String, String)> {
    let store = Store::browser(ns.clone());
    let id = store.load_settings().current_plan?;
    let text = store.read_raw(&ns.plan_key(&id))?;
    // The reader may not be loaded (storage/codec.rs): then the file is named "plan".
    let name = crate::storage::codec::decode(&text)
        .and_then(Result::ok)
        .map_or_else(|| "plan".into(), |d| d.plan.meta.name);
    Some((name, text))
}
