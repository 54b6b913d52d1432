//! One test per validation rule: the message and the exact position.

use crate::common;

use common::*;

#[test]
fn the_base_pack_is_clean() {
    let files = base()
        .into_iter()
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    let loaded = load_files(files);
    assert!(
        is_clean(&loaded.diagnostics),
        "{}",
        show(&loaded.diagnostics)
    );
    let pack = loaded.pack.expect("the pack loads");
    assert_eq!(pack.modules.len(), 2);
    assert_eq!(pack.checklists.len(), 1);
}

// ---- syntax, fields and types (reported by the RON parser) ----

#[test]
fn syntax_error_missing_comma() {
    let text = edit(
        MODULE_A,
        "minutes: 15,\n",
        &format!("minutes: 15\n    {HERE}objectives"),
    );
    let text = text.replacen(
        "objectives: [\"Know things.\"],\n    objectives",
        "objectives",
        1,
    );
    expect_at("modules/a.ron", &text, ERROR, &["expected a comma"]);
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let text = edit(
        MODULE_A,
        "title: \"Module A\"",
        &format!("{HERE}titel: \"Module A\""),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["unknown field `titel`", "did you mean `title`?"],
    );
}

#[test]
fn missing_field_is_named() {
    let text = edit(
        MODULE_B,
        "answer: true, explanation: \"It is.\")",
        &format!("answer: true{HERE})"),
    );
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["missing field `explanation`"],
    );
}

#[test]
fn wrong_type_is_explained() {
    let text = edit(
        MODULE_A,
        "minutes: 15",
        &format!("minutes: {HERE}\"fifteen\""),
    );
    expect_at("modules/a.ron", &text, ERROR, &["expected a whole number"]);
}

#[test]
fn unknown_step_kind_suggests_the_right_one() {
    let text = edit(MODULE_B, "TrueFalse(", &format!("{HERE}TrueOrFalse("));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &[
            "unknown step kind `TrueOrFalse`",
            "did you mean `TrueFalse`?",
        ],
    );
}

#[test]
fn text_of_the_wrong_shape() {
    let text = edit(
        MODULE_A,
        "summary: \"The first module.\"",
        &format!("summary: {HERE}[\"The first module.\"]"),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["a map of language to string"],
    );
}

#[test]
fn wrong_kind_of_file() {
    let text = format!("{HERE}Checklist(id: \"x\")");
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["should hold one Module(…)"],
    );
}

// ---- format ----

#[test]
fn unsupported_format_names_the_supported_one() {
    let text = edit(PACK, "format: 1", &format!("format: {HERE}2"));
    expect_at(
        "pack.ron",
        &text,
        ERROR,
        &["unsupported content format 2", "reads format 1"],
    );
}

#[test]
fn missing_pack_ron() {
    let files = base()
        .into_iter()
        .filter(|(r, _)| r != "pack.ron")
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    let d = load_files(files).diagnostics;
    assert!(
        d.iter().any(|d| d
            .to_string()
            .starts_with("pack/pack.ron:1:1: error: this folder has no pack.ron")),
        "{}",
        show(&d)
    );
}

#[test]
fn stray_files_are_warned_about() {
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push(("modules/notes.txt".into(), b"hello".to_vec()));
    files.push(("module-c.ron".into(), MODULE_B.as_bytes().to_vec()));
    let d = load_files(files).diagnostics;
    assert!(
        d.iter().any(|d| d
            .to_string()
            .starts_with("pack/modules/notes.txt:1:1: warning: not a .ron file")),
        "{}",
        show(&d)
    );
    assert!(
        d.iter().any(|d| d
            .to_string()
            .starts_with("pack/module-c.ron:1:1: warning: this .ron file is not read")),
        "{}",
        show(&d)
    );
}

// ---- ids and references ----

#[test]
fn invalid_id() {
    let text = edit(MODULE_A, "id: \"a\"", &format!("id: {HERE}\"Module A\""));
    let text = text.replace("prerequisites: [\"a\"]", "");
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["\"Module A\" is not a valid id", "such as \"module-a\""],
    );
}

#[test]
fn duplicate_module_ids_across_files() {
    let text = edit(MODULE_B, "id: \"b\"", &format!("id: {HERE}\"a\""));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["duplicate module id \"a\"", "(see pack/modules/a.ron:2:9)"],
    );
}

#[test]
fn duplicate_step_ids() {
    let text = edit(MODULE_A, "id: \"q1\"", &format!("id: {HERE}\"intro\""));
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &[
            "duplicate step id \"intro\" in this module",
            "(see pack/modules/a.ron:8:20)",
        ],
    );
}

#[test]
fn dangling_prerequisite() {
    let text = edit(
        MODULE_B,
        "prerequisites: [\"a\"]",
        &format!("prerequisites: [{HERE}\"aa\"]"),
    );
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &[
            "the prerequisite \"aa\" is not a module of this pack",
            "did you mean \"a\"?",
        ],
    );
}

#[test]
fn dangling_band_link() {
    let text = edit(
        CHECKLIST,
        "modules: [\"a\"]",
        &format!("modules: [{HERE}\"nope\"]"),
    );
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["links to the module \"nope\", which is not in this pack"],
    );
}

