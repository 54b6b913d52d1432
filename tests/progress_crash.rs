//! A second process: a lock held elsewhere, and a writer killed while
//! saving. These live apart from the other store tests because a process
//! that forks copies every open file of the test process for a moment,
//! locks included; the tests here are serialized for the same reason.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Mutex;

use puente::progress::store::{Notice, Store, StoreError};
use uuid::Uuid;

mod common;
use common::{event, store_with_profile};

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

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
    let _serial = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
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
/// corrupt. `PUENTE_CRASH_ROUNDS` sets the number of rounds (default 200).
#[test]
fn killed_while_saving_loses_nothing_acknowledged() {
    let _serial = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let rounds: usize = std::env::var("PUENTE_CRASH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
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
