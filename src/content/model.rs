//! The content model: what authors write in a pack, as plain serde types.
//!
//! These types are the public `format: 1` contract described in
//! `docs/content-format.md`. Every struct denies unknown fields so that a
//! misspelt field is reported instead of silently ignored. Ids are stable
//! ASCII slugs: learners' progress refers to content only by id.

use serde::{Deserialize, Serialize};

use super::text::Text;

/// The content format this version of Puente reads.
pub const FORMAT: u32 = 1;

/// A stable identifier written by an author (`pct-deadlines`, `q-grace-1`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// `pack.ron`: what the pack is, in which languages, by whom.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Pack")]
pub struct PackInfo {
    pub id: Id,
    pub format: u32,
    pub version: String,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// Language codes; the first is the fallback for missing translations.
    pub languages: Vec<String>,
    pub authors: Vec<String>,
    pub licence: String,
    /// When the pack as a whole was last reviewed (`YYYY-MM-DD`); printed
    /// on certificates with the version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<String>,
}

/// `modules/*.ron`: a short unit of lessons and exercises.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: Id,
    pub title: Text,
    pub summary: Text,
    /// Estimated minutes for a learner to work through it.
    pub minutes: u32,
    /// Modules advised before this one (advice, never a lock).
    #[serde(default)]
    pub prerequisites: Vec<Id>,
    pub objectives: Vec<Text>,
    /// When an author last checked the module against its sources
    /// (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed: Option<String>,
    /// What the module rests on; lessons cite them as `[text](source:id)`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    pub steps: Vec<Step>,
}

/// A text a module or checklist rests on: a law, a treaty, an office's
/// guide, or a secondary source where no primary one exists.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Id,
    pub kind: SourceKind,
    /// In the source's own language, as it names itself.
    pub title: String,
    /// Who issued or published it.
    pub issuer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// A bibliographic citation, for a text without a stable address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    /// When the author read it: `YYYY-MM-DD`, or `YYYY-MM` when only the
    /// month is known.
    pub consulted: String,
}

/// Primary texts are the law, treaty or office guide itself; secondary
/// ones are commentary about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    Primary,
    Secondary,
}

/// One step of a module, in the order learners meet them.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Step {
    Lesson(Lesson),
    SingleChoice(SingleChoice),
    MultipleChoice(MultipleChoice),
    TrueFalse(TrueFalse),
    Ordering(Ordering),
    Matching(Matching),
    Numeric(Numeric),
    Date(DateExercise),
    Scenario(Scenario),
    Reflection(Reflection),
}

/// The kinds of exercise, with the names used in `puente check --json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ExerciseKind {
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Ordering,
    Matching,
    Numeric,
    Date,
    Scenario,
    Reflection,
}

impl ExerciseKind {
    pub const ALL: [Self; 9] = [
        Self::SingleChoice,
        Self::MultipleChoice,
        Self::TrueFalse,
        Self::Ordering,
        Self::Matching,
        Self::Numeric,
        Self::Date,
        Self::Scenario,
        Self::Reflection,
    ];

    /// The snake_case name authors and tools see.
    pub fn name(self) -> &'static str {
        match self {
            Self::SingleChoice => "single_choice",
            Self::MultipleChoice => "multiple_choice",
            Self::TrueFalse => "true_false",
            Self::Ordering => "ordering",
            Self::Matching => "matching",
            Self::Numeric => "numeric",
            Self::Date => "date",
            Self::Scenario => "scenario",
            Self::Reflection => "reflection",
        }
    }
}

impl Step {
    pub fn id(&self) -> &Id {
        match self {
            Self::Lesson(s) => &s.id,
            Self::SingleChoice(s) => &s.id,
            Self::MultipleChoice(s) => &s.id,
            Self::TrueFalse(s) => &s.id,
            Self::Ordering(s) => &s.id,
            Self::Matching(s) => &s.id,
            Self::Numeric(s) => &s.id,
            Self::Date(s) => &s.id,
            Self::Scenario(s) => &s.id,
            Self::Reflection(s) => &s.id,
        }
    }

