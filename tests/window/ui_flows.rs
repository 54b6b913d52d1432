//! The learner's app as a person uses it (egui_kittest, headless): widgets
//! are found by their accessible label, clicked and typed into; then the
//! test checks what is shown and what got saved.

use crate::common;

use std::path::Path;

use common::ui::*;
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::content::{self, source};
use puente::progress::store::{DataDirKind, Store};
use puente::progress::{Event, EventBody};
use puente::ui::PuenteApp;

/// The pack the flows click through: the default pack as it was at 0.2.0,
/// frozen, so that a change of wording in the shipped course does not move
/// the window's tests. (The shipped pack is checked by `puente check` and
/// tests/cli.rs; the flow below that needs its sources opens it.)
fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

pub(crate) fn app(data: &Path) -> Harness<'static, PuenteApp> {
    app_with(data, frozen_pack)
}

pub(crate) fn app_with(data: &Path, pack: fn() -> content::Loaded) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(&cc.egui_ctx, vec![pack()], data, DataDirKind::Explicit)
                .with_language("en")
        });
    settle(&mut harness);
    harness
}

/// Pick a language from the picker labelled `picker` (its label is in the
/// language shown at the time).
pub(crate) fn choose_language(h: &mut Harness<'_, PuenteApp>, picker: &str, language: &str) {
    click(h, picker);
    h.get_all_by_label(language)
        .last()
        .expect("in the list")
        .click();
    settle(h);
}

/// A USB stick (a temp folder) with the bundles of a rehearsal cohort of
/// `learners` learners, `events` events each, from `seed`.
fn usb_stick(
    learners: usize,
    events: usize,
    seed: u64,
) -> (tempfile::TempDir, Vec<puente::progress::bundle::Bundle>) {
    use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
    let usb = tempfile::tempdir().expect("tmp");
    let pack = frozen_pack().pack.expect("pack");
    let bundles = sample_cohort(
        &pack,
        &SampleOptions {
            learners,
            events,
            seed,
            start: "2026-11-20T15:00:00Z".parse().expect("time"),
        },
    );
    for (i, b) in bundles.iter().enumerate() {
        std::fs::write(
            usb.path().join(file_name(i, b)),
            b.to_bytes().expect("a bundle encodes"),
        )
        .expect("write");
    }
    (usb, bundles)
}

/// Every event saved for the only profile in `data`.
fn saved_events(data: &Path) -> Vec<Event> {
    let (store, _) = Store::open(data).expect("store");
    let (profiles, _) = store.profiles();
    assert_eq!(profiles.len(), 1);
    let opened = store
        .open_profile(profiles[0].id)
        .expect("not locked once the app is dropped");
    opened.events
}

pub(crate) fn create_profile(h: &mut Harness<'_, PuenteApp>, name: &str) {
    assert!(shows(h, "Create your profile"));
    type_into(h, "Your name", name);
    click(h, "Create profile");
}

#[test]
fn a_learner_works_through_the_first_module_and_comes_back() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana Martínez");
    assert!(shows(&h, "Ana Martínez"));
    h.get_by_label("IP basics for the life sciences");
    h.get_by_label("Is my invention ready to file?");

    // A lesson, with a glossary term that shows its definition.
    click(&mut h, "IP basics for the life sciences");
    assert!(shows(&h, "The rights menu"));
    click(&mut h, "trade secret");
    assert!(shows(&h, "Confidential business information of value"));
    click(&mut h, "Close");
    click(&mut h, "Next →");
    click(&mut h, "Next →");

    // Single choice: wrong, feedback, try again, right.
    click(&mut h, "Yes, because nobody had described it before.");
    click(&mut h, "Check answer");
    assert!(shows(&h, "✘ Not quite"));
    assert!(
        shows(&h, "Being unknown is not enough"),
        "feedback of the chosen option"
    );
    assert!(shows(&h, "Why"), "the explanation");
    click(&mut h, "Try again");
    click(
        &mut h,
        "No: material as found in nature is not an invention, though a modified peptide with a technical effect may be.",
    );
    click(&mut h, "Check answer");
    assert!(shows(&h, "✔ Right"));
    click(&mut h, "Next →");

    // Multiple choice.
    click(&mut h, "A new surgical method for repairing a heart valve");
    click(&mut h, "A new variety of a medicinal plant");
    click(&mut h, "Image-analysis software as such");
    click(&mut h, "Check answer");
    assert!(shows(&h, "✔ Right"));
    click(&mut h, "Next →");

    // True or false, by keyboard: 2 picks "False", Enter checks.
    press(&mut h, egui::Key::Num2);
    press(&mut h, egui::Key::Enter);
    assert!(shows(&h, "✔ Right"));
    assert!(shows(
        &h,
        "the Andean Community does not grant second-medical-use patents"
    ));
    click(&mut h, "Next →");

    // Matching: one wrong pair.
    for (left, right) in [
        ("Patent", "20 years from the filing date"),
        ("Utility model", "5-year periods, up to 25 years"),
        ("Industrial design", "15 years"),
        ("Trade secret", "As long as it is kept secret"),
    ] {
        click(&mut h, &format!("Match for: {left}"));
        let options = h.get_all_by_label(right).collect::<Vec<_>>();
        options.last().expect("the option in the open list").click();
        settle(&mut h);
    }
    click(&mut h, "Check answer");
    assert!(shows(&h, "Partly right: 50%"));
    assert!(shows(&h, "Right: 15 years"));
    click(&mut h, "Next →");

    // Reflection.
    type_into(
        &mut h,
        "Your reflection (not scored; it stays on this computer unless you choose to share it when you export your progress)",
        "Our assay could be patented; the buffer recipe stays secret.",
    );
    click(&mut h, "Save reflection");
    assert!(shows(&h, "One possible answer"));

    // Leave mid-module, as if closing the laptop.
    drop(h);
    let events = saved_events(data.path());
    let answered: Vec<&EventBody> = events
        .iter()
        .map(|e| &e.body)
        .filter(|b| matches!(b, EventBody::Answered { .. }))
        .collect();
    assert_eq!(
        answered.len(),
        6,
        "two attempts at the first question, then one per exercise"
    );
    let version = frozen_pack().pack.expect("pack").info.version;
    assert!(
        events
            .iter()
            .all(|e| e.pack == "puente-core" && e.pack_version == version)
    );

    // A fresh app on the same data folder: continue exactly there.
    let mut h = app(data.path());
    assert!(shows(
        &h,
        "Continue where you stopped: IP basics for the life sciences — Reflection"
    ));
    click_contains(&mut h, "Continue where you stopped: ");
    let field = h.get_by_label("Your reflection (not scored; it stays on this computer unless you choose to share it when you export your progress)");
    assert_eq!(
        field.value().as_deref(),
        Some("Our assay could be patented; the buffer recipe stays secret.")
    );
    // Earlier answers are there, with their feedback.
    click(&mut h, "← Back");
    assert!(shows(&h, "Partly right: 50%"));
    click_contains(&mut h, "3. Question: ");
    assert!(shows(&h, "✔ Right"));
    // The summary.
    click_contains(&mut h, "7. Reflection: ");
    click(&mut h, "Finish module");
    assert!(shows(&h, "Score: 88%"), "(1 + 1 + 1 + 0.5) / 4");
    click(
        &mut h,
        "Next module: Disclosure, grace periods and priority deadlines",
    );
    assert!(shows(&h, "Publish or file? File first"));
}

