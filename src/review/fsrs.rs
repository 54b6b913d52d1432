//! FSRS, the Free Spaced Repetition Scheduler of the open-spaced-repetition
//! project (the one Anki uses), in its long-term form: every interval is a
//! whole number of days, which is how a daily review works.
//!
//! The formulas and the 19 default weights are those of `rs-fsrs` 1.2.1
//! (FSRS-5, `enable_short_term: false`, no fuzz), rewritten on `jiff` so
//! that Puente needs neither `chrono` nor a clock: `rs-fsrs` reads the
//! clock in `Parameters::default` and `Card::new`, and builds all four
//! outcomes of every review in a `HashMap`, where a replay needs one. Its
//! published test vectors are the unit tests below, and
//! `tests/domain/fsrs_reference.rs` compares every step with `rs-fsrs`
//! itself on random histories.

use jiff::{SignedDuration, Timestamp};

/// How well the learner recalled: FSRS's four grades.
pub use crate::progress::event::Rating;
use crate::progress::store::ReviewSettings;

/// FSRS-5's default weights, as `rs-fsrs` 1.2.1 ships them.
pub const DEFAULT_WEIGHTS: [f64; 19] = [
    0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824, 1.9813,
    0.0953, 0.2975, 2.2042, 0.2407, 2.9466, 0.5034, 0.6567,
];

const DECAY: f64 = -0.5;
/// `0.9 ^ (1 / DECAY) - 1`: at 90 % retention the interval is the stability.
const FACTOR: f64 = 19.0 / 81.0;
const DAY_SECS: i64 = 86_400;

/// The scheduler's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub w: [f64; 19],
    /// The probability of recall at which a card comes back (0.7–0.97).
    pub retention: f64,
    /// The longest interval, in days.
    pub maximum_interval: i64,
}

impl Params {
    /// The lowest and highest target retention Settings offer.
    pub const MIN_RETENTION: f64 = ReviewSettings::MIN_RETENTION;
    pub const MAX_RETENTION: f64 = ReviewSettings::MAX_RETENTION;
    pub const DEFAULT_RETENTION: f64 = ReviewSettings::DEFAULT_RETENTION;

    /// Default weights with `retention` (clamped into range; the default
    /// for anything that is not a number).
    pub fn with_retention(retention: f64) -> Self {
        Self {
            retention: clamp_retention(retention),
            ..Self::default()
        }
    }

    fn init_difficulty(&self, rating: Rating) -> f64 {
        (self.w[4] - (self.w[5] * (rating.value() - 1.0)).exp() + 1.0).clamp(1.0, 10.0)
    }

    fn init_stability(&self, rating: Rating) -> f64 {
        self.w[rating as usize - 1].max(0.1)
    }

    /// The interval in days after which recall falls to the target.
    pub fn interval_days(&self, stability: f64) -> i64 {
        let days = (stability / FACTOR * (self.retention.powf(1.0 / DECAY) - 1.0))
            .round()
            .clamp(1.0, self.maximum_interval as f64);
        // Finite and within 1..=maximum_interval after the clamp.
        days as i64
    }

    fn next_difficulty(&self, difficulty: f64, rating: Rating) -> f64 {
        let next = self.w[6].mul_add(-(rating.value() - 3.0), difficulty);
        let easy = self.init_difficulty(Rating::Easy);
        self.w[7]
            .mul_add(easy, (1.0 - self.w[7]) * next)
            .clamp(1.0, 10.0)
    }

    fn recall_stability(&self, d: f64, s: f64, r: f64, rating: Rating) -> f64 {
        let modifier = match rating {
            Rating::Hard => self.w[15],
            Rating::Easy => self.w[16],
            _ => 1.0,
        };
        s * (self.w[8].exp() * (11.0 - d) * s.powf(-self.w[9]) * ((1.0 - r) * self.w[10]).exp_m1())
            .mul_add(modifier, 1.0)
    }

    fn forget_stability(&self, d: f64, s: f64, r: f64) -> f64 {
        self.w[11]
            * d.powf(-self.w[12])
            * ((s + 1.0).powf(self.w[13]) - 1.0)
            * ((1.0 - r) * self.w[14]).exp()
    }
}

