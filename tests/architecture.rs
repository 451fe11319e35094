//! The house rules that a reader of the source can check, checked by reading the source.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn offending_lines(dirs: &[&str], needles: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        rust_files(&root.join(dir), &mut files);
    }
    let mut hits = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if needles.iter().any(|needle| code.contains(needle)) {
                hits.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    hits
}

#[test]
fn domain_and_charts_never_import_a_browser_crate() {
    let needles = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
    let hits = offending_lines(&["src/domain", "src/charts"], &needles);
    assert!(
        hits.is_empty(),
        "browser crates in the pure layers:\n{}",
        hits.join("\n")
    );
    assert!(Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/domain")
        .is_dir());
}

#[test]
fn only_storage_touches_browser_storage() {
    let needles = [
        "local_storage",
        "session_storage",
        "localStorage",
        "gloo::storage",
        "gloo_storage",
        "indexed_db",
    ];
    let hits: Vec<String> = offending_lines(&["src"], &needles)
        .into_iter()
        .filter(|h| !h.starts_with(&format!("{}/src/storage/", env!("CARGO_MANIFEST_DIR"))))
        .collect();
    assert!(
        hits.is_empty(),
        "storage used outside src/storage:\n{}",
        hits.join("\n")
    );
}

#[test]
fn storage_and_domain_do_not_unwrap() {
    let hits: Vec<String> =
        offending_lines(&["src/storage", "src/domain"], &[".unwrap()", ".expect("])
            .into_iter()
            .filter(|h| !h.contains("#[cfg(test)]"))
            .collect();
    // Unit tests at the bottom of a file may unwrap; production code may not.
    let production: Vec<&String> = hits.iter().filter(|h| !is_in_test_module(h)).collect();
    assert!(
        production.is_empty(),
        "unwrap/expect on data paths:\n{production:?}"
    );
}

/// Whether the hit `file:line: …` lies after a `#[cfg(test)]` line in its file.
fn is_in_test_module(hit: &str) -> bool {
    let mut parts = hit.splitn(3, ':');
    let (Some(file), Some(line)) = (parts.next(), parts.next()) else {
        return false;
    };
    let Ok(line) = line.parse::<usize>() else {
        return false;
    };
    let text = fs::read_to_string(file).unwrap_or_default();
    text.lines().take(line).any(|l| l.trim() == "#[cfg(test)]")
}

/// The page module a file of `src/pages/` belongs to (`present` for
/// `src/pages/present/slides.rs`, `report` for `src/pages/report.rs`); `None` for the router
/// (`mod.rs`, `lazy.rs`), which names every page by design.
fn page_of(file: &Path, pages: &Path) -> Option<String> {
    let rel = file.strip_prefix(pages).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    let name = first.trim_end_matches(".rs").to_owned();
    (name != "mod" && name != "lazy").then_some(name)
}

/// Pages never import pages (issue 13): what several pages show lives in `src/views/`, the
/// names of things in `src/i18n/labels.rs`, focus in `src/ui/`. And nothing below the pages
/// (views, widgets, translations, state) reaches up into a page, but for the `Route` type.
#[test]
fn pages_never_import_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pages = root.join("src/pages");
    let page_names: Vec<String> = fs::read_dir(&pages)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| page_of(&e.path(), &pages))
        .collect();
    assert!(page_names.len() > 10, "pages found: {page_names:?}");
    let mut files = Vec::new();
    rust_files(&pages, &mut files);
    let mut hits = Vec::new();
    for file in &files {
        let Some(own) = page_of(file, &pages) else {
            continue;
        };
        let top_level = file.parent() == Some(pages.as_path());
        let text = fs::read_to_string(file).unwrap_or_default();
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let mut named = names_after(&code, "crate::pages::");
        named.extend(names_after(&code, "super::super::"));
        if top_level {
            named.extend(names_after(&code, "super::"));
        }
        for name in named {
            let other_page = page_names.contains(&name) && name != own;
            // A page component re-exported by `pages` (`crate::pages::SwotPage`).
            let other_component =
                name.ends_with("Page") && !name.to_lowercase().starts_with(own.as_str());
            if other_page || other_component {
                hits.push(format!("{}: imports {name}", file.display()));
            }
        }
    }
    for below in [
        "src/views",
        "src/ui",
        "src/i18n",
        "src/state",
        "src/storage",
    ] {
        for hit in offending_lines(&[below], &["crate::pages::"]) {
            if !hit.contains("crate::pages::Route") {
                hits.push(hit);
            }
        }
    }
    assert!(
        hits.is_empty(),
        "a page imports another page, or a lower layer a page:\n{}",
        hits.join("\n")
    );
}

