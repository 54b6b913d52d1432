//! The dashboard's Reflections tab: what learners shared is read there,
//! what they kept (a bundle that does not share, a learner using the
//! facilitator's laptop) is not, and names show only when asked for.

use crate::common;

use std::path::{Path, PathBuf};

use common::ui::*;
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use puente::content::{self, source};
use puente::progress::Answer;
use puente::progress::bundle::Bundle;
use puente::progress::private::bundle_for_export;
use puente::progress::store::{DataDirKind, Store};
use puente::ui::PuenteApp;
use puente::ui::view::Action;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

fn app(data: &Path, lang: &'static str) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 4000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![frozen_pack()],
                data,
                DataDirKind::Explicit,
            )
            .with_language(lang)
        });
    settle(&mut h);
    h
}

/// A learner of their own data folder who wrote `text` in the reflection
/// of ip-basics (an earlier draft first) and answered a choice.
fn learner(dir: &Path, name: &str, group: &str, text: &str) -> Store {
    let (store, _) = Store::open(dir).expect("store");
    // The window's language is the open learner's: English here.
    let mut profile = store.create_profile(name, "en").expect("created");
    profile.group = group.to_owned();
    store.save_profile(&profile).expect("saved");
    let mut session = store.open_profile(profile.id).expect("opens").session;
    session.record(event(&session, "q1")).expect("saved");
    for t in ["an earlier draft", text] {
        let mut e = answer_event(&session, "own-results", Answer::Text { text: t.into() });
        // One second apart: the second is the latest.
        if t == text {
            e.at += jiff::SignedDuration::from_secs(1);
        }
        session.record(e).expect("saved");
    }
    store
}

/// The learner's bundle, written into `usb`: sharing reflections, or an
/// old bundle that holds them without saying it shares them.
fn bundle(store: &Store, usb: &Path, file: &str, shared: bool) -> PathBuf {
    let id = store.profiles().0[0].id;
    let (profile, events, _) = store.read_profile(id).expect("read");
    let bundle = if shared {
        bundle_for_export(profile, events, true)
    } else {
        Bundle::new(profile, events)
    };
    let path = usb.join(file);
    std::fs::write(&path, bundle.to_bytes().expect("bytes")).expect("written");
    path
}

#[test]
fn the_dashboard_shows_only_shared_reflections_and_names_on_request() {
    let usb = tempfile::tempdir().expect("tmp");
    let ana_dir = tempfile::tempdir().expect("tmp");
    let bruno_dir = tempfile::tempdir().expect("tmp");
    let ana = learner(
        ana_dir.path(),
        "Ana María Núñez",
        "Lima",
        "Our unfiled assay for dengue",
    );
    let bruno = learner(
        bruno_dir.path(),
        "Bruno Souza",
        "Lima",
        "The buffer recipe we keep secret",
    );
    let shared = bundle(&ana, usb.path(), "ana.puente", true);
    let kept = bundle(&bruno, usb.path(), "bruno.puente", false);

    // The facilitator's laptop: its own learner wrote a reflection here.
    let data = tempfile::tempdir().expect("tmp");
    learner(data.path(), "Facilitadora", "", "A note I keep for myself");
    let mut h = app(data.path(), "en");

    h.state_mut().apply(Action::ShowWorkshop);
    wait_idle(&mut h);
    click(&mut h, "Reflections");
    assert!(
        shows(&h, "No shared reflections yet"),
        "the empty state says why"
    );
    assert!(!shows(&h, "A note I keep for myself"), "a local learner's");

    h.state_mut().apply(Action::ImportPaths(vec![shared, kept]));
    wait_idle(&mut h);
    assert!(
        shows(&h, "Think of one result from your own lab"),
        "the prompt"
    );
    assert!(shows(&h, "1 learner shared"));
    assert!(shows(&h, "Our unfiled assay for dengue"), "shared");
    assert!(!shows(&h, "an earlier draft"), "only the latest text");
    assert!(!shows(&h, "The buffer recipe we keep secret"), "not shared");
    assert!(
        !shows(&h, "A note I keep for myself"),
        "written on this laptop"
    );
    assert!(!shows(&h, "Ana María Núñez · Lima"), "names hidden");

    click(&mut h, "Show names");
    assert!(shows(&h, "Ana María Núñez · Lima · "));
    assert!(!shows(&h, "Bruno Souza · "));
    assert!(!shows(&h, "Facilitadora · "));
    // Another tab and back: hidden again.
    click(&mut h, "Learners");
    click(&mut h, "Reflections");
    assert!(shows(&h, "Our unfiled assay for dengue"));
    assert!(
        !shows(&h, "Ana María Núñez · Lima · "),
        "names hidden again"
    );

    // The group filter applies here too.
    h.state_mut().workshop.filter.group = Some("Quito".into());
    h.state_mut().apply(Action::ReadCohort);
    wait_idle(&mut h);
    assert!(!shows(&h, "Our unfiled assay for dengue"));
    assert!(shows(&h, "No shared reflections for this group or date."));
}

