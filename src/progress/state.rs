//! A learner's state, derived from their events. Pure: no files, no clock.

use std::collections::{BTreeMap, HashMap, HashSet};

use uuid::Uuid;

use super::event::{Answer, Event, EventBody};
use super::reviews::ReviewHistory;

/// The latest answer to one exercise.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerRecord {
    pub answer: Answer,
    pub score: Option<f64>,
    pub correct: Option<bool>,
    /// How many answers were given (retries included).
    pub attempts: u32,
}

/// Progress in one module.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModuleProgress {
    /// Steps the learner has opened.
    pub visited: HashSet<String>,
    /// Latest answer per exercise id.
    pub answers: HashMap<String, AnswerRecord>,
    /// Score 0–100 of the latest completion, if the module was completed.
    pub completed: Option<Option<f64>>,
    /// The step opened last.
    pub last_step: Option<String>,
}

/// Where the learner was last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub pack: String,
    pub module: String,
    pub step: String,
}

/// One run of a self-assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentRun {
    pub id: Uuid,
    pub pack: String,
    pub checklist: String,
    /// What is assessed ("Our TTO, 2026").
    pub name: String,
    pub started: jiff::Timestamp,
    /// When a rating or note was last given.
    pub updated: jiff::Timestamp,
    /// Item id to a scale value, or `None` for "not applicable". Items a
    /// newer checklist no longer has stay here and are ignored in scoring.
    pub ratings: BTreeMap<String, Option<u32>>,
    pub notes: BTreeMap<String, String>,
    /// The dimension opened last, to come back to it.
    pub last_dimension: Option<String>,
}

/// Everything derived from a profile's events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    /// By (pack id, module id). Modules a pack no longer has stay here,
    /// untouched, and are simply never shown.
    pub modules: BTreeMap<(String, String), ModuleProgress>,
    pub last_position: Option<Position>,
    /// Self-assessment runs by id.
    pub runs: BTreeMap<Uuid, AssessmentRun>,
    /// What the review queue is derived from (`crate::review`).
    pub reviews: ReviewHistory,
    seen: HashSet<Uuid>,
}

