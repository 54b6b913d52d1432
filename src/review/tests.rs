use jiff::Timestamp;
use uuid::Uuid;

use super::*;
use crate::content::model::Step;
use crate::progress::{EVENT_FORMAT, Event, EventBody, Progress};

fn shipped() -> Pack {
    crate::content::load(&crate::content::source::embedded())
        .pack
        .expect("the shipped pack")
}

/// The first single-choice exercise of the shipped pack: (module, step,
/// a wrong option, the right option).
fn single_choice(pack: &Pack) -> (String, String, String, String) {
    for m in &pack.modules {
        for s in &m.steps {
            if let Step::SingleChoice(e) = s {
                let wrong = e
                    .options
                    .iter()
                    .find(|o| !o.correct)
                    .expect("a wrong option");
                let right = e
                    .options
                    .iter()
                    .find(|o| o.correct)
                    .expect("a right option");
                return (
                    m.id.as_str().into(),
                    e.id.as_str().into(),
                    wrong.id.as_str().into(),
                    right.id.as_str().into(),
                );
            }
        }
    }
    panic!("no single-choice exercise in the shipped pack");
}

/// A lesson of the shipped pack that links glossary terms.
fn lesson_with_terms(pack: &Pack) -> (String, String, Vec<String>) {
    for m in &pack.modules {
        for s in &m.steps {
            if let Step::Lesson(l) = s {
                let terms = glossary_links(l.body.get("en", "en"));
                if !terms.is_empty() {
                    return (m.id.as_str().into(), l.id.as_str().into(), terms);
                }
            }
        }
    }
    panic!("no lesson links a term");
}

fn day(d: i64) -> Timestamp {
    Timestamp::from_second(1_780_000_000 + d * 86_400).expect("time")
}

fn event(n: u128, at: Timestamp, pack: &Pack, body: EventBody) -> Event {
    Event {
        v: EVENT_FORMAT,
        id: Uuid::from_u128(n),
        profile: Uuid::from_u128(1),
        device: Uuid::from_u128(2),
        at,
        pack: pack.info.id.as_str().into(),
        pack_version: pack.info.version.clone(),
        body,
    }
}

fn answered(n: u128, at: Timestamp, pack: &Pack, option: &str, correct: bool) -> Event {
    let (module, step, ..) = single_choice(pack);
    event(
        n,
        at,
        pack,
        EventBody::Answered {
            module,
            step,
            answer: Answer::Choice {
                option: option.into(),
            },
            score: Some(if correct { 1.0 } else { 0.0 }),
            correct: Some(correct),
        },
    )
}

fn reviewed(n: u128, at: Timestamp, pack: &Pack, card: CardRef, rating: Rating) -> Event {
    event(
        n,
        at,
        pack,
        EventBody::Reviewed {
            card,
            rating,
            answer: None,
            correct: None,
        },
    )
}

fn queue(pack: &Pack, events: &[Event]) -> Queue {
    let progress = Progress::from_events(events);
    Queue::build(
        &progress.reviews,
        |id| (id == pack.info.id.as_str()).then_some(pack),
        &Params::default(),
    )
}

fn exercise_card(pack: &Pack) -> CardRef {
    let (module, step, ..) = single_choice(pack);
    CardRef::Exercise { module, step }
}

#[test]
fn a_wrong_answer_makes_a_card_due_the_next_day_and_a_right_one_none() {
    let pack = shipped();
    let (_, _, wrong, right) = single_choice(&pack);
    let q = queue(&pack, &[answered(1, day(0), &pack, &right, true)]);
    assert!(q.cards.is_empty(), "right first time: nothing to review");

    let q = queue(
        &pack,
        &[
            answered(1, day(0), &pack, &wrong, false),
            answered(2, day(0), &pack, &right, true),
        ],
    );
    let card = q
        .find(pack.info.id.as_str(), &exercise_card(&pack))
        .expect("a card");
    assert_eq!(card.status, Status::Active);
    assert_eq!(card.due, day(1), "FSRS gives 'again' on a new card one day");
    assert_eq!(card.reviews, 0);
    assert_eq!(q.due(day(0)).len(), 0);
    assert_eq!(q.due(day(1)).len(), 1);
}

#[test]
fn reviews_follow_fsrs_and_count_lapses_and_recall() {
    let pack = shipped();
    let (_, _, wrong, _) = single_choice(&pack);
    let card = exercise_card(&pack);
    let events = [
        answered(1, day(0), &pack, &wrong, false),
        reviewed(2, day(1), &pack, card.clone(), Rating::Good),
        reviewed(3, day(4), &pack, card.clone(), Rating::Again),
    ];
    let q = queue(&pack, &events);
    let c = q.find(pack.info.id.as_str(), &card).expect("card");
    let p = Params::default();
    let expect = Memory::first(&p, day(0), Rating::Again)
        .next(&p, day(1), Rating::Good)
        .next(&p, day(4), Rating::Again);
    assert_eq!(c.memory, Some(expect));
    assert_eq!((c.reviews, c.lapses, c.recalled), (2, 1, 1));
    assert_eq!(q.recall_rate(), Some(0.5));
}

