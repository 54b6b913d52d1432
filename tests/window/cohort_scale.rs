//! A programme's cohort in the facilitator's dashboard: many learners, a
//! folder with many damaged files, and the xAPI export to an LRS address.

use crate::common;

use std::path::Path;

use common::ui::*;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
use puente::content::{self, source};
use puente::progress::bundle::Bundle;
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;

fn frozen_pack() -> content::Loaded {
    content::load(&source::read_dir(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pack-0.2.0"
    ))))
}

/// The window, tall enough for every control to be clicked (tests that
/// need a laptop's height set it with `set_size`).
fn laptop(data: &Path, language: &'static str) -> Harness<'static, PuenteApp> {
    let data = data.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![frozen_pack()],
                data,
                DataDirKind::Explicit,
            )
            .with_language(language)
        });
    settle(&mut h);
    h
}

fn write_cohort(dir: &Path, learners: usize, events: usize) -> Vec<Bundle> {
    let pack = frozen_pack().pack.expect("pack");
    let bundles = sample_cohort(
        &pack,
        &SampleOptions {
            learners,
            events,
            seed: 5,
            start: "2026-11-20T15:00:00Z".parse().expect("time"),
        },
    );
    for (i, b) in bundles.iter().enumerate() {
        std::fs::write(dir.join(file_name(i, b)), b.to_bytes().expect("encodes")).expect("write");
    }
    bundles
}

/// Create the facilitator's profile and open the dashboard, with the
/// labels of the window's language (`en` or `es`).
fn open_dashboard(h: &mut Harness<'_, PuenteApp>, language: &str) {
    let (name, create, dashboard) = match language {
        "es" => ("Su nombre", "Crear perfil", "Panel de quien facilita"),
        _ => ("Your name", "Create profile", "Facilitator dashboard"),
    };
    type_into(h, name, "Facilitadora");
    click(h, create);
    click(h, dashboard);
    wait_idle(h);
}

/// 150 learners: the table lays out only the rows in view, and the first
/// and last learners by name are both reachable by scrolling.
#[test]
fn a_long_cohort_draws_only_the_rows_in_view() {
    let data = tempfile::tempdir().expect("tmp");
    let usb = tempfile::tempdir().expect("tmp");
    let bundles = write_cohort(usb.path(), 150, 20);
    let mut h = laptop(data.path(), "en");
    open_dashboard(&mut h, "en");
    type_into(
        &mut h,
        "or type a folder or bundle path",
        usb.path().to_str().expect("utf-8"),
    );
    click(&mut h, "Import");
    wait_for(&mut h, "150 files imported");
    wait_idle(&mut h);
    // A laptop's screen: the table does not fit.
    h.set_size(egui::vec2(1280.0, 800.0));
    settle(&mut h);
    let rows = &h.state().workshop.dashboard.learners;
    assert_eq!(rows.len(), 151, "the cohort and the facilitator");
    let (first, last) = (rows[0].name.clone(), rows[150].name.clone());
    assert!(bundles.iter().any(|b| b.profile.name == last));
    assert!(shows(&h, &first), "the first row is drawn");
    assert!(!shows(&h, &last), "a row far out of view is not laid out");
    let drawn = rows.iter().filter(|r| shows(&h, &r.name)).count();
    assert!(
        (5..100).contains(&drawn),
        "{drawn} of 151 rows laid out in an 800-pixel window"
    );
}

/// A folder with thousands of damaged or foreign files among the good
/// ones: the good ones import, the first bad ones are named, the rest
/// counted by reason, and the window shows a short summary.
#[test]
fn thousands_of_bad_files_give_a_short_summary() {
    let data = tempfile::tempdir().expect("tmp");
    let usb = tempfile::tempdir().expect("tmp");
    write_cohort(usb.path(), 6, 30);
    for n in 0..2000 {
        let (name, bytes): (String, &[u8]) = match n % 4 {
            0 => (format!("cut-{n}.puente"), b"{\"kind\": \"puente-pro"),
            1 => (format!("notes-{n}.json"), b"{\"hello\": 1}"),
            2 => (format!("empty-{n}.puente"), b""),
            _ => (format!("binary-{n}.puente"), &[0xff, 0xfe, 0x00, 0x01]),
        };
        std::fs::write(usb.path().join(name), bytes).expect("write");
    }
    let mut h = laptop(data.path(), "es");
    open_dashboard(&mut h, "es");
    type_into(
        &mut h,
        "o escriba la ruta de una carpeta o de un paquete",
        usb.path().to_str().expect("utf-8"),
    );
    click(&mut h, "Importar");
    wait_idle(&mut h);
    let report = &h.state().workshop.report;
    assert!(report.len() <= 40, "{} lines", report.len());
    let named = h.query_all_by_label_contains("Se omitió").count();
    assert_eq!(named, 12, "files named one by one");
    assert!(shows(&h, "6 archivos importados"), "the good ones");
    assert!(shows(&h, "2000 omitidos"), "the count");
    assert!(shows(&h, "1988 archivos más omitidos"));
    assert!(shows(&h, "archivos como"), "the rest counted by reason");
    assert_eq!(
        h.state().workshop.dashboard.read,
        7,
        "the six good ones and hers"
    );
}