#[test]
fn dangling_glossary_link_points_at_the_link() {
    let text = edit(
        MODULE_A,
        "(glossary:patent)",
        &format!("({HERE}glossary:patnet)"),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["glossary term \"patnet\"", "did you mean \"patent\"?"],
    );
}

#[test]
fn dangling_module_link() {
    let text = edit(
        MODULE_A,
        "is a right.",
        &format!("is a right; see [B]({HERE}module:bee)."),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["link to the module \"bee\""],
    );
}

#[test]
fn unknown_link_kind_is_an_error() {
    let text = edit(
        MODULE_A,
        "(glossary:patent)",
        &format!("({HERE}glosary:patent)"),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["links of the kind \"glosary:\" are not opened"],
    );
}

/// Attack C28: a lesson link is handed to the system only when it is a
/// web address; every other scheme, and a web address a browser could
/// misread, is an error at its position.
#[test]
fn only_web_addresses_may_leave_a_lesson() {
    for (target, part) in [
        ("smb://10.255.255.1/share", "links of the kind \"smb:\""),
        ("file:///etc/passwd", "links of the kind \"file:\""),
        ("FILE://10.255.255.1/share/x", "links of the kind \"file:\""),
        ("javascript:alert(1)", "links of the kind \"javascript:\""),
        ("mailto:tto@example.org", "links of the kind \"mailto:\""),
        ("https://", "is not one a browser can open safely"),
        ("notes.pdf", "points at a file"),
    ] {
        let text = edit(MODULE_A, "(glossary:patent)", &format!("({HERE}{target})"));
        expect_at("modules/a.ron", &text, ERROR, &[part]);
    }
    for fine in ["https://www.wipo.int/pct/en/", "HTTP://example.org/a?b=c#d"] {
        assert!(puente::content::opens_in_browser(fine), "{fine}");
    }
    for bad in [
        "https://exa mple.org",
        "https://\"x\"",
        "https://@host",
        "javascript:alert(1)",
        "https://a\u{7}b",
    ] {
        assert!(!puente::content::opens_in_browser(bad), "{bad}");
    }
}

#[test]
fn dangling_see_also() {
    let text = edit(
        GLOSSARY,
        "see_also: [\"patent\"]",
        &format!("see_also: [{HERE}\"patents\"]"),
    );
    expect_at(
        "glossary.ron",
        &text,
        ERROR,
        &["names the term \"patents\"", "did you mean \"patent\"?"],
    );
}

#[test]
fn prerequisite_cycle() {
    let a = edit(
        MODULE_A,
        "minutes: 15,",
        "minutes: 15,\n    prerequisites: [\"b\"],",
    );
    let b = edit(
        MODULE_B,
        "prerequisites: [\"a\"]",
        "prerequisites: [⟦here⟧\"a\"]",
    );
    let (_, prefix) = load_with("modules/b.ron", &b);
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| !r.starts_with("modules/"))
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push(("modules/a.ron".into(), a.into_bytes()));
    files.push(("modules/b.ron".into(), b.replace(HERE, "").into_bytes()));
    let d = load_files(files).diagnostics;
    let cycles: Vec<String> = d
        .iter()
        .map(ToString::to_string)
        .filter(|l| l.contains("cycle"))
        .collect();
    assert_eq!(cycles.len(), 1, "one cycle, reported once: {}", show(&d));
    assert!(
        cycles[0].starts_with(&format!("{prefix}: error: prerequisite cycle: a → b → a")),
        "{}",
        show(&d)
    );
}

#[test]
fn a_module_requiring_itself_is_a_cycle() {
    let text = edit(
        MODULE_B,
        "prerequisites: [\"a\"]",
        &format!("prerequisites: [\"a\", {HERE}\"b\"]"),
    );
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["prerequisite cycle: b → b"],
    );
}

// ---- exercises ----

#[test]
fn single_choice_without_a_correct_option() {
    let text = edit(MODULE_A, "options: [", &format!("options: {HERE}["));
    let text = text.replace("correct: true, ", "");
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["no option is marked correct"],
    );
}

#[test]
fn single_choice_with_several_correct_options() {
    let text = edit(MODULE_A, "options: [", &format!("options: {HERE}["));
    let text = text.replace("text: \"Wrong\",", "text: \"Wrong\", correct: true,");
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["2 options are marked correct", "MultipleChoice"],
    );
}

#[test]
fn multiple_choice_without_a_correct_option() {
    let text = edit(MODULE_A, "SingleChoice(", "MultipleChoice(");
    let text = edit(&text, "options: [", &format!("options: {HERE}["));
    let text = text.replace("correct: true, ", "");
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["no option is marked correct"],
    );
}

#[test]
fn choice_with_one_option() {
    let text = edit(MODULE_A, "options: [", &format!("options: {HERE}["));
    let text = text.replace("(id: \"y\", text: \"Wrong\", feedback: \"No.\"),", "");
    expect_at("modules/a.ron", &text, ERROR, &["at least two options"]);
}

