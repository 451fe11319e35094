//! Native tests of the charts: they draw what the data says, label it, and never let a label
//! become markup.

use waymark::charts::radar::{radar, Axis};
use waymark::charts::{short_number, TextSize};

fn axes(values: [Option<f64>; 4]) -> Vec<Axis> {
    ["Customer", "Business", "External", "Internal"]
        .iter()
        .zip(values)
        .map(|(l, value)| Axis {
            label: (*l).to_owned(),
            value,
        })
        .collect()
}

#[test]
fn the_radar_labels_every_axis_and_draws_the_rings() {
    let svg = radar(
        &axes([Some(4.0), Some(2.5), None, Some(1.0)]),
        5.0,
        TextSize::PAGE,
    )
    .expect("svg");
    assert!(svg.starts_with("<svg"), "{svg}");
    for label in ["Customer", "Business", "External", "Internal"] {
        assert!(
            svg.contains(&format!(">{label}<")) || svg.contains(label),
            "{label}"
        );
    }
    for ring in 1..=5 {
        assert!(
            svg.contains(&format!(">\n{ring}\n<")) || svg.contains(&format!(">{ring}<")),
            "ring {ring}"
        );
    }
    // One hollow marker for the area without a score.
    assert_eq!(svg.matches("<circle").count(), 4);
    assert!(svg.contains(r#"fill="none""#), "a hollow marker");
    // A copy to look at, inside the repository's build folder.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir).expect("target/");
    std::fs::write(dir.join("waymark-radar.svg"), &svg).expect("write the radar");
}

#[test]
fn chart_labels_are_escaped() {
    let mut a = axes([Some(3.0); 4]);
    a[0].label = "<script>alert(1)</script> & co".into();
    let svg = radar(&a, 5.0, TextSize::PAGE).expect("svg");
    assert!(!svg.contains("<script>"), "{svg}");
    assert!(svg.contains("&lt;script&gt;"), "{svg}");
}

#[test]
fn numbers_are_short() {
    assert_eq!(short_number(3.0), "3");
    assert_eq!(short_number(3.25), "3.3");
    assert_eq!(short_number(12_000.0), "12\u{2009}000");
    assert_eq!(short_number(9_800.0), "9800");
    assert_eq!(short_number(2.04), "2");
}

#[test]
fn the_unit_circle_matches_the_standard_library() {
    for i in -40..=40 {
        let a = f64::from(i) * 0.37;
        let (c, s) = waymark::charts::unit(a);
        assert!(
            (c - a.cos()).abs() < 1e-9 && (s - a.sin()).abs() < 1e-9,
            "{a}"
        );
    }
}

#[test]
fn axes_tick_at_round_numbers() {
    use waymark::charts::bars::tick_step;
    assert_eq!(tick_step(249.0, false), 50.0);
    assert_eq!(tick_step(100.0, false), 20.0);
    assert_eq!(tick_step(7.0, false), 2.0);
    assert_eq!(tick_step(2.0, true), 1.0);
    assert_eq!(tick_step(12.0, true), 5.0);
    assert_eq!(tick_step(0.0, false), 1.0);
}

#[test]
fn bar_and_line_charts_label_their_groups_and_escape_names() {
    use waymark::charts::bars::{bars, Group};
    use waymark::charts::lines::{lines, Series};
    let svg = bars(
        &[
            Group {
                label: "Search".into(),
                values: vec![2.0, 1.0],
            },
            Group {
                label: "<b>x</b>".into(),
                values: vec![0.0, 3.0],
            },
        ],
        &[
            ("Paid".into(), waymark::charts::SERIES[0]),
            ("Owned".into(), waymark::charts::SERIES[1]),
        ],
        true,
        TextSize::PAGE,
        &|x| format!("<{x}>"),
    )
    .expect("svg");
    // The axis is written by the formatter given (the UI's, in the reader's language).
    assert!(
        svg.contains("&lt;0&gt;") && svg.contains("&lt;3&gt;"),
        "{svg}"
    );
    assert!(
        svg.contains("Search") && svg.contains("Paid") && svg.contains("&lt;b&gt;"),
        "{svg}"
    );
    assert!(!svg.contains("<b>"));
    let svg = lines(
        &["Awareness".into(), "Decision".into(), "Purchase".into()],
        &[Series {
            name: "Anna".into(),
            values: vec![Some(1.0), None, Some(-2.0)],
        }],
        -2.0,
        2.0,
        &["-2".into(), "-1".into(), "0".into(), "1".into(), "2".into()],
    )
    .expect("svg");
    assert_eq!(
        svg.matches("<circle").count(),
        2,
        "no marker where there is no value"
    );
    assert_eq!(
        svg.matches("<polyline").count(),
        5,
        "grid lines only: a gap breaks the line"
    );
}

/// The drawing's width and its smallest font size, read from the SVG.
fn width_and_smallest_text(svg: &str) -> (f64, f64) {
    let attr = |from: &str, name: &str| -> Option<f64> {
        let at = from.find(&format!("{name}=\""))? + name.len() + 2;
        from[at..].split('"').next()?.parse().ok()
    };
    let width = attr(svg, "width").unwrap_or(0.0);
    let smallest = svg
        .split("<text")
        .skip(1)
        .filter_map(|t| attr(t, "font-size"))
        .fold(f64::INFINITY, f64::min);
    (width, smallest)
}

/// A slide is read from across a room (issue 15: chart text of 24 px at 1920×1080): at the
/// slide's text size every chart's smallest text is larger against the drawing's width than
/// on a page, so a chart that fills a slide's column reads bigger, while a page's charts keep
/// the size they had.
#[test]
fn slide_charts_draw_their_text_larger_against_the_drawing() {
    use waymark::charts::bars::{bars, Group};
    use waymark::charts::progress::{progress, Progress};
    let groups: Vec<Group> = [
        "Social media",
        "Online video",
        "Search",
        "Email",
        "Affiliates",
    ]
    .iter()
    .map(|l| Group {
        label: (*l).into(),
        values: vec![8000.0, 12000.0, 18000.0],
    })
    .collect();
    let series: Vec<(String, _)> = ["Good", "Better", "Best"]
        .iter()
        .zip(waymark::charts::SERIES)
        .map(|(n, c)| ((*n).to_owned(), c))
        .collect();
    let p = Progress {
        path: ((0, 10_000.0), (90, 12_000.0)),
        readings: vec![(0, 10_000.0), (30, 10_400.0)],
        day_labels: ("Oct 23, 2026".into(), "Jan 21, 2027".into()),
        legend: ("Path to the target".into(), "Readings".into()),
    };
    let draw = |text: TextSize| -> Vec<String> {
        vec![
            radar(&axes([Some(4.0), Some(2.5), None, Some(1.0)]), 5.0, text).expect("radar"),
            bars(&groups, &series, false, text, &short_number).expect("bars"),
            bars(&groups[..3], &series, true, text, &short_number).expect("stacked"),
            progress(&p, text, &short_number).expect("progress"),
        ]
    };
    let (page, slide) = (draw(TextSize::PAGE), draw(TextSize::SLIDE));
    let page_widths: Vec<f64> = page.iter().map(|s| width_and_smallest_text(s).0).collect();
    assert_eq!(
        page_widths,
        vec![560.0, 640.0, 520.0, 640.0],
        "a page's charts keep their size"
    );
    for (p, s) in page.iter().zip(&slide) {
        let ((pw, pt), (sw, st)) = (width_and_smallest_text(p), width_and_smallest_text(s));
        assert!(pt.is_finite() && st.is_finite(), "every chart has text");
        assert!(
            st / sw > pt / pw && st >= 1.45 * pt,
            "text {st} on {sw} against {pt} on {pw}"
        );
    }
}

/// Issue 14: the progress chart's scale is in round steps ("169 / 232 / 295" read badly).
#[test]
fn the_progress_scale_ticks_at_round_numbers() {
    use waymark::charts::progress::{progress, Progress};
    let p = Progress {
        path: ((0, 137.0), (90, 300.0)),
        readings: vec![(0, 140.0), (30, 171.0)],
        day_labels: ("a".into(), "b".into()),
        legend: ("c".into(), "d".into()),
    };
    let svg = progress(&p, TextSize::PAGE, &short_number).expect("svg");
    let ticks: Vec<f64> = svg
        .split("<text")
        .skip(1)
        .filter_map(|t| t.split('>').nth(1)?.split('<').next()?.trim().parse().ok())
        .collect();
    assert!(ticks.len() >= 3, "{ticks:?}");
    let step = ticks[1] - ticks[0];
    assert!([10.0, 20.0, 25.0, 50.0, 100.0].contains(&step), "{ticks:?}");
    assert!(ticks.iter().all(|t| (t / step).fract() == 0.0), "{ticks:?}");
    assert!(ticks[0] <= 137.0 && *ticks.last().expect("ticks") >= 300.0);
}

#[test]
fn a_downloaded_chart_says_what_it_is_and_keeps_its_drawing() {
    use waymark::charts::file::with_title;
    use waymark::charts::matrix::{matrix, Point};
    let drawing = matrix(
        &[Point {
            rank: 1,
            impact: 4,
            likelihood: 3,
        }],
        "Likelihood",
        "Impact",
    )
    .expect("svg");
    let key = vec!["1 New <EU> packaging rules & fees".to_owned()];
    let file = with_title(&drawing, "Impact × likelihood", &key);
    assert!(
        file.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "{file}"
    );
    assert!(file.contains("<title>Impact × likelihood</title>"));
    assert!(
        file.contains(">Impact × likelihood</text>"),
        "the title is drawn"
    );
    assert!(
        file.contains(">1 New &lt;EU&gt; packaging rules &amp; fees</text>"),
        "the key, as text"
    );
    // The drawing is all there, under the title; the file is as tall as the three parts.
    let inner = &drawing[drawing.find('>').expect("tag") + 1..];
    assert!(file.contains(inner));
    let height = |svg: &str| -> u32 {
        let at = svg.find(" height=\"").expect("height") + 9;
        svg[at..at + svg[at..].find('"').expect("end")]
            .parse()
            .expect("number")
    };
    assert_eq!(height(&file), height(&drawing) + 44 + 26 + 16);
    assert_eq!(file.matches("<svg").count(), 2);
    assert_eq!(file.matches("</svg>").count(), 2);
    // Without a key, only the title is added; something that is not a drawing stays as it is.
    assert_eq!(
        height(&with_title(&drawing, "T", &[])),
        height(&drawing) + 44
    );
    assert_eq!(with_title("not svg", "T", &[]), "not svg");
}

#[test]
fn a_downloaded_chart_grows_to_a_long_title_or_key() {
    use waymark::charts::file::with_title;
    let drawing = r#"<svg width="520" height="300" viewBox="0 0 520 300" xmlns="http://www.w3.org/2000/svg"><rect/></svg>"#;
    let width = |svg: &str| -> u32 {
        let at = svg.find(" width=\"").expect("width") + 8;
        svg[at..at + svg[at..].find('"').expect("end")]
            .parse()
            .expect("number")
    };
    assert_eq!(width(&with_title(drawing, "Short", &[])), 520);
    let long = "Betalda, ägda och förtjänade kanaler, i varje scenario (SEK)";
    let file = with_title(drawing, long, &[]);
    assert!(
        width(&file) >= (long.chars().count() as f64 * 22.0 * 0.55) as u32,
        "{file}"
    );
    // The drawing keeps its own width inside.
    assert!(
        file.contains(r#"<svg x="0" y="44" width="520" height="300">"#),
        "{file}"
    );
    let cjk = vec!["1 ".to_owned() + &"歐盟包裝法規".repeat(8)];
    assert!(width(&with_title(drawing, "T", &cjk)) >= 48 * 18);
}
