//! The stored envelope `{format, version, plan}` and the migrations between versions.
//!
//! Every plan that leaves memory (to localStorage, to a file) is wrapped in an envelope that
//! says what it is and which schema it follows. Reading one goes: size check → JSON → envelope
//! check → migrations up to [`CURRENT_VERSION`] → typed `Plan` → `validate::plan`. Any step
//! can refuse, with an error that says why; none of them panics, whatever the input.
//!
//! A document from a *newer* version is refused rather than guessed at: the caller keeps it
//! untouched, so the newer app that wrote it can still read it.
//!
//! A document of this version written by a newer build can hold members this build does not
//! know (a new field on a card, a new section). Deserialising drops them, so [`decode`] lists
//! them ([`Unknown`]) and [`encode_keeping`] writes them back where their place still exists:
//! an old tab left open never erases what a newer one wrote.
//!
//! The JSON value becomes a typed `Plan` in exactly one place, [`plan_from_value`]: a wrong
//! type then names its path like `validate::plan` does (`plan.swot.cards[3].text: invalid
//! type: integer `5`, expected a string`), and the plan's `Deserialize` code is compiled into
//! the app once (every caller, `merge` included, goes through it; the download size counts).
//! Nesting is bounded by `serde_json`'s recursion limit (128 levels), so a document of a
//! hundred thousand `[` is refused as "nested too deeply", never a stack overflow. An error's
//! detail is shown to the user, so it is cut to [`MAX_DETAIL_CHARS`] and its control and
//! direction-changing characters are written as escapes: a file cannot spoof the message.

use crate::domain::core::ids::PlanId;
use crate::domain::plan::Plan;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// The `format` field of every stored plan.
pub const FORMAT: &str = "waymark-plan";
/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 1;
/// The largest document accepted, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;
/// The longest detail a [`SchemaError`] carries, in characters (it quotes parts of the input).
pub const MAX_DETAIL_CHARS: usize = 300;

/// Why a stored or imported document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaError {
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not a Waymark plan envelope (`format` missing or different).
    NotAPlan,
    /// Written by a newer Waymark than this one.
    NewerVersion {
        /// The version in the document.
        found: u64,
    },
    /// The envelope is right but the content does not fit the schema.
    Invalid(String),
}

impl SchemaError {
    /// The Fluent message id that explains this error to the user.
    pub fn i18n_key(&self) -> &'static str {
        match self {
            SchemaError::TooLarge { .. } => "schema-too-large",
            SchemaError::NotJson(_) => "schema-not-json",
            SchemaError::NotAPlan => "schema-not-a-plan",
            SchemaError::NewerVersion { .. } => "schema-newer-version",
            SchemaError::Invalid(_) => "schema-invalid",
        }
    }
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaError::TooLarge { bytes } => write!(f, "document of {bytes} bytes is too large"),
            SchemaError::NotJson(e) => write!(f, "not JSON: {e}"),
            SchemaError::NotAPlan => f.write_str("not a Waymark plan"),
            SchemaError::NewerVersion { found } => {
                write!(f, "version {found} is newer than {CURRENT_VERSION}")
            }
            SchemaError::Invalid(e) => write!(f, "invalid plan: {e}"),
        }
    }
}

impl std::error::Error for SchemaError {}

/// A plan read from a document, and whether it had to be migrated.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The plan, valid and at the current schema.
    pub plan: Plan,
    /// The version it was stored at, when older than [`CURRENT_VERSION`].
    pub migrated_from: Option<u32>,
    /// The [`fingerprint`] of the plan this one was edited from, when the writer said so.
    pub parent: Option<String>,
    /// Members of the stored plan that this build does not know (see the module docs).
    pub unknown: Unknown,
}

/// Members of a stored plan that this build's types do not have, by where they were: kept
/// aside at load and written back at save (see [`encode_keeping`]).
pub type Unknown = Vec<(crate::domain::document::tree::Path, Value)>;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    plan: &'a Plan,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'a str>,
}

/// Serialises `plan` in the current envelope. `format` and `version` come first, so
/// [`peek_version`] can read them without parsing the whole document.
pub fn encode(plan: &Plan) -> Result<String, SchemaError> {
    encode_with_parent(plan, None)
}

/// Serialises `plan`, recording the [`fingerprint`] of the plan it was edited from. Two tabs
/// saving one plan use it to tell whether the other side had seen their last save
/// (`domain::document::merge`).
pub fn encode_with_parent(plan: &Plan, parent: Option<&str>) -> Result<String, SchemaError> {
    encode_keeping(plan, parent, &[])
}

