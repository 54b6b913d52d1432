//! Home's texts about the content: each checklist's "What are you
//! assessing?" field shows the checklist's own example (an invention, an
//! office), or a hint that fits any subject, and is wide enough to show it
//! whole at 1024 points in every language; under the pack's title, its
//! description says whom it is written for.

use crate::common;

use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::content::text::Text;
use puente::content::{self, source};
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;
use puente::ui::view::Action;

const WIDTH: f32 = 1024.0;

/// Home at 1024 points wide (tall enough to lay out every checklist), in
/// `lang`, with a profile open.
fn home(data: &Path, pack: fn() -> content::Loaded, lang: &str) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let lang_owned = lang.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(WIDTH, 4000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(&cc.egui_ctx, vec![pack()], data, DataDirKind::Explicit)
                .with_language(&lang_owned)
        });
    settle(&mut h);
    h.state_mut().apply(Action::CreateProfile {
        name: "Ana".into(),
        language: lang.into(),
        group: String::new(),
    });
    settle(&mut h);
    h
}

fn in_lang<'t>(text: &'t Text, lang: &str) -> &'t str {
    match text {
        Text::Plain(s) => s,
        Text::Localized(map) => map.get(lang).expect("the shipped pack speaks it"),
    }
}

/// The placeholder and width of the field of the checklist titled `title`.
fn field(h: &Harness<'_, PuenteApp>, label: &str) -> (String, f64) {
    let node = h.get_by_label(label);
    let ak = node.accesskit_node();
    let width = ak.bounding_box().map_or(0.0, |b| b.width());
    (ak.placeholder().unwrap_or_default().to_owned(), width)
}

/// The width of `text` in the body font, as the field draws its hint.
fn text_width(h: &Harness<'_, PuenteApp>, text: &str) -> f64 {
    let font = h.ctx.global_style().text_styles[&egui::TextStyle::Body].clone();
    let galley = h
        .ctx
        .fonts_mut(|f| f.layout_no_wrap(text.to_owned(), font, egui::Color32::GRAY));
    f64::from(galley.size().x)
}

#[test]
fn each_shipped_checklist_shows_its_own_example_whole() {
    let pack = content::load(&source::embedded()).pack.expect("the pack");
    let questions = [
        ("en", "What are you assessing?"),
        ("es", "¿Qué va a evaluar?"),
        ("pt", "O que você vai avaliar?"),
    ];
    for (lang, question) in questions {
        let data = tempfile::tempdir().expect("temp");
        let h = home(data.path(), || content::load(&source::embedded()), lang);
        for checklist in &pack.checklists {
            let hint = checklist
                .subject_hint
                .as_ref()
                .unwrap_or_else(|| panic!("{} has a subject hint", checklist.id));
            let hint = in_lang(hint, lang);
            let title = in_lang(&checklist.title, lang);
            let (placeholder, width) = field(&h, &format!("{question} {title}"));
            assert_eq!(placeholder, hint, "{lang}: {}", checklist.id);
            let needed = text_width(&h, hint);
            assert!(
                width >= needed + 8.0 && width <= f64::from(WIDTH),
                "{lang}: the field of {} is {width:.0} wide, its hint {needed:.0}",
                checklist.id
            );
        }
    }
}

#[test]
fn the_tto_checklist_does_not_suggest_an_invention() {
    let data = tempfile::tempdir().expect("temp");
    let h = home(data.path(), || content::load(&source::embedded()), "en");
    let (placeholder, _) = field(
        &h,
        "What are you assessing? Maturity of our tech-transfer office",
    );
    assert!(placeholder.contains("office"), "{placeholder}");
    assert!(!placeholder.contains("Glucose"), "{placeholder}");
}

#[test]
fn a_checklist_without_an_example_gets_a_hint_for_any_subject() {
    let hints = [
        (
            "en",
            "What are you assessing? Is my invention ready to file?",
            "A name to find this assessment again",
        ),
        (
            "es",
            "¿Qué va a evaluar? ¿Mi invención está lista para solicitar la patente?",
            "Un nombre para encontrar esta evaluación después",
        ),
        (
            "pt",
            "O que você vai avaliar? Minha invenção está pronta para o pedido de patente?",
            "Um nome para encontrar esta avaliação depois",
        ),
    ];
    for (lang, label, hint) in hints {
        let data = tempfile::tempdir().expect("temp");
        let h = home(data.path(), frozen_pack, lang);
        let (placeholder, width) = field(&h, label);
        assert_eq!(placeholder, hint, "{lang}");
        assert!(width >= text_width(&h, hint) + 8.0, "{lang}: {width:.0}");
    }
}

/// A Brazilian learner reads, under the pack's title, that the course is
/// written for Mexico first and that their own office's rules are the ones
/// to check.
#[test]
fn the_pack_description_is_shown_under_its_title() {
    let data = tempfile::tempdir().expect("temp");
    let h = home(data.path(), || content::load(&source::embedded()), "pt");
    let pack = content::load(&source::embedded()).pack.expect("the pack");
    let description = in_lang(pack.info.description.as_ref().expect("described"), "pt");
    assert!(
        description.contains("primeiro para o México"),
        "{description}"
    );
    assert!(description.contains("INPI no Brasil"), "{description}");
    assert!(shows(&h, description), "the whole description on home");

    // Once the learner has started the course, it folds to one line that
    // opens it again.
    let mut h = h;
    h.state_mut().apply(Action::OpenModule {
        pack: pack.info.id.to_string(),
        module: pack.modules[0].id.to_string(),
        step: None,
    });
    settle(&mut h);
    h.state_mut().apply(Action::Home);
    settle(&mut h);
    assert!(!shows(&h, description), "folded once started");
    click(&mut h, "Sobre este curso");
    assert!(shows(&h, description), "and opened with a click");
}

/// The default pack as it was at 0.2.0: its checklists have no example.
fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}