#[test]
fn repeated_option_text() {
    let text = edit(
        MODULE_A,
        "text: \"Wrong\"",
        &format!("text: {HERE}\"right\""),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["this option repeats option 1"],
    );
}

fn module_b_with(step: &str) -> String {
    edit(
        MODULE_B,
        "TrueFalse(id: \"tf\", prompt: \"Is it so?\", answer: true, explanation: \"It is.\"),",
        step,
    )
}

#[test]
fn repeated_ordering_items() {
    let text = module_b_with(&format!(
        r#"Ordering(id: "o", prompt: "Order them.", explanation: "So.", items: [
            (id: "one", text: "File"),
            (id: "two", text: {HERE}"File"),
        ]),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["this item repeats item 1 (\"File\")"],
    );
}

#[test]
fn ordering_with_one_item() {
    let text = module_b_with(&format!(
        r#"Ordering(id: "o", prompt: "Order them.", explanation: "So.", items: {HERE}[(id: "one", text: "File")]),"#
    ));
    expect_at("modules/b.ron", &text, ERROR, &["at least two items"]);
}

#[test]
fn incomplete_matching() {
    let text = module_b_with(&format!(
        r#"Matching(id: "m", prompt: "Match.", explanation: "So.", pairs: {HERE}[(id: "p", left: "Patent", right: "20 years")]),"#
    ));
    expect_at("modules/b.ron", &text, ERROR, &["at least two pairs"]);
}

#[test]
fn matching_with_an_empty_side() {
    let text = module_b_with(&format!(
        r#"Matching(id: "m", prompt: "Match.", explanation: "So.", pairs: [
            (id: "p", left: "Patent", right: "20 years"),
            (id: "q", left: "Utility model", right: {HERE}" "),
        ]),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["the right-hand text is empty"],
    );
}

#[test]
fn matching_with_an_ambiguous_right_side() {
    let text = module_b_with(&format!(
        r#"Matching(id: "m", prompt: "Match.", explanation: "So.", pairs: [
            (id: "p", left: "Patent", right: "20 years"),
            (id: "q", left: "Utility model", right: {HERE}"20 years"),
        ]),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["this right-hand text repeats right-hand text 1"],
    );
}

#[test]
fn negative_tolerance() {
    let text = module_b_with(&format!(
        r#"Numeric(id: "n", prompt: "How many?", answer: 30, tolerance: {HERE}-1, explanation: "30 months."),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["the tolerance -1 is negative"],
    );
    // Attack C21: NaN was "the tolerance NaN is negative".
    let text = module_b_with(&format!(
        r#"Numeric(id: "n", prompt: "How many?", answer: 30, tolerance: {HERE}NaN, explanation: "30 months."),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["the tolerance must be a finite number"],
    );
}

#[test]
fn numeric_mistake_that_would_be_right() {
    let text = module_b_with(&format!(
        r#"Numeric(id: "n", prompt: "How many?", answer: 30, tolerance: 1, mistakes: [(value: {HERE}31, feedback: "No.")], explanation: "30 months."),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["31 is within the tolerance of the answer 30"],
    );
}

#[test]
fn date_with_a_bad_start() {
    let text = module_b_with(&format!(
        r#"Date(id: "d", prompt: "When?", start: {HERE}"2025-02-30", period: (months: 12), explanation: "So."),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["\"2025-02-30\" is not a real calendar date"],
    );
}

#[test]
fn date_with_a_zero_period() {
    let text = module_b_with(&format!(
        r#"Date(id: "d", prompt: "When?", start: "2025-08-15", period: {HERE}(), explanation: "So."),"#
    ));
    expect_at("modules/b.ron", &text, ERROR, &["the period is zero"]);
}

#[test]
fn date_mistake_that_is_the_answer() {
    let text = module_b_with(&format!(
        r#"Date(id: "d", prompt: "When?", start: "2025-08-15", period: (months: 12), skip_weekend: true,
            mistakes: [(date: {HERE}"2026-08-17", feedback: "No.")], explanation: "So."),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["2026-08-17 is the correct answer (2025-08-15 + 12 months)"],
    );
}

fn scenario(nodes: &str) -> String {
    module_b_with(&format!(
        r#"Scenario(id: "s", prompt: "A case.", start: "begin", explanation: "So.", nodes: [{nodes}]),"#
    ))
}

#[test]
fn scenario_node_unreachable() {
    let text = scenario(&format!(
        r#"
            (id: "begin", text: "Start.", choices: [(id: "go", text: "Go", next: "end")]),
            (id: "end", text: "Done.", outcome: Success),
            (id: {HERE}"island", text: "Never seen.", outcome: Failure),
        "#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["node \"island\" can never be reached from the start node \"begin\""],
    );
}

#[test]
fn scenario_loop_without_an_end() {
    let text = scenario(&format!(
        r#"
            (id: "begin", text: "Start.", choices: [(id: "go", text: "Go", next: "end"), (id: "loop", text: "Loop", next: "round")]),
            (id: {HERE}"round", text: "Again.", choices: [(id: "back", text: "Back", next: "round")]),
            (id: "end", text: "Done.", outcome: Success),
        "#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["from node \"round\" no path leads to an ending"],
    );
}

#[test]
fn scenario_choice_to_a_missing_node() {
    let text = scenario(&format!(
        r#"
            (id: "begin", text: "Start.", choices: [(id: "go", text: "Go", next: {HERE}"ende")]),
            (id: "end", text: "Done.", outcome: Success),
        "#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &[
            "leads to \"ende\", which is not a node",
            "did you mean \"end\"?",
        ],
    );
}

#[test]
fn scenario_dead_end_node() {
    let text = scenario(&format!(
        r#"
            (id: "begin", text: "Start.", choices: [(id: "go", text: "Go", next: "end"), (id: "stop", text: "Stop", next: "stuck")]),
            {HERE}(id: "stuck", text: "Nothing to do."),
            (id: "end", text: "Done.", outcome: Success),
        "#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["node \"stuck\" is a dead end"],
    );
}

#[test]
fn scenario_start_missing() {
    let text = scenario(r#"(id: "first", text: "Done.", outcome: Success)"#);
    let text = edit(
        &text,
        "start: \"begin\"",
        &format!("start: {HERE}\"begin\""),
    );
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["the start node \"begin\" is not one of this scenario's nodes"],
    );
}

#[test]
fn scenario_without_success_is_a_warning() {
    let text = scenario(&format!(
        r#"{HERE}
            (id: "begin", text: "Start.", choices: [(id: "go", text: "Go", next: "end")]),
            (id: "end", text: "Done.", outcome: Partial),
        "#
    ));
    let text = text.replace(&format!("nodes: [{HERE}"), &format!("nodes: {HERE}["));
    expect_at(
        "modules/b.ron",
        &text,
        WARNING,
        &["no ending has `outcome: Success`"],
    );
}

// ---- checklists ----

#[test]
fn scale_with_a_gap() {
    let text = edit(
        CHECKLIST,
        "(value: 2, label: \"Yes\")",
        &format!("(value: {HERE}3, label: \"Yes\")"),
    );
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["gap in the scale: 1 is followed by 3"],
    );
}

#[test]
fn scale_not_increasing() {
    let text = edit(
        CHECKLIST,
        "(value: 1, label: \"Partly\")",
        &format!("(value: {HERE}0, label: \"Partly\")"),
    );
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["scale values must increase: 0 comes after 0"],
    );
}

#[test]
fn overlapping_bands() {
    let text = edit(CHECKLIST, "min: 50", &format!("min: {HERE}45"));
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["overlaps the band \"low\" on scores 45–49"],
    );
}

#[test]
fn bands_leaving_a_gap() {
    let text = edit(CHECKLIST, "min: 50", &format!("min: {HERE}55"));
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["scores 50–54 fall in no band"],
    );
}

