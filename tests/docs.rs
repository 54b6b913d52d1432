//! The worked example in docs/content-format.md passes `puente check`.

use puente::content::{self, PackSource};

#[test]
fn worked_example_in_the_format_reference_is_clean() {
    let doc = include_str!("../docs/content-format.md");
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
}
