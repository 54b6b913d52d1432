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
    let mut h = app(data.path());
    type_into(&mut h, "Your name", "Ana");
    click(&mut h, "Create profile");
    h.state_mut().apply(Action::OpenModule {
        pack: "puente-core".into(),
        module: "ip-basics".into(),
        step: Some("rights-term".into()),
    });
    settle(&mut h);
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
    let mut h = app(data.path());
    type_into(&mut h, "Your name", "Ana");
    click(&mut h, "Create profile");
    h.state_mut().apply(Action::OpenModule {
        pack: "puente-core".into(),
        module: "ip-basics".into(),
        step: Some("natural-peptide".into()),
    });
    settle(&mut h);
    assert!(shows(&h, "Keys: a number picks an option"));
    press(&mut h, egui::Key::Num2);
    press(&mut h, egui::Key::Enter);
    assert!(shows(&h, "Try again"), "checked from the keyboard");
}
