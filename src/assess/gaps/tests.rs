//! Tests of [`super`]: the order of the gaps on hand-made runs.

use super::*;
use crate::content::Text;
use crate::content::model::{Band, Gate, Id, Scale, ScaleLevel};

/// Two dimensions: "a" with five items of various weights, "b" with three;
/// a knock-out gate on "b2" (the lowest rating by default) and one on
/// "a5" that also triggers at 1.
fn checklist() -> Checklist {
    let item = |id: &str, weight: f64| ChecklistItem {
        id: Id(id.into()),
        text: Text::Plain(id.into()),
        help: Text::Plain("help".into()),
        weight,
    };
    let dimension = |id: &str, items: Vec<ChecklistItem>| Dimension {
        id: Id(id.into()),
        title: Text::Plain(id.to_uppercase()),
        weight: 1.0,
        items,
        levels: vec![],
    };
    let gate = |id: &str, item: &str, ratings: Option<Vec<u32>>| Gate {
        id: Id(id.into()),
        item: Id(item.into()),
        ratings,
        cap: Id("low".into()),
        advice: Text::Plain("stop".into()),
        modules: vec![],
        needs_answer: false,
    };
    Checklist {
        id: Id("c".into()),
        title: Text::Plain("C".into()),
        summary: Text::Plain("S".into()),
        reviewed: None,
        subject_hint: None,
        sources: Vec::new(),
        scale: Scale {
            levels: (0..=2)
                .map(|v| ScaleLevel {
                    value: v,
                    label: Text::Plain(v.to_string()),
                })
                .collect(),
            not_applicable: Some(Text::Plain("n/a".into())),
        },
        dimensions: vec![
            dimension(
                "a",
                vec![
                    item("a1", 1.0),
                    item("a2", 3.0),
                    item("a3", 1.0),
                    item("a4", 2.0),
                    item("a5", 1.0),
                ],
            ),
            dimension("b", vec![item("b1", 1.0), item("b2", 1.0), item("b3", 5.0)]),
        ],
        bands: vec![Band {
            id: Id("low".into()),
            min: 0,
            max: 100,
            title: Text::Plain("low".into()),
            advice: Text::Plain("advice".into()),
            modules: vec![],
        }],
        gates: vec![
            gate("g-b2", "b2", None),
            gate("g-a5", "a5", Some(vec![0, 1])),
        ],
        levels: vec![],
        cases: vec![],
    }
}

fn ratings(pairs: &[(&str, Option<u32>)]) -> BTreeMap<String, Option<u32>> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

fn ids<'a>(gaps: impl IntoIterator<Item = &'a Gap<'a>>) -> Vec<&'a str> {
    gaps.into_iter().map(|g| g.item.id.as_str()).collect()
}

#[test]
fn knock_outs_first_then_lowest_rating_then_heaviest() {
    let c = checklist();
    let r = ratings(&[
        ("a1", Some(1)),
        ("a2", Some(1)),
        ("a3", Some(0)),
        ("a4", Some(2)),
        ("a5", Some(1)),
        ("b1", Some(1)),
        ("b2", Some(0)),
        ("b3", None),
    ]);
    let g = gaps(&c, &r);
    // Both gates stand; equal ratings would keep the checklist's order,
    // but b2's 0 is lower than a5's 1.
    assert_eq!(ids(&g.knock_outs), ["b2", "a5"]);
    assert!(g.knock_outs.iter().all(|g| g.knock_out));
    assert_eq!(g.knock_outs[1].dimension.id.as_str(), "a");
    // In "a": the 0 first; among the 1s, the weight-3 item before the
    // weight-1; the item at the top of the scale is no gap, and the
    // knock-out is not listed twice.
    let dims: Vec<(&str, Vec<&str>)> = g
        .dimensions
        .iter()
        .map(|d| (d.dimension.id.as_str(), ids(&d.gaps)))
        .collect();
    assert_eq!(dims, [("a", vec!["a3", "a2", "a1"]), ("b", vec!["b1"])]);
    assert_eq!(g.dimensions[0].gaps[0].value, 0);
    assert!(
        g.dimensions
            .iter()
            .flat_map(|d| &d.gaps)
            .all(|g| !g.knock_out)
    );
    // "Not applicable" is neither a gap nor open.
    assert!(g.unanswered.is_empty());
    assert!(!g.none());
}

#[test]
fn a_heavier_item_rated_higher_still_comes_after_a_lower_rating() {
    let c = checklist();
    let r = ratings(&[("b1", Some(0)), ("b2", Some(2)), ("b3", Some(1))]);
    let g = gaps(&c, &r);
    assert!(g.knock_outs.is_empty(), "b2 at 2 does not trigger its gate");
    assert_eq!(g.dimensions.len(), 1);
    assert_eq!(ids(&g.dimensions[0].gaps), ["b1", "b3"]);
}

#[test]
fn unanswered_items_are_apart_with_knock_out_questions_first() {
    let c = checklist();
    let r = ratings(&[("a1", Some(0)), ("a2", Some(2)), ("b1", Some(2))]);
    let g = gaps(&c, &r);
    assert_eq!(ids(&g.dimensions[0].gaps), ["a1"]);
    let open: Vec<(&str, bool)> = g
        .unanswered
        .iter()
        .map(|u| (u.item.id.as_str(), u.knock_out))
        .collect();
    assert_eq!(
        open,
        [
            ("a5", true),
            ("b2", true),
            ("a3", false),
            ("a4", false),
            ("b3", false)
        ]
    );
    // No unanswered item is counted as a gap.
    let listed: Vec<&str> = g
        .knock_outs
        .iter()
        .chain(g.dimensions.iter().flat_map(|d| &d.gaps))
        .map(|g| g.item.id.as_str())
        .collect();
    assert!(
        g.unanswered
            .iter()
            .all(|u| !listed.contains(&u.item.id.as_str()))
    );
}

#[test]
fn all_at_the_top_leaves_no_gap() {
    let c = checklist();
    let all: Vec<(&str, Option<u32>)> = ["a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3"]
        .into_iter()
        .map(|id| (id, Some(2)))
        .collect();
    let g = gaps(&c, &ratings(&all));
    assert!(g.none());
    assert!(g.unanswered.is_empty());
}

#[test]
fn ratings_of_items_no_longer_in_the_checklist_are_ignored() {
    let c = checklist();
    let g = gaps(&c, &ratings(&[("gone", Some(0))]));
    assert!(g.none());
    assert_eq!(g.unanswered.len(), 8);
}

#[test]
fn the_first_sentence_stops_at_a_full_stop_before_a_capital() {
    assert_eq!(
        first_sentence("Approved by the board. It covers staff."),
        "Approved by the board."
    );
    assert_eq!(
        first_sentence("Under art. 13 of the law. Then more."),
        "Under art. 13 of the law."
    );
    assert_eq!(
        first_sentence("Ask, e.g. The office, first. Then wait."),
        "Ask, e.g. The office, first."
    );
    assert_eq!(first_sentence("¿Lo sabe? ¿Seguro? Pregunte."), "¿Lo sabe?");
    assert_eq!(first_sentence("  One sentence only  "), "One sentence only");
    assert_eq!(first_sentence("Version 2.0 is out"), "Version 2.0 is out");
    assert_eq!(first_sentence(""), "");
}
