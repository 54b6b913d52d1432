//! `puente assess` as authors and facilitators run it.

use crate::common;

use std::process::{Command, Output};

use common::*;

fn puente(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_puente"))
        .env("LC_ALL", "en_US.UTF-8")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("valid JSON on stdout")
}

/// Every item of the template at `value`, with some items changed.
fn answers(
    template: &serde_json::Value,
    value: u32,
    changes: &[(&str, serde_json::Value)],
) -> String {
    let mut out = serde_json::Map::new();
    for id in template["items"].as_object().expect("items").keys() {
        out.insert(id.clone(), value.into());
    }
    for (id, v) in changes {
        assert!(out.contains_key(*id), "{id} is an item");
        out.insert((*id).to_owned(), v.clone());
    }
    serde_json::Value::Object(out).to_string()
}

fn template(checklist: &str) -> serde_json::Value {
    let out = puente(&["assess", checklist, "--template"]);
    assert!(out.status.success(), "{}", stderr(&out));
    json(&out)
}

#[test]
fn the_template_lists_every_item_with_its_answers() {
    let t = template("ready-to-file");
    let items = t["items"].as_object().expect("an object of items");
    assert_eq!(items.len(), 24);
    assert_eq!(
        items["own-disclosures"],
        serde_json::json!([0, 1, 2, "na"]),
        "scale values and not applicable"
    );
    assert_eq!(
        template("health-tech-readiness")["items"]
            .as_object()
            .map(|o| o.len()),
        Some(22)
    );
}

