//! What a learner writes for themselves stays theirs: reflections leave
//! the laptop only when the learner ticks "share" for an export, an
//! imported learner is no login on the facilitator's laptop, and profiles
//! can be renamed and deleted (asked twice, moved aside).

use std::path::{Path, PathBuf};

use crate::common;

use common::ui::*;
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use puente::content::{self, source};
use puente::progress::bundle::Bundle;
use puente::progress::store::{DELETED_FOLDER, DataDirKind, Store};
use puente::progress::{Answer, EventBody};
use puente::ui::PuenteApp;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

fn app(data: &Path, lang: &str) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let lang = lang.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![frozen_pack()],
                data,
                DataDirKind::Explicit,
            )
            .with_language(&lang)
        });
    settle(&mut harness);
    harness
}

/// A data folder whose one learner answered a choice and wrote a
/// reflection.
fn learner_with_reflection(dir: &Path) {
    let (store, id) = store_with_profile(dir);
    let mut session = store.open_profile(id).expect("opens").session;
    session.record(event(&session, "q1")).expect("saved");
    let reflection = answer_event(
        &session,
        "own-results",
        Answer::Text {
            text: "Our unfiled assay for dengue".into(),
        },
    );
    session.record(reflection).expect("saved");
}

fn reflections(bundle: &Bundle) -> usize {
    bundle
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.body,
                EventBody::Answered {
                    answer: Answer::Text { .. },
                    ..
                }
            )
        })
        .count()
}

/// Export from the home screen, ticking "share" or not; the bundle written.
fn export(h: &mut Harness<'_, PuenteApp>, share: bool) -> PathBuf {
    let out = tempfile::tempdir().expect("tmp").keep();
    h.state_mut().save_dir = Some(out.clone());
    if share {
        click(
            h,
            "Compartir mis reflexiones y notas con quien facilita el taller",
        );
    }
    click(h, "Exportar mi progreso…");
    wait_for(h, &out.display().to_string());
    click(h, "Entendido");
    std::fs::read_dir(&out)
        .expect("dir")
        .flatten()
        .next()
        .expect("a bundle")
        .path()
}

#[test]
fn reflections_leave_only_when_the_learner_shares_them() {
    let data = tempfile::tempdir().expect("tmp");
    learner_with_reflection(data.path());
    let mut h = app(data.path(), "es");
    let private = export(&mut h, false);
    let bundle = Bundle::parse(&std::fs::read(&private).expect("read")).expect("bundle");
    assert_eq!(reflections(&bundle), 0, "not shared: left out");
    assert!(!bundle.events.is_empty(), "the choice travels");
    assert!(!bundle.reflections_shared);
    let text = std::fs::read_to_string(&private).expect("read");
    assert!(!text.contains("dengue"));

    // The tick is for one export only, and shares the reflection.
    let shared = export(&mut h, true);
    let bundle = Bundle::parse(&std::fs::read(&shared).expect("read")).expect("bundle");
    assert_eq!(reflections(&bundle), 1);
    assert!(bundle.reflections_shared);
    let again = export(&mut h, false);
    let bundle = Bundle::parse(&std::fs::read(&again).expect("read")).expect("bundle");
    assert_eq!(reflections(&bundle), 0, "unticked again after an export");
}

