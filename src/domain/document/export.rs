//! The plan as files for people who do not use Waymark: one Markdown report, and CSV lists of
//! its cards, touchpoints and KPIs.
//!
//! Longer than 500 lines because it writes all twelve sections in the outline's order; it splits
//! by section with the domain's section folders (issue 13).
//!
//! Who reads them: a consultant hands the Markdown report to a client, pastes it into a wiki,
//! a document editor or a repository, where it is rendered as HTML; the CSV lists are opened in
//! Excel, LibreOffice or Google Sheets, or read by a script. Everything here is pure: the UI
//! only offers the result as a download.
//!
//! What the escaping protects against: every text in a plan was typed by someone, or came in
//! with an imported plan file from someone else. In the report, user text is always text: the
//! characters that make Markdown structure (emphasis, links, code, headings, lists, quotes,
//! tables, setext underlines) are escaped with a backslash, and `<` and `>` become `&lt;` and
//! `&gt;`, so a card reading `<script>` or `[x](javascript:…)` renders as those characters and
//! never as HTML or a link. In the CSV lists, a cell starting with `=`, `+`, `-`, `@`, a tab or
//! a carriage return gets a leading `'`, so a spreadsheet shows it rather than running it as a
//! formula (CSV injection); a plain negative number (`-5`) is left as it is.
//!
//! Choices made here:
//! - The report follows the app's navigation: overview, health check, SWOT, PESTLE, TOWS,
//!   personas, buyer journey, attribution, objectives (with their monitoring status on
//!   `today`), creative idea, engagement strategy, marketing mix, review log. A section with
//!   nothing written in it is left out; a plan with nothing at all says so in one line.
//! - Labels come from the interface messages through `t` (argument-free ids only; where the
//!   interface message takes arguments, the report writes "label: value" instead).
//! - Numbers and amounts go through a [`Numbers`]: [`markdown`] uses [`Plain`] ("26,000",
//!   "120.50", "26,000 EUR": the same in every language); the UI passes the formatter the
//!   screen uses (`i18n::format::Numbers`, the reader's language and the plan's currency
//!   through `Intl`) to [`markdown_with`], so the report reads as the app does. Amounts show
//!   two decimals only when some amount in the same table has cents. Dates are ISO 8601
//!   ("2027-04-01") with [`Plain`], and as the reader's language writes them ("1 apr. 2027")
//!   with the UI's formatter.
//! - The CSV lists start with a UTF-8 byte order mark: without it Excel reads a CSV file in
//!   the system's legacy code page and garbles Latvian, Swedish or Chinese text. Numbers in
//!   CSV are plain (`12000`, `2.5`), for spreadsheets and scripts rather than for reading.

use crate::domain::board::{BoardKind, Card, CardSource, Confidence, TowsKind};
use crate::domain::core::channel::{Channel, Ownership};
use crate::domain::core::date::Date;
use crate::domain::core::ids::PersonaId;
use crate::domain::core::money::Currency;
use crate::domain::creative::{CreativeField, Mix, P};
use crate::domain::engagement::{by_channel, by_ownership, scenario_totals, Scenario, TacticText};
use crate::domain::health::score::WEAK_PROMPT_AT_MOST;
use crate::domain::health::{prompt, GoalScope, HealthCheck, Prompt, Rating, PROMPTS};
use crate::domain::journey::attribution::{by_channel as credits_by_channel, Attribution, Model};
use crate::domain::journey::{JourneyMap, Lane, PersonaField, Stage};
use crate::domain::objectives::monitor::{status, Review, Scope, Status};
use crate::domain::objectives::{smart, Kpi, Link, Verdict, LETTERS};
use crate::domain::outline::{Section, OUTLINE};
use crate::domain::plan::Plan;

/// Looks up an interface message by id (no arguments).
type Lookup<'a> = &'a dyn Fn(&str) -> String;

/// The message whose id is `parts` joined.
fn tk(t: Lookup, parts: &[&str]) -> String {
    t(&parts.concat())
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// A value that may be missing, as text ("" when it is).
fn opt(value: Option<impl ToString>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A health-check prompt's question.
fn question(t: Lookup, key: &str) -> String {
    tk(t, &["hc-", key, "-q"])
}

/// A PESTLE factor's impact × likelihood, when both are rated.
fn score(c: &Card) -> Option<u16> {
    Some(u16::from(c.impact?) * u16::from(c.likelihood?))
}

/// The decimals a table of `amounts` (in cents) needs: two when any has cents.
fn cents(mut amounts: impl Iterator<Item = u64>) -> u32 {
    if amounts.any(|c| c % 100 != 0) {
        2
    } else {
        0
    }
}

/// A stage's name: the one the user gave, or the default name of its ready-made stage.
fn stage_name(t: Lookup, stage: &Stage) -> String {
    match stage.key {
        Some(key) if blank(&stage.name) => tk(t, &["stage-", key.key()]),
        _ => stage.name.clone(),
    }
}

/// A channel's name (a custom channel's own name).
fn channel_name(t: Lookup, channel: Channel, custom: &str) -> String {
    if channel == Channel::Custom && !blank(custom) {
        custom.to_owned()
    } else {
        tk(t, &["channel-", channel.key()])
    }
}

fn confidence(t: Lookup, c: Option<Confidence>) -> String {
    match c {
        Some(Confidence::Assumption) => t("board-confidence-assumption"),
        Some(Confidence::Evidence) => t("board-confidence-evidence"),
        None => String::new(),
    }
}

/// How a report writes numbers and amounts of money.
pub trait Numbers {
    /// `x` with exactly `decimals` decimals.
    fn number(&self, x: f64, decimals: u32) -> String;
    /// An amount in cents of the plan's currency, with exactly `decimals` decimals.
    fn money(&self, cents: u64, decimals: u32) -> String;
    /// A calendar day; ISO 8601 ("2027-04-01") unless the reader's language is given.
    fn date(&self, day: Date) -> String {
        day.to_string()
    }
}

/// Numbers written the same in every language ([`grouped`]), amounts followed by the plan's
/// currency code when it has one ("26,000 EUR").
pub struct Plain<'a>(pub Option<&'a Currency>);

impl Numbers for Plain<'_> {
    fn number(&self, x: f64, decimals: u32) -> String {
        grouped(x, decimals)
    }

    fn money(&self, cents: u64, decimals: u32) -> String {
        let n = grouped(cents as f64 / 100.0, decimals);
        match self.0 {
            Some(c) => format!("{n} {}", c.code()),
            None => n,
        }
    }
}

