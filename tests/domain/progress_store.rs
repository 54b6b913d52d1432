//! The progress store with real files: round trips, damaged files, locks,
//! and a process killed while saving.

use std::fs;
use std::io::Write;

use puente::progress::Progress;
use puente::progress::store::{Notice, Store, StoreError};

use crate::common;
use common::{event, store_with_profile};

#[test]
fn events_survive_a_restart() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut opened = store.open_profile(id).expect("opens");
    let first = event(&opened.session, "natural-peptide");
    opened.session.record(first.clone()).expect("saved");
    drop(opened);
    let (store, _) = Store::open(dir.path()).expect("reopens");
    let (profiles, _) = store.profiles();
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0].name, "Ana María Núñez");
    let opened = store.open_profile(id).expect("opens");
    assert_eq!(opened.events, vec![first]);
    assert!(opened.notices.is_empty());
    let progress = Progress::from_events(&opened.events);
    assert!(progress.module("puente-core", "ip-basics").is_some());
}

#[test]
fn a_second_window_on_the_same_profile_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let first = store.open_profile(id).expect("opens");
    let second = store.open_profile(id).expect_err("the profile is locked");
    assert!(matches!(second, StoreError::Locked { .. }), "{second}");
    assert!(second.to_string().contains("open in another Puente window"));
    drop(first);
    store
        .open_profile(id)
        .expect("free again once the first is closed");
}

#[test]
fn torn_last_line_is_dropped_and_reported() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut opened = store.open_profile(id).expect("opens");
    let kept = event(&opened.session, "a");
    opened.session.record(kept.clone()).expect("saved");
    let journal = opened.session.journal_path().to_owned();
    drop(opened);
    let mut f = fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .expect("journal");
    f.write_all(b"{\"v\":1,\"id\":\"5a1b").expect("torn write");
    drop(f);

    let mut opened = store.open_profile(id).expect("opens");
    assert_eq!(opened.events, vec![kept.clone()]);
    assert!(
        matches!(
            &opened.notices[..],
            [Notice::TornLine {
                kept_at: Some(_),
                ..
            }]
        ),
        "{:?}",
        opened.notices
    );
    assert!(opened.notices[0].to_string().contains("was cut off"));
    // The journal is whole again, so the next answer is on a line of its own.
    let next = event(&opened.session, "b");
    opened.session.record(next.clone()).expect("saved");
    drop(opened);
    let opened = store.open_profile(id).expect("opens");
    assert_eq!(opened.events, vec![kept, next]);
    assert!(opened.notices.is_empty());
}

#[test]
fn garbage_is_set_aside_and_the_rest_kept() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut opened = store.open_profile(id).expect("opens");
    let a = event(&opened.session, "a");
    let b = event(&opened.session, "b");
    opened.session.record(a.clone()).expect("saved");
    let journal = opened.session.journal_path().to_owned();
    let mut f = fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .expect("journal");
    f.write_all(b"\x00\x01 not json at all\n").expect("garbage");
    drop(f);
    opened.session.record(b.clone()).expect("saved");
    drop(opened);

    let opened = store.open_profile(id).expect("opens");
    assert_eq!(opened.events, vec![a, b]);
    let Notice::SetAside {
        aside,
        kept,
        unreadable,
        ..
    } = &opened.notices[0]
    else {
        panic!("{:?}", opened.notices)
    };
    assert_eq!((*kept, *unreadable), (2, 1));
    assert!(aside.to_string_lossy().contains(".corrupt-"));
    assert!(
        fs::read(aside)
            .expect("original kept")
            .windows(8)
            .any(|w| w == b"not json")
    );
}

#[test]
fn events_from_a_newer_puente_are_kept_but_not_used() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let opened = store.open_profile(id).expect("opens");
    let journal = opened.session.journal_path().to_owned();
    drop(opened);
    let future =
        "{\"v\":2,\"id\":\"0b8f3a4e-5f53-4f7e-9d3c-6f0f5c1d2e3a\",\"kind\":\"hologram\"}\n";
    fs::write(&journal, future).expect("write");
    let opened = store.open_profile(id).expect("opens");
    assert!(opened.events.is_empty());
    assert!(
        matches!(&opened.notices[..], [Notice::NewerEvents { count: 1, .. }]),
        "{:?}",
        opened.notices
    );
    drop(opened);
    assert_eq!(
        fs::read_to_string(&journal).expect("still there"),
        future,
        "never rewritten"
    );
}

