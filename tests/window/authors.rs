//! Content authors: a pack that cannot be opened is announced in the
//! window, and the list of content problems is for authors (a pack given
//! with --pack or opened from a folder, or --author), not every learner.

use std::path::Path;

use crate::common;

use common::ui::*;
use egui_kittest::Harness;
use puente::content::{self, source};
use puente::progress::store::{DataDirKind, Store};
use puente::ui::PuenteApp;

fn frozen_files() -> Vec<(String, Vec<u8>)> {
    source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    )))
    .files
    .into_iter()
    .map(|f| (f.rel, f.bytes.into_owned()))
    .collect()
}

/// The frozen pack, and a copy of it in `/media/usb/my-pack` with a
/// missing comma.
fn packs() -> Vec<content::Loaded> {
    let good = content::load(&source::PackSource::in_memory("content", frozen_files()));
    let broken: Vec<(String, Vec<u8>)> = frozen_files()
        .into_iter()
        .map(|(rel, bytes)| {
            if rel == "modules/01-ip-basics.ron" {
                let text = String::from_utf8(bytes).expect("utf-8");
                (
                    rel,
                    text.replacen("minutes: 20,", "minutes: 20", 1).into_bytes(),
                )
            } else {
                (rel, bytes)
            }
        })
        .collect();
    let broken = content::load(&source::PackSource::in_memory("/media/usb/my-pack", broken));
    vec![good, broken]
}

fn app(data: &Path, packs: Vec<content::Loaded>, author: bool) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let packs = std::sync::Mutex::new(Some(packs));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            let packs = packs.lock().expect("lock").take().expect("built once");
            let mut app = PuenteApp::new(&cc.egui_ctx, packs, data, DataDirKind::Explicit)
                .with_language("en");
            app.author = author;
            app
        });
    settle(&mut harness);
    harness
}

fn data_with_a_learner() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tmp");
    let (store, _) = Store::open(data.path()).expect("store");
    store.create_profile("Ana", "en").expect("created");
    data
}

#[test]
fn a_refused_pack_is_announced_with_its_folder_and_its_problems() {
    let data = data_with_a_learner();
    let mut h = app(data.path(), packs(), false);
    assert!(
        shows(&h, "(/media/usb/my-pack) has 1 error and was not opened"),
        "the refused pack is named by its folder"
    );
    click(&mut h, "Dismiss");
    assert!(shows(&h, "my-pack/modules/01-ip-basics.ron:"));
    assert!(shows(&h, "Problems in the content"));
}

/// The shipped pack's warnings (a review date over a year old, say) are
/// for its authors: a learner's home does not list them.
#[test]
fn warnings_are_listed_for_authors_only() {
    let good = || {
        vec![content::load(&source::PackSource::in_memory(
            "content",
            frozen_files(),
        ))]
    };
    assert!(
        !good()[0].diagnostics.is_empty(),
        "the frozen pack has warnings to show"
    );
    for author in [false, true] {
        let data = data_with_a_learner();
        let h = app(data.path(), good(), author);
        assert_eq!(shows(&h, "Problems in the content"), author);
    }
}
