//! Native tests of the charts: they draw what the data says, label it, and never let a label
//! become markup.

use waymark::charts::radar::{radar, Axis};
use waymark::charts::short_number;

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
    let svg = radar(&axes([Some(4.0), Some(2.5), None, Some(1.0)]), 5.0).expect("svg");
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
    let svg = radar(&a, 5.0).expect("svg");
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
    )
    .expect("svg");
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
