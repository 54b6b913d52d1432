//! What authors write: the content model, loading and validation.
//!
//! No egui here, and no file access outside [`source`]: loading and
//! validating work on bytes in memory, so every rule is tested with values.

pub mod archive;
pub mod dates;
pub mod diagnostic;
pub mod gift;
pub mod glossary;
pub mod library;
pub mod load;
pub mod map;
pub mod model;
pub mod path;
pub mod search;
pub mod source;
pub mod stats;
pub mod tells;
pub mod text;
pub mod tree;
pub mod validate;

pub use crate::i18n::Msg;
pub use diagnostic::{Diagnostic, Severity};
pub use library::{Added, Library, load_all};
pub use load::{Loaded, Pack, load};
pub use model::{ExerciseKind, Id, Module, Source, SourceKind, Step};
pub use source::PackSource;
pub use text::Text;
pub use validate::opens_in_browser;