#[test]
fn a_profile_from_a_newer_puente_is_not_touched() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let path = dir
        .path()
        .join("profiles")
        .join(id.to_string())
        .join("profile.json");
    let newer = format!("{{\"format\": 7, \"id\": \"{id}\", \"name\": \"X\"}}");
    fs::write(&path, &newer).expect("write");
    let err = store.open_profile(id).expect_err("refused");
    assert!(
        err.to_string()
            .contains("written by a newer Puente (format 7"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).expect("kept"), newer);
}

#[test]
fn a_damaged_profile_file_is_restored_from_its_backup() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut profile = store
        .open_profile(id)
        .expect("opens")
        .session
        .profile
        .clone();
    profile.language = "pt".into();
    store.save_profile(&profile).expect("saved, keeping a .bak");
    let path = dir
        .path()
        .join("profiles")
        .join(id.to_string())
        .join("profile.json");
    fs::write(&path, b"{\"format\": 1, \"id\": tru").expect("damage");
    let (profiles, notices) = store.profiles();
    assert_eq!(profiles.len(), 1);
    assert_eq!(
        profiles[0].language, "es",
        "the backup is the previous good copy"
    );
    assert!(
        matches!(&notices[..], [Notice::RestoredFromBackup { .. }]),
        "{notices:?}"
    );
    let aside: Vec<_> = fs::read_dir(path.parent().expect("dir"))
        .expect("list")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file is kept");
}

#[test]
fn garbage_device_file_is_set_aside() {
    let dir = tempfile::tempdir().expect("temp");
    fs::write(dir.path().join("device.json"), b"\xff\xfe garbage").expect("write");
    let (_store, notices) = Store::open(dir.path()).expect("opens");
    assert!(
        matches!(&notices[..], [Notice::SetAside { .. }]),
        "{notices:?}"
    );
}

/// Temp files a killed import or save left behind are removed at the next
/// start once they are stale; a fresh one (another laptop's write in
/// progress, in a shared folder) is left alone.
#[test]
fn stale_temp_files_are_cleaned_at_the_next_start() {
    let dir = tempfile::tempdir().expect("tmp");
    let (_, profile) = store_with_profile(dir.path());
    let folder = dir.path().join("profiles").join(profile.to_string());
    let stale = folder.join(".events-x-imported.jsonl.tmp-0123abcd");
    let fresh = folder.join(".profile.json.tmp-4567ef01");
    let other = folder.join("notes.txt");
    for path in [&stale, &fresh, &other] {
        std::fs::write(path, b"partial").expect("write");
    }
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for path in [&stale, &other] {
        std::fs::File::options()
            .write(true)
            .open(path)
            .expect("open")
            .set_modified(hour_ago)
            .expect("set time");
    }
    puente::progress::Store::open(dir.path()).expect("opens");
    assert!(!stale.exists(), "the stale temp file is gone");
    assert!(fresh.exists(), "a temp file being written is kept");
    assert!(other.exists(), "other files are never touched");
}

/// G3 from the data folder itself: a profile.json whose name and group
/// were made huge by hand (or by an older Puente's import) is shown cut.
#[test]
fn a_huge_name_on_disk_is_shown_cut() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let path = dir
        .path()
        .join("profiles")
        .join(id.to_string())
        .join("profile.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&fs::read(&path).expect("read")).expect("json");
    json["name"] = "N".repeat(2_000_000).into();
    json["group"] = "G".repeat(10_000).into();
    fs::write(&path, serde_json::to_vec(&json).expect("json")).expect("written");
    let (profiles, notices) = store.profiles();
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0].name.chars().count(), 120);
    assert!(profiles[0].name.ends_with('…'));
    assert_eq!(profiles[0].group.chars().count(), 80);
    let opened = store.open_profile(id).expect("opens");
    assert_eq!(opened.session.profile.name, profiles[0].name);
}

