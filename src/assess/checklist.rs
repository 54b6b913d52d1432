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
mod tests;