#[test]
fn the_order_events_arrive_in_and_duplicates_change_nothing() {
    let pack = shipped();
    let (_, _, wrong, right) = single_choice(&pack);
    let card = exercise_card(&pack);
    let (module, step, _) = lesson_with_terms(&pack);
    let events = vec![
        event(1, day(0), &pack, EventBody::Visited { module, step }),
        answered(2, day(0), &pack, &wrong, false),
        answered(3, day(0), &pack, &right, true),
        reviewed(4, day(1), &pack, card.clone(), Rating::Good),
        reviewed(5, day(1), &pack, card.clone(), Rating::Hard),
        reviewed(6, day(9), &pack, card.clone(), Rating::Easy),
        event(
            7,
            day(10),
            &pack,
            EventBody::CardSuspended {
                card: card.clone(),
                suspended: true,
            },
        ),
        event(
            8,
            day(11),
            &pack,
            EventBody::CardSuspended {
                card,
                suspended: false,
            },
        ),
    ];
    let one = queue(&pack, &events);
    let mut shuffled = events.clone();
    shuffled.reverse();
    shuffled.extend(events.iter().take(4).cloned());
    shuffled.swap(1, 5);
    let other = queue(&pack, &shuffled);
    assert_eq!(one, other);
    // Applied one at a time, in a scrambled order, as an import would.
    let mut progress = Progress::default();
    for e in &shuffled {
        progress.apply(e);
    }
    let third = Queue::build(&progress.reviews, |_| Some(&pack), &Params::default());
    assert_eq!(one, third);
    assert_eq!(
        one.cards
            .iter()
            .filter(|c| c.status == Status::Active)
            .count(),
        one.cards.len()
    );
}

#[test]
fn terms_of_an_opened_lesson_come_back_a_day_later_and_the_learner_grades_them() {
    let pack = shipped();
    let (module, step, terms) = lesson_with_terms(&pack);
    let visit = event(1, day(0), &pack, EventBody::Visited { module, step });
    let q = queue(&pack, std::slice::from_ref(&visit));
    let term_cards: Vec<&Card> = q.cards.iter().filter(|c| c.kind() == "term").collect();
    assert_eq!(term_cards.len(), terms.len());
    assert!(
        term_cards
            .iter()
            .all(|c| c.due == day(1) && c.memory.is_none())
    );

    let card = CardRef::Term {
        term: terms[0].clone(),
    };
    let q = queue(
        &pack,
        &[
            visit,
            reviewed(2, day(1), &pack, card.clone(), Rating::Easy),
        ],
    );
    let c = q.find(pack.info.id.as_str(), &card).expect("card");
    let first = Memory::first(&Params::default(), day(1), Rating::Easy);
    assert_eq!(c.memory, Some(first));
    assert!(
        c.due > day(5),
        "an easy term waits days: {}",
        first.scheduled_days
    );
}

#[test]
fn a_suspended_card_is_not_due_until_taken_back() {
    let pack = shipped();
    let (_, _, wrong, _) = single_choice(&pack);
    let card = exercise_card(&pack);
    let suspend = |n, d, s| {
        event(
            n,
            day(d),
            &pack,
            EventBody::CardSuspended {
                card: card.clone(),
                suspended: s,
            },
        )
    };
    let base = answered(1, day(0), &pack, &wrong, false);
    let q = queue(&pack, &[base.clone(), suspend(2, 0, true)]);
    assert_eq!(q.due(day(30)).len(), 0);
    assert_eq!(q.cards[0].status, Status::Suspended);
    let q = queue(&pack, &[base, suspend(2, 0, true), suspend(3, 2, false)]);
    assert_eq!(q.due(day(30)).len(), 1);
}

#[test]
fn a_card_whose_exercise_vanished_or_changed_is_retired() {
    let pack = shipped();
    let (module, step, wrong, _) = single_choice(&pack);
    let events = [answered(1, day(0), &pack, &wrong, false)];

    let mut gone = pack.clone();
    for m in &mut gone.modules {
        m.steps.retain(|s| s.id().as_str() != step);
    }
    let q = queue(&gone, &events);
    assert_eq!(q.cards[0].status, Status::Retired(Retired::Vanished));
    assert!(q.due(day(30)).is_empty());

    let mut changed = pack.clone();
    for m in changed
        .modules
        .iter_mut()
        .filter(|m| m.id.as_str() == module)
    {
        for s in &mut m.steps {
            if let Step::SingleChoice(e) = s
                && e.id.as_str() == step
            {
                for o in &mut e.options {
                    o.id.0 = format!("{}-v2", o.id.0);
                }
            }
        }
    }
    let q = queue(&changed, &events);
    assert_eq!(q.cards[0].status, Status::Retired(Retired::Changed));

    let q = Queue::build(
        &Progress::from_events(&events).reviews,
        |_| None,
        &Params::default(),
    );
    assert_eq!(
        q.cards[0].status,
        Status::Retired(Retired::Vanished),
        "pack not open"
    );
}

