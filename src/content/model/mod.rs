//! The content model: what authors write in a pack, as plain serde types:
//! the pack, modules, their steps and the glossary here; the exercise kinds
//! in [`exercise`], self-assessments in [`checklist`].
//!
//! These types are the public `format: 1` contract described in
//! `docs/content-format.md`. Every struct denies unknown fields so that a
//! misspelt field is reported instead of silently ignored. Ids are stable
//! ASCII slugs: learners' progress refers to content only by id.

mod checklist;
mod exercise;

use serde::{Deserialize, Serialize};

use super::text::Text;

pub use checklist::*;
pub use exercise::*;

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
    /// The course's path: modules grouped under the authors' headings, in
    /// the order learners should meet them. Optional; without it, home
    /// lists the modules in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
}

/// A heading of the course's path ("Protect", "Transfer") and the modules
/// under it, by id, in order.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Id,
    pub title: Text,
    pub modules: Vec<Id>,
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
