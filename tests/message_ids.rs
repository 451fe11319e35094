//! Every message id the code asks for is a message of `en.ftl` (and so, by `tests/i18n.rs`, of
//! every locale). A missing message shows its id to the user (`Translations::t` falls back to
//! it), and the UI code that asks for most of them only runs in the browser, so this test reads
//! the ids out of the source of `src/` instead of keeping a list by hand.
//!
//! What it reads (after a small Rust lexer has dropped comments and `#[cfg(test)]` items):
//! 1. a string literal given to a call of `t` or `t_args` (`i18n.t("save-saved")`,
//!    `(self.t)("attribution-total")`): that exact id;
//! 2. the literals in the body of any `fn i18n_key` (the domain's error keys);
//! 3. the export's id slices, `&["export-date"]` or `&["kpi-name", "kpi-level"]`: each literal;
//!    when a slice is an id in parts (`&["hc-", key, "-q"]`), the pattern `hc-*-q`;
//! 4. a `format!` given to `t` or `t_args` (`t(&format!("channel-{}", c.key()))`): a pattern;
//! 5. any other literal shaped like an id (`plans-open-failed`) whose first word is the first
//!    word of some message (`plans-…`), unless it is an HTML attribute that is not text
//!    (`class=`, `id=`, `data-testid=`, `aria-labelledby=`, `key=`, …), inside `classes!(…)`,
//!    `set_attribute(…)` or a `#[…]` attribute, or given to a parameter so named (`testid` and
//!    `class` of `fn figure`), or a key that fills a checked pattern (`budget-scenarios` of
//!    `next-*-title`). This catches ids kept in a variable or a table before they are
//!    translated (`failed.set(Some("plans-open-failed"))`, the navigation).
//!
//! A pattern is checked against its real expansions where the source says what they are. The
//! vocabularies are read from the source too: the literals each `match` yields (so every
//! `key()` of a domain enum: `Channel::Social => "social"`), the first literals of a table of
//! tuples (`[("audience", …), ("justification", …)]`) and each file's `key: "…"` fields (the
//! health-check prompts). For a pattern with one placeholder after a literal start
//! (`channel-*`), the vocabulary with the most expansions present must have all of them
//! present: a new `Channel` whose `channel-…` message was forgotten fails here. Where no
//! vocabulary fits (`smart-*`, whose keys are passed in a `Verdict`), where the pattern starts
//! with its placeholder (`*-title`) or has several, the test only asserts that some message
//! matches it; those patterns are printed (`cargo test --test message_ids -- --nocapture`).
//!
//! `src/domain/document/example.rs` asks the example plan's own messages (`examples/en.ftl`).
//!
//! Not covered: an id computed some other way (concatenated with `+`, built by a helper
//! function from parts, or a `format!` stored in a variable first). The dynamic checks of the
//! exports (`tests/export.rs`) cover what the exports ask for, whatever the form.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use waymark::domain::Locale;
use waymark::i18n::{example_source, source};

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Str(String),
    Ident(String),
    Punct(char),
    Other,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: usize,
}

