//! The curriculum map: every module with its objectives and exercises, as
//! Markdown, for facilitators planning a workshop day
//! (`docs/curriculum-map.md` is this, for the built-in pack; a test keeps
//! it in step with the content). `cargo run --example curriculum_map -- [LANG]`
//! prints it.

use std::fmt::Write;

use super::Pack;
use super::model::Step;

/// One line of a text: its first line, at most `max` characters.
fn short(text: &str, max: usize) -> String {
    let line = text.lines().next().unwrap_or_default().replace('|', "\\|");
    if line.chars().count() <= max {
        line
    } else {
        let cut: String = line.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The map of `pack` in `lang`.
pub fn curriculum_map(pack: &Pack, lang: &str) -> String {
    let fallback = pack.fallback_language();
    let t = |text: &super::Text| text.get(lang, fallback).to_owned();
    let mut out = String::new();
    let exercises: usize = pack
        .modules
        .iter()
        .flat_map(|m| &m.steps)
        .filter(|s| s.kind().is_some())
        .count();
    let minutes: u32 = pack.modules.iter().map(|m| m.minutes).sum();
    let _ = writeln!(out, "# Curriculum map: {}\n", t(&pack.info.title));
    let _ = writeln!(
        out,
        "Pack `{}` version {} — modules: {} ({} min in all); exercises: {}; self-assessments: {}; glossary terms: {}; languages: {}.\n",
        pack.info.id,
        pack.info.version,
        pack.modules.len(),
        minutes,
        exercises,
        pack.checklists.len(),
        pack.glossary.terms.len(),
        pack.info.languages.join(", ")
    );
    let _ = writeln!(
        out,
        "Generated from the pack (`cargo run --example curriculum_map`); a test fails when it is out of date.\n"
    );
    let _ = writeln!(out, "## Planning a day\n");
    let _ = writeln!(out, "| # | module | minutes | exercises | best after |");
    let _ = writeln!(out, "|---|---|---|---|---|");
    for (i, m) in pack.modules.iter().enumerate() {
        let count = m.steps.iter().filter(|s| s.kind().is_some()).count();
        let after: Vec<String> = m
            .prerequisites
            .iter()
            .filter_map(|p| pack.modules.iter().position(|x| x.id == *p))
            .map(|n| (n + 1).to_string())
            .collect();
        let _ = writeln!(
            out,
            "| {} | [{}](#{}) | {} | {} | {} |",
            i + 1,
            t(&m.title),
            m.id,
            m.minutes,
            count,
            if after.is_empty() {
                "—".to_owned()
            } else {
                after.join(", ")
            }
        );
    }
    for (i, m) in pack.modules.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n## <a id=\"{}\"></a>{}. {}\n",
            m.id,
            i + 1,
            t(&m.title)
        );
        let _ = writeln!(out, "{} ({} min)\n", t(&m.summary), m.minutes);
        let _ = writeln!(out, "Objectives:\n");
        for o in &m.objectives {
            let _ = writeln!(out, "- {}", t(o));
        }
        let _ = writeln!(out, "\n| step | kind | id | what the learner does |");
        let _ = writeln!(out, "|---|---|---|---|");
        for (n, s) in m.steps.iter().enumerate() {
            let (kind, text) = match s {
                Step::Lesson(l) => ("lesson".to_owned(), t(&l.title)),
                other => (
                    other.kind().map_or("", |k| k.name()).to_owned(),
                    other.prompt().map(&t).unwrap_or_default(),
                ),
            };
            let _ = writeln!(
                out,
                "| {} | {} | `{}` | {} |",
                n + 1,
                kind,
                s.id(),
                short(&text, 120)
            );
        }
    }
    if !pack.checklists.is_empty() {
        let _ = writeln!(out, "\n## Self-assessments\n");
        for c in &pack.checklists {
            let items: usize = c.dimensions.iter().map(|d| d.items.len()).sum();
            let _ = writeln!(
                out,
                "- **{}** (`{}`): {} dimensions, {} items — {}",
                t(&c.title),
                c.id,
                c.dimensions.len(),
                items,
                c.dimensions
                    .iter()
                    .map(|d| format!("{} ({})", t(&d.title), d.weight))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    out
}
