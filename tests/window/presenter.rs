//! Presenter mode for a real room: lettered options for a show of hands,
//! a matching exercise's items shown before the answer, a jump to any
//! module or exercise, and the imported answers counted in words.

use crate::common;

use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::content::{self, Step, source};
use puente::progress::store::{DataDirKind, Store};
use puente::ui::PuenteApp;
use puente::ui::app::Route;
use puente::ui::view::Action;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

/// The data folder of a facilitator who imported a rehearsal cohort.
fn cohort(data: &Path) {
    use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
    let usb = tempfile::tempdir().expect("tmp");
    let pack = frozen_pack().pack.expect("pack");
    let bundles = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 8,
            events: 800,
            seed: 7,
            start: "2026-11-20T15:00:00Z".parse().expect("time"),
        },
    );
    let mut paths = Vec::new();
    for (i, b) in bundles.iter().enumerate() {
        let path = usb.path().join(file_name(i, b));
        std::fs::write(&path, b.to_bytes().expect("encodes")).expect("write");
        paths.push(path);
    }
    let (store, _) = Store::open(data).expect("store");
    let packs = [puente::progress::import::OpenPack {
        id: "puente-core".into(),
        version: pack.info.version,
    }];
    let report = puente::progress::import::import(&store, &paths, &packs, |_, _| {});
    assert_eq!(report.imported().count(), 8);
}

fn presenting(data: &Path) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 600.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![frozen_pack()],
                data,
                DataDirKind::Explicit,
            )
            .with_language("en")
        });
    settle(&mut h);
    h.state_mut().apply(Action::ShowWorkshop);
    wait_idle(&mut h);
    click(&mut h, "Presenter mode");
    h
}

fn at(h: &Harness<'_, PuenteApp>) -> (String, String) {
    let Route::Presenter(state) = &h.state().route else {
        panic!("presenting");
    };
    state.at.clone().unwrap_or_default()
}

fn step_of<'a>(pack: &'a content::Pack, at: &(String, String)) -> &'a Step {
    pack.module(&at.0)
        .and_then(|m| m.steps.iter().find(|s| s.id().as_str() == at.1))
        .expect("the exercise shown is in the pack")
}

#[test]
fn the_room_votes_by_letter_sees_what_to_match_and_jumps_anywhere() {
    let data = tempfile::tempdir().expect("tmp");
    cohort(data.path());
    let mut h = presenting(data.path());
    let pack = frozen_pack().pack.expect("pack");

    // The first exercise is a question with four options: A to D, each
    // counted by its letter.
    assert!(shows(&h, "Exercise 1 of "));
    for letter in ["A.", "B.", "C.", "D."] {
        h.get_by_label(letter);
    }
    assert!(
        h.query_by_label("E.").is_none(),
        "four options, four letters"
    );
    assert!(
        shows(&h, "One more for A. "),
        "the counter names the letter"
    );

    // Jump to another module: its first exercise.
    let target = pack
        .modules
        .iter()
        .find(|m| m.id.as_str() == "ownership-and-policy")
        .expect("module 7");
    let title = target.title.get("en", "en").to_owned();
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Module:")
        .click();
    settle(&mut h);
    h.get_all_by_label(&title)
        .last()
        .expect("in the list")
        .click();
    settle(&mut h);
    assert_eq!(at(&h).0, "ownership-and-policy");

    // Jump to its matching exercise from the exercise list: the items to
    // match and the answers to pick from show before Reveal.
    let (n, matching) = target
        .steps
        .iter()
        .filter(|s| !matches!(s, Step::Lesson(_)))
        .enumerate()
        .find(|(_, s)| matches!(s, Step::Matching(_)))
        .expect("module 7 has a matching exercise");
    let Step::Matching(e) = matching else {
        unreachable!("found as one")
    };
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Exercise:")
        .click();
    settle(&mut h);
    let first_of_module = pack
        .modules
        .iter()
        .take_while(|m| m.id != target.id)
        .flat_map(|m| &m.steps)
        .filter(|s| !matches!(s, Step::Lesson(_)))
        .count();
    let entry = format!("{}. ", first_of_module + n + 1);
    h.query_all_by_label_contains(&entry)
        .last()
        .expect("the exercise in the list")
        .click();
    settle(&mut h);
    assert_eq!(at(&h).1, matching.id().as_str());
    assert!(shows(&h, "Reveal"), "not revealed");
    assert!(shows(&h, "Match each of these…"));
    for pair in &e.pairs {
        assert!(shows(&h, pair.left.get("en", "en")), "item shown");
        assert!(shows(&h, pair.right.get("en", "en")), "answer shown");
    }

    // A free answer read from the bundles says how many gave it.
    let mut counted = false;
    for _ in 0..40 {
        let here = at(&h);
        let step = step_of(&pack, &here);
        if matches!(step, Step::Numeric(_) | Step::Date(_) | Step::Matching(_))
            && shows(&h, "The room's answers")
        {
            let rows: Vec<String> = h
                .query_all_by_label_contains(" learner")
                .map(|n| {
                    let n = n.accesskit_node();
                    n.label().or(n.value()).unwrap_or_default()
                })
                .collect();
            if !rows.is_empty() {
                assert!(
                    rows.iter()
                        .all(|r| r.ends_with("learner:") || r.ends_with("learners:")),
                    "{rows:?}"
                );
                counted = true;
                break;
            }
        }
        press(&mut h, egui::Key::ArrowRight);
    }
    assert!(counted, "some free answer came from the bundles");
}
