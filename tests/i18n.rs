//! Every locale has every message English has (and no others), every file parses, placeables
//! match, and language negotiation picks what a reader asked for.
//!
//! Native only: the locale files are read from the repository (the wasm build fetches them).
#![cfg(not(target_arch = "wasm32"))]

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use waymark::domain::Locale;
use waymark::i18n::{negotiate, source, Translations};

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    if let InlineExpression::VariableReference { id } = inline {
        out.insert(id.name.to_string());
    }
}

/// Message id → the variables it uses.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(source(locale).to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", locale.tag()));
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut vars);
            }
            assert!(
                out.insert(message.id.name.to_string(), vars).is_none(),
                "{}: duplicate {}",
                locale.tag(),
                message.id.name
            );
        }
    }
    out
}

#[test]
fn every_locale_has_exactly_the_english_messages_with_the_same_placeables() {
    let english = messages(Locale::En);
    assert!(english.len() > 40, "English has {} messages", english.len());
    for locale in Locale::ALL {
        let other = messages(locale);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.tag());
        assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.tag());
        for (id, vars) in &english {
            assert_eq!(
                &other[id],
                vars,
                "{}: {id} uses other placeables",
                locale.tag()
            );
        }
    }
}

#[test]
fn other_locales_are_translated_not_copied() {
    // A few sentences that must differ from English in every other language (the product name
    // and language names legitimately do not).
    let english = Translations::load(Locale::En);
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let t = Translations::load(locale);
        for id in [
            "welcome-title",
            "welcome-create",
            "overview-title",
            "storage-full",
            "save-saved",
            "undo",
            "skip-to-content",
        ] {
            assert_ne!(
                t.t(id),
                english.t(id),
                "{}: {id} is still English",
                locale.tag()
            );
        }
    }
}

#[test]
fn messages_format_with_arguments_and_missing_ids_show_the_id() {
    let t = Translations::load(Locale::En);
    assert_eq!(t.t("app-name"), "Waymark");
    let text = t.t_args("error-too-long", &[("max", 120usize.into())]);
    assert!(text.contains("120"), "{text}");
    assert!(!text.contains('\u{2068}'), "no isolation marks");
    assert_eq!(t.t("no-such-message"), "no-such-message");
}

#[test]
fn negotiation_follows_the_readers_preferences() {
    let cases: &[(&[&str], Locale)] = &[
        (&[], Locale::En),
        (&["fr-FR", "de"], Locale::En),
        (&["sv-SE", "en"], Locale::Sv),
        (&["fr", "lv-LV"], Locale::Lv),
        (&["id-ID"], Locale::Id),
        (&["in"], Locale::Id),
        (&["zh-TW"], Locale::ZhHant),
        (&["zh-Hant-HK"], Locale::ZhHant),
        (&["zh_hk"], Locale::ZhHant),
        (&["zh"], Locale::ZhHant),
        (&["zh-CN", "en-GB"], Locale::En),
        (&["zh-Hans", "sv"], Locale::Sv),
        (&["EN-us"], Locale::En),
    ];
    for (prefs, expected) in cases {
        assert_eq!(negotiate(prefs), *expected, "{prefs:?}");
    }
}

#[test]
fn locale_tags_round_trip() {
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
    assert_eq!(Locale::from_tag("ZH-hant"), Some(Locale::ZhHant));
    assert_eq!(Locale::from_tag("zh"), None);
}
