//! The progress of an objective: its readings over time against the straight line from the
//! baseline at the start to the target at the deadline (DOMAIN.md §7).

use super::{short_number, ChartError, BRAND, FONT, GRID, INK, MUTED};
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

/// Draws `p`.
pub fn progress(p: &Progress) -> Result<String, ChartError> {
    const W: u32 = 640;
    const H: u32 = 340;
    let (left, right, top, bottom) = (90i32, 610i32, 20i32, 250i32);
    let ((d0, v0), (d1, v1)) = p.path;
    let first = p.readings.iter().map(|r| r.0).fold(d0, i32::min);
    let last = p.readings.iter().map(|r| r.0).fold(d1, i32::max);
    let values = p.readings.iter().map(|r| r.1).chain([v0, v1]);
    let (mut lo, mut hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let pad = ((hi - lo) * 0.1).max(1.0);
    lo -= pad;
    hi += pad;
    let span_d = f64::from((last - first).max(1));
    let x =
        |d: i32| left + ((f64::from(d - first) / span_d) * f64::from(right - left)).round() as i32;
    let y = |v: f64| bottom - (((v - lo) / (hi - lo)) * f64::from(bottom - top)).round() as i32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (W, H)).into_drawing_area();
        for k in 0..=4 {
            let v = lo + (hi - lo) * f64::from(k) / 4.0;
            root.draw(&PathElement::new(
                vec![(left, y(v)), (right, y(v))],
                GRID.stroke_width(1),
            ))?;
            root.draw(&Text::new(
                short_number(v),
                (left - 10, y(v)),
                (FONT, 16)
                    .into_font()
                    .color(&MUTED)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        let small = (FONT, 16).into_font().color(&MUTED);
        root.draw(&Text::new(
            p.day_labels.0.clone(),
            (left, bottom + 10),
            small.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        root.draw(&Text::new(
            p.day_labels.1.clone(),
            (right, bottom + 10),
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
        let ly = H as i32 - 30;
        root.draw(&DashedPathElement::new(
            vec![(left, ly), (left + 30, ly)],
            8,
            6,
            MUTED.stroke_width(2),
        ))?;
        root.draw(&Text::new(
            p.legend.0.clone(),
            (left + 40, ly),
            (FONT, 17)
                .into_font()
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        root.draw(&Circle::new((left + 300, ly), 6, BRAND.filled()))?;
        root.draw(&Text::new(
            p.legend.1.clone(),
            (left + 315, ly),
            (FONT, 17)
                .into_font()
                .color(&INK)
                .pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        root.present()?;
    }
    Ok(svg)
}
