//! The deployment's configuration: `waymark.config.json`, next to `index.html`.
//!
//! Longer than 500 lines because each field of waymark.config.json is read with its own message
//! for each mistake a deployer can make.
//!
//! Whoever deploys Waymark decides what a host page may do (which parent origins may talk to
//! it), how it looks (brand colour, logo, name), its default language, its storage namespace
//! and which sections it shows. That lives in a file on the deployer's server, never in a query
//! parameter, so a page that frames Waymark cannot grant itself anything.
//!
//! Reading is forgiving and loud: a file that is missing gives the defaults; an entry that is
//! wrong is dropped with a warning that names it (logged to the console), and the rest applies.
//! The checks are strict where text reaches the page or the network: origins must be exact
//! `scheme://host[:port]` (no wildcards, no paths; written as the browser reports them, so
//! `HTTPS://Client.example:443/` is `https://client.example`), colours `#rgb` or `#rrggbb`, the
//! logo a relative path inside the deployment. An `http://` origin other than the machine's own
//! is accepted with a warning, which the app also shows on the page (`insecure_origins`): a
//! deployer testing the setup sees it without opening the console.

use crate::domain::Locale;
use crate::storage::Namespace;
use serde_json::Value;

/// The config file's name, resolved against the page's own address.
pub const CONFIG_FILE: &str = "waymark.config.json";

/// The section keys a deployment can choose from, in the navigation's order. The overview and
/// the plan list are always shown.
pub const SECTIONS: [&str; 14] = [
    "health",
    "swot",
    "pestle",
    "tows",
    "personas",
    "journey",
    "team",
    "attribution",
    "objectives",
    "creative",
    "engagement",
    "mix",
    "monitor",
    "report",
];

/// The deployment's choices; `Default` is a stand-alone Waymark that talks to no other page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeployConfig {
    /// Parent origins that may exchange messages with an embedded Waymark, exactly.
    pub allowed_origins: Vec<String>,
    /// The deployer's brand, if any.
    pub brand: Option<Brand>,
    /// The language when the user has chosen none (before the browser's preference).
    pub default_language: Option<Locale>,
    /// Where plans are stored; deployments sharing an origin keep their data apart with it.
    pub namespace: Option<Namespace>,
    /// The sections shown; `None` shows all.
    pub sections: Option<Vec<&'static str>>,
}

/// A brand: what a consultancy puts on its embedded Waymark.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Brand {
    /// The accent colour, `#rrggbb`.
    pub color: Option<String>,
    /// A relative path of an image next to `index.html`.
    pub logo: Option<String>,
    /// The brand's name, shown beside the logo and used as its text alternative.
    pub name: Option<String>,
}

