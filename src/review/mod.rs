//! Spaced review: the cards a learner should see again, and when.
//!
//! A card is an exercise answered wrong in its module (its first wrong
//! answer is its first review, graded "again"), or a glossary term linked
//! from a lesson the learner opened (new until its first review). Each is
//! replayed with FSRS ([`fsrs`]) from the learner's events in the order of
//! (time, event id), so the queue is the same whatever order the events
//! arrived in, on every laptop of a shared folder and after any merge.
//! Pure: no egui, no files, no clock (the caller says what time it is).

pub mod fsrs;
mod terms;

use std::collections::{BTreeMap, BTreeSet};

use jiff::{SignedDuration, Timestamp};

use crate::assess::exercise::is_scored;
use crate::content::Pack;
use crate::content::model::Step;
use crate::progress::reviews::{CardHistory, ReviewHistory};
use crate::progress::{Answer, CardRef, Rating};
pub use fsrs::{Memory, Params};
pub use terms::{LessonTerms, glossary_links};

/// A new term comes back for its first recall a day after it was met.
pub const NEW_TERM_DELAY_SECS: i64 = 86_400;
/// How long a review takes, for the estimate on the home screen.
pub const EXERCISE_SECS: u32 = 40;
pub const TERM_SECS: u32 = 15;

/// Why a card is no longer asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retired {
    /// Its pack, module, exercise or term is no longer there (or the step
    /// is no longer a scored exercise).
    Vanished,
    /// The exercise is there, but the learner's last answer names options
    /// or a kind it no longer has: it was rewritten.
    Changed,
}

/// Where a card stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Active,
    Suspended,
    Retired(Retired),
}

/// One card of the queue.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub pack: String,
    pub card: CardRef,
    /// FSRS's state; `None` for a term never reviewed.
    pub memory: Option<Memory>,
    /// When it is next asked.
    pub due: Timestamp,
    pub status: Status,
    /// Reviews in the review session (an exercise's first wrong answer in
    /// its module is not one).
    pub reviews: u32,
    /// Reviews graded "again".
    pub lapses: u32,
    /// Reviews recalled (an exercise answered right, a term not "again").
    pub recalled: u32,
}

impl Card {
    pub fn kind(&self) -> &'static str {
        match self.card {
            CardRef::Exercise { .. } => "exercise",
            CardRef::Term { .. } => "term",
        }
    }

    /// The exercise or term id.
    pub fn item(&self) -> &str {
        match &self.card {
            CardRef::Exercise { step, .. } => step,
            CardRef::Term { term } => term,
        }
    }

    pub fn is_active(&self) -> bool {
        self.status == Status::Active
    }

    /// Seconds a review of this card takes, about.
    pub fn secs(&self) -> u32 {
        match self.card {
            CardRef::Exercise { .. } => EXERCISE_SECS,
            CardRef::Term { .. } => TERM_SECS,
        }
    }
}

/// A learner's review queue.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Queue {
    /// Every card, by pack and card.
    pub cards: Vec<Card>,
}

