//! What several benchmarks share.

use puente::content::{self, PackSource, source};

/// The default pack with every module and checklist present `times` times.
pub fn scaled_pack(times: usize) -> PackSource {
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
