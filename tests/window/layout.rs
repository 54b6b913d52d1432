//! Nothing runs off the right edge: the main screens drawn at 1024×600
//! and 1280×800, at text size 100 % and 150 %, in English, Spanish and
//! Portuguese (the dashboard with a shared reflection too), and every
//! widget's rectangle checked against the window.
//! Text that is wider than the window is clipped mid-word, with no way to
//! read it; text that is taller scrolls, so only the sides are checked.

use crate::common;

use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::content::{self, source};
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;
use puente::ui::app::Route;
use puente::ui::dashboard::Tab;
use puente::ui::view::Action;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

/// The widgets whose rectangle leaves the window's width, described.
fn outside(h: &Harness<'_, PuenteApp>, width_px: f32) -> Vec<String> {
    let mut out = Vec::new();
    for node in h.root().children_recursive() {
        let ak = node.accesskit_node();
        let Some(b) = ak.bounding_box() else {
            continue;
        };
        if b.width() < 1.0 || b.height() < 1.0 {
            continue;
        }
        // A table that scrolls sideways (the cohort's) is read by scrolling.
        let in_table = std::iter::successors(node.parent(), |n| n.parent()).any(|n| {
            let n = n.accesskit_node();
            n.role() == egui::accesskit::Role::Table && n.label().is_some()
        });
        if in_table {
            continue;
        }
        if b.x0 < -1.0 || b.x1 > f64::from(width_px) + 1.0 {
            out.push(format!(
                "{:?} {:?} at x {:.0}..{:.0}",
                ak.role(),
                ak.label()
                    .or(ak.value())
                    .unwrap_or_default()
                    .chars()
                    .take(60)
                    .collect::<String>(),
                b.x0,
                b.x1
            ));
        }
    }
    out
}

struct Run {
    h: Harness<'static, PuenteApp>,
    width_px: f32,
    what: String,
    problems: Vec<String>,
}

impl Run {
    fn new(data: &Path, size: (f32, f32), zoom: f32, lang: &str) -> Self {
        let data = data.to_owned();
        let lang_owned = lang.to_owned();
        let mut h = Harness::builder()
            .with_size(egui::vec2(size.0, size.1))
            .build_eframe(move |cc| {
                PuenteApp::new(
                    &cc.egui_ctx,
                    vec![frozen_pack()],
                    data,
                    DataDirKind::Explicit,
                )
                .with_language(&lang_owned)
            });
        settle(&mut h);
        let mut run = Self {
            h,
            width_px: size.0,
            what: format!("{}×{} at {:.0} % in {lang}", size.0, size.1, zoom * 100.0),
            problems: Vec::new(),
        };
        run.check("the profile form");
        run.act(Action::CreateProfile {
            name: "Ana Martínez de la Concepción".into(),
            language: lang.into(),
            group: "Taller de Guadalajara".into(),
        });
        run.act(Action::SetZoom(zoom));
        run
    }

    fn act(&mut self, action: Action) {
        self.h.state_mut().apply(action);
        settle(&mut self.h);
    }

    fn check(&mut self, screen: &str) {
        settle(&mut self.h);
        for p in outside(&self.h, self.width_px) {
            self.problems.push(format!("{} — {screen}: {p}", self.what));
        }
    }

    fn player(&mut self) -> &mut puente::ui::player::PlayerState {
        match &mut self.h.state_mut().route {
            Route::Module(state) => state,
            _ => panic!("not in a module"),
        }
    }

    /// Every step of a module, each exercise also as checked (its
    /// feedback and explanation shown).
    fn module(&mut self, module: &str) {
        self.act(Action::OpenModule {
            pack: "puente-core".into(),
            module: module.into(),
            step: None,
        });
        let steps = self
            .h
            .state()
            .library
            .pack("puente-core")
            .and_then(|p| p.module(module))
            .map_or(0, |m| m.steps.len());
        assert!(steps > 0, "module {module} in the pack");
        for i in 0..steps {
            self.act(Action::GoToStep(i));
            self.check(&format!("{module}, step {}", i + 1));
            if i == 0 {
                self.player().term = Some("patent".into());
                self.check(&format!("{module}, step 1 with the glossary panel"));
                self.player().term = None;
            }
            self.player().submitted = true;
            self.check(&format!("{module}, step {} checked", i + 1));
        }
    }
}