impl Default for Params {
    fn default() -> Self {
        Self {
            w: DEFAULT_WEIGHTS,
            retention: Self::DEFAULT_RETENTION,
            maximum_interval: 36_500,
        }
    }
}

/// A target retention as Settings keep it: within range, 0.9 for a value
/// that is not a number.
pub fn clamp_retention(retention: f64) -> f64 {
    ReviewSettings::clamp_retention(retention)
}

/// The probability of recall `elapsed_days` after a review, for a memory
/// of `stability` days.
pub fn retrievability(elapsed_days: f64, stability: f64) -> f64 {
    (1.0 + FACTOR * elapsed_days / stability).powf(DECAY)
}

/// What FSRS knows of one card after its reviews.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Memory {
    /// Days until recall falls to 90 %.
    pub stability: f64,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f64,
    pub last_review: Timestamp,
    pub due: Timestamp,
    /// The interval given at the last review, in days.
    pub scheduled_days: i64,
    pub reps: u32,
    pub lapses: u32,
}

impl Memory {
    /// The first review of a new card.
    pub fn first(params: &Params, at: Timestamp, rating: Rating) -> Self {
        let s = |r| params.init_stability(r);
        let days = spread(
            params,
            [
                s(Rating::Again),
                s(Rating::Hard),
                s(Rating::Good),
                s(Rating::Easy),
            ],
            rating,
        );
        Self {
            stability: params.init_stability(rating),
            difficulty: params.init_difficulty(rating),
            last_review: at,
            due: add_days(at, days),
            scheduled_days: days,
            reps: 1,
            lapses: 0,
        }
    }

    /// The card after one more review at `at`.
    pub fn next(&self, params: &Params, at: Timestamp, rating: Rating) -> Self {
        let elapsed = whole_days(self.last_review, at);
        let (d, s) = (self.difficulty, self.stability);
        // Whole days, as rs-fsrs counts them (chrono's `num_days`).
        let r = retrievability(elapsed as f64, s);
        let stability_for = |rating| match rating {
            Rating::Again => params.forget_stability(d, s, r),
            other => params.recall_stability(d, s, r, other),
        };
        let all = [
            stability_for(Rating::Again),
            stability_for(Rating::Hard),
            stability_for(Rating::Good),
            stability_for(Rating::Easy),
        ];
        let days = spread(params, all, rating);
        Self {
            stability: all[rating as usize - 1],
            difficulty: params.next_difficulty(d, rating),
            last_review: at,
            due: add_days(at, days),
            scheduled_days: days,
            reps: self.reps + 1,
            lapses: self.lapses + u32::from(rating == Rating::Again),
        }
    }

    /// The probability of recall at `now`.
    pub fn recall_at(&self, now: Timestamp) -> f64 {
        retrievability(
            whole_days(self.last_review, now).max(0) as f64,
            self.stability,
        )
    }
}

/// The interval of `rating` among the four, each at least a day longer
/// than the one below it, as FSRS keeps them apart.
fn spread(params: &Params, stabilities: [f64; 4], rating: Rating) -> i64 {
    let [again, hard, good, easy] = stabilities.map(|s| params.interval_days(s));
    let again = again.min(hard);
    let hard = hard.max(again + 1);
    let good = good.max(hard + 1);
    let easy = easy.max(good + 1);
    [again, hard, good, easy][rating as usize - 1]
}

/// Whole days from `from` to `to`, rounded toward zero.
pub fn whole_days(from: Timestamp, to: Timestamp) -> i64 {
    to.duration_since(from).as_secs() / DAY_SECS
}