/// On the facilitator's laptop an imported learner is not a login: not
/// listed on the chooser, and refused if asked for.
#[test]
fn an_imported_learner_cannot_be_opened_on_the_facilitators_laptop() {
    let learner = tempfile::tempdir().expect("tmp");
    learner_with_reflection(learner.path());
    let (store, _) = Store::open(learner.path()).expect("store");
    let (profile, events, _) = store.read_profile(store.profiles().0[0].id).expect("read");
    // An old bundle, from before reflections were private: it holds one.
    let old = Bundle::new(profile.clone(), events);
    assert_eq!(reflections(&old), 1);
    let file = learner.path().join("ana.puente");
    std::fs::write(&file, old.to_bytes().expect("bytes")).expect("written");

    let facilitator = tempfile::tempdir().expect("tmp");
    let (fstore, _) = Store::open(facilitator.path()).expect("store");
    fstore
        .create_profile("Facilitadora", "es")
        .expect("created");
    let packs = [puente::progress::import::OpenPack {
        id: "puente-core".into(),
        version: "0.2.0".into(),
    }];
    let report = puente::progress::import::import(&fstore, &[file], &packs, |_, _| {});
    let (_, imported) = report.imported().next().expect("imported");
    assert_eq!(
        imported.private_left_out, 1,
        "an old bundle's reflection stays out"
    );
    let (_, stored, _) = fstore.read_profile(profile.id).expect("read");
    assert!(
        !stored.iter().any(|e| matches!(
            &e.body,
            EventBody::Answered {
                answer: Answer::Text { .. },
                ..
            }
        )),
        "no reflection reached the facilitator's folder"
    );
    assert!(fstore.is_imported(profile.id));

    // The facilitator is the one login here: opened at the start.
    let mut h = app(facilitator.path(), "es");
    assert_eq!(
        h.state()
            .learner
            .as_ref()
            .map(|l| l.session.profile.name.as_str()),
        Some("Facilitadora")
    );
    click(&mut h, "Cambiar de perfil");
    assert!(shows(&h, "Facilitadora · Español"));
    assert!(!shows(&h, "Ana María Núñez · Español"), "not a login here");
    assert!(shows(
        &h,
        "1 participante importado desde un archivo está en el panel del taller, solo para consulta; no se listan aquí."
    ));
    h.state_mut()
        .apply(puente::ui::view::Action::OpenProfile(profile.id));
    settle(&mut h);
    assert!(h.state().learner.is_none());
    assert!(shows(
        &h,
        "Este participante se importó desde un archivo: su progreso se ve en el panel del taller, pero el perfil no se puede abrir ni modificar en esta computadora."
    ));
}

#[test]
fn a_profile_is_renamed_and_deleted_after_two_questions() {
    let data = tempfile::tempdir().expect("tmp");
    let (store, _) = Store::open(data.path()).expect("store");
    store.create_profile("Ana", "pt").expect("created");
    store.create_profile("Bruno", "pt").expect("created");
    let mut h = app(data.path(), "pt");

    // Rename Ana (the first row).
    h.get_all_by_label("Renomear…")
        .next()
        .expect("a rename button")
        .click();
    settle(&mut h);
    let field = h.get_by_label("Novo nome");
    field.focus();
    field.type_text(" Martins");
    settle(&mut h);
    click(&mut h, "Salvar o nome");
    assert!(shows(&h, "Ana Martins · Português"));
    assert_eq!(store.profiles().0[0].name, "Ana Martins");

    // Delete Bruno: asked twice, then moved aside, not erased.
    h.get_all_by_label("Excluir…")
        .nth(1)
        .expect("Bruno's")
        .click();
    settle(&mut h);
    assert!(shows(
        &h,
        "Excluir o perfil de Bruno? Ele deixará de aparecer na lista, e as respostas serão movidas para a pasta deleted-profiles dentro da pasta de dados."
    ));
    click(&mut h, "Sim, excluir…");
    assert!(shows(&h, "Tem certeza? Bruno vai sumir desta lista."));
    assert_eq!(store.profiles().0.len(), 2, "nothing deleted yet");
    click(&mut h, "Sim, excluir Bruno");
    assert_eq!(store.profiles().0.len(), 1);
    assert!(!shows(&h, "Bruno · Português"));
    let aside: Vec<_> = std::fs::read_dir(data.path().join(DELETED_FOLDER))
        .expect("the folder aside")
        .flatten()
        .collect();
    assert_eq!(aside.len(), 1);
    assert!(aside[0].path().join("profile.json").is_file(), "kept whole");

    // Cancel stops a deletion.
    click(&mut h, "Excluir…");
    assert!(shows(&h, "Sim, excluir…"));
    click(&mut h, "Cancelar");
    assert!(shows(&h, "Ana Martins · Português"));
}