#[test]
fn bands_not_reaching_100() {
    let text = edit(CHECKLIST, "max: 100", &format!("max: {HERE}90"));
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["scores 91–100 fall in no band"],
    );
}

#[test]
fn bands_not_starting_at_0() {
    let text = edit(CHECKLIST, "min: 0", &format!("min: {HERE}10"));
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["scores 0–9 fall in no band"],
    );
}

#[test]
fn zero_dimension_weight() {
    let text = edit(CHECKLIST, "weight: 60", &format!("weight: {HERE}0"));
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["the weight 0 must be greater than 0"],
    );
}

#[test]
fn negative_item_weight() {
    let text = edit(CHECKLIST, "weight: 2)", &format!("weight: {HERE}-2)"));
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["the weight -2 must be greater than 0"],
    );
}

#[test]
fn duplicate_item_ids_across_dimensions() {
    let text = edit(CHECKLIST, "(id: \"i2\"", &format!("(id: {HERE}\"i1\""));
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["duplicate item id \"i1\""],
    );
}

// ---- text and translations ----

#[test]
fn empty_text() {
    let text = edit(
        MODULE_A,
        "summary: \"The first module.\"",
        &format!("summary: {HERE}\"  \""),
    );
    expect_at("modules/a.ron", &text, ERROR, &["the summary is empty"]);
}

#[test]
fn empty_translation() {
    let text = edit(
        MODULE_A,
        "summary: \"The first module.\"",
        &format!("summary: {{\"en\": {HERE}\"\"}}"),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["the summary in \"en\" is empty"],
    );
}

#[test]
fn missing_translation_is_a_warning() {
    let pack = PACK.replace("languages: [\"en\"]", "languages: [\"en\", \"es\", \"pt\"]");
    let text = edit(
        MODULE_A,
        "title: \"Module A\"",
        &format!("title: {HERE}{{\"en\": \"Module A\", \"es\": \"Módulo A\"}}"),
    );
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| r != "pack.ron" && r != "modules/a.ron")
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push(("pack.ron".into(), pack.into_bytes()));
    let at = text.find(HERE).expect("marked");
    files.push(("modules/a.ron".into(), text.replace(HERE, "").into_bytes()));
    let line = text[..at].matches('\n').count() + 1;
    let d = load_files(files).diagnostics;
    let wanted = format!(
        "pack/modules/a.ron:{line}:12: warning: missing translation: the title has no \"pt\" text"
    );
    assert!(
        d.iter().any(|d| d.to_string().starts_with(&wanted)),
        "{}",
        show(&d)
    );
}

