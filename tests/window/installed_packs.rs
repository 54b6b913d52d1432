//! Installing packs: a pack opened from a folder is offered for install,
//! installed into the data folder from Settings, opened at the next start,
//! updated from a newer folder (never from one with errors), and removed
//! while learners' records stay.

use crate::common;

use std::path::{Path, PathBuf};

use common::ui::*;
use egui_kittest::Harness;
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;
use puente::ui::view::Action;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// The window as `puente --data-dir data` opens it.
fn start(data: &Path) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            let packs = puente::ui::start_packs(&data, &[]);
            let mut app = PuenteApp::new(&cc.egui_ctx, packs.loaded, data, DataDirKind::Explicit)
                .with_language("en");
            app.packs.installed = packs.installed;
            app.packs.origins = packs.origins;
            app
        });
    settle(&mut h);
    h
}

fn version(h: &Harness<'_, PuenteApp>) -> Option<String> {
    h.state()
        .library
        .pack("test-pack")
        .map(|p| p.info.version.clone())
}

fn set_version(pack: &Path, from: &str, to: &str) {
    let file = pack.join("pack.ron");
    let text = std::fs::read_to_string(&file).expect("pack.ron");
    std::fs::write(&file, text.replacen(from, to, 1)).expect("save");
}

#[test]
fn a_pack_is_installed_opened_at_start_updated_and_removed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let folder: PathBuf = tmp.path().join("stick/pack");
    copy_dir(
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/pack-0.2.0"
        )),
        &folder,
    );
    set_version(&folder, "id: \"puente-core\"", "id: \"test-pack\"");
    let data = tmp.path().join("data");
    let installed = data.join("packs/test-pack/pack.ron");

    let mut h = start(&data);
    type_into(&mut h, "Your name", "Lucía");
    click(&mut h, "Create profile");
    h.state_mut().apply(Action::OpenPackPath(folder.clone()));
    wait_idle(&mut h);
    assert!(
        shows(&h, "install it in Settings"),
        "opening offers to install"
    );
    assert_eq!(version(&h).as_deref(), Some("0.2.0"));
    click(&mut h, "Settings");
    assert!(shows(&h, "From: "), "the source folder is listed");
    click(&mut h, "Install");
    wait_idle(&mut h);
    assert!(installed.is_file(), "copied into the data folder");
    assert!(shows(&h, "It is installed and opens at every start"));
    drop(h);

    // The next start opens it without --pack, and lists it with its source.
    let mut h = start(&data);
    assert_eq!(version(&h).as_deref(), Some("0.2.0"));
    click(&mut h, "Settings");
    assert!(shows(&h, "Installed"));
    assert!(shows(&h, "stick"), "the source folder is remembered");

    // A newer folder updates it; a folder with errors never does.
    set_version(&folder, "version: \"0.2.0\"", "version: \"0.3.0\"");
    click(&mut h, "Update from this folder");
    wait_idle(&mut h);
    assert_eq!(version(&h).as_deref(), Some("0.3.0"));
    assert!(
        std::fs::read_to_string(&installed)
            .expect("installed")
            .contains("0.3.0")
    );
    set_version(
        &folder,
        "version: \"0.3.0\"",
        "version: \"0.4.0\", nonsense: 1",
    );
    click(&mut h, "Update from this folder");
    wait_idle(&mut h);
    assert!(shows(&h, "A pack with errors is never installed"));
    assert_eq!(version(&h).as_deref(), Some("0.3.0"));
    assert!(
        std::fs::read_to_string(&installed)
            .expect("installed")
            .contains("0.3.0")
    );

    // Removed: the folder goes, the learner's profile stays.
    click(&mut h, "Remove");
    wait_idle(&mut h);
    assert!(shows(&h, "was removed from this computer"));
    assert!(!data.join("packs/test-pack").exists());
    assert!(data.join("profiles").is_dir());
    drop(h);
    let h = start(&data);
    assert_eq!(version(&h), None, "not opened at the next start");
}
