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
