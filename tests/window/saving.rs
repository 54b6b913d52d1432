//! Saving never fails silently: with no system save dialog the file goes
//! to the fallback folder and the window says where; the "Saved" banner
//! sits at the bottom and the page does not move under the pointer.

use std::path::Path;

use crate::common;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::content::{self, source};
use puente::progress::store::{DataDirKind, Store};
use puente::ui::PuenteApp;

fn app(data: &Path) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| {
            let pack = content::load(&source::read_dir(Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/pack-0.2.0"
            ))));
            PuenteApp::new(&cc.egui_ctx, vec![pack], data, DataDirKind::Explicit)
                .with_language("es")
        });
    settle(&mut harness);
    harness
}

fn top_of<S>(h: &Harness<'_, S>, label: &str) -> f64 {
    h.get_by_label(label)
        .accesskit_node()
        .bounding_box()
        .expect("laid out")
        .y0
}

#[test]
fn without_a_dialog_files_go_to_documents_and_the_window_says_where() {
    let data = tempfile::tempdir().expect("tmp");
    let (store, _) = Store::open(data.path()).expect("store");
    store.create_profile("Ana", "es").expect("created");
    let documents = tempfile::tempdir().expect("tmp");
    let mut h = app(data.path());
    h.state_mut().dialog_available = false;
    h.state_mut().fallback_dir = documents.path().join("Documentos");
    // Scrolled to the button, as a learner would be.
    h.get_by_label("Exportar mi progreso…").scroll_to_me();
    settle(&mut h);
    let before = top_of(&h, "Exportar mi progreso…");
    click(&mut h, "Exportar mi progreso…");
    wait_until(&mut h, "the file is saved", |h| h.state().saved.is_some());
    settle(&mut h);
    let saved = h.state().saved.clone().expect("saved");
    assert!(saved.without_dialog);
    assert!(saved.path.starts_with(documents.path().join("Documentos")));
    assert!(saved.path.is_file());
    assert!(shows(
        &h,
        &format!(
            "Esta computadora no tiene una ventana para elegir dónde guardar, así que Puente guardó el archivo aquí: {}",
            saved.path.display()
        )
    ));
    h.get_by_label("Mostrar en la carpeta");
    assert_eq!(
        top_of(&h, "Exportar mi progreso…"),
        before,
        "the banner does not push the page down"
    );

    // Saved again (the banner covers the bottom of the page: scrolled):
    // a second file beside the first, never over it.
    h.get_by_label("Exportar mi progreso…").scroll_to_me();
    settle(&mut h);
    click(&mut h, "Exportar mi progreso…");

    wait_until(&mut h, "the second file", |h| {
        h.state()
            .saved
            .as_ref()
            .is_some_and(|s| s.path != saved.path)
    });
    let second = h.state().saved.clone().expect("saved").path;
    assert!(second.is_file() && saved.path.is_file());
    click(&mut h, "Entendido");
    assert!(h.state().saved.is_none());
}