/// `x` with `decimals` decimals, thousands grouped with "," and "." as the decimal point,
/// whatever the language: "26,000", "120.50", "-1,234.5". The default formatter of
/// [`markdown`].
pub fn grouped(x: f64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals.min(9));
    let n = (x.abs() * scale as f64).round() as u64;
    let digits = (n / scale).to_string();
    let mut out = String::new();
    if x < 0.0 && n > 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if decimals > 0 {
        let frac = (n % scale).to_string();
        out.push('.');
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// How many decimals `x` needs (at most 4).
fn decimals(x: f64) -> u32 {
    (0..4)
        .find(|d| {
            let s = x * 10f64.powi(*d as i32);
            (s.round() - s).abs() < 1e-6
        })
        .unwrap_or(4)
}

/// Whether the line being written in `out` has only a list marker (or nothing) so far: text
/// written now starts a Markdown block, where `#`, `-`, `1.` and the like would mean structure.
fn at_block_start(out: &str) -> bool {
    let line = out.rsplit('\n').next().unwrap_or("").trim();
    let marker = line
        .strip_suffix('.')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    line.is_empty() || line == "-" || marker
}

/// Writes `text` so that Markdown shows it as it is. Newlines become spaces when `indent` is
/// `None` (headings, table cells); otherwise each line goes on a line of its own, indented by
/// `indent` (so it stays inside its list item), and blank lines separate paragraphs.
fn esc(out: &mut String, text: &str, indent: Option<&str>) {
    let mut first = true;
    let mut paragraph = false;
    for line in text.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            paragraph = !first;
            continue;
        }
        if !first {
            match indent {
                Some(indent) => {
                    out.push('\n');
                    if paragraph {
                        out.push('\n');
                    }
                    out.push_str(indent);
                }
                None => out.push(' '),
            }
        }
        first = false;
        paragraph = false;
        esc_line(out, line);
    }
}

/// One line of [`esc`].
fn esc_line(out: &mut String, line: &str) {
    let mut rest = line;
    if at_block_start(out) {
        // "1." or "1)" starts an ordered list, "-" and "+" a list or a rule, "=" a heading
        // underline.
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        match line.as_bytes().get(digits) {
            Some(b'.' | b')') if digits > 0 => {
                out.push_str(&line[..digits]);
                out.push('\\');
                rest = &line[digits..];
            }
            Some(b'-' | b'+' | b'=') if digits == 0 => out.push('\\'),
            _ => {}
        }
    }
    for (i, c) in rest.char_indices() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '$' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Only where it could start an entity ("&lt;", "&#60;").
            '&' if rest[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '#') => {
                out.push_str("&amp;")
            }
            '\t' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// The whole plan as one Markdown document, labels from `t`, numbers and amounts written by
/// [`Plain`], each objective's monitoring status as of `today`. See the module
/// documentation for what it contains and how it escapes user text.
pub fn markdown(plan: &Plan, t: &dyn Fn(&str) -> String, today: Date) -> String {
    markdown_with(plan, t, today, &Plain(plan.meta.currency.as_ref()))
}

/// [`markdown`] with numbers and amounts written by `numbers`, for example the UI's locale
/// formatter ("26 000 kr" in Swedish).
pub fn markdown_with(
    plan: &Plan,
    t: &dyn Fn(&str) -> String,
    today: Date,
    numbers: &dyn Numbers,
) -> String {
    // The language's separators ("：" and "、" in Chinese); a lookup that has no such message
    // (it answers with the id) gets the English ones.
    let sep = |id: &str, or: &str| {
        Some(t(id))
            .filter(|s| !s.is_empty() && s != id)
            .unwrap_or(or.into())
    };
    let mut md = Md {
        out: String::with_capacity(16 * 1024),
        t,
        numbers,
        colon: sep("sep-label", ": "),
        comma: sep("sep-list", ", "),
    };
    md.heading(1, &plan.meta.name);
    md.para(&plan.meta.description);
    let updated = numbers.date(Date::from_millis(plan.meta.updated.0));
    md.field(&["overview-updated"], &updated);
    let made = numbers.date(today);
    md.field(&["export-date"], &made);
    md.end();
    let before = md.out.len();
    for section in OUTLINE {
        match section {
            Section::Health => md.health(&plan.health),
            Section::Swot => md.board(plan, BoardKind::Swot),
            Section::Pestle => md.board(plan, BoardKind::Pestle),
            Section::Tows => md.tows(plan),
            Section::Personas => md.personas(&plan.journey),
            Section::Journeys => md.journeys(&plan.journey),
            Section::Attribution => md.attribution(&plan.journey.attribution),
            Section::Objectives => md.objectives(plan, today),
            Section::Creative => md.creative(plan),
            Section::Mix => md.mix(&plan.mix),
            Section::Engagement => md.engagement(plan),
            Section::Reviews => md.reviews(&plan.reviews),
        }
    }
    if md.out.len() == before {
        md.say(&["export-empty"]);
    }
    let end = md.out.trim_end().len();
    md.out.truncate(end);
    md.out.push('\n');
    md.out
}

/// The report being written. Everything goes straight into `out`: user text and labels
/// through [`esc`], the Markdown around them as literals.
struct Md<'a> {
    out: String,
    t: Lookup<'a>,
    numbers: &'a dyn Numbers,
    /// What joins a label to its value (": ", "：").
    colon: String,
    /// What joins the items of a list (", ", "、").
    comma: String,
}

