//! Every kind of error and notice the window can show, provoked for real
//! where a test can provoke it, reads in Spanish and in Portuguese: it is
//! a message id with arguments, rendered once with Fluent, never an
//! English `to_string()`.

use crate::common;

use std::fs;
use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use puente::content::{self, Added, Library, source};
use puente::i18n::{I18n, Msg};
use puente::progress::bundle::{Bundle, BundleError};
use puente::progress::fault::{self, NO_SPACE, PERMISSION_DENIED};
use puente::progress::import::{OpenPack, Skipped, import_cancellable, merge, read_bundle};
use puente::progress::store::{DataDirKind, Notice, Store, StoreError, atomic_write};
use puente::report::pdf::PdfError;
use puente::ui::PuenteApp;
use uuid::Uuid;

/// `msg` in English, Spanish and Portuguese: three different texts, none
/// of them an id or a placeholder left unfilled.
#[track_caller]
fn assert_translated(what: &str, msg: &Msg) {
    let en = msg.render(&I18n::new("en"));
    for lang in ["es", "pt"] {
        let text = msg.render(&I18n::new(lang));
        assert_ne!(text, en, "{what} in {lang} is the English text: {text}");
        assert!(
            !text.contains(msg.id()) && !text.contains('{'),
            "{what} in {lang} is not rendered: {text}"
        );
    }
    assert_ne!(
        msg.render(&I18n::new("es")),
        msg.render(&I18n::new("pt")),
        "{what}: Spanish and Portuguese differ"
    );
}

fn pack_ids() -> Vec<OpenPack> {
    vec![OpenPack {
        id: "puente-core".into(),
        version: "0.1.0".into(),
    }]
}

/// A bundle of one learner with one answer.
fn one_bundle(store: &Store) -> Bundle {
    let profile = store.create_profile("Ana", "es").expect("profile");
    let session = store.open_profile(profile.id).expect("open").session;
    let event = common::answer_event(
        &session,
        "q1",
        puente::progress::Answer::TrueFalse { value: true },
    );
    Bundle::new(profile, vec![event])
}

#[test]
fn store_errors_read_in_spanish_and_portuguese() {
    let root = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(root.path()).expect("store");

    // A full disk and a refused write, at the first file operation.
    for (code, id) in [(NO_SPACE, "io-full"), (PERMISSION_DENIED, "io-permission")] {
        fault::fail_after(0, code);
        let err = store.create_profile("Ana", "es").expect_err("fails");
        fault::clear();
        assert!(matches!(err, StoreError::Io { .. }), "{err}");
        assert_eq!(err.reason().id(), id);
        assert_translated(id, &err.msg());
    }
    // Something that is not there.
    let missing = root.path().join("nowhere").join("file.json");
    let err = atomic_write(&missing, b"{}").expect_err("no folder");
    assert_eq!(err.reason().id(), "io-not-found");
    assert_translated("io-not-found", &err.msg());

    // A profile open in another window.
    let profile = store.create_profile("Ana", "es").expect("profile");
    let _open = store.open_profile(profile.id).expect("open");
    let err = store.open_profile(profile.id).expect_err("locked");
    assert!(matches!(err, StoreError::Locked { .. }));
    assert_translated("error-locked", &err.msg());

    // A profile written by a newer Puente, and one that is not JSON.
    let newer = store.create_profile("Bea", "pt").expect("profile");
    let path = root
        .path()
        .join("profiles")
        .join(newer.id.to_string())
        .join("profile.json");
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, text.replacen("\"format\": 1", "\"format\": 99", 1)).expect("write");
    let err = store.open_profile(newer.id).expect_err("newer");
    assert!(matches!(err, StoreError::NewerFormat { .. }), "{err}");
    assert_translated("error-newer-format", &err.msg());
    fs::write(&path, "not json at all").expect("write");
    fs::remove_file(path.with_extension("json.bak")).ok();
    let err = store.open_profile(newer.id).expect_err("unreadable");
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err}");
    assert_translated("error-unreadable", &err.msg());

    // What cannot be serialised, and no home folder at all.
    fault::fail_next_encode();
    let err = store.save_profile(&profile).expect_err("not encoded");
    assert_translated("error-encode", &err.msg());
    assert_translated("error-no-data-folder", &StoreError::NoDataFolder.msg());
}

