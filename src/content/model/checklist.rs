//! A self-assessment: dimensions of weighted items on a scale, bands with
//! advice, knock-out gates, threshold levels and worked cases.

use serde::{Deserialize, Serialize};

use super::{Id, Source};
use crate::content::text::Text;

/// `checklists/*.ron`: a self-assessment.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: Id,
    pub title: Text,
    pub summary: Text,
    /// An example of what one assessment rates, shown greyed in the empty
    /// "What are you assessing?" field on home (an invention, an office…);
    /// without it the field shows a hint that fits any subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_hint: Option<Text>,
    /// When an author last checked the checklist (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<String>,
    /// What its items and advice rest on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    pub scale: Scale,
    pub dimensions: Vec<Dimension>,
    pub bands: Vec<Band>,
    /// Knock-out answers: while one is given, the result is at most the
    /// gate's band, whatever the score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gates: Vec<Gate>,
    /// A threshold scale: the result is the highest level whose items, and
    /// those of every level below it, are all met; the band is that level's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
    /// Answer sets with the result they must give, checked by `puente check`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<Case>,
}

/// A knock-out: rating `item` with one of `ratings` caps the result at the
/// band `cap` and shows `advice` first.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub id: Id,
    pub item: Id,
    /// The scale values that trigger the gate; by default the lowest one.
    #[serde(default)]
    pub ratings: Option<Vec<u32>>,
    /// The highest band the result may have while the gate is triggered.
    pub cap: Id,
    pub advice: Text,
    /// Modules that help with this problem.
    #[serde(default)]
    pub modules: Vec<Id>,
    /// Whether "not applicable" leaves the gate's question open (as if not
    /// answered) rather than clearing it: for a question every invention
    /// has an answer to, such as its disclosures.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub needs_answer: bool,
}

/// One step of a threshold scale.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Increasing from one level to the next (e.g. the TRL number).
    pub value: u32,
    pub title: Text,
    /// Items that must all be rated at the top of the scale.
    pub items: Vec<Id>,
    /// Items of this level that also count as met when "not applicable".
    #[serde(default)]
    pub not_applicable: Vec<Id>,
    /// The band (advice) of a result at this level.
    pub band: Id,
}

/// A worked case: answers and the result they must give.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: Id,
    /// The rating of every item not named in `answers` or `not_applicable`;
    /// without it, those items are left unanswered.
    #[serde(default)]
    pub others: Option<u32>,
    /// Item id → scale value.
    #[serde(default)]
    pub answers: std::collections::BTreeMap<String, u32>,
    /// Items answered "not applicable".
    #[serde(default)]
    pub not_applicable: Vec<Id>,
    /// Items left unanswered, even with `others`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unanswered: Vec<Id>,
    /// The band the case must give.
    #[serde(default)]
    pub band: Option<Id>,
    /// The level the case must reach (checklists with levels).
    #[serde(default)]
    pub level: Option<u32>,
    /// The gates it must trigger, all and only these.
    #[serde(default)]
    pub gates: Option<Vec<Id>>,
    /// Dimension id → the level that dimension must reach (dimensions with
    /// levels).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub dimension_levels: std::collections::BTreeMap<String, u32>,
}

/// The answers every item of a checklist is rated on.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Consecutive, increasing values (0, 1, 2, …).
    pub levels: Vec<ScaleLevel>,
    /// The label of the "not applicable" answer; `None` when not offered.
    #[serde(default)]
    pub not_applicable: Option<Text>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    pub value: u32,
    pub label: Text,
}

/// A weighted group of items.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: Id,
    pub title: Text,
    pub weight: f64,
    pub items: Vec<ChecklistItem>,
    /// A threshold scale of this dimension alone (e.g. the TRL of a
    /// "technology" dimension): reported beside the dimension's score, with
    /// the next level's missing items as its plan. It changes neither the
    /// score nor the band.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<DimensionLevel>,
}

/// One step of a dimension's threshold scale: a checklist [`Level`] without
/// a band, whose items all belong to the dimension.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionLevel {
    /// Increasing from one level to the next.
    pub value: u32,
    pub title: Text,
    /// Items of the dimension that must all be rated at the top of the scale.
    pub items: Vec<Id>,
    /// Items of this level that also count as met when "not applicable".
    #[serde(default)]
    pub not_applicable: Vec<Id>,
}

fn one() -> f64 {
    1.0
}

/// The smallest weight an author may give a dimension or an item.
pub const WEIGHT_MIN: f64 = 0.001;
/// The largest weight an author may give a dimension or an item. Together
/// with [`WEIGHT_MIN`] it keeps every sum and ratio of weights far from the
/// limits of a floating-point number, so a score is always a number.
pub const WEIGHT_MAX: f64 = 1_000_000.0;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: Id,
    pub text: Text,
    pub help: Text,
    #[serde(default = "one")]
    pub weight: f64,
}

/// A range of the 0–100 score with its advice. Scores are rounded to a whole
/// number before the band is looked up; `min` and `max` are inclusive.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: Id,
    pub min: u32,
    pub max: u32,
    pub title: Text,
    pub advice: Text,
    /// Modules that help a learner in this band.
    #[serde(default)]
    pub modules: Vec<Id>,
}
