//! A compact reader and resolver for the part of Fluent that Waymark's messages use.
//!
//! Why not `fluent-bundle` at run time: with its language-tag and plural-rule data it weighed
//! about 43 KB of the first visit (gzip), a seventh of the whole budget, for features Waymark
//! does not use (terms, attributes, functions, number formatting, bidi isolation). The files
//! stay real Fluent: `tests/i18n.rs` parses them with `fluent-syntax` and checks that this
//! resolver gives exactly what `fluent-bundle` gives for every message of every language.
//!
//! Supported: messages (`id = value`, continued on indented lines), comments, variables
//! (`{ $name }`), string and number literals (`{ "{" }`), message references (`{ other-id }`),
//! and select expressions on a variable, with numeric keys (`[0]`) and CLDR plural categories
//! (`[one]`, `*[other]`) for the five languages.

use crate::domain::Locale;

/// A value passed to a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, shown as is.
    Text(String),
    /// A number, which also chooses the plural form.
    Number(f64),
}

#[derive(Debug)]
enum Part {
    Text(String),
    Var(String),
    Message(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
}

/// The messages of one file, sorted by id (looked up by binary search: no hashing per
/// message shown, and no hash map code in the download).
#[derive(Debug, Default)]
pub struct Resource {
    messages: Vec<(String, Vec<Part>)>,
}

impl Resource {
    /// Reads a Fluent file. Entries that do not parse are skipped (the tests keep that from
    /// shipping); the rest still load.
    pub fn parse(source: &str) -> Resource {
        let mut messages: Vec<(String, Vec<Part>)> = Vec::new();
        let mut lines = source.lines().peekable();
        while let Some(line) = lines.next() {
            let Some((id, first)) = message_start(line) else {
                continue;
            };
            let mut value = first.trim_start().to_owned();
            // Continuation lines are indented (or close a placeable); any other line that
            // starts at column 0 ends the message.
            while let Some(next) = lines.peek() {
                let continues = next.starts_with([' ', '\t', '}']) || next.trim().is_empty();
                if continues {
                    let next = lines.next().unwrap_or_default();
                    if !value.is_empty() {
                        value.push('\n');
                    }
                    value.push_str(next.trim_start());
                } else {
                    break;
                }
            }
            let value = value.trim_end();
            if let Some(parts) = Parser::new(value).pattern(&[]) {
                messages.push((id.to_owned(), parts));
            }
        }
        messages.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Resource { messages }
    }

    fn get(&self, id: &str) -> Option<&Vec<Part>> {
        self.messages
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()
            .map(|i| &self.messages[i].1)
    }

    /// Whether `id` is a message here.
    pub fn has(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Formats message `id` with `args`; `None` when there is no such message.
    pub fn format(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let parts = self.get(id)?;
        let mut out = String::new();
        self.write(locale, parts, args, &mut out, 0);
        Some(out)
    }

    fn write(
        &self,
        locale: Locale,
        parts: &[Part],
        args: &[(&str, Arg)],
        out: &mut String,
        depth: u8,
    ) {
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(name) => match lookup(args, name) {
                    Some(Arg::Text(t)) => out.push_str(t),
                    Some(Arg::Number(n)) => out.push_str(&number(*n)),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Part::Message(id) => match self.get(id) {
                    Some(inner) if depth < 8 => self.write(locale, inner, args, out, depth + 1),
                    _ => {
                        out.push('{');
                        out.push_str(id);
                        out.push('}');
                    }
                },
                Part::Select {
                    var,
                    variants,
                    default,
                } => {
                    let chosen = match lookup(args, var) {
                        Some(Arg::Number(n)) => {
                            let category = plural_category(locale, *n);
                            variants
                                .iter()
                                .position(|(k, _)| k.parse::<f64>().ok() == Some(*n))
                                .or_else(|| variants.iter().position(|(k, _)| k == category))
                        }
                        Some(Arg::Text(t)) => variants.iter().position(|(k, _)| k == t),
                        None => None,
                    };
                    if let Some((_, value)) = variants.get(chosen.unwrap_or(*default)) {
                        self.write(locale, value, args, out, depth);
                    }
                }
            }
        }
    }
}

fn lookup<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
}

/// A number as Fluent shows it without formatting options ("3", "2.5").
fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        (n as i64).to_string()
    } else {
        n.to_string()
    }
}

