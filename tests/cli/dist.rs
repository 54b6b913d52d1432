//! What the release files are made of (scripts/dist.sh): the facilitator's
//! guide of the workshop kit, the icon in every size, the Linux menu entry
//! and the Debian package's list of files. scripts/smoke-dist.sh tests the
//! built files themselves.

use std::fs;
use std::process::Command;

fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("guide.pdf");
    fs::write(&path, pdf).expect("write");
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_facilitators_guide_is_one_page_in_three_languages() {
    let pdf = puente::report::pdf::facilitator_guide("9.8.7").expect("it fits one page");
    assert!(pdf.starts_with(b"%PDF-"));
    let Some(text) = pdftotext(&pdf) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs poppler-utils"
        );
        eprintln!("skipped the text check: pdftotext is not installed");
        return;
    };
    assert_eq!(
        text.matches('\u{c}').count(),
        1,
        "one page (pdftotext ends each page with a form feed)"
    );
    for expected in [
        "Puente 9.8.7",
        "Running a workshop with Puente",
        "Cómo llevar un taller con Puente",
        "Como conduzir uma oficina com o Puente",
        // Labels of the app, taken from its own messages.
        "Export my progress…",
        "Exportar mi progreso…",
        "Exportar meu progresso…",
        "Puente.exe import",
        "Puente · 1 / 1",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
}

#[test]
fn puente_guide_writes_the_pdf() {
    let dir = tempfile::tempdir().expect("temp");
    let out = dir.path().join("guide.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_puente"))
        .arg("guide")
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    let pdf = fs::read(&out).expect("written");
    assert!(pdf.starts_with(b"%PDF-"));

    let nowhere = dir.path().join("no-such-folder").join("guide.pdf");
    let run = Command::new(env!("CARGO_BIN_EXE_puente"))
        .arg("guide")
        .arg("--out")
        .arg(&nowhere)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).starts_with("puente guide: "));
}

/// Width and height from a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (be(16), be(20))
}

#[test]
fn the_icon_is_rendered_in_every_size_its_name_says() {
    let svg = fs::read_to_string("assets/icon/puente.svg").expect("the source is kept");
    assert!(svg.contains("<svg"));
    for size in [16, 24, 32, 48, 64, 128, 256] {
        let png = fs::read(format!("assets/icon/puente-{size}.png")).expect("rendered");
        assert_eq!(png_size(&png), (size, size), "puente-{size}.png");
    }
    let ico = fs::read("assets/icon/puente.ico").expect("the Windows icon");
    // ICONDIR: reserved 0, type 1 (icon), then the number of images.
    assert_eq!(&ico[..4], &[0, 0, 1, 0]);
    assert!(u16::from_le_bytes([ico[4], ico[5]]) >= 6);
}

#[test]
fn the_menu_entry_starts_puente_with_its_icon() {
    let entry = fs::read_to_string("packaging/linux/puente.desktop").expect("kept");
    for line in [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Puente",
        "Exec=puente",
        "Icon=puente",
        "Terminal=false",
        // Wayland matches the window's app id, X11 its class, to this file.
        "StartupWMClass=puente",
    ] {
        assert!(entry.lines().any(|l| l == line), "{line} missing");
    }
    for lang in ["es", "pt"] {
        assert!(entry.contains(&format!("Comment[{lang}]=")));
    }
}

#[test]
fn every_file_the_debian_package_lists_exists() {
    let manifest = fs::read_to_string("Cargo.toml").expect("Cargo.toml");
    let section = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("cargo-deb metadata");
    let mut sources = 0;
    for line in section
        .lines()
        .take_while(|l| !l.starts_with("[dependencies]"))
    {
        let Some(rest) = line.trim().strip_prefix("[\"") else {
            continue;
        };
        let source = rest.split('"').next().expect("a quoted path");
        sources += 1;
        if source.starts_with("target/") {
            continue; // the build's own output
        }
        assert!(
            fs::metadata(source).is_ok(),
            "{source} is listed but missing"
        );
    }
    assert!(sources >= 5, "the asset list is read ({sources})");
}

#[test]
fn the_read_me_files_speak_three_languages() {
    for file in [
        "packaging/windows/READ-ME.txt",
        "packaging/linux/READ-ME.txt",
        "packaging/kit/READ-ME.txt",
    ] {
        let text = fs::read_to_string(file).expect("kept");
        assert!(
            text.contains("@VERSION@"),
            "{file}: the version is filled in"
        );
        for heading in ["ENGLISH", "ESPAÑOL", "PORTUGUÊS"] {
            assert!(text.lines().any(|l| l == heading), "{file}: {heading}");
        }
        assert!(
            text.lines().all(|l| l.chars().count() <= 78),
            "{file}: lines fit a narrow Notepad window"
        );
    }
}