#[test]
fn a_knock_out_is_scored_capped_and_said_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("answers.json");
    let t = template("ready-to-file");
    std::fs::write(&file, answers(&t, 2, &[("own-disclosures", 0.into())])).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let out = puente(&[
        "assess",
        "ready-to-file",
        "--answers",
        path,
        "--json",
        "--lang",
        "es",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let result = json(&out);
    assert_eq!(result["score"], 94, "the review's case: 94 by the mean");
    assert_eq!(result["band"], "not-yet");
    assert_eq!(result["band_title"], "Todavía no presente la solicitud");
    assert_eq!(result["level"], serde_json::Value::Null);
    assert_eq!(result["gates"], serde_json::json!(["own-disclosures"]));
    assert_eq!(result["plan"], serde_json::json!([]));
    assert_eq!(
        result["dimensions"],
        serde_json::json!({}),
        "no dimension has levels"
    );
    // The same as text: the gate's advice comes before the score.
    let out = puente(&["assess", "ready-to-file", "--answers", path]);
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    let gate = text
        .find("outside every grace period")
        .expect("the gate's advice");
    let score = text.find("Score: 94 / 100").expect("the score");
    let band = text
        .find("Result: Do not file yet (not-yet)")
        .expect("the band");
    assert!(gate < score && score < band, "{text}");
}

#[test]
fn readiness_is_a_level_with_a_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("answers.json");
    let t = template("health-tech-readiness");
    let zero = serde_json::Value::from(0);
    let changes = [
        ("protocol", 1.into()),
        ("ethics", zero.clone()),
        ("early-clinical", zero.clone()),
        ("late-clinical", zero.clone()),
        ("dossier", zero.clone()),
        ("approval", zero.clone()),
        ("post-market", zero),
    ];
    std::fs::write(&file, answers(&t, 2, &changes)).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let out = puente(&[
        "assess",
        "health-tech-readiness",
        "--answers",
        path,
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let result = json(&out);
    assert_eq!(result["level"], 5, "no study in people: at most TRL 5");
    assert_eq!(result["band"], "trl-4-5");
    assert_eq!(
        result["plan"],
        serde_json::json!(["protocol", "ethics", "early-clinical"])
    );
    let out = puente(&[
        "assess",
        "health-tech-readiness",
        "--answers",
        path,
        "--lang",
        "pt",
    ]);
    let text = stdout(&out);
    assert!(text.contains("Nível: TRL 5"), "{text}");
    assert!(text.contains("Plano: para o próximo nível"), "{text}");
    assert!(text.contains("(early-clinical)"), "{text}");
}

#[test]
fn too_few_answers_give_no_score_but_still_the_gates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("answers.json");
    std::fs::write(&file, r#"{"own-disclosures": 0, "co-owners": "na"}"#).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let out = puente(&["assess", "ready-to-file", "--answers", path, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let result = json(&out);
    assert_eq!(result["score"], serde_json::Value::Null);
    assert_eq!(result["band"], serde_json::Value::Null);
    assert_eq!(result["gates"], serde_json::json!(["own-disclosures"]));
    let out = puente(&["assess", "ready-to-file", "--answers", path]);
    assert!(
        stdout(&out).contains("Too few answers to score"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let file = dir.path().join(name);
        std::fs::write(&file, text).expect("write");
        file.to_str().expect("utf-8 path").to_owned()
    };
    let run = |args: &[&str]| {
        let out = puente(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stdout(&out));
        assert!(out.stdout.is_empty(), "nothing on stdout");
        stderr(&out)
    };
    let unknown = write("unknown.json", r#"{"own-disclosure": 0, "ndas": 2}"#);
    let e = run(&["assess", "ready-to-file", "--answers", &unknown]);
    assert!(
        e.contains("\"own-disclosure\" is not an item of the checklist \"ready-to-file\" (did you mean \"own-disclosures\"?)"),
        "{e}"
    );
    let off = write("off.json", r#"{"ndas": 3, "budget": 1.5, "route": "yes"}"#);
    let e = run(&["assess", "ready-to-file", "--answers", &off]);
    for part in [
        "\"ndas\": 3 is not an answer this item accepts; use one of 0, 1, 2, \"na\"",
        "\"budget\": 1.5 is not",
        "\"route\": \"yes\" is not",
    ] {
        assert!(e.contains(part), "{part} in {e}");
    }
    let broken = write("broken.json", "{\"ndas\": 2,\n");
    let e = run(&[
        "assess",
        "ready-to-file",
        "--answers",
        &broken,
        "--lang",
        "es",
    ]);
    assert!(e.contains("no es un JSON válido (línea 2"), "{e}");
    let list = write("list.json", "[0, 1]");
    let e = run(&["assess", "ready-to-file", "--answers", &list]);
    assert!(e.contains("must hold one JSON object of answers"), "{e}");
    let e = run(&["assess", "ready-to-fil", "--template"]);
    assert!(e.contains("there is no checklist \"ready-to-fil\"; the checklists are: health-tech-readiness, ready-to-file, tto-maturity"), "{e}");
    let e = run(&[
        "assess",
        "ready-to-file",
        "--answers",
        "/no/such/answers.json",
    ]);
    assert!(e.contains("cannot read /no/such/answers.json"), "{e}");
    // Neither --template nor --answers: clap's own usage error.
    let out = puente(&["assess", "ready-to-file"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn an_author_tries_a_checklist_of_their_own_pack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = base();
    for (rel, text) in &mut files {
        if rel == "checklists/c.ron" {
            let body = text
                .trim_end()
                .strip_suffix(')')
                .expect("ends with )")
                .to_owned();
            *text = format!(
                "{body}    gates: [(id: \"g\", item: \"i1\", cap: \"low\", advice: \"Stop.\")],\n)\n"
            );
        }
    }
    write_pack(dir.path(), &files);
    let pack = dir.path().to_str().expect("utf-8 path");
    let out = puente(&["assess", "c", "--pack", pack, "--template"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        json(&out)["items"]["i2"],
        serde_json::json!([0, 1, 2, "na"])
    );
    let answers = dir.path().join("a.json");
    std::fs::write(&answers, r#"{"i1": 0, "i2": 2}"#).expect("write");
    let out = puente(&[
        "assess",
        "c",
        "--pack",
        pack,
        "--answers",
        answers.to_str().expect("utf-8"),
        "--json",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let result = json(&out);
    assert_eq!(result["score"], 40);
    assert_eq!(result["band"], "low");
    assert_eq!(result["gates"], serde_json::json!(["i1"]));
    // A pack with errors is refused with its errors, not scored.
    std::fs::write(dir.path().join("checklists/c.ron"), "Checklist(id: \"c\")").expect("write");
    let out = puente(&["assess", "c", "--pack", pack, "--template"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr(&out);
    assert!(
        e.contains("c.ron:1:18: error: missing field `title`"),
        "{e}"
    );
    assert!(e.contains("run `puente check` on it"), "{e}");
}

#[test]
fn a_dimension_level_and_its_plan_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let checklist = edit(
        CHECKLIST,
        r#"items: [(id: "i1", text: "Item", help: "Help.")]),"#,
        r#"items: [(id: "i1", text: "Item", help: "Help."), (id: "i3", text: "Item 3", help: "Help.")],
            levels: [(value: 1, title: "Idea", items: ["i1"]), (value: 3, title: "Proof", items: ["i3"])]),"#,
    );
    let mut files = base();
    files.retain(|(rel, _)| rel != "checklists/c.ron");
    files.push(("checklists/c.ron".into(), checklist));
    let pack = dir.path().join("pack");
    write_pack(&pack, &files);
    let pack = pack.to_str().expect("utf-8 path");
    let file = dir.path().join("answers.json");
    std::fs::write(&file, r#"{"i1": 2, "i3": 1, "i2": 2}"#).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let out = puente(&["assess", "c", "--pack", pack, "--answers", path, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let result = json(&out);
    assert_eq!(
        result["dimensions"],
        serde_json::json!({"d1": {"level": 1, "plan": ["i3"]}}),
        "only d1 has levels"
    );
    // Every earlier key is still there, unchanged in meaning.
    for key in ["score", "band", "band_title", "level", "gates", "plan"] {
        assert!(result.get(key).is_some(), "{key} in {result}");
    }
    // d1 = (1 + 0.5) / 2 = 75, d2 = 100: 0.6 × 75 + 0.4 × 100 = 85, as without levels.
    assert_eq!(result["score"], 85);
    assert_eq!(result["band"], "high");
    let text = stdout(&puente(&["assess", "c", "--pack", pack, "--answers", path]));
    let header = text.find("Levels by dimension:").expect("the section");
    let level = text.find("  One: Idea").expect("d1's level");
    let plan = text.find("To reach “Proof”, complete:").expect("the plan");
    let item = text.find("- Item 3 (i3)").expect("the missing item");
    assert!(header < level && level < plan && plan < item, "{text}");
    // Nothing met: no level, and the first level is the plan.
    std::fs::write(&file, r#"{"i1": 0, "i3": 2, "i2": 2}"#).expect("write");
    let result = json(&puente(&[
        "assess",
        "c",
        "--pack",
        pack,
        "--answers",
        path,
        "--json",
    ]));
    assert_eq!(
        result["dimensions"],
        serde_json::json!({"d1": {"level": null, "plan": ["i1"]}})
    );
    let text = stdout(&puente(&[
        "assess",
        "c",
        "--pack",
        pack,
        "--answers",
        path,
        "--lang",
        "es",
    ]));
    assert!(text.contains("Niveles por dimensión:"), "{text}");
    assert!(text.contains("Para alcanzar «Idea», complete:"), "{text}");
}

/// The gaps, as the PDF lists them: the knock-out first, then by dimension
/// the lowest rating; unanswered items apart, the open knock-out marked.
#[test]
fn the_gaps_to_close_are_listed_in_the_result() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("answers.json");
    let t = template("ready-to-file");
    let mut all: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&answers(
        &t,
        2,
        &[
            ("literature-search", 1.into()),
            ("patent-search", 1.into()),
            ("closest-art", 0.into()),
            ("not-method-of-treatment", 0.into()),
            ("materials-permits", "na".into()),
        ],
    ))
    .expect("JSON");
    all.remove("own-disclosures");
    all.remove("budget");
    std::fs::write(&file, serde_json::Value::Object(all).to_string()).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let out = puente(&["assess", "ready-to-file", "--answers", path, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let result = json(&out);
    let gaps: Vec<(&str, u64, bool)> = result["gaps"]
        .as_array()
        .expect("gaps")
        .iter()
        .map(|g| {
            (
                g["item"].as_str().expect("item"),
                g["value"].as_u64().expect("value"),
                g["knock_out"].as_bool().expect("knock_out"),
            )
        })
        .collect();
    assert_eq!(
        gaps,
        [
            ("not-method-of-treatment", 0, true),
            ("closest-art", 0, false),
            ("patent-search", 1, false),
            ("literature-search", 1, false),
        ],
        "the knock-out first; then the 0; the two 1s in the checklist's order"
    );
    assert_eq!(
        result["unanswered"],
        serde_json::json!(["own-disclosures", "budget"]),
        "the open knock-out question first"
    );
    let out = puente(&["assess", "ready-to-file", "--answers", path, "--lang", "es"]);
    let text = stdout(&out);
    let heading = text.find("Brechas por cerrar").expect("the section");
    let knock_out = text
        .find("(not-method-of-treatment): No / no sé — excluyente")
        .expect("the knock-out, marked");
    let partly = text
        .find("(patent-search): Parcialmente")
        .expect("the rating's label");
    let open = text.find("Todavía sin responder").expect("the open items");
    let open_gate = text
        .find("(own-disclosures) — pregunta eliminatoria")
        .expect("the open knock-out question");
    assert!(
        heading < knock_out && knock_out < partly && partly < open && open < open_gate,
        "{text}"
    );
}