/// A bundle whose learner, with a long name and group, shared a long
/// reflection with a long unbroken word (a link pasted in).
fn shared_reflection(dir: &Path) -> std::path::PathBuf {
    let (store, _) = puente::progress::Store::open(&dir.join("learner")).expect("store");
    let mut profile = store
        .create_profile("María Fernanda de los Ángeles Castillo Villanueva", "es")
        .expect("created");
    profile.group = "Programa de Innovación en Biotecnología de Jalisco".into();
    let text = format!(
        "{} https://example.org/{}",
        "Nuestro ensayo de dengue todavía no se ha publicado. ".repeat(12),
        "laboratorio-de-virologia-".repeat(8)
    );
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
            answer: puente::progress::Answer::Text { text },
            score: None,
            correct: None,
        },
    };
    let bundle = puente::progress::private::bundle_for_export(profile, vec![event], true);
    let path = dir.join("maria.puente");
    std::fs::write(&path, bundle.to_bytes().expect("bytes")).expect("written");
    path
}

fn screens(size: (f32, f32), zoom: f32, lang: &str) -> Vec<String> {
    let data = tempfile::tempdir().expect("temp");
    let mut run = Run::new(data.path(), size, zoom, lang);
    run.check("home");
    run.module("ip-basics");
    run.module("ownership-and-policy");
    run.act(Action::Home);
    run.act(Action::StartAssessment {
        pack: "puente-core".into(),
        checklist: "ready-to-file".into(),
        name: "Parche sensor de glucosa para pacientes pediátricos".into(),
    });
    run.check("a checklist");
    let Route::Assess(state) = &run.h.state().route else {
        panic!("rating a checklist");
    };
    let id = state.run;
    run.act(Action::ShowResults(id));
    run.check("its results");
    run.act(Action::ShowSettings);
    run.check("settings");
    run.act(Action::ShowSearch);
    run.check("search");
    run.act(Action::ShowWorkshop);
    run.check("the dashboard");
    let usb = tempfile::tempdir().expect("temp");
    let shared = shared_reflection(usb.path());
    // The cohort's first reading done: an import asked for meanwhile would
    // wait for nothing.
    wait_idle(&mut run.h);
    run.h.state_mut().apply(Action::ImportPaths(vec![shared]));
    wait_idle(&mut run.h);
    run.h.state_mut().workshop.tab = Tab::Reflections;
    run.check("the shared reflections");
    assert!(
        shows(&run.h, "laboratorio-de-virologia-laboratorio"),
        "shown"
    );
    run.h.state_mut().workshop.show_names = true;
    run.check("the shared reflections, with names");
    run.act(Action::Present(None));
    run.check("presenter mode");
    for _ in 0..6 {
        run.h.key_press(egui::Key::ArrowRight);
        run.check("presenter mode, next exercises");
    }
    if let Route::Presenter(state) = &mut run.h.state_mut().route {
        state.revealed = true;
    }
    run.check("presenter mode, revealed");
    run.problems
}

#[test]
fn nothing_runs_off_the_right_edge_at_1024_by_600() {
    let problems: Vec<String> = ["en", "es", "pt"]
        .into_iter()
        .flat_map(|lang| screens((1024.0, 600.0), 1.0, lang))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn nothing_runs_off_the_right_edge_at_text_size_150() {
    let problems: Vec<String> = ["en", "es", "pt"]
        .into_iter()
        .flat_map(|lang| screens((1280.0, 800.0), 1.5, lang))
        .chain(screens((1024.0, 600.0), 1.5, "es"))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn nothing_runs_off_the_right_edge_at_1280_by_800() {
    let problems = screens((1280.0, 800.0), 1.0, "en");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// On a small screen the sidebar scrolls to show the current step.
#[test]
fn the_sidebar_shows_the_current_step_of_a_long_module() {
    let data = tempfile::tempdir().expect("temp");
    let mut run = Run::new(data.path(), (1024.0, 600.0), 1.0, "en");
    let steps = run
        .h
        .state()
        .library
        .pack("puente-core")
        .and_then(|p| p.module("pct-and-national-phase"))
        .map_or(0, |m| m.steps.len());
    assert!(steps > 15, "a long module");
    run.act(Action::OpenModule {
        pack: "puente-core".into(),
        module: "pct-and-national-phase".into(),
        step: None,
    });
    run.act(Action::GoToStep(steps - 1));
    let prefix = format!("{steps}. ");
    let row = run
        .h
        .query_all_by_role(egui::accesskit::Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(&prefix))
        })
        .expect("the last step in the sidebar");
    let b = row.accesskit_node().bounding_box().expect("drawn");
    assert!(b.y0 >= 0.0 && b.y1 <= 600.0, "in sight: {b:?}");
}