#[test]
fn notices_read_in_spanish_and_portuguese() {
    let root = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(root.path()).expect("store");
    let profile = store.create_profile("Ana", "es").expect("profile");
    let dir = root.path().join("profiles").join(profile.id.to_string());
    let own = dir.join(format!("events-{}.jsonl", store.device()));
    let event = {
        let session = store.open_profile(profile.id).expect("open").session;
        common::answer_event(
            &session,
            "q1",
            puente::progress::Answer::TrueFalse { value: true },
        )
    };
    let line = serde_json::to_string(&event).expect("json");

    let mut seen = std::collections::BTreeSet::new();
    let mut notice = |n: &Notice| {
        seen.insert(n.msg().id());
        assert_translated(n.msg().id(), &n.msg());
    };
    // A torn last line, a damaged line, lines from a newer Puente, and a
    // damaged line in another device's journal.
    fs::write(&own, format!("{line}\n{{\"v\":1,\"id\"")).expect("write");
    let opened = store.open_profile(profile.id).expect("open");
    opened.notices.iter().for_each(&mut notice);
    drop(opened);
    fs::write(
        &own,
        format!(
            "{line}\ngarbage\n{{\"v\":99,\"id\":\"{}\"}}\n",
            Uuid::new_v4()
        ),
    )
    .expect("write");
    fs::write(dir.join("events-other-device.jsonl"), "garbage\n").expect("write");
    let opened = store.open_profile(profile.id).expect("open");
    opened.notices.iter().for_each(&mut notice);
    drop(opened);

    // profile.json damaged with a backup, then without one.
    let profile_json = dir.join("profile.json");
    store.save_profile(&profile).expect("a backup");
    fs::write(&profile_json, "{ damaged").expect("write");
    let (_, notices) = store.profiles();
    notices.iter().for_each(&mut notice);
    fs::write(&profile_json, "{ damaged").expect("write");
    fs::remove_file(dir.join("profile.json.bak")).expect("no backup");
    let (_, notices) = store.profiles();
    notices.iter().for_each(&mut notice);

    // A copy of a learner's folder, under another name.
    let copy = root.path().join("profiles").join("copy");
    fs::create_dir(&copy).expect("mkdir");
    fs::copy(&profile_json, copy.join("profile.json")).expect("copy");
    let (_, notices) = store.profiles();
    notices.iter().for_each(&mut notice);

    // A device id that cannot be written.
    let other = tempfile::tempdir().expect("temp");
    fs::create_dir_all(other.path().join("profiles")).expect("mkdir");
    fs::create_dir_all(other.path().join("local")).expect("mkdir");
    fault::fail_run(0, PERMISSION_DENIED, 100);
    let opened = Store::open_with_local(other.path(), &other.path().join("local"));
    fault::clear();
    let (_, notices) = opened.expect("opens, with a temporary device id");
    notices.iter().for_each(&mut notice);

    for id in [
        "notice-torn-kept",
        "notice-set-aside",
        "notice-newer-events",
        "notice-foreign-lines",
        "notice-restored",
        "notice-profile-rebuilt-aside",
        "notice-profile-unreadable",
        "notice-temporary-device",
    ] {
        assert!(seen.contains(id), "{id} was not provoked: {seen:?}");
    }
}

