//! Helpers for tests that build small packs in memory.

#![allow(dead_code, reason = "each test file uses a different subset")]

pub mod ui;

use puente::content::{self, Diagnostic, Loaded, PackSource, Severity};

pub const PACK: &str = r#"Pack(
    id: "test-pack",
    format: 1,
    version: "1.0.0",
    title: "Test pack",
    languages: ["en"],
    authors: ["Test author"],
    licence: "CC BY 4.0",
)
"#;

pub const GLOSSARY: &str = r#"Glossary(
    terms: [
        (id: "patent", term: "Patent", definition: "A time-limited exclusive right."),
        (id: "prior-art", term: "Prior art", definition: "Everything public before filing.", see_also: ["patent"]),
    ],
)
"#;

pub const MODULE_A: &str = r#"Module(
    id: "a",
    title: "Module A",
    summary: "The first module.",
    minutes: 15,
    objectives: ["Know things."],
    steps: [
        Lesson(id: "intro", title: "Intro", body: "A [patent](glossary:patent) ([TRIPS art. 28](source:trips)) is a right."),
        SingleChoice(
            id: "q1",
            prompt: "Pick one.",
            options: [
                (id: "x", text: "Right", correct: true, feedback: "Yes."),
                (id: "y", text: "Wrong", feedback: "No."),
            ],
            explanation: "Because.",
        ),
    ],
    reviewed: "2026-11-27",
    sources: [
        (
            id: "trips",
            kind: Primary,
            title: "Agreement on Trade-Related Aspects of Intellectual Property Rights",
            issuer: "World Trade Organization",
            url: "https://www.wto.org/english/docs_e/legal_e/27-trips.pdf",
            consulted: "2026-11-27",
        ),
    ],
)
"#;

pub const MODULE_B: &str = r#"Module(
    id: "b",
    title: "Module B",
    summary: "The second module.",
    minutes: 20,
    prerequisites: ["a"],
    objectives: ["Know more."],
    reviewed: "2026-11-20",
    sources: [
        (id: "guide", kind: Secondary, title: "A guide", issuer: "Someone", citation: "A guide, 2nd edition, p. 12", consulted: "2026-11"),
    ],
    steps: [
        TrueFalse(id: "tf", prompt: "Is it so?", answer: true, explanation: "It is."),
    ],
)
"#;

pub const CHECKLIST: &str = r#"Checklist(
    id: "c",
    title: "Check",
    summary: "A checklist.",
    reviewed: "2026-11-27",
    sources: [(id: "trl", kind: Primary, title: "Technology readiness levels", issuer: "NIH", url: "https://example.org/trl", consulted: "2026-11-27")],
    scale: (
        levels: [(value: 0, label: "No"), (value: 1, label: "Partly"), (value: 2, label: "Yes")],
        not_applicable: "Not applicable",
    ),
    dimensions: [
        (id: "d1", title: "One", weight: 60, items: [(id: "i1", text: "Item", help: "Help.")]),
        (id: "d2", title: "Two", weight: 40, items: [(id: "i2", text: "Item 2", help: "Help.", weight: 2)]),
    ],
    bands: [
        (id: "low", min: 0, max: 49, title: "Low", advice: "Work on it.", modules: ["a"]),
        (id: "high", min: 50, max: 100, title: "High", advice: "Go ahead."),
    ],
)
"#;

/// The valid base pack, as `(path, text)` pairs.
pub fn base() -> Vec<(String, String)> {
    vec![
        ("pack.ron".into(), PACK.into()),
        ("glossary.ron".into(), GLOSSARY.into()),
        ("modules/a.ron".into(), MODULE_A.into()),
        ("modules/b.ron".into(), MODULE_B.into()),
        ("checklists/c.ron".into(), CHECKLIST.into()),
    ]
}

pub fn load_files(files: Vec<(String, Vec<u8>)>) -> Loaded {
    content::load(&PackSource::in_memory("pack", files))
}

/// The marker tests put where they expect a diagnostic.
pub const HERE: &str = "⟦here⟧";

/// Load the base pack with `rel` replaced by (or added as) `text`, where
/// `text` holds [`HERE`] once at the expected position. Returns the
/// diagnostics and the expected `pack/rel:line:col` prefix.
pub fn load_with(rel: &str, text: &str) -> (Vec<Diagnostic>, String) {
    let at = text
        .find(HERE)
        .expect("the test text marks the expected position");
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let clean = text.replacen(HERE, "", 1);
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| r != rel)
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push((rel.to_owned(), clean.into_bytes()));
    (
        load_files(files).diagnostics,
        format!("pack/{rel}:{line}:{col}"),
    )
}

/// Asserts a diagnostic of `severity` at the marked position whose message
/// contains every one of `parts`.
#[track_caller]
pub fn expect_at(rel: &str, text: &str, severity: Severity, parts: &[&str]) {
    let (diagnostics, prefix) = load_with(rel, text);
    let wanted = format!("{prefix}: {severity}: ");
    let found = diagnostics.iter().any(|d| {
        let line = d.to_string();
        line.starts_with(&wanted) && parts.iter().all(|p| line.contains(p))
    });
    assert!(
        found,
        "expected `{wanted}…` containing {parts:?}; got:\n{}",
        diagnostics
            .iter()
            .map(|d| format!("  {d}\n"))
            .collect::<String>()
    );
}

/// Replace `from` (which must occur) by `to` in one of the base texts.
#[track_caller]
pub fn edit(base_text: &str, from: &str, to: &str) -> String {
    assert!(base_text.contains(from), "the base text has no {from:?}");
    base_text.replacen(from, to, 1)
}

pub fn is_clean(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.is_empty()
}

pub fn show(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(|d| format!("{d}\n")).collect()
}

pub const ERROR: Severity = Severity::Error;
pub const WARNING: Severity = Severity::Warning;

/// Write `files` (`(path, text)`) as a pack folder under `dir`.
pub fn write_pack(dir: &std::path::Path, files: &[(String, String)]) {
    for (rel, text) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("inside the pack")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
}

/// An answer event for `session`, as the app records it.
pub fn answer_event(
    session: &puente::progress::ProfileSession,
    step: &str,
    answer: puente::progress::Answer,
) -> puente::progress::Event {
    puente::progress::Event {
        v: puente::progress::EVENT_FORMAT,
        id: uuid::Uuid::new_v4(),
        profile: session.profile.id,
        device: session.device(),
        at: jiff::Timestamp::now(),
        pack: "puente-core".into(),
        pack_version: "0.1.0".into(),
        body: puente::progress::EventBody::Answered {
            module: "ip-basics".into(),
            step: step.into(),
            answer,
            score: None,
            correct: None,
        },
    }
}

/// An answer event for a step of `ip-basics` (a choice of "no-natural", as
/// the 0.2.0 pack keyed it): stores and bundles do not read it against the
/// content.
pub fn event(session: &puente::progress::ProfileSession, step: &str) -> puente::progress::Event {
    answer_event(
        session,
        step,
        puente::progress::Answer::Choice {
            option: "no-natural".into(),
        },
    )
}

/// A data folder with one profile.
pub fn store_with_profile(dir: &std::path::Path) -> (puente::progress::Store, uuid::Uuid) {
    let (store, notices) = puente::progress::Store::open(dir).expect("opens");
    assert!(notices.is_empty(), "{notices:?}");
    let profile = store
        .create_profile("Ana María Núñez", "es")
        .expect("created");
    (store, profile.id)
}
