//! Saving and loading progress.
//!
//! Run: `cargo bench --bench progress`. Budget (DESIGN.md section 7):
//! persisting one answer with 10,000 earlier events < 5 ms. Saving appends
//! one fsynced line, so it does not grow with the history; opening a
//! profile reads every event, so it grows linearly.

use std::io::Write;

use puente::progress::store::Store;
use puente::progress::{Answer, EVENT_FORMAT, Event, EventBody, Progress};
use uuid::Uuid;

fn main() {
    divan::main();
}

fn event(profile: Uuid, device: Uuid, n: usize) -> Event {
    Event {
        v: EVENT_FORMAT,
        id: Uuid::new_v4(),
        profile,
        device,
        at: jiff::Timestamp::now(),
        pack: "puente-core".into(),
        pack_version: "0.1.0".into(),
        body: EventBody::Answered {
            module: format!("module-{}", n % 12),
            step: format!("step-{}", n % 40),
            answer: Answer::Choice { option: "b".into() },
            score: Some(1.0),
            correct: Some(true),
        },
    }
}

/// A data folder with one profile whose journal holds `history` events.
fn profile_with(history: usize) -> (tempfile::TempDir, Store, Uuid) {
    let dir = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(dir.path()).expect("store");
    let profile = store.create_profile("Bench", "en").expect("profile");
    let journal = dir
        .path()
        .join("profiles")
        .join(profile.id.to_string())
        .join(format!("events-{}.jsonl", store.device()));
    let mut f = std::io::BufWriter::new(std::fs::File::create(journal).expect("journal"));
    for n in 0..history {
        let mut line = serde_json::to_vec(&event(profile.id, store.device(), n)).expect("json");
        line.push(b'\n');
        f.write_all(&line).expect("write");
    }
    f.flush().expect("flush");
    (dir, store, profile.id)
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 30)]
fn persist_one_answer(bencher: divan::Bencher, history: usize) {
    let (_dir, store, id) = profile_with(history);
    let mut opened = store.open_profile(id).expect("opens");
    assert_eq!(opened.events.len(), history);
    let (profile, device) = (opened.session.profile.id, opened.session.device());
    let mut progress = Progress::from_events(&opened.events);
    // What the app does for every answer: apply it, then append and fsync.
    bencher.bench_local(|| {
        let e = event(profile, device, 7);
        progress.apply(&e);
        opened.session.record(e).expect("saved");
    });
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10)]
fn open_profile_and_derive_state(bencher: divan::Bencher, history: usize) {
    let (_dir, store, id) = profile_with(history);
    bencher.bench_local(|| {
        let opened = store.open_profile(id).expect("opens");
        Progress::from_events(&opened.events)
    });
}
