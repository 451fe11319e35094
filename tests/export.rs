//! The exports: the Markdown report of the example plan reads as a finished document (and is
//! written to `target/example-report.md` for a person to read), an empty plan gives a short
//! one, hostile text stays text in Markdown and data in CSV, and the CSV lists round-trip
//! through an RFC 4180 reader. In every language, no message id shows in any export: every
//! message they ask for exists, and no id of en.ftl stands in their text.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;
use waymark::domain::board::{BoardKind, Column};
use waymark::domain::core::channel::{Channel, Ownership, Role};
use waymark::domain::core::date::Date;
use waymark::domain::core::ids::{
    KpiId, ObjectiveId, PersonaId, StageId, StrategyId, TouchpointId,
};
use waymark::domain::document::example;
use waymark::domain::document::export::{
    csv, grouped, markdown, markdown_with, CsvList, Numbers, Plain,
};
use waymark::domain::journey::Template;
use waymark::domain::objectives::KpiLevel;
use waymark::domain::{
    BoardCommand, HealthCommand, JourneyCommand, ObjectivesCommand, PlanCommand,
};
use waymark::domain::{CardId, Command, Locale, Plan, PlanId, Timestamp};
use waymark::i18n::{example_source, source, Translations};

/// 2026-11-23, noon UTC.
const AT: Timestamp = Timestamp(1_795_435_200_000);

/// The interface messages in English, from the repository's en.ftl.
fn labels() -> Translations {
    Translations::load(Locale::En)
}

fn example_plan() -> Plan {
    example_in(Locale::En)
}

/// The example plan as it is made in `locale`.
fn example_in(locale: Locale) -> Plan {
    let words = Translations::parse(locale, example_source(locale).to_owned());
    example::build(PlanId::generate(AT, 1), AT, locale, &|id: &str| words.t(id))
}

fn today() -> Date {
    Date::from_millis(AT.0)
}

fn report(plan: &Plan) -> String {
    let l = labels();
    markdown(plan, &|id: &str| l.t(id), today())
}

fn run(plan: Plan, commands: Vec<Command>) -> Plan {
    common::run_at(&plan, commands, AT)
}

fn empty_plan(name: &str) -> Plan {
    common::plan_made(name, 2, AT)
}

/// A tiny RFC 4180 reader: the records of `text`, each a list of fields. Refuses a bare LF or
/// CR outside quotes, a quote inside an unquoted field, and text after a closing quote.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut started = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    assert!(
                        matches!(chars.peek(), Some(',' | '\r') | None),
                        "text after a closing quote"
                    );
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(!started, "a quote inside an unquoted field: {field:?}");
                quoted = true;
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                started = false;
                continue;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                started = false;
                continue;
            }
            '\n' => panic!("a bare LF outside quotes"),
            c => field.push(c),
        }
        started = true;
    }
    assert!(!quoted, "an unclosed quote");
    assert!(
        field.is_empty() && row.is_empty(),
        "the last record has no CRLF"
    );
    rows
}

/// The records of a CSV export, after its byte order mark.
fn records(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("starts with a UTF-8 BOM");
    read_csv(body)
}

