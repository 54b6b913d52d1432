//! A data folder's learners read one at a time, for work on a whole
//! cohort (the dashboard, its CSVs, the xAPI export): each learner's
//! events are handed over and dropped before the next learner's are read,
//! so the memory needed does not grow with the cohort.

use std::sync::atomic::{AtomicBool, Ordering};

use super::event::Event;
use super::store::{Notice, Profile, Store};
use crate::i18n::Msg;

/// How reading every learner ended.
#[derive(Debug, Default)]
pub struct EachLearner {
    /// Learners handed over.
    pub learners: usize,
    /// What could not be read, one message each.
    pub problems: Vec<Msg>,
    /// Whether `cancel` stopped the reading before the last learner.
    pub cancelled: bool,
}

/// Call `each(profile, events)` for every learner of the data folder, by
/// name, reading one learner at a time (read only: no locks taken, nothing
/// repaired). `progress(done, total)` is called after each learner; `cancel`
/// stops between learners. What could not be read is left out and said.
pub fn each_learner(
    store: &Store,
    cancel: &AtomicBool,
    mut progress: impl FnMut(usize, usize),
    mut each: impl FnMut(Profile, Vec<Event>),
) -> EachLearner {
    let (profiles, notices) = store.profiles();
    let mut out = EachLearner {
        problems: notices.iter().map(Notice::msg).collect(),
        ..EachLearner::default()
    };
    let total = profiles.len();
    for (done, profile) in profiles.into_iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            out.cancelled = true;
            break;
        }
        match store.read_profile(profile.id) {
            Ok((profile, events, notices)) => {
                out.problems.extend(notices.iter().map(Notice::msg));
                out.learners += 1;
                each(profile, events);
            }
            Err(e) => out.problems.push(e.msg()),
        }
        progress(done + 1, total);
    }
    out
}
