//! Knock-out gates, levels and worked cases in checklists: every rule with
//! its position, in three languages, and the shipped checklists' results.

use crate::common;

use common::*;
use puente::content::{Severity, load, source};

/// The base checklist with `extra` fields added before its closing `)`.
fn with(extra: &str) -> String {
    let base = CHECKLIST.trim_end();
    let body = base.strip_suffix(')').expect("the checklist ends with )");
    format!("{body}{extra}\n)\n")
}

const C: &str = "checklists/c.ron";

#[test]
fn a_well_formed_checklist_with_gates_levels_and_cases_is_clean() {
    let text = with(
        r#"    gates: [(id: "g", item: "i1", cap: "low", advice: "Stop.", modules: ["a"])],
    levels: [
        (value: 1, title: "One", items: ["i1"], band: "low"),
        (value: 2, title: "Two", items: ["i2"], not_applicable: ["i2"], band: "high"),
    ],
    cases: [
        (id: "top", others: 2, level: 2, band: "high", gates: []),
        (id: "knocked", others: 2, answers: {"i1": 0}, band: "low", gates: ["g"]),
        (id: "skipped", answers: {"i1": 2}, not_applicable: ["i2"], level: 2),
    ],"#,
    );
    let (diagnostics, _) = load_with(C, &format!("⟦here⟧{text}"));
    assert!(is_clean(&diagnostics), "{}", show(&diagnostics));
}

