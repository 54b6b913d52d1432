//! A workshop's cohort: importing the room's bundles and the dashboard.
//!
//! Run: `cargo bench --bench workshop`. Budget (issue: workshop mode):
//! importing 40 bundles of 2,000 events into an empty data folder < 1 s;
//! the cohort dashboard recomputes < 50 ms. The bundles come from
//! `puente sample-cohort` (the same generator), for the built-in pack.

use std::path::PathBuf;

use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
use puente::cohort::{Dashboard, Filter};
use puente::content::{self, Pack};
use puente::progress::import::{OpenPack, import, read_all};
use puente::progress::store::Store;
use puente::progress::{Event, Profile};

fn main() {
    divan::main();
}

const LEARNERS: usize = 40;
const EVENTS: usize = 2_000;

fn pack() -> Pack {
    content::load(&content::source::embedded())
        .pack
        .expect("the built-in pack loads")
}

fn open(pack: &Pack) -> Vec<OpenPack> {
    vec![OpenPack {
        id: pack.info.id.to_string(),
        version: pack.info.version.clone(),
    }]
}

/// The room's bundles written to a folder (kept for the whole run).
fn bundles(pack: &Pack, events: usize) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("temp");
    let options = SampleOptions {
        learners: LEARNERS,
        events,
        seed: 1,
        start: "2026-11-20T15:00:00Z".parse().expect("time"),
    };
    let mut paths = Vec::new();
    for (i, b) in sample_cohort(pack, &options).iter().enumerate() {
        let path = dir.path().join(file_name(i, b));
        std::fs::write(&path, b.to_bytes().expect("a bundle encodes")).expect("write");
        paths.push(path);
    }
    (dir, paths)
}

/// 40 bundles into an empty data folder (files read, parsed, merged,
/// written with fsync), with 20, 200 and 2,000 events per learner (the
/// budget's case is 2,000; the others show the growth).
#[divan::bench(args = [20, 200, 2000], sample_count = 10)]
fn import_40_bundles(bencher: divan::Bencher, events: usize) {
    let pack = pack();
    let packs = open(&pack);
    let (_usb, paths) = bundles(&pack, events);
    bencher
        .with_inputs(|| {
            let dir = tempfile::tempdir().expect("temp");
            let (store, _) = Store::open(dir.path()).expect("store");
            (dir, store)
        })
        .bench_local_values(|(dir, store)| {
            let report = import(&store, &paths, &packs, |_, _| {});
            assert_eq!(report.added(), LEARNERS * events);
            dir
        });
}

/// Reading the whole cohort back from the data folder (the dashboard's
/// worker thread does this once per import).
#[divan::bench(sample_count = 10)]
fn read_cohort_of_40x2000(bencher: divan::Bencher) {
    let pack = pack();
    let (_usb, paths) = bundles(&pack, EVENTS);
    let dir = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(dir.path()).expect("store");
    import(&store, &paths, &open(&pack), |_, _| {});
    bencher.bench_local(|| read_all(&store).0.len());
}

/// The dashboard of 40 learners, as recomputed on the frame when a filter
/// changes, with 20, 200 and 2,000 events per learner.
#[divan::bench(args = [20, 200, 2000], sample_count = 20)]
fn dashboard_of_40(bencher: divan::Bencher, events: usize) {
    let pack = pack();
    let (_usb, paths) = bundles(&pack, events);
    let dir = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(dir.path()).expect("store");
    import(&store, &paths, &open(&pack), |_, _| {});
    let learners: Vec<(Profile, Vec<Event>)> = read_all(&store).0;
    let tz = jiff::tz::TimeZone::UTC;
    bencher.bench_local(|| Dashboard::build(&pack, &learners, &Filter::default(), &tz));
}

/// What the dashboard recomputes when a filter changes since item analysis
/// came in: the dashboard, then the item analysis of every exercise.
#[divan::bench(args = [20, 200, 2000], sample_count = 20)]
fn dashboard_and_items_of_40(bencher: divan::Bencher, events: usize) {
    let pack = pack();
    let (_usb, paths) = bundles(&pack, events);
    let dir = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(dir.path()).expect("store");
    import(&store, &paths, &open(&pack), |_, _| {});
    let learners: Vec<(Profile, Vec<Event>)> = read_all(&store).0;
    let tz = jiff::tz::TimeZone::UTC;
    bencher.bench_local(|| {
        let dashboard = Dashboard::build(&pack, &learners, &Filter::default(), &tz);
        puente::cohort::items::item_analysis(&pack, &dashboard).len()
    });
}