#[test]
fn deadlines_module_with_date_ordering_numeric_and_scenario() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Luis");
    click(&mut h, "Disclosure, grace periods and priority deadlines");
    click_contains(&mut h, "3. Deadline: ");

    // Date: the Saturday is a listed mistake.
    type_into(&mut h, "Your date", "15/08/2026");
    assert!(shows(&h, "Saturday 15 August 2026"));
    click(&mut h, "Check answer");
    assert!(shows(&h, "✘ Not quite"));
    assert!(shows(&h, "The last day is Monday 17 August 2026."));
    assert!(shows(&h, "that is a Saturday, when offices are closed"));
    click(&mut h, "Try again");
    type_into(&mut h, "Your date", "2026-08-17");
    click(&mut h, "Check answer");
    assert!(shows(&h, "✔ Right"));
    click(&mut h, "Next →");

    // Ordering: move items until the order is right, by their buttons.
    let want = [
        "First filing at the national office (priority date)",
        "PCT application filed, claiming priority",
        "International search report and written opinion",
        "International publication",
        "Demand for international preliminary examination",
        "Entry into the national phase",
    ];
    for (target, item) in want.iter().enumerate() {
        loop {
            let position = {
                let app = h.state();
                let puente::ui::app::Route::Module(state) = &app.route else {
                    panic!("in the player")
                };
                let puente::ui::player::Draft::Order(order) = &state.draft else {
                    panic!("an ordering draft")
                };
                let pack = app.library.pack("puente-core").expect("pack");
                let module = pack.module("disclosure-and-deadlines").expect("module");
                let puente::content::Step::Ordering(e) = &module.steps[state.step] else {
                    panic!("ordering")
                };
                let texts: Vec<String> = order
                    .iter()
                    .map(|id| {
                        e.items
                            .iter()
                            .find(|i| i.id.as_str() == id)
                            .expect("item")
                            .text
                            .get("en", "en")
                            .to_owned()
                    })
                    .collect();
                texts.iter().position(|t| t == item).expect("listed")
            };
            if position == target {
                break;
            }
            click(&mut h, &format!("Move up: {item}"));
        }
    }
    click(&mut h, "Check answer");
    assert!(shows(&h, "✔ Right"));
    click(&mut h, "Next →");

    // Numeric: a listed mistake gets its own feedback.
    type_into(&mut h, "Your answer", "2045");
    click(&mut h, "Check answer");
    assert!(shows(&h, "That counts 20 years from the priority date"));
    assert!(shows(&h, "The answer is 2046."));
    click(&mut h, "Next →");

    // Scenario: choose a way through.
    click(
        &mut h,
        "Call the hospital's technology-transfer office today.",
    );
    assert!(shows(
        &h,
        "You chose: Call the hospital's technology-transfer office today."
    ));
    assert!(shows(&h, "✔ Good move"), "the move's grade, in words");
    click(
        &mut h,
        "Send the form and the data this week, and keep the abstract as accepted.",
    );
    assert!(shows(&h, "The best ending."));
    assert!(
        shows(&h, "File before the first public disclosure"),
        "the explanation at the end"
    );
    drop(h);

    let events = saved_events(data.path());
    let paths: Vec<_> = events
        .iter()
        .filter_map(|e| match &e.body {
            EventBody::Answered { step, score, .. } if step == "congress-abstract" => Some(*score),
            _ => None,
        })
        .collect();
    assert_eq!(
        paths,
        vec![None, Some(1.0)],
        "each choice is saved as it is made"
    );
}

#[test]
fn several_profiles_on_one_laptop() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    click(&mut h, "IP basics for the life sciences");
    click(&mut h, "← Home");
    click(&mut h, "Switch profile");
    type_into(&mut h, "Your name", "Bruno");
    click(&mut h, "Create profile");
    assert!(shows(&h, "Bruno"));
    assert!(
        !shows(&h, "Continue where you stopped"),
        "Bruno has not started"
    );
    drop(h);
    // With two profiles, the next start asks who is learning.
    let mut h = app(data.path());
    assert!(shows(&h, "Who is learning?"));
    click(&mut h, "Ana · English");
    assert!(shows(
        &h,
        "Continue where you stopped: IP basics for the life sciences"
    ));
}

#[test]
fn a_profile_open_elsewhere_is_refused_with_a_message() {
    let data = tempfile::tempdir().expect("temp");
    let mut first = app(data.path());
    create_profile(&mut first, "Ana");
    // A second window on the same data folder: the only profile is in use.
    let second = app(data.path());
    assert!(shows(&second, "open in another Puente window"), "told why");
    assert!(
        shows(&second, "Who is learning?"),
        "and can pick or create another"
    );
    drop(second);
    click(&mut first, "IP basics for the life sciences");
    assert!(
        shows(&first, "The rights menu"),
        "the first window is unaffected"
    );
}

