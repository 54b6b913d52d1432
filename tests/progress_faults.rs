//! A full disk and a read-only data folder, on a real (tmpfs) file system.
//!
//! These tests mount a small tmpfs, which needs root (CI runs as root). On
//! a developer machine without root they print why and pass; under CI
//! (`CI` set) they fail instead, so they can never silently stop running.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use puente::progress::store::{Store, WriteProblem};
use puente::progress::{Answer, Event, ProfileSession};

mod common;

/// `mount` runs as a child process: while it starts, it holds copies of
/// this process's open files, profile locks included. The tests here take
/// turns so that one test's mount never holds another's lock.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

struct Tmpfs {
    dir: PathBuf,
    _holder: tempfile::TempDir,
}

impl Tmpfs {
    /// A tmpfs of `size` bytes, or `None` when mounting is not allowed here.
    fn mount(size: &str) -> Option<Self> {
        let holder = tempfile::tempdir().expect("temp");
        let dir = holder.path().join("mnt");
        fs::create_dir(&dir).expect("mkdir");
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must be able to mount a tmpfs (run as root)"
            );
            eprintln!("skipped: mounting a tmpfs needs root");
            return None;
        }
        Some(Self {
            dir,
            _holder: holder,
        })
    }

    fn remount(&self, mode: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&self.dir)
            .status()
            .expect("mount runs");
        assert!(status.success(), "remount {mode}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
    }
}

/// An event of about 7 kB, larger than a page, so a full disk cannot hide
/// it in the journal's last page.
fn event(session: &ProfileSession, _step: &str) -> Event {
    common::answer_event(
        session,
        "big",
        Answer::Text {
            text: "ñandú ".repeat(1000),
        },
    )
}

fn journal_lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .expect("read")
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn full_disk_keeps_answers_pending_and_saves_them_later() {
    let _turn = one_at_a_time();
    let Some(fs_) = Tmpfs::mount("256k") else {
        return;
    };
    let (store, _) = Store::open(&fs_.dir).expect("opens");
    let id = store.create_profile("Learner", "en").expect("profile").id;
    let mut opened = store.open_profile(id).expect("opens");
    let saved = event(&opened.session, "before");
    opened.session.record(saved.clone()).expect("saved");
    let journal = opened.session.journal_path().to_owned();

    // Fill the disk.
    let filler = fs_.dir.join("filler");
    let _ = fs::write(&filler, vec![0u8; 400 * 1024]);
    let mut failed = 0;
    for n in 0..3 {
        let err = opened
            .session
            .record(event(&opened.session, &format!("during-{n}")))
            .expect_err("disk full");
        assert_eq!(err.problem(), WriteProblem::Full, "{err}");
        failed += 1;
    }
    assert_eq!(opened.session.pending(), failed);
    // Nothing half-written: every line on disk is a whole event.
    for line in journal_lines(&journal) {
        serde_json::from_str::<Event>(&line).expect("a whole event");
    }

    // Space comes back: the pending answers are written, in order.
    fs::remove_file(&filler).expect("free space");
    opened.session.flush().expect("written now");
    assert_eq!(opened.session.pending(), 0);
    drop(opened);
    let opened = store.open_profile(id).expect("reopens");
    assert_eq!(opened.events.len(), 1 + failed);
    assert_eq!(opened.events[0], saved);
    assert!(opened.notices.is_empty(), "{:?}", opened.notices);
}

