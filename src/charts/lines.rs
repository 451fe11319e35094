//! A line chart over named categories: the emotion curve of the buyer journey, one line per
//! persona across the stages, from −2 to +2. A missing value breaks the line rather than
//! pretending to be zero.

use super::{ChartError, FONT, GRID, INK, MUTED, SERIES};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One line: its name and a value per category (`None` where there is none).
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the line is (a persona's name).
    pub name: String,
    /// One value per category.
    pub values: Vec<Option<f64>>,
}

/// Draws `series` across `categories`, on a scale from `min` to `max` with a labelled tick at
/// every whole number (`ticks` gives the tick labels, lowest first).
pub fn lines(
    categories: &[String],
    series: &[Series],
    min: f64,
    max: f64,
    ticks: &[String],
) -> Result<String, ChartError> {
    let n = categories.len().max(1);
    let step = 120i32;
    let left = 150i32;
    let top = 30i32;
    let plot_h = 260i32;
    let w = (left + step * n as i32 + 30).max(520) as u32;
    let legend_rows = series.len().div_ceil(3) as i32;
    let h = (top + plot_h + 70 + legend_rows * 30) as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        let span = if max > min { max - min } else { 1.0 };
        let y =
            |v: f64| top + (f64::from(plot_h) * (max - v.clamp(min, max)) / span).round() as i32;
        let x = |i: usize| left + step * i as i32 + step / 2;
        // Horizontal grid with tick labels (e.g. "−2 very negative" … "+2 very positive").
        for (k, label) in ticks.iter().enumerate() {
            let v = min + k as f64;
            root.draw(&PathElement::new(
                vec![(left, y(v)), (left + step * n as i32, y(v))],
                GRID.stroke_width(if v == 0.0 { 2 } else { 1 }),
            ))?;
            root.draw(&Text::new(
                label.clone(),
                (left - 10, y(v)),
                (FONT, 17)
                    .into_font()
                    .color(&MUTED)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        for (i, c) in categories.iter().enumerate() {
            root.draw(&Text::new(
                c.clone(),
                (x(i), top + plot_h + 14),
                (FONT, 18)
                    .into_font()
                    .color(&INK)
                    .pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        for (s, line) in series.iter().enumerate() {
            let color = SERIES[s % SERIES.len()];
            let mut run: Vec<(i32, i32)> = Vec::new();
            let flush = |run: &mut Vec<(i32, i32)>| -> Result<(), ChartError> {
                if run.len() > 1 {
                    root.draw(&PathElement::new(run.clone(), color.stroke_width(3)))?;
                }
                run.clear();
                Ok(())
            };
            for (i, v) in line.values.iter().enumerate().take(n) {
                match v {
                    Some(v) => {
                        let p = (x(i), y(*v));
                        run.push(p);
                        root.draw(&Circle::new(p, 6, color.filled()))?;
                    }
                    None => flush(&mut run)?,
                }
            }
            flush(&mut run)?;
            // Legend.
            let (lx, ly) = (
                left + (s as i32 % 3) * 200,
                top + plot_h + 60 + (s as i32 / 3) * 30,
            );
            root.draw(&Rectangle::new(
                [(lx, ly - 7), (lx + 24, ly + 7)],
                color.filled(),
            ))?;
            root.draw(&Text::new(
                line.name.clone(),
                (lx + 32, ly),
                (FONT, 18)
                    .into_font()
                    .color(&INK)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        root.present()?;
    }
    Ok(svg)
}
