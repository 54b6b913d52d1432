//! What the review queue is derived from, gathered from a learner's events
//! whatever order they arrive in: each card's reviews kept sorted by time
//! then event id, its birth the earliest wrong answer, the latest
//! suspension. `crate::review` replays this with FSRS. Pure: no files.

use std::collections::BTreeMap;

use jiff::Timestamp;
use uuid::Uuid;

use super::event::{Answer, CardRef, Event, EventBody, Rating};

/// One review of a card.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub at: Timestamp,
    pub id: Uuid,
    pub rating: Rating,
    /// For an exercise, whether it was answered right.
    pub correct: Option<bool>,
}

/// Everything known of one card. Every scored exercise answered has one;
/// it is in the queue once it was answered wrong or reviewed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardHistory {
    /// An exercise's first wrong answer in its module: where its card
    /// begins, as a first review graded "again".
    pub born: Option<(Timestamp, Uuid)>,
    /// Reviews in the review session, by (time, id).
    pub reviews: Vec<Review>,
    /// The latest suspension or resumption, by (time, id).
    pub suspended: Option<(Timestamp, Uuid, bool)>,
    /// The latest answer given to the exercise, in its module or in a
    /// review: what tells whether the exercise changed since.
    pub last_answer: Option<(Timestamp, Uuid, Answer)>,
}

impl CardHistory {
    pub fn is_suspended(&self) -> bool {
        self.suspended.is_some_and(|(_, _, s)| s)
    }
}

/// The review material of one learner.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewHistory {
    /// By (pack id, card).
    pub cards: BTreeMap<(String, CardRef), CardHistory>,
    /// When each step was first opened, by pack, module and step: a
    /// lesson's glossary terms are met then. (Nested, so that a visit to a
    /// step already seen allocates nothing.)
    pub first_visits: BTreeMap<String, BTreeMap<String, BTreeMap<String, Timestamp>>>,
}

impl ReviewHistory {
    /// Take in one event (each event once; any order).
    pub fn apply(&mut self, event: &Event) {
        let key = (event.at, event.id);
        match &event.body {
            EventBody::Visited { module, step } => {
                let at = event.at;
                if let Some(first) = self
                    .first_visits
                    .get_mut(&event.pack)
                    .and_then(|m| m.get_mut(module))
                    .and_then(|s| s.get_mut(step))
                {
                    *first = (*first).min(at);
                    return;
                }
                self.first_visits
                    .entry(event.pack.clone())
                    .or_default()
                    .entry(module.clone())
                    .or_default()
                    .insert(step.clone(), at);
            }
            EventBody::Answered {
                module,
                step,
                answer,
                correct,
                ..
            } => {
                // Unscored, or a branching case (not asked again).
                if correct.is_none() || matches!(answer, Answer::Path { .. }) {
                    return;
                }
                let card = CardRef::Exercise {
                    module: module.clone(),
                    step: step.clone(),
                };
                let wrong = *correct == Some(false);
                let history = self.card(&event.pack, card);
                if wrong && history.born.is_none_or(|b| key < b) {
                    history.born = Some(key);
                }
                history.remember(event, answer);
            }
            EventBody::Reviewed {
                card,
                rating,
                answer,
                correct,
            } => {
                let history = self.card(&event.pack, card.clone());
                let review = Review {
                    at: event.at,
                    id: event.id,
                    rating: *rating,
                    correct: *correct,
                };
                let at = history
                    .reviews
                    .partition_point(|r| (r.at, r.id) < (review.at, review.id));
                history.reviews.insert(at, review);
                if let Some(answer) = answer {
                    history.remember(event, answer);
                }
            }
            EventBody::CardSuspended { card, suspended } => {
                let history = self.card(&event.pack, card.clone());
                if history.suspended.is_none_or(|(at, id, _)| (at, id) < key) {
                    history.suspended = Some((event.at, event.id, *suspended));
                }
            }
            _ => {}
        }
    }

    fn card(&mut self, pack: &str, card: CardRef) -> &mut CardHistory {
        self.cards.entry((pack.to_owned(), card)).or_default()
    }

    /// How many reviews were given, all cards together.
    pub fn review_count(&self) -> usize {
        self.cards.values().map(|c| c.reviews.len()).sum()
    }
}

impl CardHistory {
    fn remember(&mut self, event: &Event, answer: &Answer) {
        if self
            .last_answer
            .as_ref()
            .is_none_or(|(at, id, _)| (*at, *id) < (event.at, event.id))
        {
            self.last_answer = Some((event.at, event.id, answer.clone()));
        }
    }
}
