//! `puente pack` and `.puente-pack` files: made from a folder, opened by
//! `puente check` like the folder, refused with a reason when damaged,
//! oversized or hostile.

use crate::common;

use std::io::Write;
use std::process::{Command, Output};

use common::*;

fn puente(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_puente"))
        .env("LC_ALL", "en_US.UTF-8")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_packed_folder_checks_like_the_folder() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("pack");
    write_pack(&dir, &base());
    let file = tmp.path().join("shared.puente-pack");
    let out = puente(&[
        "pack".as_ref(),
        dir.as_os_str(),
        "--out".as_ref(),
        file.as_os_str(),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("shared.puente-pack"), "{}", text(&out));
    let folder = puente(&["check".as_ref(), "--json".as_ref(), dir.as_os_str()]);
    let packed = puente(&["check".as_ref(), "--json".as_ref(), file.as_os_str()]);
    assert!(packed.status.success(), "{}", text(&packed));
    let counts = |out: &Output| {
        let mut json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        json.as_object_mut().expect("object").remove("diagnostics");
        json
    };
    assert_eq!(counts(&folder), counts(&packed));
    // The same folder makes the same file, byte for byte.
    let again = tmp.path().join("again.puente-pack");
    assert!(
        puente(&[
            "pack".as_ref(),
            dir.as_os_str(),
            "--out".as_ref(),
            again.as_os_str()
        ])
        .status
        .success()
    );
    assert_eq!(
        std::fs::read(&file).expect("file"),
        std::fs::read(&again).expect("again")
    );
}

#[test]
fn a_pack_with_errors_is_not_packed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("pack");
    let mut files = base();
    files[0].1 = files[0]
        .1
        .replacen("format: 1", "format: 1, nonsense: 3", 1);
    write_pack(&dir, &files);
    let file = tmp.path().join("p.puente-pack");
    let out = puente(&[
        "pack".as_ref(),
        dir.as_os_str(),
        "--out".as_ref(),
        file.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("pack.ron:"), "{}", text(&out));
    assert!(text(&out).contains("was not packed"), "{}", text(&out));
    assert!(!file.exists(), "nothing is written");
    let bad_name = puente(&[
        "pack".as_ref(),
        dir.as_os_str(),
        "--out".as_ref(),
        "p.txt".as_ref(),
    ]);
    assert_eq!(bad_name.status.code(), Some(2));
    assert!(
        text(&bad_name).contains(".puente-pack"),
        "{}",
        text(&bad_name)
    );
}

#[test]
fn damaged_and_hostile_pack_files_are_refused_with_a_reason() {
    let tmp = tempfile::tempdir().expect("tmp");
    let damaged = tmp.path().join("damaged.puente-pack");
    std::fs::write(&damaged, b"PK\x03\x04 not really").expect("write");
    let out = puente(&["check".as_ref(), damaged.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("damaged.puente-pack:1:1: error: this is not a readable pack file"),
        "{}",
        text(&out)
    );

    let big = tmp.path().join("big.puente-pack");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(puente::content::archive::MAX_ARCHIVE_BYTES + 1)
        .expect("sparse");
    let out = puente(&["check".as_ref(), big.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("a pack file may be at most 32 MB"),
        "{}",
        text(&out)
    );

    // A pack file with an entry that climbs out of the pack.
    let files: Vec<(String, String)> = base();
    let mut entries: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    entries.push(("../outside.ron", b"x"));
    let bytes = puente::content::archive::pack(entries).expect("zip");
    let hostile = tmp.path().join("hostile.puente-pack");
    std::fs::File::create(&hostile)
        .and_then(|mut f| f.write_all(&bytes))
        .expect("write");
    let out = puente(&["check".as_ref(), hostile.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("hostile.puente-pack/../outside.ron:1:1: error: this entry's name points outside the pack"), "{}", text(&out));
    assert!(!tmp.path().join("outside.ron").exists());
}
