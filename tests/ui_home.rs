//! The window as a person sees it (egui_kittest, headless).

mod common;

use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use puente::content::{self, source};
use puente::ui::PuenteApp;

#[test]
fn home_lists_the_default_pack() {
    let loaded = vec![content::load(&source::embedded())];
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|_cc| PuenteApp::new(loaded));
    harness.run();
    harness.get_by_label("IP basics for the life sciences");
    harness.get_by_label("Disclosure, grace periods and priority deadlines");
    harness.get_by_label("Is my invention ready to file?");
    assert!(
        harness
            .query_by_label_contains("Problems in the content")
            .is_none()
    );
}

#[test]
fn problems_in_a_pack_are_listed_with_positions() {
    let mut files: Vec<(String, Vec<u8>)> = base()
        .into_iter()
        .filter(|(r, _)| r != "modules/b.ron")
        .map(|(r, t)| (r, t.into_bytes()))
        .collect();
    files.push((
        "modules/b.ron".into(),
        MODULE_B.replace("minutes: 20", "minutes: 0").into_bytes(),
    ));
    let loaded = vec![load_files(files)];
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1024.0, 600.0))
        .build_eframe(|_cc| PuenteApp::new(loaded));
    harness.run();
    harness.get_by_label_contains("Problems in the content: 1 errors, 0 warnings");
    harness.get_by_label_contains("pack/modules/b.ron:5:14: error: minutes must be at least 1");
    // What loaded is still there.
    harness.get_by_label("Module A");
}
