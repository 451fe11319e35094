//! How much room Waymark takes in this browser: the plans and the kept copies against the
//! ~5 MB localStorage gives a site, a warning before it runs out, and the browser's own
//! estimate of what the site may use.

use crate::i18n::size_text;
use crate::i18n::{use_i18n, Arg};
use crate::storage::{Store, LOCAL_STORAGE_LIMIT};
use crate::ui::{storage_estimate, Banner, BannerKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct UsageProps {
    pub store: Store,
    pub refresh: u32,
}

/// How much room the plans take against what the browser gives a site, with a warning and
/// what to do before it runs out.
#[function_component(UsageCard)]
pub(super) fn usage_card(props: &UsageProps) -> Html {
    let i18n = use_i18n();
    let estimate = use_state_eq(|| None::<u64>);
    {
        let estimate = estimate.clone();
        use_effect_with(props.refresh, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some((_, quota)) = storage_estimate().await {
                    estimate.set(Some(quota as u64));
                }
            });
        });
    }
    let usage = props.store.usage();
    // localStorage counts UTF-16 code units, two bytes each.
    let percent = (usage.share() * 100.0).clamp(0.0, 100.0);
    html! {
        <section class="card usage" aria-labelledby="usage-title" data-testid="usage">
            <h2 id="usage-title">{ i18n.t("usage-title") }</h2>
            <p>{ i18n.t_args("usage-body", &[
                ("used", Arg::from(size_text(&i18n, usage.plans as f64))),
                ("copies", Arg::from(size_text(&i18n, usage.copies as f64))),
                ("limit", Arg::from(size_text(&i18n, LOCAL_STORAGE_LIMIT as f64))),
            ]) }</p>
            if usage.kept > 0 {
                <p data-testid="usage-kept">{ i18n.t_args("usage-kept", &[
                    ("kept", Arg::from(size_text(&i18n, usage.kept as f64))),
                ]) }</p>
            }
            <meter class="meter" min="0" max="100" low="0" high={format!("{:.0}", crate::storage::NEARLY_FULL * 100.0)} optimum="0"
                value={format!("{percent:.1}")} aria-label={i18n.t("usage-meter")}></meter>
            if usage.nearly_full() {
                <Banner kind={BannerKind::Warning} testid="usage-nearly-full"><p>{ i18n.t("usage-nearly-full") }</p></Banner>
            }
            if let Some(quota) = *estimate {
                <p class="muted">{ i18n.t_args("usage-estimate", &[
                    ("quota", Arg::from(size_text(&i18n, quota as f64))),
                ]) }</p>
            }
        </section>
    }
}