#[test]
fn a_broken_pack_is_not_opened_and_its_problems_are_listed() {
    let data = tempfile::tempdir().expect("temp");
    let pack_dir = tempfile::tempdir().expect("temp");
    for (rel, text) in base() {
        let text = if rel == "modules/b.ron" {
            text.replace("minutes: 20", "minutes: 0")
        } else {
            text
        };
        let path = pack_dir.path().join(&rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    type_into(
        &mut h,
        "or type its folder:",
        &pack_dir.path().display().to_string(),
    );
    click(&mut h, "Open folder");
    // Named with its folder, which tells a copy from the pack it copies.
    wait_for(
        &mut h,
        &format!(
            "“Test pack” ({}) has 1 error and was not opened",
            pack_dir.path().display()
        ),
    );
    // (The frozen pack's own warnings, a review date and sources it
    // predates, are counted in the same line.)
    assert!(shows(&h, "Problems in the content: 1 error,"));
    assert!(shows(
        &h,
        "modules/b.ron:5:14: error: minutes must be at least 1"
    ));
    assert!(!shows(&h, "Module A"));
    // The list follows the interface language.
    choose_language(&mut h, "Language", "Español");
    assert!(shows(&h, "Problemas en el contenido: 1 error,"));
    assert!(shows(
        &h,
        "modules/b.ron:5:14: error: los minutos deben ser al menos 1"
    ));
    choose_language(&mut h, "Idioma", "Português");
    assert!(shows(&h, "Problemas no conteúdo: 1 erro,"));
    assert!(shows(
        &h,
        "modules/b.ron:5:14: erro: os minutos devem ser pelo menos 1"
    ));
}

#[test]
fn a_good_pack_opens_beside_the_default_one() {
    let data = tempfile::tempdir().expect("temp");
    let pack_dir = tempfile::tempdir().expect("temp");
    write_pack(pack_dir.path(), &base());
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    type_into(
        &mut h,
        "or type its folder:",
        &pack_dir.path().display().to_string(),
    );
    click(&mut h, "Open folder");
    wait_for(&mut h, "Opened “Test pack”");
    assert!(shows(
        &h,
        "Opened “Test pack” (version 1.0.0): 2 modules, 1 self-assessment."
    ));
    // This pack is in English only: in Spanish it says so.
    choose_language(&mut h, "Language", "Español");
    click(&mut h, "Module A");
    assert!(shows(&h, "Intro"));
    assert!(shows(
        &h,
        "Este contenido no está disponible en Español, así que se muestra en English."
    ));
}

#[test]
fn every_kind_answered_wrongly_shows_why() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Eva");
    click(&mut h, "IP basics for the life sciences");
    click_contains(&mut h, "4. Question: ");
    // Multiple choice: one right, one wrong, one missed.
    click(&mut h, "A new surgical method for repairing a heart valve");
    click(&mut h, "A known compound claimed for a new therapeutic use");
    click(&mut h, "Check answer");
    assert!(shows(&h, "✘ Not quite"));
    assert!(
        shows(&h, "Mexico allows it (LFPPI art. 45-I)"),
        "feedback on the wrong pick"
    );
    assert!(
        shows(&h, "plant varieties are excluded from patents"),
        "feedback on a missed right option"
    );
    click(&mut h, "Next →");
    // True or false, wrong.
    click(&mut h, "True");
    click(&mut h, "Check answer");
    assert!(shows(&h, "✘ Not quite"));
    assert!(shows(&h, "Not in Colombia. Andean Decision 486 art. 21"));
    click(&mut h, "Next →");
    // Matching, all right.
    for (left, right) in [
        ("Patent", "20 years from the filing date"),
        ("Utility model", "15 years"),
        ("Industrial design", "5-year periods, up to 25 years"),
        ("Trade secret", "As long as it is kept secret"),
    ] {
        click(&mut h, &format!("Match for: {left}"));
        h.get_all_by_label(right)
            .last()
            .expect("the option")
            .click();
        settle(&mut h);
    }
    click(&mut h, "Check answer");
    assert!(shows(&h, "✔ Right"));
    assert!(shows(&h, "The LFPPI raised it from 10 to 15 years."));

    click(&mut h, "← Home");
    click(&mut h, "Disclosure, grace periods and priority deadlines");
    click_contains(&mut h, "4. Put in order: ");
    // Ordering as shuffled: wrong, with the right order shown.
    click(&mut h, "Check answer");
    assert!(shows(&h, "Partly right") || shows(&h, "✘ Not quite"));
    assert!(shows(&h, "The right order"));
    assert!(
        shows(&h, "Promptly after 18 months from priority."),
        "item feedback"
    );
    click(&mut h, "Next →");
    // Numeric, right, typed the way a Mexican learner might.
    type_into(&mut h, "Your answer", "2,046");
    click(&mut h, "Check answer");
    assert!(shows(&h, "✔ Right"));
    click(&mut h, "Next →");
    // Scenario, the poor ending, then again.
    click(
        &mut h,
        "Present, then submit the full paper, and think about a patent next year.",
    );
    assert!(shows(&h, "A poor outcome."));
    assert!(shows(&h, "prior art everywhere"));
    assert!(
        shows(&h, "✘ Poor move"),
        "a poor move is not drawn as a good one"
    );
    assert!(shows(
        &h,
        "good: 0 · acceptable: 0 · poor: 1. Score for this case: 0 %."
    ));
    click(&mut h, "Try again");
    click(
        &mut h,
        "Present as planned and file afterwards, using the grace period.",
    );
    assert!(shows(&h, "A partial outcome"));
    assert!(
        shows(&h, "The grace period exists, but it is national"),
        "choice feedback"
    );
    assert!(shows(&h, "◐ Acceptable move"));
    assert!(shows(&h, "Score for this case: 50 %."));
}

#[test]
fn a_damaged_journal_is_reported_and_the_rest_kept() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    click(&mut h, "IP basics for the life sciences");
    drop(h);
    // Something scribbles over the journal between sessions.
    let profiles = data.path().join("profiles");
    let dir = std::fs::read_dir(&profiles)
        .expect("profiles")
        .flatten()
        .next()
        .expect("one profile")
        .path();
    let journal = std::fs::read_dir(&dir)
        .expect("profile dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".jsonl"))
        .expect("a journal");
    let mut bytes = std::fs::read(&journal).expect("read");
    bytes.extend_from_slice(b"\xde\xad\xbe\xef not an event\n{\"v\":1,\"id\":\"cut");
    std::fs::write(&journal, bytes).expect("write");

    let h = app(data.path());
    assert!(
        shows(&h, "had 1 unreadable line(s). The original is kept as"),
        "told in the window"
    );
    assert!(
        shows(
            &h,
            "Continue where you stopped: IP basics for the life sciences"
        ),
        "the rest is kept"
    );
    let aside = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .any(|e| e.file_name().to_string_lossy().contains(".corrupt-"));
    assert!(aside, "the damaged file is kept aside, not deleted");
}

/// Rate every item of every dimension with the level whose label starts
/// with `level` ("2 · Yes, documented"), moving dimension by dimension.
fn rate_everything(h: &mut Harness<'_, PuenteApp>, level: &str, dimensions: usize) {
    for d in 0..dimensions {
        let labels: Vec<String> = h
            .query_all_by_label_contains(&format!("{level}: "))
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        assert!(!labels.is_empty(), "items to rate in dimension {d}");
        for label in labels {
            h.get_by_label(&label).click();
            settle(h);
        }
        if d + 1 < dimensions {
            click(h, "Next dimension →");
        }
    }
}

#[test]
fn a_self_assessment_with_results_and_history() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    type_into(
        &mut h,
        "What are you assessing? Is my invention ready to file?",
        "Glucose sensor patch",
    );
    click(&mut h, "Start assessment: Is my invention ready to file?");
    assert!(shows(&h, "Novelty and prior art"));
    assert!(
        shows(&h, "PATENTSCOPE holds every published PCT application"),
        "help text on every item"
    );

    // Too few answers: no score yet.
    h.get_by_label(
        "2 · Yes, documented: I searched patent databases (PATENTSCOPE, Espacenet, LATIPAT).",
    )
    .click();
    settle(&mut h);
    click(&mut h, "See results");
    assert!(shows(&h, "Too few answers to score yet"));

    // Rate everything "partly", with a note.
    click(&mut h, "Change answers");
    rate_everything(&mut h, "1 · Partly", 6);
    type_into(
        &mut h,
        "Note on: There is a budget for the national phase at 30 months.",
        "Ask the dean in March",
    );
    click(&mut h, "See results");
    assert!(shows(&h, "Score: 50 / 100"));
    assert!(shows(&h, "More data or searching needed"), "the band");
    assert!(
        shows(&h, "Strengthen the weakest dimension first"),
        "its advice"
    );
    assert!(
        shows(&h, "Open module: IP basics for the life sciences"),
        "the modules that help"
    );
    assert!(shows(&h, "Ask the dean in March"), "the note");
    assert!(shows(&h, "Gaps to close"));
    assert_eq!(
        h.query_all_by_label("— Partly").count(),
        24,
        "every item rated below the top is a gap, with its answer"
    );
    assert!(!shows(&h, "Not answered yet"), "every item is answered");
    click(&mut h, "← Home");

    // Come back later: a second run of the same assessment, all yes.
    type_into(
        &mut h,
        "What are you assessing? Is my invention ready to file?",
        "Glucose sensor patch",
    );
    click(&mut h, "Start assessment: Is my invention ready to file?");
    rate_everything(&mut h, "2 · Yes, documented", 6);
    click(&mut h, "See results");
    assert!(shows(&h, "Score: 100 / 100"));
    assert!(shows(&h, "Ready to file"));
    assert!(shows(&h, "History"));
    assert!(shows(&h, "100 (+50)"), "the change per dimension");
    drop(h);

    // The ratings are saved events; a fresh app shows both runs.
    let mut h = app(data.path());
    click(&mut h, "Results: Glucose sensor patch");
    assert!(shows(&h, "History"));
    drop(h);
    let events = saved_events(data.path());
    let rated = events
        .iter()
        .filter(|e| matches!(e.body, EventBody::Rated { .. }))
        .count();
    assert_eq!(rated, 1 + 24 + 24);
}

