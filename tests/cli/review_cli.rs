//! `puente review`: a learner's queue from outside, as JSON and as a
//! table, and what it says to a profile or a time it cannot use.

use std::path::Path;
use std::process::Command;

use puente::content::{self, Pack, model::Step};
use puente::progress::{Answer, CardRef, EventBody, Rating, Store};

fn pack() -> Pack {
    content::load(&content::source::embedded())
        .pack
        .expect("the built-in pack")
}

fn at(text: &str) -> jiff::Timestamp {
    text.parse().expect("time")
}

/// A data folder with Ana, who answered the pack's first single-choice
/// exercise wrong on 1 November and reviewed it right a day later; and
/// the card's (module, step).
fn folder(dir: &Path) -> (String, String) {
    let pack = pack();
    let (module, step, wrong, right) = pack
        .modules
        .iter()
        .flat_map(|m| m.steps.iter().map(move |s| (m, s)))
        .find_map(|(m, s)| match s {
            Step::SingleChoice(e) => Some((
                m.id.to_string(),
                e.id.to_string(),
                e.options.iter().find(|o| !o.correct)?.id.to_string(),
                e.options.iter().find(|o| o.correct)?.id.to_string(),
            )),
            _ => None,
        })
        .expect("a single-choice exercise");
    let (store, _) = Store::open(dir).expect("store");
    let profile = store.create_profile("Ana", "es").expect("profile");
    let mut opened = store.open_profile(profile.id).expect("opens");
    let session = &mut opened.session;
    let (id, version) = (pack.info.id.to_string(), pack.info.version.clone());
    let wrong_answer = EventBody::Answered {
        module: module.clone(),
        step: step.clone(),
        answer: Answer::Choice { option: wrong },
        score: Some(0.0),
        correct: Some(false),
    };
    let review = EventBody::Reviewed {
        card: CardRef::Exercise {
            module: module.clone(),
            step: step.clone(),
        },
        rating: Rating::Good,
        answer: Some(Answer::Choice { option: right }),
        correct: Some(true),
    };
    for (body, when) in [
        (wrong_answer, "2026-11-01T10:00:00Z"),
        (review, "2026-11-02T10:00:00Z"),
    ] {
        let e = session.event(&id, &version, body, at(when));
        session.record(e).expect("saved");
    }
    session.flush().expect("flushed");
    (module, step)
}

fn review(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_puente"))
        .arg("--data-dir")
        .arg(dir)
        .arg("review")
        .args(args)
        .env("TZ", "UTC")
        .output()
        .expect("runs")
}

#[test]
fn the_queue_as_json_follows_fsrs() {
    let dir = tempfile::tempdir().expect("temp");
    let (module, step) = folder(dir.path());
    let out = review(
        dir.path(),
        &[
            "--profile",
            "ana",
            "--json",
            "--now",
            "2026-11-02T12:00:00Z",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let cards = v["cards"].as_array().expect("cards");
    let card = cards
        .iter()
        .find(|c| c["kind"] == "exercise")
        .expect("the exercise card");
    assert_eq!(card["module"], module.as_str());
    assert_eq!(card["id"], step.as_str());
    assert_eq!(card["reviews"], 1);
    assert_eq!(card["lapses"], 0);
    // FSRS-5 default weights: "again" on a new card, then "good" a day
    // later; "good" is kept a day beyond "hard", itself a day beyond
    // "again": three days.
    let p = puente::review::Params::default();
    let t0 = at("2026-11-01T10:00:00Z");
    let m = puente::review::Memory::first(&p, t0, Rating::Again).next(
        &p,
        at("2026-11-02T10:00:00Z"),
        Rating::Good,
    );
    assert_eq!(card["due"], m.due.to_string());
    assert!((card["stability"].as_f64().expect("s") - m.stability).abs() < 1e-12);
    assert_eq!(m.scheduled_days, 3);
    assert_eq!(v["due_today"], 0);
    assert_eq!(v["reviews"], 1);
    assert_eq!(v["recall_rate"], 1.0);
    assert_eq!(v["target_retention"], 0.9);

    let later = review(
        dir.path(),
        &[
            "--profile",
            "Ana",
            "--json",
            "--now",
            "2026-11-05T08:00:00Z",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&later.stdout).expect("JSON");
    assert_eq!(v["due_today"], 1, "due on the 5th at 10:00, today");
}

#[test]
fn the_table_names_each_card_and_the_totals() {
    let dir = tempfile::tempdir().expect("temp");
    let (module, step) = folder(dir.path());
    let out = review(
        dir.path(),
        &["--profile", "Ana", "--now", "2026-11-10T09:00:00Z"],
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("Ana: 1 card due today"), "{text}");
    assert!(text.contains("recalled 1 of 1 reviews (100%)"), "{text}");
    assert!(text.contains(&format!("{module}/{step}")), "{text}");
}

#[test]
fn an_unknown_profile_or_time_is_explained() {
    let dir = tempfile::tempdir().expect("temp");
    folder(dir.path());
    let out = review(dir.path(), &["--profile", "Bea"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no profile named \"Bea\"") && err.contains("Ana"),
        "{err}"
    );

    let out = review(dir.path(), &["--profile", "Ana", "--now", "tomorrow"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--now \"tomorrow\" is not a time") && err.contains("2026-11-28T09:00:00Z"),
        "{err}"
    );

    let empty = tempfile::tempdir().expect("temp");
    let out = review(empty.path(), &["--profile", "Ana"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no Puente data"));
}

/// A bundle edited to carry a review with an endless term id, or an answer
/// naming thousands of options, is refused with the event and the field.
#[test]
fn a_review_too_long_for_a_bundle_is_refused() {
    use puente::progress::bundle::{Bundle, BundleError};
    let profile = puente::progress::Profile {
        format: 1,
        id: uuid::Uuid::from_u128(1),
        name: "Ana".into(),
        language: "es".into(),
        created: at("2026-11-01T10:00:00Z"),
        display: Default::default(),
        group: String::new(),
        review: Default::default(),
    };
    let review = |card: CardRef, answer: Option<Answer>| puente::progress::Event {
        v: 1,
        id: uuid::Uuid::from_u128(2),
        profile: profile.id,
        device: uuid::Uuid::from_u128(3),
        at: at("2026-11-02T10:00:00Z"),
        pack: "p".into(),
        pack_version: "1".into(),
        body: EventBody::Reviewed {
            card,
            rating: Rating::Again,
            answer,
            correct: Some(false),
        },
    };
    let long = "t".repeat(1_000_000);
    let many = Answer::Choices {
        options: vec!["a".to_owned(); 5_000],
    };
    let exercise = CardRef::Exercise {
        module: "m".into(),
        step: "s".into(),
    };
    for (event, what) in [
        (
            review(CardRef::Term { term: long }, None),
            "term id is 1000000",
        ),
        (
            review(exercise.clone(), Some(many)),
            "more than 1000 option ids",
        ),
    ] {
        let bytes = Bundle::new(profile.clone(), vec![event])
            .to_bytes()
            .expect("encodes");
        let Err(BundleError::Damaged(why)) = Bundle::parse(&bytes) else {
            panic!("refused: {what}");
        };
        assert!(
            why.starts_with("event 1: its ") && why.contains(what),
            "{why}"
        );
    }
    let fine = Bundle::new(profile.clone(), vec![review(exercise, None)])
        .to_bytes()
        .expect("encodes");
    assert!(Bundle::parse(&fine).is_ok());
}