/// Attack D8: a profile.json damaged with no backup (the usual case for a
/// profile never saved twice), or missing, no longer hides the learner:
/// the profile is made anew from the folder's id and whatever still reads,
/// the damaged file is kept aside, and every event stays reachable.
#[test]
fn a_learner_whose_profile_file_is_lost_still_appears() {
    let dir = tempfile::tempdir().expect("tmp");
    let (store, id) = store_with_profile(dir.path());
    {
        let mut opened = store.open_profile(id).expect("open").session;
        let e = event(&opened, "q1");
        opened.record(e).expect("saved");
    }
    let folder = dir.path().join("profiles").join(id.to_string());
    let profile_json = folder.join("profile.json");
    let _ = fs::remove_file(folder.join("profile.json.bak"));

    // Damaged but half readable: the name survives.
    let text = fs::read_to_string(&profile_json).expect("read");
    let damaged = text.replacen("\"created\":", "\"created\": 5, \"x\":", 1);
    fs::write(&profile_json, &damaged).expect("write");
    let (profiles, notices) = store.profiles();
    assert_eq!(profiles.len(), 1, "{notices:?}");
    assert_eq!(profiles[0].id, id);
    assert_eq!(profiles[0].name, "Ana María Núñez");
    assert!(
        matches!(
            &notices[..],
            [Notice::ProfileRebuilt {
                aside: Some(_),
                written: true,
                ..
            }]
        ),
        "{notices:?}"
    );
    let kept_aside = fs::read_dir(&folder).expect("dir").flatten().any(|e| {
        e.file_name()
            .to_string_lossy()
            .starts_with("profile.json.corrupt-")
    });
    assert!(kept_aside, "the damaged file is kept");

    // Cut short: nothing reads, a short code stands in for the name.
    fs::write(&profile_json, &text[..text.len() / 2]).expect("write");
    let _ = fs::remove_file(folder.join("profile.json.bak"));
    let (profiles, _) = store.profiles();
    assert_eq!(profiles[0].name, id.simple().to_string()[..8]);

    // Missing altogether.
    fs::remove_file(&profile_json).expect("rm");
    let _ = fs::remove_file(folder.join("profile.json.bak"));
    let (profiles, _) = store.profiles();
    assert_eq!(profiles.len(), 1);
    let (_, events, _) = store.read_profile(id).expect("reads");
    assert_eq!(events.len(), 1, "the learner's answer is still there");

    // A folder with no journal is not a learner: nothing is made up.
    let empty = dir
        .path()
        .join("profiles")
        .join(uuid::Uuid::new_v4().to_string());
    fs::create_dir(&empty).expect("mkdir");
    assert_eq!(store.profiles().0.len(), 1);
}

/// A visit waits (at most a second) to be written with the next ones; an
/// answer is written at once, with the visits before it, in order; and
/// visits still waiting are written when the session ends.
#[test]
fn visits_are_written_in_batches_and_answers_at_once() {
    use puente::progress::EventBody;
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut session = store.open_profile(id).expect("opens").session;
    let visit = |session: &puente::progress::ProfileSession, step: &str| {
        session.event(
            "puente-core",
            "0.1.0",
            EventBody::Visited {
                module: "ip-basics".into(),
                step: step.into(),
            },
            jiff::Timestamp::now(),
        )
    };
    let on_disk =
        |path: &std::path::Path| fs::read_to_string(path).unwrap_or_default().lines().count();
    let journal = session.journal_path().to_owned();

    let (a, b) = (visit(&session, "intro"), visit(&session, "rights"));
    session.record(a.clone()).expect("kept");
    session.record(b.clone()).expect("kept");
    assert_eq!(on_disk(&journal), 0, "visits wait for their batch");
    assert_eq!(session.pending(), 2);
    let due = session.flush_due_in().expect("a batch waits");
    assert!(due <= puente::progress::store::BATCH_WITHIN);

    let answer = event(&session, "natural-peptide");
    session.record(answer.clone()).expect("saved");
    assert_eq!(on_disk(&journal), 3, "the answer takes the visits with it");
    assert_eq!(session.pending(), 0);
    assert_eq!(session.flush_due_in(), None);

    let c = visit(&session, "summary");
    session.record(c.clone()).expect("kept");
    std::thread::sleep(puente::progress::store::BATCH_WITHIN);
    assert_eq!(
        session.flush_due_in(),
        Some(std::time::Duration::ZERO),
        "due"
    );
    session.flush().expect("written");
    assert_eq!(on_disk(&journal), 4);

    let d = visit(&session, "end");
    session.record(d.clone()).expect("kept");
    drop(session);
    let opened = store.open_profile(id).expect("opens");
    assert_eq!(
        opened.events.iter().map(|e| e.id).collect::<Vec<_>>(),
        [a.id, b.id, answer.id, c.id, d.id],
        "in order, the last visit written as the session ended"
    );
}