/// Serialises `plan` with its `parent`, putting back the `unknown` members a newer build wrote
/// where their place (an object that still exists, a list item that still has its id) is still
/// there. Without unknown members this is [`encode_with_parent`], at the same cost.
pub fn encode_keeping(
    plan: &Plan,
    parent: Option<&str>,
    unknown: &[(crate::domain::document::tree::Path, Value)],
) -> Result<String, SchemaError> {
    if !unknown.is_empty() {
        let text = serde_json::to_string(plan).map_err(|e| SchemaError::Invalid(e.to_string()))?;
        let mut tree: Value =
            serde_json::from_str(&text).map_err(|e| SchemaError::Invalid(e.to_string()))?;
        crate::domain::document::tree::restore(&mut tree, unknown);
        // Written by hand so `format` and `version` come first, as [`peek_version`] expects.
        let plan = serde_json::to_string(&tree).map_err(|e| SchemaError::Invalid(e.to_string()))?;
        let parent = match parent {
            Some(p) => format!(
                r#","parent":{}"#,
                serde_json::to_string(p).map_err(|e| SchemaError::Invalid(e.to_string()))?
            ),
            None => String::new(),
        };
        return Ok(format!(
            r#"{{"format":"{FORMAT}","version":{CURRENT_VERSION},"plan":{plan}{parent}}}"#
        ));
    }
    serde_json::to_string(&EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        plan,
        parent,
    })
    .map_err(|e| SchemaError::Invalid(e.to_string()))
}

/// A short digest of the plan's content (FNV-1a over its JSON), equal for equal plans in any
/// tab: it names a version of the plan without storing it.
pub fn fingerprint(plan: &Plan) -> String {
    let text = serde_json::to_string(plan).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Reads a stored or imported document.
pub fn decode(text: &str) -> Result<Decoded, SchemaError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(SchemaError::TooLarge { bytes: text.len() });
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| SchemaError::NotJson(json_error(&e)))?;
    let Value::Object(mut envelope) = value else {
        return Err(SchemaError::NotAPlan);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(SchemaError::NotAPlan);
    }
    let version = match envelope.get("version") {
        Some(Value::Number(n)) => n.as_u64().ok_or(SchemaError::NotAPlan)?,
        _ => return Err(SchemaError::NotAPlan),
    };
    if version > u64::from(CURRENT_VERSION) {
        return Err(SchemaError::NewerVersion { found: version });
    }
    let parent = match envelope.remove("parent") {
        Some(Value::String(p)) if p.len() <= 32 => Some(p),
        _ => None,
    };
    let mut plan = envelope
        .remove("plan")
        .ok_or_else(|| SchemaError::Invalid("plan: missing".into()))?;
    let stored = version as u32; // <= CURRENT_VERSION, so it fits
    for (from, step) in MIGRATIONS.iter().enumerate().skip(stored as usize) {
        plan = step(plan)
            .map_err(|e| SchemaError::Invalid(detail(&format!("migrating from v{from}: {e}"))))?;
    }
    let raw = plan;
    let plan = plan_from_value(&raw)?;
    super::validate::plan(&plan).map_err(|e| SchemaError::Invalid(detail(&e)))?;
    // What this build kept of the document, to find what it dropped. Only a document at the
    // current version can come from a newer build; a migrated one is this build's own shape.
    let unknown = match stored == CURRENT_VERSION {
        true => serde_json::to_string(&plan)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .map(|known| crate::domain::document::tree::unknown(&raw, &known))
            .unwrap_or_default(),
        false => Vec::new(),
    };
    Ok(Decoded {
        plan,
        migrated_from: (stored < CURRENT_VERSION).then_some(stored),
        parent,
        unknown,
    })
}

/// The typed plan in `value` (the `plan` member of an envelope at the current version). The one
/// place a JSON value becomes a [`Plan`]: use it rather than `serde_json::from_value`, so the
/// plan's `Deserialize` code exists once in the app and every error names its path from
/// `plan.` on. It does not call `document::validate::plan`; the caller does.
///
/// The value is written out as compact JSON and the plan read from that text: a text error
/// carries its byte position, and [`path_at`] turns the position into the path. This replaced
/// `serde_path_to_error`, whose wrapper compiled every `Deserialize` of the plan a second time
/// (20 KB gzip of the download, issue 17); writing the value out costs a few milliseconds on a
/// large plan, once per load.
pub(crate) fn plan_from_value(value: &Value) -> Result<Plan, SchemaError> {
    let text =
        serde_json::to_string(value).map_err(|e| SchemaError::Invalid(detail(&e.to_string())))?;
    serde_json::from_str::<Plan>(&text).map_err(|e| {
        let message = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&position).unwrap_or(&message);
        // One line of text, so the column is the byte offset (serde_json counts bytes from 0).
        let at = e.column();
        let path = path_at(&text, at);
        // A fixed-length array (a budget's three scenarios) with more elements: read from text,
        // serde_json stops at the first extra one; say it as a value does, of the whole array.
        if message == "trailing characters" {
            if let Some((array, index)) = path.rsplit_once('[') {
                let index: usize = index.trim_end_matches(']').parse().unwrap_or(0);
                let length = index + 1 + elements_after(&text, at);
                return SchemaError::Invalid(detail(&format!(
                    "{array}: invalid length {length}, expected fewer elements in array"
                )));
            }
        }
        SchemaError::Invalid(detail(&format!("{path}: {message}")))
    })
}

/// How many more elements the array open at byte `at` of `text` has after the one there: its
/// commas before its `]`, outside strings and nested values.
fn elements_after(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut commas, mut i) = (0usize, 0, at);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => break,
            b'}' | b']' => depth -= 1,
            b',' if depth == 0 => commas += 1,
            _ => {}
        }
        i += 1;
    }
    commas
}