#[test]
fn a_knock_out_answer_is_shown_first_and_caps_the_result() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    type_into(
        &mut h,
        "What are you assessing? Is my invention ready to file?",
        "Peptide",
    );
    click(&mut h, "Start assessment: Is my invention ready to file?");
    rate_everything(&mut h, "2 · Yes, documented", 6);
    click_contains(&mut h, "Novelty and prior art");
    click(
        &mut h,
        "0 · No / don't know: Nothing of mine is public yet, or any disclosure is within a grace period and I have evidence of its date.",
    );
    click(&mut h, "See results");
    assert!(shows(&h, "Score: 94 / 100"), "the score stays");
    assert!(shows(&h, "Do not file yet"), "the band is capped");
    assert!(!shows(&h, "Ready to file"));
    assert!(shows(
        &h,
        "Because of this answer, the result is at most “Do not file yet”, whatever the score."
    ));
    let top = |h: &Harness<'_, PuenteApp>, text: &str| h.get_by_label_contains(text).rect().top();
    assert!(
        h.get_by_label("Before anything else").rect().top() < top(&h, "outside every grace period")
            && top(&h, "outside every grace period") < top(&h, "Score: 94 / 100"),
        "the knock-out comes above the score"
    );
    // Among the gaps to close, the only one, marked.
    assert!(
        top(&h, "Gaps to close") < top(&h, "Knock-out answers: close these first")
            && top(&h, "Knock-out answers: close these first")
                < top(&h, "• Nothing of mine is public yet"),
        "the knock-out heads the gaps"
    );
    assert_eq!(h.query_all_by_label("— No / don't know").count(), 1);
    assert_eq!(h.query_all_by_label("knock-out").count(), 1);
    // Home says so beside the score.
    click(&mut h, "← Home");
    assert!(shows(&h, "knock-out answer: see the results first"));
    click(&mut h, "Results: Peptide");
    click(
        &mut h,
        "Open module: Disclosure, grace periods and priority deadlines",
    );
    assert!(!shows(&h, "Score: 94 / 100"), "the gate's module opens");
}

#[test]
fn readiness_is_the_highest_level_with_complete_evidence() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    let what = "What are you assessing? Technology readiness of a health technology";
    type_into(&mut h, what, "Vaccine candidate");
    click(
        &mut h,
        "Start assessment: Technology readiness of a health technology",
    );
    rate_everything(&mut h, "2 · Yes, documented", 5);
    click_contains(&mut h, "Clinical");
    for item in [
        "Phase 1, or a pilot or first-in-human study of the device, is done.",
        "Phase 2–3, or the pivotal study of the device, is done.",
    ] {
        click(&mut h, &format!("0 · No / don't know: {item}"));
    }
    click(&mut h, "See results");
    assert!(shows(
        &h,
        "Level reached: TRL 5: ready to ask for a first study in people"
    ));
    assert!(
        shows(&h, "TRL 4–5: validation"),
        "the level's band, not the score's"
    );
    assert!(shows(
        &h,
        "To reach “TRL 6: first study in people (Phase 1 or first-in-human)”, complete:"
    ));
    assert!(shows(
        &h,
        "• Phase 1, or a pilot or first-in-human study of the device, is done."
    ));
}

#[test]
fn a_dimension_with_levels_shows_its_level_and_plan() {
    let data = tempfile::tempdir().expect("temp");
    let pack_dir = tempfile::tempdir().expect("temp");
    let checklist = edit(
        &edit(
            CHECKLIST,
            r#"(id: "d1", title: "One","#,
            r#"(id: "d1", title: "Technology","#,
        ),
        r#"items: [(id: "i1", text: "Item", help: "Help.")]),"#,
        r#"items: [(id: "i1", text: "Item", help: "Help."), (id: "i3", text: "Proof of concept in animals", help: "Help.")],
            levels: [(value: 1, title: "Idea", items: ["i1"]), (value: 3, title: "Proof", items: ["i3"])]),"#,
    );
    let mut files = base();
    files.retain(|(rel, _)| rel != "checklists/c.ron");
    files.push(("checklists/c.ron".into(), checklist));
    write_pack(pack_dir.path(), &files);
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    type_into(
        &mut h,
        "or type its folder:",
        &pack_dir.path().display().to_string(),
    );
    click(&mut h, "Open folder");
    wait_for(&mut h, "Opened “Test pack”");
    type_into(&mut h, "What are you assessing? Check", "Sensor");
    click(&mut h, "Start assessment: Check");
    click(&mut h, "2 · Yes: Item");
    click(&mut h, "1 · Partly: Proof of concept in animals");
    click(&mut h, "Next dimension →");
    click(&mut h, "2 · Yes: Item 2");
    click(&mut h, "See results");
    // 0.6 × 75 + 0.4 × 100: the score is as without levels.
    assert!(shows(&h, "Score: 85 / 100"));
    assert!(shows(&h, "Levels by dimension"));
    assert!(shows(&h, "Level reached: Idea"));
    assert!(shows(&h, "To reach “Proof”, complete:"));
    // The first of each: the missing item is in the plan, and again among
    // the gaps to close with its answer.
    let top = |h: &Harness<'_, PuenteApp>, text: &str| {
        h.query_all_by_label(text)
            .map(|n| n.rect().top())
            .fold(f32::INFINITY, f32::min)
    };
    assert_eq!(
        h.query_all_by_label("• Proof of concept in animals")
            .count(),
        2
    );
    assert!(
        top(&h, "Level reached: Idea") < top(&h, "To reach “Proof”, complete:")
            && top(&h, "To reach “Proof”, complete:") < top(&h, "• Proof of concept in animals"),
        "the level, then the plan"
    );
    // Met: the level rises and the plan is gone.
    click(&mut h, "Change answers");
    click_contains(&mut h, "Technology");
    click(&mut h, "2 · Yes: Proof of concept in animals");
    click(&mut h, "See results");
    assert!(shows(&h, "Level reached: Proof"));
    assert!(!shows(&h, "To reach “Proof”, complete:"));
}

#[test]
fn not_applicable_leaves_the_score() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    type_into(
        &mut h,
        "What are you assessing? Is my invention ready to file?",
        "Cell line",
    );
    click(&mut h, "Start assessment: Is my invention ready to file?");
    rate_everything(&mut h, "2 · Yes, documented", 6);
    click_contains(&mut h, "Ownership and inventors");
    click(
        &mut h,
        "Not applicable: Material transfer agreements and access permits are in place.",
    );
    click(&mut h, "See results");
    assert!(
        shows(&h, "Score: 100 / 100"),
        "a not-applicable item does not lower the score"
    );
    assert!(shows(&h, "4 of 4 (1 not applicable)"));
}

