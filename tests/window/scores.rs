//! Scores that mean what they say: "score so far" over the questions
//! answered, a half-right matching shown as partly right, and "Continue"
//! after a finished module pointing to the next one.

use std::path::Path;

use crate::common;

use common::ui::*;
use common::*;
use egui_kittest::Harness;
use puente::content::{self, source};
use puente::progress::store::DataDirKind;
use puente::progress::{Answer, EventBody, ProfileSession};
use puente::ui::PuenteApp;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

fn app(data: &Path) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![frozen_pack()],
                data,
                DataDirKind::Explicit,
            )
            .with_language("en")
        });
    settle(&mut harness);
    harness
}

/// Record an answer with the score and verdict the player gives it.
fn answer(session: &mut ProfileSession, step: &str, given: Answer, score: f64) {
    let mut event = answer_event(session, step, given);
    if let EventBody::Answered {
        score: s,
        correct: c,
        ..
    } = &mut event.body
    {
        *s = Some(score);
        *c = Some(score >= 1.0);
    }
    session.record(event).expect("saved");
}

fn half_right_matching() -> Answer {
    let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    Answer::Matches {
        pairs: vec![
            pair("patent", "patent"),
            pair("utility-model", "utility-model"),
            pair("design", "trade-secret"),
            pair("trade-secret", "design"),
        ],
    }
}

#[test]
fn the_score_so_far_counts_the_questions_answered_and_half_right_is_partly_right() {
    let data = tempfile::tempdir().expect("tmp");
    let (store, id) = store_with_profile(data.path());
    let mut session = store.open_profile(id).expect("opens").session;
    let right = Answer::Choice {
        option: "no-natural".into(),
    };
    answer(&mut session, "natural-peptide", right, 1.0);
    answer(&mut session, "rights-term", half_right_matching(), 0.5);
    drop(session);
    let mut h = app(data.path());
    choose_english(&mut h);
    // (1 + 0.5) / 2 answered = 75 %, not (1 + 0.5) / all questions.
    assert!(
        shows(&h, "Score so far 75% · 2 of "),
        "the score is over the questions answered"
    );
    click(&mut h, "IP basics for the life sciences");
    assert!(shows(&h, "Match each right") || shows(&h, " ◐"));
    assert!(
        shows(&h, " ◐"),
        "the half-right matching is marked partly right"
    );
}

/// The profile was made in Spanish: switch the window to English.
fn choose_english(h: &mut Harness<'_, PuenteApp>) {
    h.state_mut()
        .apply(puente::ui::view::Action::SetLanguage("en".into()));
    settle(h);
}

#[test]
fn after_a_finished_module_continue_points_to_the_next() {
    let data = tempfile::tempdir().expect("tmp");
    let (store, id) = store_with_profile(data.path());
    let mut session = store.open_profile(id).expect("opens").session;
    let pack = frozen_pack().pack.expect("pack");
    let first = &pack.modules[0];
    let last = first.steps.last().expect("steps").id().to_string();
    let mut visit = event(&session, &last);
    visit.body = EventBody::Visited {
        module: first.id.to_string(),
        step: last,
    };
    session.record(visit).expect("saved");
    let mut done = event(&session, "");
    done.body = EventBody::Completed {
        module: first.id.to_string(),
        score: Some(80.0),
    };
    session.record(done).expect("saved");
    drop(session);
    let mut h = app(data.path());
    choose_english(&mut h);
    let next = pack.modules[1].title.get("en", "en");
    click(&mut h, &format!("Continue with the next module: {next}"));
    assert!(
        h.state().learner.is_some()
            && matches!(&h.state().route, puente::ui::app::Route::Module(s) if s.module == pack.modules[1].id.as_str()),
        "the next module opened"
    );
    assert!(!shows(&h, "Continue where you stopped"));
}

/// Type a number into the open numeric step, see how it is read.
fn typed_number(h: &mut Harness<'_, PuenteApp>, text: &str) {
    if let puente::ui::app::Route::Module(state) = &mut h.state_mut().route {
        state.draft = puente::ui::player::Draft::Number(text.to_owned());
    }
    settle(h);
}

#[test]
fn a_typed_number_is_read_in_the_way_of_the_language_and_says_so() {
    let data = tempfile::tempdir().expect("tmp");
    let (store, _) = store_with_profile(data.path());
    drop(store);
    let mut h = app(data.path());
    choose_english(&mut h);
    h.state_mut().apply(puente::ui::view::Action::OpenModule {
        pack: "puente-core".into(),
        module: "disclosure-and-deadlines".into(),
        step: Some("term-expiry-year".into()),
    });
    settle(&mut h);
    // In English a point is the decimal mark: 2.046 is not the year 2046.
    typed_number(&mut h, "2.046");
    assert!(shows(&h, "Read as 2.046"), "the reading is shown");
    typed_number(&mut h, "2,046");
    assert!(shows(&h, "Read as 2 046"));
    click(&mut h, "Check answer");
    assert!(shows(&h, "✔ Right"), "2,046 is the year in English");

    // In Spanish, both marks group thousands before three digits.
    h.state_mut()
        .apply(puente::ui::view::Action::SetLanguage("es".into()));
    h.state_mut().apply(puente::ui::view::Action::OpenModule {
        pack: "puente-core".into(),
        module: "disclosure-and-deadlines".into(),
        step: Some("term-expiry-year".into()),
    });
    settle(&mut h);
    click(&mut h, "Intentar de nuevo");
    typed_number(&mut h, "2.046");
    assert!(shows(&h, "Se lee como 2 046"));
}
