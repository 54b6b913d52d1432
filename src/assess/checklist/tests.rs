//! Tests of [`super`]: the checklist module's unit tests, kept beside it.

use super::*;
use crate::content::Text;
use crate::content::model::{ChecklistItem, Dimension, Id, Scale, ScaleLevel};

fn checklist() -> Checklist {
    let item = |id: &str, weight: f64| ChecklistItem {
        id: Id(id.into()),
        text: Text::Plain(id.into()),
        help: Text::Plain("help".into()),
        weight,
    };
    let band = |id: &str, min: u32, max: u32| Band {
        id: Id(id.into()),
        min,
        max,
        title: Text::Plain(id.into()),
        advice: Text::Plain("advice".into()),
        modules: vec![],
    };
    Checklist {
        id: Id("c".into()),
        title: Text::Plain("C".into()),
        summary: Text::Plain("S".into()),
        subject_hint: None,
        reviewed: None,
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
            Dimension {
                id: Id("a".into()),
                title: Text::Plain("A".into()),
                weight: 75.0,
                items: vec![item("a1", 1.0), item("a2", 3.0)],
                levels: vec![],
            },
            Dimension {
                id: Id("b".into()),
                title: Text::Plain("B".into()),
                weight: 25.0,
                items: vec![item("b1", 1.0)],
                levels: vec![],
            },
        ],
        bands: vec![
            band("low", 0, 39),
            band("mid", 40, 79),
            band("high", 80, 100),
        ],
        gates: vec![],
        levels: vec![],
        cases: vec![],
    }
}

fn gate(id: &str, item: &str, ratings: Option<Vec<u32>>, cap: &str) -> Gate {
    Gate {
        id: Id(id.into()),
        item: Id(item.into()),
        ratings,
        cap: Id(cap.into()),
        advice: Text::Plain("stop".into()),
        modules: vec![],
        needs_answer: false,
    }
}

fn level(value: u32, items: &[&str], na: &[&str], band: &str) -> Level {
    Level {
        value,
        title: Text::Plain(format!("L{value}")),
        items: items.iter().map(|i| Id((*i).into())).collect(),
        not_applicable: na.iter().map(|i| Id((*i).into())).collect(),
        band: Id(band.into()),
    }
}

fn case(others: Option<u32>, answers: &[(&str, u32)]) -> Case {
    Case {
        id: Id("k".into()),
        others,
        answers: answers.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
        not_applicable: vec![],
        unanswered: vec![],
        band: None,
        level: None,
        gates: None,
        dimension_levels: BTreeMap::new(),
    }
}

fn dim_level(value: u32, items: &[&str], na: &[&str]) -> DimensionLevel {
    DimensionLevel {
        value,
        title: Text::Plain(format!("D{value}")),
        items: items.iter().map(|i| Id((*i).into())).collect(),
        not_applicable: na.iter().map(|i| Id((*i).into())).collect(),
    }
}

fn ratings(pairs: &[(&str, Option<u32>)]) -> BTreeMap<String, Option<u32>> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
}

#[test]
fn extreme_weights_never_give_nan() {
    let full = ratings(&[("a1", Some(2)), ("a2", Some(1)), ("b1", Some(2))]);
    for w in [
        1e308,
        f64::MAX,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        1e-308,
        f64::MIN_POSITIVE,
        0.0,
        -1.0,
    ] {
        let mut c = checklist();
        for d in &mut c.dimensions {
            d.weight = w;
            for item in &mut d.items {
                item.weight = w;
            }
        }
        let s = score(&c, &full);
        for d in &s.dimensions {
            let v = d.score.expect("every dimension is answered");
            assert!((0.0..=100.0).contains(&v), "weight {w}: dimension {v}");
        }
        let overall = s.overall.expect("everything is answered");
        // All weights equal: a = 1.5 of 2 → 75, b = 100, mean 87.5.
        assert!((overall - 87.5).abs() < 1e-9, "weight {w}: {overall}");
        assert_eq!(s.band.map(|b| b.id.as_str()), Some("high"), "weight {w}");
    }
    // Equal huge weights give what equal ordinary weights give (C22:
    // 1e308 made the score NaN and the band the lowest).
    let mut c = checklist();
    c.dimensions[0].weight = 1e308;
    c.dimensions[1].weight = 1e308;
    let all_top = ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", Some(2))]);
    assert_eq!(score(&c, &all_top).overall, Some(100.0));
}

