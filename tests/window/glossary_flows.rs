//! Issue 25, the glossary and the path: the glossary screen as a learner
//! uses it (filter, every language side by side, "see also", the modules
//! that teach a term, the way back to a lesson), and home's path with its
//! sections, suggested module and filter.

use crate::common;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::content::{self, source};
use puente::ui::PuenteApp;
use puente::ui::app::Route;

use super::ui_flows::{app, app_with, choose_language, create_profile};

/// The term the glossary shows first and marks, if it is open.
fn glossary_at(h: &Harness<'_, PuenteApp>) -> Option<(String, String)> {
    match &h.state().route {
        Route::Glossary(state) => state.at.clone(),
        _ => None,
    }
}

fn term(id: &str) -> Option<(String, String)> {
    Some(("puente-core".to_owned(), id.to_owned()))
}

/// The first widget whose label starts with `start`.
fn label_starting(h: &Harness<'_, PuenteApp>, start: &str) -> String {
    h.query_all_by_label_contains(start)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("a widget labelled {start:?}…"))
}

#[test]
fn a_learner_filters_the_glossary_sees_every_language_and_follows_a_see_also() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    choose_language(&mut h, "Language", "Español");
    type_into(&mut h, "Su nombre", "Lucía");
    click(&mut h, "Crear perfil");
    click(&mut h, "Glosario");
    wait_idle(&mut h);
    assert!(shows(&h, "Términos mostrados: 78 de 78"), "every term");
    assert!(shows(&h, "Términos con la P"), "a letter to jump to");
    click(&mut h, "Términos con la P");

    // The filter folds case and accents, as search does.
    type_into(&mut h, "Filtrar:", "PERIODO de gracia");
    assert!(shows(&h, "Periodo de gracia"));
    assert!(!shows(&h, "Secreto industrial"), "filtered out");
    assert!(!shows(&h, "Términos mostrados: 78 de 78"));

    // Every language of the pack side by side.
    assert!(!shows(&h, "Período de graça"));
    click(&mut h, "Todos los idiomas lado a lado");
    assert!(shows(&h, "Grace period"));
    assert!(shows(&h, "Período de graça"));
    assert!(shows(&h, "Português"));

    // "See also" goes to the other term, even when the filter hid it.
    click(&mut h, "Periodo de gracia: véase también Novedad");
    assert_eq!(glossary_at(&h), term("novelty"));
    assert!(shows(&h, "Novidade"), "shown, in every language");

    // The modules whose lessons teach the term open at that lesson.
    let taught = label_starting(&h, "Novedad: se enseña en ");
    click(&mut h, &taught);
    assert!(shows(&h, "Paso "), "the module, at its lesson");

    // Ctrl+G from the lesson, and back to it.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::G);
    settle(&mut h);
    wait_idle(&mut h);
    assert!(shows(&h, "Términos mostrados"));
    click(&mut h, "← Volver a la lección");
    assert!(shows(&h, "Paso "));
}

#[test]
fn a_term_in_a_lesson_opens_in_the_glossary_and_the_learner_comes_back() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app(data.path());
    create_profile(&mut h, "Ana Martínez");
    click(&mut h, "IP basics for the life sciences");
    assert!(shows(&h, "The rights menu"));
    click(&mut h, "trade secret");
    assert!(shows(&h, "Confidential business information of value"));
    click(&mut h, "Open in glossary");
    wait_idle(&mut h);
    assert_eq!(glossary_at(&h), term("trade-secret"));
    assert!(shows(&h, "Terms shown: 78 of 78"));
    // The term is scrolled into the window.
    let at = h.get_by_label("Trade secret").rect();
    let screen = h.ctx.content_rect();
    assert!(screen.contains_rect(at), "{at:?} in {screen:?}");
    click(&mut h, "← Back to the lesson");
    assert!(shows(&h, "The rights menu"), "the same lesson");
    assert!(shows(&h, "Step 1 of"));
    // Esc leaves the glossary for the lesson too.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::G);
    settle(&mut h);
    wait_idle(&mut h);
    press(&mut h, egui::Key::Escape);
    press(&mut h, egui::Key::Escape);
    assert!(shows(&h, "The rights menu"));
}