#[test]
fn a_learner_in_spanish_switches_to_portuguese_halfway() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    choose_language(&mut h, "Language", "Español");
    assert!(
        shows(&h, "Cree su perfil"),
        "the form follows the language picked"
    );
    type_into(&mut h, "Su nombre", "Lucía");
    click(&mut h, "Crear perfil");
    assert!(shows(&h, "Cambiar de perfil"));
    assert!(shows(&h, "Autoevaluaciones"));
    // The content is in Spanish too.
    click(
        &mut h,
        "Fundamentos de propiedad intelectual para las ciencias de la vida",
    );
    assert!(
        !shows(&h, "no está disponible en Español"),
        "the default pack speaks Spanish"
    );
    click(&mut h, "Siguiente →");
    click(&mut h, "Siguiente →");
    click(
        &mut h,
        "No: el material tal como se encuentra en la naturaleza no es una invención, aunque un péptido modificado con un efecto técnico podría serlo.",
    );
    click(&mut h, "Comprobar respuesta");
    assert!(shows(&h, "✔ Correcto"));
    assert!(shows(&h, "Por qué"));

    // Halfway through the module, Portuguese.
    choose_language(&mut h, "Idioma", "Português");
    assert!(
        shows(&h, "✔ Certo"),
        "the answer shown stays, in the new language"
    );
    assert!(shows(&h, "Tentar de novo"));
    assert!(
        shows(
            &h,
            "Fundamentos de propriedade intelectual para as ciências da vida"
        ),
        "the content follows"
    );
    click(&mut h, "Próximo →");
    assert!(shows(&h, "Escolha todas as opções que se aplicam."));
    drop(h);

    // The choice is the profile's: the next start is in Portuguese.
    let h = app(data.path());
    assert!(shows(&h, "Trocar de perfil"));
}

#[test]
fn settings_change_the_theme_and_text_size_and_are_kept() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    click(&mut h, "Settings");
    assert!(
        shows(&h, data.path().to_str().expect("utf-8")),
        "the data folder is shown"
    );
    assert!(shows(&h, "Puente 0.1.0"), "about: the version");
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Text size")
        .set_value_accesskit(1.5);
    settle(&mut h);
    assert!((h.ctx.zoom_factor() - 1.5).abs() < 0.01, "text at 150 %");
    click(&mut h, "High contrast");
    assert!(
        h.ctx.global_style().visuals.panel_fill == egui::Color32::WHITE,
        "high contrast is applied"
    );
    press(&mut h, egui::Key::Escape);
    assert!(shows(&h, "Switch profile"), "Esc goes back home");
    drop(h);
    let (store, _) = Store::open(data.path()).expect("store");
    let (profiles, _) = store.profiles();
    assert_eq!(
        profiles[0].display.theme,
        puente::progress::store::Theme::HighContrast,
        "saved in the profile"
    );
    assert!((profiles[0].display.zoom - 1.5).abs() < 0.01);
    // The next start has it again.
    let h = app(data.path());
    assert!(h.ctx.global_style().visuals.panel_fill == egui::Color32::WHITE);
}

/// A theme or text size that cannot be saved says so, and not that the
/// language could not be saved.
#[test]
fn a_display_setting_that_cannot_be_saved_says_so() {
    use puente::progress::fault::{self, PERMISSION_DENIED};
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    click(&mut h, "Settings");
    fault::fail_after(0, PERMISSION_DENIED);
    click(&mut h, "Dark");
    fault::clear();
    assert!(shows(&h, "The text size and theme could not be saved"));
    assert!(!shows(&h, "The language could not be saved"));
    click(&mut h, "Dismiss");

    fault::fail_after(0, PERMISSION_DENIED);
    h.get_by_role_and_label(egui::accesskit::Role::Slider, "Text size")
        .set_value_accesskit(1.25);
    settle(&mut h);
    fault::clear();
    assert!(shows(&h, "The text size and theme could not be saved"));
    assert!(!shows(&h, "The language could not be saved"));
}

/// Presenter mode knows its exercise by id: when the pack is opened
/// again while it shows (here, a version with two exercises), it carries
/// on with the new pack instead of pointing past its end.
#[test]
fn presenter_mode_survives_its_pack_being_replaced() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    click(&mut h, "Facilitator dashboard");
    wait_idle(&mut h);
    click(&mut h, "Presenter mode");
    for _ in 0..5 {
        press(&mut h, egui::Key::ArrowRight);
    }
    assert!(shows(&h, "Exercise 6 of "));

    // The same pack id, a new version holding two exercises.
    let smaller = tempfile::tempdir().expect("temp");
    let mut files = base();
    files[0].1 = edit(&files[0].1, "id: \"test-pack\"", "id: \"puente-core\"");
    write_pack(smaller.path(), &files);
    h.state_mut().apply(puente::ui::view::Action::OpenPackPath(
        smaller.path().to_owned(),
    ));
    wait_idle(&mut h);
    assert!(shows(&h, "It replaces version"), "{:?}", h.state().messages);
    assert!(
        shows(&h, "Exercise 1 of 2"),
        "the new pack's first exercise"
    );
    assert!(shows(&h, "Pick one."));
    press(&mut h, egui::Key::ArrowRight);
    assert!(shows(&h, "Exercise 2 of 2"));
    assert!(shows(&h, "Is it so?"));
    press(&mut h, egui::Key::ArrowRight);
    assert!(shows(&h, "Exercise 2 of 2"), "no further than the last");
}

/// Settings reads whether the data folder is shared when the folder is
/// opened, not from the disk at every frame: a marker made or removed
/// behind the window's back does not flicker the box; the box itself
/// writes the marker.
#[test]
fn settings_do_not_look_at_the_disk_every_frame() {
    use egui::accesskit::Toggled;
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    click(&mut h, "Settings");
    let ticked = |h: &Harness<'_, PuenteApp>| {
        h.get_by_label("Several laptops share this data folder")
            .accesskit_node()
            .toggled()
            == Some(Toggled::True)
    };
    assert!(!ticked(&h));
    let marker = data.path().join("shared.json");
    std::fs::write(&marker, "{\"format\": 1}\n").expect("marker");
    settle(&mut h);
    assert!(!ticked(&h), "not read again while the window runs");

    std::fs::remove_file(&marker).expect("remove");
    click(&mut h, "Several laptops share this data folder");
    assert!(ticked(&h));
    assert!(marker.is_file(), "the box writes the marker");
    std::fs::remove_file(&marker).expect("remove");
    settle(&mut h);
    assert!(ticked(&h), "what the window set stands until changed");
}

/// Work off the frame that panics (a PDF library, say) is reported, not
/// taken for a cancelled dialog.
#[test]
fn work_that_breaks_off_is_reported() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    let started = h.state_mut().tasks.export.spawn(
        "Saving the PDF report…".into(),
        |_| -> puente::ui::app::SaveResult { panic!("no glyph for U+1F600") },
    );
    assert!(started);
    wait_idle(&mut h);
    assert!(shows(
        &h,
        "This did not finish because of a fault in Puente: Saving the PDF report…"
    ));
    assert!(
        !shows(&h, "no glyph"),
        "the panic's own words stay out of it"
    );
}

