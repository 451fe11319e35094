//! The deployment's config file and the host message protocol, natively.

use serde_json::json;
use waymark::domain::Locale;
use waymark::embed::config::{
    brand_palette, is_insecure_origin, normalize_origin, parse_colour, Colour, DeployConfig,
    OriginError,
};
use waymark::embed::protocol::{Inbound, Outbound, Refused, MAX_LOAD_CHARS};

#[test]
fn a_full_config_is_read_and_origins_match_exactly() {
    let (config, warnings) = DeployConfig::parse(
        r##"{
            "allowedOrigins": ["https://Consult.example", "http://127.0.0.2:8081/"],
            "brand": {"color": "#7A1FA2", "logo": "brand/logo.svg", "name": "  Northwind  "},
            "defaultLanguage": "sv",
            "namespace": "northwind",
            "sections": ["swot", "pestle", "report"]
        }"##,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        config.allowed_origins,
        ["https://consult.example", "http://127.0.0.2:8081"]
    );
    assert!(config.allows("https://consult.example"));
    assert!(!config.allows("https://consult.example.evil.test"));
    assert!(!config.allows("http://consult.example"));
    assert!(!config.allows("null"));
    let brand = config.brand.clone().unwrap_or_default();
    assert_eq!(brand.color.as_deref(), Some("#7a1fa2"));
    assert_eq!(brand.logo.as_deref(), Some("brand/logo.svg"));
    assert_eq!(brand.name.as_deref(), Some("Northwind"));
    assert_eq!(config.default_language, Some(Locale::Sv));
    assert_eq!(
        config.namespace.as_ref().map(|n| n.as_str()),
        Some("northwind")
    );
    assert!(config.shows("swot") && config.shows("report"));
    assert!(!config.shows("journey"));
}

#[test]
fn wrong_entries_are_dropped_with_a_warning_and_the_rest_applies() {
    let (config, warnings) = DeployConfig::parse(
        r##"{
            "allowedOrigins": ["*", "https://a.example/path", "javascript:alert(1)", "https://ok.example"],
            "brand": {"color": "red; background: url(x)", "logo": "https://evil.example/x.png"},
            "defaultLanguage": "xx",
            "namespace": "../other",
            "sections": ["swot", "nope"],
            "allowEverything": true
        }"##,
    );
    assert_eq!(config.allowed_origins, ["https://ok.example"]);
    let brand = config.brand.clone().unwrap_or_default();
    assert_eq!((brand.color, brand.logo), (None, None));
    assert_eq!(config.default_language, None);
    assert_eq!(config.namespace, None);
    assert_eq!(config.sections, Some(vec!["swot"]));
    // three origins, colour, logo, language, namespace, section, unknown setting
    assert_eq!(warnings.len(), 9, "{warnings:#?}");
    assert!(warnings.iter().any(|w| w.contains("allowEverything")));
}

#[test]
fn a_missing_or_broken_file_gives_the_defaults() {
    for text in ["", "not json", "[1,2]", "null"] {
        let (config, warnings) = DeployConfig::parse(text);
        assert_eq!(config, DeployConfig::default(), "{text}");
        assert_eq!(warnings.len(), 1, "{text}");
        assert!(config.shows("journey"));
        assert!(!config.allows("https://any.example"));
    }
}

#[test]
fn origins_are_normalized_or_refused() {
    assert_eq!(
        normalize_origin("HTTPS://A.Example:8443/").as_deref(),
        Ok("https://a.example:8443")
    );
    assert_eq!(
        normalize_origin("http://[::1]:8080").as_deref(),
        Ok("http://[::1]:8080")
    );
    for (bad, why) in [
        ("*", OriginError::Scheme),
        ("https://*.example", OriginError::Wildcard),
        ("ftp://a.example", OriginError::Scheme),
        ("https://", OriginError::Host),
        ("https://a.example/x", OriginError::Path),
        ("https://a.example//", OriginError::Path),
        ("https://a.example/?q=1", OriginError::Query),
        ("https://a.example#top", OriginError::Query),
        ("https://user:pw@a.example", OriginError::Credentials),
        ("https://a.example:99999x", OriginError::Port),
        ("https://a.example:70000", OriginError::Port),
        ("https://a.example:0", OriginError::Port),
        ("https://bücher.example", OriginError::Host),
        ("a.example", OriginError::Scheme),
    ] {
        assert_eq!(normalize_origin(bad), Err(why), "{bad}");
    }
}

