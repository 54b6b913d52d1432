//! The domain with plain values and real files, in-process: validation
//! rules, checklist gates, the docs' examples, translations, the store,
//! faults at every file operation, the dependency tree.
//!
//! One test binary for several files: `cargo test` links a handful of
//! binaries, not one per file.

#[path = "../common/mod.rs"]
mod common;

mod architecture;
mod checklist_gates;
mod concurrent_imports;
mod docs;
mod fault_injection;
mod fsrs_reference;
mod i18n;
mod no_network;
mod progress_store;
mod sections;
mod validation;