/// Moving through steps is not written click by click: the visits reach
/// the journal within a second, together; an answer is there at once.
#[test]
fn visits_reach_the_disk_within_a_second_and_answers_at_once() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    let journal = h
        .state()
        .learner
        .as_ref()
        .expect("open")
        .session
        .journal_path()
        .to_owned();
    let lines = || {
        std::fs::read_to_string(&journal)
            .unwrap_or_default()
            .lines()
            .count()
    };
    let before = lines();
    click(&mut h, "IP basics for the life sciences");
    click(&mut h, "Next →");
    click(&mut h, "Next →");
    let started = std::time::Instant::now();
    wait_until(&mut h, "the visits to be written", |_| {
        lines() >= before + 3
    });
    assert!(started.elapsed() < std::time::Duration::from_secs(30));

    let written = lines();
    click(&mut h, "Yes, because nobody had described it before.");
    click(&mut h, "Check answer");
    assert_eq!(
        lines(),
        written + 1,
        "the answer is on disk before the next frame"
    );
}

#[test]
fn esc_leaves_a_module_and_keeps_a_reflection() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    click(&mut h, "IP basics for the life sciences");
    click_contains(&mut h, "7. Reflection: ");
    type_into(
        &mut h,
        "Your reflection (not scored; it stays on this computer unless you choose to share it when you export your progress)",
        "Kept when I press Esc",
    );
    // Leave the text field, then Esc.
    press(&mut h, egui::Key::Escape);
    press(&mut h, egui::Key::Escape);
    assert!(shows(&h, "Switch profile"));
    drop(h);
    let events = saved_events(data.path());
    assert!(events.iter().any(|e| matches!(&e.body, EventBody::Answered { answer: puente::progress::Answer::Text { text }, .. } if text == "Kept when I press Esc")));
}

#[test]
fn ctrl_plus_makes_the_text_bigger_and_it_is_kept() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana");
    let before = h.ctx.zoom_factor();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    settle(&mut h);
    let after = h.ctx.zoom_factor();
    assert!(after > before, "zoomed in: {before} -> {after}");
    drop(h);
    let (store, _) = Store::open(data.path()).expect("store");
    let (profiles, _) = store.profiles();
    assert!(
        (profiles[0].display.zoom - after).abs() < 0.01,
        "kept in the profile"
    );
}

/// A facilitator imports a folder of bundles, reads the cohort, opens the
/// hardest exercise on the projector, reveals it, counts the room by hand,
/// and exports the cohort as CSV.
#[test]
fn a_facilitator_imports_a_folder_and_presents_the_hardest_exercise() {
    let data = tempfile::tempdir().expect("tmp");
    let (usb, bundles) = usb_stick(12, 150, 4);
    let pack = frozen_pack().pack.expect("pack");
    std::fs::write(usb.path().join("broken.puente"), b"{\"kind\": \"puente-pro").expect("write");

    let mut h = app(data.path());
    create_profile(&mut h, "Facilitadora");
    click(&mut h, "Facilitator dashboard");
    wait_for(&mut h, "1 learner");
    type_into(
        &mut h,
        "or type a folder or bundle path",
        usb.path().to_str().expect("utf-8"),
    );
    click(&mut h, "Import");
    wait_for(&mut h, "12 files imported");
    assert!(shows(&h, "1 skipped"));
    assert!(shows(&h, "Skipped broken.puente: the file ends too early"));
    // 12 learners plus the facilitator's own profile.
    assert!(shows(&h, "13 learners"), "the cohort counts everyone here");
    assert!(shows(&h, &bundles[0].profile.name));
    assert!(!shows(&h, "wrong the first time"), "one tab at a time");
    click(&mut h, "Exercises most got wrong");
    assert!(shows(&h, "wrong the first time"));
    assert!(shows(&h, "Most chosen wrong answer"));

    // The hardest exercise, on the projector, with the room's answers.
    let hardest = h.state().workshop.dashboard.hardest[0].clone();
    h.get_all_by_label("Show on the projector")
        .next()
        .expect("a button per exercise")
        .click();
    settle(&mut h);
    let step = pack
        .module(&hardest.module)
        .and_then(|m| m.steps.iter().find(|s| s.id().as_str() == hardest.step))
        .expect("the step");
    let prompt = step.prompt().expect("a prompt").get("en", "en").to_owned();
    assert!(shows(&h, &prompt[..prompt.len().min(40)]));
    assert!(shows(&h, "Exercise "));
    click(&mut h, "Reveal");
    assert!(shows(&h, "Hide the answer"));

    // Counted by hand: the "+" of the first option, twice (for kinds with
    // options; free answers show the bundles' most common ones instead).
    let votable = matches!(
        step,
        puente::content::Step::SingleChoice(_)
            | puente::content::Step::MultipleChoice(_)
            | puente::content::Step::TrueFalse(_)
    );
    assert_eq!(shows(&h, "counted by hand"), votable);
    if votable {
        click(&mut h, "counted by hand");
    }
    let plus = h
        .query_all_by_label_contains("One more for")
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default());
    assert_eq!(
        plus.is_some(),
        votable,
        "options can be counted exactly when they exist"
    );
    if let Some(label) = plus {
        click(&mut h, &label);
        click(&mut h, &label);
        let puente::ui::app::Route::Presenter(state) = &h.state().route else {
            panic!("still presenting");
        };
        let counts: u32 = state.hand.values().flat_map(|c| c.values()).sum();
        assert_eq!(counts, 2);
    }

    // The keyboard moves on and leaves.
    press(&mut h, egui::Key::ArrowRight);
    assert!(shows(&h, "Reveal"), "the next exercise starts hidden");
    press(&mut h, egui::Key::Escape);
    assert!(
        shows(&h, "Most chosen wrong answer"),
        "back on the dashboard's tab"
    );

    // Presenter mode from the start: the first exercise is a question, and
    // the room is counted by hand.
    click(&mut h, "Presenter mode");
    assert!(shows(&h, "Exercise 1 of "));
    let plus = h
        .query_all_by_label_contains("One more for")
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .expect("the first exercise has options to count");
    click(&mut h, &plus);
    click(&mut h, &plus);
    let minus = plus.replace("One more for", "One fewer for");
    click(&mut h, &minus);
    click(&mut h, &plus);
    let puente::ui::app::Route::Presenter(state) = &h.state().route else {
        panic!("presenting");
    };
    let counted: u32 = state.hand.values().flat_map(|c| c.values()).sum();
    assert_eq!(counted, 2);
    press(&mut h, egui::Key::Escape);

    // The cohort as CSV.
    let out = tempfile::tempdir().expect("tmp");
    h.state_mut().save_dir = Some(out.path().to_owned());
    click(&mut h, "Export CSV…");
    wait_for(&mut h, "Saved");
    let csv = std::fs::read_dir(out.path())
        .expect("dir")
        .flatten()
        .find(|e| e.file_name().to_string_lossy().ends_with(".csv"))
        .expect("a CSV was written");
    let text = std::fs::read_to_string(csv.path()).expect("read");
    assert_eq!(text.lines().count(), 14, "a header and one row per learner");
    assert!(text.contains(&bundles[3].profile.name));
}

