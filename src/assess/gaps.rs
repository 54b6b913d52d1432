//! The gaps a self-assessment leaves to close: every item answered below
//! the top of the scale, most important first, and apart from them the
//! items not answered yet.
//!
//! The order is the one a technology-transfer officer would work in:
//! - items whose answer triggers a knock-out gate come first, whatever
//!   their dimension: while one stands, no score matters;
//! - then, dimension by dimension in the checklist's order, the lowest
//!   rating first and, among equal ratings, the heaviest item first; items
//!   alike keep the checklist's order.
//!
//! "Not applicable" is neither a gap nor an open question. An item not
//! answered is not a gap either: it is listed apart, the knock-out
//! questions among them first, since an open gate caps the result too.

use std::collections::BTreeMap;

use crate::content::model::{Checklist, ChecklistItem, Dimension};

use super::checklist::gate_ratings;

/// One item answered below the top of the scale.
#[derive(Clone, Debug)]
pub struct Gap<'a> {
    pub item: &'a ChecklistItem,
    pub dimension: &'a Dimension,
    /// The scale value the learner chose.
    pub value: u32,
    /// Whether the answer triggers a knock-out gate.
    pub knock_out: bool,
}

/// One item not answered yet.
#[derive(Clone, Debug)]
pub struct Unanswered<'a> {
    pub item: &'a ChecklistItem,
    pub dimension: &'a Dimension,
    /// Whether a knock-out gate waits on its answer.
    pub knock_out: bool,
}

/// The gaps of one dimension, most important first.
#[derive(Clone, Debug)]
pub struct DimensionGaps<'a> {
    pub dimension: &'a Dimension,
    pub gaps: Vec<Gap<'a>>,
}

/// Everything a run leaves to close.
#[derive(Clone, Debug, Default)]
pub struct Gaps<'a> {
    /// Answers that trigger a knock-out gate, most important first.
    pub knock_outs: Vec<Gap<'a>>,
    /// The other gaps, by dimension in the checklist's order; dimensions
    /// without a gap are left out.
    pub dimensions: Vec<DimensionGaps<'a>>,
    /// Items not answered yet: knock-out questions first, then the
    /// checklist's order.
    pub unanswered: Vec<Unanswered<'a>>,
}

impl Gaps<'_> {
    /// Whether no answered item falls short of the top of the scale.
    pub fn none(&self) -> bool {
        self.knock_outs.is_empty() && self.dimensions.is_empty()
    }
}

/// The gaps of `ratings` (item id → scale value, or `None` for not
/// applicable) against the checklist as it is now.
pub fn gaps<'a>(checklist: &'a Checklist, ratings: &BTreeMap<String, Option<u32>>) -> Gaps<'a> {
    let top = checklist
        .scale
        .levels
        .iter()
        .map(|l| l.value)
        .max()
        .unwrap_or(0);
    let triggers = |item: &ChecklistItem, value: u32| {
        checklist
            .gates
            .iter()
            .any(|g| g.item == item.id && gate_ratings(checklist, g).contains(&value))
    };
    let gated = |item: &ChecklistItem| checklist.gates.iter().any(|g| g.item == item.id);
    let mut out = Gaps::default();
    for d in &checklist.dimensions {
        let mut gaps = Vec::new();
        for item in &d.items {
            match ratings.get(item.id.as_str()) {
                Some(Some(value)) => {
                    let knock_out = triggers(item, *value);
                    if knock_out || *value < top {
                        let gap = Gap {
                            item,
                            dimension: d,
                            value: *value,
                            knock_out,
                        };
                        if knock_out {
                            out.knock_outs.push(gap);
                        } else {
                            gaps.push(gap);
                        }
                    }
                }
                Some(None) => {}
                None => out.unanswered.push(Unanswered {
                    item,
                    dimension: d,
                    knock_out: gated(item),
                }),
            }
        }
        if !gaps.is_empty() {
            gaps.sort_by(important_first);
            out.dimensions.push(DimensionGaps { dimension: d, gaps });
        }
    }
    out.knock_outs.sort_by(important_first);
    out.unanswered.sort_by_key(|u| !u.knock_out);
    out
}

/// The lower rating first, then the heavier item; a stable sort keeps the
/// checklist's order among equals.
fn important_first(a: &Gap<'_>, b: &Gap<'_>) -> std::cmp::Ordering {
    a.value
        .cmp(&b.value)
        .then(b.item.weight.total_cmp(&a.item.weight))
}

/// The first sentence of a plain text: up to the first ".", "?" or "!"
/// followed by a space and a capital letter (so "art. 13" and "e.g. a"
/// do not end it), or the whole text.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let next = chars.get(n + 1).map(|&(_, c)| c);
        let after = chars.get(n + 2).map(|&(_, c)| c);
        let capital = after.is_some_and(|c| c.is_uppercase() || matches!(c, '¿' | '¡' | '“' | '"'));
        if next.is_some_and(char::is_whitespace) && capital && !abbreviation(&text[..i]) {
            return &text[..i + c.len_utf8()];
        }
    }
    text
}

/// Whether the word before a full stop is a short form that does not end
/// a sentence ("e.g", "p. ex", "Dr").
fn abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let word = word.trim_start_matches(['(', '[', '“', '"']);
    matches!(
        word.to_lowercase().as_str(),
        "e.g" | "i.e" | "ex" | "dr" | "dra" | "sr" | "sra" | "art" | "arts" | "nº" | "vs"
    ) || word.chars().count() == 1
}

#[cfg(test)]
mod tests;