impl Progress {
    /// State from events in any order: they are applied by time, then id,
    /// and an event id seen twice counts once.
    pub fn from_events<'a>(events: impl IntoIterator<Item = &'a Event>) -> Self {
        let mut sorted: Vec<&Event> = events.into_iter().collect();
        sorted.sort_by_key(|e| (e.at, e.id));
        let mut progress = Self::default();
        for event in sorted {
            progress.apply(event);
        }
        progress
    }

    /// Apply one more event (the newest). Returns false for a duplicate.
    pub fn apply(&mut self, event: &Event) -> bool {
        if !self.seen.insert(event.id) {
            return false;
        }
        self.reviews.apply(event);
        let Some(module_id) = event.body.module() else {
            self.apply_assessment(event);
            return true;
        };
        let key = (event.pack.clone(), module_id.to_owned());
        let module = self.modules.entry(key).or_default();
        match &event.body {
            EventBody::Visited { module: m, step } => {
                module.visited.insert(step.clone());
                module.last_step = Some(step.clone());
                self.last_position = Some(Position {
                    pack: event.pack.clone(),
                    module: m.clone(),
                    step: step.clone(),
                });
            }
            EventBody::Answered {
                step,
                answer,
                score,
                correct,
                ..
            } => {
                let attempts = module.answers.get(step).map_or(0, |r| r.attempts) + 1;
                module.answers.insert(
                    step.clone(),
                    AnswerRecord {
                        answer: answer.clone(),
                        score: *score,
                        correct: *correct,
                        attempts,
                    },
                );
            }
            EventBody::Completed { score, .. } => module.completed = Some(*score),
            _ => {}
        }
        true
    }

    fn apply_assessment(&mut self, event: &Event) {
        match &event.body {
            EventBody::AssessmentStarted {
                run,
                checklist,
                name,
            } => {
                self.runs.entry(*run).or_insert_with(|| AssessmentRun {
                    id: *run,
                    pack: event.pack.clone(),
                    checklist: checklist.clone(),
                    name: name.clone(),
                    started: event.at,
                    updated: event.at,
                    ratings: BTreeMap::new(),
                    notes: BTreeMap::new(),
                    last_dimension: None,
                });
            }
            EventBody::Rated {
                run, item, value, ..
            } => {
                if let Some(r) = self.runs.get_mut(run) {
                    r.ratings.insert(item.clone(), *value);
                    r.updated = event.at;
                }
            }
            EventBody::ItemNoted {
                run, item, text, ..
            } => {
                if let Some(r) = self.runs.get_mut(run) {
                    if text.trim().is_empty() {
                        r.notes.remove(item);
                    } else {
                        r.notes.insert(item.clone(), text.clone());
                    }
                    r.updated = event.at;
                }
            }
            EventBody::DimensionViewed { run, dimension, .. } => {
                if let Some(r) = self.runs.get_mut(run) {
                    r.last_dimension = Some(dimension.clone());
                }
            }
            _ => {}
        }
    }

    /// The runs of one checklist, oldest first.
    pub fn runs_of(&self, pack: &str, checklist: &str) -> Vec<&AssessmentRun> {
        let mut runs: Vec<&AssessmentRun> = self
            .runs
            .values()
            .filter(|r| r.pack == pack && r.checklist == checklist)
            .collect();
        runs.sort_by_key(|r| (r.started, r.id));
        runs
    }

    pub fn module(&self, pack: &str, module: &str) -> Option<&ModuleProgress> {
        self.modules.get(&(pack.to_owned(), module.to_owned()))
    }

    /// How many events have been applied.
    pub fn event_count(&self) -> usize {
        self.seen.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::event::EVENT_FORMAT;
    use uuid::Uuid;

    fn event(n: u128, secs: i64, body: EventBody) -> Event {
        Event {
            v: EVENT_FORMAT,
            id: Uuid::from_u128(n),
            profile: Uuid::from_u128(1000),
            device: Uuid::from_u128(2000),
            at: jiff::Timestamp::from_second(1_700_000_000 + secs).expect("valid"),
            pack: "p".into(),
            pack_version: "1".into(),
            body,
        }
    }

    fn answered(n: u128, secs: i64, step: &str, option: &str, score: f64) -> Event {
        event(
            n,
            secs,
            EventBody::Answered {
                module: "m".into(),
                step: step.into(),
                answer: Answer::Choice {
                    option: option.into(),
                },
                score: Some(score),
                correct: Some(score == 1.0),
            },
        )
    }

    #[test]
    fn latest_answer_wins_and_attempts_count() {
        let events = vec![answered(1, 1, "q", "a", 0.0), answered(2, 2, "q", "b", 1.0)];
        let p = Progress::from_events(&events);
        let record = &p.module("p", "m").expect("module").answers["q"];
        assert_eq!(record.answer, Answer::Choice { option: "b".into() });
        assert_eq!(record.attempts, 2);
    }

    #[test]
    fn order_of_events_and_duplicates_do_not_matter() {
        let a = answered(1, 1, "q", "a", 0.0);
        let b = answered(2, 2, "q", "b", 1.0);
        let v = event(
            3,
            3,
            EventBody::Visited {
                module: "m".into(),
                step: "q".into(),
            },
        );
        let one = Progress::from_events(&[a.clone(), b.clone(), v.clone()]);
        let other = Progress::from_events(&[v.clone(), b.clone(), a.clone(), b, v]);
        assert_eq!(one.modules, other.modules);
        assert_eq!(one.last_position, other.last_position);
        assert_eq!(other.event_count(), 3);
    }

    #[test]
    fn last_position_is_the_latest_visit() {
        let events = vec![
            event(
                1,
                5,
                EventBody::Visited {
                    module: "m".into(),
                    step: "late".into(),
                },
            ),
            event(
                2,
                1,
                EventBody::Visited {
                    module: "m".into(),
                    step: "early".into(),
                },
            ),
        ];
        let p = Progress::from_events(&events);
        assert_eq!(p.last_position.map(|p| p.step), Some("late".to_owned()));
    }

    #[test]
    fn events_for_removed_content_are_kept() {
        let events = vec![event(
            1,
            1,
            EventBody::Visited {
                module: "gone".into(),
                step: "s".into(),
            },
        )];
        let p = Progress::from_events(&events);
        assert!(p.module("p", "gone").is_some());
    }
}
