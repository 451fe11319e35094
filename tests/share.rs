//! Share links: base64url both ways, the size limit, and damaged or hostile links.

use waymark::domain::document::share::{self, ShareError, FRAGMENT_PREFIX, MAX_LINK_DATA};

#[test]
fn base64url_round_trips_every_length_and_byte() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for len in 0..300 {
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect();
        let text = share::encode(&bytes);
        assert!(text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        assert_eq!(share::decode(&text), Ok(bytes), "length {len}");
    }
    assert_eq!(share::encode(b"Man"), "TWFu");
    assert_eq!(share::encode(b"Ma"), "TWE");
    assert_eq!(share::decode("TWE="), Ok(b"Ma".to_vec()));
}

#[test]
fn damaged_data_is_refused_not_guessed() {
    for bad in ["T", "TWFuT", "TW u", "<script>", "TWFu%20", "ä"] {
        assert_eq!(share::decode(bad), Err(ShareError::Damaged), "{bad}");
    }
}

#[test]
fn links_carry_small_plans_and_refuse_large_ones() {
    let small = vec![7u8; 1_000];
    let fragment = share::fragment(&small).expect("fits");
    assert!(fragment.starts_with(FRAGMENT_PREFIX));
    assert_eq!(share::data_of(&fragment), Some(Ok(small)));
    let large = vec![7u8; MAX_LINK_DATA];
    assert!(matches!(
        share::fragment(&large),
        Err(ShareError::TooLarge { chars }) if chars > MAX_LINK_DATA
    ));
    // A fragment with no plan in it, other parameters, or an oversized one.
    assert_eq!(share::data_of("#/share"), None);
    assert_eq!(share::data_of("#/share?x=1"), None);
    assert_eq!(
        share::data_of("#/share?x=1&p=TWFu"),
        Some(Ok(b"Man".to_vec()))
    );
    let huge = format!("#/share?p={}", "A".repeat(MAX_LINK_DATA + 1));
    assert!(matches!(
        share::data_of(&huge),
        Some(Err(ShareError::TooLarge { .. }))
    ));
}
