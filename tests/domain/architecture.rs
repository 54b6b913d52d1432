//! The rules ARCHITECTURE.md states about the code, checked on the code:
//! which folders may import egui, which files may touch the disk, that no
//! module imports one that imports it back, that screens see the view and
//! not the app, and how large a file may grow.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// One source file: its path, its module path and its code without
/// comments and without the unit tests at its end.
struct Source {
    path: String,
    module: Vec<String>,
    code: String,
    lines: usize,
}

fn sources() -> Vec<Source> {
    let mut out = Vec::new();
    let mut stack = vec![Path::new("src").to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("a folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = fs::read_to_string(&path).expect("read");
            let code = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .lines()
                .map(|l| l.split("//").next().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\n");
            let rel = path
                .strip_prefix("src")
                .expect("under src")
                .with_extension("");
            let mut module: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module.last().is_some_and(|m| m == "mod") {
                module.pop();
            }
            if module == ["lib"] || module == ["main"] {
                module.clear();
            }
            out.push(Source {
                path: path.display().to_string(),
                module,
                code,
                lines: text.lines().count(),
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    assert!(out.len() > 50, "the sources are found");
    out
}

fn under<'a>(sources: &'a [Source], folder: &str) -> impl Iterator<Item = &'a Source> {
    let folder = format!("src/{folder}");
    sources.iter().filter(move |s| s.path.starts_with(&folder))
}

/// Ways code reaches the file system itself.
const FILE_ACCESS: [&str; 9] = [
    "std::fs",
    "fs::",
    "File::",
    "OpenOptions",
    ".exists()",
    ".is_dir()",
    ".is_file()",
    ".metadata(",
    "read_link(",
];

fn touches_files(code: &str) -> Option<&'static str> {
    FILE_ACCESS.into_iter().find(|p| code.contains(p))
}

#[test]
fn the_domain_never_imports_egui() {
    let sources = sources();
    for folder in ["content", "progress", "assess", "report", "cohort", "i18n"] {
        for s in under(&sources, folder) {
            for needle in ["egui", "eframe", "rfd::"] {
                assert!(
                    !s.code.contains(needle),
                    "{} uses {needle}: the domain knows nothing of the window",
                    s.path
                );
            }
        }
    }
}

#[test]
fn the_window_never_touches_files() {
    let sources = sources();
    for s in under(&sources, "ui") {
        if let Some(how) = touches_files(&s.code) {
            panic!(
                "{} touches the file system ({how}); ask the store or the content's source",
                s.path
            );
        }
    }
}

#[test]
fn only_the_store_touches_files_in_progress_and_only_source_in_content() {
    let sources = sources();
    for s in under(&sources, "progress") {
        let allowed =
            s.path.starts_with("src/progress/store/") || s.path == "src/progress/fault.rs";
        if let Some(how) = touches_files(&s.code).filter(|_| !allowed) {
            panic!(
                "{} touches the file system ({how}): only store/ may",
                s.path
            );
        }
    }
    for s in under(&sources, "content") {
        if let Some(how) = touches_files(&s.code).filter(|_| s.path != "src/content/source.rs") {
            panic!(
                "{} touches the file system ({how}): only source.rs may",
                s.path
            );
        }
    }
    for folder in ["assess", "report", "cohort", "i18n"] {
        for s in under(&sources, folder) {
            if let Some(how) = touches_files(&s.code) {
                panic!("{} touches the file system ({how})", s.path);
            }
        }
    }
}

/// Files someone else made are read with `files::read_regular`: a FIFO or
/// a device can never hang a command, a huge file never exhaust memory.
#[test]
fn files_from_elsewhere_are_read_only_as_regular_files() {
    for s in sources() {
        for needle in ["fs::read(", "fs::read_to_string(", "File::open("] {
            let allowed = s.path == "src/files.rs"
                // Fsyncing a folder or a file Puente just wrote.
                || (needle == "File::open(" && s.path.starts_with("src/progress/store/"));
            assert!(
                allowed || !s.code.contains(needle),
                "{} reads with {needle}; use files::read_regular",
                s.path
            );
        }
    }
}

/// What every module imports from the crate, by module path: `use`
/// statements (with their braces) and paths written out in the code.
fn imports(sources: &[Source]) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules: BTreeSet<Vec<String>> = sources.iter().map(|s| s.module.clone()).collect();
    let mut edges = BTreeMap::new();
    for s in sources {
        let mut paths = Vec::new();
        for statement in s.code.split(';') {
            // Attributes (`#[allow(…)]`, `#[cfg(…)]`) before a `use`.
            let statement = statement
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .collect::<Vec<_>>()
                .join(" ");
            let statement = statement.trim();
            if let Some(used) = statement
                .strip_prefix("use ")
                .or_else(|| statement.strip_prefix("pub use "))
                .or_else(|| statement.strip_prefix("pub(crate) use "))
                .or_else(|| statement.strip_prefix("pub(super) use "))
            {
                paths.extend(expand(&used.replace(char::is_whitespace, "")));
            }
        }
        // Paths written out: `crate::a::b`, `super::a`.
        for word in s
            .code
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        {
            if word.starts_with("crate::") || word.starts_with("super::") {
                paths.push(word.to_owned());
            }
        }
        let mut targets = BTreeSet::new();
        for path in paths {
            let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
            let mut at: Vec<String> = match parts.first() {
                Some(&"crate") => {
                    parts.remove(0);
                    Vec::new()
                }
                Some(&"super") => {
                    let mut at = s.module.clone();
                    while parts.first() == Some(&"super") {
                        parts.remove(0);
                        at.pop();
                    }
                    at
                }
                Some(&"self") => {
                    parts.remove(0);
                    s.module.clone()
                }
                _ => continue,
            };
            let mut found = None;
            for part in parts {
                at.push(part.to_owned());
                if modules.contains(&at) {
                    found = Some(at.clone());
                } else {
                    break;
                }
            }
            // A module's own ancestors are where it lives, not imports.
            if let Some(target) = found
                && target != s.module
                && !s.module.starts_with(&target)
            {
                targets.insert(target);
            }
        }
        edges.insert(s.module.clone(), targets);
    }
    edges
}

/// `a::{b, c::{d, e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        return vec![tree.to_owned()];
    };
    let prefix = &tree[..open];
    let inner = tree[open + 1..]
        .strip_suffix('}')
        .unwrap_or(&tree[open + 1..]);
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(&format!("{prefix}{p}")))
        .collect()
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let edges = imports(&sources());
    // Every module that can reach itself again through imports.
    let mut cycles = Vec::new();
    for start in edges.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&Vec<String>> = edges[start].iter().collect();
        while let Some(at) = stack.pop() {
            if at == start {
                cycles.push(start.join("::"));
                break;
            }
            if seen.insert(at) {
                stack.extend(edges.get(at).into_iter().flatten());
            }
        }
    }
    assert!(cycles.is_empty(), "in an import cycle: {cycles:?}");
    // The two the code review found stay broken.
    let ui_app = vec!["ui".to_owned(), "app".to_owned()];
    assert!(
        edges[&vec!["ui".to_owned(), "home".to_owned()]]
            .iter()
            .all(|t| !t.starts_with(&ui_app))
    );
}

