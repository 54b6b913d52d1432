//! Files no author meant to write: each gets a clear error, never a panic.

use crate::common;

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

/// Run `puente` with `args`, failing the test (instead of hanging it) if it
/// has not finished within a minute.
#[cfg(unix)]
fn puente_within_a_minute(args: &[&std::ffi::OsStr]) -> std::process::Output {
    use std::time::{Duration, Instant};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_puente"))
        .env("LC_ALL", "en_US.UTF-8")
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("puente {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) -> bool {
    std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// FIFOs, devices and folders named like content files are named, never
/// read: a FIFO used to hang `puente check` and a link to /dev/zero to read
/// until memory ran out.
#[cfg(unix)]
#[test]
fn special_files_in_a_pack_are_named_and_never_read() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tmp");
    let pack = dir.path().join("pack");
    write_pack(&pack, &base());
    symlink("/dev/zero", pack.join("modules/z-zero.ron")).expect("link");
    fs::create_dir(pack.join("modules/d-folder.ron")).expect("mkdir");
    let fifos = mkfifo(&dir.path().join("pipe"));
    if fifos {
        symlink(dir.path().join("pipe"), pack.join("modules/f-link.ron")).expect("link");
        assert!(mkfifo(&pack.join("modules/g-fifo.ron")));
    }
    let out = puente_within_a_minute(&["check".as_ref(), pack.as_os_str()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let named = |file: &str, kind: &str| {
        text.lines().any(|l| {
            l.contains(&format!(
                "modules/{file}:1:1: error: this is {kind}, not an ordinary file"
            ))
        })
    };
    assert!(named("z-zero.ron", "a device"), "{text}");
    assert!(named("d-folder.ron", "a folder"), "{text}");
    if fifos {
        assert!(named("f-link.ron", "a named pipe (FIFO)"), "{text}");
        assert!(named("g-fifo.ron", "a named pipe (FIFO)"), "{text}");
    }
    // The good modules are still read and checked.
    assert!(!text.contains("modules/a.ron"), "{text}");
}

/// Attack C19: 20 modules of 7.6 MB (156 MB) were read whole, 1.29 GB.
/// A pack's files together are capped (32 MB, 2,000 files): reading stops
/// at the first file over, which is named, and the pack is refused.
#[test]
fn a_pack_too_large_in_all_is_refused_and_not_read_on() {
    let dir = tempfile::tempdir().expect("tmp");
    let pack = dir.path().join("pack");
    write_pack(&pack, &base());
    let big = format!(
        "Module(id: \"m\", title: \"T\", summary: \"S\", minutes: 15, objectives: [\"O\"], steps: [Lesson(id: \"l\", title: \"L\", body: \"{}\")])",
        "a".repeat(7_600_000)
    );
    for i in 0..6 {
        fs::write(pack.join(format!("modules/big-{i}.ron")), &big).expect("write");
    }
    let source = puente::content::source::read_dir(&pack);
    let read: usize = source.files.iter().map(|f| f.bytes.len()).sum();
    assert!(read <= 32 * 1024 * 1024, "{read} bytes read");
    assert!(!source.files.iter().any(|f| f.rel == "modules/big-5.ron"));
    let out = puente_within_a_minute(&["check".as_ref(), pack.as_os_str()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("error: the pack's files together hold more than 32 MB (reading stopped at ")
            && text.contains("big-4.ron"),
        "{text}"
    );

    let many = dir.path().join("many");
    write_pack(&many, &base());
    for i in 0..2_000 {
        fs::write(many.join(format!("modules/z{i:04}.ron")), "x").expect("write");
    }
    let source = puente::content::source::read_dir(&many);
    assert_eq!(source.files.len(), 2_000);
    let said: Vec<String> = source.problems.iter().map(|d| d.msg.to_string()).collect();
    assert_eq!(said.len(), 1, "said once: {said:?}");
    assert!(
        said[0].contains("the pack has more than 2000 files"),
        "{said:?}"
    );
}

/// `import` and `report` name a FIFO, a device and a dangling link, and
/// go on with the rest; none of them is opened for reading.
#[cfg(unix)]
#[test]
fn special_files_given_to_import_and_report_are_named_and_skipped() {
    use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().expect("tmp");
    let usb = dir.path().join("usb");
    fs::create_dir(&usb).expect("mkdir");
    let pack = content::load(&source::embedded()).pack.expect("pack");
    let bundles = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 1,
            events: 20,
            seed: 3,
            start: "2026-11-20T15:00:00Z".parse().expect("time"),
        },
    );
    fs::write(
        usb.join(file_name(0, &bundles[0])),
        bundles[0].to_bytes().expect("a bundle encodes"),
    )
    .expect("write");
    symlink("/dev/zero", usb.join("zero.puente")).expect("link");
    symlink(usb.join("gone.puente"), usb.join("dangling.puente")).expect("link");
    let fifo = usb.join("pipe.puente");
    let fifos = mkfifo(&fifo);

    let data = dir.path().join("data");
    let out = puente_within_a_minute(&[
        "import".as_ref(),
        "--data-dir".as_ref(),
        data.as_os_str(),
        usb.as_os_str(),
    ]);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("1 of"), "the good bundle imports: {all}");
    assert!(
        all.contains("zero.puente: is a device and not a file"),
        "{all}"
    );
    assert!(all.contains("dangling.puente: cannot be read"), "{all}");
    if fifos {
        assert!(
            all.contains("pipe.puente: is a named pipe (FIFO) and not a file"),
            "{all}"
        );
        // Given directly, too.
        let out = puente_within_a_minute(&[
            "import".as_ref(),
            "--data-dir".as_ref(),
            data.as_os_str(),
            fifo.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(1));
        let out = puente_within_a_minute(&[
            "report".as_ref(),
            fifo.as_os_str(),
            "--out".as_ref(),
            dir.path().join("r.pdf").as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("is a named pipe (FIFO)"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = puente_within_a_minute(&[
        "report".as_ref(),
        "/dev/zero".as_ref(),
        "--out".as_ref(),
        dir.path().join("r.pdf").as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/dev/zero is a device"));
}

/// Attacks C16 and C17: thousands of unknown glossary links on one line,
/// against thousands of terms. Each rule reports 100 findings in full and
/// counts the rest; positions stay exact on a megabyte-long line.
#[test]
fn thousands_of_the_same_mistake_are_counted_not_listed() {
    let terms: String = (0..3000)
        .map(|i| format!("(id: \"term-{i:05}\", term: \"T{i}\", definition: \"D.\"),"))
        .collect();
    let glossary = format!("Glossary(terms: [{terms}])");
    let links: String = (0..3000)
        .map(|i| format!("[é{i}](glossary:mistake-{i:05}) "))
        .collect();
    let module = MODULE_A.replace(
        "A [patent](glossary:patent) ([TRIPS art. 28](source:trips)) is a right.",
        &format!("Ünïcode first. {links}"),
    );
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| r != "glossary.ron" && r != "modules/a.ron" && r != "modules/b.ron")
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push(("glossary.ron".into(), glossary.into_bytes()));
    files.push(("modules/a.ron".into(), module.clone().into_bytes()));
    let diagnostics = load_files(files).diagnostics;
    let links: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.msg.id() == "chk-link-glossary")
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        links.len(),
        puente::content::validate::MAX_FINDINGS_PER_RULE
    );
    let more: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.msg.id() == "chk-and-more")
        .map(ToString::to_string)
        .collect();
    assert_eq!(more.len(), 1, "{more:?}");
    assert!(
        more[0].contains("and 2900 more like this in this file"),
        "{}",
        more[0]
    );
    // The 100th link is placed exactly: its column counts characters.
    let line = module
        .lines()
        .position(|l| l.contains("mistake-00099"))
        .expect("the line")
        + 1;
    let col = module.lines().nth(line - 1).expect("line")[..module
        .lines()
        .nth(line - 1)
        .expect("line")
        .find("glossary:mistake-00099")
        .expect("there")]
        .chars()
        .count()
        + 1;
    assert!(
        links.iter().any(
            |l| l.starts_with(&format!("pack/modules/a.ron:{line}:{col}: error:"))
                && l.contains("mistake-00099")
        ),
        "{}",
        links.last().expect("some")
    );
}

/// Attack C14: 1,000 modules each requiring all the others used to give
/// 499,500 cycle errors and take 5 GB. Each module is now named in one
/// reported cycle at most.
#[test]
fn modules_that_all_require_each_other_give_a_few_messages() {
    let n = 120;
    let ids: Vec<String> = (0..n).map(|i| format!("m{i:03}")).collect();
    let mut files: Vec<(String, Vec<u8>)> = vec![("pack.ron".into(), PACK.as_bytes().to_vec())];
    for id in &ids {
        let pre: Vec<String> = ids
            .iter()
            .filter(|o| *o != id)
            .map(|o| format!("\"{o}\""))
            .collect();
        let module = format!(
            "Module(id: \"{id}\", title: \"T\", summary: \"S\", minutes: 5, prerequisites: [{}], objectives: [\"o\"], steps: [Lesson(id: \"l\", title: \"t\", body: \"b\")])",
            pre.join(", ")
        );
        files.push((format!("modules/{id}.ron"), module.into_bytes()));
    }
    let diagnostics = load_files(files).diagnostics;
    let cycles = diagnostics
        .iter()
        .filter(|d| d.msg.id() == "chk-prerequisite-cycle")
        .count();
    assert!((1..=n / 2).contains(&cycles), "{cycles} cycles reported");
}
