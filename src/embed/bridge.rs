//! The browser side of embedding: reads the deployment's config file, tells whether Waymark
//! runs in a frame, applies the brand, and carries protocol messages to and from the host.
//!
//! Trust is by exact origin. A message is read only if its origin is in the config's
//! `allowedOrigins` and it comes from the parent window; anything else is dropped and logged
//! to the console (never answered, so a foreign page learns nothing). Waymark posts only to the
//! parent, and only with an allowed origin as the target: the one the parent is known to have
//! (`location.ancestorOrigins`, else the referrer), or the one a valid message came from.

use super::config::{brand_palette, parse_colour, DeployConfig, CONFIG_FILE};
use super::protocol::{Inbound, Outbound};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, RequestCache, RequestInit, Response};

thread_local! {
    /// The host's origin, once known and allowed: where messages go.
    static TARGET: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Reads `waymark.config.json` next to the page. Missing: the defaults, silently (most
/// deployments have none). Unreadable or partly wrong: what can be used, and a console warning
/// for the rest.
pub async fn load_config() -> DeployConfig {
    match fetch_config().await {
        Ok(Some(text)) => {
            let (config, warnings) = DeployConfig::parse(&text);
            for warning in warnings {
                warn(&format!("waymark: {CONFIG_FILE}: {warning}"));
            }
            config
        }
        Ok(None) => DeployConfig::default(),
        Err(e) => {
            warn(&format!(
                "waymark: {CONFIG_FILE} could not be read ({e}); defaults apply"
            ));
            DeployConfig::default()
        }
    }
}

async fn fetch_config() -> Result<Option<String>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(CONFIG_FILE, &init))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: Response = response.dyn_into().map_err(|_| "not a response")?;
    if response.status() == 404 {
        return Ok(None);
    }
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(text.as_string())
}

/// Whether this page runs inside a frame.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// Whether the page asks for compact chrome (`?embed=1`). It changes the look only: what a
/// host may do is set by the config file, never by the address.
pub fn compact_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("embed"))
        .is_some_and(|v| v == "1")
}

/// Sets the brand colour's custom properties on `root` (CSSOM, which the page's CSP allows;
/// no inline style markup). `styles.css` falls back to Waymark's colours without them.
pub fn apply_brand(config: &DeployConfig, root: &web_sys::HtmlElement) {
    let colour = config
        .brand
        .as_ref()
        .and_then(|b| b.color.as_deref())
        .and_then(parse_colour);
    if let Some(colour) = colour {
        let style = root.style();
        for (name, value) in brand_palette(colour) {
            let _ = style.set_property(name, &value);
        }
    }
}

/// The parent's origin as the browser reports it, if it is allowed.
fn known_parent_origin(config: &DeployConfig) -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    // `ancestorOrigins` (Chromium, Safari; not in web-sys's stable API): the parent's origin
    // even when the parent sends no referrer.
    let from_ancestors = js_sys::Reflect::get(&location, &JsValue::from_str("ancestorOrigins"))
        .ok()
        .and_then(|list| list.dyn_into::<web_sys::DomStringList>().ok())
        .and_then(|list| list.item(0));
    let from_referrer = || {
        let referrer = window.document()?.referrer();
        let url = web_sys::Url::new(&referrer).ok()?;
        Some(url.origin())
    };
    let origin = from_ancestors.or_else(from_referrer)?;
    config.allows(&origin).then_some(origin)
}

/// Posts `message` to the host, if Waymark is framed by an allowed origin; otherwise nothing.
pub fn post(message: &Outbound) {
    let Some(target) = TARGET.with(|t| t.borrow().clone()) else {
        return;
    };
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    if let Ok(value) = js_sys::JSON::parse(&message.to_json().to_string()) {
        let _ = parent.post_message(&value, &target);
    }
}

/// Starts listening to the host when Waymark is framed and the config allows any origin, and
/// says `ready`. `answer` turns each accepted request into the replies to send back to the
/// origin that asked. The returned listener stops when dropped.
pub fn listen(
    config: Rc<DeployConfig>,
    plan_id: Option<String>,
    answer: Rc<dyn Fn(Inbound) -> Vec<Outbound>>,
) -> Option<EventListener> {
    if !in_frame() || config.allowed_origins.is_empty() {
        return None;
    }
    let window = web_sys::window()?;
    if let Some(origin) = known_parent_origin(&config) {
        TARGET.with(|t| *t.borrow_mut() = Some(origin));
    }
    let parent = window.parent().ok().flatten();
    let listener = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else {
            return;
        };
        let origin = event.origin();
        let from_parent = match (event.source(), &parent) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, parent),
            _ => false,
        };
        if !config.allows(&origin) || !from_parent {
            warn(&format!(
                "waymark: ignored a message from {origin:?}: not the parent page of an allowed origin"
            ));
            return;
        }
        let data = js_sys::JSON::stringify(&event.data())
            .ok()
            .and_then(|s| s.as_string())
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
            .unwrap_or(serde_json::Value::Null);
        match Inbound::parse(&data) {
            Ok(request) => {
                TARGET.with(|t| *t.borrow_mut() = Some(origin));
                for reply in answer(request) {
                    post(&reply);
                }
            }
            Err(why) => match why.answer() {
                // A request of this protocol the host got wrong: it gets its answer.
                Some(reply) => {
                    TARGET.with(|t| *t.borrow_mut() = Some(origin));
                    post(&reply);
                }
                None => warn(&format!(
                    "waymark: ignored a message from {origin}: {why:?}"
                )),
            },
        }
    });
    post(&Outbound::Ready { plan_id });
    Some(listener)
}

fn warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(text));
}
