//! Puente's FSRS (src/review/fsrs.rs) against the reference scheduler,
//! `rs-fsrs` 1.2.1 of the open-spaced-repetition project, in its
//! long-term mode: the same stability, difficulty, interval, due time,
//! reviews and lapses after every review of random histories, at several
//! target retentions, with reviews on time, early and late.

use chrono::{DateTime, TimeZone, Utc};
use puente::progress::Rating;
use puente::review::fsrs::{Memory, Params};

fn reference_rating(r: Rating) -> rs_fsrs::Rating {
    match r {
        Rating::Again => rs_fsrs::Rating::Again,
        Rating::Hard => rs_fsrs::Rating::Hard,
        Rating::Good => rs_fsrs::Rating::Good,
        Rating::Easy => rs_fsrs::Rating::Easy,
    }
}

fn chrono_time(t: jiff::Timestamp) -> DateTime<Utc> {
    Utc.timestamp_opt(t.as_second(), 0)
        .single()
        .expect("in range")
}

#[test]
fn every_step_of_random_histories_matches_the_reference() {
    let mut rng = fastrand::Rng::with_seed(22);
    let mut steps = 0;
    for retention in [0.8, 0.85, 0.9, 0.95] {
        let ours = Params::with_retention(retention);
        let reference = rs_fsrs::FSRS::new(rs_fsrs::Parameters {
            request_retention: retention,
            enable_short_term: false,
            enable_fuzz: false,
            ..Default::default()
        });
        for _ in 0..200 {
            let mut now = jiff::Timestamp::from_second(1_770_000_000 + rng.i64(0..86_400 * 365))
                .expect("time");
            let mut memory: Option<Memory> = None;
            let mut card = rs_fsrs::Card::new();
            for _ in 0..rng.usize(1..25) {
                let rating = Rating::ALL[rng.usize(0..4)];
                let next = match memory {
                    None => Memory::first(&ours, now, rating),
                    Some(m) => m.next(&ours, now, rating),
                };
                card = reference
                    .next(card, chrono_time(now), reference_rating(rating))
                    .card;
                let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
                assert!(close(next.stability, card.stability), "{next:?} {card:?}");
                assert!(close(next.difficulty, card.difficulty), "{next:?} {card:?}");
                assert_eq!(
                    next.scheduled_days, card.scheduled_days,
                    "{next:?} {card:?}"
                );
                assert_eq!(next.due.as_second(), card.due.timestamp());
                assert_eq!(i64::from(next.reps), i64::from(card.reps));
                assert_eq!(i64::from(next.lapses), i64::from(card.lapses));
                memory = Some(next);
                steps += 1;
                // The next review: on time, early or late, at any hour.
                let days = next.scheduled_days as f64 * (0.3 + rng.f64() * 1.5);
                now = now
                    .checked_add(jiff::SignedDuration::from_secs(
                        (days * 86_400.0) as i64 + rng.i64(0..86_400),
                    ))
                    .expect("time");
            }
        }
    }
    assert!(steps > 5_000, "{steps} steps compared");
}
