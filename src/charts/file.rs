//! A chart as a file of its own: the drawing as the page shows it, with the chart's title above
//! and, where the page explains the drawing beside it (the PESTLE matrix numbers its factors;
//! the list of what each number is sits next to it), that key below. A downloaded SVG or PNG is
//! pasted into slides and documents far from the page, so it has to say what it shows.
//!
//! The page's drawing is kept whole, nested as an inner `<svg>` placed under the title: its
//! own coordinates and sizes stay as they are. Titles and key lines are user text or
//! translations, escaped here as XML text.

use super::{FONT, INK, MUTED};

/// The height of the title's band, and of one key line.
const TITLE_H: u32 = 44;
const LINE_H: u32 = 26;

/// `svg` (one drawn by this module's siblings, which start `<svg width=".." height=".."`)
/// with `title` above it and `key` below, one line each. An SVG without a readable size is
/// returned as it is.
pub fn with_title(svg: &str, title: &str, key: &[String]) -> String {
    let (Some(dw), Some(h)) = (attr(svg, "width"), attr(svg, "height")) else {
        return svg.to_owned();
    };
    let w = dw;
    let key_h = if key.is_empty() {
        0
    } else {
        key.len() as u32 * LINE_H + 16
    };
    let total = TITLE_H + h + key_h;
    // Wide enough for the title and every key line (a line is not wrapped: a narrow drawing
    // grows to its text rather than cutting it).
    let w = std::iter::once(text_width(title, 22))
        .chain(key.iter().map(|l| text_width(l, 18)))
        .fold(w, u32::max);
    let colour = |c: plotters::style::RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    let mut out = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{total}" viewBox="0 0 {w} {total}"><title>{t}</title><rect width="100%" height="100%" fill="#FFFFFF"/><text x="16" y="30" font-family="{FONT}" font-size="22" font-weight="bold" fill="{ink}">{t}</text><svg x="0" y="{TITLE_H}" width="{dw}" height="{h}">"##,
        t = escape(title),
        ink = colour(INK),
    );
    // The drawing's own opening tag is replaced by the nested one above.
    let inner = svg.find('>').map_or(svg, |i| &svg[i + 1..]);
    // The drawing keeps its own width, at the left.
    out.push_str(inner);
    for (i, line) in key.iter().enumerate() {
        let y = TITLE_H + h + 8 + (i as u32 + 1) * LINE_H;
        out.push_str(&format!(
            r#"<text x="16" y="{y}" font-family="{FONT}" font-size="18" fill="{muted}">{line}</text>"#,
            muted = colour(MUTED),
            line = escape(line),
        ));
    }
    out.push_str("</svg>");
    out
}

/// A generous width of `text` at `size` px with its 16 px margins: 0.6 em a character, a whole
/// em for wide (CJK) ones.
fn text_width(text: &str, size: u32) -> u32 {
    let ems: f64 = text
        .chars()
        .map(|c| if c as u32 >= 0x1100 { 1.0 } else { 0.6 })
        .sum();
    (ems * f64::from(size)).ceil() as u32 + 32
}

/// The whole-number value of `name="…"` in the opening tag of `svg`.
fn attr(svg: &str, name: &str) -> Option<u32> {
    let open = &svg[..svg.find('>')?];
    let at = open.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = &open[at..];
    rest[..rest.find('"')?].trim_end_matches("px").parse().ok()
}

/// `s` as XML text.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
