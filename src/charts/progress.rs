//! The progress of an objective: its readings over time against the straight line from the
//! baseline at the start to the target at the deadline (DOMAIN.md §7).

use super::{ChartError, TextSize, BRAND, FONT, GRID, INK, MUTED};
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// What to draw: days are numbers (days since 1970), values in the objective's unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The straight line: (start day, baseline) to (deadline day, target).
    pub path: ((i32, f64), (i32, f64)),
    /// The readings, by day.
    pub readings: Vec<(i32, f64)>,
    /// Labels of the first and last day ("1 Apr 2027").
    pub day_labels: (String, String),
    /// Legend: the path's and the readings' names.
    pub legend: (String, String),
}

/// Draws `p`; the plot keeps its width at any `text` size and the margins that hold text grow,
/// while the plot grows flatter by as much as its labels grow taller, so on a slide the chart
/// still fits under the objective's check and status. `number` writes the axis's values, in
/// the reader's language.
pub fn progress(
    p: &Progress,
    text: TextSize,
    number: &dyn Fn(f64) -> String,
) -> Result<String, ChartError> {
    let (left, top) = (text.of(90), 20i32);
    let bottom = top + 230 - (text.of(90) - 90) * 2 / 3;
    let right = left + 520;
    let (w, h) = ((right + 30) as u32, (bottom + text.of(90)) as u32);
    let ((d0, v0), (d1, v1)) = p.path;
    let first = p.readings.iter().map(|r| r.0).fold(d0, i32::min);
    let last = p.readings.iter().map(|r| r.0).fold(d1, i32::max);
    let values = p.readings.iter().map(|r| r.1).chain([v0, v1]);
    let (mut lo, mut hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let pad = ((hi - lo) * 0.1).max(1.0);
    // The scale in round steps (9,800 / 10,400 / 11,000, never 169 / 232 / 295): padded a
    // little, then widened to whole steps (issue 14).
    let step = super::bars::tick_step(hi - lo + 2.0 * pad, false);
    lo = ((lo - pad) / step).floor() * step;
    hi = ((hi + pad) / step).ceil() * step;
    let steps = ((hi - lo) / step).round().max(1.0) as i32;
    let span_d = f64::from((last - first).max(1));
    let x =
        |d: i32| left + ((f64::from(d - first) / span_d) * f64::from(right - left)).round() as i32;
    let y = |v: f64| bottom - (((v - lo) / (hi - lo)) * f64::from(bottom - top)).round() as i32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        for k in 0..=steps {
            let v = lo + step * f64::from(k);
            root.draw(&PathElement::new(
                vec![(left, y(v)), (right, y(v))],
                GRID.stroke_width(1),
            ))?;
            root.draw(&Text::new(
                number(v),
                (left - 10, y(v)),
                (FONT, text.of(16))
                    .into_font()
                    .color(&MUTED)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        let small = (FONT, text.of(16)).into_font().color(&MUTED);
        root.draw(&Text::new(
            p.day_labels.0.clone(),
            (left, bottom + text.of(10)),
            small.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        root.draw(&Text::new(
            p.day_labels.1.clone(),
            (right, bottom + text.of(10)),
            small.pos(Pos::new(HPos::Right, VPos::Top)),
        ))?;
        root.draw(&DashedPathElement::new(
            vec![(x(d0), y(v0)), (x(d1), y(v1))],
            8,
            6,
            MUTED.stroke_width(2),
        ))?;
        let points: Vec<(i32, i32)> = p.readings.iter().map(|(d, v)| (x(*d), y(*v))).collect();
        if points.len() > 1 {
            root.draw(&PathElement::new(points.clone(), BRAND.stroke_width(3)))?;
        }
        for pt in &points {
            root.draw(&Circle::new(*pt, 6, BRAND.filled()))?;
        }
        // Legend.
        let ly = h as i32 - text.of(30);
        root.draw(&DashedPathElement::new(
            vec![(left, ly), (left + 30, ly)],
            8,
            6,
            MUTED.stroke_width(2),
        ))?;
        root.draw(&Text::new(
            p.legend.0.clone(),
            (left + 40, ly),
            (FONT, text.of(17))
                .into_font()
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        // The second entry follows the first at a gap (its width estimated from its length).
        let first_w = (p.legend.0.chars().count() as f64 * 0.6 * f64::from(text.of(17)) / 1.24)
            .round() as i32;
        let second = (left + text.of(40) + first_w + text.of(40)).min(right - text.of(120));
        root.draw(&Circle::new((second, ly), 6, BRAND.filled()))?;
        root.draw(&Text::new(
            p.legend.1.clone(),
            (second + text.of(15), ly),
            (FONT, text.of(17))
                .into_font()
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        root.present()?;
    }
    Ok(svg)
}