/// Attack D12: a journal Puente may not read (another user's file, in the
/// review) used to block the profile with the system's raw words. Another
/// device's journal is now left out with a notice and the profile opens;
/// the profile's own journal, which must be read before it is appended to,
/// stops the opening with what to do. (A FIFO stands in for the file that
/// cannot be read: tests run as root, who may read anything.)
#[cfg(unix)]
#[test]
fn a_journal_that_cannot_be_read_is_named_and_the_rest_opens() {
    use puente::i18n::I18n;
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut opened = store.open_profile(id).expect("opens");
    let answer = event(&opened.session, "natural-peptide");
    opened.session.record(answer.clone()).expect("saved");
    drop(opened);
    let profile_dir = dir.path().join("profiles").join(id.to_string());
    let other = profile_dir.join(format!("events-{}.jsonl", uuid::Uuid::from_u128(7)));
    let made = std::process::Command::new("mkfifo")
        .arg(&other)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());

    let opened = store.open_profile(id).expect("opens without that journal");
    assert_eq!(opened.events, vec![answer]);
    let [Notice::JournalUnreadable { path, detail }] = opened.notices.as_slice() else {
        panic!("{:?}", opened.notices);
    };
    assert_eq!(path, &other);
    let es = puente::msg!(
        "notice-journal-unreadable",
        path = path.display().to_string(),
        detail = detail.clone()
    )
    .render(&I18n::new("es"));
    assert!(
        es.contains("No se puede leer") && es.contains("escrito en otro equipo"),
        "{es}"
    );
    drop(opened);
    // Read for an export or the dashboard: the same.
    let (_, events, notices) = store.read_profile(id).expect("reads");
    assert_eq!((events.len(), notices.len()), (1, 1));

    // The profile's own journal: not opened, and why.
    let own = profile_dir.join(format!("events-{}.jsonl", store.device()));
    fs::remove_file(&own).expect("rm");
    fs::remove_file(&other).expect("rm");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&own)
            .status()
            .expect("mkfifo")
            .success()
    );
    let err = store.open_profile(id).expect_err("not opened");
    assert!(
        matches!(&err, StoreError::OwnJournalUnreadable { path, .. } if *path == own),
        "{err}"
    );
    let pt = err.msg().render(&I18n::new("pt"));
    assert!(
        pt.contains("Este perfil não é aberto") && pt.contains("peça a quem o administra"),
        "{pt}"
    );
    assert!(
        err.to_string()
            .contains("ask whoever manages it to give you access")
    );
}

/// The last profile and the LRS address are kept side by side: setting
/// one keeps the other, across a restart; a damaged settings.json reads
/// as empty and is rewritten whole.
#[test]
fn the_installation_settings_keep_each_other() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    assert_eq!(store.xapi_base(), None);
    store
        .set_xapi_base("https://lrs.example.edu/xapi/")
        .expect("saved");
    store.set_last_profile(id).expect("saved");
    let (store, _) = Store::open(dir.path()).expect("reopens");
    assert_eq!(store.last_profile(), Some(id));
    assert_eq!(
        store.xapi_base().as_deref(),
        Some("https://lrs.example.edu/xapi/")
    );
    fs::write(dir.path().join("settings.json"), b"{not json").expect("damaged");
    assert_eq!(store.xapi_base(), None);
    assert_eq!(store.last_profile(), None);
    store.set_last_profile(id).expect("rewritten");
    assert_eq!(store.last_profile(), Some(id));
}