#[test]
fn the_forecast_counts_the_next_days() {
    let pack = shipped();
    let (module, step, terms) = lesson_with_terms(&pack);
    assert!(terms.len() <= NEW_TERMS_PER_DAY, "{}", terms.len());
    let q = queue(
        &pack,
        &[event(1, day(0), &pack, EventBody::Visited { module, step })],
    );
    // The day ends one second before the terms fall due: all tomorrow.
    let forecast = q.forecast(day(1) - jiff::SignedDuration::from_secs(1), 7);
    assert_eq!(forecast, [terms.len(), 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        q.minutes(day(1)),
        (terms.len() as u32 * TERM_SECS).div_ceil(60)
    );
    // New terms waiting their turn are not overdue.
    assert_eq!(q.overdue(day(2)), 0);
    assert_eq!(q.overdue(day(1)), 0);
}

/// Every lesson that links a term, visited one after the other on day 0.
fn all_lessons_visited(pack: &Pack) -> (Vec<Event>, usize) {
    let mut events = Vec::new();
    let mut terms = BTreeSet::new();
    for m in &pack.modules {
        for s in &m.steps {
            if let Step::Lesson(l) = s {
                let linked = glossary_links(l.body.get("en", "en"));
                if linked.is_empty() {
                    continue;
                }
                terms.extend(linked);
                let n = events.len() as u128 + 1;
                let at = day(0) + jiff::SignedDuration::from_secs(n as i64);
                events.push(event(
                    n,
                    at,
                    pack,
                    EventBody::Visited {
                        module: m.id.as_str().into(),
                        step: l.id.as_str().into(),
                    },
                ));
            }
        }
    }
    (events, terms.len())
}

#[test]
fn new_terms_come_no_more_than_the_daily_cap() {
    let pack = shipped();
    let (mut events, terms) = all_lessons_visited(&pack);
    assert!(
        terms > 2 * NEW_TERMS_PER_DAY,
        "the pack links {terms} terms"
    );
    let q = queue(&pack, &events);
    // Days that end an hour after the day the terms fall due.
    let end = |d: i64| day(d) + jiff::SignedDuration::from_secs(3600);
    let due = q.due(end(1));
    assert_eq!(due.len(), NEW_TERMS_PER_DAY, "a day's share, not {terms}");
    assert_eq!(q.waiting_new(end(1)), terms - NEW_TERMS_PER_DAY);
    // The first met come first.
    let first_met: Vec<&str> = due.iter().map(|c| c.item()).collect();
    // The rest wait for the next days, a share a day.
    let forecast = q.forecast(end(1), 7);
    assert_eq!(forecast[0], NEW_TERMS_PER_DAY);
    assert_eq!(
        NEW_TERMS_PER_DAY + forecast.iter().sum::<usize>(),
        terms.min(NEW_TERMS_PER_DAY * 8)
    );

    // The day's share reviewed: no new term left today...
    let mut n = 10_000;
    for card in &due {
        n += 1;
        events.push(reviewed(
            n,
            end(1) - jiff::SignedDuration::from_secs(60),
            &pack,
            card.card.clone(),
            Rating::Good,
        ));
    }
    let q = queue(&pack, &events);
    assert!(
        q.due(end(1)).iter().all(|c| !c.slot().new_term),
        "the cap is spent for the day"
    );
    // ...and the next share tomorrow, not the ones already met.
    let tomorrow = q.due(end(2));
    let new: Vec<&str> = tomorrow
        .iter()
        .filter(|c| c.slot().new_term)
        .map(|c| c.item())
        .collect();
    assert_eq!(new.len(), NEW_TERMS_PER_DAY);
    assert!(new.iter().all(|t| !first_met.contains(t)));
    // Days missed do not pile them up: still one share.
    assert_eq!(
        q.due(end(30)).iter().filter(|c| c.slot().new_term).count(),
        NEW_TERMS_PER_DAY
    );
}

#[test]
fn the_dashboard_counts_due_cards_as_the_learner_sees_them() {
    let pack = shipped();
    let (events, _) = all_lessons_visited(&pack);
    let q = queue(&pack, &events);
    let slots: Vec<Slot> = q
        .cards
        .iter()
        .filter(|c| c.is_active())
        .map(Card::slot)
        .collect();
    for d in [0, 1, 2, 30] {
        assert_eq!(
            due_slots(&slots, day(d)).len(),
            q.due(day(d)).len(),
            "day {d}"
        );
    }
}

#[test]
fn answers_fit_only_the_exercise_they_were_given_to() {
    let pack = shipped();
    let (module, step, wrong, _) = single_choice(&pack);
    let s = pack
        .module(&module)
        .and_then(|m| m.steps.iter().find(|s| s.id().as_str() == step))
        .expect("step");
    assert!(fits(s, &Answer::Choice { option: wrong }));
    assert!(!fits(
        s,
        &Answer::Choice {
            option: "nope".into()
        }
    ));
    assert!(!fits(s, &Answer::TrueFalse { value: true }));
}