impl DeployConfig {
    /// Reads the config file's text. Returns the configuration that applies and a warning for
    /// everything that was ignored.
    pub fn parse(text: &str) -> (DeployConfig, Vec<String>) {
        let mut warnings = Vec::new();
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                warnings.push(format!(
                    "{CONFIG_FILE} is not valid JSON ({e}); defaults apply"
                ));
                return (DeployConfig::default(), warnings);
            }
        };
        let Some(object) = value.as_object() else {
            warnings.push(format!(
                "{CONFIG_FILE} is not a JSON object; defaults apply"
            ));
            return (DeployConfig::default(), warnings);
        };
        let mut config = DeployConfig::default();
        for (key, value) in object {
            match key.as_str() {
                "allowedOrigins" => config.allowed_origins = origins(value, &mut warnings),
                "brand" => config.brand = brand(value, &mut warnings),
                // `language` is the mount options' name for it.
                "defaultLanguage" | "language" => {
                    config.default_language = value.as_str().and_then(Locale::from_tag);
                    if config.default_language.is_none() {
                        warnings.push(format!(
                            "defaultLanguage {value} is not a language of Waymark; ignored"
                        ));
                    }
                }
                "namespace" => {
                    config.namespace = value.as_str().and_then(Namespace::parse);
                    if config.namespace.is_none() {
                        warnings.push(format!(
                            "namespace {value} must be 1 to 40 letters, digits, - or _; the default namespace applies"
                        ));
                    }
                }
                "sections" => config.sections = Some(sections(value, &mut warnings)),
                "$comment" | "format" | "version" | "assets" => {}
                other => warnings.push(format!("unknown setting {other:?}; ignored")),
            }
        }
        (config, warnings)
    }

    /// Whether `origin` (a `MessageEvent`'s origin) may talk to this Waymark. The allowed
    /// origins are normalised as browsers report origins, so comparing exactly is right.
    pub fn allows(&self, origin: &str) -> bool {
        self.allowed_origins.iter().any(|o| o == origin)
    }

    /// The allowed origins that are plain `http://` on another machine (see
    /// [`is_insecure_origin`]): accepted, and said on the page as well as in the console.
    pub fn insecure_origins(&self) -> Vec<&str> {
        self.allowed_origins
            .iter()
            .map(String::as_str)
            .filter(|o| is_insecure_origin(o))
            .collect()
    }

    /// Whether the section `key` (one of [`SECTIONS`]) is shown.
    pub fn shows(&self, key: &str) -> bool {
        self.sections
            .as_ref()
            .is_none_or(|shown| shown.contains(&key))
    }
}

/// Why an `allowedOrigins` entry is not an origin; [`std::fmt::Display`] says it for the
/// console, naming what to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OriginError {
    /// Not `https://` or `http://` (or no scheme at all).
    Scheme,
    /// A `*` somewhere: origins are matched exactly, never by pattern.
    Wildcard,
    /// Something after the host and port (`/path`); a browser reports an origin without it.
    Path,
    /// A `?query` or `#fragment`.
    Query,
    /// `user:password@` before the host.
    Credentials,
    /// A missing host, or one with characters a browser would not report (an internationalised
    /// name must be written in its `xn--` form, as browsers report it).
    Host,
    /// A port that is not a number from 1 to 65535.
    Port,
}

impl std::fmt::Display for OriginError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            OriginError::Scheme => "it must start with https:// (or http://)",
            OriginError::Wildcard => "wildcards are not allowed: list each origin exactly",
            OriginError::Path => {
                "an origin has no path: remove everything after the host and port"
            }
            OriginError::Query => "an origin has no ?query or #fragment: remove it",
            OriginError::Credentials => "an origin has no user name or password: remove the part before @",
            OriginError::Host => {
                "the host is missing or has characters a browser never reports (write an internationalised name in its xn-- form)"
            }
            OriginError::Port => "the port must be a number from 1 to 65535",
        })
    }
}