/// A cell as the user wrote it: the `'` the export puts before a formula-like start removed.
fn unprotected(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

#[test]
fn the_example_report_has_every_section_and_its_figures() {
    let plan = example_plan();
    let l = labels();
    let md = report(&plan);
    // A reader's copy.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&dir).expect("target/");
    std::fs::write(dir.join("example-report.md"), &md).expect("write the report");
    let name = plan.meta.name.clone();
    assert!(md.starts_with(&format!("# {name}\n")), "{}", &md[..80]);
    for id in [
        "hc-title",
        "swot-title",
        "pestle-title",
        "tows-title",
        "personas-title",
        "journey-title",
        "attribution-title",
        "objectives-title",
        "creative-title",
        "engagement-title",
        "mix-title",
        "reviews-title",
    ] {
        let heading = format!("\n## {}\n", l.t(id));
        assert!(md.contains(&heading), "no section {heading:?}");
    }
    // In the app's order.
    let at = |id: &str| md.find(&format!("\n## {}\n", l.t(id))).unwrap_or(0);
    assert!(at("hc-title") < at("swot-title"));
    assert!(at("tows-title") < at("journey-title"));
    assert!(at("objectives-title") < at("engagement-title"));
    assert!(at("mix-title") < at("reviews-title"));
    for o in &plan.objectives.objectives {
        assert!(
            md.contains(&format!("\n### {}\n", o.statement)),
            "{}",
            o.statement
        );
        let state = waymark::domain::objectives::monitor::status(o, today()).status;
        assert!(md.contains(&l.t(&format!("status-{}", state.key()))));
    }
    assert_eq!(plan.objectives.objectives.len(), 2);
    assert!(
        md.contains("| **Total** | **26,000 GBP** | **38,000 GBP** | **52,000 GBP** |"),
        "budget totals"
    );
    for kind in [BoardKind::Swot, BoardKind::Pestle] {
        for card in &plan.board(kind).cards {
            assert!(md.contains(&format!("- {}", card.text)), "{}", card.text);
        }
    }
    assert_eq!(plan.swot.cards.len(), 12);
    for s in plan.tows.iter() {
        assert!(md.contains(&s.text), "{}", s.text);
    }
    for p in &plan.journey.personas {
        assert!(md.contains(&format!("\n### {}\n", p.name)));
    }
    // The weakest answers and the attribution credit are there, and no message id leaked.
    assert!(md.contains(&l.t("export-weak-answers")));
    assert!(md.contains(&format!("| {} |", l.t("model-last-click"))));
    assert!(
        md.contains("| **Total** | **249.00 GBP** | **249.00 GBP** |"),
        "cents"
    );
    for line in md.lines() {
        assert!(
            !line.contains("export-") && !line.contains("status-"),
            "an id shows: {line}"
        );
    }
}

/// A plan that takes the report's rarer branches: a weak health-check answer, a TOWS
/// strategy whose external source was deleted, and an objective with a baseline, a target and
/// readings (its progress and its latest reading).
fn rare_plan() -> Plan {
    use waymark::domain::core::ids::ReadingId;
    use waymark::domain::health::Rating;
    let objective = ObjectiveId::generate(AT, 7);
    let day = |y, m, d| Date::ymd(y, m, d).expect("a date");
    run(
        empty_plan("Rare branches"),
        vec![
            Command::Health(HealthCommand::SetAnswer {
                prompt: "customer-segments".into(),
                text: "We sell to everyone".into(),
            }),
            Command::Health(HealthCommand::SetRating {
                prompt: "customer-segments".into(),
                rating: Some(Rating::Score(1)),
            }),
            Command::Board(BoardCommand::AddCard {
                board: BoardKind::Swot,
                id: CardId::generate(AT, 1),
                column: Column::Strengths,
                text: "Loyal regulars".into(),
            }),
            Command::Board(BoardCommand::AddCard {
                board: BoardKind::Swot,
                id: CardId::generate(AT, 2),
                column: Column::Opportunities,
                text: "A new office park next door".into(),
            }),
            Command::Board(BoardCommand::AddStrategy {
                id: StrategyId::generate(AT, 1),
                internal: CardId::generate(AT, 1),
                external: CardId::generate(AT, 2),
                text: "Lunch cards for the office park".into(),
            }),
            Command::Board(BoardCommand::DeleteCard {
                board: BoardKind::Swot,
                id: CardId::generate(AT, 2),
            }),
            Command::Objectives(ObjectivesCommand::AddObjective {
                id: objective.clone(),
                statement: "Grow lunch sales".into(),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: objective.clone(),
                target: false,
                value: Some(100.0),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveNumber {
                id: objective.clone(),
                target: true,
                value: Some(200.0),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveDate {
                id: objective.clone(),
                deadline: false,
                date: Some(day(2026, 1, 1)),
            }),
            Command::Objectives(ObjectivesCommand::SetObjectiveDate {
                id: objective.clone(),
                deadline: true,
                date: Some(day(2027, 1, 1)),
            }),
            Command::Objectives(ObjectivesCommand::AddReading {
                objective: objective.clone(),
                id: ReadingId::generate(AT, 1),
                date: day(2026, 11, 1),
                value: 180.0,
            }),
        ],
    )
}

/// The ids of en.ftl that have a hyphen (a word like "title" could be a user's word).
fn english_ids() -> Vec<String> {
    let resource = fluent_syntax::parser::parse(source(Locale::En)).expect("en.ftl parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .filter(|id| id.contains('-'))
        .collect()
}

/// The ids of `ids` that stand in `text` as a whole token (not part of a longer word).
fn ids_in(text: &str, ids: &[String]) -> Vec<String> {
    let tokens: std::collections::BTreeSet<&str> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .collect();
    ids.iter()
        .filter(|id| tokens.contains(id.as_str()))
        .cloned()
        .collect()
}

#[test]
fn no_export_shows_a_message_id_in_any_language() {
    let ids = english_ids();
    assert!(ids.len() > 500, "{} ids", ids.len());
    assert_eq!(ids_in("a hc-title, b", &ids), ["hc-title"]);
    assert!(ids_in("hc-titles hc-title-x", &ids).is_empty());
    for locale in Locale::ALL {
        let l = Translations::load(locale);
        let missing = RefCell::new(std::collections::BTreeSet::new());
        let t = |id: &str| {
            if !l.has(id) {
                missing.borrow_mut().insert(id.to_owned());
            }
            l.t(id)
        };
        let tag = locale.tag();
        for (name, plan) in [
            ("example", example_in(locale)),
            ("empty", empty_plan("Empty")),
            ("rare", rare_plan()),
            ("hostile", hostile_plan()),
        ] {
            let md = markdown(&plan, &t, today());
            let leaked = ids_in(&md, &ids);
            assert!(leaked.is_empty(), "{tag} {name} report shows {leaked:?}");
            for list in CsvList::ALL {
                let text = csv(&plan, list, &t);
                let leaked = ids_in(&text, &ids);
                assert!(
                    leaked.is_empty(),
                    "{tag} {name} {} shows {leaked:?}",
                    list.key()
                );
                let header = &records(&text)[0];
                assert_eq!(header[0], l.t("export-col-id"), "{tag}");
                if list == CsvList::Swot {
                    assert_eq!(header[1], l.t("export-col-quadrant"), "{tag}");
                }
            }
            // The branches this plan is here for were taken, in this language.
            let expected: &[&str] = match name {
                "empty" => &["export-empty", "export-date"],
                "rare" => &[
                    "export-weak-answers",
                    "export-deleted",
                    "export-progress",
                    "export-latest-reading",
                ],
                _ => &["export-date"],
            };
            for id in expected {
                assert!(md.contains(&l.t(id)), "{tag} {name}: no {id}");
            }
        }
        let missing = missing.into_inner();
        assert!(
            missing.is_empty(),
            "{tag}: the exports ask for messages it lacks: {missing:?}"
        );
    }
}

#[test]
fn an_empty_plan_gives_a_short_document() {
    let l = labels();
    let md = report(&empty_plan("Spring launch"));
    assert!(md.starts_with("# Spring launch\n\n"), "{md}");
    assert!(md.contains(&l.t("export-empty")));
    assert!(md.contains("2026-11-23"));
    assert!(!md.contains("\n## "), "no section: {md}");
    assert!(md.lines().count() < 10, "{md}");
    assert!(md.ends_with(".\n") && !md.ends_with("\n\n"));
    for list in CsvList::ALL {
        let rows = records(&csv(&empty_plan("x"), list, &|id: &str| l.t(id)));
        assert_eq!(rows.len(), 1, "{}: only the header", list.key());
        assert_eq!(rows[0][0], l.t("export-col-id"));
    }
}

/// Text someone could type, or put in a plan file they send: markup, links, HTML, formulas.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "# Not a heading",
    "- not a list",
    "+ not a list",
    "1. not a list",
    "2) not a list",
    "===",
    "---",
    "> not a quote",
    "*bold* _it_ `code` ~~gone~~ $x$",
    "a | b | c",
    "first line\n# second line\n\n> third\n    fourth",
    "&lt;b&gt; &#60;i&#62;",
    "<img src=x onerror=alert(1)>",
    "=cmd|'/C calc'!A0",
    "+1 555 0100",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=tab",
    "\r=cr",
    "-5",
    "He said \"hi\", then left",
    "a,b,\"c\"",
    "line one\nline two\r\nline three",
    "Rīga, 台北, Göteborg",
];

/// A plan with hostile text in every kind of place the exports write.
fn hostile_plan() -> Plan {
    let mut commands = vec![
        Command::Plan(PlanCommand::SetDescription {
            text: HOSTILE.join("\n"),
        }),
        Command::Journey(JourneyCommand::UseStageTemplate {
            template: Template::Race,
            ids: (0..4).map(|n| StageId::generate(AT, n)).collect(),
        }),
        Command::Journey(JourneyCommand::AddPersona {
            id: PersonaId::generate(AT, 1),
            name: "<b>Anna</b> | # 1".into(),
        }),
        Command::Objectives(ObjectivesCommand::AddObjective {
            id: ObjectiveId::generate(AT, 1),
            statement: "[Grow](javascript:x) <i>sales</i>".into(),
        }),
    ];
    for (n, text) in HOSTILE.iter().enumerate() {
        let n = n as u64;
        let column = [Column::Strengths, Column::Opportunities][n as usize % 2];
        commands.push(Command::Board(BoardCommand::AddCard {
            board: BoardKind::Swot,
            id: CardId::generate(AT, 100 + n),
            column,
            text: (*text).to_owned(),
        }));
        commands.push(Command::Board(BoardCommand::SetCardNotes {
            board: BoardKind::Swot,
            id: CardId::generate(AT, 100 + n),
            notes: (*text).to_owned(),
        }));
        commands.push(Command::Board(BoardCommand::AddCard {
            board: BoardKind::Pestle,
            id: CardId::generate(AT, 200 + n),
            column: Column::Legal,
            text: (*text).to_owned(),
        }));
        commands.push(Command::Journey(JourneyCommand::AddTouchpoint {
            persona: PersonaId::generate(AT, 1),
            stage: StageId::generate(AT, n % 4),
            id: TouchpointId::generate(AT, n),
            channel: Channel::Custom,
            custom: String::new(),
        }));
        commands.push(Command::Journey(JourneyCommand::SetTouchpoint {
            persona: PersonaId::generate(AT, 1),
            id: TouchpointId::generate(AT, n),
            channel: Channel::Custom,
            custom: (*text).to_owned(),
            ownership: Ownership::Earned,
            role: Role::Both,
            note: (*text).to_owned(),
        }));
        commands.push(Command::Objectives(ObjectivesCommand::SetKpi {
            id: KpiId::generate(AT, n),
            name: (*text).to_owned(),
            level: KpiLevel::Manager,
            objective: Some(ObjectiveId::generate(AT, 1)),
            channel: None,
            target: Some(-5.0),
            unit: (*text).to_owned(),
        }));
    }
    commands.push(Command::Board(BoardCommand::AddStrategy {
        id: StrategyId::generate(AT, 1),
        internal: CardId::generate(AT, 100),
        external: CardId::generate(AT, 101),
        text: "<svg onload=alert(1)>".into(),
    }));
    // A deleted source: the strategy keeps the card's text.
    commands.push(Command::Board(BoardCommand::DeleteCard {
        board: BoardKind::Swot,
        id: CardId::generate(AT, 101),
    }));
    run(
        empty_plan("Plan <img src=x onerror=alert(1)> | #1"),
        commands,
    )
}

#[test]
fn hostile_text_stays_text_in_markdown() {
    let plan = hostile_plan();
    let l = labels();
    let md = report(&plan);
    // The report never writes HTML, links, images or code of its own, so none can come from
    // user text: no `<` or `>` at all, and every bracket and backtick escaped.
    assert!(!md.contains('<') && !md.contains('>'), "raw angle brackets");
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for (i, c) in md.char_indices() {
        if matches!(c, '[' | ']' | '`' | '*' | '_' | '|' | '#' | '$' | '~') {
            let before = md[..i].chars().next_back();
            let ours = match c {
                // Our own: headings, bold labels, table pipes.
                '#' => before.is_none_or(|b| b == '\n' || b == '#'),
                '*' => true,
                '|' => true,
                _ => false,
            };
            assert!(
                ours || before == Some('\\'),
                "unescaped {c:?} at {i}: {:?}",
                &md[i.saturating_sub(40)..i + 1]
            );
        }
    }
    assert!(md.contains("\\[x\\](javascript:alert(1))"));
    assert!(md.contains("&amp;lt;b&amp;gt; &amp;\\#60;i&amp;\\#62;"));
    // Only our own block structure starts a line.
    let mut headings = 0;
    for line in md.lines() {
        let start = line.trim_start();
        if start.starts_with('#') {
            headings += 1;
            assert!(
                start.starts_with("# ")
                    || start.starts_with("## ")
                    || start.starts_with("### ")
                    || start.starts_with("#### "),
                "{line}"
            );
        }
        for bad in ["> ", "=", "+ ", "1. not", "2) not", "---", "    fourth"] {
            assert!(
                !start.starts_with(bad) || line.starts_with("1. "),
                "{line:?} starts a block"
            );
        }
    }
    assert!(md.contains("1\\. not a list") && md.contains("2\\) not a list"));
    assert!(md.contains("- \\# Not a heading") && md.contains("- \\- not a list"));
    assert!(md.contains("- \\=\\=\\=") || md.contains("- \\==="));
    assert_eq!(
        md.matches("\n# ").count() + usize::from(md.starts_with("# ")),
        1,
        "one title"
    );
    assert!(headings > 5);
    // A cell of a table keeps its row: pipes escaped, newlines turned into spaces.
    let kpi_rows: Vec<&str> = md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("Manager"))
        .collect();
    assert_eq!(kpi_rows.len(), HOSTILE.len());
    for row in kpi_rows {
        let cells = row.replace("\\|", "").matches('|').count();
        assert_eq!(cells, 6, "{row}");
    }
    assert!(md.contains("| a \\| b \\| c |"));
    assert!(md.contains("| line one line two line three |"));
    // The deleted source says so.
    assert!(md.contains(&format!("({}: ", l.t("export-deleted"))));
}

#[test]
fn hostile_text_stays_data_in_csv() {
    let plan = hostile_plan();
    let l = labels();
    let t = |id: &str| l.t(id);
    let swot = csv(&plan, CsvList::Swot, &t);
    let rows = records(&swot);
    assert_eq!(rows.len(), 1 + HOSTILE.len() - 1, "one card was deleted");
    // Formula-like starts are protected; a plain negative number is not.
    for line in [
        "'=cmd|'/C calc'!A0",
        "'+1 555 0100",
        "'-2+3",
        "'@SUM(A1:A9)",
    ] {
        assert!(swot.contains(line), "{line}");
    }
    assert!(swot.contains("\"'\t=tab\"") || swot.contains("'\t=tab"));
    assert!(swot.contains("\"'\r=cr\""), "a CR is quoted and protected");
    assert!(swot.contains(",-5,"));
    assert!(swot.contains("\"He said \"\"hi\"\", then left\""));
    for row in &rows[1..] {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r'])
                    && (!cell.starts_with('-') || cell == "-5"),
                "unprotected {cell:?}"
            );
        }
    }
    // Everything round-trips through an RFC 4180 reader: ids, texts and notes come back as
    // the plan holds them, once the protection is taken off.
    let back = |r: &Vec<String>, i: usize| unprotected(&r[i]).to_owned();
    for kind in [BoardKind::Swot, BoardKind::Pestle] {
        let list = if kind == BoardKind::Swot {
            CsvList::Swot
        } else {
            CsvList::Pestle
        };
        let rows = records(&csv(&plan, list, &t));
        let cards: Vec<_> = kind
            .columns()
            .iter()
            .flat_map(|c| plan.board(kind).column(*c))
            .collect();
        assert_eq!(rows.len(), cards.len() + 1);
        for (row, card) in rows[1..].iter().zip(cards) {
            assert_eq!(row.len(), rows[0].len());
            assert_eq!(
                (row[0].as_str(), back(row, 2), back(row, 3)),
                (card.id.as_str(), card.text.clone(), card.notes.clone())
            );
        }
    }
    let notes: Vec<String> = rows[1..].iter().map(|r| back(r, 3)).collect();
    for text in HOSTILE.iter().filter(|t| **t != HOSTILE[1]) {
        assert!(notes.iter().any(|n| n == text), "{text:?} lost");
    }
    let rows = records(&csv(&plan, CsvList::Touchpoints, &t));
    let map = &plan.journey;
    let journey = &map.journeys[0];
    let tps: Vec<_> = map.stages.iter().flat_map(|s| journey.at(&s.id)).collect();
    assert_eq!(rows.len(), HOSTILE.len() + 1);
    for (row, tp) in rows[1..].iter().zip(tps) {
        assert_eq!(
            (row[0].as_str(), back(row, 3), back(row, 6)),
            (tp.id.as_str(), tp.custom.clone(), tp.note.clone())
        );
        assert_eq!(row[1], "<b>Anna</b> | # 1");
    }
    let rows = records(&csv(&plan, CsvList::Kpis, &t));
    for (row, kpi) in rows[1..].iter().zip(&plan.objectives.kpis) {
        assert_eq!(
            (row[0].as_str(), back(row, 2), back(row, 6)),
            (kpi.id.as_str(), kpi.name.clone(), kpi.unit.clone())
        );
    }
    let kpis = records(&csv(&plan, CsvList::Kpis, &t));
    assert!(kpis[1..]
        .iter()
        .all(|r| r[5] == "-5" && r[1] == "[Grow](javascript:x) <i>sales</i>"));
}