impl Md<'_> {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// The language's ": " between a label and its value.
    fn colon(&mut self) {
        self.out.push_str(&self.colon);
    }

    /// The language's ", " before every item of a list but the first.
    fn comma(&mut self, i: usize) {
        if i > 0 {
            self.out.push_str(&self.comma);
        }
    }

    /// Text on one line (newlines become spaces).
    fn text(&mut self, s: &str) {
        esc(&mut self.out, s, None);
    }

    /// The message whose id is `parts` joined, on one line.
    fn say(&mut self, parts: &[&str]) {
        let s = tk(self.t, parts);
        self.text(&s);
    }

    /// A number with the decimals it needs.
    fn num(&mut self, x: f64) {
        let s = self.numbers.number(x, decimals(x));
        self.text(&s);
    }

    fn money(&mut self, cents: u64, decimals: u32) {
        let s = self.numbers.money(cents, decimals);
        self.text(&s);
    }

    /// A heading with `text` (user text or a label).
    fn heading(&mut self, level: usize, text: &str) {
        self.raw(&"#####"[..level]);
        self.raw(" ");
        self.text(text);
        self.raw("\n\n");
    }

    /// A heading with the message `parts`.
    fn title(&mut self, level: usize, parts: &[&str]) {
        let text = tk(self.t, parts);
        self.heading(level, &text);
    }

    /// A paragraph of user text, its line breaks kept; nothing when it is blank.
    fn para(&mut self, text: &str) {
        if !blank(text) {
            esc(&mut self.out, text, Some(""));
            self.end();
            self.end();
        }
    }

    /// Starts a list item at `indent` with the bold label `parts`, then a colon unless the
    /// label is a question or ends in one.
    fn label(&mut self, indent: &str, parts: &[&str]) {
        let label = tk(self.t, parts);
        self.raw(indent);
        self.raw("- **");
        self.text(&label);
        if !label.ends_with(['?', ':', '？', '：']) {
            let colon = self.colon.trim_end().to_owned();
            self.raw(&colon);
        }
        self.raw("** ");
    }

    /// A list item "**label:** value", the value's lines kept inside the item; nothing when
    /// the value is blank.
    fn field_in(&mut self, indent: &str, parts: &[&str], value: &str) {
        if !blank(value) {
            self.label(indent, parts);
            esc(&mut self.out, value, Some(&[indent, "  "].concat()));
            self.end();
        }
    }

    fn field(&mut self, parts: &[&str], value: &str) {
        self.field_in("", parts, value);
    }

    /// A list item whose value is the message `value`.
    fn field_t(&mut self, parts: &[&str], value: &[&str]) {
        self.label("", parts);
        self.say(value);
        self.end();
    }

    /// A list item at `indent`.
    fn item(&mut self, indent: &str, text: &str) {
        self.raw(indent);
        self.raw("- ");
        esc(&mut self.out, text, Some(&[indent, "  "].concat()));
        self.end();
    }

    /// A table cell; `bold` for a total.
    fn cell(&mut self, text: &str, bold: bool) {
        self.raw(if bold { " **" } else { " " });
        self.text(text);
        self.raw(if bold { "** |" } else { " |" });
    }

    /// A header cell with the message `parts`.
    fn head(&mut self, parts: &[&str]) {
        let label = tk(self.t, parts);
        self.cell(&label, false);
    }

    /// Ends the header row of a table of `columns`, and writes its delimiter row.
    fn rule(&mut self, columns: usize) {
        self.raw("\n|");
        for _ in 0..columns {
            self.raw("---|");
        }
        self.end();
    }

    /// The header row of a table, from message ids, and its delimiter row.
    fn header(&mut self, ids: &[&str]) {
        self.raw("|");
        for id in ids {
            self.head(&[id]);
        }
        self.rule(ids.len());
    }

    /// A table row of a label and amounts in cents; `bold` for a total.
    fn money_row(&mut self, label: &str, amounts: &[u64], decimals: u32, bold: bool) {
        self.raw("|");
        self.cell(label, bold);
        for c in amounts {
            let s = self.numbers.money(*c, decimals);
            self.cell(&s, bold);
        }
        self.end();
    }

    /// Ends a line; a second one ends a list or a table.
    fn end(&mut self) {
        self.raw("\n");
    }

    fn health(&mut self, hc: &HealthCheck) {
        let s = &hc.start;
        let resources: Vec<_> = s
            .resources
            .all()
            .filter(|(_, r)| !blank(&r.have) || !blank(&r.gap))
            .collect();
        let start = !(blank(&s.now) && blank(&s.goal) && blank(&s.future_state))
            || s.scope.is_some()
            || s.team_size.is_some()
            || s.budget_cents.is_some()
            || !resources.is_empty();
        if !start && hc.answers.is_empty() {
            return;
        }
        self.title(2, &["hc-title"]);
        if start {
            self.title(3, &["hc-step-start"]);
            self.field(&["hc-start-now"], &s.now);
            if let Some(scope) = s.scope {
                let scope = if scope == GoalScope::Annual {
                    "annual"
                } else {
                    "micro"
                };
                self.field_t(&["hc-start-scope"], &["hc-start-scope-", scope]);
            }
            self.field(&["hc-start-goal"], &s.goal);
            self.field(&["hc-start-future"], &s.future_state);
            if let Some(n) = s.team_size {
                let n = self.numbers.number(f64::from(n), 0);
                self.field(&["hc-team-size"], &n);
            }
            if let Some(c) = s.budget_cents {
                let d = cents([c].into_iter());
                let b = self.numbers.money(c, d);
                self.field(&["hc-budget"], &b);
            }
            self.end();
            if !resources.is_empty() {
                self.header(&["hc-resources", "hc-resource-have", "hc-resource-gap"]);
                for (kind, r) in resources {
                    self.raw("|");
                    let name = tk(self.t, &["hc-resource-", kind.key()]);
                    self.cell(&name, false);
                    self.cell(&r.have, false);
                    self.cell(&r.gap, false);
                    self.end();
                }
                self.end();
            }
        }
        if hc.answers.is_empty() {
            return;
        }
        self.title(3, &["hc-scores"]);
        self.header(&["hc-col-context", "hc-col-score", "hc-col-answered"]);
        for score in hc.scores() {
            self.raw("| ");
            self.say(&["hc-context-", score.context.key()]);
            self.raw(" | ");
            match score.mean {
                // One decimal at most, as the app shows it.
                Some(m) => {
                    let m = self.numbers.number(m, decimals((m * 10.0).round() / 10.0));
                    self.text(&m);
                    self.raw(" / 5");
                }
                None => self.say(&["hc-score-none"]),
            }
            self.raw(" | ");
            self.raw(&score.answered.to_string());
            self.raw(" / ");
            self.raw(&score.total.to_string());
            self.raw(" |\n");
        }
        self.end();
        let weakest = hc.weakest();
        if !weakest.is_empty() {
            self.label("", &["hc-weakest"]);
            for (i, c) in weakest.into_iter().enumerate() {
                self.comma(i);
                self.say(&["hc-context-", c.key()]);
            }
            self.end();
            self.end();
        }
        // The prompts rated weak, weakest first within each context.
        let mut weak: Vec<(u8, &Prompt)> = PROMPTS
            .iter()
            .filter_map(|p| match hc.answer(p.key).rating {
                Some(Rating::Score(n)) if n <= WEAK_PROMPT_AT_MOST => Some((n, p)),
                _ => None,
            })
            .collect();
        crate::domain::core::sort_small(&mut weak, |a, b| (a.1.context, a.0) < (b.1.context, b.0));
        if !weak.is_empty() {
            self.title(3, &["export-weak-answers"]);
            for (n, p) in weak {
                self.label("", &["hc-", p.key, "-q"]);
                self.say(&["hc-context-", p.context.key()]);
                self.raw(" · ");
                self.raw(&n.to_string());
                self.raw("/5 · ");
                esc(&mut self.out, &hc.answer(p.key).text, Some("  "));
                self.end();
            }
            self.end();
        }
        let next = hc.next_steps();
        if !next.is_empty() {
            self.title(3, &["hc-next-steps"]);
            for step in next {
                let body = (self.t)(&step.body_id());
                self.field(&["next-", step.key, "-title"], &body);
            }
            self.end();
        }
    }

    fn board(&mut self, plan: &Plan, kind: BoardKind) {
        let board = plan.board(kind);
        if board.cards.is_empty() {
            return;
        }
        self.title(2, &[kind.key(), "-title"]);
        for column in kind.columns() {
            let mut cards = board.column(*column).peekable();
            if cards.peek().is_none() {
                continue;
            }
            self.title(3, &["col-", column.key()]);
            for c in cards {
                // The text, then its ratings, confidence and origin in parentheses.
                self.item("", &c.text);
                self.out.pop();
                let mut sep = " (";
                for (id, value) in [
                    ("board-weight", c.weight.map(u16::from)),
                    ("board-impact", c.impact.map(u16::from)),
                    ("board-likelihood", c.likelihood.map(u16::from)),
                    ("pestle-score", score(c)),
                ] {
                    if let Some(v) = value {
                        self.raw(sep);
                        self.say(&[id]);
                        self.colon();
                        self.raw(&v.to_string());
                        self.raw(if id == "pestle-score" { "" } else { "/5" });
                        sep = " · ";
                    }
                }
                for (on, id) in [
                    (
                        c.confidence == Some(Confidence::Assumption),
                        "board-confidence-assumption",
                    ),
                    (
                        c.confidence == Some(Confidence::Evidence),
                        "board-confidence-evidence",
                    ),
                    (c.source.is_some(), "board-from-health"),
                ] {
                    if on {
                        self.raw(sep);
                        self.say(&[id]);
                        sep = " · ";
                    }
                }
                if sep != " (" {
                    self.raw(")");
                }
                self.end();
                self.field_in("  ", &["board-notes"], &c.notes);
            }
            self.end();
        }
    }

    fn tows(&mut self, plan: &Plan) {
        if plan.tows.is_empty() {
            return;
        }
        self.title(2, &["tows-title"]);
        // The four kinds in matrix order, then the strategies that lost a source.
        for kind in TowsKind::ALL.map(Some).into_iter().chain([None]) {
            let mut list = plan
                .tows
                .iter()
                .filter(|s| s.kind(&plan.swot) == kind)
                .peekable();
            if list.peek().is_none() {
                continue;
            }
            self.title(3, &["tows-", kind.map_or("broken", TowsKind::key)]);
            for s in list {
                if blank(&s.text) {
                    self.raw("- ");
                    self.say(&["tows-strategy-label"]);
                    self.end();
                } else {
                    self.item("", &s.text);
                }
                for link in [&s.internal, &s.external] {
                    self.raw("  - ");
                    match (plan.swot.card(&link.card), &link.removed) {
                        (Some(card), _) => {
                            self.say(&["col-", card.column.key()]);
                            self.colon();
                            esc(&mut self.out, &card.text, Some("    "));
                        }
                        (None, Some(text)) => {
                            self.raw("(");
                            self.say(&["export-deleted"]);
                            self.colon();
                            esc(&mut self.out, text, Some("    "));
                            self.raw(")");
                        }
                        (None, None) => self.say(&["tows-source-missing"]),
                    }
                    self.end();
                }
            }
            self.end();
        }
    }

    fn personas(&mut self, map: &JourneyMap) {
        if map.personas.is_empty() {
            return;
        }
        self.title(2, &["personas-title"]);
        for p in &map.personas {
            self.heading(3, &p.name);
            for field in &PersonaField::ALL[1..] {
                self.field(&["persona-", field.key()], p.field(*field));
            }
            if !p.media.is_empty() {
                self.label("", &["persona-media"]);
                for (i, m) in p.media.iter().enumerate() {
                    self.comma(i);
                    self.say(&["media-", m.key()]);
                }
                self.end();
            }
            self.end();
        }
    }

    fn journeys(&mut self, map: &JourneyMap) {
        let said = |p: &PersonaId| {
            map.journeys
                .iter()
                .find(|j| j.persona == *p)
                .filter(|j| !j.cells.is_empty() || !j.touchpoints.is_empty())
        };
        if map.personas.iter().all(|p| said(&p.id).is_none()) {
            return;
        }
        self.title(2, &["journey-title"]);
        for p in &map.personas {
            let Some(journey) = said(&p.id) else {
                continue;
            };
            self.heading(3, &p.name);
            for stage in &map.stages {
                let cell = journey.cells.iter().find(|c| c.stage == stage.id);
                let mut here = journey.at(&stage.id).peekable();
                if cell.is_none() && here.peek().is_none() {
                    continue;
                }
                let name = stage_name(self.t, stage);
                self.heading(4, &name);
                if let Some(cell) = cell {
                    for lane in Lane::ALL {
                        self.field(&["lane-", lane.key()], cell.lane(lane));
                    }
                    if let Some(e) = cell.emotion {
                        let key = match e {
                            ..=-2 => "very-negative",
                            -1 => "negative",
                            0 => "neutral",
                            1 => "positive",
                            _ => "very-positive",
                        };
                        self.field_t(&["lane-emotion"], &["emotion-", key]);
                    }
                }
                if here.peek().is_some() {
                    self.raw("- **");
                    self.say(&["lane-where"]);
                    self.raw("**\n");
                    for tp in here {
                        let channel = channel_name(self.t, tp.channel, &tp.custom);
                        self.raw("  - ");
                        self.text(&channel);
                        self.raw(" (");
                        self.say(&["ownership-", tp.ownership.key()]);
                        self.raw(" · ");
                        self.say(&["role-", tp.role.key()]);
                        self.raw(")");
                        if !blank(&tp.note) && tp.note.trim() != channel.trim() {
                            self.colon();
                            esc(&mut self.out, &tp.note, Some("    "));
                        }
                        self.end();
                    }
                }
                self.end();
            }
        }
    }

    fn attribution(&mut self, a: &Attribution) {
        if a.path.is_empty() {
            return;
        }
        self.title(2, &["attribution-title"]);
        self.title(3, &["attribution-path"]);
        for (i, step) in a.path.iter().enumerate() {
            self.raw(&(i + 1).to_string());
            self.raw(". ");
            let channel = channel_name(self.t, step.channel, &step.custom);
            self.text(&channel);
            if !blank(&step.label) {
                self.colon();
                self.text(&step.label);
            }
            self.raw(" (");
            self.say(&["attribution-days"]);
            self.colon();
            self.raw(&step.days_before.to_string());
            self.raw(")\n");
        }
        self.end();
        if a.value_cents == 0 {
            return;
        }
        let rows = credits_by_channel(a);
        let d = cents(rows.iter().flat_map(|r| r.credits).chain([a.value_cents]));
        self.label("", &["attribution-value"]);
        self.money(a.value_cents, d);
        self.raw("\n\n");
        self.title(3, &["attribution-results"]);
        self.raw("|");
        self.head(&["team-channel"]);
        for m in Model::ALL {
            self.head(&["model-", m.key()]);
        }
        self.rule(1 + Model::ALL.len());
        let mut totals = [0u64; 5];
        for r in &rows {
            for (total, c) in totals.iter_mut().zip(r.credits) {
                *total += c;
            }
            let name = channel_name(self.t, r.channel, &r.custom);
            self.money_row(&name, &r.credits, d, false);
        }
        let total = (self.t)("attribution-total");
        self.money_row(&total, &totals, d, true);
        self.end();
    }

    fn objectives(&mut self, plan: &Plan, today: Date) {
        let section = &plan.objectives;
        if section.objectives.is_empty() && section.kpis.is_empty() {
            return;
        }
        self.title(2, &["objectives-title"]);
        for o in &section.objectives {
            if blank(&o.statement) {
                self.title(3, &["objective-statement"]);
            } else {
                self.heading(3, &o.statement);
            }
            self.field(&["objective-metric"], &o.metric);
            self.field(&["objective-unit"], &o.unit);
            for (id, value) in [
                ("objective-baseline", o.baseline),
                ("objective-target", o.target),
            ] {
                if let Some(v) = value {
                    self.label("", &[id]);
                    self.num(v);
                    self.end();
                }
            }
            for (id, value) in [
                ("objective-start", o.start),
                ("objective-deadline", o.deadline),
            ] {
                let day = value.map(|d| self.numbers.date(d)).unwrap_or_default();
                self.field(&[id], &day);
            }
            self.field(&["objective-audience"], &o.audience);
            self.field(&["objective-measured"], &o.measured);
            if let Some(f) = o.monitored {
                self.field_t(&["objective-monitored"], &["frequency-", f.key()]);
            }
            self.field(&["objective-manager"], &o.manager);
            // Where it stands on `today`, and why.
            let a = status(o, today);
            let key = a.status.key();
            self.field_t(&["nav-monitor"], &["status-", key]);
            self.out.pop();
            match (a.status, a.ratio) {
                (Status::OnTrack | Status::AtRisk | Status::OffTrack, Some(ratio)) => {
                    self.end();
                    self.label("", &["export-progress"]);
                    let pct = self.numbers.number(ratio * 100.0, 0);
                    self.text(&pct);
                    self.raw("%");
                }
                _ => {
                    self.raw(" — ");
                    self.say(&["status-", key, "-rule"]);
                }
            }
            self.end();
            if let Some(r) = o.readings.iter().max_by_key(|r| r.date) {
                self.label("", &["export-latest-reading"]);
                self.num(r.value);
                self.raw(" (");
                let day = self.numbers.date(r.date);
                self.text(&day);
                self.raw(")\n");
            }
            self.end();
            self.title(4, &["smart-title"]);
            for (verdict, letter) in smart(o).iter().zip(LETTERS) {
                let letter = letter.encode_utf8(&mut [0; 4]).to_owned();
                let (mark, message) = match verdict {
                    Verdict::Met => ("✓ ", tk(self.t, &["smart-", &letter, "-met"])),
                    Verdict::Missing(k) => ("✗ ", tk(self.t, &["smart-", k])),
                    Verdict::Question(k) => ("? ", tk(self.t, &["smart-", k])),
                };
                self.raw("- **");
                self.raw(mark);
                self.say(&["smart-", &letter]);
                self.raw(":** ");
                self.text(&message);
                self.end();
            }
            self.end();
            self.links(4, &o.links, plan);
            let kpis: Vec<&Kpi> = section.kpis_of(&o.id).collect();
            if !kpis.is_empty() {
                self.title(4, &["kpi-title"]);
                self.kpis(&kpis);
            }
            let mut tactics = plan
                .engagement
                .tactics
                .iter()
                .filter(|t| t.objectives.contains(&o.id))
                .peekable();
            if tactics.peek().is_some() {
                self.label("", &["objective-tactics"]);
                for (i, t) in tactics.enumerate() {
                    self.comma(i);
                    let name = channel_name(self.t, t.channel, &t.custom);
                    self.text(&name);
                }
                self.raw("\n\n");
            }
        }
        let loose: Vec<&Kpi> = section
            .kpis
            .iter()
            .filter(|k| {
                k.objective
                    .as_ref()
                    .is_none_or(|id| section.objective(id).is_none())
            })
            .collect();
        if !loose.is_empty() {
            self.title(3, &["kpi-loose"]);
            self.kpis(&loose);
        }
    }

    /// A table of KPIs; the target and unit columns only when some KPI has them.
    fn kpis(&mut self, kpis: &[&Kpi]) {
        let full = kpis.iter().any(|k| k.target.is_some() || !blank(&k.unit));
        let ids = [
            "kpi-name",
            "kpi-level",
            "journey-tp-channel",
            "objective-target",
            "objective-unit",
        ];
        self.header(&ids[..if full { 5 } else { 3 }]);
        for k in kpis {
            self.raw("|");
            self.cell(&k.name, false);
            let level = tk(self.t, &["kpi-level-", k.level.key()]);
            self.cell(&level, false);
            let channel = opt(k.channel.map(|c| channel_name(self.t, c, "")));
            self.cell(&channel, false);
            if full {
                let target = opt(k.target.map(|v| self.numbers.number(v, decimals(v))));
                self.cell(&target, false);
                self.cell(&k.unit, false);
            }
            self.end();
        }
        self.end();
    }

    /// The findings an objective or the creative idea answers, as the app labels them.
    fn links(&mut self, level: usize, links: &[Link], plan: &Plan) {
        let mut title = true;
        for link in links {
            let (label, text) = match link {
                Link::Card(id) => match plan.swot.card(id) {
                    Some(c) => (["col-", c.column.key()].concat(), c.text.clone()),
                    None => continue,
                },
                Link::Strategy(id) => match plan.tows.iter().find(|s| s.id == *id) {
                    Some(s) => ("nav-tows".into(), s.text.clone()),
                    None => continue,
                },
                Link::Prompt(key) => match prompt(key) {
                    Some(p) => ("nav-health".into(), question(self.t, p.key)),
                    None => continue,
                },
            };
            if title {
                self.title(level, &["links-title"]);
                title = false;
            }
            self.raw("- ");
            self.say(&[&label]);
            self.colon();
            esc(&mut self.out, &text, Some("  "));
            self.end();
        }
        if !title {
            self.end();
        }
    }

    fn creative(&mut self, plan: &Plan) {
        let c = &plan.creative;
        if CreativeField::ALL.iter().all(|f| blank(c.text(*f))) && c.links.is_empty() {
            return;
        }
        self.title(2, &["creative-title"]);
        for f in CreativeField::ALL {
            if !blank(c.text(f)) {
                self.title(3, &["creative-", f.key()]);
                self.para(c.text(f));
            }
        }
        self.links(3, &c.links, plan);
    }

    fn engagement(&mut self, plan: &Plan) {
        let e = &plan.engagement;
        if blank(&e.audience) && blank(&e.justification) && e.tactics.is_empty() {
            return;
        }
        self.title(2, &["engagement-title"]);
        for (id, text) in [
            ("audience", &e.audience),
            ("justification", &e.justification),
        ] {
            if !blank(text) {
                self.title(3, &["engagement-", id]);
                self.para(text);
            }
        }
        if e.tactics.is_empty() {
            return;
        }
        self.title(3, &["engagement-tactics"]);
        let d = cents(e.tactics.iter().flat_map(|t| t.budget));
        for tactic in &e.tactics {
            let name = channel_name(self.t, tactic.channel, &tactic.custom);
            self.heading(4, &name);
            self.field_t(
                &["journey-tp-ownership"],
                &["ownership-", tactic.ownership.key()],
            );
            self.field_t(&["journey-tp-role"], &["role-", tactic.role.key()]);
            for f in TacticText::ALL {
                self.field(&["tactic-", f.key()], tactic.text(f));
            }
            let mut serves = tactic
                .objectives
                .iter()
                .filter_map(|id| plan.objectives.objective(id))
                .peekable();
            if serves.peek().is_some() {
                self.label("", &["tactic-objectives"]);
                for (i, o) in serves.enumerate() {
                    self.comma(i);
                    self.text(&o.statement);
                }
                self.end();
            }
            self.label("", &["tactic-budget"]);
            for (s, c) in Scenario::ALL.iter().zip(tactic.budget) {
                self.raw(if *s == Scenario::Good { "" } else { " · " });
                self.say(&["scenario-", s.key()]);
                self.colon();
                self.money(c, d);
            }
            self.raw("\n\n");
        }
        self.title(3, &["budget-title"]);
        self.title(4, &["budget-by-channel"]);
        let mut ids = [
            "team-channel",
            "scenario-good",
            "scenario-better",
            "scenario-best",
        ];
        self.header(&ids);
        for (channel, custom, amounts) in by_channel(e) {
            let name = channel_name(self.t, channel, &custom);
            self.money_row(&name, &amounts, d, false);
        }
        let total = (self.t)("attribution-total");
        self.money_row(&total, &scenario_totals(e), d, true);
        self.end();
        self.title(4, &["budget-by-ownership"]);
        ids[0] = "journey-tp-ownership";
        self.header(&ids);
        for (ownership, amounts) in Ownership::ALL.iter().zip(by_ownership(e)) {
            let name = tk(self.t, &["ownership-", ownership.key()]);
            self.money_row(&name, &amounts, d, false);
        }
        self.end();
    }

    fn mix(&mut self, mix: &Mix) {
        let said = |p: &P| !blank(&mix.get(*p).notes) || !blank(&mix.get(*p).decisions);
        if !P::ALL.iter().any(said) {
            return;
        }
        self.title(2, &["mix-title"]);
        for p in P::ALL.iter().filter(|p| said(p)) {
            let entry = mix.get(*p);
            self.title(3, &["mix-", p.key()]);
            self.field(&["mix-notes"], &entry.notes);
            self.field(&["mix-decisions"], &entry.decisions);
            self.end();
        }
    }

    fn reviews(&mut self, reviews: &[Review]) {
        if reviews.is_empty() {
            return;
        }
        self.title(2, &["reviews-title"]);
        for r in reviews {
            let day = self.numbers.date(r.date);
            self.heading(3, &day);
            self.field_t(&["reviews-source"], &["source-", r.source.key()]);
            let scope = if r.scope == Scope::Tactical {
                "tactical"
            } else {
                "systemic"
            };
            self.field_t(&["reviews-scope"], &["scope-", scope]);
            self.field(&["reviews-learned"], &r.learned);
            self.field(&["reviews-change"], &r.change);
            self.end();
        }
    }
}