/// An origin exactly as browsers report it in `MessageEvent.origin`: `scheme://host[:port]`,
/// scheme and host in lower case, no default port (`:443` for https, `:80` for http), no
/// trailing slash. Anything that is not an origin (a path, a query, a wildcard) is refused,
/// never cut down to one: `https://a.example/x` may have been meant for something else.
pub fn normalize_origin(text: &str) -> Result<String, OriginError> {
    let text = text.trim();
    let (scheme, rest) = text.split_once("://").ok_or(OriginError::Scheme)?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return Err(OriginError::Scheme),
    };
    if rest.contains('*') {
        return Err(OriginError::Wildcard);
    }
    // The authority ends at the first `/`, `?` or `#`; only a single `/` may follow it.
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if tail.contains(['?', '#']) {
        return Err(OriginError::Query);
    }
    if !tail.is_empty() && tail != "/" {
        return Err(OriginError::Path);
    }
    if authority.contains('@') {
        return Err(OriginError::Credentials);
    }
    let authority = authority.to_ascii_lowercase();
    // An IPv6 address is in brackets and has colons of its own.
    let (host, port) = if authority.starts_with('[') {
        let close = authority.find(']').ok_or(OriginError::Host)?;
        let (host, after) = authority.split_at(close + 1);
        match after {
            "" => (host, None),
            _ => (
                host,
                Some(after.strip_prefix(':').ok_or(OriginError::Port)?),
            ),
        }
    } else {
        match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority.as_str(), None),
        }
    };
    let host_ok = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => {
            !v6.is_empty()
                && v6
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.'))
        }
        None => {
            !host.is_empty()
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        }
    };
    if !host_ok {
        return Err(OriginError::Host);
    }
    // As a URL parser reads it: digits only, leading zeros allowed, empty means none.
    let port = match port {
        None | Some("") => None,
        Some(p) if p.len() <= 10 && p.bytes().all(|b| b.is_ascii_digit()) => {
            match p.parse::<u32>() {
                Ok(n) if (1..=65535).contains(&n) => Some(n),
                _ => return Err(OriginError::Port),
            }
        }
        Some(_) => return Err(OriginError::Port),
    };
    Ok(match port {
        Some(port) if port != default_port => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}

/// Whether `origin` (normalised) is plain `http://` on another machine: its pages travel
/// unencrypted, so anyone on the network can pose as it and talk to Waymark. The browser's
/// own loopback addresses (`localhost`, `127.0.0.0/8`, `[::1]`; what browsers count as
/// potentially trustworthy) never leave the machine and are fine for development.
pub fn is_insecure_origin(origin: &str) -> bool {
    let Some(authority) = origin.strip_prefix("http://") else {
        return false;
    };
    let host = if authority.starts_with('[') {
        authority
            .split_once(']')
            .map_or(authority, |(h, _)| h)
            .trim_start_matches('[')
    } else {
        authority.split(':').next().unwrap_or(authority)
    };
    let loopback = host == "localhost"
        || host.ends_with(".localhost")
        || host == "::1"
        || host.strip_prefix("127.").is_some_and(|rest| {
            rest.split('.').count() == 3 && rest.split('.').all(|p| p.parse::<u8>().is_ok())
        });
    !loopback
}

fn origins(value: &Value, warnings: &mut Vec<String>) -> Vec<String> {
    let Some(list) = value.as_array() else {
        warnings.push("allowedOrigins must be a list of origins; none allowed".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in list {
        let Some(text) = item.as_str() else {
            warnings.push(format!(
                "allowed origin {item} is not text (write \"https://host[:port]\"); ignored"
            ));
            continue;
        };
        match normalize_origin(text) {
            Ok(origin) if out.contains(&origin) => {}
            Ok(origin) => {
                if is_insecure_origin(&origin) {
                    warnings.push(format!(
                        "allowed origin {origin} is not encrypted (http://): anyone on its network can pose as it and read or change plans through Waymark; use its https:// address"
                    ));
                }
                out.push(origin);
            }
            Err(why) => warnings.push(format!("allowed origin {item} is refused: {why}; ignored")),
        }
    }
    out
}

fn brand(value: &Value, warnings: &mut Vec<String>) -> Option<Brand> {
    let Some(object) = value.as_object() else {
        warnings.push("brand must be an object; ignored".into());
        return None;
    };
    let mut brand = Brand::default();
    for (key, value) in object {
        match key.as_str() {
            "color" => {
                brand.color = value.as_str().and_then(parse_colour).map(|c| c.hex());
                if brand.color.is_none() {
                    warnings.push(format!(
                        "brand colour {value} must be #rgb or #rrggbb; ignored"
                    ));
                }
            }
            "logo" => {
                brand.logo = value
                    .as_str()
                    .filter(|s| relative_path(s))
                    .map(str::to_owned);
                if brand.logo.is_none() {
                    warnings.push(format!(
                        "brand logo {value} must be a relative path next to index.html; ignored"
                    ));
                }
            }
            "name" => {
                brand.name = value
                    .as_str()
                    .map(|s| s.trim().chars().take(60).collect::<String>())
                    .filter(|s| !s.is_empty());
            }
            other => warnings.push(format!("unknown brand setting {other:?}; ignored")),
        }
    }
    Some(brand)
}

fn sections(value: &Value, warnings: &mut Vec<String>) -> Vec<&'static str> {
    let Some(list) = value.as_array() else {
        warnings.push("sections must be a list; all sections are shown".into());
        return SECTIONS.to_vec();
    };
    let mut out = Vec::new();
    for item in list {
        match SECTIONS.iter().find(|s| Some(**s) == item.as_str()) {
            Some(key) if !out.contains(key) => out.push(*key),
            Some(_) => {}
            None => warnings.push(format!("unknown section {item}; ignored")),
        }
    }
    out
}

/// A path inside the deployment: no scheme, no leading `/`, no `..`, nothing that could leave
/// the folder or carry script.
fn relative_path(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && !s.starts_with('/')
        && !s.contains("..")
        && !s.contains(':')
        && !s.contains('\\')
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'_'))
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colour {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

/// `#rgb` or `#rrggbb`, nothing else.
pub fn parse_colour(text: &str) -> Option<Colour> {
    let hex = text.trim().strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize, len: usize| u8::from_str_radix(hex.get(i..i + len)?, 16).ok();
    match hex.len() {
        3 => Some(Colour {
            r: digit(0, 1)? * 17,
            g: digit(1, 1)? * 17,
            b: digit(2, 1)? * 17,
        }),
        6 => Some(Colour {
            r: digit(0, 2)?,
            g: digit(2, 2)?,
            b: digit(4, 2)?,
        }),
        _ => None,
    }
}

impl Colour {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Mixes `amount` (0–1) of `other` into this colour.
    pub fn mix(self, other: Colour, amount: f64) -> Colour {
        let m =
            |a: u8, b: u8| (f64::from(a) * (1.0 - amount) + f64::from(b) * amount).round() as u8;
        Colour {
            r: m(self.r, other.r),
            g: m(self.g, other.g),
            b: m(self.b, other.b),
        }
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG contrast ratio with `other`.
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

const WHITE: Colour = Colour {
    r: 255,
    g: 255,
    b: 255,
};
const BLACK: Colour = Colour { r: 0, g: 0, b: 0 };
/// The light page background and the dark card surface of `www/styles.css` (the lighter of
/// the dark theme's backgrounds, so the stricter test).
const LIGHT_BG: Colour = Colour {
    r: 0xf6,
    g: 0xf7,
    b: 0xf5,
};
const DARK_BG: Colour = Colour {
    r: 0x1a,
    g: 0x21,
    b: 0x1e,
};

/// The CSS custom properties a brand colour sets, for the light and the dark theme: the colour
/// itself is adjusted until text in it is readable on the page (WCAG 4.5:1), and the text on
/// it is black or white, whichever contrasts more.
pub fn brand_palette(colour: Colour) -> Vec<(&'static str, String)> {
    let readable = |mut c: Colour, bg: Colour, toward: Colour| {
        for _ in 0..20 {
            if c.contrast(bg) >= 4.5 {
                break;
            }
            c = c.mix(toward, 0.1);
        }
        c
    };
    let on = |c: Colour| {
        if c.contrast(WHITE) >= c.contrast(BLACK) {
            WHITE
        } else {
            BLACK
        }
    };
    let light = readable(colour, LIGHT_BG, BLACK);
    let dark = readable(colour, DARK_BG, WHITE);
    vec![
        ("--wm-brand", light.hex()),
        ("--wm-brand-strong", light.mix(BLACK, 0.2).hex()),
        ("--wm-brand-soft", light.mix(WHITE, 0.88).hex()),
        ("--wm-on-brand", on(light).hex()),
        ("--wm-brand-dark", dark.hex()),
        ("--wm-brand-strong-dark", dark.mix(WHITE, 0.25).hex()),
        ("--wm-brand-soft-dark", dark.mix(DARK_BG, 0.75).hex()),
        ("--wm-on-brand-dark", on(dark).hex()),
    ]
}
