//! The window as a person uses it (egui_kittest, headless), and every error
//! in the learner's language.
//!
//! One test binary for several files: `cargo test` links a handful of
//! binaries, not one per file.

#[path = "../common/mod.rs"]
mod common;

mod errors_in_languages;
mod fsync_probe;
mod import_conflicts;
mod markdown_depth;
mod ui_flows;