#[test]
fn gate_rules_with_positions() {
    expect_at(
        C,
        &with(r#"    gates: [(id: "g", item: ⟦here⟧"i3", cap: "low", advice: "Stop.")],"#),
        Severity::Error,
        &[
            "gate: \"i3\" is not an item of this checklist",
            "did you mean \"i1\"",
        ],
    );
    expect_at(
        C,
        &with(r#"    gates: [(id: "g", item: "i1", cap: ⟦here⟧"lo", advice: "Stop.")],"#),
        Severity::Error,
        &[
            "\"lo\" is not a band of this checklist",
            "did you mean \"low\"",
        ],
    );
    expect_at(
        C,
        &with(
            r#"    gates: [(id: "g", item: "i1", ratings: [0, ⟦here⟧3], cap: "low", advice: "Stop.")],"#,
        ),
        Severity::Error,
        &["3 is not a value of the scale (0–2)"],
    );
    expect_at(
        C,
        &with(
            r#"    gates: [(id: "g", item: "i1", ratings: ⟦here⟧[], cap: "low", advice: "Stop.")],"#,
        ),
        Severity::Error,
        &["the gate can never trigger"],
    );
    expect_at(
        C,
        &with(r#"    gates: [(id: "g", item: "i1", cap: ⟦here⟧"high", advice: "Stop.")],"#),
        Severity::Warning,
        &["the highest band, so it never lowers the advice"],
    );
    expect_at(
        C,
        &with(
            r#"    gates: [(id: "g", item: "i1", cap: "low", advice: "Stop."), (id: ⟦here⟧"g", item: "i2", cap: "low", advice: "Also.")],"#,
        ),
        Severity::Error,
        &["duplicate gate id \"g\""],
    );
    expect_at(
        C,
        &with(r#"    gates: [(id: "g", item: "i1", cap: "low", advice: ⟦here⟧"")],"#),
        Severity::Error,
        &["the advice is empty"],
    );
}

#[test]
fn level_rules_with_positions() {
    expect_at(
        C,
        &with(r#"    levels: [(value: 1, title: "One", items: ⟦here⟧[], band: "low")],"#),
        Severity::Error,
        &["level 1 lists no items"],
    );
    expect_at(
        C,
        &with(
            r#"    levels: [(value: 1, title: "One", items: ["i1"], band: "low"), (value: 2, title: "Two", items: ["i2", ⟦here⟧"i1"], band: "high")],"#,
        ),
        Severity::Error,
        &["\"i1\" is already required by level 1"],
    );
    expect_at(
        C,
        &with(
            r#"    levels: [(value: 2, title: "One", items: ["i1"], band: "low"), (value: ⟦here⟧2, title: "Two", items: ["i2"], band: "high")],"#,
        ),
        Severity::Error,
        &["level values must increase: 2 comes after 2"],
    );
    expect_at(
        C,
        &with(r#"    levels: [(value: 1, title: "One", items: [⟦here⟧"x"], band: "low")],"#),
        Severity::Error,
        &["level: \"x\" is not an item of this checklist"],
    );
    expect_at(
        C,
        &with(r#"    levels: [(value: 1, title: "One", items: ["i1"], band: ⟦here⟧"hihg")],"#),
        Severity::Error,
        &["\"hihg\" is not a band", "did you mean \"high\""],
    );
    expect_at(
        C,
        &with(
            r#"    levels: [(value: 1, title: "One", items: ["i1"], not_applicable: [⟦here⟧"i2"], band: "low")],"#,
        ),
        Severity::Error,
        &["\"i2\" is not one of the items of level 1"],
    );
    expect_at(
        C,
        &with(
            r#"    levels: [(value: 1, title: "One", items: ["i1"], band: "high"), (value: 2, title: "Two", items: ["i2"], band: ⟦here⟧"low")],"#,
        ),
        Severity::Warning,
        &["level 2 gives the band \"low\", lower than \"high\" of level 1"],
    );
}

#[test]
fn case_rules_with_positions() {
    expect_at(
        C,
        &with(r#"    cases: [(id: "k", answers: {⟦here⟧"i9": 2}, band: "high")],"#),
        Severity::Error,
        &["case: \"i9\" is not an item of this checklist"],
    );
    expect_at(
        C,
        &with(r#"    cases: [(id: "k", answers: {"i1": ⟦here⟧7}, band: "high")],"#),
        Severity::Error,
        &["7 is not a value of the scale"],
    );
    expect_at(
        C,
        &with(r#"    cases: [(id: ⟦here⟧"k", others: 2)],"#),
        Severity::Error,
        &["the case \"k\" expects nothing"],
    );
    expect_at(
        C,
        &with(r#"    cases: [(id: "k", others: 2, level: ⟦here⟧1)],"#),
        Severity::Error,
        &["the checklist has no `levels`"],
    );
    expect_at(
        C,
        &with(r#"    cases: [(id: "k", others: 2, gates: [⟦here⟧"gg"])],"#),
        Severity::Error,
        &["\"gg\" is not a gate of this checklist"],
    );
    expect_at(
        C,
        &with(
            r#"    cases: [(id: "k", answers: {"i1": 2}, not_applicable: [⟦here⟧"i1"], band: "high")],"#,
        ),
        Severity::Error,
        &["\"i1\" is both rated"],
    );
}

#[test]
fn a_case_with_another_result_is_an_error_at_its_expectation() {
    // i1 = 0 and i2 = 2: 40 → "low".
    expect_at(
        C,
        &with(r#"    cases: [(id: "k", answers: {"i1": 0, "i2": 2}, band: ⟦here⟧"high")],"#),
        Severity::Error,
        &["the case \"k\" gives the band \"low\" (score 40), but it expects \"high\""],
    );
    expect_at(
        C,
        &with(r#"    cases: [(id: "k", answers: {"i1": 2}, band: ⟦here⟧"high")],"#),
        Severity::Error,
        &["gives no band, because 1 answer is missing"],
    );
    expect_at(
        C,
        &with(
            r#"    levels: [(value: 1, title: "One", items: ["i1"], band: "low"), (value: 2, title: "Two", items: ["i2"], band: "high")],
    cases: [(id: "k", others: 2, answers: {"i2": 1}, level: ⟦here⟧2)],"#,
        ),
        Severity::Error,
        &["reaches level 1, but it expects level 2"],
    );
    expect_at(
        C,
        &with(
            r#"    gates: [(id: "g", item: "i1", cap: "low", advice: "Stop.")],
    cases: [(id: "k", others: 0, gates: ⟦here⟧[])],"#,
        ),
        Severity::Error,
        &["triggers the gates \"g\", but it expects –"],
    );
    // A broken checklist does not score its cases: only the real error shows.
    let text = with(
        r#"    gates: [(id: "g", item: "nope", cap: "low", advice: "Stop.")],
    cases: [(id: "k", others: 0, band: "high")],"#,
    );
    let (diagnostics, _) = load_with(C, &format!("⟦here⟧{text}"));
    let shown = show(&diagnostics);
    assert_eq!(diagnostics.len(), 1, "{shown}");
    assert!(shown.contains("\"nope\""), "{shown}");
}

#[test]
fn messages_in_spanish_and_portuguese() {
    let text = with(r#"    cases: [(id: "k", answers: {"i1": 0, "i2": 2}, band: "high")],"#);
    let (diagnostics, _) = load_with(C, &format!("⟦here⟧{text}"));
    let d = diagnostics.first().expect("one finding");
    let es = d.display_in(&puente::i18n::I18n::new("es"));
    assert!(
        es.contains("el caso \"k\" da la franja \"low\" (puntaje 40), pero espera \"high\""),
        "{es}"
    );
    let pt = d.display_in(&puente::i18n::I18n::new("pt"));
    assert!(
        pt.contains("o caso \"k\" dá a faixa \"low\" (nota 40), mas espera \"high\""),
        "{pt}"
    );
}

fn shipped() -> puente::content::Pack {
    let loaded = load(&source::embedded());
    assert!(!loaded.has_errors(), "{}", show(&loaded.diagnostics));
    loaded.pack.expect("the shipped pack loads")
}

#[test]
fn the_shipped_checklists_carry_gates_levels_and_cases() {
    let pack = shipped();
    let get = |id: &str| {
        pack.checklists
            .iter()
            .find(|c| c.id.as_str() == id)
            .expect("shipped checklist")
    };
    let rtf = get("ready-to-file");
    for item in [
        "own-disclosures",
        "not-method-of-treatment",
        "not-natural",
        "contributors",
        "employment-funding",
        "co-owners",
    ] {
        assert!(
            rtf.gates.iter().any(|g| g.item.as_str() == item),
            "a gate on {item}"
        );
    }
    assert!(get("health-tech-readiness").levels.len() >= 6);
    assert!(!get("tto-maturity").levels.is_empty());
    for c in &pack.checklists {
        assert!(c.cases.len() >= 5, "{} has worked cases", c.id);
        for k in &c.cases {
            assert_eq!(
                puente::assess::checklist::check_case(c, k),
                vec![],
                "{} / {}",
                c.id,
                k.id
            );
        }
    }
}

#[test]
fn the_dangerous_combinations_of_the_review_no_longer_mislead() {
    use std::collections::BTreeMap;
    let pack = shipped();
    let get = |id: &str| {
        pack.checklists
            .iter()
            .find(|c| c.id.as_str() == id)
            .expect("shipped checklist")
    };
    let all = |c: &puente::content::model::Checklist, v: u32| -> BTreeMap<String, Option<u32>> {
        c.dimensions
            .iter()
            .flat_map(|d| &d.items)
            .map(|i| (i.id.to_string(), Some(v)))
            .collect()
    };
    // Published outside every grace period, everything else at the top.
    let rtf = get("ready-to-file");
    let mut r = all(rtf, 2);
    r.insert("own-disclosures".into(), Some(0));
    let s = puente::assess::checklist::score(rtf, &r);
    assert!(s.overall.expect("scored") > 90.0);
    assert_eq!(s.uncapped.map(|b| b.id.as_str()), Some("file-now"));
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("not-yet"));
    assert_eq!(s.gates[0].item.as_str(), "own-disclosures");
    // A health technology with no study in people.
    let htr = get("health-tech-readiness");
    let mut r = all(htr, 2);
    for item in [
        "ethics",
        "early-clinical",
        "late-clinical",
        "dossier",
        "approval",
        "post-market",
    ] {
        r.insert(item.into(), Some(0));
    }
    r.insert("protocol".into(), Some(1));
    let s = puente::assess::checklist::score(htr, &r);
    assert_eq!(s.level.map(|l| l.value), Some(5));
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("trl-4-5"));
    assert_eq!(
        s.plan,
        vec!["protocol", "ethics", "early-clinical"],
        "the plan is what TRL 6 still needs"
    );
}

#[test]
fn journals_written_before_gates_and_levels_still_open_and_score() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journal-0.2");
    copy_dir(&fixture, dir.path());
    let (store, notices) = puente::progress::Store::open(dir.path()).expect("opens");
    assert!(notices.is_empty(), "{notices:?}");
    let (profiles, notices) = store.profiles();
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(profiles.len(), 1);
    let opened = store.open_profile(profiles[0].id).expect("opens");
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    let progress = puente::progress::Progress::from_events(&opened.events);
    assert_eq!(progress.runs.len(), 3);
    let pack = shipped();
    for run in progress.runs.values() {
        let c = pack
            .checklists
            .iter()
            .find(|c| c.id.as_str() == run.checklist)
            .expect("the run's checklist still exists");
        let s = puente::assess::checklist::score(c, &run.ratings);
        assert!(s.overall.is_some(), "{} still scores", run.checklist);
        assert_eq!(run.notes.len(), 1, "the note survives");
        let band = s.band.map(|b| b.id.to_string());
        match run.checklist.as_str() {
            "ready-to-file" => {
                assert_eq!(band.as_deref(), Some("not-yet"));
                assert_eq!(s.gates.len(), 1);
            }
            "health-tech-readiness" => {
                assert_eq!(s.level.map(|l| l.value), Some(5));
                assert_eq!(band.as_deref(), Some("trl-4-5"));
            }
            _ => {
                // Every item "partly": no level is complete.
                assert!(s.level.is_none());
                assert_eq!(band.as_deref(), Some("level-0"));
            }
        }
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// C22 of the reliability review: weights of 1e308 passed the checker and
/// made the score NaN. Every number an author writes in a checklist is now
/// range-checked where it stands.
#[test]
fn every_number_of_a_checklist_is_range_checked() {
    let cases = [
        (
            "weight: 60,",
            "weight: ⟦here⟧1e308,",
            "the weight 1e308 is out of range",
        ),
        (
            "weight: 40,",
            "weight: ⟦here⟧0.0000001,",
            "the weight 1e-7 is out of range",
        ),
        (
            "weight: 2)",
            "weight: ⟦here⟧1000001)",
            "the weight 1000001 is out of range",
        ),
        (
            "weight: 2)",
            "weight: ⟦here⟧NaN)",
            "the weight NaN must be greater than 0",
        ),
        (
            "weight: 60,",
            "weight: ⟦here⟧inf,",
            "must be greater than 0",
        ),
        ("weight: 60,", "weight: ⟦here⟧-1,", "must be greater than 0"),
        ("max: 100,", "max: ⟦here⟧4294967295,", "max is 4294967295"),
        (
            "min: 50,",
            "min: ⟦here⟧4294967295,",
            "min 4294967295 is above max 100",
        ),
    ];
    for (from, to, message) in cases {
        expect_at(C, &edit(CHECKLIST, from, to), Severity::Error, &[message]);
    }
    expect_at(
        C,
        &edit(CHECKLIST, "weight: 60,", "weight: ⟦here⟧1e308,"),
        Severity::Error,
        &["weights go from 0.001 to 1000000"],
    );
    // The bounds themselves are allowed.
    let edges = edit(
        &edit(CHECKLIST, "weight: 60,", "weight: 1000000,"),
        "weight: 2)",
        "weight: 0.001)",
    );
    let (diagnostics, _) = load_with(C, &format!("⟦here⟧{edges}"));
    assert!(is_clean(&diagnostics), "{}", show(&diagnostics));
}

#[test]
fn range_messages_in_spanish_and_portuguese() {
    let (diagnostics, _) = load_with(C, &edit(CHECKLIST, "weight: 60,", "weight: ⟦here⟧1e308,"));
    let d = diagnostics.first().expect("one finding");
    let es = d.display_in(&puente::i18n::I18n::new("es"));
    assert!(es.contains("el peso 1e308 está fuera de rango"), "{es}");
    let pt = d.display_in(&puente::i18n::I18n::new("pt"));
    assert!(pt.contains("o peso 1e308 está fora do intervalo"), "{pt}");
}

/// Scale values at the top of what a number can hold neither panic nor
/// give a score outside 0–100, and worked cases on them still check.
#[test]
fn a_scale_at_the_limit_of_its_numbers_scores_soundly() {
    let text = edit(
        CHECKLIST,
        r#"levels: [(value: 0, label: "No"), (value: 1, label: "Partly"), (value: 2, label: "Yes")],"#,
        r#"levels: [(value: 4294967294, label: "No"), (value: 4294967295, label: "Yes")],"#,
    );
    let text = text
        .trim_end()
        .strip_suffix(')')
        .expect("ends with )")
        .to_owned()
        + r#"    cases: [(id: "top", others: 4294967295, band: "high"), (id: "bottom", others: 4294967294, band: "low")],
)
"#;
    let (diagnostics, _) = load_with(C, &format!("⟦here⟧{text}"));
    assert!(is_clean(&diagnostics), "{}", show(&diagnostics));
}

/// The base checklist with a second item in `d1` and `levels` given to it.
fn with_dimension_levels(levels: &str, extra: &str) -> String {
    let text = edit(
        CHECKLIST,
        r#"items: [(id: "i1", text: "Item", help: "Help.")]),"#,
        &format!(
            r#"items: [(id: "i1", text: "Item", help: "Help."), (id: "i3", text: "Item 3", help: "Help.")],
            levels: {levels}),"#
        ),
    );
    let body = text.trim_end().strip_suffix(')').expect("ends with )");
    format!("{body}{extra}\n)\n")
}

#[test]
fn a_well_formed_dimension_level_is_clean() {
    let text = with_dimension_levels(
        r#"[(value: 1, title: "Idea", items: ["i1"]), (value: 3, title: "Proof", items: ["i3"], not_applicable: ["i3"])]"#,
        r#"    cases: [
        (id: "top", others: 2, dimension_levels: {"d1": 3}),
        (id: "halfway", others: 2, answers: {"i3": 1}, dimension_levels: {"d1": 1}, band: "high"),
        (id: "skipped", others: 2, not_applicable: ["i3"], dimension_levels: {"d1": 3}),
    ],"#,
    );
    let (diagnostics, _) = load_with(C, &format!("⟦here⟧{text}"));
    assert!(is_clean(&diagnostics), "{}", show(&diagnostics));
}

#[test]
fn dimension_level_rules_with_positions() {
    expect_at(
        C,
        &with_dimension_levels(
            r#"[(value: 1, title: "Idea", items: ["i1", ⟦here⟧"i2"])]"#,
            "",
        ),
        Severity::Error,
        &["\"i2\" is an item of the dimension \"d2\", not of \"d1\""],
    );
    expect_at(
        C,
        &with_dimension_levels(r#"[(value: 1, title: "Idea", items: [⟦here⟧"i4"])]"#, ""),
        Severity::Error,
        &[
            "\"i4\" is not an item of the dimension \"d1\"",
            "did you mean \"i1\"",
        ],
    );
    expect_at(
        C,
        &with_dimension_levels(r#"[(value: 1, title: "Idea", items: ⟦here⟧[])]"#, ""),
        Severity::Error,
        &["level 1 lists no items"],
    );
    expect_at(
        C,
        &with_dimension_levels(
            r#"[(value: 3, title: "Idea", items: ["i1"]), (value: ⟦here⟧2, title: "Proof", items: ["i3"])]"#,
            "",
        ),
        Severity::Error,
        &["level values must increase: 2 comes after 3"],
    );
    expect_at(
        C,
        &with_dimension_levels(
            r#"[(value: 1, title: "Idea", items: ["i1"]), (value: 2, title: "Proof", items: ["i3", ⟦here⟧"i1"])]"#,
            "",
        ),
        Severity::Error,
        &["\"i1\" is already required by level 1"],
    );
    expect_at(
        C,
        &with_dimension_levels(
            r#"[(value: 1, title: "Idea", items: ["i1"], not_applicable: [⟦here⟧"i3"])]"#,
            "",
        ),
        Severity::Error,
        &["\"i3\" is not one of the items of level 1"],
    );
    expect_at(
        C,
        &with_dimension_levels(r#"[(value: 1, title: ⟦here⟧"", items: ["i1"])]"#, ""),
        Severity::Error,
        &["level title"],
    );
}

#[test]
fn dimension_level_cases_with_positions() {
    let levels =
        r#"[(value: 1, title: "Idea", items: ["i1"]), (value: 2, title: "Proof", items: ["i3"])]"#;
    expect_at(
        C,
        &with_dimension_levels(
            levels,
            r#"    cases: [(id: "k", others: 2, answers: {"i3": 0}, dimension_levels: {"d1": ⟦here⟧2})],"#,
        ),
        Severity::Error,
        &["the case \"k\" brings the dimension \"d1\" to level 1, but it expects level 2"],
    );
    expect_at(
        C,
        &with_dimension_levels(
            levels,
            r#"    cases: [(id: "k", others: 0, dimension_levels: {"d1": ⟦here⟧1})],"#,
        ),
        Severity::Error,
        &["brings the dimension \"d1\" to level –, but it expects level 1"],
    );
    expect_at(
        C,
        &with_dimension_levels(
            levels,
            r#"    cases: [(id: "k", others: 2, dimension_levels: {⟦here⟧"d3": 1})],"#,
        ),
        Severity::Error,
        &[
            "\"d3\" is not a dimension of this checklist",
            "did you mean",
        ],
    );
    expect_at(
        C,
        &with_dimension_levels(
            levels,
            r#"    cases: [(id: "k", others: 2, dimension_levels: {"d2": ⟦here⟧1})],"#,
        ),
        Severity::Error,
        &["the dimension \"d2\" has no `levels`"],
    );
    expect_at(
        C,
        &with_dimension_levels(
            levels,
            r#"    cases: [(id: "k", others: 2, dimension_levels: {"d1": ⟦here⟧5})],"#,
        ),
        Severity::Error,
        &["the dimension \"d1\" has no level 5"],
    );
}

#[test]
fn dimension_level_messages_in_spanish_and_portuguese() {
    let (diagnostics, _) = load_with(
        C,
        &with_dimension_levels(r#"[(value: 1, title: "Idea", items: [⟦here⟧"i2"])]"#, ""),
    );
    let d = diagnostics.first().expect("one finding");
    let es = d.display_in(&puente::i18n::I18n::new("es"));
    assert!(
        es.contains("\"i2\" es un elemento de la dimensión \"d2\", no de \"d1\""),
        "{es}"
    );
    let pt = d.display_in(&puente::i18n::I18n::new("pt"));
    assert!(
        pt.contains("\"i2\" é um item da dimensão \"d2\", não de \"d1\""),
        "{pt}"
    );
}
