//! The exercise kinds a module's steps can be, and a lesson.

use serde::{Deserialize, Serialize};

use super::Id;
use crate::content::text::Text;

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
