//! The progress journal loader on any bytes: the bytes become this
//! device's `events-<device>.jsonl` (and, from the second half, another
//! device's), then the profile is opened as the app does — reading every
//! journal and repairing its own. Opening must never panic, and a second
//! opening must find the journal repaired: no new notice about it.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use puente::progress::{Notice, Store};

struct Fixture {
    _dir: tempfile::TempDir,
    store: Store,
    profile: uuid::Uuid,
    profile_dir: std::path::PathBuf,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp");
        let (store, _) = Store::open(dir.path()).expect("store");
        let profile = store.create_profile("Fuzz", "es").expect("profile").id;
        let profile_dir = dir.path().join("profiles").join(profile.to_string());
        Fixture {
            _dir: dir,
            store,
            profile,
            profile_dir,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    // A clean profile folder: only profile.json.
    for entry in std::fs::read_dir(&f.profile_dir).expect("dir").flatten() {
        if entry.file_name() != "profile.json" {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let (own, other) = data.split_at(data.len() / 2);
    let own_path = f
        .profile_dir
        .join(format!("events-{}.jsonl", f.store.device()));
    std::fs::write(&own_path, own).expect("write");
    std::fs::write(
        f.profile_dir
            .join("events-00000000-0000-0000-0000-000000000001.jsonl"),
        other,
    )
    .expect("write");
    let Ok(first) = f.store.open_profile(f.profile) else {
        return;
    };
    let count = first.events.len();
    drop(first);
    let second = f.store.open_profile(f.profile).expect("opens again");
    // Lines from a newer Puente are kept and mentioned at every opening, by
    // design; anything else about the own journal was repaired the first
    // time.
    let about_own: Vec<String> = second
        .notices
        .iter()
        .filter(|n| !matches!(n, Notice::NewerEvents { .. }))
        .map(|n| n.to_string())
        .filter(|n| n.contains(&f.store.device().to_string()))
        .collect();
    assert!(
        about_own.is_empty(),
        "not repaired the first time: {about_own:?}"
    );
    assert_eq!(
        second.events.len(),
        count,
        "repairs keep every readable event"
    );
});