/// A small Rust lexer: string literals (plain and raw), identifiers, punctuation; comments,
/// numbers, chars, lifetimes and byte strings are skipped or opaque.
fn lex(src: &str) -> Vec<Token> {
    let c: Vec<char> = src.chars().collect();
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let newlines = |from: usize, to: usize| {
        c[from..to.min(c.len())]
            .iter()
            .filter(|x| **x == '\n')
            .count()
    };
    while i < c.len() {
        let ch = c[i];
        let start = i;
        if ch == '\n' {
            line += 1;
            i += 1;
            continue;
        }
        if ch.is_whitespace() {
            i += 1;
            continue;
        }
        if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            line += newlines(start, i);
            continue;
        }
        // Raw strings: r"…", r#"…"#, br"…".
        let r = if ch == 'r' {
            Some(i + 1)
        } else if ch == 'b' && at(i + 1) == 'r' {
            Some(i + 2)
        } else {
            None
        };
        if let Some(mut j) = r {
            let mut hashes = 0;
            while at(j) == '#' {
                hashes += 1;
                j += 1;
            }
            if at(j) == '"' {
                let body = j + 1;
                let mut k = body;
                loop {
                    if k >= c.len() {
                        break;
                    }
                    if c[k] == '"' && (0..hashes).all(|h| at(k + 1 + h) == '#') {
                        break;
                    }
                    k += 1;
                }
                let text: String = c[body..k.min(c.len())].iter().collect();
                let tok = if ch == 'b' {
                    Tok::Other
                } else {
                    Tok::Str(text)
                };
                out.push(Token { tok, line });
                i = k + 1 + hashes;
                line += newlines(start, i);
                continue;
            }
        }
        if ch == '"' || (ch == 'b' && at(i + 1) == '"') {
            let byte = ch == 'b';
            i += if byte { 2 } else { 1 };
            let mut text = String::new();
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    i += 1;
                    match at(i) {
                        'n' => text.push('\n'),
                        't' => text.push('\t'),
                        '\n' => {
                            // A line continuation: the next line's leading blanks go too.
                            while at(i + 1).is_whitespace() {
                                i += 1;
                            }
                        }
                        other => text.push(other),
                    }
                } else {
                    text.push(c[i]);
                }
                i += 1;
            }
            i += 1;
            let tok = if byte { Tok::Other } else { Tok::Str(text) };
            out.push(Token { tok, line });
            line += newlines(start, i);
            continue;
        }
        if ch == '\'' || (ch == 'b' && at(i + 1) == '\'') {
            let q = if ch == 'b' { i + 1 } else { i };
            if at(q + 1) == '\\' {
                // An escaped char: '\n', '\'', '\u{…}'.
                let mut k = q + 3;
                while k < c.len() && c[k] != '\'' {
                    k += 1;
                }
                i = k + 1;
                out.push(Token {
                    tok: Tok::Other,
                    line,
                });
                continue;
            }
            if at(q + 2) == '\'' {
                i = q + 3;
                out.push(Token {
                    tok: Tok::Other,
                    line,
                });
                continue;
            }
            // A lifetime or a label.
            i = q + 1;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            out.push(Token {
                tok: Tok::Other,
                line,
            });
            continue;
        }
        if ch.is_alphabetic() || ch == '_' {
            if ch == 'r' && at(i + 1) == '#' {
                i += 2;
            }
            let from = i;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            let ident: String = c[from..i].iter().collect();
            out.push(Token {
                tok: Tok::Ident(ident),
                line,
            });
            continue;
        }
        if ch.is_ascii_digit() {
            while at(i).is_alphanumeric()
                || at(i) == '_'
                || (at(i) == '.' && at(i + 1).is_ascii_digit())
            {
                i += 1;
            }
            out.push(Token {
                tok: Tok::Other,
                line,
            });
            continue;
        }
        out.push(Token {
            tok: Tok::Punct(ch),
            line,
        });
        i += 1;
    }
    out
}

fn is_ident(t: Option<&Token>, name: &str) -> bool {
    matches!(t, Some(Token { tok: Tok::Ident(s), .. }) if s == name)
}

fn is_punct(t: Option<&Token>, p: char) -> bool {
    matches!(t, Some(Token { tok: Tok::Punct(c), .. }) if *c == p)
}

fn string(t: Option<&Token>) -> Option<&str> {
    match t {
        Some(Token {
            tok: Tok::Str(s), ..
        }) => Some(s),
        _ => None,
    }
}

/// The index of the bracket closing the one at `open` (or the end).
fn close(toks: &[Token], open: usize) -> usize {
    let mut depth = 0i32;
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    toks.len()
}