#[test]
fn the_example_lists_round_trip() {
    let plan = example_plan();
    let l = labels();
    let t = |id: &str| l.t(id);
    let touchpoints: usize = plan
        .journey
        .journeys
        .iter()
        .map(|j| j.touchpoints.len())
        .sum();
    for (list, count, width, prefix) in [
        (CsvList::Swot, plan.swot.cards.len(), 7, "c-"),
        (CsvList::Pestle, plan.pestle.cards.len(), 8, "c-"),
        (CsvList::Touchpoints, touchpoints, 7, "t-"),
        (CsvList::Kpis, plan.objectives.kpis.len(), 7, "k-"),
    ] {
        let text = csv(&plan, list, &t);
        assert!(text.ends_with("\r\n"));
        let rows = records(&text);
        assert_eq!(rows.len(), count + 1, "{}", list.key());
        assert!(rows.iter().all(|r| r.len() == width), "{}", list.key());
        assert!(
            rows[1..].iter().all(|r| r[0].starts_with(prefix)),
            "{}",
            list.key()
        );
    }
    let pestle = records(&csv(&plan, CsvList::Pestle, &t));
    assert_eq!(pestle[0][5], l.t("board-impact"));
    let legal = pestle
        .iter()
        .find(|r| r[1] == l.t("col-legal"))
        .expect("a legal factor");
    assert_eq!(
        (legal[5].as_str(), legal[6].as_str(), legal[7].as_str()),
        ("5", "4", "20")
    );
    let kpis = records(&csv(&plan, CsvList::Kpis, &t));
    assert_eq!(kpis[1][2], "Brand search volume");
    assert_eq!(kpis[1][1], plan.objectives.objectives[0].statement);
    let tps = records(&csv(&plan, CsvList::Touchpoints, &t));
    assert_eq!(tps[1][1], "Weekend Anna");
    assert_eq!(tps[1][2], l.t("stage-awareness"));
    assert_eq!(tps[1][3], l.t("channel-social"));
}

