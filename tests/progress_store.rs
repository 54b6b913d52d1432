//! The progress store with real files: round trips, damaged files, locks,
//! and a process killed while saving.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use puente::progress::store::{Notice, Store, StoreError};
use puente::progress::{Answer, EVENT_FORMAT, Event, EventBody, ProfileSession, Progress};
use uuid::Uuid;

fn event(session: &ProfileSession, step: &str) -> Event {
    Event {
        v: EVENT_FORMAT,
        id: Uuid::new_v4(),
        profile: session.profile.id,
        device: session.device(),
        at: jiff::Timestamp::now(),
        pack: "puente-core".into(),
        pack_version: "0.1.0".into(),
        body: EventBody::Answered {
            module: "ip-basics".into(),
            step: step.into(),
            answer: Answer::Choice {
                option: "no-natural".into(),
            },
            score: Some(1.0),
            correct: Some(true),
        },
    }
}

fn store_with_profile(dir: &Path) -> (Store, Uuid) {
    let (store, notices) = Store::open(dir).expect("opens");
    assert!(notices.is_empty(), "{notices:?}");
    let profile = store
        .create_profile("Ana María Núñez", "es")
        .expect("created");
    (store, profile.id)
}

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

// ---- a second process ----

/// Child side of the process tests: does nothing unless the parent set
/// `PUENTE_TEST_CHILD`.
#[test]
fn child_process() {
    let Ok(mode) = std::env::var("PUENTE_TEST_CHILD") else {
        return;
    };
    let dir = std::env::var("PUENTE_TEST_DIR").expect("dir");
    let id: Uuid = std::env::var("PUENTE_TEST_PROFILE")
        .expect("profile")
        .parse()
        .expect("uuid");
    let (store, _) = Store::open(Path::new(&dir)).expect("opens");
    let mut opened = store.open_profile(id).expect("opens");
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").expect("stdout");
    out.flush().expect("flush");
    if mode == "hold" {
        std::thread::sleep(std::time::Duration::from_secs(60));
        return;
    }
    for n in 0.. {
        let e = event(&opened.session, &format!("step-{n}"));
        let id = e.id;
        opened.session.record(e).expect("saved");
        // Acknowledged only once record() returned: the event is fsynced.
        writeln!(out, "{id}").expect("stdout");
        out.flush().expect("flush");
    }
}

/// An acknowledgement line: the event id, last on the line (libtest may
/// print "test child_process ... " before the first one).
fn ack(line: &str) -> Option<Uuid> {
    line.split_whitespace().last()?.parse().ok()
}

fn spawn_child(mode: &str, dir: &Path, id: Uuid) -> std::process::Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "child_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("PUENTE_TEST_CHILD", mode)
        .env("PUENTE_TEST_DIR", dir)
        .env("PUENTE_TEST_PROFILE", id.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("child starts")
}

#[test]
fn lock_held_by_another_process() {
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut child = spawn_child("hold", dir.path(), id);
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    // libtest prints "test child_process ... " before the child's own output.
    let ready = lines.find_map(|l| l.ok().filter(|l| l.ends_with("ready")));
    assert!(ready.is_some(), "the child opened the profile");
    let err = store.open_profile(id).expect_err("locked by the child");
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    child.kill().expect("kill");
    child.wait().expect("reaped");
    store
        .open_profile(id)
        .expect("the lock dies with its process");
}

/// Kill a writer at random moments; every acknowledged event must be there
/// after reload, at most the one in flight may be lost, and nothing is
/// corrupt. `PUENTE_CRASH_ROUNDS` sets the number of rounds (default 25).
#[test]
fn killed_while_saving_loses_nothing_acknowledged() {
    let rounds: usize = std::env::var("PUENTE_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(25);
    let dir = tempfile::tempdir().expect("temp");
    let (store, id) = store_with_profile(dir.path());
    let mut acknowledged: Vec<Uuid> = Vec::new();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for round in 0..rounds {
        let mut child = spawn_child("write", dir.path(), id);
        let stdout = child.stdout.take().expect("stdout");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let kill_after = 1 + (seed % 40) as usize;
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        let mut acked_this_round = 0;
        while acked_this_round < kill_after {
            line.clear();
            if reader.read_line(&mut line).expect("read") == 0 {
                break;
            }
            if let Some(id) = ack(&line) {
                acknowledged.push(id);
                acked_this_round += 1;
            }
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // Lines the child acknowledged before dying but we had not read yet.
        for rest in reader.lines().map_while(Result::ok) {
            if let Some(id) = ack(&rest) {
                acknowledged.push(id);
            }
        }
        let opened = store.open_profile(id).expect("opens after a crash");
        let on_disk: std::collections::HashSet<Uuid> = opened.events.iter().map(|e| e.id).collect();
        for ack in &acknowledged {
            assert!(
                on_disk.contains(ack),
                "round {round}: acknowledged event {ack} lost"
            );
        }
        assert!(
            on_disk.len() <= acknowledged.len() + round + 1,
            "only events in flight may be unacknowledged"
        );
        for notice in &opened.notices {
            assert!(
                matches!(notice, Notice::TornLine { .. }),
                "round {round}: {notice}"
            );
        }
    }
    assert!(acknowledged.len() >= rounds, "the child wrote events");
}
