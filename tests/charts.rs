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
    std::fs::write(std::env::temp_dir().join("waymark-radar.svg"), &svg).ok();
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
