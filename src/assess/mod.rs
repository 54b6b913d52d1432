//! Pure scoring: exercises and modules ([`exercise`]), self-assessment
//! checklists ([`checklist`]). No egui, no files.

pub mod checklist;
pub mod exercise;
pub mod gaps;
pub mod order;

pub use exercise::*;