/// A list of the plan a spreadsheet can take, one CSV file each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvList {
    /// The SWOT cards, quadrant by quadrant.
    Swot,
    /// The PESTLE factors, column by column.
    Pestle,
    /// Every touchpoint, persona by persona, stage by stage.
    Touchpoints,
    /// The KPIs, objective by objective, then those without an objective.
    Kpis,
}

impl CsvList {
    /// Every list, in the app's order.
    pub const ALL: [CsvList; 4] = [
        CsvList::Swot,
        CsvList::Pestle,
        CsvList::Touchpoints,
        CsvList::Kpis,
    ];

    /// A stable key, for file names (`<plan>-swot.csv`).
    pub fn key(self) -> &'static str {
        match self {
            CsvList::Swot => "swot",
            CsvList::Pestle => "pestle",
            CsvList::Touchpoints => "touchpoints",
            CsvList::Kpis => "kpis",
        }
    }
}

/// Whether a cell is a plain number, such as "-5" or "2.5" (never protected).
fn plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// Writes one CSV field (RFC 4180) and a comma, protected against formula injection.
fn cell(out: &mut String, cell: &str) {
    let quote = cell.contains(['"', ',', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !plain_number(cell) {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
    out.push(',');
}

/// Writes the fields of one record, then ends it: the last comma becomes CRLF.
fn record(out: &mut String, cells: &[&str]) {
    for c in cells {
        cell(out, c);
    }
    out.pop();
    out.push_str("\r\n");
}

/// One list of the plan as CSV (RFC 4180: commas, CRLF line ends, quoted where needed),
/// starting with a UTF-8 byte order mark, then a header row of column names from `t`. The
/// first column is the item's stable id. See the module documentation for the protection
/// against formula injection.
pub fn csv(plan: &Plan, list: CsvList, t: &dyn Fn(&str) -> String) -> String {
    let mut out = String::from('\u{feff}');
    let header: &[&str] = match list {
        CsvList::Swot => &[
            "export-col-quadrant",
            "board-edit-label",
            "board-notes",
            "board-confidence",
            "board-weight",
            "board-from-health",
        ],
        CsvList::Pestle => &[
            "pestle-factor",
            "board-edit-label",
            "board-notes",
            "board-confidence",
            "board-impact",
            "board-likelihood",
            "pestle-score",
        ],
        CsvList::Touchpoints => &[
            "journey-persona",
            "journey-stage",
            "journey-tp-channel",
            "journey-tp-ownership",
            "journey-tp-role",
            "journey-tp-note",
        ],
        CsvList::Kpis => &[
            "objective-statement",
            "kpi-name",
            "kpi-level",
            "journey-tp-channel",
            "objective-target",
            "objective-unit",
        ],
    };
    for id in ["export-col-id"].iter().chain(header) {
        cell(&mut out, &t(id));
    }
    record(&mut out, &[]);
    match list {
        CsvList::Swot | CsvList::Pestle => {
            let kind = if list == CsvList::Swot {
                BoardKind::Swot
            } else {
                BoardKind::Pestle
            };
            for column in kind.columns() {
                let name = tk(t, &["col-", column.key()]);
                for c in plan.board(kind).column(*column) {
                    let confidence = confidence(t, c.confidence);
                    let (a, b, score) = if kind == BoardKind::Swot {
                        let source = match &c.source {
                            Some(CardSource::HealthCheck { prompt: key }) => {
                                prompt(key).map(|p| question(t, p.key))
                            }
                            None => None,
                        };
                        (opt(c.weight), opt(source), None)
                    } else {
                        (opt(c.impact), opt(c.likelihood), Some(opt(score(c))))
                    };
                    for s in [c.id.as_str(), &name, &c.text, &c.notes, &confidence, &a, &b] {
                        cell(&mut out, s);
                    }
                    if let Some(score) = score {
                        cell(&mut out, &score);
                    }
                    record(&mut out, &[]);
                }
            }
        }
        CsvList::Touchpoints => {
            let map = &plan.journey;
            for p in &map.personas {
                let Some(journey) = map.journeys.iter().find(|j| j.persona == p.id) else {
                    continue;
                };
                for stage in &map.stages {
                    let stage_name = stage_name(t, stage);
                    for tp in journey.at(&stage.id) {
                        record(
                            &mut out,
                            &[
                                tp.id.as_str(),
                                &p.name,
                                &stage_name,
                                &channel_name(t, tp.channel, &tp.custom),
                                &tk(t, &["ownership-", tp.ownership.key()]),
                                &tk(t, &["role-", tp.role.key()]),
                                &tp.note,
                            ],
                        );
                    }
                }
            }
        }
        CsvList::Kpis => {
            let section = &plan.objectives;
            let loose = section.kpis.iter().filter(|k| {
                k.objective
                    .as_ref()
                    .is_none_or(|id| section.objective(id).is_none())
            });
            let by_objective = section.objectives.iter().flat_map(|o| {
                section
                    .kpis_of(&o.id)
                    .map(move |k| (k, o.statement.as_str()))
            });
            for (k, objective) in by_objective.chain(loose.map(|k| (k, ""))) {
                record(
                    &mut out,
                    &[
                        k.id.as_str(),
                        objective,
                        &k.name,
                        &tk(t, &["kpi-level-", k.level.key()]),
                        &opt(k.channel.map(|c| channel_name(t, c, ""))),
                        &opt(k.target),
                        &k.unit,
                    ],
                );
            }
        }
    }
    out
}
