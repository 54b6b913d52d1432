//! `puente check` as authors run it: output, JSON and exit codes.

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

#[test]
fn shipped_pack_has_no_errors_and_no_warnings() {
    let out = puente(&["check", "--deny-warnings"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.ends_with("0 errors, 0 warnings\n"), "{text}");
}

#[test]
fn json_report_of_the_shipped_pack() {
    let out = puente(&["check", "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    for key in [
        "errors",
        "warnings",
        "modules",
        "lessons",
        "exercises",
        "exercise_kinds",
        "checklists",
        "glossary_terms",
        "languages",
        "diagnostics",
    ] {
        assert!(json.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(json["errors"], 0);
    assert_eq!(json["warnings"], 0);
    assert!(json["modules"].as_u64() >= Some(2));
    assert!(json["checklists"].as_u64() >= Some(1));
    assert!(json["glossary_terms"].as_u64() >= Some(5));
    let kinds = json["exercise_kinds"].as_object().expect("an object");
    for kind in [
        "single_choice",
        "multiple_choice",
        "true_false",
        "ordering",
        "matching",
        "numeric",
        "date",
        "scenario",
        "reflection",
    ] {
        assert!(
            kinds[kind].as_u64() >= Some(1),
            "the starter pack uses {kind}"
        );
    }
    let languages = json["languages"].as_array().expect("a list");
    assert_eq!(
        languages.first(),
        Some(&serde_json::json!("en")),
        "English first, the fallback"
    );
}

#[test]
fn a_broken_pack_fails_with_positions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = base();
    files.retain(|(r, _)| r != "modules/b.ron");
    files.push((
        "modules/b.ron".into(),
        MODULE_B.replace("prerequisites: [\"a\"]", "prerequisites: [\"zz\"]"),
    ));
    write_pack(dir.path(), &files);
    let out = puente(&["check", dir.path().to_str().expect("utf-8 temp path")]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let expected = format!(
        "{}/modules/b.ron:6:21: error: the prerequisite \"zz\" is not a module of this pack",
        dir.path().display()
    );
    assert!(text.starts_with(&expected), "{text}");
    assert!(text.ends_with("1 error, 0 warnings\n"), "{text}");

    let out = puente(&["check", "--json", dir.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let d = &json["diagnostics"][0];
    assert_eq!(d["line"], 6);
    assert_eq!(d["column"], 21);
    assert_eq!(d["severity"], "error");
    assert_eq!(d["code"], "chk-prerequisite-unknown");
    assert!(
        d["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("modules/b.ron"))
    );

    // In Spanish, by flag; in Portuguese, from the system's language.
    let path = dir.path().to_str().expect("utf-8");
    let out = puente(&["check", "--lang", "es", path]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "{path}/modules/b.ron:6:21: error: el requisito previo \"zz\" no es un módulo de este paquete"
        )),
        "{text}"
    );
    assert!(text.ends_with("1 error, 0 advertencias\n"), "{text}");
    let out = Command::new(env!("CARGO_BIN_EXE_puente"))
        .env("LC_ALL", "pt_BR.UTF-8")
        .args(["check", "--json", path])
        .output()
        .expect("the binary runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let d = &json["diagnostics"][0];
    assert_eq!(d["code"], "chk-prerequisite-unknown", "the code stays");
    assert_eq!(
        d["message"],
        "o pré-requisito \"zz\" não é um módulo deste pacote; você quis dizer \"a\"?"
    );
    let out = puente(&["check", "--lang", "fr", path]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "clap names the languages it knows"
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = base();
    files.retain(|(r, _)| r != "pack.ron");
    files.push((
        "pack.ron".into(),
        PACK.replace("authors: [\"Test author\"]", "authors: []"),
    ));
    write_pack(dir.path(), &files);
    let path = dir.path().to_str().expect("utf-8");
    let out = puente(&["check", path]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).ends_with("0 errors, 1 warning\n"),
        "{}",
        stdout(&out)
    );
    let out = puente(&["check", "--deny-warnings", path]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("failing because of --deny-warnings"));
}

#[test]
fn several_packs_in_one_run() {
    let a = tempfile::tempdir().expect("temp dir");
    let b = tempfile::tempdir().expect("temp dir");
    write_pack(a.path(), &base());
    let mut broken = base();
    broken.retain(|(r, _)| r != "checklists/c.ron");
    broken.push((
        "checklists/c.ron".into(),
        CHECKLIST.replace("min: 50", "min: 60"),
    ));
    write_pack(b.path(), &broken);
    let out = puente(&[
        "check",
        a.path().to_str().expect("utf-8"),
        b.path().to_str().expect("utf-8"),
    ]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("checked 2 packs"), "{text}");
    assert!(text.contains("scores 50–59 fall in no band"), "{text}");
}

#[test]
fn help_and_bad_arguments() {
    let out = puente(&["--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("check"));
    let out = puente(&["check", "--help"]);
    assert!(stdout(&out).contains("--deny-warnings"));
    let out = puente(&["check", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unexpected argument"));
}

#[test]
fn a_path_that_does_not_exist() {
    let out = puente(&["check", "/no/such/pack"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("/no/such/pack:1:1: error: cannot open this pack folder"));
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn export_a_learner_and_print_their_report() {
    use puente::progress::{Answer, EventBody, Progress};
    let data = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(data.path());
    let mut opened = store.open_profile(id).expect("opens");
    let mut completed = answer_event(
        &opened.session,
        "natural-peptide",
        Answer::Choice {
            option: "no-natural".into(),
        },
    );
    completed.body = EventBody::Completed {
        module: "ip-basics".into(),
        score: Some(100.0),
    };
    opened
        .session
        .record(answer_event(
            &opened.session,
            "isolated-peptide-mx",
            puente::progress::Answer::Choice {
                option: "mx-yes-br-no".into(),
            },
        ))
        .expect("saved");
    opened.session.record(completed).expect("saved");
    // Exporting works while the profile is open in a window.
    let bundle = data.path().join("ana.puente.json");
    let out = puente(&[
        "--data-dir",
        data.path().to_str().expect("utf-8"),
        "export",
        "--profile",
        "ana maría núñez",
        "--out",
        bundle.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 events of Ana María Núñez"),
        "{}",
        stderr(&out)
    );
    drop(opened);
    let parsed = puente::progress::bundle::Bundle::parse(&std::fs::read(&bundle).expect("written"))
        .expect("a bundle");
    assert_eq!(Progress::from_events(&parsed.events).event_count(), 2);

    let pdf = data.path().join("ana.pdf");
    let out = puente(&[
        "report",
        bundle.to_str().expect("utf-8"),
        "--out",
        pdf.to_str().expect("utf-8"),
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output();
    if let Ok(text) = text {
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Ana María Núñez"), "{text}");
        // One right answer of the module's scored exercises, as the
        // shipped module counts them.
        let pack = puente::content::load(&puente::content::source::embedded())
            .pack
            .expect("the shipped pack");
        let progress = Progress::from_events(&parsed.events);
        let percent = puente::assess::module_score(
            &pack.module("ip-basics").expect("module").steps,
            progress.module("puente-core", "ip-basics"),
        )
        .percent
        .expect("scored");
        assert!(percent > 0.0 && percent < 100.0);
        let line = format!("IP basics for the life sciences — completed, score {percent:.0}%");
        assert!(text.contains(&line), "{line:?} not in:\n{text}");
        assert!(
            text.contains("Disclosure, grace periods and priority deadlines — not started"),
            "{text}"
        );
    }
}

#[test]
fn export_and_report_explain_bad_input() {
    let data = tempfile::tempdir().expect("temp");
    let (_store, _) = store_with_profile(data.path());
    let d = data.path().to_str().expect("utf-8");
    let out = puente(&[
        "--data-dir",
        d,
        "export",
        "--profile",
        "Nobody",
        "--out",
        "/tmp/x.json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no profile named \"Nobody\""),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("Ana María Núñez"),
        "lists who is there"
    );

    let bad = data.path().join("cut.json");
    std::fs::write(
        &bad,
        br#"{"kind": "puente-progress", "format": 1, "profile": {"#,
    )
    .expect("write");
    let out = puente(&[
        "report",
        bad.to_str().expect("utf-8"),
        "--out",
        "/tmp/never.pdf",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("ends too early"), "{}", stderr(&out));
    let out = puente(&["report", "/no/such/bundle.json", "--out", "/tmp/never.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/no/such/bundle.json cannot be read"));
    let out = puente(&[
        "report",
        bad.to_str().expect("utf-8"),
        "--out",
        "/tmp/never.pdf",
        "--lang",
        "fr",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "clap rejects an unknown language"
    );
}

/// The shipped curriculum (1.0) holds what a workshop needs: at least 16
/// modules, 170 exercises with every kind used at least 8 times, 12
/// deadline exercises, 8 branching scenarios, 3 self-assessments and 110
/// glossary terms, complete in English, Spanish and Portuguese, every
/// module and checklist sourced and reviewed within the last 12 months, with
/// no error and no warning. (So this test fails once a review is more than
/// 12 months old: review the content, then update its date.)
#[test]
fn the_shipped_curriculum_is_complete() {
    let out = puente(&["check", "--json", "--deny-warnings"]);
    assert!(out.status.success(), "{}", stdout(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let n = |key: &str| json[key].as_u64().unwrap_or(0);
    assert_eq!((n("errors"), n("warnings")), (0, 0));
    assert!(n("modules") >= 16, "modules: {}", n("modules"));
    assert!(n("exercises") >= 170, "exercises: {}", n("exercises"));
    assert!(n("checklists") >= 3);
    assert!(n("glossary_terms") >= 110, "terms: {}", n("glossary_terms"));
    let kinds = json["exercise_kinds"].as_object().expect("kinds");
    assert_eq!(kinds.len(), 9, "{kinds:?}");
    for (kind, count) in kinds {
        assert!(count.as_u64().unwrap_or(0) >= 8, "{kind}: {count}");
    }
    assert!(kinds["date"].as_u64().unwrap_or(0) >= 12);
    assert!(kinds["scenario"].as_u64().unwrap_or(0) >= 8);
    let pack = puente::content::load(&puente::content::source::embedded())
        .pack
        .expect("the shipped pack loads");
    assert_eq!(pack.info.version, "1.0.1");
    assert!(pack.info.reviewed.is_some(), "the pack's review date");
    for m in &pack.modules {
        assert!(
            m.sources
                .iter()
                .any(|s| s.kind == puente::content::SourceKind::Primary),
            "{} rests on at least one primary text",
            m.id
        );
    }
    assert_eq!(json["languages"], serde_json::json!(["en", "es", "pt"]));
}

/// Every option of the shipped pack teaches: choices, true/false answers,
/// ordering items and matching pairs all carry feedback, and every
/// scenario choice does too.
#[test]
fn every_option_of_the_shipped_pack_carries_feedback() {
    use puente::content::Step;
    let pack = puente::content::load(&puente::content::source::embedded())
        .pack
        .expect("the shipped pack loads");
    let mut missing = Vec::new();
    for m in &pack.modules {
        for step in &m.steps {
            let id = format!("{}/{}", m.id, step.id());
            match step {
                Step::SingleChoice(e) => missing.extend(
                    e.options
                        .iter()
                        .filter(|o| o.feedback.is_none())
                        .map(|o| format!("{id}/{}", o.id)),
                ),
                Step::MultipleChoice(e) => missing.extend(
                    e.options
                        .iter()
                        .filter(|o| o.feedback.is_none())
                        .map(|o| format!("{id}/{}", o.id)),
                ),
                Step::TrueFalse(e) if e.feedback_true.is_none() || e.feedback_false.is_none() => {
                    missing.push(id.clone());
                }
                Step::Ordering(e) => missing.extend(
                    e.items
                        .iter()
                        .filter(|i| i.feedback.is_none())
                        .map(|i| format!("{id}/{}", i.id)),
                ),
                Step::Matching(e) => missing.extend(
                    e.pairs
                        .iter()
                        .filter(|p| p.feedback.is_none())
                        .map(|p| format!("{id}/{}", p.id)),
                ),
                Step::Scenario(e) => missing.extend(
                    e.nodes
                        .iter()
                        .flat_map(|n| &n.choices)
                        .filter(|c| c.feedback.is_none())
                        .map(|c| format!("{id}/{}", c.id)),
                ),
                _ => {}
            }
        }
    }
    assert!(missing.is_empty(), "without feedback: {missing:?}");
}

#[test]
fn a_moodle_question_bank_converts_into_a_pack_that_checks() {
    let dir = tempfile::tempdir().expect("temp");
    let out_dir = dir.path().join("bank");
    let out_arg = out_dir.to_str().expect("utf-8 path");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/gift/workshop.gift"
    );
    let out = puente(&[
        "convert",
        fixture,
        "--out",
        out_arg,
        "--module-id",
        "patents-quiz",
    ]);
    let said = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(said.contains("single_choice 5"), "{said}");
    assert!(
        said.contains("workshop.gift:55:1: a short-answer question"),
        "{said}"
    );
    assert!(said.contains("0 errors"), "{said}");
    assert!(out_dir.join("modules/patents-quiz.ron").is_file());
    // The folder is a pack the checker accepts as it is.
    let check = puente(&["check", out_arg, "--lang", "en"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(stdout(&check).contains("0 errors"));
    // A second conversion does not overwrite the first without --force.
    let again = puente(&[
        "convert",
        fixture,
        "--out",
        out_arg,
        "--module-id",
        "patents-quiz",
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    let forced = puente(&[
        "convert",
        fixture,
        "--out",
        out_arg,
        "--module-id",
        "patents-quiz",
        "--force",
    ]);
    assert_eq!(forced.status.code(), Some(0), "{}", stderr(&forced));
}

#[test]
fn a_gift_file_that_cannot_be_converted_says_where_and_why() {
    let dir = tempfile::tempdir().expect("temp");
    let bad = dir.path().join("bad.gift");
    std::fs::write(&bad, "::q1:: Which one? {~a =b\n").expect("write");
    let out_arg = dir.path().join("out");
    let out = puente(&[
        "convert",
        bad.to_str().expect("utf-8"),
        "--out",
        out_arg.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(said.contains("bad.gift:1:"), "{said}");
    assert!(said.contains("not between one { and one }"), "{said}");
    assert!(!out_arg.join("modules").exists(), "nothing written");
    std::fs::write(&bad, [0xff, 0xfe, b'Q', 0]).expect("write");
    let out = puente(&[
        "convert",
        bad.to_str().expect("utf-8"),
        "--out",
        out_arg.to_str().expect("utf-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not UTF-8"), "{}", stderr(&out));
    let out = puente(&[
        "convert",
        bad.to_str().expect("utf-8"),
        "--out",
        out_arg.to_str().expect("utf-8"),
        "--module-id",
        "Not An Id",
    ]);
    assert_eq!(out.status.code(), Some(2));
}