#[test]
fn a_dimension_level_is_reported_beside_its_score_and_changes_nothing_else() {
    let mut c = checklist();
    c.dimensions[0].levels = vec![dim_level(1, &["a1"], &[]), dim_level(4, &["a2"], &["a2"])];
    let plain = checklist();
    for r in [
        ratings(&[("a1", Some(2)), ("a2", Some(1)), ("b1", Some(2))]),
        ratings(&[("a1", Some(1)), ("a2", Some(2)), ("b1", Some(0))]),
        ratings(&[("a1", Some(2)), ("a2", None), ("b1", Some(1))]),
    ] {
        let (with, without) = (score(&c, &r), score(&plain, &r));
        assert_eq!(with.overall, without.overall, "the score stays");
        assert_eq!(with.dimensions, without.dimensions);
        assert_eq!(
            with.band.map(|b| &b.id),
            without.band.map(|b| &b.id),
            "the band stays"
        );
        assert!(without.dimension_levels.is_empty());
        assert_eq!(
            with.dimension_levels.len(),
            1,
            "only dimension a has levels"
        );
    }
    // a1 at the top, a2 not: level 1, plan a2 for level 4.
    let s = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(1)), ("b1", Some(2))]),
    );
    let a = &s.dimension_levels[0];
    assert_eq!(a.dimension.id.as_str(), "a");
    assert_eq!(a.level.map(|l| l.value), Some(1));
    assert_eq!(a.next.map(|l| l.value), Some(4));
    assert_eq!(a.plan, vec!["a2"]);
    // a2 met but a1 not: a higher level without the one below counts for nothing.
    let s = score(&c, &ratings(&[("a1", Some(1)), ("a2", Some(2))]));
    let a = &s.dimension_levels[0];
    assert!(a.level.is_none());
    assert_eq!(a.plan, vec!["a1"]);
    // "Not applicable" meets a2, where the level allows it.
    let s = score(&c, &ratings(&[("a1", Some(2)), ("a2", None)]));
    let a = &s.dimension_levels[0];
    assert_eq!(a.level.map(|l| l.value), Some(4));
    assert!(a.next.is_none() && a.plan.is_empty());
    // Nothing answered: no level, the whole first level is the plan.
    let s = score(&c, &BTreeMap::new());
    assert!(s.dimension_levels[0].level.is_none());
    assert_eq!(s.dimension_levels[0].plan, vec!["a1"]);
}

#[test]
fn worked_cases_check_dimension_levels() {
    let mut c = checklist();
    c.dimensions[0].levels = vec![dim_level(1, &["a1"], &[]), dim_level(2, &["a2"], &[])];
    let mut k = case(Some(2), &[("a2", 1)]);
    k.dimension_levels.insert("a".into(), 1);
    assert_eq!(check_case(&c, &k), vec![]);
    k.dimension_levels.insert("a".into(), 2);
    assert_eq!(
        check_case(&c, &k),
        vec![CaseMismatch::DimensionLevel {
            dimension: "a".into(),
            expected: 2,
            got: Some(1)
        }]
    );
    let mut none = case(Some(0), &[]);
    none.dimension_levels.insert("a".into(), 1);
    assert_eq!(
        check_case(&c, &none),
        vec![CaseMismatch::DimensionLevel {
            dimension: "a".into(),
            expected: 1,
            got: None
        }]
    );
}

#[test]
fn weights_of_items_and_dimensions() {
    let c = checklist();
    // a: a1 = 2 (1 of 1), a2 = 1 (1.5 of 3) → 2.5 / 4 = 62.5; b: 0 → 0.
    let s = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(1)), ("b1", Some(0))]),
    );
    assert_eq!(s.dimensions[0].score, Some(62.5));
    assert_eq!(s.dimensions[1].score, Some(0.0));
    // 0.75 × 62.5 + 0.25 × 0 = 46.875
    assert_eq!(s.overall, Some(46.875));
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("mid"));
}

#[test]
fn not_applicable_leaves_the_denominator() {
    let c = checklist();
    let s = score(
        &c,
        &ratings(&[("a1", None), ("a2", Some(2)), ("b1", Some(2))]),
    );
    assert_eq!(
        s.dimensions[0].score,
        Some(100.0),
        "a1 does not count against"
    );
    assert_eq!(s.dimensions[0].not_applicable, 1);
    assert_eq!(s.overall, Some(100.0));
}

#[test]
fn a_dimension_entirely_not_applicable_leaves_the_overall() {
    let c = checklist();
    let s = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", None)]),
    );
    assert_eq!(s.dimensions[1].score, None);
    assert_eq!(s.overall, Some(100.0), "only dimension a counts");
    let all_na = score(&c, &ratings(&[("a1", None), ("a2", None), ("b1", None)]));
    assert_eq!(all_na.overall, None, "nothing applies: no score");
    assert_eq!(all_na.missing, 0, "and nothing is missing either");
}

