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
/// New terms asked for the first time in one day, at most: a learner who
/// opens six lessons meets about a hundred terms, and a hundred new cards
/// at once would turn a five-minute review into a chore (Anki's default
/// is 20 new cards a day). The rest wait, in the order they were met.
pub const NEW_TERMS_PER_DAY: usize = 20;
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
    /// When it was first reviewed in a review session.
    pub first_review: Option<Timestamp>,
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

    /// What the daily cap on new terms needs to know of the card.
    pub fn slot(&self) -> Slot {
        Slot {
            due: self.due,
            new_term: self.memory.is_none() && matches!(self.card, CardRef::Term { .. }),
            first_term_review: match self.card {
                CardRef::Term { .. } => self.first_review,
                CardRef::Exercise { .. } => None,
            },
        }
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
    /// day), the longest overdue first; new terms no more than
    /// [`NEW_TERMS_PER_DAY`] a day (see [`due_slots`]).
    pub fn due(&self, until: Timestamp) -> Vec<&Card> {
        let active: Vec<&Card> = self.cards.iter().filter(|c| c.is_active()).collect();
        let slots: Vec<Slot> = active.iter().map(|c| c.slot()).collect();
        due_slots(&slots, until)
            .into_iter()
            .filter_map(|i| active.get(i).copied())
            .collect()
    }

    /// New terms due by `until` that the daily cap holds back.
    pub fn waiting_new(&self, until: Timestamp) -> usize {
        let new_due = |c: &Card| c.is_active() && c.slot().new_term && c.due <= until;
        let all = self.cards.iter().filter(|c| new_due(c)).count();
        all - self.due(until).iter().filter(|c| new_due(c)).count()
    }

    /// Active cards that fell due before `day_start` (missed a day or
    /// more). A new term waiting its turn is not overdue.
    pub fn overdue(&self, day_start: Timestamp) -> usize {
        let slots: Vec<Slot> = self
            .cards
            .iter()
            .filter(|c| c.is_active())
            .map(Card::slot)
            .collect();
        overdue_slots(&slots, day_start)
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
    /// one that ends at `today_end` (day 1 is tomorrow), if the learner
    /// reviews what is due each day: new terms held back by the daily cap
    /// come on the next days, [`NEW_TERMS_PER_DAY`] at most a day.
    pub fn forecast(&self, today_end: Timestamp, days: usize) -> Vec<usize> {
        let day_of = |at: Timestamp| {
            let after = at.duration_since(today_end).as_secs();
            usize::try_from(after.saturating_sub(1) / 86_400).unwrap_or(usize::MAX)
        };
        let mut counts = vec![0; days];
        let active = self.cards.iter().filter(|c| c.is_active());
        for c in active
            .clone()
            .filter(|c| !c.slot().new_term && c.due > today_end)
        {
            if let Some(n) = counts.get_mut(day_of(c.due)) {
                *n += 1;
            }
        }
        // New terms, in the order they were met, less today's share.
        let mut new: Vec<Timestamp> = active
            .filter(|c| c.slot().new_term)
            .map(|c| c.due)
            .collect();
        new.sort();
        let today = self
            .due(today_end)
            .iter()
            .filter(|c| c.slot().new_term)
            .count();
        let mut waiting = new.into_iter().skip(today).peekable();
        for (day, n) in counts.iter_mut().enumerate() {
            let mut room = NEW_TERMS_PER_DAY;
            while room > 0
                && let Some(&due) = waiting.peek()
                && (due <= today_end || day_of(due) <= day)
            {
                waiting.next();
                *n += 1;
                room -= 1;
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

/// A card as the daily cap on new terms sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub due: Timestamp,
    /// A glossary term never reviewed.
    pub new_term: bool,
    /// A term's first review in a review session (an exercise: `None`).
    pub first_term_review: Option<Timestamp>,
}

/// The slots due by `until` (the end of the learner's day), the longest
/// overdue first. New terms come in the order they were met, as many as
/// [`NEW_TERMS_PER_DAY`] less the terms first reviewed in the day that
/// ends at `until`; the others wait for the next days. The same rule
/// counts a learner's cards on the home screen, in the review session,
/// on the command line and on the facilitator's dashboard.
pub fn due_slots(slots: &[Slot], until: Timestamp) -> Vec<usize> {
    let day_start = until
        .checked_sub(SignedDuration::from_secs(86_400))
        .unwrap_or(Timestamp::MIN);
    let met_today = slots
        .iter()
        .filter(|s| {
            s.first_term_review
                .is_some_and(|at| at > day_start && at <= until)
        })
        .count();
    let mut room = NEW_TERMS_PER_DAY.saturating_sub(met_today);
    let mut due: Vec<usize> = (0..slots.len())
        .filter(|&i| slots.get(i).is_some_and(|s| s.due <= until))
        .collect();
    due.sort_by_key(|&i| slots.get(i).map(|s| s.due));
    due.retain(|&i| {
        if !slots.get(i).is_some_and(|s| s.new_term) {
            return true;
        }
        let keep = room > 0;
        room = room.saturating_sub(1);
        keep
    });
    due
}

/// The slots that fell due before `day_start`, new terms left out.
pub fn overdue_slots(slots: &[Slot], day_start: Timestamp) -> usize {
    slots
        .iter()
        .filter(|s| !s.new_term && s.due < day_start)
        .count()
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
        first_review: h.reviews.iter().map(|r| r.at).min(),
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