/// The first segment of every path that follows `prefix` in `code`: `prefix::a::b` gives `a`,
/// `prefix::{a::b, C}` gives `a` and `C` (a nested group's own paths are not first segments).
fn names_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        rest = &rest[at + prefix.len()..];
        let Some(group) = rest.strip_prefix('{') else {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !word.is_empty() {
                out.push(word);
            }
            continue;
        };
        let (mut depth, mut first, mut word) = (1, true, String::new());
        for c in group.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 1 => first = true,
                c if first && depth == 1 && (c.is_alphanumeric() || c == '_') => word.push(c),
                _ if !word.is_empty() => {
                    out.push(std::mem::take(&mut word));
                    first = false;
                }
                _ => {}
            }
            if depth == 0 {
                break;
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

/// The parts of `src/domain` in dependency order (issue 13): core → sections → plan →
/// command/apply → document. A part may use the parts of earlier layers only; a section may
/// also use another section, as long as no circle forms among them. A new part of the domain
/// must be placed here, or this test fails.
const DOMAIN_LAYERS: &[&[&str]] = &[
    &["core"],
    &[
        "health",
        "board",
        "journey",
        "objectives",
        "creative",
        "engagement",
    ],
    &["plan", "command"],
    &["links"],
    &["apply", "history", "outline"],
    &["document"],
];

/// The part of the domain each name that `domain/mod.rs` re-exports comes from.
const DOMAIN_REEXPORTS: &[(&str, &str)] = &[
    ("Plan", "plan"),
    ("PlanMeta", "plan"),
    ("Command", "command"),
    ("PlanCommand", "command"),
    ("HealthCommand", "health"),
    ("BoardCommand", "board"),
    ("JourneyCommand", "journey"),
    ("ObjectivesCommand", "objectives"),
    ("CreativeCommand", "creative"),
    ("EngagementCommand", "engagement"),
    ("DomainError", "core"),
    ("CardId", "core"),
    ("PlanId", "core"),
    ("Timestamp", "core"),
    ("Locale", "core"),
    ("History", "history"),
    ("apply", "apply"),
    ("Applied", "apply"),
];

fn domain_layer(part: &str) -> Option<usize> {
    DOMAIN_LAYERS.iter().position(|layer| layer.contains(&part))
}

/// Every use of one part of the domain by another, as (user, used, file).
fn domain_uses() -> Vec<(String, String, String)> {
    let domain = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let mut files = Vec::new();
    rust_files(&domain, &mut files);
    let mut uses = Vec::new();
    for file in &files {
        let Ok(rel) = file.strip_prefix(&domain) else {
            continue;
        };
        let Some(first) = rel.components().next() else {
            continue;
        };
        let own = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if own == "mod" {
            continue; // the domain's root declares and re-exports every part
        }
        let text = fs::read_to_string(file).unwrap_or_default();
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let mut named: Vec<(String, bool)> = names_after(&code, "crate::domain::")
            .into_iter()
            .map(|n| (n, true))
            .collect();
        // How deep the file's module is below the domain: `super::` names the domain from a
        // module at the root (`plan.rs`, `board/mod.rs`), `super::super::` from one a level
        // down (`board/command.rs`). What follows may also be the file's own item (in a test
        // module), so an unknown name there is not an error.
        let own_file = rel.file_name().is_some_and(|f| f == "mod.rs");
        let level = rel.components().count() - usize::from(own_file);
        let up = match level {
            1 => "super::",
            2 => "super::super::",
            _ => "",
        };
        if !up.is_empty() {
            let deeper = format!("{up}super::");
            let from_up: Vec<String> = names_after(&code.replace(&deeper, ""), up);
            named.extend(from_up.into_iter().map(|n| (n, false)));
        }
        for (name, must_know) in named {
            if name == "self" {
                continue; // `use crate::domain::{self, …}`
            }
            let part = DOMAIN_REEXPORTS
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(name.clone(), |(_, p)| (*p).to_owned());
            if !must_know && domain_layer(&part).is_none() {
                continue;
            }
            if part != own {
                uses.push((own.clone(), part, file.display().to_string()));
            }
        }
    }
    uses
}

/// No circle of dependencies inside `src/domain` (issue 13): each part uses only parts of
/// earlier layers (see [`DOMAIN_LAYERS`]), and the sections' uses of each other form no circle.
#[test]
fn domain_dependencies_run_one_way() {
    let uses = domain_uses();
    assert!(uses.len() > 50, "too few uses found: {}", uses.len());
    let mut hits = Vec::new();
    let mut between_sections: Vec<(String, String)> = Vec::new();
    for (user, used, file) in &uses {
        match (domain_layer(user), domain_layer(used)) {
            (None, _) => hits.push(format!("{file}: part `{user}` is in no layer")),
            (_, None) => hits.push(format!("{file}: uses `{used}`, which is in no layer")),
            (Some(1), Some(1)) => between_sections.push((user.clone(), used.clone())),
            (Some(a), Some(b)) if b >= a => hits.push(format!(
                "{file}: `{user}` (layer {a}) uses `{used}` (layer {b})"
            )),
            _ => {}
        }
    }
    // A circle among the sections: some section reaches itself.
    for &start in DOMAIN_LAYERS[1] {
        let mut seen: Vec<&str> = Vec::new();
        let mut todo = vec![start];
        while let Some(at) = todo.pop() {
            for (user, used) in &between_sections {
                if user == at {
                    if used == start {
                        hits.push(format!("section `{start}` reaches itself through `{at}`"));
                    } else if !seen.contains(&used.as_str()) {
                        seen.push(used);
                        todo.push(used);
                    }
                }
            }
        }
    }
    hits.sort();
    hits.dedup();
    assert!(
        hits.is_empty(),
        "the domain's dependencies do not run one way:\n{}",
        hits.join("\n")
    );
}

/// The longest a source file may be before a reader loses the thread (issue 13).
const MAX_LINES: usize = 500;
/// How a longer file says why, among its first lines.
const LONG_BECAUSE: &str = "//! Longer than 500 lines because ";

/// No source file is over 500 lines unless it says why at the top (a line starting with
/// [`LONG_BECAUSE`] among its first 15), so a long file is a decision someone wrote down, not
/// an accident; and a file that says so must really be long (no stale reasons).
#[test]
fn long_files_say_why() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut bad = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        let lines = text.lines().count();
        let says_why = text
            .lines()
            .take(15)
            .any(|l| l.starts_with(LONG_BECAUSE) && l.len() > LONG_BECAUSE.len() + 10);
        let name = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        if lines > MAX_LINES && !says_why {
            bad.push(format!(
                "{name}: {lines} lines and no \"{LONG_BECAUSE}…\" line at the top"
            ));
        }
        if lines <= MAX_LINES && says_why {
            bad.push(format!("{name}: {lines} lines, yet it says why it is long"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// One module-file style (issue 13): a module with sub-modules is a folder with a `mod.rs`,
/// never a `name.rs` beside a `name/` folder, so a reader finds a module's root in one place.
#[test]
fn modules_with_children_are_folders_with_mod_rs() {
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    let mut hits = Vec::new();
    let mut seen = 0;
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            let has_rust = fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .any(|e| e.path().extension().is_some_and(|x| x == "rs"));
            if has_rust {
                seen += 1;
                if path.with_extension("rs").exists() {
                    hits.push(format!(
                        "{} beside {}",
                        path.with_extension("rs").display(),
                        path.display()
                    ));
                }
                if !path.join("mod.rs").exists() {
                    hits.push(format!("{} has no mod.rs", path.display()));
                }
            }
            dirs.push(path);
        }
    }
    assert!(seen > 10, "folders found: {seen}");
    assert!(
        hits.is_empty(),
        "two module-file styles:\n{}",
        hits.join("\n")
    );
}

/// The longest a component function may be before it hides what it shows (issue 13).
const MAX_COMPONENT_LINES: usize = 120;
/// How a file with a longer component says why, among its first lines.
const LONG_COMPONENT_BECAUSE: &str = "//! A component longer than 120 lines because ";

/// No `#[function_component]` is over 120 lines unless its file says why at the top (a line
/// starting with [`LONG_COMPONENT_BECAUSE`]): a long component is split into smaller ones,
/// hooks and functions, or it is a decision someone wrote down.
#[test]
fn components_are_short() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let (mut hits, mut seen) = (Vec::new(), 0);
    for file in &files {
        let text = fs::read_to_string(file).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let excused = lines
            .iter()
            .take(15)
            .any(|l| l.starts_with(LONG_COMPONENT_BECAUSE));
        for (at, line) in lines.iter().enumerate() {
            if !line.trim_start().starts_with("#[function_component") {
                continue;
            }
            let Some(start) = (at + 1..lines.len()).find(|&i| {
                let l = lines[i].trim_start();
                l.starts_with("fn ") || l.starts_with("pub fn ") || l.starts_with("pub(")
            }) else {
                continue;
            };
            let indent = lines[start].len() - lines[start].trim_start().len();
            let end = format!("{}}}", " ".repeat(indent));
            let Some(stop) = (start + 1..lines.len()).find(|&i| lines[i].trim_end() == end) else {
                continue;
            };
            seen += 1;
            let length = stop - start + 1;
            if length > MAX_COMPONENT_LINES && !excused {
                hits.push(format!(
                    "{}:{}: {} is {length} lines",
                    file.display(),
                    start + 1,
                    lines[start].trim()
                ));
            }
        }
    }
    assert!(seen > 50, "components found: {seen}");
    assert!(
        hits.is_empty(),
        "components over {MAX_COMPONENT_LINES} lines, and no \"{LONG_COMPONENT_BECAUSE}…\" line:\n{}",
        hits.join("\n")
    );
}

/// The README's layout tables name every folder of `src/` and every part of the domain
/// (issue 13), so a newcomer finds the room for any line by its name.
#[test]
fn the_readme_names_every_folder_and_domain_part() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(root.join("README.md")).unwrap_or_default();
    let mut missing = Vec::new();
    for entry in fs::read_dir(root.join("src"))
        .into_iter()
        .flatten()
        .flatten()
    {
        if entry.path().is_dir() {
            let name = format!("`src/{}/`", entry.file_name().to_string_lossy());
            if !readme.contains(&name) {
                missing.push(name);
            }
        }
    }
    for part in DOMAIN_LAYERS.iter().flat_map(|layer| layer.iter()) {
        let dir = root.join("src/domain").join(part);
        let name = if dir.is_dir() {
            format!("`{part}/`")
        } else {
            format!("`{part}.rs`")
        };
        if !readme.contains(&name) {
            missing.push(name);
        }
    }
    assert!(
        missing.len() < 100 && readme.len() > 1000,
        "README not read"
    );
    assert!(
        missing.is_empty(),
        "the README's layout does not name: {}",
        missing.join(", ")
    );
}
