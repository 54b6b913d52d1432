//! Scoring a self-assessment.
//!
//! An item rated on a scale from `min` to `max` earns `(value - min) /
//! (max - min)` of its weight. A dimension's score is the weighted share of
//! what its rated items could earn, 0–100; items rated "not applicable"
//! leave the count, and so do items not rated yet. The overall score is the
//! weighted mean of the dimension scores that exist. A dimension is scored
//! only when at least half of its items are answered (rated or not
//! applicable) and at least one applies; the overall score only when every
//! dimension with applicable items is scored — otherwise the result says
//! how many answers are missing instead of showing a number that means
//! little. Scores are rounded to a whole number to find the band.
//!
//! Two rules then make sure the advice cannot mislead:
//! - **Levels** (a threshold scale): the result is the highest level whose
//!   items, and those of every level below, are all rated at the top of the
//!   scale (or "not applicable" where the level allows it); the band is that
//!   level's, never the score's. Below the first level the band is the
//!   lowest one. The first level not reached lists its missing items: the plan.
//! - **Gates** (knock-outs): an item rated with one of a gate's ratings caps
//!   the band at the gate's band, whatever the score or level. Gates are
//!   reported even while too few items are answered for a score. A gate's
//!   question not answered yet (or answered "not applicable" where the gate
//!   `needs_answer`) caps the band the same way until it is answered: no
//!   result says "file now" while a knock-out question is open.
//! - **Dimension levels**: a dimension may have a threshold scale of its
//!   own, read the same way over its items. Its level and plan are reported
//!   beside its score; they change neither the score nor the band (a gate
//!   on one of its items is how an author stops the advice). An item not
//!   answered yet is not met.
//!
//! A score is always a number from 0 to 100: weights are taken within
//! [`WEIGHT_MIN`]–[`WEIGHT_MAX`] (the checker rejects others, and a weight
//! that is not a number counts as 1), and a result that is still not a
//! finite number is no score at all rather than "NaN".

use std::collections::BTreeMap;

use crate::content::model::{
    Band, Case, Checklist, Dimension, DimensionLevel, Gate, Id, Level, WEIGHT_MAX, WEIGHT_MIN,
};

/// How one dimension came out.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    pub id: String,
    /// 0–100, or `None` when too few of its items are answered or none applies.
    pub score: Option<f64>,
    /// Items rated on the scale or as not applicable.
    pub answered: usize,
    pub not_applicable: usize,
    pub items: usize,
}

impl DimensionScore {
    /// Answers still needed before this dimension is scored.
    pub fn missing(&self) -> usize {
        self.items.div_ceil(2).saturating_sub(self.answered)
    }
}

/// Where a dimension with its own levels stands.
#[derive(Clone, Debug)]
pub struct DimensionLevels<'a> {
    pub dimension: &'a Dimension,
    /// The highest level reached with every level below it.
    pub level: Option<&'a DimensionLevel>,
    /// The first level not reached, if any.
    pub next: Option<&'a DimensionLevel>,
    /// The next level's items not met yet, in the level's order.
    pub plan: Vec<&'a str>,
}

/// How a whole assessment came out.
#[derive(Clone, Debug)]
pub struct ChecklistScore<'a> {
    pub dimensions: Vec<DimensionScore>,
    /// 0–100, or `None` while too few items are answered.
    pub overall: Option<f64>,
    /// The result's band: the level's (or the rounded score's), capped by
    /// any triggered gate.
    pub band: Option<&'a Band>,
    /// Answers still needed before the overall score is given.
    pub missing: usize,
    /// Knock-out gates triggered by the ratings, in the checklist's order.
    pub gates: Vec<&'a Gate>,
    /// Gates whose question is still open (not answered, or "not
    /// applicable" where the gate needs an answer): they cap the band too.
    pub open_gates: Vec<&'a Gate>,
    /// The level reached (checklists with levels, once scored).
    pub level: Option<&'a Level>,
    /// The next level's items not met yet, in the level's order.
    pub plan: Vec<&'a str>,
    /// The band before the gates were applied.
    pub uncapped: Option<&'a Band>,
    /// Each dimension that has levels, in the checklist's order.
    pub dimension_levels: Vec<DimensionLevels<'a>>,
}

impl ChecklistScore<'_> {
    /// Whether a gate lowered the band.
    pub fn capped(&self) -> bool {
        self.band.map(|b| &b.id) != self.uncapped.map(|b| &b.id)
    }
}

