//! Spaced review: the queue kept for the screens, a session begun, a card
//! reviewed or suspended, the target retention changed.

use uuid::Uuid;

use crate::assess::order::shuffled;
use crate::progress::{Answer, CardRef, EventBody, Rating};
use crate::review::{Params, Queue, day_bounds};
use crate::ui::review::{ReviewState, SessionCard};
use crate::ui::view::ReviewView;

use super::{PuenteApp, Route};

/// The queue, and what it was built from.
#[derive(Default)]
pub struct ReviewCache {
    /// Profile, events applied, target retention, the packs' generation:
    /// the queue is rebuilt when one changes.
    key: Option<(Uuid, usize, u64, u64)>,
    pub view: ReviewView,
    /// The learner's time zone, read once.
    tz: Option<jiff::tz::TimeZone>,
}

impl PuenteApp {
    /// Bring the queue up to date for this frame: the time, the learner's
    /// day, and the cards if their events changed. Building reads the
    /// opened lessons (a few ms), so it is done only then.
    pub(super) fn refresh_review(&mut self) {
        let cache = &mut self.review;
        let tz = cache.tz.get_or_insert_with(jiff::tz::TimeZone::system);
        let now = jiff::Timestamp::now();
        let (day_start, day_end) = day_bounds(now, tz);
        cache.view.now = now;
        cache.view.day_start = day_start;
        cache.view.day_end = day_end;
        let Some(learner) = &self.learner else {
            cache.key = None;
            cache.view.queue = Queue::default();
            return;
        };
        let retention = learner.session.profile.review.retention;
        let key = (
            learner.session.profile.id,
            learner.progress.event_count(),
            retention.to_bits(),
            self.library.generation,
        );
        if cache.key != Some(key) {
            let params = Params::with_retention(retention);
            let library = &self.library;
            cache.view.queue =
                Queue::build(&learner.progress.reviews, |id| library.pack(id), &params);
            cache.view.params = params;
            cache.key = Some(key);
        }
    }

    pub(super) fn apply_show_review(&mut self) {
        self.route = Route::Review(Box::default());
    }

    /// Begin a session with today's due cards, mixed in an order that is
    /// the learner's own for the day.
    pub(super) fn apply_start_review(&mut self) {
        self.refresh_review();
        let Some(learner) = &self.learner else { return };
        let view = &self.review.view;
        let due = view.queue.due(view.day_end);
        let keys: Vec<String> = (0..due.len()).map(|i| i.to_string()).collect();
        let seed = format!("{}/review/{}", learner.session.profile.id, view.day_start);
        let cards: Vec<SessionCard> = shuffled(&seed, keys)
            .iter()
            .filter_map(|k| k.parse::<usize>().ok())
            .filter_map(|i| due.get(i))
            .map(|c| SessionCard {
                pack: c.pack.clone(),
                card: c.card.clone(),
                memory: c.memory,
                seed: format!("{seed}/{}/{}", c.item(), c.reviews),
            })
            .collect();
        self.route = Route::Review(Box::new(ReviewState::session(cards)));
    }

    pub(super) fn apply_review_card(
        &mut self,
        pack: &str,
        card: CardRef,
        rating: Rating,
        answer: Option<Answer>,
        correct: Option<bool>,
    ) {
        self.record(
            pack,
            EventBody::Reviewed {
                card,
                rating,
                answer,
                correct,
            },
        );
    }

    pub(super) fn apply_suspend_card(&mut self, pack: &str, card: CardRef, suspended: bool) {
        self.record(pack, EventBody::CardSuspended { card, suspended });
    }

    pub(super) fn apply_set_retention(&mut self, retention: f64) {
        let (Some(store), Some(learner)) = (&self.store, self.learner.as_mut()) else {
            return;
        };
        learner.session.profile.review.retention =
            crate::progress::store::ReviewSettings::clamp_retention(retention);
        if let Err(e) = store.save_profile(&learner.session.profile) {
            self.messages
                .push(crate::msg!("retention-not-saved", error = e.msg()));
        }
    }
}
