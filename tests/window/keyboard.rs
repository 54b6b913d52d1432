//! The keyboard: the profile form takes it when it opens and Enter creates
//! the profile from either field; an exercise says which keys work; Esc
//! closes an open drop-down without leaving the module or losing choices.

use crate::common;

use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::content::{self, source};
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;
use puente::ui::app::Route;
use puente::ui::player::Draft;
use puente::ui::view::Action;

fn app(data: &Path) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 2000.0))
        .build_eframe(move |cc| {
            let pack = content::load(&source::read_dir(Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/pack-0.2.0"
            ))));
            PuenteApp::new(&cc.egui_ctx, vec![pack], data, DataDirKind::Explicit)
                .with_language("en")
        });
    settle(&mut h);
    h
}

/// The window with Ana's profile open, on home.
fn with_profile(data: &Path) -> Harness<'static, PuenteApp> {
    let mut h = app(data);
    type_into(&mut h, "Your name", "Ana");
    click(&mut h, "Create profile");
    h
}

/// Ana's profile, at a step of a module of the frozen pack.
fn at_step(data: &Path, module: &str, step: &str) -> Harness<'static, PuenteApp> {
    let mut h = with_profile(data);
    h.state_mut().apply(Action::OpenModule {
        pack: "puente-core".into(),
        module: module.into(),
        step: Some(step.into()),
    });
    settle(&mut h);
    h
}

#[test]
fn the_profile_form_is_used_with_the_keyboard_alone() {
    let data = tempfile::tempdir().expect("tmp");
    let mut h = app(data.path());
    // Typing goes to the name at once, then Tab, Tab to the group (past
    // the language), and Enter there creates the profile.
    h.get_by_label("Your name").type_text("Rosa Quispe");
    settle(&mut h);
    assert!(
        h.get_by_label("Your name").is_focused(),
        "the name has the keyboard"
    );
    let group = h.get_by_label("Group (optional)");
    group.focus();
    group.type_text("Lima");
    settle(&mut h);
    press(&mut h, egui::Key::Enter);
    assert!(
        matches!(h.state().route, Route::Home(_)),
        "Enter in the group field created the profile"
    );
    assert!(shows(&h, "Rosa Quispe"));
}

#[test]
fn esc_closes_a_drop_down_and_keeps_the_module_and_its_choices() {
    let data = tempfile::tempdir().expect("tmp");
    let mut h = at_step(data.path(), "ip-basics", "rights-term");
    assert!(shows(&h, "Keys: Enter checks"), "the keys are said");

    // An answer for the first item, then the second drop-down opened.
    let combos: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::ComboBox)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Match for"))
        .collect();
    assert!(combos.len() >= 2, "{combos:?}");
    if let Route::Module(state) = &mut h.state_mut().route
        && let Draft::Matches(chosen) = &mut state.draft
    {
        chosen[0] = state.match_choices.first().cloned();
    }
    settle(&mut h);
    click(&mut h, &combos[1]);
    assert!(egui::Popup::is_any_open(&h.ctx), "the list is open");
    press(&mut h, egui::Key::Escape);
    assert!(!egui::Popup::is_any_open(&h.ctx), "Esc closed it");

    let Route::Module(state) = &h.state().route else {
        panic!("Esc left the module");
    };
    let Draft::Matches(chosen) = &state.draft else {
        panic!("a matching draft");
    };
    assert!(chosen[0].is_some(), "the unchecked choice is kept");
    // Esc again, with nothing open, goes home.
    press(&mut h, egui::Key::Escape);
    assert!(matches!(h.state().route, Route::Home(_)));
}

#[test]
fn a_choice_question_says_which_keys_work() {
    let data = tempfile::tempdir().expect("tmp");
    let mut h = at_step(data.path(), "ip-basics", "natural-peptide");
    assert!(shows(&h, "Keys: a number picks an option"));
    press(&mut h, egui::Key::Num2);
    press(&mut h, egui::Key::Enter);
    assert!(shows(&h, "Try again"), "checked from the keyboard");
}

/// The label of the widget that has the keyboard, if any.
fn focused(h: &Harness<'_, PuenteApp>) -> Option<String> {
    h.query_by(|n| n.is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

#[test]
fn tab_reaches_the_exercise_before_the_list_of_steps() {
    let data = tempfile::tempdir().expect("tmp");
    let mut h = at_step(data.path(), "ip-basics", "natural-peptide");
    let options: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::RadioButton)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(options.len() >= 2, "{options:?}");

    // Tab from the top of the screen until an option of the exercise or a
    // step of the list (its rows read "1. …") has the keyboard.
    let mut seen = Vec::new();
    let first = loop {
        press(&mut h, egui::Key::Tab);
        let now = focused(&h).unwrap_or_default();
        let step_row = now
            .split_once(". ")
            .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
        if options.contains(&now) || step_row {
            break now;
        }
        seen.push(now);
        assert!(seen.len() < 12, "no option reached after {seen:?}");
    };
    assert_eq!(
        first, options[0],
        "the first option comes before the steps, after {seen:?}"
    );
    assert!(seen.len() <= 3, "only the header comes first: {seen:?}");
}

#[test]
fn ordering_keeps_the_keyboard_on_the_item_it_moves() {
    let data = tempfile::tempdir().expect("tmp");
    let mut h = at_step(data.path(), "disclosure-and-deadlines", "pct-steps");
    let ups: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with("Move up: "))
        .collect();
    assert!(ups.len() >= 3, "{ups:?}");
    // The third item, moved up twice with the keyboard: the first press
    // keeps the keyboard on its "Move up"; at the top that button is off,
    // so its "Move down" takes the keyboard.
    let third = ups[2].clone();
    h.get_by_label(&third).focus();
    settle(&mut h);
    press(&mut h, egui::Key::Space);
    assert_eq!(
        focused(&h).as_deref(),
        Some(third.as_str()),
        "after one move"
    );
    press(&mut h, egui::Key::Space);
    let item = third.trim_start_matches("Move up: ");
    assert_eq!(
        focused(&h),
        Some(format!("Move down: {item}")),
        "at the top"
    );
    let first_row = h
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with("Move down: "));
    assert_eq!(
        first_row,
        Some(format!("Move down: {item}")),
        "it moved to the top"
    );
}

#[test]
fn tab_reaches_the_items_of_a_self_assessment_before_its_dimensions() {
    let data = tempfile::tempdir().expect("tmp");
    let mut h = with_profile(data.path());
    h.state_mut().apply(Action::StartAssessment {
        pack: "puente-core".into(),
        checklist: "ready-to-file".into(),
        name: "Glucose patch".into(),
    });
    settle(&mut h);
    // The list of dimensions: "Title (0/4)".
    let is_row = |label: &str| {
        label.ends_with(')')
            && label
                .rsplit_once(" (")
                .is_some_and(|(_, n)| n.trim_end_matches(')').contains('/'))
    };
    let mut seen = Vec::new();
    let first = loop {
        press(&mut h, egui::Key::Tab);
        let now = focused(&h).unwrap_or_default();
        // A rating choice reads "<rating>: <item>".
        if is_row(&now) || now.contains(": ") {
            break now;
        }
        seen.push(now);
        assert!(seen.len() < 12, "nothing reached after {seen:?}");
    };
    assert!(
        !is_row(&first),
        "a rating choice comes before the dimensions, not {first} after {seen:?}"
    );
}