    /// The exercise kind, or `None` for a lesson.
    pub fn kind(&self) -> Option<ExerciseKind> {
        Some(match self {
            Self::Lesson(_) => return None,
            Self::SingleChoice(_) => ExerciseKind::SingleChoice,
            Self::MultipleChoice(_) => ExerciseKind::MultipleChoice,
            Self::TrueFalse(_) => ExerciseKind::TrueFalse,
            Self::Ordering(_) => ExerciseKind::Ordering,
            Self::Matching(_) => ExerciseKind::Matching,
            Self::Numeric(_) => ExerciseKind::Numeric,
            Self::Date(_) => ExerciseKind::Date,
            Self::Scenario(_) => ExerciseKind::Scenario,
            Self::Reflection(_) => ExerciseKind::Reflection,
        })
    }

    /// The question an exercise asks (`None` for a lesson).
    pub fn prompt(&self) -> Option<&Text> {
        match self {
            Self::Lesson(_) => None,
            Self::SingleChoice(s) => Some(&s.prompt),
            Self::MultipleChoice(s) => Some(&s.prompt),
            Self::TrueFalse(s) => Some(&s.prompt),
            Self::Ordering(s) => Some(&s.prompt),
            Self::Matching(s) => Some(&s.prompt),
            Self::Numeric(s) => Some(&s.prompt),
            Self::Date(s) => Some(&s.prompt),
            Self::Scenario(s) => Some(&s.prompt),
            Self::Reflection(s) => Some(&s.prompt),
        }
    }

    /// The explanation shown after an answer (`None` for a lesson).
    pub fn explanation(&self) -> Option<&Text> {
        match self {
            Self::Lesson(_) => None,
            Self::SingleChoice(s) => Some(&s.explanation),
            Self::MultipleChoice(s) => Some(&s.explanation),
            Self::TrueFalse(s) => Some(&s.explanation),
            Self::Ordering(s) => Some(&s.explanation),
            Self::Matching(s) => Some(&s.explanation),
            Self::Numeric(s) => Some(&s.explanation),
            Self::Date(s) => Some(&s.explanation),
            Self::Scenario(s) => Some(&s.explanation),
            Self::Reflection(s) => Some(&s.explanation),
        }
    }
}

/// A page of reading, in Markdown.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: Id,
    pub title: Text,
    /// Markdown. Link a glossary term with `[text](glossary:term-id)` and
    /// another module with `[text](module:module-id)`.
    pub body: Text,
}

/// An option of a choice exercise.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: Id,
    pub text: Text,
    #[serde(default)]
    pub correct: bool,
    #[serde(default)]
    pub feedback: Option<Text>,
    /// Shown at its place in the file instead of shuffled (e.g. "none of
    /// the above" last).
    #[serde(default)]
    pub pinned: bool,
}

/// Pick the one correct option.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SingleChoice {
    pub id: Id,
    pub prompt: Text,
    pub options: Vec<ChoiceOption>,
    pub explanation: Text,
}

/// Pick every correct option (at least one is correct).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MultipleChoice {
    pub id: Id,
    pub prompt: Text,
    pub options: Vec<ChoiceOption>,
    pub explanation: Text,
}

/// Decide whether a statement is true.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrueFalse {
    pub id: Id,
    pub prompt: Text,
    pub answer: bool,
    /// Shown when the learner answers "true".
    #[serde(default)]
    pub feedback_true: Option<Text>,
    /// Shown when the learner answers "false".
    #[serde(default)]
    pub feedback_false: Option<Text>,
    pub explanation: Text,
}

/// An item to put in order, or a choice that carries its own feedback.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderItem {
    pub id: Id,
    pub text: Text,
    #[serde(default)]
    pub feedback: Option<Text>,
}

