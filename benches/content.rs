//! Load + validate: the default pack, and synthetic packs 10x and 100x its
//! size (every module and checklist copied with fresh ids).
//!
//! Run: `cargo bench --bench content`. Budget (DESIGN.md section 7): the
//! default pack < 20 ms; 100x < 1 s, growing linearly.

use puente::content;

#[path = "common.rs"]
mod common;
use common::scaled_pack;

fn main() {
    divan::main();
}

#[divan::bench(args = [1, 10, 100], sample_count = 20)]
fn load_and_validate(bencher: divan::Bencher, times: usize) {
    let source = scaled_pack(times);
    let bytes: usize = source.files.iter().map(|f| f.bytes.len()).sum();
    let loaded = content::load(&source);
    assert!(!loaded.has_errors(), "the scaled pack is valid");
    let modules = loaded.pack.as_ref().map_or(0, |p| p.modules.len());
    eprintln!(
        "x{times}: {} files, {bytes} bytes, {modules} modules",
        source.files.len()
    );
    bencher.bench(|| content::load(divan::black_box(&source)));
}

/// Building the search index for one language: done once per language
/// change, off the frame.
#[divan::bench(args = [1, 10], sample_count = 20)]
fn search_index_build(bencher: divan::Bencher, times: usize) {
    let pack = content::load(&scaled_pack(times)).pack.expect("valid");
    bencher.bench(|| content::search::Index::build([divan::black_box(&pack)], "es"));
}

/// Building the glossary screen's index (terms A–Z, see-also names, the
/// lessons linking each term): off the frame, with the search index.
#[divan::bench(args = [1, 10], sample_count = 20)]
fn glossary_index_build(bencher: divan::Bencher, times: usize) {
    let pack = content::load(&scaled_pack(times)).pack.expect("valid");
    bencher.bench(|| content::glossary::Index::build([divan::black_box(&pack)], "es"));
}

/// What starting the index off the frame costs the frame: the open packs
/// handed to the worker thread (shared, as `content::Library` holds them).
#[divan::bench(args = [1, 10], sample_count = 20)]
fn packs_handed_to_the_index(bencher: divan::Bencher, times: usize) {
    let packs = vec![std::sync::Arc::new(
        content::load(&scaled_pack(times)).pack.expect("valid"),
    )];
    bencher.bench(|| divan::black_box(&packs).clone());
}

/// The glossary filter as the learner types: it runs on the frame.
#[divan::bench(args = [1, 10], sample_count = 50)]
fn glossary_filter(bencher: divan::Bencher, times: usize) {
    let pack = content::load(&scaled_pack(times)).pack.expect("valid");
    let index = content::glossary::Index::build([&pack], "es");
    bencher.bench(|| index.filter(divan::black_box("periodo gracia")));
}

/// One query as the learner types, on the default pack and on one ten
/// times its size: it runs on the frame, so it must fit well inside one
/// (16 ms).
#[divan::bench(args = [1, 10], sample_count = 50)]
fn search_query(bencher: divan::Bencher, times: usize) {
    let pack = content::load(&scaled_pack(times)).pack.expect("valid");
    let index = content::search::Index::build([&pack], "es");
    eprintln!("x{times}: {} searchable texts", index.len());
    bencher.bench(|| index.query(divan::black_box("invencion patente"), 50));
}
