//! Every locale has every message English has (and no others), every file parses, placeables
//! match, and language negotiation picks what a reader asked for.
//!
//! Native only: the locale files are read from the repository (the wasm build fetches them).
#![cfg(not(target_arch = "wasm32"))]

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use waymark::domain::Locale;
use waymark::i18n::{example_source, negotiate, source, Translations};

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

/// Message id → the variables it uses, of a locale's interface messages.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    parse(locale, source(locale))
}

/// The same, of a locale's example plan.
fn example_messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    parse(locale, example_source(locale))
}

fn parse(locale: Locale, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(source.to_owned())
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
fn every_example_plan_has_exactly_the_english_messages() {
    let english = example_messages(Locale::En);
    assert!(english.len() > 30, "English has {} messages", english.len());
    for locale in Locale::ALL {
        let other = example_messages(locale);
        let ids = |m: &BTreeMap<String, BTreeSet<String>>| m.keys().cloned().collect::<Vec<_>>();
        assert_eq!(ids(&other), ids(&english), "{}: example ids", locale.tag());
        if locale != Locale::En {
            let same = other
                .keys()
                .filter(|k| {
                    Translations::parse(locale, example_source(locale).to_owned()).t(k)
                        == Translations::parse(Locale::En, example_source(Locale::En).to_owned())
                            .t(k)
                })
                .count();
            assert!(
                same * 5 < other.len(),
                "{}: {same} example texts still English",
                locale.tag()
            );
        }
    }
}

#[test]
fn the_example_plan_builds_from_every_locale_and_is_valid() {
    use waymark::domain::{document::example, health::Step, PlanId, Timestamp};
    for locale in Locale::ALL {
        let t = Translations::parse(locale, example_source(locale).to_owned());
        let plan = example::build(
            PlanId::generate(Timestamp(1_700_000_000_000), 1),
            Timestamp(1_700_000_000_000),
            locale,
            &|id| t.t(id),
        );
        waymark::domain::document::validate::plan(&plan).expect("valid");
        assert!(!plan.meta.name.starts_with("ex-"), "{}", plan.meta.name);
        assert_eq!(
            plan.health.unanswered().len(),
            0,
            "{}: every prompt answered",
            locale.tag()
        );
        assert_eq!(plan.health.step, Step::Summary);
        assert!(plan
            .health
            .answers
            .values()
            .all(|a| !a.text.starts_with("ex-")));
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

/// The app resolves messages with its own small Fluent resolver; `fluent-bundle`, the
/// reference implementation, must agree on every message of every file, with text and with
/// numbers that pick each plural form.
#[test]
fn the_resolver_agrees_with_fluent_bundle_on_every_message() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentValue};
    use waymark::i18n::Arg;
    let mut checked = 0;
    for locale in Locale::ALL {
        for source in [source(locale), example_source(locale)] {
            let ours = Translations::parse(locale, source.to_owned());
            let resource = FluentResource::try_new(source.to_owned()).expect("parses");
            let lang: unic_langid::LanguageIdentifier = locale.tag().parse().expect("tag");
            let mut bundle = FluentBundle::new(vec![lang]);
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).expect("no duplicate ids");
            for (id, vars) in parse(locale, source) {
                for n in [0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 1000.0] {
                    let mut fargs = FluentArgs::new();
                    let mut args: Vec<(&str, Arg)> = Vec::new();
                    for (i, var) in vars.iter().enumerate() {
                        // Text for some variables, numbers for the others, both ways round.
                        if (i + n as usize) % 3 == 2 {
                            fargs.set(var.as_str(), FluentValue::from("Text <b>&"));
                            args.push((var.as_str(), Arg::Text("Text <b>&".into())));
                        } else {
                            fargs.set(var.as_str(), FluentValue::from(n));
                            args.push((var.as_str(), Arg::Number(n)));
                        }
                    }
                    let message = bundle.get_message(&id).expect("message");
                    let mut errors = Vec::new();
                    let expected = bundle
                        .format_pattern(message.value().expect("value"), Some(&fargs), &mut errors)
                        .into_owned();
                    assert_eq!(
                        ours.t_args(&id, &args),
                        expected,
                        "{}: {id} with {n}",
                        locale.tag()
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 2_000, "{checked}");
}

#[test]
fn the_resolver_handles_selects_references_and_literals() {
    use waymark::i18n::Arg;
    let src = "count = { $n ->\n    [0] nothing\n    [one] one card\n   *[other] { $n } cards\n}\nbrace = Use {\"{\"} and {\"}\"}\nref = See { count }\nbroken = a } b\nafter = still here\n";
    let t = Translations::parse(Locale::En, src.to_owned());
    assert_eq!(t.t_args("count", &[("n", Arg::Number(0.0))]), "nothing");
    assert_eq!(t.t_args("count", &[("n", Arg::Number(1.0))]), "one card");
    assert_eq!(t.t_args("count", &[("n", Arg::Number(7.0))]), "7 cards");
    assert_eq!(t.t("brace"), "Use { and }");
    assert_eq!(t.t_args("ref", &[("n", Arg::Number(2.0))]), "See 2 cards");
    assert_eq!(t.t("broken"), "broken", "a broken entry is skipped");
    assert_eq!(t.t("after"), "still here", "and the rest still load");
    let lv = Translations::parse(
        Locale::Lv,
        "k = { $n ->\n  [zero] z\n  [one] o\n *[other] x\n}\n".to_owned(),
    );
    let pick = |n: f64| lv.t_args("k", &[("n", Arg::Number(n))]);
    assert_eq!(
        (
            pick(0.0),
            pick(1.0),
            pick(2.0),
            pick(11.0),
            pick(21.0),
            pick(30.0)
        ),
        (
            "z".into(),
            "o".into(),
            "x".into(),
            "z".into(),
            "o".into(),
            "z".into()
        )
    );
}
