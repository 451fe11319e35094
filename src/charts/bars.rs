//! Bar charts over named groups: stacked (the channel mix: paid, owned and earned
//! touchpoints per stage) or side by side (attribution: each channel's credit under each
//! model).

use super::{ChartError, TextSize, FONT, GRID, INK, MUTED};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One group of bars: its label and a value per series.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// What the group is (a stage, a channel).
    pub label: String,
    /// One value per series.
    pub values: Vec<f64>,
}

/// Draws `groups` with one bar (or stack segment) per series; `series` names them and gives
/// their colours; `number` writes the axis's values (the UI passes the reader's language, so
/// the axis reads as the table beside it does). The bars keep their size at any `text` size;
/// a group's room (its name sits under it) and the margins that hold text grow with it.
pub fn bars(
    groups: &[Group],
    series: &[(String, RGBColor)],
    stacked: bool,
    text: TextSize,
    number: &dyn Fn(f64) -> String,
) -> Result<String, ChartError> {
    let n = groups.len().max(1) as i32;
    let per = series.len().max(1) as i32;
    let bar = if stacked { 44 } else { 22 };
    let group_w = text.of(if stacked { 110 } else { per * bar + 40 });
    let left = text.of(90);
    let top = 20i32;
    let plot_h = 260i32;
    let w = (left + group_w * n + 20).max(text.of(520)) as u32;
    let legend_rows = (series.len() as i32 + 2) / 3;
    let (label_h, row_h) = (text.of(62), text.of(30));
    let h = (top + plot_h + label_h + 18 + legend_rows * row_h) as u32;
    let max = groups
        .iter()
        .map(|g| {
            if stacked {
                g.values.iter().sum::<f64>()
            } else {
                g.values.iter().copied().fold(0.0, f64::max)
            }
        })
        .fold(0.0, f64::max);
    // Counts (stacked bars) tick at whole numbers.
    let step = tick_step(max, stacked);
    let ticks = ((max / step).ceil() as i32).max(1);
    let max = step * f64::from(ticks);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        let y = |v: f64| top + plot_h - (f64::from(plot_h) * v / max).round() as i32;
        for k in 0..=ticks {
            let v = step * f64::from(k);
            root.draw(&PathElement::new(
                vec![(left, y(v)), (left + group_w * n, y(v))],
                GRID.stroke_width(1),
            ))?;
            root.draw(&Text::new(
                number(v),
                (left - text.of(10), y(v)),
                (FONT, text.of(17))
                    .into_font()
                    .color(&MUTED)
                    .pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        for (g, group) in groups.iter().enumerate() {
            let gx = left + group_w * g as i32;
            let mut base = 0.0;
            for (s, v) in group.values.iter().enumerate() {
                let color = series.get(s).map_or(INK, |x| x.1);
                let (x0, x1, v0, v1) = if stacked {
                    let x0 = gx + (group_w - bar) / 2;
                    (x0, x0 + bar, base, base + v)
                } else {
                    let x0 = gx + (group_w - per * bar) / 2 + s as i32 * bar;
                    (x0, x0 + bar - 4, 0.0, *v)
                };
                if v1 > v0 {
                    root.draw(&Rectangle::new([(x0, y(v1)), (x1, y(v0))], color.filled()))?;
                }
                base += v;
            }
            root.draw(&Text::new(
                group.label.clone(),
                (gx + group_w / 2, top + plot_h + text.of(12)),
                (FONT, text.of(17))
                    .into_font()
                    .color(&INK)
                    .pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
        // Three legend entries a row, spread over the chart's width so none is cut off.
        let column = (w as i32 - left - 10) / 3;
        for (s, (name, color)) in series.iter().enumerate() {
            let (lx, ly) = (
                left + (s as i32 % 3) * column,
                top + plot_h + label_h + (s as i32 / 3) * row_h,
            );
            root.draw(&Rectangle::new(
                [(lx, ly - text.of(7)), (lx + text.of(24), ly + text.of(7))],
                color.filled(),
            ))?;
            root.draw(&Text::new(
                name.clone(),
                (lx + text.of(32), ly),
                (FONT, text.of(18))
                    .into_font()
                    .color(&INK)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
        }
        root.present()?;
    }
    Ok(svg)
}

/// The distance between ticks on an axis up to `max`: a round number (1, 2, 2.5 or 5 × a
/// power of ten) giving at most five steps; at least 1 when `whole` (counts).
pub fn tick_step(max: f64, whole: bool) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let mut unit = 1.0;
    while unit * 10.0 <= max {
        unit *= 10.0;
    }
    while unit > max {
        unit /= 10.0;
    }
    let unit = unit / 10.0;
    [1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0]
        .iter()
        .map(|m| m * unit)
        .filter(|s| !whole || (*s >= 1.0 && s.fract() == 0.0))
        .find(|s| max / s <= 5.0)
        .unwrap_or(max)
}
