//! The review queue.
//!
//! Run: `cargo bench --bench review`. Budget (DESIGN.md section 7): the
//! queue of a learner with 5,000 review events < 5 ms. Building it replays
//! every card's reviews with FSRS and reads the opened lessons for their
//! glossary terms; it grows linearly with the reviews.

use puente::content::model::Step;
use puente::progress::{Answer, CardRef, EVENT_FORMAT, Event, EventBody, Progress, Rating};
use puente::review::{Params, Queue};
use uuid::Uuid;

fn main() {
    divan::main();
}

/// A learner of the shipped pack who opened every step, answered every
/// single-choice exercise wrong once, and then gave `reviews` reviews
/// spread over those cards and the pack's terms, a few minutes apart.
fn history(pack: &puente::content::Pack, reviews: usize) -> Vec<Event> {
    let mut n = 0u128;
    let mut at = jiff::Timestamp::from_second(1_780_000_000).expect("time");
    let mut events = Vec::new();
    let mut push = |at: jiff::Timestamp, body| {
        n += 1;
        events.push(Event {
            v: EVENT_FORMAT,
            id: Uuid::from_u128(n),
            profile: Uuid::from_u128(1),
            device: Uuid::from_u128(2),
            at,
            pack: pack.info.id.as_str().into(),
            pack_version: pack.info.version.clone(),
            body,
        });
    };
    let mut cards = Vec::new();
    for m in &pack.modules {
        for s in &m.steps {
            let (module, step) = (m.id.as_str().to_owned(), s.id().as_str().to_owned());
            push(
                at,
                EventBody::Visited {
                    module: module.clone(),
                    step: step.clone(),
                },
            );
            if let Step::SingleChoice(e) = s
                && let Some(wrong) = e.options.iter().find(|o| !o.correct)
            {
                let answer = Answer::Choice {
                    option: wrong.id.as_str().into(),
                };
                push(
                    at,
                    EventBody::Answered {
                        module: module.clone(),
                        step: step.clone(),
                        answer,
                        score: Some(0.0),
                        correct: Some(false),
                    },
                );
                cards.push(CardRef::Exercise { module, step });
            }
        }
    }
    cards.extend(pack.glossary.terms.iter().map(|t| CardRef::Term {
        term: t.id.as_str().into(),
    }));
    for i in 0..reviews {
        at = at
            .checked_add(jiff::SignedDuration::from_secs(600))
            .expect("time");
        let rating = Rating::ALL[(i * 7) % 4];
        push(
            at,
            EventBody::Reviewed {
                card: cards[i % cards.len()].clone(),
                rating,
                answer: None,
                correct: None,
            },
        );
    }
    events
}

#[divan::bench(args = [500, 5_000, 50_000], sample_count = 30)]
fn queue_of_a_learner(bencher: divan::Bencher, reviews: usize) {
    let pack = puente::content::load(&puente::content::source::embedded())
        .pack
        .expect("the shipped pack");
    let events = history(&pack, reviews);
    let progress = Progress::from_events(&events);
    assert_eq!(progress.reviews.review_count(), reviews);
    let params = Params::default();
    bencher.bench_local(|| {
        Queue::build(
            &progress.reviews,
            |id| (id == pack.info.id.as_str()).then_some(&pack),
            &params,
        )
    });
}

/// The events read into a learner's state, review history included (what
/// opening a profile does before the queue).
#[divan::bench(args = [5_000], sample_count = 30)]
fn state_from_events(bencher: divan::Bencher, reviews: usize) {
    let pack = puente::content::load(&puente::content::source::embedded())
        .pack
        .expect("the shipped pack");
    let events = history(&pack, reviews);
    bencher.bench_local(|| Progress::from_events(&events));
}