#[test]
fn read_only_folder_opens_with_everything_saved_and_retries() {
    let _turn = one_at_a_time();
    let Some(fs_) = Tmpfs::mount("1m") else {
        return;
    };
    let (store, _) = Store::open(&fs_.dir).expect("opens");
    let id = store.create_profile("Learner", "en").expect("profile").id;
    let mut opened = store.open_profile(id).expect("opens");
    let saved = event(&opened.session, "before");
    opened.session.record(saved.clone()).expect("saved");
    drop(opened);

    fs_.remount("ro");
    let (store, _) = Store::open(&fs_.dir).expect("a read-only folder still opens");
    let (profiles, _) = store.profiles();
    assert_eq!(profiles.len(), 1);
    let mut opened = store.open_profile(id).expect("opens read-only");
    assert_eq!(
        opened.events,
        vec![saved.clone()],
        "nothing saved is harmed"
    );
    let err = opened
        .session
        .record(event(&opened.session, "while-ro"))
        .expect_err("read-only");
    assert_eq!(err.problem(), WriteProblem::ReadOnly, "{err}");
    assert_eq!(opened.session.pending(), 1);

    fs_.remount("rw");
    opened.session.flush().expect("written once writable");
    drop(opened);
    let opened = store.open_profile(id).expect("reopens");
    assert_eq!(opened.events.len(), 2);
}

#[test]
fn creating_a_data_folder_where_nothing_can_be_written() {
    let _turn = one_at_a_time();
    let Some(fs_) = Tmpfs::mount("64k") else {
        return;
    };
    fs_.remount("ro");
    let err = Store::open(&fs_.dir.join("puente")).expect_err("cannot create");
    assert!(
        err.to_string()
            .starts_with("could not create the data folder"),
        "{err}"
    );
    assert_eq!(err.problem(), WriteProblem::ReadOnly);
}

#[test]
fn the_window_says_when_the_disk_is_full_and_saves_later() {
    let _turn = one_at_a_time();
    use common::ui::settle;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use puente::content::{self, source};
    use puente::progress::store::DataDirKind;
    use puente::ui::PuenteApp;

    let Some(fs_) = Tmpfs::mount("512k") else {
        return;
    };
    let data = fs_.dir.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 1500.0))
        .build_eframe(move |cc| {
            PuenteApp::new(
                &cc.egui_ctx,
                vec![content::load(&source::read_dir(std::path::Path::new(
                    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pack-0.2.0"),
                )))],
                data,
                DataDirKind::Explicit,
            )
            .with_language("en")
        });
    settle(&mut h);
    let name = h.get_by_label("Your name");
    name.focus();
    name.type_text("Ana");
    settle(&mut h);
    h.get_by_label("Create profile").click();
    settle(&mut h);
    h.get_by_label("IP basics for the life sciences").click();
    settle(&mut h);
    h.get_by_label_contains("3. Question: ").click();
    settle(&mut h);

    let filler = fs_.dir.join("filler");
    let _ = fs::write(&filler, vec![0u8; 1024 * 1024]);
    // The journal's last page may still have room: move about until a
    // visit no longer fits.
    for _ in 0..40 {
        if h.query_by_label("The disk is full.").is_some() {
            break;
        }
        h.get_by_label("Next →").click();
        settle(&mut h);
        h.get_by_label("← Back").click();
        settle(&mut h);
    }
    assert!(
        h.query_by_label("The disk is full.").is_some(),
        "the banner"
    );
    let right = "No: material as found in nature is not an invention, though a modified peptide with a technical effect may be.";
    h.get_by_label(right).click();
    settle(&mut h);
    h.get_by_label("Check answer").click();
    settle(&mut h);
    assert!(
        h.query_by_label("The disk is full.").is_some(),
        "the banner"
    );
    assert!(
        h.query_by_label_contains("✔ Right").is_some(),
        "the learner goes on"
    );

    fs::remove_file(&filler).expect("free space");
    h.get_by_label("Try saving now").click();
    settle(&mut h);
    assert!(
        h.query_by_label("The disk is full.").is_none(),
        "saved, banner gone"
    );
    drop(h);

    let (store, _) = Store::open(&fs_.dir).expect("opens");
    let (profiles, _) = store.profiles();
    let opened = store.open_profile(profiles[0].id).expect("opens");
    assert!(
        opened.events.iter().any(|e| matches!(&e.body, puente::progress::EventBody::Answered { step, .. } if step == "natural-peptide")),
        "the answer given while the disk was full is on disk now"
    );
}