/// Screens read the view and return actions; only the app, which draws
/// them, knows them all.
#[test]
fn screens_see_the_view_and_not_the_app_or_each_other() {
    let sources = sources();
    let edges = imports(&sources);
    let screens = [
        "assessment",
        "dashboard",
        "exercise",
        "glossary",
        "home",
        "player",
        "presenter",
        "profiles",
        "results",
        "review",
        "search",
        "settings",
        "sources",
        "summary",
    ];
    let is_screen = |m: &[String]| m.len() >= 2 && m[0] == "ui" && screens.contains(&m[1].as_str());
    for (module, targets) in &edges {
        if !is_screen(module) {
            continue;
        }
        for target in targets {
            assert!(
                !(target.len() >= 2 && target[0] == "ui" && target[1] == "app"),
                "{} imports the app; screens import ui::view",
                module.join("::")
            );
            // The player draws the exercise and shows a lesson's sources;
            // the review session asks an exercise again.
            let allowed = matches!(
                (module[1].as_str(), target.get(1).map(String::as_str)),
                ("player", Some("exercise" | "sources"))
                    | ("review", Some("exercise"))
                    | ("results" | "summary", Some("sources"))
            );
            assert!(
                !is_screen(target) || target[1] == module[1] || allowed,
                "{} imports the screen {}",
                module.join("::"),
                target.join("::")
            );
        }
    }
}

/// A file grows past about 600 lines only with a reason; split it by what
/// it holds instead (ARCHITECTURE.md).
#[test]
fn no_source_file_is_over_about_six_hundred_lines() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter(|s| s.lines > 650)
        .map(|s| format!("{} ({} lines)", s.path, s.lines))
        .collect();
    assert!(long.is_empty(), "split these: {long:?}");
}

/// Nothing saved is ever an empty default: a value that cannot be
/// serialised is an error (`StoreError::Encode`), not an empty line.
#[test]
fn saving_never_serialises_to_a_default() {
    for s in sources() {
        for line in s.code.lines() {
            assert!(
                !(line.contains("to_vec") && line.contains("unwrap_or_default")),
                "{}: {line}",
                s.path
            );
        }
    }
}