/// Issue 12, defect 8: an origin written with its default port, in capitals or with a slash
/// is the same origin the browser reports without them, so a message from it is accepted.
#[test]
fn an_origin_is_normalised_as_the_browser_reports_it() {
    for (written, reported) in [
        ("https://client.example:443", "https://client.example"),
        ("HTTPS://Client.Example:443/", "https://client.example"),
        ("https://client.example:0443", "https://client.example"),
        ("https://client.example:", "https://client.example"),
        ("http://localhost:80/", "http://localhost"),
        ("https://client.example:80", "https://client.example:80"),
        ("http://client.example:443", "http://client.example:443"),
        ("https://[::1]:443", "https://[::1]"),
        (
            "  https://xn--bcher-kva.example  ",
            "https://xn--bcher-kva.example",
        ),
    ] {
        assert_eq!(
            normalize_origin(written).as_deref(),
            Ok(reported),
            "{written}"
        );
    }
    let (config, warnings) = DeployConfig::parse(
        r#"{"allowedOrigins": ["https://client.example:443", "HTTPS://CLIENT.EXAMPLE/", "http://127.0.0.1:8080"]}"#,
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        config.allowed_origins,
        ["https://client.example", "http://127.0.0.1:8080"],
        "the same origin twice is listed once"
    );
    assert!(config.allows("https://client.example"));
    assert!(
        !config.allows("https://client.example:443"),
        "a browser never reports the default port"
    );
    assert!(!config.allows("http://client.example"));
}

#[test]
fn a_path_or_query_is_refused_with_a_message_that_says_what_to_remove() {
    let (config, warnings) = DeployConfig::parse(
        r#"{"allowedOrigins": ["https://client.example/app/", "https://client.example?x=1", "https://client.example/"]}"#,
    );
    assert_eq!(config.allowed_origins, ["https://client.example"]);
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(
        warnings[0].contains("\"https://client.example/app/\"")
            && warnings[0].contains("no path")
            && warnings[0].contains("remove everything after the host and port"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[1].contains("?query") && warnings[1].contains("remove it"),
        "{}",
        warnings[1]
    );
}

#[test]
fn a_plain_http_origin_is_accepted_with_a_warning_but_loopback_is_not_warned_about() {
    let (config, warnings) = DeployConfig::parse(
        r#"{"allowedOrigins": ["http://intranet.example", "http://localhost:3000", "http://127.0.0.2:8081", "http://[::1]", "http://dev.localhost", "https://client.example"]}"#,
    );
    assert_eq!(config.allowed_origins.len(), 6, "all accepted");
    assert!(config.allows("http://intranet.example"));
    assert_eq!(config.insecure_origins(), ["http://intranet.example"]);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("http://intranet.example") && warnings[0].contains("https://"),
        "{}",
        warnings[0]
    );
    for origin in [
        "http://127.0.0.1",
        "http://localhost:80",
        "https://a.example",
    ] {
        assert!(!is_insecure_origin(origin), "{origin}");
    }
    for origin in [
        "http://127.0.0.1.evil.example",
        "http://localhost.evil.example",
        "http://10.0.0.1",
    ] {
        assert!(is_insecure_origin(origin), "{origin}");
    }
    assert!(DeployConfig::default().insecure_origins().is_empty());
}

#[test]
fn a_brand_colour_stays_readable_in_both_themes() {
    assert_eq!(
        parse_colour("#abc"),
        Some(Colour {
            r: 0xaa,
            g: 0xbb,
            b: 0xcc
        })
    );
    assert_eq!(parse_colour("abc"), None);
    assert_eq!(parse_colour("#12345"), None);
    assert_eq!(parse_colour("#gggggg"), None);
    // A pale yellow would be unreadable as text on the light page: it is darkened.
    let palette = brand_palette(Colour {
        r: 0xff,
        g: 0xee,
        b: 0x88,
    });
    let get = |name: &str| {
        palette
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| parse_colour(v))
            .unwrap_or(Colour { r: 0, g: 0, b: 0 })
    };
    let light_bg = Colour {
        r: 0xf6,
        g: 0xf7,
        b: 0xf5,
    };
    let dark_surface = Colour {
        r: 0x1a,
        g: 0x21,
        b: 0x1e,
    };
    assert!(get("--wm-brand").contrast(light_bg) >= 4.5);
    assert!(get("--wm-brand-dark").contrast(dark_surface) >= 4.5);
    // Text on the brand colour is black or white, whichever reads better.
    let brand = get("--wm-brand");
    assert!(get("--wm-on-brand").contrast(brand) >= 4.5);
}

