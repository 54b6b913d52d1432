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

use std::collections::BTreeMap;

use crate::content::model::{Band, Checklist};

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

/// How a whole assessment came out.
#[derive(Clone, Debug)]
pub struct ChecklistScore<'a> {
    pub dimensions: Vec<DimensionScore>,
    /// 0–100, or `None` while too few items are answered.
    pub overall: Option<f64>,
    /// The band of the rounded overall score.
    pub band: Option<&'a Band>,
    /// Answers still needed before the overall score is given.
    pub missing: usize,
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
                    earned += item.weight * f64::from(clamped - min) / span;
                    possible += item.weight;
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
        let score = (enough && possible > 0.0).then(|| 100.0 * earned / possible);
        let dimension = DimensionScore {
            id: d.id.to_string(),
            score,
            answered,
            not_applicable,
            items: d.items.len(),
        };
        if let Some(s) = score {
            weighted += d.weight * s;
            weights += d.weight;
        } else if applies {
            all_scored = false;
            missing += dimension.missing().max(1);
        }
        dimensions.push(dimension);
    }
    let overall = (all_scored && weights > 0.0).then(|| weighted / weights);
    let band = overall.and_then(|s| band_of(checklist, s));
    ChecklistScore {
        dimensions,
        overall,
        band,
        missing,
    }
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
                },
                Dimension {
                    id: Id("b".into()),
                    title: Text::Plain("B".into()),
                    weight: 25.0,
                    items: vec![item("b1", 1.0)],
                },
            ],
            bands: vec![
                band("low", 0, 39),
                band("mid", 40, 79),
                band("high", 80, 100),
            ],
        }
    }

    fn ratings(pairs: &[(&str, Option<u32>)]) -> BTreeMap<String, Option<u32>> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect()
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
}