#[test]
fn too_few_answers_give_no_score() {
    let c = checklist();
    let s = score(&c, &ratings(&[("a1", Some(2))]));
    assert_eq!(
        s.dimensions[0].score,
        Some(100.0),
        "half of a is enough for a"
    );
    assert_eq!(s.dimensions[1].score, None);
    assert_eq!(s.overall, None);
    assert_eq!(s.missing, 1);
    let none = score(&c, &BTreeMap::new());
    assert_eq!(none.overall, None);
    assert_eq!(none.missing, 2);
}

#[test]
fn band_edges_round_the_score() {
    let c = checklist();
    assert_eq!(band_of(&c, 39.4).map(|b| b.id.as_str()), Some("low"));
    assert_eq!(band_of(&c, 39.5).map(|b| b.id.as_str()), Some("mid"));
    assert_eq!(band_of(&c, 79.49).map(|b| b.id.as_str()), Some("mid"));
    assert_eq!(band_of(&c, 80.0).map(|b| b.id.as_str()), Some("high"));
    assert_eq!(band_of(&c, 100.0).map(|b| b.id.as_str()), Some("high"));
    assert_eq!(band_of(&c, 0.0).map(|b| b.id.as_str()), Some("low"));
}

#[test]
fn a_changed_checklist_ignores_removed_items_and_waits_for_new_ones() {
    let mut c = checklist();
    let old = ratings(&[
        ("a1", Some(2)),
        ("a2", Some(2)),
        ("b1", Some(2)),
        ("gone", Some(0)),
    ]);
    assert_eq!(
        score(&c, &old).overall,
        Some(100.0),
        "a removed item is ignored"
    );
    // Two items added to b since the last run: b has 1 of 3 answered.
    let template = c.dimensions[1].items[0].clone();
    c.dimensions[1].items.push(ChecklistItem {
        id: Id("b2".into()),
        ..template.clone()
    });
    c.dimensions[1].items.push(ChecklistItem {
        id: Id("b3".into()),
        ..template
    });
    let s = score(&c, &old);
    assert_eq!(s.dimensions[1].score, None);
    assert_eq!(s.overall, None);
    assert_eq!(s.missing, 1, "one more answer in b makes half");
}

#[test]
fn values_outside_the_scale_are_clamped() {
    let c = checklist();
    let s = score(
        &c,
        &ratings(&[("a1", Some(9)), ("a2", Some(2)), ("b1", Some(2))]),
    );
    assert_eq!(s.overall, Some(100.0));
}

#[test]
fn a_gate_caps_the_band_whatever_the_score() {
    let mut c = checklist();
    c.gates.push(gate("knock", "b1", None, "low"));
    // b1 = 0 (the lowest value, the default trigger), all else at the top:
    // 75 → "mid" without the gate.
    let s = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", Some(0))]),
    );
    assert_eq!(s.overall, Some(75.0));
    assert_eq!(s.uncapped.map(|b| b.id.as_str()), Some("mid"));
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("low"));
    assert!(s.capped());
    assert_eq!(s.gates.len(), 1);
    // b1 = 1 is not a trigger.
    let s = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", Some(1))]),
    );
    assert!(s.gates.is_empty());
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("high"));
    assert!(!s.capped());
}

#[test]
fn a_gate_never_raises_the_band_and_the_lowest_cap_wins() {
    let mut c = checklist();
    c.gates.push(gate("soft", "a1", Some(vec![0, 1]), "mid"));
    c.gates.push(gate("hard", "a2", Some(vec![0]), "low"));
    let s = score(
        &c,
        &ratings(&[("a1", Some(1)), ("a2", Some(2)), ("b1", Some(2))]),
    );
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("mid"), "high capped");
    let s = score(
        &c,
        &ratings(&[("a1", Some(0)), ("a2", Some(0)), ("b1", Some(0))]),
    );
    assert_eq!(s.gates.len(), 2);
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("low"));
    assert!(!s.capped(), "already low: the gates did not lower it");
}

#[test]
fn gates_show_before_there_is_a_score_and_not_for_not_applicable() {
    let mut c = checklist();
    c.gates.push(gate("knock", "b1", None, "low"));
    let s = score(&c, &ratings(&[("b1", Some(0))]));
    assert_eq!(s.overall, None);
    assert_eq!(s.gates.len(), 1, "a knock-out is said at once");
    let s = score(&c, &ratings(&[("b1", None)]));
    assert!(s.gates.is_empty());
}