#[test]
fn host_requests_are_read_and_anything_else_refused() {
    assert_eq!(
        Inbound::parse(&json!({"type": "getPlan", "requestId": "r1"})),
        Ok(Inbound::GetPlan {
            request_id: Some(json!("r1"))
        })
    );
    let object = json!({"type": "loadPlan", "plan": {"format": "waymark-plan"}});
    match Inbound::parse(&object) {
        Ok(Inbound::LoadPlan { plan, request_id }) => {
            assert_eq!(request_id, None);
            assert!(plan.contains("waymark-plan"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(Inbound::parse(&json!("getPlan")), Err(Refused::NotAMessage));
    assert_eq!(
        Inbound::parse(&json!({"kind": "getPlan"})),
        Err(Refused::NotAMessage)
    );
    assert_eq!(
        Inbound::parse(&json!({"type": "ready", "source": "waymark"})),
        Err(Refused::UnknownType("ready".into()))
    );
    assert_eq!(
        Inbound::parse(&json!({"type": "loadPlan"})),
        Err(Refused::BadPlan { request_id: None })
    );
    let huge = "x".repeat(MAX_LOAD_CHARS + 1);
    assert_eq!(
        Inbound::parse(&json!({"type": "loadPlan", "plan": huge})),
        Err(Refused::BadPlan { request_id: None })
    );
}

/// Issue 16: every request gets one answer. A `loadPlan` with no plan, a number for a plan or
/// an oversized one gets an `error` with its `requestId`, which comes back as it was sent (99
/// stays a number, "a" a string); what is not a request of this protocol gets none.
#[test]
fn a_malformed_load_plan_is_answered_and_request_ids_keep_their_type() {
    let huge = "x".repeat(MAX_LOAD_CHARS + 1);
    for (request, id) in [
        (json!({"type": "loadPlan", "requestId": 99}), json!(99)),
        (
            json!({"type": "loadPlan", "requestId": "a", "plan": 42}),
            json!("a"),
        ),
        (
            json!({"type": "loadPlan", "requestId": 7.5, "plan": huge}),
            json!(7.5),
        ),
    ] {
        let refused = Inbound::parse(&request).expect_err("refused");
        let answer = refused.answer().expect("an answer").to_json();
        assert_eq!(answer["type"], "error", "{request}");
        assert_eq!(answer["requestId"], id);
        assert!(answer["message"]
            .as_str()
            .is_some_and(|m| m.contains("plan") && m.contains(&MAX_LOAD_CHARS.to_string())));
    }
    assert_eq!(
        Inbound::parse(&json!({"type": "getPlan", "requestId": 99})),
        Ok(Inbound::GetPlan {
            request_id: Some(json!(99))
        })
    );
    for other in [
        json!("getPlan"),
        json!({"type": "ready"}),
        json!({"kind": 1}),
    ] {
        assert_eq!(Inbound::parse(&other).expect_err("refused").answer(), None);
    }
}

#[test]
fn waymark_messages_say_who_sent_them() {
    let ready = Outbound::Ready { plan_id: None }.to_json();
    assert_eq!(ready["type"], "ready");
    assert_eq!(ready["source"], "waymark");
    assert_eq!(ready["version"], 1);
    let answer = Outbound::Plan {
        request_id: Some(json!("r7")),
        plan: Some(json!({"format": "waymark-plan"})),
    }
    .to_json();
    assert_eq!(answer["type"], "plan");
    assert_eq!(answer["requestId"], "r7");
    assert_eq!(answer["plan"]["format"], "waymark-plan");
    let changed = Outbound::PlanChanged {
        plan_id: "p1".into(),
        name: "Spring".into(),
        updated: 5,
    }
    .to_json();
    assert_eq!(
        (changed["type"].as_str(), changed["planId"].as_str()),
        (Some("planChanged"), Some("p1"))
    );
}