/// The tokens without `#[cfg(test)]` items (test modules hold made-up ids on purpose).
fn without_tests(toks: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let test_attr = is_punct(toks.get(i), '#')
            && is_punct(toks.get(i + 1), '[')
            && is_ident(toks.get(i + 2), "cfg")
            && is_punct(toks.get(i + 3), '(')
            && is_ident(toks.get(i + 4), "test")
            && is_punct(toks.get(i + 5), ')');
        if test_attr {
            let mut k = i + 7;
            while k < toks.len() && !is_punct(toks.get(k), '{') && !is_punct(toks.get(k), ';') {
                k += 1;
            }
            i = if is_punct(toks.get(k), '{') {
                close(&toks, k) + 1
            } else {
                k + 1
            };
            continue;
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

/// Shaped like a message id: lowercase words joined by hyphens ("plans-open-failed").
fn id_shaped(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts.next().is_some_and(|p| {
        p.starts_with(|c: char| c.is_ascii_lowercase())
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    });
    let mut rest = 0;
    for p in parts {
        if p.is_empty() || !p.chars().all(|c| c.is_ascii_alphanumeric()) {
            return false;
        }
        rest += 1;
    }
    first_ok && rest > 0
}

/// `format!`'s text as a pattern: each `{…}` becomes `*`.
fn format_pattern(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push('*');
                }
            }
            '}' => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether `id` matches `pattern`, `*` standing for one or more id characters.
fn glob(pattern: &str, id: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == id,
        Some((head, tail)) => {
            let Some(rest) = id.strip_prefix(head) else {
                return false;
            };
            rest.char_indices()
                .skip(1)
                .map(|(k, _)| k)
                .chain([rest.len()])
                .take_while(|k| {
                    rest[..*k]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-')
                })
                .filter(|k| *k > 0)
                .any(|k| glob(tail, &rest[k..]))
        }
    }
}

/// Names (of HTML attributes, struct fields and parameters) whose value is a name for code or
/// styles, not text to read.
const NOT_TEXT: &[&str] = &[
    "class",
    "classes",
    "id",
    "for",
    "testid",
    "labelledby",
    "describedby",
    "controls",
    "key",
    "name",
    "role",
    "list",
    "form",
    "href",
    "rel",
    "target",
    "autocomplete",
    "inputmode",
    "type",
];

/// Where an id was asked for, and by which reading.
type Places = BTreeMap<String, Vec<String>>;

#[derive(Default)]
struct Asked {
    /// Exact ids, read from a call, a slice or an `i18n_key`.
    ids: Places,
    /// Other literals shaped like an id (reading 5).
    literals: Places,
    /// Patterns with `*`.
    patterns: Places,
}

impl Asked {
    fn id(&mut self, id: &str, place: String) {
        self.ids.entry(id.to_owned()).or_default().push(place);
    }
    fn pattern(&mut self, p: &str, place: String) {
        // A pattern of placeholders only says nothing.
        if p.chars().any(|c| c.is_ascii_alphanumeric()) {
            self.patterns.entry(p.to_owned()).or_default().push(place);
        }
    }
}

/// The top-level elements of the bracket group opening at `open`, as token index lists.
fn elements(toks: &[Token], open: usize) -> Vec<Vec<usize>> {
    let end = close(toks, open);
    let mut out: Vec<Vec<usize>> = vec![vec![]];
    let mut depth = 0;
    for (b, token) in toks.iter().enumerate().take(end).skip(open + 1) {
        match token.tok {
            Tok::Punct(',') if depth == 0 => {
                out.push(vec![]);
                continue;
            }
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => depth -= 1,
            _ => {}
        }
        if let Some(last) = out.last_mut() {
            last.push(b);
        }
    }
    out.retain(|e| !e.is_empty());
    out
}