impl Queue {
    /// The queue of `history` against the open `packs`.
    pub fn build<'p>(
        history: &ReviewHistory,
        packs: impl Fn(&str) -> Option<&'p Pack>,
        params: &Params,
    ) -> Self {
        Self::build_with(history, packs, params, &mut LessonTerms::default())
    }

    /// [`Self::build`], reading each lesson's terms once for many learners
    /// (the facilitator's dashboard).
    pub fn build_with<'p>(
        history: &ReviewHistory,
        packs: impl Fn(&str) -> Option<&'p Pack>,
        params: &Params,
        lesson_terms: &mut LessonTerms,
    ) -> Self {
        let mut cards = Vec::new();
        let mut terms_met: BTreeMap<(&str, String), Timestamp> = BTreeMap::new();
        for (pack_id, modules) in &history.first_visits {
            let Some(pack) = packs(pack_id) else { continue };
            for (module, steps) in modules {
                for (step, at) in steps {
                    for term in lesson_terms.of(pack, module, step) {
                        let met = terms_met.entry((pack_id, term.clone())).or_insert(*at);
                        *met = (*met).min(*at);
                    }
                }
            }
        }
        for ((pack_id, card), h) in &history.cards {
            if let CardRef::Term { term } = card {
                terms_met
                    .entry((pack_id, term.clone()))
                    .or_insert(Timestamp::MAX);
                continue;
            }
            if h.born.is_none() && h.reviews.is_empty() {
                continue;
            }
            let pack = packs(pack_id);
            cards.push(replay(
                pack_id,
                card,
                h,
                None,
                exercise_status(pack, card, h),
                params,
            ));
        }
        let empty = CardHistory::default();
        for ((pack_id, term), met) in terms_met {
            let card = CardRef::Term { term };
            let h = history
                .cards
                .get(&(pack_id.to_owned(), card.clone()))
                .unwrap_or(&empty);
            let there = packs(pack_id).is_some_and(|p| {
                let CardRef::Term { term } = &card else {
                    return false;
                };
                p.glossary.terms.iter().any(|t| t.id.as_str() == term)
            });
            let status = if !there {
                Status::Retired(Retired::Vanished)
            } else if h.is_suspended() {
                Status::Suspended
            } else {
                Status::Active
            };
            let met = (met != Timestamp::MAX).then_some(met);
            cards.push(replay(pack_id, &card, h, met, status, params));
        }
        cards.sort_by(|a, b| (&a.pack, &a.card).cmp(&(&b.pack, &b.card)));
        Self { cards }
    }

    /// Active cards due at or before `until` (the end of the learner's
    /// day), the longest overdue first.
    pub fn due(&self, until: Timestamp) -> Vec<&Card> {
        let mut due: Vec<&Card> = self
            .cards
            .iter()
            .filter(|c| c.is_active() && c.due <= until)
            .collect();
        due.sort_by_key(|c| c.due);
        due
    }

    /// Active cards that fell due before `day_start` (missed a day or more).
    pub fn overdue(&self, day_start: Timestamp) -> usize {
        self.cards
            .iter()
            .filter(|c| c.is_active() && c.due < day_start)
            .count()
    }

    /// Minutes the cards due by `until` take, rounded up.
    pub fn minutes(&self, until: Timestamp) -> u32 {
        self.due(until)
            .iter()
            .map(|c| c.secs())
            .sum::<u32>()
            .div_ceil(60)
    }

    /// How many active cards fall due on each of the `days` days after the
    /// one that ends at `today_end` (day 1 is tomorrow).
    pub fn forecast(&self, today_end: Timestamp, days: usize) -> Vec<usize> {
        let mut counts = vec![0; days];
        for c in self
            .cards
            .iter()
            .filter(|c| c.is_active() && c.due > today_end)
        {
            let after = c.due.duration_since(today_end).as_secs();
            let day = usize::try_from(after.saturating_sub(1) / 86_400).unwrap_or(usize::MAX);
            if let Some(n) = counts.get_mut(day) {
                *n += 1;
            }
        }
        counts
    }

    /// Reviews given and reviews recalled, all cards together.
    pub fn recall(&self) -> (u32, u32) {
        self.cards
            .iter()
            .fold((0, 0), |(n, r), c| (n + c.reviews, r + c.recalled))
    }

    /// The share of reviews recalled, if any were given.
    pub fn recall_rate(&self) -> Option<f64> {
        let (n, recalled) = self.recall();
        (n > 0).then(|| f64::from(recalled) / f64::from(n))
    }

    pub fn find(&self, pack: &str, card: &CardRef) -> Option<&Card> {
        self.cards
            .iter()
            .find(|c| c.pack == pack && &c.card == card)
    }
}