/// A checklist's `subject_hint` (the example in home's "What are you
/// assessing?" field) is checked like every text: a language the pack lists
/// but the hint lacks is named at the hint, an empty one is an error.
#[test]
fn a_subject_hint_missing_a_language_is_named_where_it_is() {
    let pack = PACK.replace("languages: [\"en\"]", "languages: [\"en\", \"es\", \"pt\"]");
    let text = edit(
        CHECKLIST,
        "summary: \"A checklist.\",",
        &format!(
            "summary: \"A checklist.\",\n    subject_hint: {HERE}{{\"en\": \"e.g. Our office\", \"es\": \"p. ej., Nuestra oficina\"}},"
        ),
    );
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| r != "pack.ron" && r != "checklists/c.ron")
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push(("pack.ron".into(), pack.into_bytes()));
    let at = text.find(HERE).expect("marked");
    files.push((
        "checklists/c.ron".into(),
        text.replace(HERE, "").into_bytes(),
    ));
    let line = text[..at].matches('\n').count() + 1;
    let d = load_files(files).diagnostics;
    let wanted = format!(
        "pack/checklists/c.ron:{line}:19: warning: missing translation: the subject hint (the example in the “What are you assessing?” field) has no \"pt\" text"
    );
    assert!(
        d.iter().any(|d| d.to_string().starts_with(&wanted)),
        "{}",
        show(&d)
    );
}

#[test]
fn an_empty_subject_hint_is_an_error() {
    let text = edit(
        CHECKLIST,
        "summary: \"A checklist.\",",
        &format!("summary: \"A checklist.\",\n    subject_hint: {{\"en\": {HERE}\" \"}},"),
    );
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["the subject hint", "in \"en\" is empty"],
    );
}

#[test]
fn a_checklist_without_a_subject_hint_is_clean() {
    let loaded = load_files(
        base()
            .into_iter()
            .map(|(r, t)| (r, t.into_bytes()))
            .collect(),
    );
    assert!(
        is_clean(&loaded.diagnostics),
        "{}",
        show(&loaded.diagnostics)
    );
    let pack = loaded.pack.expect("the base pack loads");
    assert!(pack.checklists[0].subject_hint.is_none());
}

#[test]
fn translation_in_a_language_the_pack_does_not_list() {
    let text = edit(
        MODULE_A,
        "title: \"Module A\"",
        &format!("title: {{\"en\": \"Module A\", \"fr\": {HERE}\"Module A\"}}"),
    );
    expect_at(
        "modules/a.ron",
        &text,
        WARNING,
        &["\"fr\" is not one of the pack's languages (en)"],
    );
}

#[test]
fn bad_language_code() {
    let text = edit(
        PACK,
        "languages: [\"en\"]",
        &format!("languages: [\"en\", {HERE}\"Spanish\"]"),
    );
    expect_at(
        "pack.ron",
        &text,
        ERROR,
        &["\"Spanish\" is not a language code"],
    );
}

#[test]
fn zero_minutes() {
    let text = edit(MODULE_A, "minutes: 15", &format!("minutes: {HERE}0"));
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["minutes must be at least 1"],
    );
}

#[test]
fn empty_licence() {
    let text = edit(
        PACK,
        "licence: \"CC BY 4.0\"",
        &format!("licence: {HERE}\"\""),
    );
    expect_at("pack.ron", &text, ERROR, &["the licence is empty"]);
}

// ---- several problems at once ----

#[test]
fn every_problem_is_reported_at_once() {
    let a = MODULE_A
        .replace("minutes: 15", "minutes: 0")
        .replace("(glossary:patent)", "(glossary:nothing)");
    let b = MODULE_B.replace("prerequisites: [\"a\"]", "prerequisites: [\"zzz\"]");
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| !r.starts_with("modules/"))
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push(("modules/a.ron".into(), a.into_bytes()));
    files.push(("modules/b.ron".into(), b.into_bytes()));
    files.push((
        "checklists/broken.ron".into(),
        b"Checklist(id: \"x\",".to_vec(),
    ));
    let d = load_files(files).diagnostics;
    assert_eq!(d.iter().filter(|d| d.is_error()).count(), 4, "{}", show(&d));
    // Sorted by file, then position.
    let paths: Vec<&str> = d.iter().map(|d| d.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted);
}

/// Attack C27: lists nested thousands deep are an error where they start.
#[test]
fn markdown_nested_too_deep() {
    let deep = format!("{}x", "- ".repeat(50));
    let text = edit(
        MODULE_A,
        "(glossary:patent)",
        &format!("(glossary:patent)\n\n{HERE}{deep}"),
    );
    let (diagnostics, _) = load_with("modules/a.ron", &text);
    let said = show(&diagnostics);
    assert!(
        said.contains("error: lists or quotes nest 50 levels deep here; at most 8"),
        "{said}"
    );
    assert_eq!(
        puente::content::validate::markdown_depth("- a\n  - b\n    - c"),
        3
    );
    assert_eq!(puente::content::validate::markdown_depth("> a\n>> b"), 2);
    assert_eq!(puente::content::validate::markdown_depth("plain text"), 0);
}

