//! Live preview (`--watch`): a saved change to a watched pack reloads it,
//! the learner stays on the same step by id, and while the files are broken
//! the last good version stays in use with the errors listed until fixed.
//! Every wait is on a condition, never a fixed sleep.

use crate::common;

use std::path::{Path, PathBuf};

use common::ui::*;
use egui_kittest::Harness;
use puente::content::{self, source};
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;
use puente::ui::app::Route;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Where the learner is: (module, step id, step index).
fn position(h: &Harness<'_, PuenteApp>) -> (String, String, usize) {
    let app = h.state();
    let Route::Module(state) = &app.route else {
        panic!("not in a module");
    };
    let module = app
        .library
        .pack(&state.pack)
        .and_then(|p| p.module(&state.module))
        .expect("the module is open");
    (
        state.module.clone(),
        module.steps[state.step].id().to_string(),
        state.step,
    )
}

fn reloads(h: &Harness<'_, PuenteApp>) -> usize {
    h.state().watching.packs[0].reloads
}

fn errors(h: &Harness<'_, PuenteApp>) -> usize {
    h.state().watching.packs[0].errors.len()
}

#[test]
fn a_saved_change_is_shown_on_the_same_step_and_errors_come_and_go() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack: PathBuf = tmp.path().join("pack");
    copy_dir(
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/pack-0.2.0"
        )),
        &pack,
    );
    let data = tmp.path().join("data");
    let watched = pack.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            let loaded = content::load(&source::read_dir(&watched));
            let mut app = PuenteApp::new(&cc.egui_ctx, vec![loaded], data, DataDirKind::Explicit)
                .with_language("en");
            app.watch(&cc.egui_ctx, watched);
            app
        });
    wait_until(&mut h, "the first look at the pack", |h| reloads(h) >= 1);
    assert!(
        shows(&h, "Watching"),
        "the author sees the folder is watched"
    );
    type_into(&mut h, "Your name", "Autora");
    click(&mut h, "Create profile");
    click(&mut h, "IP basics for the life sciences");
    click(&mut h, "Next →");
    let (module, step, index) = position(&h);
    assert_eq!(index, 1);

    // A lesson added before it: the same step, now one further on.
    let file = pack.join("modules/01-ip-basics.ron");
    let text = std::fs::read_to_string(&file).expect("module");
    let added = text.replacen(
        "    steps: [\n",
        "    steps: [\n        Lesson(\n            id: \"added-live\",\n            title: {\"en\": \"Added live\", \"es\": \"Añadida en vivo\", \"pt\": \"Adicionada ao vivo\"},\n            body: {\"en\": \"New.\", \"es\": \"Nueva.\", \"pt\": \"Nova.\"},\n        ),\n",
        1,
    );
    assert_ne!(added, text);
    let before = reloads(&h);
    std::fs::write(&file, &added).expect("save");
    wait_until(&mut h, "the saved change to be taken in", |h| {
        reloads(h) > before
    });
    assert_eq!(position(&h), (module.clone(), step.clone(), index + 1));

    // Broken: the last good version stays, the error is listed at file:line.
    std::fs::write(&file, added.replacen("steps: [", "steps: [[", 1)).expect("save");
    wait_until(&mut h, "the error to be shown", |h| errors(h) > 0);
    assert!(shows(&h, "the last good version stays in use"));
    assert!(shows(&h, "01-ip-basics.ron:"));
    assert_eq!(position(&h), (module.clone(), step.clone(), index + 1));

    // Fixed: the panel clears and the learner is still there.
    let before = reloads(&h);
    std::fs::write(&file, &text).expect("save");
    wait_until(&mut h, "the fix to be taken in", |h| {
        errors(h) == 0 && reloads(h) > before
    });
    assert!(!shows(&h, "the last good version stays in use"));
    assert_eq!(position(&h), (module, step, index));
}

#[test]
fn watching_is_turned_on_and_off_in_settings() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack: PathBuf = tmp.path().join("pack");
    copy_dir(
        Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/pack-0.2.0"
        )),
        &pack,
    );
    let data = tmp.path().join("data");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(&cc.egui_ctx, Vec::new(), data, DataDirKind::Explicit)
                .with_language("en")
        });
    settle(&mut h);
    type_into(&mut h, "Your name", "Autor");
    click(&mut h, "Create profile");
    h.state_mut()
        .apply(puente::ui::view::Action::OpenPackPath(pack.clone()));
    wait_idle(&mut h);
    click(&mut h, "Settings");
    click(&mut h, "Watch this folder (reload on save)");
    wait_until(&mut h, "the watcher's first look", |h| {
        h.state()
            .watching
            .packs
            .first()
            .is_some_and(|w| w.reloads >= 1)
    });
    assert!(shows(&h, "Watching"));
    let file = pack.join("pack.ron");
    let text = std::fs::read_to_string(&file).expect("pack.ron");
    std::fs::write(
        &file,
        text.replacen("version: \"0.2.0\"", "version: \"0.2.1\"", 1),
    )
    .expect("save");
    wait_until(&mut h, "the new version", |h| {
        h.state()
            .library
            .pack("puente-core")
            .is_some_and(|p| p.info.version == "0.2.1")
    });
    click(&mut h, "Watch this folder (reload on save)");
    assert!(h.state().watching.packs.is_empty(), "watching stopped");
    assert!(!shows(&h, "Watching"));
}
