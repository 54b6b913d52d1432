//! The `puente` binary as authors and facilitators run it: `check`,
//! `assess`, bundles, hostile files, reports, the workshop commands. These
//! spawn the program; they are kept apart from the tests that hold profile
//! locks in-process.
//!
//! One test binary for several files: `cargo test` links a handful of
//! binaries, not one per file.

#[path = "../common/mod.rs"]
mod common;

mod assess_cli;
mod check;
mod cli_bundles;
mod dist;
mod hostile;
mod integrity;
mod outputs;
mod packfile;
mod report;
mod report_gaps;
mod review_cli;
mod scale;
mod workshop;