/// The window's xAPI export: an address that is not one is refused, in
/// the facilitator's language, before anything is written; a good one
/// gives a new folder of files of at most 500 statements, each of which an
/// LRS takes, with the address in every account.
#[test]
fn the_xapi_export_takes_an_lrs_address_and_writes_batches() {
    let data = tempfile::tempdir().expect("tmp");
    let usb = tempfile::tempdir().expect("tmp");
    write_cohort(usb.path(), 4, 400);
    let mut h = laptop(data.path(), "en");
    open_dashboard(&mut h, "en");
    type_into(
        &mut h,
        "or type a folder or bundle path",
        usb.path().to_str().expect("utf-8"),
    );
    click(&mut h, "Import");
    wait_for(&mut h, "4 files imported");
    wait_idle(&mut h);

    type_into(&mut h, "LRS address", "lrs.example.edu/xapi");
    assert!(shows(
        &h,
        "This LRS address cannot be used: it does not start with https://"
    ));
    assert!(
        h.get_by_label("Export xAPI…")
            .accesskit_node()
            .is_disabled(),
        "no export with a bad address"
    );
    h.state_mut().workshop.xapi_base = "https://lrs.example.edu/xapi/".into();
    settle(&mut h);
    assert!(!shows(&h, "cannot be used"));
    let out = tempfile::tempdir().expect("tmp");
    h.state_mut().save_dir = Some(out.path().to_owned());
    click(&mut h, "Export xAPI…");
    wait_for(&mut h, "xAPI statements of 5 learners saved in");
    let dir = std::fs::read_dir(out.path())
        .expect("dir")
        .flatten()
        .next()
        .expect("a folder")
        .path();
    assert!(
        dir.file_name()
            .expect("name")
            .to_string_lossy()
            .starts_with("xapi-")
    );
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("dir").flatten().collect();
    files.sort_by_key(|f| f.file_name());
    assert!(files.len() >= 3, "{} files", files.len());
    let mut total = 0;
    for (n, f) in files.iter().enumerate() {
        assert_eq!(
            f.file_name().to_string_lossy(),
            format!("statements-{:05}.json", n + 1)
        );
        let all: Vec<serde_json::Value> =
            serde_json::from_slice(&std::fs::read(f.path()).expect("read")).expect("an array");
        assert!(!all.is_empty() && all.len() <= 500);
        total += all.len();
        for s in &all {
            assert_eq!(
                s["actor"]["account"]["homePage"],
                "https://lrs.example.edu/xapi"
            );
            assert!(puente::cohort::xapi::rules::violations(s).is_empty(), "{s}");
        }
    }
    assert!(total > 1000, "{total}");
    // A second export never writes into the first one's folder.
    click(&mut h, "Export xAPI…");
    wait_idle(&mut h);
    assert_eq!(std::fs::read_dir(out.path()).expect("dir").count(), 2);

    // The next session on this laptop starts with the address used.
    drop(h);
    let h = laptop(data.path(), "en");
    assert_eq!(h.state().workshop.xapi_base, "https://lrs.example.edu/xapi");
}

/// A file dropped on the window, as the system gives it.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// A USB stick's folder dropped on the dashboard is imported; dropped
/// while the cohort is being read, it waits its turn (and says so) instead
/// of being passed over.
#[test]
fn bundles_dropped_on_the_dashboard_are_imported_even_while_it_reads() {
    let data = tempfile::tempdir().expect("tmp");
    let usb = tempfile::tempdir().expect("tmp");
    write_cohort(usb.path(), 4, 400);
    let mut h = laptop(data.path(), "en");
    open_dashboard(&mut h, "en");
    assert!(shows(&h, "can also be dropped on this window"));
    // A reading is under way when the folder is dropped.
    h.state_mut().apply(puente::ui::view::Action::ReadCohort);
    assert!(h.state().background_work().is_some(), "reading");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(usb.path().to_owned())));
    h.step();
    assert_eq!(h.state().workshop.pending, vec![usb.path().to_owned()]);
    wait_for(&mut h, "4 files imported");
    wait_idle(&mut h);
    assert!(h.state().workshop.pending.is_empty());
    assert_eq!(h.state().workshop.dashboard.read, 5, "the four and hers");
}
