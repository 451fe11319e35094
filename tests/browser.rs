//! Browser tests, run by wasm-bindgen-test in headless Chromium: the storage wrapper against
//! the real localStorage (including a really full quota and blocked storage), and the app's
//! components rendered into a real document.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use waymark::domain::{Locale, Plan, PlanId, Timestamp};
use waymark::storage::web::{fault_from, LocalStorage};
use waymark::storage::{
    Backend, Fault, KeptWhy, LoadOutcome, Namespace, Persistence, SaveError, Store,
};

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

fn clear_namespace(ns: &str) {
    let storage = local();
    let prefix = format!("waymark:{ns}:");
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect();
    for key in keys
        .into_iter()
        .filter(|k| k.starts_with(&prefix) || k.starts_with("filler"))
    {
        let _ = storage.remove_item(&key);
    }
}

fn plan(name: &str) -> Plan {
    Plan::new(
        PlanId::generate(Timestamp(1_700_000_000_000), 99),
        name,
        "x",
        Locale::En,
        Timestamp(1_700_000_000_000),
    )
}

async fn sleep(ms: u32) {
    gloo::timers::future::TimeoutFuture::new(ms).await;
}

#[wasm_bindgen_test]
fn the_backend_reads_writes_and_lists_real_local_storage() {
    clear_namespace("t1");
    let backend = LocalStorage::open().expect("open");
    backend.set("waymark:t1:a", "1 <b>text</b>").expect("set");
    assert_eq!(
        backend.get("waymark:t1:a").expect("get").as_deref(),
        Some("1 <b>text</b>")
    );
    assert!(backend
        .keys()
        .expect("keys")
        .contains(&"waymark:t1:a".to_string()));
    backend.remove("waymark:t1:a").expect("remove");
    assert_eq!(backend.get("waymark:t1:a").expect("get"), None);
    assert_eq!(
        local().get_item("waymark:probe").ok().flatten(),
        None,
        "the probe key is cleaned up"
    );
}

#[wasm_bindgen_test]
fn a_store_over_local_storage_saves_loads_and_rescues() {
    clear_namespace("t2");
    let store = Store::browser(Namespace::parse("t2").expect("ns"));
    assert_eq!(store.persistence(), &Persistence::Kept);
    let p = plan("Real storage");
    store.save_plan(&p).expect("save");
    assert_eq!(
        store.load_plan(&p.id, Timestamp(1)),
        LoadOutcome::Loaded {
            plan: p.clone(),
            migrated_from: None
        }
    );

    local()
        .set_item(&format!("waymark:t2:plan:{}", p.id), "{broken")
        .expect("corrupt it");
    let LoadOutcome::Rescued(rescued) = store.load_plan(&p.id, Timestamp(5)) else {
        panic!("rescue expected")
    };
    assert_eq!(
        local().get_item(&rescued.key).ok().flatten().as_deref(),
        Some("{broken")
    );
    clear_namespace("t2");
}

#[wasm_bindgen_test]
fn kept_copies_and_unreadable_settings_live_in_real_local_storage() {
    clear_namespace("t9");
    let store = Store::browser(Namespace::parse("t9").expect("ns"));
    let p = plan("Kept for the user");
    let key = store
        .keep_copy(&p, Timestamp(10), KeptWhy::OtherTab)
        .expect("kept");
    local()
        .set_item("waymark:t9:settings", "{not settings")
        .expect("damage the settings");
    let (_, kept_settings) = store.open_settings(Timestamp(11));
    let kept_settings = kept_settings.expect("kept aside");
    assert_eq!(
        local().get_item(&kept_settings).ok().flatten().as_deref(),
        Some("{not settings")
    );
    let listed = store.kept();
    assert_eq!(listed.len(), 2);
    assert!(listed
        .iter()
        .any(|k| k.key == key && k.name.as_deref() == Some("Kept for the user")));
    assert!(store.usage().kept > 0);
    clear_namespace("t9");
}