#[test]
fn numbers_are_grouped_the_same_in_every_language() {
    assert_eq!(grouped(26_000.0, 0), "26,000");
    assert_eq!(grouped(1_234_567.891, 2), "1,234,567.89");
    assert_eq!(grouped(120.5, 2), "120.50");
    assert_eq!(grouped(0.05, 2), "0.05");
    assert_eq!(grouped(-1_000.0, 0), "-1,000");
    assert_eq!(grouped(999.0, 0), "999");
    // The UI can pass its own formatter.
    let plan = example_plan();
    let l = labels();
    struct Commas;
    impl Numbers for Commas {
        fn number(&self, x: f64, d: u32) -> String {
            format!("{x:.*}", d as usize).replace('.', ",")
        }
        fn money(&self, cents: u64, d: u32) -> String {
            format!("{} kr", self.number(cents as f64 / 100.0, d))
        }
        fn date(&self, day: waymark::domain::core::date::Date) -> String {
            format!("day {day}")
        }
    }
    let md = markdown_with(&plan, &|id: &str| l.t(id), today(), &Commas);
    assert!(md.contains("| **Total** | **26000 kr** | **38000 kr** | **52000 kr** |"));
    assert!(
        md.contains(&format!("day {}", today())),
        "dates through the formatter"
    );
    let iso = today().to_string();
    assert_eq!(
        md.matches(&iso).count(),
        md.matches(&format!("day {iso}")).count(),
        "no ISO date left"
    );
    // Without a formatter, amounts carry the plan's currency code.
    assert_eq!(plan.meta.currency.as_ref().map(|c| c.code()), Some("GBP"));
    let md = markdown(&plan, &|id: &str| l.t(id), today());
    assert!(md.contains("| **Total** | **26,000 GBP** | **38,000 GBP** | **52,000 GBP** |"));
    assert_eq!(Plain(None).money(120_050, 2), "1,200.50");
}

#[test]
fn separators_come_from_the_language() {
    for (locale, colon, comma) in [(Locale::ZhHant, "：", "、"), (Locale::Sv, ":", ", ")] {
        let l = Translations::load(locale);
        let plan = example_in(locale);
        let md = markdown(&plan, &|id: &str| l.t(id), today());
        let budget = l.t("tactic-budget");
        assert!(md.contains(&format!("**{budget}{colon}**")), "{colon}");
        let persona = &plan.journey.personas[0];
        assert!(persona.media.len() > 1);
        let media: Vec<String> = persona
            .media
            .iter()
            .map(|m| l.t(&format!("media-{}", m.key())))
            .collect();
        let line = format!("**{}{colon}** {}", l.t("persona-media"), media.join(comma));
        assert!(md.contains(&line), "{line}");
    }
}