/// The path (`plan.swot.cards[3].text`) of the place in the JSON `text` just before byte `at`:
/// the members and elements that are open there, and the member whose name was read last. A
/// deserialisation error's position is just after the value it is about (or, for a missing
/// field, after the object's `}`, which names the object), so this names that value.
fn path_at(text: &str, at: usize) -> String {
    enum Open {
        /// An object, the name of its member being read, and whether its `:` was passed.
        Object(Option<String>, bool),
        /// An array and the index of its element being read.
        Array(usize),
    }
    let bytes = text.as_bytes();
    let end = at.min(bytes.len());
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => open.push(Open::Object(None, false)),
            b'[' => open.push(Open::Array(0)),
            b'}' | b']' => {
                open.pop();
            }
            b':' => {
                if let Some(Open::Object(_, value)) = open.last_mut() {
                    *value = true;
                }
            }
            b',' => match open.last_mut() {
                Some(Open::Array(index)) => *index += 1,
                Some(Open::Object(_, value)) => *value = false,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Open::Object(name, false)) = open.last_mut() {
                    let raw = text.get(start..=i.min(bytes.len() - 1)).unwrap_or("");
                    *name = Some(serde_json::from_str::<String>(raw).unwrap_or_default());
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::from("plan");
    for part in &open {
        match part {
            Open::Object(Some(name), _) => {
                path.push('.');
                path.push_str(name);
            }
            Open::Object(None, _) => {}
            Open::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// serde_json's message for `e`, with its recursion limit said in the user's terms.
fn json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let text = match message.strip_prefix("recursion limit exceeded") {
        Some(at) => format!("nested more than 128 levels deep{at}"),
        None => message,
    };
    detail(&text)
}

/// `text` made safe to show: at most [`MAX_DETAIL_CHARS`] characters (then "…"), with control
/// characters and the invisible ones that change text direction written as `\u{…}` escapes.
fn detail(text: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in text.chars() {
        let shown = if c.is_control() || changes_direction(c) {
            format!("\\u{{{:04x}}}", u32::from(c))
        } else {
            c.to_string()
        };
        count += shown.chars().count();
        if count > MAX_DETAIL_CHARS {
            out.push('…');
            break;
        }
        out.push_str(&shown);
    }
    out
}

/// Whether `c` is an invisible mark or override that changes the direction of the text after
/// it (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
fn changes_direction(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// The version of a document this build wrote, read from its first bytes without a full parse;
/// falls back to a full parse for documents written some other way. `None` when it is not a
/// plan envelope at all.
pub fn peek_version(text: &str) -> Option<u64> {
    let prefix = r#"{"format":"waymark-plan","version":"#;
    if let Some(rest) = text.strip_prefix(prefix) {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && rest[digits.len()..].starts_with(',') {
            return digits.parse().ok();
        }
    }
    let value: Value = serde_json::from_str(text).ok()?;
    (value.get("format")?.as_str()? == FORMAT).then(|| value.get("version")?.as_u64())?
}

/// One step of the chain: the `plan` value of version N in, version N+1 out.
type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[n]` turns a version-n plan into a version-n+1 plan. Its length is always
/// `CURRENT_VERSION`: adding a version means adding a step here and a fixture in `tests/fixtures`.
const MIGRATIONS: [Migration; CURRENT_VERSION as usize] = [v0_to_v1];

/// Version 0 was the prototype's format: `title` and `notes`, times in seconds, no id and no
/// language. Version 1 names things as the method does, keeps milliseconds, and adds both.
fn v0_to_v1(plan: Value) -> Result<Value, String> {
    let Value::Object(old) = plan else {
        return Err("plan: not an object".into());
    };
    let text = |key: &str| {
        old.get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let seconds = |key: &str| old.get(key).and_then(Value::as_i64);
    let created = seconds("created_at").ok_or("plan.created_at: missing or not a number")?;
    let updated = seconds("updated_at").unwrap_or(created).max(created);
    let created_ms = created
        .checked_mul(1000)
        .ok_or("plan.created_at: out of range")?;
    let updated_ms = updated
        .checked_mul(1000)
        .ok_or("plan.updated_at: out of range")?;
    let mut name = text("title").trim().to_owned();
    if name.is_empty() {
        name = "Plan".into();
    }
    // The prototype had no ids; derive a stable one from the creation time so migrating the
    // same document twice gives the same plan.
    let id = PlanId::generate(crate::domain::core::ids::Timestamp(created_ms), 0);
    let mut meta = Map::new();
    meta.insert("name".into(), Value::String(name));
    meta.insert("description".into(), Value::String(text("notes")));
    meta.insert("created".into(), Value::from(created_ms));
    meta.insert("updated".into(), Value::from(updated_ms));
    meta.insert("locale".into(), Value::String("en".into()));
    let mut new = Map::new();
    new.insert("id".into(), Value::String(id.to_string()));
    new.insert("meta".into(), Value::Object(meta));
    Ok(Value::Object(new))
}
