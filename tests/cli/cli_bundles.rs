//! The command line against bundles written to attack it (issue 18:
//! B18, B27, B41, D14, F7/G3/G4): what reaches the terminal, the CSV, the
//! xAPI file, and what import refuses.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn puente(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_puente"))
        .env("LC_ALL", "en_US.UTF-8")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    puente(&args)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// One made-up bundle (the first of `sample-cohort`), as JSON to edit.
fn sample(dir: &Path) -> serde_json::Value {
    let s = dir.join("sample");
    let out = run(&[
        "sample-cohort",
        s.to_str().expect("utf-8"),
        "--learners",
        "1",
        "--events",
        "20",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = std::fs::read_dir(&s)
        .expect("written")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".puente"))
        .expect("a bundle");
    serde_json::from_slice(&std::fs::read(file).expect("read")).expect("json")
}

/// Write `bundle`, edited by hand, with its checksum made anew (as the
/// edit was on purpose): what is tested is what the edit did.
fn write(dir: &Path, name: &str, bundle: &serde_json::Value) -> PathBuf {
    let path = dir.join(name);
    let mut bundle = bundle.clone();
    if let Some(map) = bundle.as_object_mut() {
        map.remove("checksum");
    }
    let bytes = serde_json::to_vec(&bundle).expect("json");
    std::fs::write(&path, puente::progress::bundle::reseal(&bytes)).expect("written");
    path
}

/// No escape byte, no CR, no C1 control, and no line that does not start
/// like one the command writes.
fn assert_clean_terminal_text(text: &str, starts: &[&str]) {
    assert!(
        !text.contains(|c: char| c.is_control() && c != '\n'),
        "control characters reached the terminal: {text:?}"
    );
    for line in text.lines() {
        assert!(
            starts.iter().any(|s| line.starts_with(s)),
            "a line the command did not write: {line:?} in {text:?}"
        );
    }
}

