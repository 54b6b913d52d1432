//! Puente: offline training and self-assessment in intellectual-property
//! management and technology transfer for the life sciences.
//!
//! The library holds everything; `main.rs` only parses arguments. See
//! ARCHITECTURE.md for the map and the rules between modules.

pub mod assess;
pub mod cli;
pub mod cohort;
pub mod content;
pub mod files;
pub mod i18n;
pub mod places;
pub mod progress;
pub mod report;
pub mod review;
pub mod ui;