/// Content review, problem 1: a knock-out question left open must not
/// let "file now" through.
#[test]
fn an_open_knock_out_question_caps_the_result_until_answered() {
    let mut c = checklist();
    c.gates.push(gate("knock", "a2", None, "low"));
    let top = ratings(&[("a1", Some(2)), ("b1", Some(2))]);
    let s = score(&c, &top);
    assert_eq!(s.overall, Some(100.0), "half the items answered: scored");
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("low"));
    assert!(s.gates.is_empty(), "not triggered, only open");
    assert_eq!(s.open_gates.len(), 1);
    assert!(s.capped());
    // "Not applicable" clears a gate unless the gate needs an answer.
    let na = ratings(&[("a1", Some(2)), ("a2", None), ("b1", Some(2))]);
    assert_eq!(score(&c, &na).band.map(|b| b.id.as_str()), Some("high"));
    c.gates[0].needs_answer = true;
    let s = score(&c, &na);
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("low"));
    assert_eq!(s.open_gates.len(), 1);
    // Answered at the top: nothing holds the result back.
    let all = ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", Some(2))]);
    let s = score(&c, &all);
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("high"));
    assert!(s.open_gates.is_empty() && !s.capped());
}

#[test]
fn levels_are_thresholds_never_averages() {
    let mut c = checklist();
    c.levels = vec![
        level(1, &["a1"], &[], "low"),
        level(2, &["a2"], &[], "mid"),
        level(3, &["b1"], &[], "high"),
    ];
    // Everything at the top but b1 = 1: the score is high, the level is 2.
    let s = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", Some(1))]),
    );
    assert_eq!(s.overall, Some(87.5));
    assert_eq!(s.level.map(|l| l.value), Some(2));
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("mid"));
    assert_eq!(s.plan, vec!["b1"]);
    // A higher level met without the one below does not count.
    let s = score(
        &c,
        &ratings(&[("a1", Some(1)), ("a2", Some(2)), ("b1", Some(2))]),
    );
    assert!(s.level.is_none());
    assert_eq!(s.plan, vec!["a1"]);
    assert_eq!(
        s.band.map(|b| b.id.as_str()),
        Some("low"),
        "below the first level: the lowest band"
    );
    let all = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", Some(2))]),
    );
    assert_eq!(all.level.map(|l| l.value), Some(3));
    assert!(all.plan.is_empty());
}

#[test]
fn not_applicable_meets_a_level_only_where_allowed() {
    let mut c = checklist();
    c.levels = vec![
        level(1, &["a1", "a2"], &["a2"], "mid"),
        level(2, &["b1"], &[], "high"),
    ];
    let s = score(&c, &ratings(&[("a1", Some(2)), ("a2", None), ("b1", None)]));
    assert_eq!(s.level.map(|l| l.value), Some(1));
    assert_eq!(s.plan, vec!["b1"], "b1 may not be skipped");
}

#[test]
fn gates_cap_levels_too() {
    let mut c = checklist();
    c.levels = vec![
        level(1, &["a1"], &[], "mid"),
        level(2, &["a2"], &[], "high"),
    ];
    c.gates.push(gate("knock", "b1", None, "low"));
    let s = score(
        &c,
        &ratings(&[("a1", Some(2)), ("a2", Some(2)), ("b1", Some(0))]),
    );
    assert_eq!(s.level.map(|l| l.value), Some(2));
    assert_eq!(s.band.map(|b| b.id.as_str()), Some("low"));
}

#[test]
fn worked_cases_report_every_difference() {
    let mut c = checklist();
    c.gates.push(gate("knock", "b1", None, "low"));
    let mut k = case(Some(2), &[("b1", 0)]);
    k.band = Some(Id("low".into()));
    k.gates = Some(vec![Id("knock".into())]);
    assert_eq!(check_case(&c, &k), vec![]);
    k.band = Some(Id("high".into()));
    k.gates = Some(vec![]);
    assert_eq!(
        check_case(&c, &k),
        vec![
            CaseMismatch::Band {
                expected: "high".into(),
                got: Some("low".into()),
                score: Some(75.0),
                missing: 0
            },
            CaseMismatch::Gates {
                expected: vec![],
                got: vec!["knock".into()]
            }
        ]
    );
    // Without `others`, unnamed items stay unanswered: no band at all.
    let mut short = case(None, &[("a1", 2)]);
    short.band = Some(Id("high".into()));
    assert!(matches!(
        check_case(&c, &short)[..],
        [CaseMismatch::Band {
            got: None,
            missing: 1,
            ..
        }]
    ));
    // Levels.
    c.levels = vec![level(1, &["a1"], &[], "mid")];
    let mut lv = case(Some(2), &[]);
    lv.not_applicable = vec![Id("a1".into())];
    lv.level = Some(1);
    assert_eq!(
        check_case(&c, &lv),
        vec![CaseMismatch::Level {
            expected: 1,
            got: None
        }]
    );
}