#[test]
fn home_shows_the_path_by_section_suggests_the_next_module_and_filters() {
    let data = tempfile::tempdir().expect("temp");
    let mut h = app_with(data.path(), || content::load(&source::embedded()));
    create_profile(&mut h, "Rosa Quispe");
    let first = "IP basics for the life sciences";
    let second = "Disclosure, grace periods and priority deadlines";
    assert!(shows(&h, "Protect an invention"), "the authors' sections");
    assert!(
        shows(&h, "· Built into Puente"),
        "the built-in pack's source in words, not a folder name"
    );
    assert!(shows(&h, "Run an office"));
    assert!(shows(&h, "0 of 8 done"));
    assert!(shows(&h, &format!("Suggested next: {first}")));
    assert!(shows(&h, "Best after: "), "prerequisites at a glance");
    // The map: every module of the path, the next one marked.
    h.get_by_label(&format!("{first}: suggested next"));
    h.get_by_label(&format!("{second}: Not started"));

    click(&mut h, "In progress (0)");
    assert!(shows(&h, "No module of this course is in this group yet."));
    assert!(h.query_by_label(first).is_none());
    click(&mut h, "All (16)");

    // Begin the suggested module: it is then in progress.
    click(&mut h, &format!("Suggested next: {first}"));
    click(&mut h, "Next →");
    click(&mut h, "← Home");
    h.get_by_label(&format!("{first}: In progress"));
    click(&mut h, "In progress (1)");
    assert!(h.query_by_label(first).is_some());
    assert!(h.query_by_label(second).is_none());
    click(&mut h, "Not started (15)");
    assert!(h.query_by_label(first).is_none());
    assert!(h.query_by_label(second).is_some());
    assert!(shows(&h, "Done (0)"));
}

/// Home stays usable at 1024×600 with text at 150 %: the filter and the
/// suggested module are reachable, and the Spanish and Portuguese labels
/// fit in the window's width.
#[test]
fn home_is_readable_small_and_large_in_every_language() {
    for (language, filter, next, glossary, switch) in [
        (
            "Español",
            "En curso (0)",
            "Siguiente sugerido: ",
            "Glosario",
            "Cambiar de perfil",
        ),
        (
            "Português",
            "Em andamento (0)",
            "Próximo sugerido: ",
            "Glossário",
            "Trocar de perfil",
        ),
    ] {
        let data = tempfile::tempdir().expect("temp");
        let data_path = data.path().to_owned();
        let mut h = Harness::builder()
            .with_size(egui::vec2(1024.0, 600.0))
            .build_eframe(move |cc| {
                PuenteApp::new(
                    &cc.egui_ctx,
                    vec![content::load(&source::embedded())],
                    data_path.clone(),
                    puente::progress::store::DataDirKind::Explicit,
                )
                .with_language("en")
            });
        settle(&mut h);
        choose_language(&mut h, "Language", language);
        let name = if language == "Español" {
            "Su nombre"
        } else {
            "Seu nome"
        };
        type_into(&mut h, name, "Rosa");
        let create = if language == "Español" {
            "Crear perfil"
        } else {
            "Criar perfil"
        };
        click(&mut h, create);
        h.ctx.set_zoom_factor(1.5);
        settle(&mut h);
        let width = h.ctx.content_rect().width();
        let name = h.get_by_label("Rosa").rect();
        for label in [
            filter.to_owned(),
            label_starting(&h, next),
            glossary.to_owned(),
            switch.to_owned(),
        ] {
            let rect = h.get_by_label(&label).rect();
            assert!(
                rect.left() >= 0.0 && rect.right() <= width + 0.5,
                "{label}: {rect:?} within {width}"
            );
            assert!(!rect.intersects(name), "{label} over the learner's name");
        }
        for picker in h.query_all_by_label("Idioma") {
            assert!(
                !picker.rect().intersects(name),
                "the language picker over the name"
            );
        }
    }
}