/// In Spanish, the tab and its empty state.
#[test]
fn the_reflections_tab_speaks_spanish() {
    let data = tempfile::tempdir().expect("tmp");
    Store::open(data.path()).expect("store");
    let mut h = app(data.path(), "es");
    h.state_mut().apply(Action::ShowWorkshop);
    wait_idle(&mut h);
    // The tabs show once a learner is read.
    let usb = tempfile::tempdir().expect("tmp");
    let ana_dir = tempfile::tempdir().expect("tmp");
    let ana = learner(ana_dir.path(), "Ana", "", "Nuestro ensayo sin patentar");
    let kept = bundle(&ana, usb.path(), "ana.puente", false);
    h.state_mut().apply(Action::ImportPaths(vec![kept]));
    wait_idle(&mut h);
    click(&mut h, "Reflexiones");
    assert!(shows(
        &h,
        "Todavía no hay reflexiones compartidas: los participantes las comparten marcando «Compartir mis reflexiones y notas con quien facilita el taller» al exportar su progreso"
    ));
    assert!(!shows(&h, "Nuestro ensayo sin patentar"));
}

/// A learner made in memory, whose bundle shares `text`.
fn sharing_bundle(name: &str, text: &str) -> Bundle {
    let profile = puente::progress::Profile {
        format: puente::progress::store::FILE_FORMAT,
        id: uuid::Uuid::new_v4(),
        name: name.to_owned(),
        language: "pt".into(),
        created: jiff::Timestamp::now(),
        display: Default::default(),
        group: String::new(),
        review: Default::default(),
    };
    let event = puente::progress::Event {
        v: puente::progress::EVENT_FORMAT,
        id: uuid::Uuid::new_v4(),
        profile: profile.id,
        device: uuid::Uuid::new_v4(),
        at: jiff::Timestamp::now(),
        pack: "puente-core".into(),
        pack_version: "0.2.0".into(),
        body: puente::progress::EventBody::Answered {
            module: "ip-basics".into(),
            step: "own-results".into(),
            answer: Answer::Text { text: text.into() },
            score: None,
            correct: None,
        },
    };
    bundle_for_export(profile, vec![event], true)
}

/// A large cohort: the first texts of a step, then a button for the rest.
#[test]
fn a_long_list_of_texts_shows_the_rest_on_request() {
    let usb = tempfile::tempdir().expect("tmp");
    let count = puente::ui::dashboard::reflections::SHOWN_FIRST + 2;
    for n in 0..count {
        let b = sharing_bundle(
            &format!("Participante {n}"),
            &format!("Reflexão número {n}."),
        );
        std::fs::write(
            usb.path().join(format!("{n}.puente")),
            b.to_bytes().expect("bytes"),
        )
        .expect("written");
    }
    let data = tempfile::tempdir().expect("tmp");
    Store::open(data.path()).expect("store");
    let mut h = app(data.path(), "pt");
    h.state_mut().apply(Action::ShowWorkshop);
    wait_idle(&mut h);
    h.state_mut()
        .apply(Action::ImportPaths(vec![usb.path().to_owned()]));
    wait_idle(&mut h);
    click(&mut h, "Reflexões");
    assert!(shows(&h, &format!("{count} participantes compartilharam")));
    let texts =
        |h: &Harness<'_, PuenteApp>| h.query_all_by_label_contains("Reflexão número").count();
    assert_eq!(texts(&h), count - 2);
    click(&mut h, "Mostrar mais 2");
    assert_eq!(texts(&h), count);
    assert!(!shows(&h, "Mostrar mais"));
}