/// Free functions' parameters that take a name rather than text: `fn figure(…, testid: &str,
/// class: &str, …)` gives `figure → [2, 3]`.
fn name_parameters(files: &[(String, Vec<Token>)]) -> BTreeMap<String, Vec<usize>> {
    let mut out = BTreeMap::new();
    for (_, toks) in files {
        let mut depth = 0;
        for k in 0..toks.len() {
            match toks[k].tok {
                Tok::Punct('{') => depth += 1,
                Tok::Punct('}') => depth -= 1,
                _ => {}
            }
            // Only free functions, at the top of a file.
            if depth != 0 || !is_ident(toks.get(k), "fn") {
                continue;
            }
            let Some(Token {
                tok: Tok::Ident(name),
                ..
            }) = toks.get(k + 1)
            else {
                continue;
            };
            if !is_punct(toks.get(k + 2), '(') {
                continue;
            }
            let params = elements(toks, k + 2);
            let positions: Vec<usize> = params
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    let first = p
                        .iter()
                        .map(|b| &toks[*b].tok)
                        .find(|t| !matches!(t, Tok::Ident(m) if m == "mut"));
                    matches!(first, Some(Tok::Ident(n)) if NOT_TEXT.contains(&n.as_str()))
                })
                .map(|(i, _)| i)
                .collect();
            let method = params
                .first()
                .is_some_and(|p| p.iter().any(|b| is_ident(toks.get(*b), "self")));
            if !positions.is_empty() && !method {
                out.insert(name.clone(), positions);
            }
        }
    }
    out
}