#[test]
fn skipped_bundles_read_in_spanish_and_portuguese() {
    let root = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(root.path()).expect("store");
    let usb = tempfile::tempdir().expect("temp");
    let good = one_bundle(&store);
    let good_bytes = good.to_bytes().expect("encodes");
    let text = String::from_utf8(good_bytes.clone()).expect("utf-8");
    let write = |name: &str, bytes: &[u8]| {
        let path = usb.path().join(name);
        fs::write(&path, bytes).expect("write");
        path
    };
    let skipped = |path: &Path| read_bundle(path).expect_err("skipped");

    let mut cases: Vec<(&str, Skipped)> = vec![
        ("missing", skipped(&usb.path().join("gone.puente"))),
        ("empty", skipped(&write("empty.puente", b""))),
        (
            "cut short",
            skipped(&write("cut.puente", &good_bytes[..good_bytes.len() / 2])),
        ),
        ("not JSON", skipped(&write("text.puente", b"hello, world"))),
        (
            "another kind",
            skipped(&write("other.json", br#"{"kind": "moodle-backup"}"#)),
        ),
        (
            "newer",
            skipped(&write(
                "newer.puente",
                text.replacen("\"format\":1", "\"format\":9", 1).as_bytes(),
            )),
        ),
        (
            "damaged",
            skipped(&write(
                "damaged.puente",
                &puente::progress::bundle::reseal(
                    text.replacen("\"exported\":", "\"exported\":5,\"x\":", 1)
                        .as_bytes(),
                ),
            )),
        ),
        (
            "changed after export",
            skipped(&write(
                "changed.puente",
                text.replacen("\"Ana\"", "\"Ama\"", 1).as_bytes(),
            )),
        ),
    ];
    // Far larger than a bundle (a sparse file: nothing is read).
    let large = usb.path().join("large.puente");
    fs::File::create(&large)
        .and_then(|f| f.set_len(300 * 1024 * 1024))
        .expect("sparse");
    cases.push(("too large", skipped(&large)));
    #[cfg(unix)]
    {
        let device = usb.path().join("zero.puente");
        std::os::unix::fs::symlink("/dev/zero", &device).expect("link");
        cases.push(("a device", skipped(&device)));
    }
    // Another pack, another learner's events, a full disk, a cancel.
    let mut other_pack = good.clone();
    other_pack.events[0].pack = "someone-elses".into();
    cases.push((
        "another pack",
        merge(&store, &other_pack, &pack_ids()).expect_err("skipped"),
    ));
    let mut mixed = good.clone();
    mixed.events[0].profile = Uuid::new_v4();
    cases.push((
        "mixed",
        merge(&store, &mixed, &pack_ids()).expect_err("skipped"),
    ));
    let elsewhere = tempfile::tempdir().expect("temp");
    let (fresh, _) = Store::open(elsewhere.path()).expect("store");
    fault::fail_after(0, NO_SPACE);
    let full = merge(&fresh, &good, &pack_ids());
    fault::clear();
    cases.push(("disk full", full.expect_err("skipped")));
    let bundle = write("good.puente", &good_bytes);
    let cancel = std::sync::atomic::AtomicBool::new(true);
    let report = import_cancellable(&fresh, &[bundle], &pack_ids(), |_, _| {}, || {}, &cancel);
    cases.push((
        "cancelled",
        report.skipped().next().expect("skipped").1.clone(),
    ));

    let mut kinds = std::collections::BTreeSet::new();
    for (what, why) in &cases {
        kinds.insert(why.msg().id());
        assert_translated(what, &why.msg());
    }
    for id in [
        "skip-unreadable",
        "skip-too-large",
        "skip-other-pack",
        "skip-mixed-profiles",
        "skip-write",
        "skip-cancelled",
        "bundle-empty",
        "bundle-truncated",
        "bundle-not-json",
        "bundle-foreign",
        "bundle-newer",
        "bundle-damaged",
        "bundle-changed",
    ] {
        assert!(kinds.contains(id), "{id} was not provoked: {kinds:?}");
    }
    assert_translated(
        "a FIFO",
        &Skipped::NotRegular(puente::files::Kind::Fifo).msg(),
    );
    assert_translated("a folder too deep", &Skipped::TooDeep(4).msg());
    assert_translated("empty", &BundleError::Empty.msg());
    assert_translated("plain JSON", &BundleError::Foreign(String::new()).msg());
}

#[test]
fn export_and_pack_failures_read_in_spanish_and_portuguese() {
    for e in [
        PdfError::Font,
        PdfError::PageSize,
        PdfError::Write("krilla".into()),
    ] {
        assert_translated("a PDF", &puente::msg!("file-not-made", error = e.msg()));
    }
    let err = atomic_write(Path::new("/nonexistent/folder/report.pdf"), b"%PDF")
        .expect_err("no such folder");
    assert_translated(
        "not written",
        &puente::msg!("file-not-written", path = "/x.pdf", error = err.reason()),
    );
    assert_translated(
        "not encoded",
        &puente::msg!("file-not-made", error = puente::msg!("export-not-encoded")),
    );
    assert_translated(
        "a task",
        &puente::msg!("task-failed", task = "Guardando el informe PDF…"),
    );

    // Packs: opened, replaced, refused, not opened at all.
    let mut library = Library::default();
    let builtin = || content::load(&source::embedded());
    let opened = library.add(builtin());
    let replaced = library.add(builtin());
    let mut refused = builtin();
    refused.diagnostics.push(content::Diagnostic::error(
        "pack/pack.ron",
        1,
        1,
        puente::msg!("chk-field-explanation"),
    ));
    let not_opened = content::Loaded {
        pack: None,
        diagnostics: refused.diagnostics.clone(),
    };
    let refused = library.add(refused);
    let not_opened = library.add(not_opened);
    assert!(matches!(
        replaced,
        Added::Opened {
            replaced: Some(_),
            ..
        }
    ));
    assert!(matches!(refused, Added::Refused { .. }));
    assert!(matches!(not_opened, Added::NotOpened { .. }));
    for added in [opened, replaced, refused, not_opened] {
        assert_translated("a pack", &added.msg("es"));
    }
}

fn app(data: &Path, lang: &str) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let lang = lang.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 4000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![content::load(&source::embedded())],
                data,
                DataDirKind::Explicit,
            )
            .with_language(&lang)
        });
    settle(&mut h);
    h
}

