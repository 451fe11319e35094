//! A radar (spider) chart: one axis per area, the score on each, the areas joined into a
//! shape. The health check shows its four context scores this way (seed 002, Part 1).

use super::{ChartError, TextSize, BRAND, FONT, GRID, INK, MUTED};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One axis: its label and its value (`None` when the area has no score yet).
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// What the axis measures.
    pub label: String,
    /// The value, from 0 to the chart's maximum.
    pub value: Option<f64>,
}

/// Draws `axes` (three or more) from 0 to `max`, with a ring at every whole number. Areas with
/// no value sit at the centre and are drawn as hollow markers, so "not rated" never looks
/// like a low score. The rings keep their size at any `text` size; the room around them for
/// the labels grows with it.
pub fn radar(axes: &[Axis], max: f64, text: TextSize) -> Result<String, ChartError> {
    let (w, h) = (
        (text.of(230) * 2 + 100).max(1) as u32,
        (text.of(125) * 2 + 150).max(1) as u32,
    );
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        let n = axes.len().max(3);
        let max = if max > 0.0 { max } else { 1.0 };
        let (cx, cy, r) = (f64::from(w) / 2.0, f64::from(h) / 2.0, 150.0);
        // `i` may be fractional: 0.5 lies between the first two axes.
        let at = |i: f64, v: f64| -> (i32, i32) {
            let angle = -std::f64::consts::FRAC_PI_2 + i * std::f64::consts::TAU / n as f64;
            let d = r * (v / max).clamp(0.0, 1.0);
            let (cos, sin) = super::unit(angle);
            ((cx + d * cos).round() as i32, (cy + d * sin).round() as i32)
        };
        let point = |i: usize, v: f64| at(i as f64, v);
        // Rings and spokes.
        let rings = max.floor().max(1.0) as usize;
        for ring in 1..=rings {
            let mut path: Vec<(i32, i32)> = (0..n).map(|i| point(i, ring as f64)).collect();
            path.push(path[0]);
            root.draw(&PathElement::new(path, GRID.stroke_width(1)))?;
            root.draw(&Text::new(
                ring.to_string(),
                // Between the first two axes, where no label is.
                at(0.5, ring as f64),
                (FONT, text.of(19))
                    .into_font()
                    .color(&MUTED)
                    .pos(Pos::new(HPos::Center, VPos::Center)),
            ))?;
        }
        for i in 0..n {
            root.draw(&PathElement::new(
                vec![point(i, 0.0), point(i, max)],
                GRID.stroke_width(1),
            ))?;
        }
        // The shape of the values.
        let values: Vec<(i32, i32)> = (0..n)
            .map(|i| point(i, axes.get(i).and_then(|a| a.value).unwrap_or(0.0)))
            .collect();
        root.draw(&Polygon::new(values.clone(), BRAND.mix(0.22).filled()))?;
        let mut outline = values.clone();
        outline.push(values[0]);
        root.draw(&PathElement::new(outline, BRAND.stroke_width(3)))?;
        for (i, p) in values.iter().enumerate() {
            let rated = axes.get(i).and_then(|a| a.value).is_some();
            let style = if rated {
                BRAND.filled()
            } else {
                BRAND.stroke_width(2)
            };
            root.draw(&Circle::new(*p, 5, style))?;
        }
        // Labels outside the rings, anchored away from the centre.
        for (i, axis) in axes.iter().enumerate().take(n) {
            let (x, y) = point(i, max * 1.12);
            let h = if (f64::from(x) - cx).abs() < 8.0 {
                HPos::Center
            } else if f64::from(x) > cx {
                HPos::Left
            } else {
                HPos::Right
            };
            let v = if (f64::from(y) - cy).abs() < 8.0 {
                VPos::Center
            } else if f64::from(y) > cy {
                VPos::Top
            } else {
                VPos::Bottom
            };
            root.draw(&Text::new(
                axis.label.clone(),
                (x, y),
                (FONT, text.of(25))
                    .into_font()
                    .color(&INK)
                    .pos(Pos::new(h, v)),
            ))?;
        }
        root.present()?;
    }
    Ok(svg)
}