/// Reads the ids one file asks for; `namespaces` are the first words of its messages.
fn read(
    file: &str,
    toks: &[Token],
    namespaces: &BTreeSet<String>,
    names: &BTreeMap<String, Vec<usize>>,
    asked: &mut Asked,
) {
    let place = |k: usize, rule: &str| format!("{file}:{} ({rule})", toks[k].line);
    let mut quiet = vec![false; toks.len()];
    let mut taken = vec![false; toks.len()];
    let hush = |from: usize, to: usize, quiet: &mut Vec<bool>| {
        for q in quiet.iter_mut().take(to.min(toks.len())).skip(from) {
            *q = true;
        }
    };
    for k in 0..toks.len() {
        let t = toks.get(k);
        // Where literals are not messages: attributes, classes!(…), set_attribute(…),
        // set_class_name(…), `class={…}`, and the name parameters of a call.
        if is_punct(t, '#') && is_punct(toks.get(k + 1), '[') {
            hush(k + 1, close(toks, k + 1), &mut quiet);
        }
        if is_ident(t, "classes") && is_punct(toks.get(k + 1), '!') {
            hush(k + 2, close(toks, k + 2), &mut quiet);
        }
        if (is_ident(t, "set_attribute") || is_ident(t, "set_class_name") || is_ident(t, "set_id"))
            && is_punct(toks.get(k + 1), '(')
        {
            hush(k + 1, close(toks, k + 1), &mut quiet);
        }
        if matches!(t, Some(Token { tok: Tok::Ident(a), .. }) if NOT_TEXT.contains(&a.as_str()))
            && (is_punct(toks.get(k + 1), '=')
                || (is_punct(toks.get(k + 1), ':') && !is_punct(toks.get(k + 2), ':')))
            && is_punct(toks.get(k + 2), '{')
            && !(k >= 1 && (is_ident(toks.get(k - 1), "let") || is_ident(toks.get(k - 1), "mut")))
        {
            hush(k + 2, close(toks, k + 2), &mut quiet);
        }
        if let Some(Token {
            tok: Tok::Ident(f), ..
        }) = t
        {
            if let Some(positions) = names.get(f) {
                let called = is_punct(toks.get(k + 1), '(')
                    && !(k >= 1
                        && (is_ident(toks.get(k - 1), "fn")
                            || is_punct(toks.get(k - 1), '.')
                            || is_punct(toks.get(k - 1), ':')));
                if called {
                    let args = elements(toks, k + 1);
                    for p in positions {
                        if let Some(arg) = args.get(*p) {
                            hush(arg[0], arg[arg.len() - 1] + 1, &mut quiet);
                        }
                    }
                }
            }
        }
        // 1 and 4: t("…"), t_args("…", …), (self.t)("…"), t(&format!("…", …)).
        let call = (is_ident(t, "t") || is_ident(t, "t_args")) && is_punct(toks.get(k + 1), '(')
            || (is_punct(t, ')')
                && k >= 1
                && is_ident(toks.get(k - 1), "t")
                && is_punct(toks.get(k + 1), '('));
        if call {
            let mut a = k + 2;
            if is_punct(toks.get(a), '&') {
                a += 1;
            }
            if let Some(id) = string(toks.get(a)) {
                asked.id(id, place(a, "t"));
                taken[a] = true;
            } else if is_ident(toks.get(a), "format")
                && is_punct(toks.get(a + 1), '!')
                && is_punct(toks.get(a + 2), '(')
            {
                if let Some(p) = string(toks.get(a + 3)) {
                    asked.pattern(&format_pattern(p), place(a, "format!"));
                    taken[a + 3] = true;
                }
            }
        }
        // 2: fn i18n_key(…) { … "id" … }.
        if is_ident(t, "fn") && is_ident(toks.get(k + 1), "i18n_key") {
            let mut open = k + 2;
            while open < toks.len() && !is_punct(toks.get(open), '{') {
                open += 1;
            }
            let end = close(toks, open).min(toks.len());
            for (b, took) in taken.iter_mut().enumerate().take(end).skip(open) {
                if let Some(id) = string(toks.get(b)) {
                    asked.id(id, place(b, "i18n_key"));
                    *took = true;
                }
            }
        }
        // 3: &["id", …] and &["part-", key, "-part"].
        if is_punct(t, '&') && is_punct(toks.get(k + 1), '[') {
            let elements = elements(toks, k + 1);
            let lit = |e: &Vec<usize>| match e.as_slice() {
                [one] => string(toks.get(*one)),
                _ => None,
            };
            let fragment = elements
                .iter()
                .any(|e| lit(e).is_some_and(|s| s.starts_with('-') || s.ends_with('-')));
            if fragment {
                let p: String = elements.iter().map(|e| lit(e).unwrap_or("*")).collect();
                asked.pattern(&p, place(k, "&[parts]"));
                for e in &elements {
                    if lit(e).is_some() {
                        taken[e[0]] = true;
                    }
                }
            } else if elements.iter().all(|e| lit(e).is_some()) {
                for e in &elements {
                    if let Some(id) = lit(e).filter(|s| id_shaped(s)) {
                        asked.id(id, place(e[0], "&[ids]"));
                        taken[e[0]] = true;
                    }
                }
            }
        }
    }
    // 5: other literals shaped like an id of a known namespace, where they can be text.
    for (k, tok) in toks.iter().enumerate() {
        let Tok::Str(s) = &tok.tok else { continue };
        if taken[k] || quiet[k] || !id_shaped(s) {
            continue;
        }
        let namespace = s.split('-').next().unwrap_or_default();
        if !namespaces.contains(namespace) {
            continue;
        }
        let named = k >= 2
            && (is_punct(toks.get(k - 1), '=')
                || (is_punct(toks.get(k - 1), ':')
                    && !is_punct(toks.get(k.saturating_sub(2)), ':')))
            && matches!(&toks[k - 2].tok, Tok::Ident(a) if NOT_TEXT.contains(&a.as_str()))
            && !(k >= 3 && (is_ident(toks.get(k - 3), "let") || is_ident(toks.get(k - 3), "mut")));
        if !named {
            asked
                .literals
                .entry(s.clone())
                .or_default()
                .push(place(k, "literal"));
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The message ids of a Fluent file.
fn message_ids(ftl: &str) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(ftl).expect("en.ftl parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The vocabularies of placeholders, each a set of keys the source names together: the
/// literals a `match` yields (`Channel::Social => "social"`: every `key()`), the first
/// literals of a table of tuples (`[("audience", …), ("justification", …)]`) and each file's
/// `key: "…"` fields (the health-check prompts).
fn vocabularies(files: &[(String, Vec<Token>)]) -> Vec<(String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for (file, toks) in files {
        let mut fields = BTreeSet::new();
        for k in 0..toks.len() {
            if is_ident(toks.get(k), "key") && is_punct(toks.get(k + 1), ':') {
                if let Some(s) = string(toks.get(k + 2)) {
                    fields.insert(s.to_owned());
                }
            }
            let mut words = BTreeSet::new();
            if is_ident(toks.get(k), "match") {
                let mut open = k + 1;
                while open < toks.len() && !is_punct(toks.get(open), '{') {
                    open = if is_punct(toks.get(open), '(') || is_punct(toks.get(open), '[') {
                        close(toks, open) + 1
                    } else {
                        open + 1
                    };
                }
                let end = close(toks, open).min(toks.len());
                let mut depth = 0;
                for b in open + 1..end {
                    match toks[b].tok {
                        Tok::Punct('{' | '(' | '[') => depth += 1,
                        Tok::Punct('}' | ')' | ']') => depth -= 1,
                        _ => {}
                    }
                    let arm =
                        depth == 0 && is_punct(toks.get(b), '=') && is_punct(toks.get(b + 1), '>');
                    if arm {
                        let at = b + 2 + usize::from(is_punct(toks.get(b + 2), '('));
                        if let Some(s) = string(toks.get(at)).filter(|s| !s.is_empty()) {
                            words.insert(s.to_owned());
                        }
                    }
                }
            }
            if is_punct(toks.get(k), '[') && !(k >= 1 && is_punct(toks.get(k - 1), '#')) {
                let rows = elements(toks, k);
                let firsts: Vec<&str> = rows
                    .iter()
                    .filter_map(|e| match e.as_slice() {
                        [open, first, ..] if is_punct(toks.get(*open), '(') => {
                            string(toks.get(*first))
                        }
                        _ => None,
                    })
                    .collect();
                if firsts.len() == rows.len() {
                    words.extend(
                        firsts
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .map(str::to_owned),
                    );
                }
            }
            if words.len() >= 2 {
                out.push((format!("{file}:{}", toks[k].line), words));
            }
        }
        if fields.len() >= 2 {
            out.push((format!("{file}: key fields"), fields));
        }
    }
    out
}

/// How a one-placeholder pattern fits the vocabularies.
enum Fit<'a> {
    /// No vocabulary gives two messages: the pattern is only checked to match some message.
    None,
    /// The best-fitting vocabulary (its name and words) gives `n` messages, all of them.
    Full(usize, &'a str, &'a BTreeSet<String>),
    /// The best-fitting vocabulary lacks these messages.
    Missing(&'a str, Vec<String>),
}

/// Fills pattern `p` with each vocabulary's words: the vocabulary that gives the most
/// messages is taken for the pattern's keys, and must give a message for every word.
fn by_vocabulary<'a>(
    p: &str,
    vocab: &'a [(String, BTreeSet<String>)],
    messages: &BTreeSet<String>,
) -> Fit<'a> {
    let scored: Vec<(usize, &'a String, &'a BTreeSet<String>, Vec<String>)> = vocab
        .iter()
        .map(|(name, words)| {
            let missing: Vec<String> = words
                .iter()
                .map(|w| p.replacen('*', w, 1))
                .filter(|id| !messages.contains(id))
                .collect();
            (words.len() - missing.len(), name, words, missing)
        })
        .collect();
    let best = scored.iter().map(|s| s.0).max().unwrap_or(0);
    if best < 2 {
        return Fit::None;
    }
    let best: Vec<_> = scored.into_iter().filter(|s| s.0 == best).collect();
    match best.iter().find(|s| s.3.is_empty()) {
        Some((n, name, words, _)) => Fit::Full(*n, name.as_str(), words),
        None => {
            let (_, name, _, missing) = best.into_iter().next().expect("a best vocabulary");
            Fit::Missing(name.as_str(), missing)
        }
    }
}

/// What [`check`] read and how it checked it.
struct Report {
    /// Exact ids read (calls, slices, `i18n_key`, literals).
    exact: usize,
    /// Patterns read.
    patterns: usize,
    /// Patterns whose every expansion was checked: "pattern: n from vocabulary".
    by_vocabulary: Vec<String>,
    /// Patterns only checked to match some message.
    pattern_only: Vec<String>,
    /// Every message id found asked for.
    asked: BTreeSet<String>,
}

/// Checks every id and pattern the source under `root` asks for: the problems, and what was
/// checked.
fn check(root: &Path) -> (Vec<String>, Report) {
    let mut paths = Vec::new();
    rust_files(&root.join("src"), &mut paths);
    let files: Vec<(String, Vec<Token>)> = paths
        .iter()
        .map(|p| {
            let name = p.strip_prefix(root).unwrap_or(p).display().to_string();
            let text = std::fs::read_to_string(p).expect("read a source file");
            (name, without_tests(lex(&text)))
        })
        .collect();
    let interface = message_ids(source(Locale::En));
    let example = message_ids(example_source(Locale::En));
    let first_words = |ids: &BTreeSet<String>| -> BTreeSet<String> {
        ids.iter()
            .filter_map(|i| i.split('-').next())
            .map(str::to_owned)
            .collect()
    };
    let vocab = vocabularies(&files);
    let names = name_parameters(&files);
    let mut problems = Vec::new();
    let mut report = Report {
        exact: 0,
        patterns: 0,
        by_vocabulary: Vec::new(),
        pattern_only: Vec::new(),
        asked: BTreeSet::new(),
    };
    let mut read_files = Vec::new();
    for (file, toks) in &files {
        let (messages, label) = if file.ends_with("domain/document/example.rs") {
            (&example, "examples/en.ftl")
        } else {
            (&interface, "en.ftl")
        };
        let mut asked = Asked::default();
        read(file, toks, &first_words(messages), &names, &mut asked);
        read_files.push((messages, label, asked));
    }
    // Patterns first: the keys that fill them in are not messages themselves.
    let mut keys = BTreeSet::new();
    for (messages, label, asked) in &read_files {
        report.patterns += asked.patterns.len();
        for (p, places) in &asked.patterns {
            let at = places.join(", ");
            let matching: Vec<&String> = messages.iter().filter(|id| glob(p, id)).collect();
            report.asked.extend(matching.iter().map(|s| (*s).clone()));
            if matching.is_empty() {
                problems.push(format!("no message of {label} matches {p}: {at}"));
                continue;
            }
            // A pattern that starts with its placeholder (`{}-title`) has no family to tell
            // its keys by; one with several placeholders has no single vocabulary.
            if p.starts_with('*') || p.matches('*').count() != 1 {
                report.pattern_only.push(format!("{p} ({at})"));
                continue;
            }
            match by_vocabulary(p, &vocab, messages) {
                Fit::None => report.pattern_only.push(format!("{p} ({at})")),
                Fit::Full(n, name, words) => {
                    keys.extend(words.iter().cloned());
                    report.by_vocabulary.push(format!("{p}: {n} from {name}"));
                }
                Fit::Missing(name, missing) => problems.push(format!(
                    "{p} ({at}): {name} has no message for {missing:?} in {label}"
                )),
            }
        }
    }
    for (messages, label, asked) in &read_files {
        report.exact += asked.ids.len() + asked.literals.len();
        for (id, places) in &asked.ids {
            report.asked.insert(id.clone());
            if !messages.contains(id) {
                problems.push(format!("{id} is not in {label}: {}", places.join(", ")));
            }
        }
        for (id, places) in &asked.literals {
            report.asked.insert(id.clone());
            if !messages.contains(id) && !keys.contains(id) {
                problems.push(format!("{id} is not in {label}: {}", places.join(", ")));
            }
        }
    }
    (problems, report)
}

#[test]
fn every_message_id_the_code_asks_for_is_in_en_ftl() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (problems, report) = check(root);
    eprintln!(
        "{} ids and {} patterns read; {} patterns checked against a vocabulary:\n  {}\npatterns only matched:\n  {}",
        report.exact,
        report.patterns,
        report.by_vocabulary.len(),
        report.by_vocabulary.join("\n  "),
        report.pattern_only.join("\n  ")
    );
    let english = message_ids(source(Locale::En));
    let unreached: Vec<_> = english
        .iter()
        .filter(|id| !report.asked.contains(*id))
        .collect();
    eprintln!(
        "{} of {} messages not found in the source by this reading: {unreached:?}",
        unreached.len(),
        english.len()
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_reading_finds_each_form_of_id() {
    // A reading that silently found nothing would pass the test above: each form is found.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_, report) = check(root);
    assert!(report.exact > 400, "only {} ids read", report.exact);
    assert!(
        report.patterns > 50,
        "only {} patterns read",
        report.patterns
    );
    for id in [
        "export-date",            // md.field(&["export-date"], …)
        "export-col-id",          // ["export-col-id"].iter() (a literal of a known namespace)
        "export-col-quadrant",    // the CSV header slice
        "error-out-of-range",     // DomainError::i18n_key
        "save-saved",             // a match arm read into a tuple, then t(key)
        "plans-open-failed",      // failed.set(Some("plans-open-failed"))
        "attribution-total",      // (self.t)("attribution-total")
        "channel-social",         // t(&format!("channel-{}", …)) with Channel::key
        "hc-customer-segments-q", // &["hc-", p.key, "-q"] with the prompts' key fields
    ] {
        assert!(report.asked.contains(id), "{id} not read");
    }
    assert!(report
        .by_vocabulary
        .iter()
        .any(|v| v.starts_with("channel-*:")));
}

#[test]
fn the_lexer_and_patterns_read_rust_as_rust() {
    let toks = lex(r##"
        // t("comment-id")
        /* t("block-id") /* nested */ */
        let c = '"'; let l: &'static str = "x"; let r = r#"raw "q" id"#;
        t("real-id"); t(&format!("col-{}-add", k)); (self.t)("paren-id");
        #[cfg(test)] mod tests { fn f() { t("test-id"); } }
    "##);
    let toks = without_tests(toks);
    let strings: Vec<&str> = toks.iter().filter_map(|t| string(Some(t))).collect();
    assert_eq!(
        strings,
        ["x", "raw \"q\" id", "real-id", "col-{}-add", "paren-id"]
    );
    let mut asked = Asked::default();
    let namespaces = BTreeSet::from(["real".to_owned()]);
    read("x.rs", &toks, &namespaces, &BTreeMap::new(), &mut asked);
    assert_eq!(
        asked.ids.keys().collect::<Vec<_>>(),
        ["paren-id", "real-id"]
    );
    assert_eq!(asked.patterns.keys().collect::<Vec<_>>(), ["col-*-add"]);
    assert!(glob("col-*-add", "col-strengths-add"));
    assert!(glob("hc-*-q", "hc-customer-segments-q"));
    assert!(!glob("col-*-add", "col--add") && !glob("col-*", "col-"));
    assert_eq!(format_pattern("smart-{letter}-met"), "smart-*-met");
    assert!(id_shaped("plans-open-failed") && id_shaped("smart-S-met"));
    assert!(!id_shaped("plans") && !id_shaped("Plans-x") && !id_shaped("a--b"));
}

#[test]
fn a_key_without_its_message_is_caught() {
    // Channel::key gives three words; a table elsewhere gives two that are no channels.
    let source = r#"
        impl Channel { pub fn key(self) -> &'static str { match self {
            Channel::Social => "social", Channel::Email => "email", Channel::Tiktok => "tiktok",
        } } }
        const OTHER: [(&str, u8); 2] = [("paid", 1), ("owned", 2)];
        fn show(c: Channel) -> String { t(&format!("channel-{}", c.key())) }
    "#;
    let files = vec![("src/x.rs".to_owned(), without_tests(lex(source)))];
    let vocab = vocabularies(&files);
    assert_eq!(vocab.len(), 2, "{vocab:?}");
    let mut messages: BTreeSet<String> = ["channel-social", "channel-email", "channel-tiktok"]
        .map(str::to_owned)
        .into();
    assert!(matches!(
        by_vocabulary("channel-*", &vocab, &messages),
        Fit::Full(3, ..)
    ));
    messages.remove("channel-tiktok");
    match by_vocabulary("channel-*", &vocab, &messages) {
        Fit::Missing(_, missing) => assert_eq!(missing, ["channel-tiktok"]),
        _ => panic!("a missing channel message passed"),
    }
    assert!(matches!(
        by_vocabulary("nothing-*", &vocab, &messages),
        Fit::None
    ));
}