/// Score `ratings` (item id → scale value, or `None` for not applicable)
/// against the checklist as it is now. Ratings of items the checklist no
/// longer has are ignored; items added since are simply not answered.
pub fn score<'a>(
    checklist: &'a Checklist,
    ratings: &BTreeMap<String, Option<u32>>,
) -> ChecklistScore<'a> {
    let min = checklist
        .scale
        .levels
        .iter()
        .map(|l| l.value)
        .min()
        .unwrap_or(0);
    let max = checklist
        .scale
        .levels
        .iter()
        .map(|l| l.value)
        .max()
        .unwrap_or(1);
    let span = f64::from(max.saturating_sub(min).max(1));
    let mut dimensions = Vec::new();
    let (mut weighted, mut weights) = (0.0, 0.0);
    let mut missing = 0;
    let mut all_scored = true;
    for d in &checklist.dimensions {
        let (mut earned, mut possible) = (0.0, 0.0);
        let (mut answered, mut not_applicable) = (0, 0);
        for item in &d.items {
            match ratings.get(item.id.as_str()) {
                Some(Some(value)) => {
                    answered += 1;
                    let clamped = (*value).clamp(min, max);
                    earned += weight(item.weight) * f64::from(clamped - min) / span;
                    possible += weight(item.weight);
                }
                Some(None) => {
                    answered += 1;
                    not_applicable += 1;
                }
                None => {}
            }
        }
        let enough = answered * 2 >= d.items.len();
        let applies = not_applicable < d.items.len();
        let score = (enough && possible > 0.0)
            .then(|| 100.0 * earned / possible)
            .and_then(percent);
        let dimension = DimensionScore {
            id: d.id.to_string(),
            score,
            answered,
            not_applicable,
            items: d.items.len(),
        };
        if let Some(s) = score {
            weighted += weight(d.weight) * s;
            weights += weight(d.weight);
        } else if applies {
            all_scored = false;
            missing += dimension.missing().max(1);
        }
        dimensions.push(dimension);
    }
    let overall = (all_scored && weights > 0.0)
        .then(|| weighted / weights)
        .and_then(percent);
    let (mut level, mut plan) = (None, Vec::new());
    let uncapped = if checklist.levels.is_empty() {
        overall.and_then(|s| band_of(checklist, s))
    } else if overall.is_some() {
        let (reached, next) = level_of(checklist, ratings, max);
        level = reached;
        plan = next;
        match reached {
            Some(l) => checklist.bands.iter().find(|b| b.id == l.band),
            None => checklist.bands.iter().min_by_key(|b| b.min),
        }
    } else {
        None
    };
    let gates: Vec<&Gate> = checklist
        .gates
        .iter()
        .filter(|g| match ratings.get(g.item.as_str()) {
            Some(Some(v)) => gate_ratings(checklist, g).contains(v),
            _ => false,
        })
        .collect();
    let open_gates: Vec<&Gate> = checklist
        .gates
        .iter()
        .filter(|g| match ratings.get(g.item.as_str()) {
            None => true,
            Some(None) => g.needs_answer,
            Some(Some(_)) => false,
        })
        .collect();
    let dimension_levels = checklist
        .dimensions
        .iter()
        .filter(|d| !d.levels.is_empty())
        .map(|d| {
            let (level, next, plan) =
                threshold(&d.levels, |l| (&l.items, &l.not_applicable), ratings, max);
            DimensionLevels {
                dimension: d,
                level,
                next,
                plan,
            }
        })
        .collect();
    let mut band = uncapped;
    for gate in gates.iter().chain(&open_gates) {
        let cap = checklist.bands.iter().find(|b| b.id == gate.cap);
        if let (Some(b), Some(cap)) = (band, cap)
            && b.min > cap.min
        {
            band = Some(cap);
        }
    }
    ChecklistScore {
        dimensions,
        overall,
        band,
        missing,
        gates,
        open_gates,
        level,
        plan,
        uncapped,
        dimension_levels,
    }
}

/// A weight as scoring uses it: within the range the checker allows, so
/// that no sum of weights can overflow.
fn weight(w: f64) -> f64 {
    if w.is_nan() {
        1.0
    } else {
        w.clamp(WEIGHT_MIN, WEIGHT_MAX)
    }
}

/// A score as shown: a finite number from 0 to 100, or none.
fn percent(score: f64) -> Option<f64> {
    score.is_finite().then(|| score.clamp(0.0, 100.0))
}

/// The ratings that trigger a gate: its own, or the lowest of the scale.
pub fn gate_ratings(checklist: &Checklist, gate: &Gate) -> Vec<u32> {
    gate.ratings.clone().unwrap_or_else(|| {
        checklist
            .scale
            .levels
            .iter()
            .map(|l| l.value)
            .min()
            .into_iter()
            .collect()
    })
}

