//! The health check's scores as the summary, the report and the slides show them: a score's
//! words ("2.8 of 5") and the radar chart's axes.

use crate::charts::radar::Axis;
use crate::domain::health::score::ContextScore;
use crate::i18n::{context_name, Arg, I18nContext};

pub(crate) fn score_text(i18n: &I18nContext, score: &ContextScore) -> String {
    match score.mean {
        Some(mean) => i18n.t_args(
            "hc-score-of",
            &[("score", Arg::from(score_value(i18n, mean)))],
        ),
        None => i18n.t("hc-score-none"),
    }
}

/// A score as the reader's language writes it, to one decimal ("2.8", "2,8"), a whole one
/// without (3).
pub(crate) fn score_value(i18n: &I18nContext, mean: f64) -> String {
    crate::i18n::axis_number(i18n.locale(), mean)
}

/// The radar's axes (one per context, in order) and its text alternative; the summary step,
/// the report and the presentation all draw the same chart.
pub(crate) fn radar_axes(i18n: &I18nContext, scores: &[ContextScore]) -> (Vec<Axis>, String) {
    let labels: Vec<String> = scores
        .iter()
        .map(|s| context_name(i18n, s.context))
        .collect();
    let alt = i18n.t_args(
        "hc-chart-alt",
        &[(
            "scores",
            Arg::from(
                i18n.list(
                    &scores
                        .iter()
                        .zip(&labels)
                        .map(|(s, l)| format!("{l} {}", score_text(i18n, s)))
                        .collect::<Vec<_>>(),
                ),
            ),
        )],
    );
    let axes = scores
        .iter()
        .zip(labels)
        .map(|(s, label)| Axis {
            label,
            value: s.mean,
        })
        .collect();
    (axes, alt)
}
