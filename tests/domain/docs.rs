//! The worked example in docs/content-format.md passes `puente check`.

use puente::content::{self, PackSource};

#[test]
fn worked_example_in_the_format_reference_is_clean() {
    let doc = include_str!("../../docs/content-format.md");
    let mut files = Vec::new();
    let mut rest = doc;
    while let Some(at) = rest.find("<!-- file: ") {
        rest = &rest[at + "<!-- file: ".len()..];
        let (name, after) = rest
            .split_once(" -->")
            .expect("a file marker ends with -->");
        let body = after
            .split_once("```ron\n")
            .expect("a ron block follows the marker")
            .1;
        let (code, after_code) = body.split_once("\n```").expect("the block is closed");
        files.push((name.trim().to_owned(), code.as_bytes().to_vec()));
        rest = after_code;
    }
    assert_eq!(
        files.len(),
        4,
        "pack.ron, glossary, one module, one checklist"
    );
    let loaded = content::load(&PackSource::in_memory("example", files));
    let shown: String = loaded
        .diagnostics
        .iter()
        .map(|d| format!("{d}\n"))
        .collect();
    assert!(loaded.diagnostics.is_empty(), "{shown}");
    let pack = loaded.pack.expect("loads");
    assert_eq!(pack.modules.len(), 1);
    assert_eq!(pack.checklists.len(), 1);
    // The example shows a knock-out gate, levels and worked cases, and every
    // case gives the result it expects (checked by loading, shown here too).
    let c = &pack.checklists[0];
    assert_eq!(c.gates.len(), 1);
    assert_eq!(c.levels.len(), 2);
    assert!(c.cases.len() >= 3);
    let content = c
        .dimensions
        .iter()
        .find(|d| d.id.as_str() == "content")
        .expect("the content dimension");
    assert_eq!(
        content.levels.len(),
        2,
        "a dimension with levels of its own"
    );
    assert!(c.cases.iter().any(|k| !k.dimension_levels.is_empty()));
    for case in &c.cases {
        assert_eq!(
            puente::assess::checklist::check_case(c, case),
            vec![],
            "{}",
            case.id
        );
    }
}

/// docs/curriculum-map.md is the map of the shipped pack, regenerated with
/// `cargo run --example curriculum_map > docs/curriculum-map.md`.
#[test]
fn curriculum_map_is_up_to_date() {
    let pack = puente::content::load(&puente::content::source::embedded())
        .pack
        .expect("the shipped pack loads");
    let expected = puente::content::map::curriculum_map(&pack, "en");
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/curriculum-map.md"
    ))
    .unwrap_or_default();
    assert!(
        doc == expected,
        "docs/curriculum-map.md is out of date: run `cargo run --example curriculum_map > docs/curriculum-map.md`"
    );
}