// ---- answer-key tells ----

/// A module of single-choice exercises of four options, the right one at
/// each of `places` (0-based) in the file; `pin` pins the right option.
fn tell_module_at(places: &[usize], pin: bool) -> String {
    let mut steps = String::new();
    for (i, &place) in places.iter().enumerate() {
        let mut options: Vec<String> = (0..3)
            .map(|k| {
                format!("(id: \"w{k}\", text: \"A wrong answer {k} to {i}\", feedback: \"No.\")")
            })
            .collect();
        let pinned = if pin { "pinned: true, " } else { "" };
        options.insert(
            place,
            format!("(id: \"r\", text: \"Right {i}\", correct: true, {pinned}feedback: \"Yes.\")"),
        );
        steps.push_str(&format!(
            "SingleChoice(id: \"s{i}\", prompt: \"Q{i}?\", options: [{}], explanation: \"So.\"),\n",
            options.join(", ")
        ));
    }
    format!(
        "Module(id: \"t\", title: \"T\", summary: \"S.\", minutes: 5, objectives: [\"O.\"], steps: [\n{steps}])\n"
    )
}

fn tell_module(n: usize, place: usize, pin: bool) -> String {
    tell_module_at(&vec![place; n], pin)
}

fn diagnostics_with(rel: &str, text: &str) -> Vec<String> {
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push((rel.to_owned(), text.as_bytes().to_vec()));
    load_files(files)
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_right_option_always_in_one_place_is_a_tell() {
    // 6 of 7 right options first (with q1 of the base pack, right first
    // too: 7 of 7); chance: 1 in 4 each.
    let found = diagnostics_with("modules/t.ron", &tell_module(6, 0, false));
    let tell = found
        .iter()
        .find(|d| d.contains("so a learner can pass by position"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(tell.starts_with("pack/pack.ron:1:1: warning: "), "{tell}");
    assert!(
        tell.contains("the right option is option 1 in 7 of 7"),
        "{tell}"
    );
    assert!(tell.contains("t/s0, t/s1"), "exercises named: {tell}");
    // "Right 0" is shorter than every wrong option, and the base pack's
    // "Right" and "Wrong" are as long: no length tell.
    assert!(
        !found.iter().any(|d| d.contains("pass by length")),
        "{found:#?}"
    );

    // Spread over the four places (and q1 first): no tell.
    let found = diagnostics_with(
        "modules/t.ron",
        &tell_module_at(&[1, 2, 3, 0, 1, 2, 3, 2], false),
    );
    assert!(
        !found.iter().any(|d| d.contains("pass by position")),
        "{found:#?}"
    );

    // Pinned right options are where the author wants them: not counted.
    let found = diagnostics_with("modules/t.ron", &tell_module(6, 0, true));
    assert!(
        !found.iter().any(|d| d.contains("pass by position")),
        "{found:#?}"
    );
}

#[test]
fn the_longest_option_always_right_is_a_tell() {
    let text = tell_module(6, 2, false).replace(
        "text: \"Right ",
        "text: \"The right answer, in full, for question ",
    );
    let found = diagnostics_with("modules/t.ron", &text);
    let tell = found
        .iter()
        .find(|d| d.contains("pass by length"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(
        tell.contains("in English, the right option is the longest in 6 of 7"),
        "{tell}"
    );
}

#[test]
fn unbalanced_true_false_keys_are_a_tell() {
    // The base pack has one true statement; eight false ones make 1 of 9:
    // by chance, P(at most 1 true of 9) = 10/512, about 2 %.
    let steps: String = (0..8)
        .map(|i| format!("TrueFalse(id: \"f{i}\", prompt: \"Claim {i}.\", answer: false, explanation: \"No.\"),\n"))
        .collect();
    let text = format!(
        "Module(id: \"t\", title: \"T\", summary: \"S.\", minutes: 5, objectives: [\"O.\"], steps: [\n{steps}])\n"
    );
    let found = diagnostics_with("modules/t.ron", &text);
    let tell = found
        .iter()
        .find(|d| d.contains("true/false keys are unbalanced"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert!(tell.contains("1 true and 8 false"), "{tell}");
    assert!(tell.contains("t/f0"), "{tell}");
    // Four and five: balanced.
    let half = text.replacen("answer: false", "answer: true", 3);
    let found = diagnostics_with("modules/t.ron", &half);
    assert!(
        !found.iter().any(|d| d.contains("unbalanced")),
        "{found:#?}"
    );
}

#[test]
fn a_scenario_move_left_ungraded_is_warned_about() {
    let text = module_b_with(&format!(
        r#"Scenario(id: "sc", prompt: "Go.", start: "a", explanation: "So.", nodes: [
            (id: "a", text: "Choose.", choices: [
                (id: "good", text: "Good", next: "end", grade: Good),
                {HERE}(id: "bad", text: "Bad", next: "end"),
            ]),
            (id: "end", text: "Done.", outcome: Success),
        ]),"#
    ));
    expect_at(
        "modules/b.ron",
        &text,
        WARNING,
        &["the choice \"bad\" has no grade", "grade: Good"],
    );
}

// Sources and review dates.

#[test]
fn a_citation_of_an_undefined_source_is_an_error_at_the_link() {
    let text = edit(MODULE_A, "(source:trips)", &format!("({HERE}source:trps)"));
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["cites the source \"trps\"", "did you mean \"trips\"?"],
    );
}

#[test]
fn a_module_without_review_date_or_sources_is_warned() {
    let without = |text: String| {
        let mut files: Vec<(String, Vec<u8>)> = base()
            .into_iter()
            .filter(|(r, _)| r != "modules/b.ron")
            .map(|(r, t)| (r, t.into_bytes()))
            .collect();
        files.push(("modules/b.ron".into(), text.into_bytes()));
        load_files(files).diagnostics
    };
    let diagnostics = without(edit(MODULE_B, "reviewed: \"2026-11-20\",", ""));
    assert!(
        show(&diagnostics).contains("warning: no review date"),
        "{}",
        show(&diagnostics)
    );
    let start = MODULE_B.find("    sources: [").expect("sources");
    let end = MODULE_B[start..].find("    ],\n").expect("end") + start + "    ],\n".len();
    let diagnostics = without(format!("{}{}", &MODULE_B[..start], &MODULE_B[end..]));
    assert!(
        show(&diagnostics).contains("warning: no sources"),
        "{}",
        show(&diagnostics)
    );
}

#[test]
fn a_review_more_than_twelve_months_old_is_warned() {
    let text = edit(
        MODULE_A,
        "reviewed: \"2026-11-27\"",
        &format!("reviewed: {HERE}\"2020-01-02\""),
    );
    expect_at(
        "modules/a.ron",
        &text,
        WARNING,
        &["last reviewed 2020-01-02, more than 12 months ago"],
    );
}

#[test]
fn review_and_consulted_dates_must_be_dates() {
    let text = edit(
        MODULE_A,
        "reviewed: \"2026-11-27\"",
        &format!("reviewed: {HERE}\"27/11/2026\""),
    );
    expect_at(
        "modules/a.ron",
        &text,
        ERROR,
        &["\"27/11/2026\" is not a date"],
    );
    let text = edit(
        CHECKLIST,
        "consulted: \"2026-11-27\"",
        &format!("consulted: {HERE}\"2026-13\""),
    );
    expect_at(
        "checklists/c.ron",
        &text,
        ERROR,
        &["\"2026-13\" is not a date"],
    );
    let text = edit(
        MODULE_A,
        "reviewed: \"2026-11-27\"",
        &format!("reviewed: {HERE}\"2999-01-01\""),
    );
    expect_at("modules/a.ron", &text, WARNING, &["is in the future"]);
}

#[test]
fn a_source_needs_a_way_to_find_it_and_a_unique_id() {
    let text = edit(
        MODULE_B,
        "(id: \"guide\", kind: Secondary, title: \"A guide\", issuer: \"Someone\", citation: \"A guide, 2nd edition, p. 12\", consulted: \"2026-11\"),",
        &format!(
            "{HERE}(id: \"guide\", kind: Secondary, title: \"A guide\", issuer: \"Someone\", consulted: \"2026-11\"),"
        ),
    );
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["neither a `url` nor a `citation`"],
    );
    let text = edit(
        MODULE_B,
        "(id: \"guide\",",
        &format!(
            "(id: \"guide\", kind: Primary, title: \"T\", issuer: \"I\", url: \"https://example.org\", consulted: \"2026-11\"),\n        (id: {HERE}\"guide\","
        ),
    );
    expect_at(
        "modules/b.ron",
        &text,
        ERROR,
        &["duplicate source id \"guide\""],
    );
    let text = edit(
        CHECKLIST,
        "url: \"https://example.org/trl\"",
        &format!("url: {HERE}\"file:///etc/passwd\""),
    );
    expect_at("checklists/c.ron", &text, ERROR, &["is not a web address"]);
}

#[test]
fn a_glossary_definition_cannot_cite_a_module_source() {
    let text = edit(
        GLOSSARY,
        "definition: \"A time-limited exclusive right.\"",
        &format!("definition: \"A time-limited [right]({HERE}source:trips).\""),
    );
    expect_at(
        "glossary.ron",
        &text,
        ERROR,
        &["cites the source \"trips\""],
    );
}

// Moodle GIFT question banks.

#[test]
fn a_gift_file_becomes_a_module_the_checker_accepts() {
    use puente::content::gift;
    let gift_text = include_str!("../fixtures/gift/workshop.gift");
    let converted = gift::convert(
        gift_text,
        &gift::Target {
            module_id: "workshop-questions",
            title: "Workshop questions",
            lang: "en",
            file_name: "workshop.gift",
            today: "2026-11-27",
        },
    );
    let kinds: Vec<(&str, usize)> = converted.kinds.iter().map(|(k, n)| (*k, *n)).collect();
    assert_eq!(
        kinds,
        [
            ("lesson", 1),
            ("matching", 2),
            ("multiple_choice", 1),
            ("numeric", 3),
            ("reflection", 2),
            ("single_choice", 5),
            ("true_false", 3),
        ],
        "{}",
        converted.ron
    );
    let notes: Vec<(usize, &str)> = converted
        .notes
        .iter()
        .map(|n| (n.line, n.message.id()))
        .collect();
    assert_eq!(
        notes,
        [
            (24, "chk-gift-partial"),
            (36, "chk-gift-extra-match"),
            (48, "chk-gift-partial"),
            (48, "chk-gift-other-feedback"),
            (55, "chk-gift-short-answer"),
        ]
    );
    let files = vec![
        ("pack.ron".to_owned(), PACK.as_bytes().to_vec()),
        (
            "modules/workshop-questions.ron".to_owned(),
            converted.ron.clone().into_bytes(),
        ),
    ];
    let loaded = load_files(files);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == ERROR)
        .map(ToString::to_string)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{}", converted.ron);
    let pack = loaded.pack.expect("the converted module loads");
    let module = &pack.modules[0];
    assert_eq!(module.steps.len(), 17);
    // The feedback and weights that Puente can keep are kept.
    let ron = &converted.ron;
    for kept in [
        "No: a confidential disclosure is not public.",
        "Products and processes can be patented",
        "There is no international patent.",
        "A **grace period** of 12 months",
        "That is the European Patent Office.",
        "Accepted answers: IMPI; WIPO (50%)",
        "Is 2=2 {always} at 10:30 # one",
        r"The priority year ends \_\_\_\_\_ after the first filing",
        "// $CATEGORY: $course$/Patents/Basics",
    ] {
        assert!(ron.contains(kept), "{kept:?} not in:\n{ron}");
    }
}

/// The shipped pack with one file of it edited.
fn shipped_with(rel: &str, edit: impl Fn(&str) -> String) -> Vec<puente::content::Diagnostic> {
    let source = puente::content::source::embedded();
    let files: Vec<(String, Vec<u8>)> = source
        .files
        .iter()
        .map(|f| {
            let bytes = if f.rel == rel {
                edit(std::str::from_utf8(&f.bytes).expect("utf-8")).into_bytes()
            } else {
                f.bytes.to_vec()
            };
            (f.rel.clone(), bytes)
        })
        .collect();
    puente::content::load(&puente::content::source::PackSource::in_memory(
        "content", files,
    ))
    .diagnostics
}

/// A file that does not parse is the one root cause: listed first, with a
/// note that references to its module are not checked, and none of those
/// references reads as "not in this pack" (it used to give 7 such errors,
/// listed before the real one).
#[test]
fn a_syntax_error_does_not_cascade_into_other_files() {
    for broken in [
        // A missing comma.
        |t: &str| t.replacen("minutes: 25,", "minutes: 25", 1),
        // A misspelt field.
        |t: &str| t.replacen("explanation:", "explanaton:", 1),
    ] {
        let found = shipped_with("modules/01-ip-basics.ron", broken);
        let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
        let errors: Vec<&String> = lines.iter().filter(|l| l.contains(": error: ")).collect();
        assert_eq!(
            errors.len(),
            1,
            "one cause, one error:\n{}",
            lines.join("\n")
        );
        assert!(
            lines[0].starts_with("content/modules/01-ip-basics.ron:"),
            "{}",
            lines[0]
        );
        assert!(
            lines[0].contains(": error: "),
            "the cause comes first: {}",
            lines[0]
        );
        // A syntax error leaves the file unread, and says what waits on it;
        // a misspelt field is read past (below), so nothing waits.
        let unread = lines[0].contains("comma");
        let note = "references to the module \"ip-basics\" in other files are not checked";
        assert_eq!(
            lines.get(1).is_some_and(|l| l.contains(note)),
            unread,
            "{}",
            lines.join("\n")
        );
        assert!(
            !lines
                .iter()
                .any(|l| l.contains("not in this pack") || l.contains("not a module of this pack")),
            "{}",
            lines.join("\n")
        );
    }
}

/// Two options marked right in a SingleChoice: the message names them.
#[test]
fn the_options_marked_correct_are_named() {
    let found = shipped_with("modules/01-ip-basics.ron", |t| {
        t.replacen(
            "id: \"never-natural\",",
            "id: \"never-natural\", correct: true,",
            1,
        )
    });
    let text: String = found.iter().map(|d| format!("{d}\n")).collect();
    assert!(
        text.contains("2 options are marked correct (\"never-natural\", \"mx-yes-br-no\")"),
        "{text}"
    );
}

/// A misspelt field is one error, and the file is read on: its other
/// mistakes (here two options marked correct) come in the same run.
#[test]
fn every_error_of_a_file_comes_in_one_run() {
    let found = shipped_with("modules/01-ip-basics.ron", |t| {
        t.replacen("explanation:", "explanaton:", 1).replacen(
            "id: \"never-natural\",",
            "id: \"never-natural\", correct: true,",
            1,
        )
    });
    let text: String = found.iter().map(|d| format!("{d}\n")).collect();
    assert!(text.contains("unknown field `explanaton`"), "{text}");
    assert!(text.contains("2 options are marked correct"), "{text}");
    assert!(
        !text.contains("are not checked until this file can be read"),
        "the file was read on: {text}"
    );
}
