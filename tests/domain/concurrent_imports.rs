//! A property of imports (attack D6), checked on many random cases: two
//! writers importing overlapping bundles into one data folder at the same
//! moment, each with its own `Store` as two processes would have, leave
//! every event of both exactly once, report no conflict, and give the same
//! folder as importing one after the other in either order.
//!
//! `PUENTE_CASES=500 cargo test --test domain concurrent` runs more cases
//! (the default keeps `cargo test` quick).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Barrier;

use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
use puente::content::{self, Pack};
use puente::progress::Store;
use puente::progress::bundle::Bundle;
use puente::progress::import::{ImportReport, OpenPack, import, read_all};
use uuid::Uuid;

fn cases() -> u64 {
    std::env::var("PUENTE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(12)
}

/// Every learner's event ids in a data folder, and how many events each
/// learner has in all (an id stored twice would count twice).
fn contents(data: &Path) -> BTreeMap<Uuid, (BTreeSet<Uuid>, usize)> {
    let (store, _) = Store::open(data).expect("store");
    let (learners, problems) = read_all(&store);
    assert!(problems.is_empty(), "{problems:?}");
    learners
        .into_iter()
        .map(|(p, events)| {
            let n = events.len();
            (p.id, (events.into_iter().map(|e| e.id).collect(), n))
        })
        .collect()
}

fn write_all(dir: &Path, bundles: &[Bundle]) -> PathBuf {
    std::fs::create_dir_all(dir).expect("mkdir");
    for (i, b) in bundles.iter().enumerate() {
        std::fs::write(dir.join(file_name(i, b)), b.to_bytes().expect("encodes")).expect("write");
    }
    dir.to_owned()
}

fn no_conflicts(report: &ImportReport) {
    assert_eq!(report.skipped().count(), 0, "{report:?}");
    for (_, i) in report.imported() {
        assert!(i.conflicts.is_empty(), "{:?}", i.conflicts);
    }
}

#[test]
fn two_writers_at_once_keep_every_event_once() {
    let pack: Pack = content::load(&content::source::embedded())
        .pack
        .expect("the built-in pack");
    let packs = [OpenPack {
        id: pack.info.id.to_string(),
        version: pack.info.version.clone(),
    }];
    for case in 0..cases() {
        let mut rng = fastrand::Rng::with_seed(case);
        let learners = sample_cohort(
            &pack,
            &SampleOptions {
                learners: rng.usize(1..=3),
                events: rng.usize(5..=40),
                seed: case,
                start: "2026-11-20T15:00:00Z".parse().expect("time"),
            },
        );
        // Each event in the first writer's bundles, the second's, or both.
        let (mut one, mut two) = (Vec::new(), Vec::new());
        for learner in &learners {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            for e in &learner.events {
                match rng.u8(0..3) {
                    0 => a.push(e.clone()),
                    1 => b.push(e.clone()),
                    _ => {
                        a.push(e.clone());
                        b.push(e.clone());
                    }
                }
            }
            // Shared, so reflections and notes travel too: every event
            // of both writers is expected in the folder.
            for (events, out) in [(a, &mut one), (b, &mut two)] {
                let mut bundle = Bundle::new(learner.profile.clone(), events);
                bundle.reflections_shared = true;
                out.push(bundle);
            }
        }
        let tmp = tempfile::tempdir().expect("tmp");
        let usb = [
            write_all(&tmp.path().join("one"), &one),
            write_all(&tmp.path().join("two"), &two),
        ];

        let together = tmp.path().join("together");
        let start = Barrier::new(2);
        std::thread::scope(|s| {
            for folder in &usb {
                let (together, packs, start) = (&together, &packs, &start);
                s.spawn(move || {
                    let (store, _) = Store::open(together).expect("store");
                    start.wait();
                    no_conflicts(&import(
                        &store,
                        std::slice::from_ref(folder),
                        packs,
                        |_, _| {},
                    ));
                });
            }
        });
        let got = contents(&together);
        for (learner, (ids, n)) in &got {
            assert_eq!(
                ids.len(),
                *n,
                "case {case}: an event stored twice for {learner}"
            );
        }
        let want: BTreeSet<Uuid> = one
            .iter()
            .chain(&two)
            .flat_map(|b| b.events.iter().map(|e| e.id))
            .collect();
        let all: BTreeSet<Uuid> = got
            .values()
            .flat_map(|(ids, _)| ids.iter().copied())
            .collect();
        assert_eq!(all, want, "case {case}: every event of both writers");

        // One after the other, in either order: the same folder.
        for (name, order) in [("ab", [0, 1]), ("ba", [1, 0])] {
            let data = tmp.path().join(name);
            let (store, _) = Store::open(&data).expect("store");
            for i in order {
                no_conflicts(&import(
                    &store,
                    std::slice::from_ref(&usb[i]),
                    &packs,
                    |_, _| {},
                ));
            }
            assert_eq!(contents(&data), got, "case {case}: order {name}");
        }
        // And again: nothing new.
        let (store, _) = Store::open(&together).expect("store");
        assert_eq!(
            import(&store, &usb, &packs, |_, _| {}).added(),
            0,
            "case {case}"
        );
    }
}
