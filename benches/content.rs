//! Load + validate: the default pack, and synthetic packs 10x and 100x its
//! size (every module and checklist copied with fresh ids).
//!
//! Run: `cargo bench --bench content`. Budget (DESIGN.md section 7): the
//! default pack < 20 ms; 100x < 1 s, growing linearly.

use puente::content::{self, PackSource, source};

fn main() {
    divan::main();
}

/// The default pack with every module and checklist present `times` times.
fn scaled_pack(times: usize) -> PackSource {
    let original = source::embedded();
    let loaded = content::load(&original);
    let pack = loaded.pack.expect("the default pack loads");
    let ids: Vec<String> = pack
        .modules
        .iter()
        .map(|m| m.id.to_string())
        .chain(pack.checklists.iter().map(|c| c.id.to_string()))
        .collect();
    let mut files = Vec::new();
    for file in &original.files {
        let text = String::from_utf8_lossy(&file.bytes).into_owned();
        let copies = file.rel.starts_with("modules/") || file.rel.starts_with("checklists/");
        files.push((file.rel.clone(), text.clone().into_bytes()));
        if !copies {
            continue;
        }
        for k in 1..times {
            let mut copy = text.clone();
            for id in &ids {
                copy = copy.replace(&format!("\"{id}\""), &format!("\"{id}-copy{k}\""));
            }
            let rel = file.rel.replacen(".ron", &format!("-copy{k}.ron"), 1);
            files.push((rel, copy.into_bytes()));
        }
    }
    PackSource::in_memory("content", files)
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