/// The CLDR cardinal plural category of `n` in `locale`.
pub fn plural_category(locale: Locale, n: f64) -> &'static str {
    let integer = n.fract() == 0.0;
    let i = n.abs().trunc() as u64;
    match locale {
        // one: i = 1 and no visible fraction digits.
        Locale::En | Locale::Sv => {
            if integer && i == 1 {
                "one"
            } else {
                "other"
            }
        }
        // Latvian (integers): zero: n % 10 = 0 or n % 100 = 11..19; one: n % 10 = 1 and
        // n % 100 != 11; other: the rest. Fractions follow the same rules on their digits;
        // Waymark passes whole counts only, so fractions are "other".
        Locale::Lv => {
            if !integer {
                "other"
            } else if i % 10 == 0 || (11..=19).contains(&(i % 100)) {
                "zero"
            } else if i % 10 == 1 && i % 100 != 11 {
                "one"
            } else {
                "other"
            }
        }
        Locale::Id | Locale::ZhHant => "other",
    }
}

/// `id = rest` at the start of a line, when `id` is a message identifier.
fn message_start(line: &str) -> Option<(&str, &str)> {
    let (id, rest) = line.split_once('=')?;
    let id = id.trim_end();
    let mut chars = id.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then_some((id, rest))
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        Parser {
            s: text.as_bytes(),
            text,
            i: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.i += 1;
        }
    }

    /// Text and placeables up to the end, or (inside a variant) to a line that starts the next
    /// variant or closes the select.
    fn pattern(&mut self, stop_at_variant_end: &[u8]) -> Option<Vec<Part>> {
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if c == b'\n' && !stop_at_variant_end.is_empty() {
                break;
            }
            if c == b'{' {
                self.i += 1;
                if !text.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut text)));
                }
                parts.push(self.placeable()?);
                continue;
            }
            if c == b'}' {
                if stop_at_variant_end.is_empty() {
                    return None;
                }
                break;
            }
            let start = self.i;
            self.i += 1;
            while self.i < self.s.len() && !matches!(self.s[self.i], b'{' | b'}' | b'\n') {
                self.i += 1;
            }
            if self.peek() == Some(b'\n') && stop_at_variant_end.is_empty() {
                // A line break inside a value: kept as one.
                text.push_str(&self.text[start..self.i]);
                text.push('\n');
                self.i += 1;
                continue;
            }
            text.push_str(&self.text[start..self.i]);
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Some(parts)
    }

    fn identifier(&mut self) -> Option<&'a str> {
        let start = self.i;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        {
            self.i += 1;
        }
        (self.i > start).then(|| &self.text[start..self.i])
    }

    fn placeable(&mut self) -> Option<Part> {
        self.skip_blank();
        let part = match self.peek()? {
            b'$' => {
                self.i += 1;
                let name = self.identifier()?.to_owned();
                self.skip_blank();
                if self.s[self.i..].starts_with(b"->") {
                    self.i += 2;
                    return self.select(name);
                }
                Part::Var(name)
            }
            b'"' => {
                self.i += 1;
                let mut value = String::new();
                loop {
                    match self.peek()? {
                        b'"' => break,
                        b'\\' => {
                            self.i += 1;
                            let c = self.peek()?;
                            value.push(c as char);
                        }
                        _ => {
                            let start = self.i;
                            let len = self.text[start..].chars().next()?.len_utf8();
                            value.push_str(&self.text[start..start + len]);
                            self.i += len - 1;
                        }
                    }
                    self.i += 1;
                }
                self.i += 1;
                Part::Text(value)
            }
            c if c.is_ascii_digit() || c == b'-' => {
                let start = self.i;
                self.i += 1;
                while matches!(self.peek(), Some(c) if c.is_ascii_digit() || c == b'.') {
                    self.i += 1;
                }
                Part::Text(self.text[start..self.i].to_owned())
            }
            _ => Part::Message(self.identifier()?.to_owned()),
        };
        self.skip_blank();
        (self.peek()? == b'}').then(|| {
            self.i += 1;
            part
        })
    }

    fn select(&mut self, var: String) -> Option<Part> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek()? {
                b'}' => {
                    self.i += 1;
                    break;
                }
                b'*' => {
                    self.i += 1;
                    default = Some(variants.len());
                }
                _ => {}
            }
            if self.peek()? != b'[' {
                return None;
            }
            self.i += 1;
            self.skip_blank();
            let start = self.i;
            while matches!(self.peek(), Some(c) if c != b']') {
                self.i += 1;
            }
            let key = self.text[start..self.i].trim().to_owned();
            self.i += 1;
            while self.peek() == Some(b' ') {
                self.i += 1;
            }
            let mut value = self.pattern(b"]")?;
            // Trailing blanks of a variant are not part of it.
            if let Some(Part::Text(t)) = value.last_mut() {
                let trimmed = t.trim_end().len();
                t.truncate(trimmed);
            }
            variants.push((key, value));
        }
        Some(Part::Select {
            var,
            default: default?,
            variants,
        })
    }
}
