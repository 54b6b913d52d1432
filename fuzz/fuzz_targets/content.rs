//! The content loader and validator on any bytes: the first byte picks
//! which file of the built-in pack the rest replaces (or adds a module),
//! then the whole pack is loaded, validated and every diagnostic printed.
//! Nothing may panic, overflow the stack or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use puente::content::{self, PackSource};

fuzz_target!(|data: &[u8]| {
    let Some((&which, text)) = data.split_first() else {
        return;
    };
    let embedded = content::source::embedded();
    let mut files: Vec<(String, Vec<u8>)> = embedded
        .files
        .iter()
        .map(|f| (f.rel.clone(), f.bytes.to_vec()))
        .collect();
    let target = match which % 5 {
        0 => "pack.ron".to_owned(),
        1 => "glossary.ron".to_owned(),
        2 => "modules/01-ip-basics.ron".to_owned(),
        3 => "checklists/ready-to-file.ron".to_owned(),
        _ => "modules/99-fuzzed.ron".to_owned(),
    };
    files.retain(|(rel, _)| *rel != target);
    files.push((target, text.to_vec()));
    let loaded = content::load(&PackSource::in_memory("pack", files));
    for d in &loaded.diagnostics {
        let _ = d.to_string();
    }
});