/// Fills localStorage until only `room` bytes (about) are left, with one filler key.
fn fill_until_room(room: usize) -> usize {
    let storage = local();
    let (mut lo, mut hi) = (0usize, 16 * 1024 * 1024);
    // Find the largest filler that fits, by bisection over real setItem calls.
    while hi - lo > 1024 {
        let mid = (lo + hi) / 2;
        if storage.set_item("filler", &"f".repeat(mid)).is_ok() {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let size = lo.saturating_sub(room);
    storage
        .set_item("filler", &"f".repeat(size))
        .expect("filler fits");
    size
}

#[wasm_bindgen_test]
fn a_really_full_storage_is_classified_as_quota_and_keeps_the_last_save() {
    clear_namespace("t3");
    let storage = local();
    // A value larger than any browser's localStorage quota.
    let err = storage
        .set_item("filler", &"q".repeat(12 * 1024 * 1024))
        .expect_err("over quota");
    assert_eq!(fault_from(&err), Fault::Quota);

    let store = Store::browser(Namespace::parse("t3").expect("ns"));
    let p = plan("Before the disk filled up");
    store.save_plan(&p).expect("first save");
    let filled = fill_until_room(2_000);
    assert!(filled > 1_000_000, "filled {filled}");
    let mut bigger = p.clone();
    bigger.meta.description = "d".repeat(19_000);
    assert_eq!(
        store.save_plan(&bigger),
        Err(SaveError::Storage(Fault::Quota))
    );
    assert_eq!(
        store.load_plan(&p.id, Timestamp(2)),
        LoadOutcome::Loaded {
            plan: p,
            migrated_from: None
        }
    );
    let _ = storage.remove_item("filler");
    clear_namespace("t3");
}

#[wasm_bindgen_test]
fn thrown_values_are_classified() {
    let quota = web_sys::DomException::new_with_message_and_name("full", "QuotaExceededError")
        .expect("dom exception");
    assert_eq!(fault_from(&quota.into()), Fault::Quota);
    let security = web_sys::DomException::new_with_message_and_name("no", "SecurityError")
        .expect("dom exception");
    assert_eq!(fault_from(&security.into()), Fault::Blocked);
    let firefox = js_sys::Error::new("Persistent storage maximum size reached");
    firefox.set_name("NS_ERROR_DOM_QUOTA_REACHED");
    assert_eq!(fault_from(&firefox.into()), Fault::Quota);
    assert!(matches!(
        fault_from(&JsValue::from_str("weird")),
        Fault::Other(_)
    ));
}

/// Makes `window.localStorage` throw a SecurityError, as a third-party iframe with blocked
/// cookies does, for the duration of `f`.
fn with_blocked_storage(f: impl FnOnce()) {
    let window: JsValue = web_sys::window().expect("window").into();
    let window: &js_sys::Object = window.unchecked_ref();
    let key = JsValue::from_str("localStorage");
    let saved = js_sys::Object::get_own_property_descriptor(window, &key);
    let getter = js_sys::Function::new_no_args(
        "throw new DOMException('The document is sandboxed', 'SecurityError')",
    );
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &getter).expect("set get");
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE)
        .expect("set configurable");
    js_sys::Object::define_property(window, &key, &descriptor);
    f();
    if saved.is_undefined() {
        js_sys::Reflect::delete_property(window, &key).expect("restore");
    } else {
        js_sys::Object::define_property(window, &key, saved.unchecked_ref());
    }
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory_and_says_so() {
    with_blocked_storage(|| {
        assert_eq!(LocalStorage::open().err(), Some(Fault::Blocked));
        let store = Store::browser(Namespace::parse("t4").expect("ns"));
        assert_eq!(
            store.persistence(),
            &Persistence::MemoryOnly(Fault::Blocked)
        );
        let p = plan("Only in memory");
        store.save_plan(&p).expect("memory save");
        assert!(matches!(
            store.load_plan(&p.id, Timestamp(1)),
            LoadOutcome::Loaded { .. }
        ));
    });
    assert!(LocalStorage::open().is_ok(), "restored");
    assert_eq!(
        local()
            .get_item(&format!("waymark:t4:plan:{}", plan("x").id))
            .ok()
            .flatten(),
        None
    );
}

fn mount_app(ns: &str) -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let props = waymark::app::AppProps {
        boot: Rc::new(waymark::app::Boot::load(
            waymark::storage::Store::browser(Namespace::parse(ns).expect("namespace")),
            Rc::default(),
            false,
        )),
        translations: Rc::new(waymark::i18n::Translations::parse(
            waymark::domain::Locale::En,
            include_str!("../src/i18n/locales/en.ftl").to_owned(),
        )),
    };
    yew::Renderer::<waymark::app::App>::with_root_and_props(root.clone(), props).render();
    root
}

fn query(root: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    root.query_selector(selector).ok().flatten()
}

#[wasm_bindgen_test]
async fn the_app_creates_a_plan_and_autosaves_it_under_its_namespace() {
    clear_namespace("t5");
    let root = mount_app("t5");
    sleep(50).await;
    let input: web_sys::HtmlInputElement = query(&root, "#new-plan-name")
        .expect("welcome field")
        .dyn_into()
        .expect("input");
    input.set_value("Browser test plan");
    let button: web_sys::HtmlElement = query(&root, "[data-testid=create-plan]")
        .expect("button")
        .dyn_into()
        .expect("el");
    button.click();
    sleep(50).await;
    let name: web_sys::HtmlInputElement = query(&root, "#plan-name")
        .expect("header name")
        .dyn_into()
        .expect("input");
    assert_eq!(name.value(), "Browser test plan");
    // Saving follows the state after the debounce, into this namespace only.
    sleep(700).await;
    let storage = local();
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect();
    let plan_key = keys
        .iter()
        .find(|k| k.starts_with("waymark:t5:plan:"))
        .expect("plan saved");
    let stored = storage.get_item(plan_key).ok().flatten().expect("value");
    assert!(stored.contains("Browser test plan"));
    assert!(keys.iter().any(|k| k == "waymark:t5:settings"));
    let status = query(&root, "[data-testid=save-status]").expect("status");
    assert_eq!(status.get_attribute("data-state").as_deref(), Some("saved"));
    root.remove();
    clear_namespace("t5");
}

