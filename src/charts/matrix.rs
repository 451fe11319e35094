//! The PESTLE matrix: every rated factor placed by likelihood (across) and impact (up) on a
//! 5 × 5 grid shaded from low to high risk, each marked with its rank in the list beside it.

use super::{ChartError, FONT, GRID, INK, MUTED};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A factor on the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Point {
    /// Its rank in the list (the number on its marker).
    pub rank: usize,
    /// Impact, 1–5.
    pub impact: u8,
    /// Likelihood, 1–5.
    pub likelihood: u8,
}

/// Draws the matrix with the axis titles `x_title` (likelihood) and `y_title` (impact).
pub fn matrix(points: &[Point], x_title: &str, y_title: &str) -> Result<String, ChartError> {
    const W: u32 = 560;
    const H: u32 = 530;
    const LEFT: i32 = 80;
    const TOP: i32 = 20;
    const CELL: i32 = 86;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (W, H)).into_drawing_area();
        // Cells, shaded by impact × likelihood.
        for impact in 1..=5i32 {
            for likelihood in 1..=5i32 {
                let score = impact * likelihood;
                let color = match score {
                    15.. => RGBColor(0xD5, 0x5E, 0x00).mix(0.30),
                    8..=14 => RGBColor(0xE6, 0x9F, 0x00).mix(0.22),
                    _ => RGBColor(0x00, 0x9E, 0x73).mix(0.16),
                };
                let x = LEFT + (likelihood - 1) * CELL;
                let y = TOP + (5 - impact) * CELL;
                root.draw(&Rectangle::new(
                    [(x, y), (x + CELL, y + CELL)],
                    color.filled(),
                ))?;
                root.draw(&Rectangle::new(
                    [(x, y), (x + CELL, y + CELL)],
                    GRID.stroke_width(1),
                ))?;
            }
        }
        // Axes: numbers and titles.
        let small = (FONT, 19).into_font().color(&MUTED);
        for n in 1..=5i32 {
            root.draw(&Text::new(
                n.to_string(),
                (LEFT + (n - 1) * CELL + CELL / 2, TOP + 5 * CELL + 8),
                small.clone().pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
            root.draw(&Text::new(
                n.to_string(),
                (LEFT - 10, TOP + (5 - n) * CELL + CELL / 2),
                small.clone().pos(Pos::new(HPos::Right, VPos::Center)),
            ))?;
        }
        let title = (FONT, 22).into_font().color(&INK);
        root.draw(&Text::new(
            x_title.to_owned(),
            (LEFT + 5 * CELL / 2, TOP + 5 * CELL + 40),
            title.clone().pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
        root.draw(&Text::new(
            y_title.to_owned(),
            (22, TOP + 5 * CELL / 2),
            title
                .transform(FontTransform::Rotate270)
                .pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        // Markers: factors sharing a cell sit side by side.
        for (i, p) in points.iter().enumerate() {
            let (impact, likelihood) = (
                i32::from(p.impact.clamp(1, 5)),
                i32::from(p.likelihood.clamp(1, 5)),
            );
            let same: Vec<usize> = points
                .iter()
                .enumerate()
                .filter(|(_, q)| q.impact == p.impact && q.likelihood == p.likelihood)
                .map(|(j, _)| j)
                .collect();
            let k = same.iter().position(|j| *j == i).unwrap_or(0) as i32;
            let n = same.len() as i32;
            let per_row = n.min(3);
            let (row, col) = (k / 3, k % 3);
            let cx = LEFT + (likelihood - 1) * CELL + CELL / 2 + (col - (per_row - 1) / 2) * 26
                - if per_row % 2 == 0 { 13 } else { 0 };
            let cy = TOP + (5 - impact) * CELL + CELL / 2 + (row - (n - 1) / 6) * 26;
            root.draw(&Circle::new((cx, cy), 12, INK.filled()))?;
            root.draw(&Text::new(
                p.rank.to_string(),
                (cx, cy),
                (FONT, 18)
                    .into_font()
                    .color(&WHITE)
                    .pos(Pos::new(HPos::Center, VPos::Center)),
            ))?;
        }
        root.present()?;
    }
    Ok(svg)
}
