//! The course's path in pack.ron (`sections`): each rule with its message
//! and exact position, and the glossary's `see_also` rules not covered in
//! validation.rs.

use crate::common;

use common::*;

/// The base pack with `sections` written into its pack.ron.
fn with_sections(sections: &str) -> String {
    edit(
        PACK,
        "licence: \"CC BY 4.0\",\n",
        &format!("licence: \"CC BY 4.0\",\n    sections: [{sections}],\n"),
    )
}

#[test]
fn sections_naming_every_module_once_are_clean() {
    let pack = with_sections(
        r#"(id: "first", title: "First", modules: ["a"]), (id: "then", title: "Then", modules: ["b"])"#,
    );
    let loaded = load_files(
        base()
            .into_iter()
            .map(|(r, t)| {
                let text = if r == "pack.ron" { pack.clone() } else { t };
                (r, text.into_bytes())
            })
            .collect(),
    );
    assert!(
        is_clean(&loaded.diagnostics),
        "{}",
        show(&loaded.diagnostics)
    );
    let info = loaded.pack.expect("loads").info;
    assert_eq!(info.sections.len(), 2);
    assert_eq!(info.sections[1].modules[0].as_str(), "b");
}

#[test]
fn a_section_naming_an_unknown_module() {
    let pack = with_sections(&format!(
        r#"(id: "first", title: "First", modules: ["a", {HERE}"bb"])"#
    ));
    expect_at(
        "pack.ron",
        &pack,
        ERROR,
        &["names the module \"bb\"", "did you mean \"b\"?"],
    );
}

#[test]
fn a_module_in_two_sections() {
    let pack = with_sections(&format!(
        r#"(id: "first", title: "First", modules: ["a", "b"]), (id: "then", title: "Then", modules: [{HERE}"a"])"#
    ));
    expect_at(
        "pack.ron",
        &pack,
        ERROR,
        &["\"a\" is already in the section \"first\""],
    );
}

#[test]
fn a_module_in_no_section() {
    let pack = edit(
        PACK,
        "licence: \"CC BY 4.0\",\n",
        &format!(
            "licence: \"CC BY 4.0\",\n    sections: {HERE}[(id: \"first\", title: \"First\", modules: [\"a\"])],\n"
        ),
    );
    expect_at(
        "pack.ron",
        &pack,
        WARNING,
        &["the module \"b\" is in no section", "Other modules"],
    );
}

#[test]
fn an_empty_section_and_a_duplicate_section_id() {
    let pack = with_sections(&format!(
        r#"(id: "first", title: "First", modules: ["a", "b"]), (id: "more", title: "More", modules: {HERE}[])"#
    ));
    expect_at(
        "pack.ron",
        &pack,
        WARNING,
        &["the section \"more\" lists no modules"],
    );
    let pack = with_sections(&format!(
        r#"(id: "first", title: "First", modules: ["a"]), (id: {HERE}"first", title: "Again", modules: ["b"])"#
    ));
    expect_at("pack.ron", &pack, ERROR, &["\"first\"", "section"]);
}

#[test]
fn a_section_title_is_checked_like_any_text() {
    let pack = with_sections(&format!(
        r#"(id: "first", title: {HERE}"", modules: ["a", "b"])"#
    ));
    expect_at("pack.ron", &pack, ERROR, &["section title"]);
}

#[test]
fn a_misspelt_section_field_is_named() {
    let pack = with_sections(&format!(
        r#"(id: "first", title: "First", {HERE}module: ["a", "b"])"#
    ));
    expect_at(
        "pack.ron",
        &pack,
        ERROR,
        &["unknown field `module`", "did you mean `modules`?"],
    );
}

#[test]
fn a_term_that_sees_itself() {
    let text = edit(
        GLOSSARY,
        "see_also: [\"patent\"]",
        &format!("see_also: [\"patent\", {HERE}\"prior-art\"]"),
    );
    expect_at("glossary.ron", &text, WARNING, &["refers to itself"]);
}

#[test]
fn the_shipped_pack_puts_every_module_on_its_path() {
    let pack = puente::content::load(&puente::content::source::embedded())
        .pack
        .expect("the shipped pack");
    let placed: Vec<&str> = pack
        .info
        .sections
        .iter()
        .flat_map(|s| s.modules.iter().map(|m| m.as_str()))
        .collect();
    assert!(pack.info.sections.len() >= 3, "sections for the path");
    assert_eq!(placed.len(), pack.modules.len());
    for m in &pack.modules {
        assert!(placed.contains(&m.id.as_str()), "{} on the path", m.id);
    }
}
