//! Files no author meant to write: each gets a clear error, never a panic.

mod common;

use std::fs;

use common::*;
use puente::content::{self, source};

fn with_module(bytes: Vec<u8>) -> Vec<String> {
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| r != "modules/b.ron")
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push(("modules/b.ron".into(), bytes));
    load_files(files)
        .diagnostics
        .iter()
        .filter(|d| d.path == "pack/modules/b.ron")
        .map(ToString::to_string)
        .collect()
}

#[track_caller]
fn assert_one(lines: &[String], prefix: &str, part: &str) {
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(prefix) && l.contains(part)),
        "expected {prefix}… {part:?} in:\n{}",
        lines.join("\n")
    );
}

#[test]
fn empty_file() {
    assert_one(
        &with_module(Vec::new()),
        "pack/modules/b.ron:1:1: error:",
        "the file is empty; it should hold one Module(…)",
    );
    assert_one(
        &with_module(b"  \n\t\n".to_vec()),
        "pack/modules/b.ron:1:1: error:",
        "the file is empty",
    );
}

#[test]
fn binary_file() {
    let mut bytes = b"Module(\n  id: \"b\",".to_vec();
    bytes.extend_from_slice(&[0, 159, 146, 150, 0, 1, 2]);
    assert_one(
        &with_module(bytes),
        "pack/modules/b.ron:2:11: error:",
        "binary file",
    );
}

#[test]
fn not_utf8() {
    // "Módulo" written in Latin-1, as an old editor might save it.
    let mut bytes = b"Module(\n  title: \"M".to_vec();
    bytes.push(0xF3);
    bytes.extend_from_slice(b"dulo\",\n)");
    assert_one(
        &with_module(bytes),
        "pack/modules/b.ron:2:12: error:",
        "not UTF-8 text",
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(MODULE_B.as_bytes());
    assert!(with_module(bytes).is_empty());
}

#[test]
fn truncated_file() {
    let cut = &MODULE_B[..MODULE_B.len() / 2];
    let lines = with_module(cut.as_bytes().to_vec());
    assert_one(&lines, "pack/modules/b.ron:", "was it cut short?");
    let lines = with_module(
        MODULE_B
            .trim_end()
            .trim_end_matches(')')
            .as_bytes()
            .to_vec(),
    );
    assert_one(&lines, "pack/modules/b.ron:", "the file ends too early");
}

#[test]
fn deeply_nested_brackets() {
    let deep = format!(
        "Module(id: \"b\", steps: {}{})",
        "[".repeat(200_000),
        "]".repeat(200_000)
    );
    let lines = with_module(deep.into_bytes());
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("error:"), "{lines:?}");

    let deep = format!(
        "Module(id: \"b\", title: {}{})",
        "{".repeat(200_000),
        "}".repeat(200_000)
    );
    assert_eq!(with_module(deep.into_bytes()).len(), 1);

    // pack.ron is read twice (the format check first): neither may overflow.
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| r != "pack.ron")
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push((
        "pack.ron".into(),
        format!("Pack(format: {})", "(".repeat(200_000)).into_bytes(),
    ));
    let d = load_files(files).diagnostics;
    assert!(
        d.iter().any(|d| d.path == "pack/pack.ron" && d.is_error()),
        "{}",
        show(&d)
    );
}

#[test]
fn fifty_megabytes_in_memory() {
    let mut big = MODULE_B.as_bytes().to_vec();
    big.resize(50_000_000, b' ');
    assert_one(
        &with_module(big),
        "pack/modules/b.ron:1:1: error:",
        "the file is 50.0 MB",
    );
}

#[test]
fn fifty_megabytes_on_disk_is_not_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("modules")).expect("mkdir");
    for (rel, text) in base() {
        if let Some(parent) = dir.path().join(&rel).parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(dir.path().join(&rel), text).expect("write");
    }
    let big = fs::File::create(dir.path().join("modules/huge.ron")).expect("create");
    big.set_len(50_000_000).expect("sparse file");
    let source = source::read_dir(dir.path());
    assert!(
        source.files.iter().all(|f| f.rel != "modules/huge.ron"),
        "the big file is never read"
    );
    let loaded = content::load(&source);
    let line = loaded
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .find(|l| l.contains("huge.ron"))
        .expect("reported");
    assert!(line.ends_with("error: the file is 50.0 MB; a content file may be at most 8 MB — split it into several modules, or check that it is the right file"), "{line}");
}

#[test]
fn missing_folder_and_file_instead_of_folder() {
    let d = content::load(&source::read_dir(std::path::Path::new("/no/such/pack"))).diagnostics;
    assert!(
        d[0].to_string()
            .starts_with("/no/such/pack:1:1: error: cannot open this pack folder"),
        "{}",
        show(&d)
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("module.ron");
    fs::write(&file, MODULE_B).expect("write");
    let d = content::load(&source::read_dir(&file)).diagnostics;
    assert!(
        d[0].message().contains("takes a pack folder"),
        "{}",
        show(&d)
    );
}

#[test]
fn random_bytes_never_panic() {
    // A cheap deterministic fuzz: many corruptions of a real module.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let mut bytes = MODULE_A.as_bytes().to_vec();
        for _ in 0..(next() % 8 + 1) {
            let at = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[at] = (next() % 256) as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
            if bytes.is_empty() {
                break;
            }
        }
        let _ = with_module(bytes);
    }
}
