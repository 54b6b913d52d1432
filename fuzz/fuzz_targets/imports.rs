//! Two writers importing into one data folder at once (attack D6): the
//! input's bytes say, for each event of a rehearsal learner, which of two
//! bundles holds it (the first, the second, or both), and whether the two
//! imports start together or one after the other. Each runs on its own
//! thread with its own `Store`, as two processes would. Afterwards the
//! folder holds every event of both bundles exactly once, no import
//! reports a conflict, and importing both again adds nothing.
#![no_main]

use std::collections::HashSet;
use std::sync::{Barrier, OnceLock};

use libfuzzer_sys::fuzz_target;
use puente::cohort::sample::{SampleOptions, sample_cohort};
use puente::content::{self, Pack};
use puente::progress::Store;
use puente::progress::bundle::Bundle;
use puente::progress::import::{OpenPack, import, read_all};

fn pack() -> &'static Pack {
    static P: OnceLock<Pack> = OnceLock::new();
    P.get_or_init(|| {
        content::load(&content::source::embedded())
            .pack
            .expect("the built-in pack")
    })
}

fn learner() -> &'static Bundle {
    static B: OnceLock<Bundle> = OnceLock::new();
    B.get_or_init(|| {
        sample_cohort(
            pack(),
            &SampleOptions {
                learners: 1,
                events: 40,
                seed: 6,
                start: "2026-11-20T15:00:00Z".parse().expect("time"),
            },
        )
        .remove(0)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&together, split)) = data.split_first() else {
        return;
    };
    let whole = learner();
    let (mut one, mut two) = (Vec::new(), Vec::new());
    for (event, &byte) in whole.events.iter().zip(split.iter().cycle()) {
        match byte % 3 {
            0 => one.push(event.clone()),
            1 => two.push(event.clone()),
            _ => {
                one.push(event.clone());
                two.push(event.clone());
            }
        }
    }
    let dir = tempfile::tempdir().expect("temp");
    let files: Vec<_> = [(&one, "one.puente"), (&two, "two.puente")]
        .into_iter()
        .map(|(events, name)| {
            let path = dir.path().join(name);
            let bundle = Bundle::new(whole.profile.clone(), events.clone());
            std::fs::write(&path, bundle.to_bytes().expect("encodes")).expect("write");
            path
        })
        .collect();
    let data_dir = dir.path().join("data");
    let packs = [OpenPack {
        id: pack().info.id.to_string(),
        version: pack().info.version.clone(),
    }];
    let start = Barrier::new(2);
    let reports: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = files
            .iter()
            .map(|file| {
                let (data_dir, packs, start) = (&data_dir, &packs, &start);
                s.spawn(move || {
                    let (store, _) = Store::open(data_dir).expect("store");
                    // Even: both start at once; odd: as the scheduler goes.
                    if together % 2 == 0 {
                        start.wait();
                    }
                    import(&store, std::slice::from_ref(file), packs, |_, _| {})
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    });
    for report in &reports {
        for (_, i) in report.imported() {
            assert!(i.conflicts.is_empty(), "{:?}", i.conflicts);
        }
    }
    let (store, _) = Store::open(&data_dir).expect("store");
    let (learners, _) = read_all(&store);
    let want: HashSet<_> = one.iter().chain(&two).map(|e| e.id).collect();
    let got: Vec<_> = learners
        .iter()
        .flat_map(|(_, events)| events.iter().map(|e| e.id))
        .collect();
    assert_eq!(got.len(), want.len(), "each event once");
    assert_eq!(got.into_iter().collect::<HashSet<_>>(), want);
    let again = import(&store, &files, &packs, |_, _| {});
    assert_eq!(again.added(), 0, "importing again adds nothing");
});