/// The highest level reached with every level below it, and the items of
/// the next level still missing. `top` is the value that counts as met.
fn level_of<'a>(
    checklist: &'a Checklist,
    ratings: &BTreeMap<String, Option<u32>>,
    top: u32,
) -> (Option<&'a Level>, Vec<&'a str>) {
    let (reached, _, plan) = threshold(
        &checklist.levels,
        |l| (&l.items, &l.not_applicable),
        ratings,
        top,
    );
    (reached, plan)
}

/// A threshold scale read over `levels` (each giving its items and those
/// that may be "not applicable"): the highest level reached with every
/// level below it, the first level not reached, and its items not met.
fn threshold<'a, L>(
    levels: &'a [L],
    items: impl Fn(&'a L) -> (&'a [Id], &'a [Id]),
    ratings: &BTreeMap<String, Option<u32>>,
    top: u32,
) -> (Option<&'a L>, Option<&'a L>, Vec<&'a str>) {
    let mut reached = None;
    for level in levels {
        let (needed, not_applicable) = items(level);
        let missing: Vec<&str> = needed
            .iter()
            .filter(|item| match ratings.get(item.as_str()) {
                Some(Some(v)) => *v < top,
                Some(None) => !not_applicable.contains(item),
                None => true,
            })
            .map(|item| item.as_str())
            .collect();
        if !missing.is_empty() {
            return (reached, Some(level), missing);
        }
        reached = Some(level);
    }
    (reached, None, Vec::new())
}

/// The ratings a worked case stands for.
pub fn case_ratings(checklist: &Checklist, case: &Case) -> BTreeMap<String, Option<u32>> {
    let mut ratings = BTreeMap::new();
    if let Some(others) = case.others {
        for d in &checklist.dimensions {
            for item in &d.items {
                ratings.insert(item.id.to_string(), Some(others));
            }
        }
    }
    for (item, value) in &case.answers {
        ratings.insert(item.clone(), Some(*value));
    }
    for item in &case.not_applicable {
        ratings.insert(item.to_string(), None);
    }
    for item in &case.unanswered {
        ratings.remove(item.as_str());
    }
    ratings
}

/// How a worked case differs from what it expects.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseMismatch {
    /// Another band, or none (`got` is `None`; `missing` answers short).
    Band {
        expected: String,
        got: Option<String>,
        score: Option<f64>,
        missing: usize,
    },
    Level {
        expected: u32,
        got: Option<u32>,
    },
    Gates {
        expected: Vec<String>,
        got: Vec<String>,
    },
    /// A dimension reached another level, or none.
    DimensionLevel {
        dimension: String,
        expected: u32,
        got: Option<u32>,
    },
}

/// Score a worked case and list what differs from its expectations.
pub fn check_case(checklist: &Checklist, case: &Case) -> Vec<CaseMismatch> {
    let s = score(checklist, &case_ratings(checklist, case));
    let mut out = Vec::new();
    if let Some(expected) = &case.band
        && s.band.map(|b| &b.id) != Some(expected)
    {
        out.push(CaseMismatch::Band {
            expected: expected.to_string(),
            got: s.band.map(|b| b.id.to_string()),
            score: s.overall,
            missing: s.missing,
        });
    }
    if let Some(expected) = case.level
        && s.level.map(|l| l.value) != Some(expected)
    {
        out.push(CaseMismatch::Level {
            expected,
            got: s.level.map(|l| l.value),
        });
    }
    if let Some(expected) = &case.gates {
        let mut want: Vec<String> = expected.iter().map(ToString::to_string).collect();
        let mut got: Vec<String> = s.gates.iter().map(|g| g.id.to_string()).collect();
        want.sort();
        got.sort();
        if want != got {
            out.push(CaseMismatch::Gates {
                expected: want,
                got,
            });
        }
    }
    for (dimension, &expected) in &case.dimension_levels {
        let got = s
            .dimension_levels
            .iter()
            .find(|d| d.dimension.id.as_str() == dimension)
            .and_then(|d| d.level.map(|l| l.value));
        if got != Some(expected) {
            out.push(CaseMismatch::DimensionLevel {
                dimension: dimension.clone(),
                expected,
                got,
            });
        }
    }
    out
}

/// The band a score falls in, after rounding to a whole number.
pub fn band_of(checklist: &Checklist, score: f64) -> Option<&Band> {
    let rounded = score.round().clamp(0.0, 100.0) as u32;
    checklist
        .bands
        .iter()
        .find(|b| b.min <= rounded && rounded <= b.max)
}

#[cfg(test)]
mod tests {
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
}