/// In the window: a profile open elsewhere is refused in Spanish, and the
/// messages follow the learner into Portuguese.
#[test]
fn the_window_says_what_went_wrong_in_the_learners_language() {
    let data = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(data.path()).expect("store");
    let ana = store.create_profile("Ana", "es").expect("profile");
    store.create_profile("Bea", "pt").expect("profile");
    let _elsewhere = store.open_profile(ana.id).expect("open in another window");

    let mut h = app(data.path(), "es");
    click_contains(&mut h, "Ana · ");
    assert!(shows(
        &h,
        "Este perfil está abierto en otra ventana de Puente"
    ));

    // Bea, in Portuguese, imports a broken bundle on the dashboard.
    click_contains(&mut h, "Bea · ");
    h.state_mut().apply(puente::ui::view::Action::ShowWorkshop);
    wait_idle(&mut h);
    let usb = tempfile::tempdir().expect("temp");
    fs::write(
        usb.path().join("cortado.puente"),
        "{\"kind\": \"puente-progress\"",
    )
    .expect("write");
    h.state_mut()
        .apply(puente::ui::view::Action::ImportPaths(vec![
            usb.path().to_owned(),
        ]));
    wait_idle(&mut h);
    assert!(
        shows(&h, "o arquivo termina antes da hora"),
        "{:?}",
        h.state().workshop.report
    );
    // Someone's notes.json in the folder: said in her language too.
    fs::write(usb.path().join("notes.json"), "[1, 2]").expect("write");
    h.state_mut()
        .apply(puente::ui::view::Action::ImportPaths(vec![
            usb.path().to_owned(),
        ]));
    wait_idle(&mut h);
    assert!(
        shows(
            &h,
            "isto não é um pacote de progresso do Puente: é um arquivo JSON"
        ),
        "{:?}",
        h.state().workshop.report
    );

    // A theme that cannot be saved, said in Portuguese, then in Spanish
    // once she switches.
    h.state_mut().apply(puente::ui::view::Action::ShowSettings);
    settle(&mut h);
    fault::fail_after(0, NO_SPACE);
    h.state_mut().apply(puente::ui::view::Action::SetTheme(
        puente::progress::store::Theme::Dark,
    ));
    fault::clear();
    settle(&mut h);
    assert!(shows(
        &h,
        "Não foi possível salvar o tamanho do texto e o tema"
    ));
    assert!(shows(&h, "o disco está cheio"));
    h.state_mut()
        .apply(puente::ui::view::Action::SetLanguage("es".into()));
    settle(&mut h);
    assert!(shows(
        &h,
        "No se pudieron guardar el tamaño del texto ni el tema"
    ));
    assert!(shows(&h, "el disco está lleno"));
}
