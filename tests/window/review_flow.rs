//! Spaced review as a learner in Spanish meets it: home says what is due,
//! a session asks the exercise answered wrong again and the terms of a
//! lesson read days ago, and every review and suspension is saved.

use crate::common;

use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use puente::content::model::Step;
use puente::content::{self, Pack, source};
use puente::progress::store::{DataDirKind, Store};
use puente::progress::{Answer, CardRef, EventBody, Rating};
use puente::review::glossary_links;
use puente::ui::PuenteApp;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

/// The frozen pack's first single-choice exercise: (module, step, wrong
/// option id, right option's Spanish text); and the first lesson that
/// links glossary terms, with them.
/// (module, step, wrong option id, right option's Spanish text).
type Exercise = (String, String, String, String);
/// (module, lesson, the terms it links).
type Lesson = (String, String, Vec<String>);

fn material(pack: &Pack) -> (Exercise, Lesson) {
    let mut exercise = None;
    let mut lesson = None;
    for m in &pack.modules {
        for s in &m.steps {
            match s {
                Step::SingleChoice(e) if exercise.is_none() => {
                    let wrong = e.options.iter().find(|o| !o.correct).expect("wrong");
                    let right = e.options.iter().find(|o| o.correct).expect("right");
                    exercise = Some((
                        m.id.to_string(),
                        e.id.to_string(),
                        wrong.id.to_string(),
                        right.text.get("es", "en").to_owned(),
                    ));
                }
                Step::Lesson(l) if lesson.is_none() => {
                    let terms = glossary_links(l.body.get("es", "en"));
                    if !terms.is_empty() {
                        lesson = Some((m.id.to_string(), l.id.to_string(), terms));
                    }
                }
                _ => {}
            }
        }
    }
    (exercise.expect("an exercise"), lesson.expect("a lesson"))
}

#[test]
fn a_review_session_in_spanish() {
    let data = tempfile::tempdir().expect("tmp");
    let pack = frozen_pack().pack.expect("pack");
    let ((module, step, wrong, right_text), (lesson_module, lesson, terms)) = material(&pack);
    {
        let (store, _) = Store::open(data.path()).expect("store");
        let profile = store.create_profile("Lucía", "es").expect("profile");
        let mut opened = store.open_profile(profile.id).expect("opens");
        let s = &mut opened.session;
        let days_ago = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(24 * 3);
        let (id, version) = (pack.info.id.to_string(), pack.info.version.clone());
        let visit = EventBody::Visited {
            module: lesson_module,
            step: lesson,
        };
        let answered = EventBody::Answered {
            module: module.clone(),
            step: step.clone(),
            answer: Answer::Choice { option: wrong },
            score: Some(0.0),
            correct: Some(false),
        };
        for body in [visit, answered] {
            let e = s.event(&id, &version, body, days_ago);
            s.record(e).expect("saved");
        }
        s.flush().expect("flushed");
    }
    let dir = data.path().to_owned();
    let mut h: Harness<'static, PuenteApp> = Harness::builder()
        .with_size(egui::vec2(1280.0, 4000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![frozen_pack()],
                dir,
                DataDirKind::Explicit,
            )
        });
    settle(&mut h);
    let due = 1 + terms.len();
    let minutes = (40 + 15 * terms.len()).div_ceil(60);
    click(
        &mut h,
        &format!("Repaso: {due} pendientes (~{minutes} min)"),
    );
    assert!(shows(&h, &format!("{due} tarjetas pendientes hoy")));
    assert!(shows(&h, "Aún no hay repasos"));
    click(&mut h, "Empezar el repaso");

    let mut seen_exercise = false;
    for n in 1..=due {
        assert!(shows(&h, &format!("Tarjeta {n} de {due}")), "card {n}");
        if shows(&h, "Mostrar la definición") {
            click(&mut h, "Mostrar la definición");
            assert!(shows(&h, "¿Qué tan bien lo recordó?"));
            click_contains(&mut h, "Bien · ");
        } else {
            seen_exercise = true;
            assert!(shows(&h, "Del módulo"));
            click_contains(&mut h, &right_text);
            click(&mut h, "Comprobar respuesta");
            assert!(shows(&h, "✔ Correcto"));
            assert!(!shows(&h, "Intentar de nuevo"), "one answer in a review");
            click(&mut h, "Siguiente tarjeta");
        }
    }
    assert!(seen_exercise);
    assert!(shows(&h, &format!("Repaso terminado: {due} tarjetas")));
    click(&mut h, "Ver la cola");
    assert!(shows(&h, "Nada pendiente hoy"));
    assert!(shows(&h, &format!("Recordó el 100 % de sus {due} repasos")));
    click_contains(&mut h, "Todas las tarjetas");
    h.get_all_by_label("Suspender")
        .next()
        .expect("a card to suspend")
        .click();
    settle(&mut h);
    assert!(shows(&h, "suspendida"));
    assert!(shows(&h, "Recuperar"));
    drop(h);

    let (store, _) = Store::open(data.path()).expect("store");
    let (profiles, _) = store.profiles();
    let events = store.open_profile(profiles[0].id).expect("opens").events;
    let reviews: Vec<_> = events
        .iter()
        .filter_map(|e| match &e.body {
            EventBody::Reviewed {
                card,
                rating,
                correct,
                ..
            } => Some((card.clone(), *rating, *correct)),
            _ => None,
        })
        .collect();
    assert_eq!(reviews.len(), due);
    assert!(reviews.contains(&(CardRef::Exercise { module, step }, Rating::Good, Some(true))));
    for term in terms {
        assert!(reviews.contains(&(CardRef::Term { term }, Rating::Good, None)));
    }
    let suspended = events
        .iter()
        .filter(|e| {
            matches!(
                e.body,
                EventBody::CardSuspended {
                    suspended: true,
                    ..
                }
            )
        })
        .count();
    assert_eq!(suspended, 1);
}
