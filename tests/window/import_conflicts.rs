//! Attack B14 in the window: a bundle whose events arrive again saying
//! something else is named in the import summary, in the facilitator's
//! language, with which copy is kept.

use crate::common;

use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use puente::content::{self, source};
use puente::progress::Store;
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

#[test]
fn a_conflict_is_named_in_the_import_summary_in_spanish() {
    use puente::cohort::sample::{SampleOptions, sample_cohort};
    use puente::progress::import::{OpenPack, import};
    let pack = frozen_pack().pack.expect("pack");
    let real = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 1,
            events: 30,
            seed: 5,
            start: "2026-11-20T15:00:00Z".parse().expect("time"),
        },
    )
    .remove(0);
    let mut forged = real.clone();
    for e in forged.events.iter_mut().take(2) {
        e.pack_version = "0.0.1-forged".into();
    }
    let usb = tempfile::tempdir().expect("tmp");
    let (forged_file, real_file) = (usb.path().join("f.puente"), usb.path().join("r.puente"));
    std::fs::write(&forged_file, forged.to_bytes().expect("encodes")).expect("write");
    std::fs::write(&real_file, real.to_bytes().expect("encodes")).expect("write");
    let data = tempfile::tempdir().expect("tmp");
    {
        let (store, _) = Store::open(data.path()).expect("store");
        let packs = [OpenPack {
            id: pack.info.id.to_string(),
            version: pack.info.version.clone(),
        }];
        assert_eq!(
            import(&store, &[forged_file], &packs, |_, _| {}).added(),
            30
        );
    }

    let dir = data.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![frozen_pack()],
                dir,
                DataDirKind::Explicit,
            )
            .with_language("es")
        });
    settle(&mut h);
    // An imported learner is not a login here: the facilitator's laptop
    // starts in the dashboard (`puente --workshop`), in the language the
    // facilitator picks.
    h.state_mut()
        .apply(puente::ui::view::Action::SetLanguage("es".into()));
    h.state_mut().apply(puente::ui::view::Action::ShowWorkshop);
    settle(&mut h);
    wait_for(&mut h, "1 participante");
    type_into(
        &mut h,
        "o escriba la ruta de una carpeta o de un paquete",
        real_file.to_str().expect("utf-8"),
    );
    click(&mut h, "Importar");
    wait_for(
        &mut h,
        "2 eventos llegaron otra vez con un contenido distinto",
    );
    assert!(shows(
        &h,
        "Se conserva la copia que ya estaba en esta carpeta de datos"
    ));
    assert!(shows(&h, &real.events[0].id.to_string()));
}
