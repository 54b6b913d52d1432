//! What the learner is doing in an exercise, before and after they check
//! their answer: the draft, and how it becomes an [`Answer`].

use std::collections::BTreeSet;

use crate::assess;
use crate::assess::order::shuffled;
use crate::content::{Step, dates};
use crate::progress::Answer;

use crate::ui::widgets::format_number;

/// What the learner is doing in the current exercise, before and after
/// they check their answer. Never saved as such: answers are saved as
/// events when submitted.
#[derive(Clone, Debug, PartialEq)]
pub enum Draft {
    None,
    Choice(Option<String>),
    Choices(BTreeSet<String>),
    Bool(Option<bool>),
    /// Item ids in the learner's current order.
    Order(Vec<String>),
    /// For each pair (in content order), the pair id whose right-hand text
    /// the learner chose.
    Matches(Vec<Option<String>>),
    Number(String),
    Date(String),
    /// Scenario choice ids taken so far.
    Path(Vec<String>),
    Text(String),
}

/// The player's own state.
pub struct PlayerState {
    pub pack: String,
    pub module: String,
    pub step: usize,
    pub draft: Draft,
    /// The current answer has been checked: show feedback.
    pub submitted: bool,
    /// A glossary term opened from a link.
    pub term: Option<String>,
    /// A source opened from a citation in a lesson.
    pub source: Option<String>,
    /// The reflection text last saved, to save changes when leaving.
    pub saved_text: Option<String>,
    /// Right-hand texts of a matching exercise, in shuffled order.
    pub match_choices: Vec<String>,
    /// The learner's profile id: with the exercise's ids, it seeds the
    /// order of the options (stable for this learner, different for others).
    pub learner: String,
    /// Asked again in a review session: one answer, no "Try again".
    pub review: bool,
}

impl PlayerState {
    pub fn new(pack: &str, module: &str, step: usize) -> Self {
        Self {
            pack: pack.to_owned(),
            module: module.to_owned(),
            step,
            draft: Draft::None,
            submitted: false,
            term: None,
            source: None,
            saved_text: None,
            match_choices: Vec::new(),
            learner: String::new(),
            review: false,
        }
    }

    /// Prepare the screen for `step`, showing `saved` (the latest answer)
    /// with its feedback when there is one.
    pub fn load(&mut self, step: &Step, saved: Option<&Answer>) {
        self.term = None;
        self.source = None;
        self.saved_text = None;
        self.match_choices = match step {
            Step::Matching(e) => shuffled(
                step.id().as_str(),
                e.pairs.iter().map(|p| p.id.to_string()).collect(),
            ),
            _ => Vec::new(),
        };
        self.submitted = saved.is_some_and(|a| !matches!(a, Answer::Path { ended: false, .. }));
        self.draft = match (step, saved) {
            (Step::SingleChoice(_), Some(Answer::Choice { option })) => {
                Draft::Choice(Some(option.clone()))
            }
            (Step::MultipleChoice(_), Some(Answer::Choices { options })) => {
                Draft::Choices(options.iter().cloned().collect())
            }
            (Step::TrueFalse(_), Some(Answer::TrueFalse { value })) => Draft::Bool(Some(*value)),
            (Step::Ordering(_), Some(Answer::Order { items })) => Draft::Order(items.clone()),
            (Step::Matching(e), Some(Answer::Matches { pairs })) => Draft::Matches(
                e.pairs
                    .iter()
                    .map(|p| {
                        pairs
                            .iter()
                            .find(|(l, _)| l == p.id.as_str())
                            .map(|(_, r)| r.clone())
                    })
                    .collect(),
            ),
            (Step::Numeric(_), Some(Answer::Number { value })) => {
                Draft::Number(format_number(*value))
            }
            (Step::Date(_), Some(Answer::Date { value })) => Draft::Date(value.clone()),
            (Step::Scenario(_), Some(Answer::Path { choices, .. })) => Draft::Path(choices.clone()),
            (Step::Reflection(_), Some(Answer::Text { text })) => {
                self.saved_text = Some(text.clone());
                Draft::Text(text.clone())
            }
            (step, _) => {
                self.submitted = false;
                fresh(step)
            }
        };
    }

    /// Start the exercise again.
    pub fn retry(&mut self, step: &Step) {
        self.submitted = false;
        self.draft = fresh(step);
    }
}

/// An empty draft for a step.
pub fn fresh(step: &Step) -> Draft {
    match step {
        Step::Lesson(_) => Draft::None,
        Step::SingleChoice(_) => Draft::Choice(None),
        Step::MultipleChoice(_) => Draft::Choices(BTreeSet::new()),
        Step::TrueFalse(_) => Draft::Bool(None),
        Step::Ordering(e) => Draft::Order(shuffled(
            e.id.as_str(),
            e.items.iter().map(|i| i.id.to_string()).collect(),
        )),
        Step::Matching(e) => Draft::Matches(vec![None; e.pairs.len()]),
        Step::Numeric(_) => Draft::Number(String::new()),
        Step::Date(_) => Draft::Date(String::new()),
        Step::Scenario(_) => Draft::Path(Vec::new()),
        Step::Reflection(_) => Draft::Text(String::new()),
    }
}

/// The answer a draft stands for, once it is complete enough to check;
/// a number is read in the way of `lang` (see [`assess::parse_learner_number`]).
pub fn answer_of(step: &Step, draft: &Draft, lang: &str) -> Option<Answer> {
    match (step, draft) {
        (Step::SingleChoice(_), Draft::Choice(Some(option))) => Some(Answer::Choice {
            option: option.clone(),
        }),
        (Step::MultipleChoice(_), Draft::Choices(set)) if !set.is_empty() => {
            Some(Answer::Choices {
                options: set.iter().cloned().collect(),
            })
        }
        (Step::TrueFalse(_), Draft::Bool(Some(value))) => Some(Answer::TrueFalse { value: *value }),
        (Step::Ordering(_), Draft::Order(items)) => Some(Answer::Order {
            items: items.clone(),
        }),
        (Step::Matching(e), Draft::Matches(chosen)) if chosen.iter().all(Option::is_some) => {
            Some(Answer::Matches {
                pairs: e
                    .pairs
                    .iter()
                    .zip(chosen)
                    .filter_map(|(p, c)| Some((p.id.to_string(), c.clone()?)))
                    .collect(),
            })
        }
        (Step::Numeric(_), Draft::Number(text)) => {
            assess::parse_learner_number(text, lang).map(|value| Answer::Number { value })
        }
        (Step::Date(_), Draft::Date(text)) => {
            dates::parse_learner_date(text).map(|d| Answer::Date {
                value: d.to_string(),
            })
        }
        (Step::Reflection(_), Draft::Text(text)) if !text.trim().is_empty() => {
            Some(Answer::Text { text: text.clone() })
        }
        _ => None,
    }
}