fn add_days(at: Timestamp, days: i64) -> Timestamp {
    at.checked_add(SignedDuration::from_secs(days.saturating_mul(DAY_SECS)))
        .unwrap_or(Timestamp::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The weights of rs-fsrs 1.2.1's `src/tests.rs`.
    const TEST_WEIGHTS: [f64; 19] = [
        0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007, 0.0674, 1.6597, 0.1712, 1.1178,
        2.0225, 0.0904, 0.3025, 2.1214, 0.2498, 2.9466, 0.4891, 0.6468,
    ];

    use Rating::{Again, Good};
    const TEST_RATINGS: [Rating; 13] = [
        Good, Good, Good, Good, Good, Good, Again, Again, Good, Good, Good, Good, Good,
    ];

    fn round4(x: f64) -> f64 {
        (x * 10_000.0).round() / 10_000.0
    }

    /// rs-fsrs 1.2.1, `test_long_term_scheduler`: each review on the day
    /// the card falls due.
    #[test]
    fn the_reference_long_term_vectors() {
        let params = Params {
            w: TEST_WEIGHTS,
            ..Params::default()
        };
        let mut now: Timestamp = "2022-11-29T12:30:00Z".parse().expect("time");
        let mut card: Option<Memory> = None;
        let (mut intervals, mut stabilities, mut difficulties) = (vec![], vec![], vec![]);
        for rating in TEST_RATINGS {
            let next = match card {
                None => Memory::first(&params, now, rating),
                Some(c) => c.next(&params, now, rating),
            };
            intervals.push(next.scheduled_days);
            stabilities.push(round4(next.stability));
            difficulties.push(round4(next.difficulty));
            now = next.due;
            card = Some(next);
        }
        assert_eq!(
            intervals,
            [3, 13, 48, 155, 445, 1158, 17, 3, 9, 27, 74, 190, 457]
        );
        assert_eq!(
            stabilities,
            [
                3.0412, 13.0913, 48.1585, 154.9373, 445.0556, 1158.0778, 16.6306, 2.9888, 9.4633,
                26.9474, 73.9723, 189.7037, 457.4379,
            ]
        );
        assert_eq!(
            difficulties,
            [
                4.4909, 4.2666, 4.0575, 3.8624, 3.6804, 3.5108, 5.219, 6.8122, 6.4314, 6.0763,
                5.7452, 5.4363, 5.1483,
            ]
        );
        let lapses = card.map(|c| c.lapses);
        assert_eq!(lapses, Some(2));
    }

    /// rs-fsrs 1.2.1, `test_get_retrievability`: a card reviewed Easy
    /// with default weights is at 0.9026208 on the day it falls due.
    #[test]
    fn the_reference_retrievability() {
        let params = Params::default();
        let now: Timestamp = "2022-11-29T12:30:00Z".parse().expect("time");
        let easy = Memory::first(&params, now, Rating::Easy);
        let r = easy.recall_at(easy.due);
        assert_eq!((r * 1e7).round() / 1e7, 0.902_620_8);
    }

    #[test]
    fn a_higher_target_brings_cards_back_sooner() {
        let now: Timestamp = "2026-01-01T09:00:00Z".parse().expect("time");
        let at = |retention| {
            let p = Params::with_retention(retention);
            Memory::first(&p, now, Rating::Good).next(&p, add_days(now, 3), Rating::Good)
        };
        let (low, mid, high) = (at(0.8), at(0.9), at(0.95));
        assert!(low.scheduled_days > mid.scheduled_days);
        assert!(mid.scheduled_days > high.scheduled_days);
        assert_eq!(
            mid.stability, low.stability,
            "stability does not depend on the target"
        );
    }

    #[test]
    fn retention_is_kept_in_range() {
        assert_eq!(clamp_retention(f64::NAN), 0.9);
        assert_eq!(clamp_retention(2.0), Params::MAX_RETENTION);
        assert_eq!(clamp_retention(0.1), Params::MIN_RETENTION);
        assert_eq!(clamp_retention(0.85), 0.85);
    }

    #[test]
    fn intervals_never_pass_the_maximum_nor_overflow_time() {
        let p = Params::default();
        let now: Timestamp = "2026-01-01T09:00:00Z".parse().expect("time");
        let mut card = Memory::first(&p, now, Rating::Easy);
        for _ in 0..40 {
            card = card.next(&p, card.due, Rating::Easy);
            // As in rs-fsrs, the four intervals are kept a day apart after
            // the cap, so "easy" may pass it by three days.
            assert!(card.scheduled_days <= p.maximum_interval + 3);
            assert!(card.stability.is_finite());
        }
    }
}