/// B18: names, groups and pack versions from a bundle cannot send terminal
/// escapes or fake lines of output.
#[test]
fn bundle_strings_reach_the_terminal_escaped() {
    let tmp = tempfile::tempdir().expect("temp");
    let mut b = sample(tmp.path());
    let evil = "\u{1b}[31mRed\u{1b}]0;title\u{7}\r\nimported fake.puente: Mallory\u{9b}2J\u{202e}";
    b["profile"]["name"] = evil.into();
    b["profile"]["group"] = "g\r\nskipped everything".into();
    b["events"][0]["pack_version"] = "1\u{1b}[2J\nskipped x".into();
    let file = write(tmp.path(), "evil.puente", &b);
    let data = tmp.path().join("data");
    let d = data.to_str().expect("utf-8");
    let out = run(&["--data-dir", d, "import", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stderr(&out);
    assert_clean_terminal_text(&text, &["imported ", "1 of 1 file"]);
    assert!(text.contains("\\u{1b}[31mRed"), "{text}");
    assert!(text.contains("\\r\\nimported fake.puente"), "{text}");

    let csv = tmp.path().join("c.csv");
    let out = run(&[
        "--data-dir",
        d,
        "cohort",
        "--csv",
        csv.to_str().expect("utf-8"),
        "--group",
        "nobody\nfake line",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_clean_terminal_text(&stderr(&out), &["puente cohort: note:", "wrote "]);
    assert!(
        stderr(&out).contains("g\\r\\nskipped everything"),
        "{}",
        stderr(&out)
    );

    let id = b["profile"]["id"].as_str().expect("an id");
    let back = tmp.path().join("back.puente");
    let out = run(&[
        "--data-dir",
        d,
        "export",
        "--profile",
        id,
        "--out",
        back.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_clean_terminal_text(&stderr(&out), &["wrote ", "left out "]);

    let pdf = tmp.path().join("r.pdf");
    let out = run(&[
        "report",
        back.to_str().expect("utf-8"),
        "--out",
        pdf.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_clean_terminal_text(&stderr(&out), &["wrote "]);
}

#[test]
fn term_escapes_only_what_a_terminal_acts_on() {
    use puente::cli::term;
    assert_eq!(term("Ana María Núñez 山田"), "Ana María Núñez 山田");
    assert_eq!(term("a\u{1b}[1mb"), "a\\u{1b}[1mb");
    assert_eq!(term("a\r\nb\tc"), "a\\r\\nb\\tc");
    assert_eq!(term("\u{9b}\u{7f}\u{202e}"), "\\u{9b}\\u{7f}\\u{202e}");
}

/// B27 and B41 through `puente export --xapi`: bad base addresses end 2
/// with the reason; negative-year events are left out and counted.
#[test]
fn xapi_export_takes_only_what_an_lrs_accepts() {
    let tmp = tempfile::tempdir().expect("temp");
    let mut b = sample(tmp.path());
    let events = b["events"].as_array_mut().expect("events");
    let n = events.len();
    events[0]["at"] = "-009999-01-03T00:00:00Z".into();
    events[1]["at"] = "-000001-06-01T00:00:00Z".into();
    let file = write(tmp.path(), "old.puente", &b);
    let data = tmp.path().join("data");
    let d = data.to_str().expect("utf-8");
    let out = run(&["--data-dir", d, "import", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let xapi = tmp.path().join("xapi");
    let x = xapi.to_str().expect("utf-8");
    let long = format!("https://lrs.example.edu/{}", "a".repeat(100_000));
    for bad in [
        "https://lrs.example.edu/a b",
        "https://lrs.example.edu/\"x\"",
        "https://lrs.example.edu/\u{1b}[31m",
        "lrs",
        long.as_str(),
    ] {
        let out = run(&["--data-dir", d, "export", "--xapi", x, "--xapi-base", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", stderr(&out));
        let text = stderr(&out);
        assert!(
            text.contains("--xapi-base") && text.contains("cannot be used"),
            "{text}"
        );
        assert!(
            text.len() < 400,
            "the message repeats the whole value: {text}"
        );
        assert!(!text.contains('\u{1b}'), "{text:?}");
        assert!(!xapi.exists(), "written for {bad:?}");
    }
    let out = run(&[
        "--data-dir",
        d,
        "export",
        "--xapi",
        x,
        "--xapi-base",
        "https://lrs.example.edu/xapi/",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("2 events dated before the year 1 were left out"),
        "{}",
        stderr(&out)
    );
    let all: serde_json::Value = serde_json::from_slice(
        &std::fs::read(xapi.join("statements-00001.json")).expect("written"),
    )
    .expect("json");
    let all = all.as_array().expect("an array");
    assert!(!all.is_empty() && all.len() < n + n, "{}", all.len());
    for s in all {
        let t = s["timestamp"].as_str().expect("a timestamp");
        assert!(
            t.len() >= 20 && t.as_bytes()[..4].iter().all(u8::is_ascii_digit),
            "{t}"
        );
        let home = s["actor"]["account"]["homePage"]
            .as_str()
            .expect("home page");
        assert_eq!(home, "https://lrs.example.edu/xapi");
    }
}

/// G3, G4 (F7) through `puente import`: a long name comes in cut, a long
/// pack version sends the file back with a short reason.
#[test]
fn import_bounds_what_a_bundle_carries() {
    let tmp = tempfile::tempdir().expect("temp");
    let mut b = sample(tmp.path());
    b["profile"]["name"] = "N".repeat(30_000).into();
    let name = write(tmp.path(), "name.puente", &b);
    b["profile"]["name"] = "x".into();
    b["profile"]["id"] = "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d".into();
    for e in b["events"].as_array_mut().expect("events") {
        e["profile"] = "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d".into();
    }
    b["events"][3]["pack_version"] = "V".repeat(5_000_000).into();
    let version = write(tmp.path(), "version.puente", &b);
    let data = tmp.path().join("data");
    let d = data.to_str().expect("utf-8");
    let out = run(&[
        "--data-dir",
        d,
        "import",
        name.to_str().expect("utf-8"),
        version.to_str().expect("utf-8"),
    ]);
    let text = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.len() < 2_000, "{} bytes of messages", text.len());
    let cut = format!("{}…", "N".repeat(119));
    assert!(text.contains(&format!("name.puente: {cut} (")), "{text}");
    assert!(
        text.contains("event 4: its pack version is 5000000 characters long"),
        "{text}"
    );
    assert!(text.contains("1 of 2 files imported"), "{text}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy");
        }
    }
}

/// D14: a copy of a profile folder inside `profiles/` counts the learner
/// once, and export by name or id works and says what the copy is.
#[test]
fn a_copied_profile_folder_is_one_learner() {
    let tmp = tempfile::tempdir().expect("temp");
    let mut b = sample(tmp.path());
    b["profile"]["name"] = "Ana Copia".into();
    let file = write(tmp.path(), "ana.puente", &b);
    let data = tmp.path().join("data");
    let d = data.to_str().expect("utf-8");
    let out = run(&["--data-dir", d, "import", file.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = b["profile"]["id"].as_str().expect("an id");
    let original = data.join("profiles").join(id);
    copy_dir(
        &original,
        &data.join("profiles").join(format!("{id} (copy)")),
    );

    let csv = tmp.path().join("c.csv");
    let out = run(&[
        "--data-dir",
        d,
        "cohort",
        "--csv",
        csv.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).expect("written");
    assert_eq!(text.matches("Ana Copia").count(), 1, "{text}");
    assert!(
        stderr(&out).contains("is a copy of Ana Copia's profile"),
        "{}",
        stderr(&out)
    );

    for wanted in ["ana copia", id] {
        let back = tmp.path().join("back.puente");
        let out = run(&[
            "--data-dir",
            d,
            "export",
            "--profile",
            wanted,
            "--out",
            back.to_str().expect("utf-8"),
        ]);
        let text = stderr(&out);
        assert!(out.status.success(), "{wanted}: {text}");
        assert!(text.contains("events of Ana Copia"), "{text}");
        assert!(
            text.contains("(copy) cannot be opened: it is a copy")
                && text.contains("Move the copy out"),
            "{text}"
        );
    }

    // Only a folder under another name: it is named, with the fix.
    std::fs::remove_dir_all(&original).expect("removed");
    let out = run(&[
        "--data-dir",
        d,
        "cohort",
        "--csv",
        csv.to_str().expect("utf-8"),
    ]);
    assert!(
        stderr(&out).contains(&format!(
            "must be named after its id; rename it to {}",
            original.display()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_terminal_writer_lets_only_line_breaks_and_tabs_through() {
    use std::io::Write;
    let mut bytes = Vec::new();
    {
        let mut w = puente::cli::TerminalSafe::new(&mut bytes);
        w.write_all("a\u{1b}[2Jb\r\n\tc\u{7f}ñ".as_bytes())
            .expect("written");
        // A C1 control split over two writes; a £ split after its first byte.
        w.write_all(&[b'd', 0xc2]).expect("written");
        w.write_all(&[0x9b, b'e', 0xc2]).expect("written");
        w.write_all("£".as_bytes()[1..].as_ref()).expect("written");
        w.write_all(&[0xc2]).expect("written");
    }
    let mut want = "a\\u{1b}[2Jb\\u{d}\n\tc\\u{7f}ñd\\u{9b}e£"
        .as_bytes()
        .to_vec();
    // The byte held at the end is written when the writer goes.
    want.push(0xc2);
    assert_eq!(
        String::from_utf8_lossy(&bytes),
        String::from_utf8_lossy(&want)
    );
    assert_eq!(bytes, want);
}

/// An edited bundle whose every event names another pack version gets a
/// report line of ten versions and a count, not one of thousands.
#[test]
fn many_pack_versions_make_one_short_line() {
    let tmp = tempfile::tempdir().expect("temp");
    let mut b = sample(tmp.path());
    let events = b["events"].as_array_mut().expect("events");
    let n = events.len();
    for (i, e) in events.iter_mut().enumerate() {
        e["pack_version"] = format!("v{i:03}-{}", "x".repeat(100)).into();
    }
    let file = write(tmp.path(), "versions.puente", &b);
    let data = tmp.path().join("data");
    let out = run(&[
        "--data-dir",
        data.to_str().expect("utf-8"),
        "import",
        file.to_str().expect("utf-8"),
    ]);
    let text = stderr(&out);
    assert!(out.status.success(), "{text}");
    assert!(text.contains(&format!("… (+{})", n - 10)), "{text}");
    assert!(text.contains("v009-") && !text.contains("v010-"), "{text}");
}

/// `puente export` leaves reflections and notes out unless told to share
/// them, and `puente import` takes none from a bundle that does not share
/// them (an old bundle included).
#[test]
fn reflections_travel_only_when_shared() {
    let dir = tempfile::tempdir().expect("tmp");
    let mut bundle = sample(dir.path());
    let texts = |b: &serde_json::Value| {
        b["events"]
            .as_array()
            .expect("events")
            .iter()
            .filter(|e| e["answer"]["type"] == "text" || e["kind"] == "item_noted")
            .count()
    };
    assert!(texts(&bundle) > 0, "the sample learner wrote reflections");
    bundle
        .as_object_mut()
        .expect("object")
        .remove("reflections_shared");
    let old = write(dir.path(), "old.puente", &bundle);
    let data = dir.path().join("data");
    let d = data.to_str().expect("utf-8");
    let out = run(&["--data-dir", d, "import", old.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("left out: the learner did not share them"),
        "{}",
        stderr(&out)
    );
    let name = bundle["profile"]["name"].as_str().expect("name").to_owned();

    // Exported again from that folder: private unless --share-reflections.
    let plain = dir.path().join("plain.puente");
    let out = run(&[
        "--data-dir",
        d,
        "export",
        "--profile",
        &name,
        "--out",
        plain.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let read = |p: &Path| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(p).expect("read")).expect("json")
    };
    assert_eq!(
        texts(&read(&plain)),
        0,
        "none reached the facilitator's folder"
    );

    // A learner who shares: the bundle says so and the import takes them.
    bundle["reflections_shared"] = serde_json::Value::Bool(true);
    let shared = write(dir.path(), "shared.puente", &bundle);
    let out = run(&["--data-dir", d, "import", shared.to_str().expect("utf-8")]);
    assert!(!stderr(&out).contains("left out"), "{}", stderr(&out));
    let both = dir.path().join("both.puente");
    let out = run(&[
        "--data-dir",
        d,
        "export",
        "--profile",
        &name,
        "--share-reflections",
        "--out",
        both.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(texts(&read(&both)), texts(&bundle));
    assert_eq!(read(&both)["reflections_shared"], true);
}