#[wasm_bindgen_test]
async fn the_text_field_commits_on_blur_once_and_renders_text_as_text() {
    use waymark::ui::TextField;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct HarnessProps {
        log: Rc<RefCell<Vec<String>>>,
    }
    #[function_component(Harness)]
    fn harness(props: &HarnessProps) -> Html {
        let value = use_state(|| "<img src=x onerror=alert(1)>".to_string());
        let on_commit = {
            let (value, log) = (value.clone(), props.log.clone());
            Callback::from(move |text: String| {
                log.borrow_mut().push(text.clone());
                value.set(text);
            })
        };
        html! { <TextField id="f" label="Field" value={(*value).clone()} {on_commit} /> }
    }

    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let root = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let log = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { log: log.clone() })
        .render();
    sleep(20).await;
    assert!(
        query(&root, "img").is_none(),
        "user text is never parsed as HTML"
    );
    let input: web_sys::HtmlInputElement = query(&root, "#f")
        .expect("field")
        .dyn_into()
        .expect("input");
    assert_eq!(input.value(), "<img src=x onerror=alert(1)>");
    let label = query(&root, "label[for=f]").expect("label");
    assert_eq!(label.text_content().as_deref(), Some("Field"));

    input.set_value("New text");
    let event = web_sys::InputEvent::new("input").expect("event");
    input.dispatch_event(&event).expect("dispatch");
    input.focus().expect("focus");
    input.blur().expect("blur");
    sleep(20).await;
    assert_eq!(*log.borrow(), vec!["New text".to_string()]);
    // The pause timer was cancelled by the blur: no second commit.
    sleep(1_000).await;
    assert_eq!(log.borrow().len(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_crash_message_offers_the_stored_plan_without_the_program() {
    clear_namespace("crash-test");
    let ns = Namespace::parse("crash-test").expect("namespace");
    let store = Store::browser(ns.clone());
    let p = plan("Crash: <b>bold</b>");
    store.save_plan(&p).expect("save");
    store
        .save_settings(&waymark::storage::Settings {
            current_plan: Some(p.id.clone()),
            ..Default::default()
        })
        .expect("settings");
    waymark::ui::crash::show(&ns, "panicked at 'boom'");
    waymark::ui::crash::show(&ns, "a second panic shows no second message");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let shown = document
        .query_selector_all("#waymark-crash")
        .expect("query");
    assert_eq!(shown.length(), 1);
    let link: web_sys::HtmlAnchorElement = document
        .query_selector("[data-testid=crash-download]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("a download link");
    assert!(link.href().starts_with("blob:"), "{}", link.href());
    assert!(link.download().ends_with(".json"), "{}", link.download());
    // The blob holds exactly what storage holds.
    let response = wasm_bindgen_futures::JsFuture::from(
        web_sys::window()
            .expect("window")
            .fetch_with_str(&link.href()),
    )
    .await
    .expect("fetch blob");
    let response: web_sys::Response = response.dyn_into().expect("response");
    let text = wasm_bindgen_futures::JsFuture::from(response.text().expect("text"))
        .await
        .expect("text")
        .as_string()
        .expect("string");
    assert_eq!(
        Some(text),
        store.read_raw(&format!("waymark:crash-test:plan:{}", p.id))
    );
    // The plan name was text, not markup.
    let dialog = document.get_element_by_id("waymark-crash").expect("dialog");
    assert!(dialog.query_selector("b").ok().flatten().is_none());
    dialog.remove();
    clear_namespace("crash-test");
}

/// Issue 12, defect 8: mounted into a host page, the crash message goes inside Waymark's root
/// (the element it renders into), never into the host's `<body>`.
#[wasm_bindgen_test]
fn the_crash_message_goes_into_waymarks_root() {
    let ns = Namespace::parse("crash-root").expect("namespace");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let body = document.body().expect("body");
    let root = document.create_element("div").expect("root");
    body.append_child(&root).expect("append");
    waymark::ui::crash::set_root(Some(root.clone()));
    waymark::ui::crash::show(&ns, "panicked at 'boom'");
    waymark::ui::crash::set_root(None);
    let shown = root
        .query_selector(":scope > #waymark-crash")
        .ok()
        .flatten();
    let in_body = body
        .query_selector(":scope > #waymark-crash")
        .ok()
        .flatten();
    root.remove();
    assert!(shown.is_some(), "the message is in Waymark's root");
    assert!(in_body.is_none(), "and not in the page's <body>");
}
