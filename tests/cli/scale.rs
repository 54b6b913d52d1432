//! A programme's cohort through the command line: the xAPI export in
//! batches or JSON Lines, the folders it refuses, and a folder with many
//! damaged files among the good ones.

use std::path::Path;
use std::process::{Command, Output};

use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
use puente::cohort::xapi::rules::violations;
use puente::content;

fn puente(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_puente"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write_cohort(dir: &Path, learners: usize, events: usize) {
    std::fs::create_dir_all(dir).expect("mkdir");
    let pack = content::load(&content::source::embedded())
        .pack
        .expect("the built-in pack loads");
    let bundles = sample_cohort(
        &pack,
        &SampleOptions {
            learners,
            events,
            seed: 8,
            start: "2026-11-20T15:00:00Z".parse().expect("time"),
        },
    );
    for (i, b) in bundles.iter().enumerate() {
        std::fs::write(dir.join(file_name(i, b)), b.to_bytes().expect("encodes")).expect("write");
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn xapi_is_written_in_batches_or_as_json_lines() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    write_cohort(&tmp.path().join("usb"), 5, 300);
    let usb = tmp.path().join("usb");
    let out = puente(&data, &["import", usb.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));

    let batches = tmp.path().join("batches");
    let b = batches.to_str().expect("utf-8");
    let out = puente(&data, &["export", "--xapi", b, "--batch", "100"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names = files_in(&batches);
    let mut total = 0;
    for (n, name) in names.iter().enumerate() {
        assert_eq!(name, &format!("statements-{:05}.json", n + 1));
        let all: Vec<serde_json::Value> =
            serde_json::from_slice(&std::fs::read(batches.join(name)).expect("read"))
                .expect("a JSON array");
        assert!(!all.is_empty() && all.len() <= 100, "{name}: {}", all.len());
        for s in &all {
            assert_eq!(violations(s), Vec::<String>::new(), "{s}");
        }
        total += all.len();
    }
    assert!(total > 1000, "{total}");
    assert_eq!(names.len(), total.div_ceil(100));
    let said = stderr(&out);
    assert!(
        said.contains(&format!(
            "wrote {total} xAPI statements of 5 learners to {b} ({} files of at most 100)",
            names.len()
        )),
        "{said}"
    );

    let lines = tmp.path().join("lines");
    let l = lines.to_str().expect("utf-8");
    let out = puente(
        &data,
        &["export", "--xapi", l, "--jsonl", "--batch", "100000"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files_in(&lines), vec!["statements-00001.jsonl".to_owned()]);
    let text = std::fs::read_to_string(lines.join("statements-00001.jsonl")).expect("read");
    assert_eq!(text.lines().count(), total);
    for line in text.lines() {
        let s: serde_json::Value = serde_json::from_str(line).expect("one statement a line");
        assert!(s["id"].is_string());
    }

    // The same ids, whatever the batch size or format.
    let first: serde_json::Value =
        serde_json::from_str(text.lines().next().expect("a line")).expect("json");
    let batch_one: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(batches.join(&names[0])).expect("read"))
            .expect("json");
    assert_eq!(first["id"], batch_one[0]["id"]);
}

#[test]
fn xapi_never_writes_into_a_file_or_an_earlier_export() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    write_cohort(&tmp.path().join("usb"), 1, 40);
    let usb = tmp.path().join("usb");
    assert!(
        puente(&data, &["import", usb.to_str().expect("utf-8")])
            .status
            .success()
    );
    let file = tmp.path().join("statements.json");
    std::fs::write(&file, b"[]").expect("write");
    let out = puente(&data, &["export", "--xapi", file.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a file; give a folder"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&file).expect("read"), b"[]", "left as it was");

    let dir = tmp.path().join("x");
    let d = dir.to_str().expect("utf-8");
    assert!(puente(&data, &["export", "--xapi", d]).status.success());
    let before = files_in(&dir);
    let out = puente(&data, &["export", "--xapi", d]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("already holds files; give a new or empty folder"),
        "{}",
        stderr(&out)
    );
    assert_eq!(files_in(&dir), before);

    // --batch needs --xapi, and at least one statement a file.
    assert_eq!(
        puente(&data, &["export", "--batch", "5"]).status.code(),
        Some(2)
    );
    let out = puente(&data, &["export", "--xapi", "y", "--batch", "0"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// Thousands of damaged or foreign files among the good bundles: the good
/// ones import, the first bad ones are named, the rest counted by reason,
/// and the terminal gets a few dozen lines, not thousands.
#[test]
fn a_folder_with_thousands_of_bad_files_imports_the_good_ones_with_a_summary() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let usb = tmp.path().join("usb");
    write_cohort(&usb, 30, 20);
    for n in 0..3000 {
        let (name, bytes): (String, &[u8]) = match n % 3 {
            0 => (format!("cut-{n:04}.puente"), b"{\"kind\": \"puente-pro"),
            1 => (format!("other-{n:04}.json"), b"{\"hello\": 1}"),
            _ => (format!("empty-{n:04}.puente"), b""),
        };
        std::fs::write(usb.join(name), bytes).expect("write");
    }
    let out = puente(&data, &["import", usb.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1), "a file was skipped");
    let said = stderr(&out);
    assert!(
        said.lines().count() < 60,
        "{} lines:\n{said}",
        said.lines().count()
    );
    assert_eq!(
        said.lines().filter(|l| l.starts_with("skipped ")).count(),
        20
    );
    assert!(said.contains("… and 2980 more files skipped:"), "{said}");
    assert!(said.contains("… and 10 more files imported"), "{said}");
    assert!(said.contains("30 of 3030 files imported"), "{said}");
    for kind in ["ends too early", "empty", "not a Puente progress bundle"] {
        assert!(
            said.lines()
                .any(|l| l.starts_with("  ") && l.contains(kind)),
            "{kind}: {said}"
        );
    }
    let out = puente(
        &data,
        &[
            "cohort",
            "--csv",
            tmp.path().join("c.csv").to_str().expect("utf-8"),
        ],
    );
    assert!(stderr(&out).contains("(30 learners)"), "{}", stderr(&out));
}
