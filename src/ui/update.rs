//! Offline support's visible part: registers the service worker (`www/sw.js`) in release
//! builds, and says when a new version of Waymark is ready, with a button to switch to it.
//!
//! Why a prompt and not a silent switch: a new worker waits until every page of the old
//! version is gone, so a running page never gets files of two versions mixed. The user
//! chooses when; the switch then reloads the page, so it happens only once the plan is saved
//! (the status in the header says "Saved"), and not while two tabs' changes wait for a choice
//! or a save has failed. Where the browser keeps nothing (storage blocked), reloading would
//! lose the plan, and the prompt says so.
//!
//! Debug builds (`trunk serve`) register nothing, so a worker never serves stale files while
//! the code changes. Registration failing (a sandboxed frame, `file://`, a browser without
//! service workers) changes nothing: the app works as before, online.
//!
//! The worker is the one beside the app's own files (found from this snippet's URL, not the
//! page's), and it is registered only when the page lies in its folder: a host page elsewhere
//! that mounts Waymark is left alone.

use crate::i18n::use_i18n;
use crate::state::SaveStatus;
use crate::ui::{Banner, BannerKind};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen(inline_js = r#"
let registration = null;
let notify = null;
let lastCheck = 0;

function waiting() {
  if (registration && registration.waiting && navigator.serviceWorker.controller && notify) notify();
}

export function register(onUpdate) {
  notify = onUpdate;
  try {
    const sw = navigator.serviceWorker;
    if (!sw || registration) { waiting(); return; }
    // This file is snippets/<crate>/inline0.js: the worker is two folders up.
    const url = new URL('../../sw.js', import.meta.url);
    if (!location.href.startsWith(new URL('./', url).href)) return;
    sw.register(url.href).then((reg) => {
      registration = reg;
      lastCheck = Date.now();
      // A new worker that finishes installing waits: that is when the prompt shows. One may
      // already be installing (the browser checks for one on every visit).
      const track = (worker) => {
        if (worker) worker.addEventListener('statechange', () => { if (worker.state === 'installed') waiting(); });
      };
      track(reg.installing);
      reg.addEventListener('updatefound', () => track(reg.installing));
      waiting();
      // A page left open for days still learns of a new version when it is looked at again.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && Date.now() - lastCheck > 3600000) {
          lastCheck = Date.now();
          reg.update().catch(() => {});
        }
      });
    }).catch(() => {});
  } catch (_) {}
}

export function unregisterListener() {
  notify = null;
}

export function activate() {
  const worker = registration && registration.waiting;
  if (!worker) { location.reload(); return; }
  let done = false;
  const reload = () => { if (!done) { done = true; location.reload(); } };
  navigator.serviceWorker.addEventListener('controllerchange', reload);
  worker.postMessage({ type: 'skip-waiting' });
  // Should the new worker fail to take over, the page still reloads as asked.
  setTimeout(reload, 5000);
}
"#)]
extern "C" {
    fn register(on_update: &Closure<dyn FnMut()>);
    #[wasm_bindgen(js_name = unregisterListener)]
    fn unregister_listener();
    fn activate();
}

/// Props of [`UpdatePrompt`].
#[derive(Properties, PartialEq)]
pub struct UpdatePromptProps {
    /// Whether the plan is saved: the switch (a reload) waits for it.
    pub save_status: SaveStatus,
}

/// Whether reloading now would lose nothing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Safety {
    /// Everything is stored.
    Safe,
    /// A save is under way: the reload follows it.
    Soon,
    /// Two tabs' changes wait for a choice, or a save failed: no reload until that is settled.
    Blocked,
    /// The browser keeps nothing: a reload loses the plan.
    Loses,
}

impl Safety {
    fn of(status: &SaveStatus) -> Safety {
        match status {
            SaveStatus::Saved => Safety::Safe,
            SaveStatus::Saving => Safety::Soon,
            SaveStatus::Waiting | SaveStatus::Failed(_) => Safety::Blocked,
            SaveStatus::MemoryOnly => Safety::Loses,
        }
    }
}

/// See the module documentation. Renders nothing until a new version waits.
#[function_component(UpdatePrompt)]
pub fn update_prompt(props: &UpdatePromptProps) -> Html {
    let i18n = use_i18n();
    let ready = use_state_eq(|| false);
    // The user asked to switch; it happens as soon as nothing is unsaved.
    let requested = use_state_eq(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let on_update = (!cfg!(debug_assertions)).then(|| {
                let on_update = Closure::<dyn FnMut()>::new(move || ready.set(true));
                register(&on_update);
                on_update
            });
            move || {
                if on_update.is_some() {
                    unregister_listener();
                }
                drop(on_update);
            }
        });
    }
    let safety = Safety::of(&props.save_status);
    use_effect_with((*requested, safety), |(requested, safety)| {
        if *requested && matches!(safety, Safety::Safe | Safety::Loses) {
            activate();
        }
    });
    if !*ready {
        return Html::default();
    }
    let onclick = {
        let requested = requested.clone();
        Callback::from(move |_: MouseEvent| requested.set(true))
    };
    // Asked, and a save is under way: the reload follows it.
    let waits = *requested && safety == Safety::Soon;
    html! {
        <Banner kind={BannerKind::Info} testid="update-ready">
            <p>{ i18n.t("update-ready") }</p>
            if safety == Safety::Blocked {
                <p class="banner-detail">{ i18n.t("update-after-save") }</p>
            }
            if safety == Safety::Loses {
                <p class="banner-detail">{ i18n.t("update-loses-changes") }</p>
            }
            <p class="banner-actions">
                <button type="button" class="button button-primary" data-testid="update-reload"
                    disabled={safety == Safety::Blocked || waits} {onclick}>
                    { if waits { i18n.t("update-reloading") } else { i18n.t("update-reload") } }
                </button>
            </p>
        </Banner>
    }
}
