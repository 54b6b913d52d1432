//! Exports: what a learner takes away. Plain bytes out, no egui, no files:
//! the caller decides where they go.

pub mod csv;
pub mod pdf;