/// A card's state after its history, replayed with FSRS.
fn replay(
    pack: &str,
    card: &CardRef,
    h: &CardHistory,
    met: Option<Timestamp>,
    status: Status,
    params: &Params,
) -> Card {
    let mut memory = h
        .born
        .map(|(at, _)| Memory::first(params, at, Rating::Again));
    let (mut lapses, mut recalled) = (0, 0);
    for r in &h.reviews {
        // A review before the card was born (clocks set wrong) still counts.
        memory = Some(match memory {
            Some(m) if r.at >= m.last_review => m.next(params, r.at, r.rating),
            Some(m) => m,
            None => Memory::first(params, r.at, r.rating),
        });
        lapses += u32::from(r.rating == Rating::Again);
        recalled += u32::from(r.rating != Rating::Again);
    }
    let due = match (&memory, met) {
        (Some(m), _) => m.due,
        (None, Some(met)) => met
            .checked_add(SignedDuration::from_secs(NEW_TERM_DELAY_SECS))
            .unwrap_or(met),
        (None, None) => Timestamp::MAX,
    };
    Card {
        pack: pack.to_owned(),
        card: card.clone(),
        memory,
        due,
        status,
        reviews: u32::try_from(h.reviews.len()).unwrap_or(u32::MAX),
        lapses,
        recalled,
    }
}

fn exercise_status(pack: Option<&Pack>, card: &CardRef, h: &CardHistory) -> Status {
    let CardRef::Exercise { module, step } = card else {
        return Status::Retired(Retired::Vanished);
    };
    let step = pack
        .and_then(|p| p.module(module))
        .and_then(|m| m.steps.iter().find(|s| s.id().as_str() == step));
    match step {
        None => Status::Retired(Retired::Vanished),
        Some(s) if !is_scored(s) || matches!(s, Step::Scenario(_)) => {
            Status::Retired(Retired::Vanished)
        }
        Some(s) if h.last_answer.as_ref().is_some_and(|(_, _, a)| !fits(s, a)) => {
            Status::Retired(Retired::Changed)
        }
        Some(_) if h.is_suspended() => Status::Suspended,
        Some(_) => Status::Active,
    }
}

/// Whether `answer` could have been given to `step` as it is now: the same
/// kind, naming only ids the exercise has.
pub fn fits(step: &Step, answer: &Answer) -> bool {
    fn all<'a>(ids: impl IntoIterator<Item = &'a String>, known: BTreeSet<&str>) -> bool {
        ids.into_iter().all(|id| known.contains(id.as_str()))
    }
    match (step, answer) {
        (Step::SingleChoice(e), Answer::Choice { option }) => {
            e.options.iter().any(|o| o.id.as_str() == option)
        }
        (Step::MultipleChoice(e), Answer::Choices { options }) => {
            all(options, e.options.iter().map(|o| o.id.as_str()).collect())
        }
        (Step::Ordering(e), Answer::Order { items }) => {
            items.len() == e.items.len()
                && all(items, e.items.iter().map(|o| o.id.as_str()).collect())
        }
        (Step::Matching(e), Answer::Matches { pairs }) => all(
            pairs.iter().flat_map(|(a, b)| [a, b]),
            e.pairs.iter().map(|p| p.id.as_str()).collect(),
        ),
        (Step::TrueFalse(_), Answer::TrueFalse { .. })
        | (Step::Numeric(_), Answer::Number { .. })
        | (Step::Date(_), Answer::Date { .. }) => true,
        _ => false,
    }
}

/// The rating an exercise gives itself: right is "good", wrong "again".
pub fn exercise_rating(correct: bool) -> Rating {
    if correct { Rating::Good } else { Rating::Again }
}

/// The start and the end of the day `now` falls in, in `tz` (the
/// learner's): a card is due today when it falls due before the end.
pub fn day_bounds(now: Timestamp, tz: &jiff::tz::TimeZone) -> (Timestamp, Timestamp) {
    let zoned = now.to_zoned(tz.clone());
    let start = zoned.start_of_day().map_or(now, |z| z.timestamp());
    let end = zoned.end_of_day().map_or(now, |z| z.timestamp());
    (start, end)
}

#[cfg(test)]
mod tests;
