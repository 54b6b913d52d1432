//! What learners do: profiles, events, the state derived from them, and the
//! store that keeps them on disk. No egui here; only [`store`] touches files.

pub mod bundle;
pub mod event;
pub mod fault;
pub mod import;
pub mod learners;
pub mod limits;
pub mod private;
pub mod reviews;
pub mod state;
pub mod store;

pub use event::{Answer, CardRef, EVENT_FORMAT, Event, EventBody, Rating};
pub use state::{AnswerRecord, ModuleProgress, Position, Progress};
pub use store::{Notice, Profile, ProfileSession, Store, StoreError, WriteProblem};