/// Put the items in order; authors list them in the correct order.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ordering {
    pub id: Id,
    pub prompt: Text,
    pub items: Vec<OrderItem>,
    pub explanation: Text,
}

/// A left-hand item and the right-hand item it belongs with.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchPair {
    pub id: Id,
    pub left: Text,
    pub right: Text,
    #[serde(default)]
    pub feedback: Option<Text>,
}

/// Match each left-hand item with its right-hand item.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Matching {
    pub id: Id,
    pub prompt: Text,
    pub pairs: Vec<MatchPair>,
    pub explanation: Text,
}

/// A wrong answer authors expect, with the feedback that teaches.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NumericMistake {
    pub value: f64,
    pub feedback: Text,
}

/// Type a number; right when within `tolerance` of `answer`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Numeric {
    pub id: Id,
    pub prompt: Text,
    pub answer: f64,
    #[serde(default)]
    pub tolerance: f64,
    #[serde(default)]
    pub unit: Option<Text>,
    #[serde(default)]
    pub mistakes: Vec<NumericMistake>,
    pub explanation: Text,
}

/// A period of months and/or days, as time limits are written in law.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(default)]
    pub months: u32,
    #[serde(default)]
    pub days: u32,
}

/// A wrong date authors expect, with the feedback that teaches.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateMistake {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub feedback: Text,
}

/// Work out a time limit. The answer is computed from `start` + `period`
/// (see [`crate::content::dates`]), never typed in by the author.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateExercise {
    pub id: Id,
    pub prompt: Text,
    /// `YYYY-MM-DD`, e.g. the priority date.
    pub start: String,
    pub period: Period,
    /// Move a Saturday or Sunday to the next Monday (PCT Rule 80.5,
    /// Paris Convention art. 4C(3)).
    #[serde(default)]
    pub skip_weekend: bool,
    #[serde(default)]
    pub mistakes: Vec<DateMistake>,
    pub explanation: Text,
}

/// How a scenario ends for the learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Success,
    Partial,
    Failure,
}

/// A choice in a scenario node, leading to another node.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioChoice {
    pub id: Id,
    pub text: Text,
    /// The id of the node this choice leads to.
    pub next: Id,
    #[serde(default)]
    pub feedback: Option<Text>,
    /// How good a move this is; shown with the feedback and in the path.
    #[serde(default)]
    pub grade: Option<Grade>,
    /// Shown at its place in the file instead of shuffled.
    #[serde(default)]
    pub pinned: bool,
}

/// How good a scenario choice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Grade {
    Good,
    Acceptable,
    Poor,
}

impl Grade {
    /// The share of a scenario's score this move keeps: 1, ½ or 0.
    pub fn value(self) -> f64 {
        match self {
            Self::Good => 1.0,
            Self::Acceptable => 0.5,
            Self::Poor => 0.0,
        }
    }
}

/// A situation in a scenario: either choices, or an end with an outcome.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioNode {
    pub id: Id,
    pub text: Text,
    #[serde(default)]
    pub choices: Vec<ScenarioChoice>,
    #[serde(default)]
    pub outcome: Option<Outcome>,
}

/// A branching case: learners choose their way from `start` to an end.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: Id,
    pub prompt: Text,
    pub start: Id,
    pub nodes: Vec<ScenarioNode>,
    pub explanation: Text,
}

/// Free-text reflection; not scored.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    pub id: Id,
    pub prompt: Text,
    #[serde(default)]
    pub model_answer: Option<Text>,
    pub explanation: Text,
}

/// `checklists/*.ron`: a self-assessment.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: Id,
    pub title: Text,
    pub summary: Text,
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

/// `glossary.ron`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Id,
    pub term: Text,
    pub definition: Text,
    #[serde(default)]
    pub see_also: Vec<Id>,
}

/// An id in a message, as the author wrote it.
impl From<&Id> for crate::i18n::MsgArg {
    fn from(v: &Id) -> Self {
        Self::Text(v.as_str().to_owned())
    }
}