/// A learner saves their progress as one bundle, which imports elsewhere.
#[test]
fn a_learner_exports_a_bundle_that_imports_on_the_facilitators_laptop() {
    let data = tempfile::tempdir().expect("tmp");
    let out = tempfile::tempdir().expect("tmp");
    let mut h = app(data.path());
    create_profile(&mut h, "Renata Lima");
    click(&mut h, "IP basics for the life sciences");
    h.state_mut().save_dir = Some(out.path().to_owned());
    press(&mut h, egui::Key::Escape);
    click(&mut h, "Export my progress…");
    wait_for(&mut h, "Saved");
    drop(h);
    let file = std::fs::read_dir(out.path())
        .expect("dir")
        .flatten()
        .next()
        .expect("a bundle")
        .path();
    assert!(file.to_string_lossy().ends_with(".puente"));
    let facilitator = tempfile::tempdir().expect("tmp");
    let (store, _) = Store::open(facilitator.path()).expect("store");
    let packs = [puente::progress::import::OpenPack {
        id: "puente-core".into(),
        version: frozen_pack().pack.expect("pack").info.version,
    }];
    let report = puente::progress::import::import(&store, &[file], &packs, |_, _| {});
    let (_, imported) = report.imported().next().expect("imported");
    assert_eq!(imported.name, "Renata Lima");
    assert!(imported.added >= 1, "the visit to the module travels");
}

/// The learner's group is given on the profile form, changed in Settings,
/// and kept in the profile for the facilitator's filters.
#[test]
fn a_learner_gives_their_group_and_changes_it_in_settings() {
    let data = tempfile::tempdir().expect("tmp");
    let mut h = app(data.path());
    type_into(&mut h, "Your name", "Lucía Torres");
    type_into(&mut h, "Group (optional)", "Taller Lima");
    click(&mut h, "Create profile");
    let group = |data: &Path| {
        let (store, _) = Store::open(data).expect("store");
        store.profiles().0[0].group.clone()
    };
    assert_eq!(group(data.path()), "Taller Lima");
    click(&mut h, "Settings");
    let field = h.get_by_label("Group (optional)");
    field.focus();
    field.type_text(" (tarde)");
    settle(&mut h);
    press(&mut h, egui::Key::Tab);
    assert_eq!(group(data.path()), "Taller Lima (tarde)");
}

/// A facilitator opens the item analysis of a rehearsal cohort, reads the
/// indices and flags, and sorts the table by facility both ways.
#[test]
fn a_facilitator_sorts_the_item_analysis() {
    use puente::ui::dashboard::ItemColumn;
    let data = tempfile::tempdir().expect("tmp");
    let (usb, _) = usb_stick(12, 150, 9);
    let mut h = app(data.path());
    create_profile(&mut h, "Facilitador");
    click(&mut h, "Facilitator dashboard");
    wait_for(&mut h, "1 learner");
    type_into(
        &mut h,
        "or type a folder or bundle path",
        usb.path().to_str().expect("utf-8"),
    );
    click(&mut h, "Import");
    wait_for(&mut h, "12 files imported");
    assert!(!shows(&h, "Discrimination"), "one tab at a time");
    click(&mut h, "Item analysis");
    assert!(shows(
        &h,
        "Facility: the average score at the first attempt"
    ));
    assert!(shows(&h, "Most chosen wrong answer"));
    let items = h.state().workshop.items.clone();
    assert!(!items.is_empty(), "the exercises the cohort answered");
    // Exercises late in the pack were reached by fewer than 10 learners.
    if items.iter().any(|i| !i.reliable()) {
        assert!(shows(&h, "their indices are shown in grey"));
        assert!(shows(&h, "Unreliable: fewer than 10 learners"));
    }
    // By default the least discriminating come first.
    let d: Vec<f64> = items.iter().filter_map(|i| i.discrimination).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");

    click(&mut h, "Sort by Facility");
    assert_eq!(h.state().workshop.items_sort, (ItemColumn::Facility, false));
    let f: Vec<f64> = h
        .state()
        .workshop
        .items
        .iter()
        .map(|i| i.facility)
        .collect();
    assert!(f.windows(2).all(|w| w[0] <= w[1]), "hardest first: {f:?}");
    click(&mut h, "Sort by Facility");
    let f: Vec<f64> = h
        .state()
        .workshop
        .items
        .iter()
        .map(|i| i.facility)
        .collect();
    assert!(f.windows(2).all(|w| w[0] >= w[1]), "easiest first: {f:?}");

    // Back to the pack's order; ties in facility are in pack order too.
    click(&mut h, "Sort by Exercise");
    let p: Vec<usize> = h
        .state()
        .workshop
        .items
        .iter()
        .map(|i| i.position)
        .collect();
    assert!(p.windows(2).all(|w| w[0] < w[1]), "{p:?}");

    // The last exercise's facility is in the table.
    let last = h.state().workshop.items.last().cloned().expect("rows");
    assert!(shows(&h, &format!("{:.0} %", last.facility)));
}

/// Each learner sees the options in the order seeded by their profile and
/// the exercise, the same when they come back; the answer is saved by id.
#[test]
fn choices_show_in_the_learners_own_order() {
    use puente::assess::order::{display_order, learner_seed};
    let pack = frozen_pack().pack.expect("pack");
    let Some(puente::content::Step::SingleChoice(e)) = pack.module("ip-basics").and_then(|m| {
        m.steps
            .iter()
            .find(|s| s.id().as_str() == "natural-peptide")
    }) else {
        panic!("the shipped single choice");
    };
    let texts: Vec<String> = e
        .options
        .iter()
        .map(|o| o.text.get("en", "en").to_owned())
        .collect();
    for name in ["Ana Martínez", "Tiago Costa"] {
        let data = tempfile::tempdir().expect("temp");
        let mut h = app(data.path());
        create_profile(&mut h, name);
        let profile = h
            .state()
            .learner
            .as_ref()
            .expect("open")
            .session
            .profile
            .id
            .to_string();
        let expected: Vec<&String> = display_order(
            &learner_seed(
                &profile,
                pack.info.id.as_str(),
                "ip-basics",
                "natural-peptide",
            ),
            &vec![false; texts.len()],
        )
        .into_iter()
        .map(|i| &texts[i])
        .collect();
        let shown = |h: &Harness<'_, PuenteApp>| {
            let mut at: Vec<(f32, &String)> = texts
                .iter()
                .map(|t| {
                    // After checking, options carry a ✔ or ✘ before the text.
                    let node = h
                        .query_all_by_label_contains(t)
                        .next()
                        .expect("the option is shown");
                    (node.rect().min.y, t)
                })
                .collect();
            at.sort_by(|a, b| a.0.total_cmp(&b.0));
            at.into_iter().map(|(_, t)| t).collect::<Vec<_>>()
        };
        click(&mut h, "IP basics for the life sciences");
        click(&mut h, "Next →");
        click(&mut h, "Next →");
        assert_eq!(shown(&h), expected, "{name}'s order");
        // Number key 1 picks the first option shown, saved by its id.
        h.key_press(egui::Key::Num1);
        h.run();
        click(&mut h, "Check answer");
        click(&mut h, "← Home");
        click(&mut h, "IP basics for the life sciences");
        assert_eq!(shown(&h), expected, "the same order when {name} comes back");
        drop(h);
        let first_shown = e
            .options
            .iter()
            .find(|o| o.text.get("en", "en") == expected[0].as_str())
            .expect("an option");
        let saved = saved_events(data.path())
            .into_iter()
            .find_map(|ev| match ev.body {
                EventBody::Answered { step, answer, .. } if step == "natural-peptide" => {
                    Some(answer)
                }
                _ => None,
            })
            .expect("answered");
        assert_eq!(
            saved,
            puente::progress::Answer::Choice {
                option: first_shown.id.to_string()
            }
        );
    }
}

