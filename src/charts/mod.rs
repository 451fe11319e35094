//! Charts: domain data in, an SVG string out, drawn with plotters' SVG backend.
//!
//! No DOM and no browser crate here (a test in `tests/architecture.rs` checks it), so every
//! chart is tested natively. The UI puts the string into the page (`ui::Chart`), next to a
//! text alternative and a data table built from the same numbers.
//!
//! Colours: charts draw with a small palette of fixed colours ([`INK`], [`MUTED`], [`GRID`],
//! [`BRAND`]); the stylesheet maps each of them to the theme's custom properties with
//! attribute selectors (`.chart [fill="#1B2421"]`), so one SVG follows the light and dark
//! themes and an embedding host's brand colour. Series colours ([`SERIES`]) are the same in
//! both themes: the hues of the colour-blind-safe Okabe–Ito palette, each set to a middle
//! lightness that stands at least 3:1 against the charts' light and dark backgrounds (WCAG
//! 1.4.11; the original orange, sky blue and reddish purple are too light for the light
//! theme, its purple too dark for the dark one).
//!
//! The SVG's fixed `width` and `height` are only its drawing size: CSS scales it to its box.

pub mod bars;
pub mod file;
pub mod lines;
pub mod matrix;
pub mod progress;
pub mod radar;

use plotters::style::RGBColor;

/// Text.
pub const INK: RGBColor = RGBColor(0x1B, 0x24, 0x21);
/// Secondary text.
pub const MUTED: RGBColor = RGBColor(0x4D, 0x5A, 0x55);
/// Grid lines and axes.
pub const GRID: RGBColor = RGBColor(0xCF, 0xD8, 0xD3);
/// The brand colour (the main series).
pub const BRAND: RGBColor = RGBColor(0x0B, 0x6B, 0x5D);
/// Further series, colour-blind-safe (Okabe–Ito hues). Each is at least 3:1 on white and the
/// light page (#F6F7F5) and on the dark theme's surface (#1A211E) and page: a relative
/// luminance between about 0.15 and 0.24. The comments give the Okabe–Ito colour each replaces.
pub const SERIES: [RGBColor; 7] = [
    // Blue (#0072B2, unchanged: 5.2:1 on white, 3.2:1 on the dark surface).
    RGBColor(0x00, 0x72, 0xB2),
    // Orange (#E69F00 is 2.2:1 on white).
    RGBColor(0xB2, 0x78, 0x00),
    // Bluish green (#009E73, 3.2:1 on the light page: a little darker, for a margin).
    RGBColor(0x00, 0x8F, 0x68),
    // Reddish purple (#CC79A7 is 2.9:1 on the light page).
    RGBColor(0xC0, 0x58, 0x9A),
    // Vermillion (#D55E00, unchanged).
    RGBColor(0xD5, 0x5E, 0x00),
    // Sky blue (#56B4E9 is 2.3:1 on white).
    RGBColor(0x3A, 0x8D, 0xC0),
    // Purple (#6A3D9A is 2.2:1 on the dark surface).
    RGBColor(0x8B, 0x63, 0xC4),
];

/// The font family every chart uses; the stylesheet gives it the page's font.
pub const FONT: &str = "sans-serif";

/// How large a chart's text is against the rest of its drawing.
///
/// A page or a printed report uses [`TextSize::PAGE`]. A slide is read from the back of a
/// room, and a chart scaled up as a whole to make its text big enough (24 px at 1920×1080,
/// issue 15) would not fit a screen: [`TextSize::SLIDE`] draws the text half again as large
/// while the plot keeps its size, and the margins that hold text (axis labels, the legend,
/// the room beside a group's bars for its name) grow with it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextSize(pub f64);

impl TextSize {
    /// Pages and print.
    pub const PAGE: TextSize = TextSize(1.0);
    /// Slides for a projector.
    pub const SLIDE: TextSize = TextSize(1.5);

    /// `size` (a font size, or a margin that holds text) at this text size.
    pub fn of(self, size: i32) -> i32 {
        (f64::from(size) * self.0).round() as i32
    }
}

/// Why a chart could not be drawn (plotters reports drawing errors; with a string target
/// they do not happen in practice, but nothing here may panic).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartError(pub String);

impl<E: std::fmt::Debug> From<plotters::drawing::DrawingAreaErrorKind<E>> for ChartError
where
    E: std::error::Error + Send + Sync,
{
    fn from(e: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        ChartError(format!("{e:?}"))
    }
}

/// `(cos a, sin a)`, by Taylor series after reducing `a` to −π..π. Accurate to far below a
/// pixel; used instead of `f64::sin`/`cos`, whose libm code would add to the download.
pub fn unit(a: f64) -> (f64, f64) {
    use std::f64::consts::{PI, TAU};
    let mut x = a % TAU;
    if x > PI {
        x -= TAU;
    } else if x < -PI {
        x += TAU;
    }
    let x2 = x * x;
    let (mut term_c, mut term_s) = (1.0, x);
    let (mut cos, mut sin) = (1.0, x);
    for k in 1..12 {
        let k = f64::from(k);
        term_c *= -x2 / ((2.0 * k - 1.0) * (2.0 * k));
        term_s *= -x2 / ((2.0 * k) * (2.0 * k + 1.0));
        cos += term_c;
        sin += term_s;
    }
    (cos, sin)
}

/// A number with at most one decimal, without a trailing ".0" ("3", "3.5").
pub fn short_number(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 && rounded.abs() >= 10_000.0 {
        // Thousands grouped with a thin space: read the same way in every language.
        let digits = (rounded as i64).unsigned_abs().to_string();
        let mut out = String::from(if rounded < 0.0 { "-" } else { "" });
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('\u{2009}');
            }
            out.push(c);
        }
        out
    } else if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}
