//! The deployment's configuration: `waymark.config.json`, next to `index.html`.
//!
//! Whoever deploys Waymark decides what a host page may do (which parent origins may talk to
//! it), how it looks (brand colour, logo, name), its default language, its storage namespace
//! and which sections it shows. That lives in a file on the deployer's server, never in a query
//! parameter, so a page that frames Waymark cannot grant itself anything.
//!
//! Reading is forgiving and loud: a file that is missing gives the defaults; an entry that is
//! wrong is dropped with a warning that names it (logged to the console), and the rest applies.
//! The checks are strict where text reaches the page or the network: origins must be exact
//! `scheme://host[:port]` (no wildcards, no paths), colours `#rgb` or `#rrggbb`, the logo a
//! relative path inside the deployment.

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

    /// Whether `origin` (a `MessageEvent`'s origin) may talk to this Waymark.
    pub fn allows(&self, origin: &str) -> bool {
        self.allowed_origins.iter().any(|o| o == origin)
    }

    /// Whether the section `key` (one of [`SECTIONS`]) is shown.
    pub fn shows(&self, key: &str) -> bool {
        self.sections
            .as_ref()
            .is_none_or(|shown| shown.contains(&key))
    }
}

/// An origin exactly as browsers report it: `scheme://host[:port]`, lower case, no path.
pub fn normalize_origin(text: &str) -> Option<String> {
    let text = text.trim().to_ascii_lowercase();
    let text = text.strip_suffix('/').unwrap_or(&text);
    let (scheme, rest) = text.split_once("://")?;
    if !matches!(scheme, "https" | "http") || rest.is_empty() {
        return None;
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || rest.starts_with('[') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'[' | b']' | b':'));
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then(|| text.to_owned())
}

fn origins(value: &Value, warnings: &mut Vec<String>) -> Vec<String> {
    let Some(list) = value.as_array() else {
        warnings.push("allowedOrigins must be a list of origins; none allowed".into());
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in list {
        match item.as_str().and_then(normalize_origin) {
            Some(origin) if !out.contains(&origin) => out.push(origin),
            Some(_) => {}
            None => warnings.push(format!(
                "allowed origin {item} is not an exact https://host[:port] origin (no wildcards, no paths); ignored"
            )),
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
        ("--custom-brand", light.hex()),
        ("--custom-brand-strong", light.mix(BLACK, 0.2).hex()),
        ("--custom-brand-soft", light.mix(WHITE, 0.88).hex()),
        ("--custom-on-brand", on(light).hex()),
        ("--custom-brand-dark", dark.hex()),
        ("--custom-brand-strong-dark", dark.mix(WHITE, 0.25).hex()),
        ("--custom-brand-soft-dark", dark.mix(DARK_BG, 0.75).hex()),
        ("--custom-on-brand-dark", on(dark).hex()),
    ]
}