/// Attack G1: an import that cannot go on (here: another import holds the
/// data folder) says what it waits for and can be cancelled; nothing is
/// half-imported and the dashboard works again at once.
#[test]
fn a_waiting_import_says_so_and_can_be_cancelled() {
    let data = tempfile::tempdir().expect("tmp");
    let (usb, _) = usb_stick(2, 20, 9);
    let mut h = app(data.path());
    create_profile(&mut h, "Facilitadora");
    click(&mut h, "Facilitator dashboard");
    wait_for(&mut h, "1 learner");

    // Another import (say, `puente import` in a terminal) holds the folder.
    let (store, _) = Store::open(data.path()).expect("store");
    let other = store
        .lock_imports(|| {}, &std::sync::atomic::AtomicBool::new(false))
        .expect("the lock is free");
    type_into(
        &mut h,
        "or type a folder or bundle path",
        usb.path().to_str().expect("utf-8"),
    );
    click(&mut h, "Import");
    wait_for(
        &mut h,
        "Waiting for another import into this data folder to finish",
    );
    click(&mut h, "Cancel the import");
    wait_idle(&mut h);
    assert!(shows(&h, "0 files imported"), "nothing half-imported");
    assert!(shows(&h, "the import was cancelled before this file"));
    drop(other);

    // The path is still there: the next import runs as usual.
    click(&mut h, "Import");
    wait_for(&mut h, "2 files imported");
}

/// The first citation in the first module's lessons whose link text is
/// unique there: (steps to go forward, link text, cited source's title).
fn first_citation(module: &content::Module) -> Option<(usize, String, String)> {
    module.steps.iter().enumerate().find_map(|(i, step)| {
        let content::Step::Lesson(lesson) = step else {
            return None;
        };
        let body = lesson.body.get("en", "en");
        body.match_indices("](source:").find_map(|(at, _)| {
            let text = &body[body[..at].rfind('[')? + 1..at];
            let id = body[at + "](source:".len()..].split(')').next()?;
            let title = &module.sources.iter().find(|s| s.id.as_str() == id)?.title;
            (body.matches(&format!("[{text}]")).count() == 1)
                .then(|| (i, text.to_owned(), title.clone()))
        })
    })
}

#[test]
fn a_lesson_names_its_sources_and_a_citation_opens_one() {
    let loaded = content::load(&source::embedded());
    let pack = loaded.pack.as_ref().expect("the default pack");
    let module = &pack.modules[0];
    let (steps, link, title) =
        first_citation(module).expect("the first module cites a source in a lesson");
    let data = tempfile::tempdir().expect("temp");
    let mut h = app_with(data.path(), || content::load(&source::embedded()));
    create_profile(&mut h, "Rosa Quispe");
    click(&mut h, module.title.get("en", "en"));
    for _ in 0..steps {
        click(&mut h, "Next →");
    }
    assert!(shows(
        &h,
        &format!("All sources of this module ({})", module.sources.len())
    ));
    assert!(shows(&h, "Sources cited in this lesson"));
    let times = |h: &Harness<'_, PuenteApp>| h.query_all_by_label_contains(&title).count();
    let before = times(&h);
    assert!(before >= 1, "the cited source is listed under the lesson");
    click(&mut h, &link);
    assert_eq!(
        times(&h),
        before + 1,
        "the citation opens the source beside the lesson"
    );
    click(&mut h, "Close");
    assert_eq!(times(&h), before);
}

/// Content review, problem 1: "not applicable" on a question every
/// invention has an answer to (its disclosures) must not let "file now"
/// through. The shipped checklist marks that gate `needs_answer`.
#[test]
fn a_knock_out_question_answered_not_applicable_holds_the_result_back() {
    let shipped = || content::load(&source::embedded());
    let pack = shipped().pack.expect("the shipped pack");
    let c = pack
        .checklists
        .iter()
        .find(|c| c.id.as_str() == "ready-to-file")
        .expect("ready-to-file");
    let en = |t: &content::Text| t.get("en", "en").to_owned();
    let title = en(&c.title);
    let (dimension, item) = c
        .dimensions
        .iter()
        .find_map(|d| {
            d.items
                .iter()
                .find(|i| i.id.as_str() == "own-disclosures")
                .map(|i| (en(&d.title), en(&i.text)))
        })
        .expect("the disclosures question");
    let top = c.scale.levels.last().expect("a scale");
    let top = format!("{} · {}", top.value, en(&top.label));
    let na = en(c
        .scale
        .not_applicable
        .as_ref()
        .expect("not applicable offered"));
    let file_now = c
        .bands
        .iter()
        .max_by_key(|b| b.min)
        .map(|b| en(&b.title))
        .expect("bands");

    let data = tempfile::tempdir().expect("temp");
    let mut h = app_with(data.path(), shipped);
    create_profile(&mut h, "Lucía");
    type_into(&mut h, &format!("What are you assessing? {title}"), "Assay");
    click(&mut h, &format!("Start assessment: {title}"));
    rate_everything(&mut h, &top, c.dimensions.len());
    click_contains(&mut h, &format!("{dimension} ("));
    click(&mut h, &format!("{na}: {item}"));
    click(&mut h, "See results");
    assert!(shows(&h, "Answer these first"));
    assert!(shows(&h, "A knock-out question: until you answer it"));
    assert!(!shows(&h, &file_now), "never “{file_now}” while it is open");
    // Answered at the top, the result is free again.
    click(&mut h, "Change answers");
    click_contains(&mut h, &format!("{dimension} ("));
    click(&mut h, &format!("{top}: {item}"));
    click(&mut h, "See results");
    assert!(!shows(&h, "Answer these first"));
    assert!(shows(&h, &file_now));
}

/// Issue 25: a learner searches in Spanish without accents, sees the
/// results grouped with the words marked, and opens one at its step; a
/// glossary term opens in place; Ctrl+F reaches search from a module.
#[test]
fn a_learner_searches_in_spanish_without_accents_and_opens_a_result() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    choose_language(&mut h, "Language", "Español");
    type_into(&mut h, "Su nombre", "Lucía");
    click(&mut h, "Crear perfil");
    click(&mut h, "Buscar");
    wait_idle(&mut h);
    assert!(shows(&h, "sin importar mayúsculas ni acentos"));
    type_into(&mut h, "Buscar:", "periodo de gracia");
    assert!(shows(&h, "resultados"), "results as the learner types");
    assert!(shows(&h, "Glosario"), "the glossary group");
    // A term opens the glossary at that term.
    click(&mut h, "Término del glosario: Periodo de gracia");
    assert!(
        matches!(&h.state().route, puente::ui::app::Route::Glossary(s)
            if s.at == Some(("puente-core".into(), "grace-period".into()))),
        "the glossary, at the term"
    );
    assert!(shows(&h, "Términos mostrados"));

    // Without accents, "invencion" finds "invención"; Enter opens the
    // first result at its step.
    click(&mut h, "← Inicio");
    click(&mut h, "Buscar");
    type_into(&mut h, "Buscar:", "reporte de invencion");
    let first = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Lección") || l.starts_with("Ejercicio"))
        .expect("a lesson or exercise among the results");
    click(&mut h, &first);
    assert!(shows(&h, "Paso "), "the module opens at the step");
    // Ctrl+F from inside a module.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    settle(&mut h);
    assert!(shows(&h, "sin importar mayúsculas ni acentos"));
}
