//! The window as a person uses it (egui_kittest, headless), and every error
//! in the learner's language.
//!
//! One test binary for several files: `cargo test` links a handful of
//! binaries, not one per file.

#[path = "../common/mod.rs"]
mod common;

mod authors;
mod cohort_scale;
mod errors_in_languages;
mod fsync_probe;
mod glossary_flows;
mod home_texts;
mod import_conflicts;
mod installed_packs;
mod keyboard;
mod layout;
mod live_preview;
mod markdown_depth;
mod presenter;
mod privacy;
mod reflections;
mod review_flow;
mod saving;
mod scores;
mod ui_flows;
