//! Tests of [`super`]: the layout of a long self-assessment report.

use std::collections::BTreeMap;

use super::*;
use crate::content::Text;
use crate::content::model::{ChecklistItem, Id};

fn pack() -> Pack {
    crate::content::load(&crate::content::source::embedded())
        .pack
        .expect("the built-in pack")
}

/// The ready-to-file checklist grown to 42 items, the new ones with long
/// texts and help in three languages.
fn long_checklist(pack: &Pack) -> Checklist {
    let mut c = pack
        .checklists
        .iter()
        .find(|c| c.id.as_str() == "ready-to-file")
        .expect("the shipped pack has ready-to-file")
        .clone();
    let long = |n: usize, what: &str| {
        let words = format!("{what} {n} ").repeat(1 + n % 5);
        Text::Plain(format!(
            "{words}ñandú «São Paulo» Ünïcödé {}. Second sentence here.",
            "verylongwordwithoutanybreak".repeat(1 + n % 3)
        ))
    };
    let mut n = 0;
    while c.dimensions.iter().map(|d| d.items.len()).sum::<usize>() < 42 {
        let dimensions = c.dimensions.len();
        let d = &mut c.dimensions[n % dimensions];
        d.items.push(ChecklistItem {
            id: Id(format!("extra-{n}")),
            text: long(n, "item"),
            help: long(n, "help"),
            weight: 1.0 + (n % 3) as f64,
        });
        n += 1;
    }
    c
}

/// Every item rated in turn 0, 1, 2, not applicable or left open, a long
/// note on every third.
fn run(c: &Checklist) -> AssessmentRun {
    let mut ratings = BTreeMap::new();
    let mut notes = BTreeMap::new();
    for (n, item) in c.dimensions.iter().flat_map(|d| &d.items).enumerate() {
        match n % 5 {
            0 => ratings.insert(item.id.to_string(), Some(0)),
            1 => ratings.insert(item.id.to_string(), Some(1)),
            2 | 3 => ratings.insert(item.id.to_string(), Some(2)),
            _ => None,
        };
        if n % 3 == 0 {
            notes.insert(
                item.id.to_string(),
                "Ask the dean's office about this before March; ".repeat(1 + n % 4),
            );
        }
    }
    AssessmentRun {
        id: uuid::Uuid::from_u128(5),
        pack: "puente-core".into(),
        checklist: c.id.to_string(),
        name: "Parche de glucosa".into(),
        started: jiff::Timestamp::from_second(1_790_000_000).expect("a time"),
        updated: jiff::Timestamp::from_second(1_790_000_000).expect("a time"),
        ratings,
        notes,
        last_dimension: None,
    }
}

/// A text's box on the page: left, top, right, bottom, estimated from the
/// font's average advance as the writer wraps.
fn text_box(item: &Item) -> Option<(f32, f32, f32, f32, &str)> {
    match item {
        Item::Text {
            x, y, size, text, ..
        } => {
            let width = text.chars().count() as f32 * size * AVERAGE_ADVANCE;
            Some((*x, y - size * 0.95, x + width, y + size * 0.25, text))
        }
        _ => None,
    }
}

#[test]
fn a_long_checklist_lays_out_over_pages_without_overlapping_text() {
    let pack = pack();
    let c = long_checklist(&pack);
    let r = run(&c);
    for lang in ["en", "es", "pt"] {
        let w = layout(&pack, &c, &r, "Ana", lang, "2026-11-22").expect("a layout");
        assert!(w.pages.len() >= 3, "{lang}: {} pages", w.pages.len());
        let mut texts = 0;
        for (p, page) in w.pages.iter().enumerate() {
            let boxes: Vec<_> = page.iter().filter_map(text_box).collect();
            texts += boxes.len();
            for (l, t, r, b, text) in &boxes {
                assert!(
                    *t >= MARGIN - 1.0 && *b <= A4.1 - MARGIN + 1.0,
                    "{lang} page {p}: {text:?} outside the text area ({t}–{b})"
                );
                assert!(
                    *l >= MARGIN && *r <= A4.0 - MARGIN + 1.0,
                    "{lang} page {p}: {text:?} runs past the margin ({l}–{r})"
                );
            }
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    let across = a.0 < b.2 && b.0 < a.2;
                    let down = a.1 < b.3 && b.1 < a.3;
                    assert!(
                        !(across && down),
                        "{lang} page {p}: {:?} overlaps {:?}",
                        a.4,
                        b.4
                    );
                }
            }
        }
        assert!(texts > 42 * 2, "{lang}: every item at least once");
    }
}

#[test]
fn every_item_appears_once_in_the_appendix_with_its_note() {
    let pack = pack();
    let c = long_checklist(&pack);
    let r = run(&c);
    let w = layout(&pack, &c, &r, "Ana", "en", "2026-11-22").expect("a layout");
    let all: Vec<&str> = w
        .pages
        .iter()
        .flatten()
        .filter_map(text_box)
        .map(|b| b.4)
        .collect();
    let appendix = all
        .iter()
        .position(|t| *t == "All answers")
        .expect("the appendix");
    let first_lines = |text: &str| {
        wrap(text, 9.5, 330.0)
            .into_iter()
            .next()
            .unwrap_or_default()
    };
    for item in c.dimensions.iter().flat_map(|d| &d.items) {
        let line = first_lines(&plain(item.text.get("en", "en")));
        let found = all[appendix..].iter().filter(|t| **t == line).count();
        assert_eq!(found, 1, "{line:?} in the appendix {found} times");
    }
    let notes = all[appendix..]
        .iter()
        .filter(|t| t.starts_with("Note: "))
        .count();
    assert_eq!(notes, r.notes.len(), "each note once, beside its item");
    assert!(
        !all[..appendix].iter().any(|t| t.starts_with("Note: ")),
        "notes are no longer a section of their own"
    );
}
