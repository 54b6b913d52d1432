//! Scoring of exercises and modules.

use std::collections::HashSet;

use crate::content::dates;
use crate::content::model::{Grade, Outcome as EndOutcome, Scenario, Step};
use crate::progress::{Answer, ModuleProgress};

/// How an answer scored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    /// 0–1, or `None` for unscored exercises (reflection, or a scenario not
    /// yet at an ending).
    pub score: Option<f64>,
    pub correct: Option<bool>,
}

impl Scored {
    fn right_or_wrong(right: bool) -> Self {
        Self {
            score: Some(if right { 1.0 } else { 0.0 }),
            correct: Some(right),
        }
    }

    const UNSCORED: Self = Self {
        score: None,
        correct: None,
    };
}

/// Score `answer` for `step`. An answer of the wrong shape for the step
/// (from an older pack where the step was another kind) scores nothing.
pub fn score(step: &Step, answer: &Answer) -> Scored {
    match (step, answer) {
        (Step::SingleChoice(e), Answer::Choice { option }) => Scored::right_or_wrong(
            e.options
                .iter()
                .any(|o| o.correct && o.id.as_str() == option),
        ),
        (Step::MultipleChoice(e), Answer::Choices { options }) => {
            let picked: HashSet<&str> = options.iter().map(String::as_str).collect();
            let right: HashSet<&str> = e
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.as_str())
                .collect();
            Scored::right_or_wrong(picked == right)
        }
        (Step::TrueFalse(e), Answer::TrueFalse { value }) => {
            Scored::right_or_wrong(*value == e.answer)
        }
        (Step::Ordering(e), Answer::Order { items }) => {
            let in_place = e
                .items
                .iter()
                .zip(items)
                .filter(|(want, got)| want.id.as_str() == got.as_str())
                .count();
            let total = e.items.len().max(1);
            Scored {
                score: Some(in_place as f64 / total as f64),
                correct: Some(in_place == e.items.len() && items.len() == e.items.len()),
            }
        }
        (Step::Matching(e), Answer::Matches { pairs }) => {
            let right = pairs.iter().filter(|(left, right)| left == right).count();
            let total = e.pairs.len().max(1);
            let all = right == e.pairs.len() && pairs.len() == e.pairs.len();
            Scored {
                score: Some((right.min(total)) as f64 / total as f64),
                correct: Some(all),
            }
        }
        (Step::Numeric(e), Answer::Number { value }) => Scored::right_or_wrong(
            value.is_finite() && (value - e.answer).abs() <= e.tolerance.max(0.0) + 1e-9,
        ),
        (Step::Date(e), Answer::Date { value }) => {
            let expected = expected_date(e);
            let given = dates::parse_date(value).ok();
            Scored::right_or_wrong(expected.is_some() && given == expected)
        }
        (Step::Scenario(e), Answer::Path { choices, .. }) => match walk(e, choices) {
            Walk::Ended(outcome) => Scored {
                score: Some(scenario_score(outcome, &path_grades(e, choices))),
                correct: Some(outcome == EndOutcome::Success),
            },
            Walk::At(_) | Walk::Broken => Scored::UNSCORED,
        },
        _ => Scored::UNSCORED,
    }
}

/// A scenario's score, 0–1: the ending (success 1, partial ½, failure 0)
/// when no move on the path is graded; else the mean of the ending and of
/// the graded moves' mean (good 1, acceptable ½, poor 0), so a success
/// reached through a poor move scores less than a clean one.
pub fn scenario_score(outcome: EndOutcome, grades: &[Grade]) -> f64 {
    let ending = match outcome {
        EndOutcome::Success => 1.0,
        EndOutcome::Partial => 0.5,
        EndOutcome::Failure => 0.0,
    };
    if grades.is_empty() {
        return ending;
    }
    let moves = grades.iter().map(|g| g.value()).sum::<f64>() / grades.len() as f64;
    (ending + moves) / 2.0
}

/// The grades of the graded choices along a path (ungraded ones skipped).
pub fn path_grades(scenario: &Scenario, choices: &[String]) -> Vec<Grade> {
    let find = |id: &str| scenario.nodes.iter().position(|n| n.id.as_str() == id);
    let mut grades = Vec::new();
    let Some(mut at) = find(scenario.start.as_str()) else {
        return grades;
    };
    for id in choices {
        let Some(choice) = scenario.nodes[at]
            .choices
            .iter()
            .find(|c| c.id.as_str() == id)
        else {
            break;
        };
        grades.extend(choice.grade);
        let Some(next) = find(choice.next.as_str()) else {
            break;
        };
        at = next;
    }
    grades
}

/// The computed answer of a date exercise.
pub fn expected_date(e: &crate::content::model::DateExercise) -> Option<jiff::civil::Date> {
    let start = dates::parse_date(&e.start).ok()?;
    dates::deadline(start, e.period, e.skip_weekend).ok()
}

/// Where a path of choices leads in a scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Walk {
    /// At this node index, with choices left to make.
    At(usize),
    /// At an ending.
    Ended(EndOutcome),
    /// The path names a choice that does not exist (content changed).
    Broken,
}

/// Follow `choices` (choice ids) from the start node.
pub fn walk(scenario: &Scenario, choices: &[String]) -> Walk {
    let find = |id: &str| scenario.nodes.iter().position(|n| n.id.as_str() == id);
    let Some(mut at) = find(scenario.start.as_str()) else {
        return Walk::Broken;
    };
    for choice in choices {
        let node = &scenario.nodes[at];
        let Some(next) = node.choices.iter().find(|c| c.id.as_str() == choice) else {
            return Walk::Broken;
        };
        let Some(target) = find(next.next.as_str()) else {
            return Walk::Broken;
        };
        at = target;
    }
    match scenario.nodes[at].outcome {
        Some(outcome) => Walk::Ended(outcome),
        None => Walk::At(at),
    }
}

/// A module's score from the learner's latest answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModuleScore {
    /// Steps visited or answered, out of `steps`.
    pub done: usize,
    pub steps: usize,
    /// Scored exercises answered, out of `scored`.
    pub answered: usize,
    pub scored: usize,
    /// Mean score of the scored exercises, 0–100, counting unanswered ones
    /// as 0; `None` when the module has no scored exercise.
    pub percent: Option<f64>,
    /// Mean score of the exercises answered, 0–100 ("score so far");
    /// `None` before the first.
    pub answered_percent: Option<f64>,
}

/// Whether a step is scored (every exercise but a reflection).
pub fn is_scored(step: &Step) -> bool {
    !matches!(step, Step::Lesson(_) | Step::Reflection(_))
}

/// Score a module from the learner's progress in it (answers are rescored
/// against the current content, so a corrected pack corrects the score).
pub fn module_score(steps: &[Step], progress: Option<&ModuleProgress>) -> ModuleScore {
    let mut result = ModuleScore {
        done: 0,
        steps: steps.len(),
        answered: 0,
        scored: 0,
        percent: None,
        answered_percent: None,
    };
    let mut total = 0.0;
    for step in steps {
        let id = step.id().as_str();
        let record = progress.and_then(|p| p.answers.get(id));
        let visited = progress.is_some_and(|p| p.visited.contains(id));
        let finished = match (step, record) {
            (Step::Lesson(_), _) => visited,
            (_, Some(r)) => !matches!(r.answer, Answer::Path { ended: false, .. }),
            (_, None) => false,
        };
        if finished {
            result.done += 1;
        }
        if is_scored(step) {
            result.scored += 1;
            if let Some(s) = record.and_then(|r| score(step, &r.answer).score) {
                result.answered += 1;
                total += s;
            }
        }
    }
    if result.scored > 0 {
        result.percent = Some(100.0 * total / result.scored as f64);
    }
    if result.answered > 0 {
        result.answered_percent = Some(100.0 * total / result.answered as f64);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The steps these tests score, written here so that they stay what the
    /// tests need whatever the shipped pack says.
    const STEPS: &str = r#"[
        SingleChoice(
            id: "natural-peptide",
            prompt: "Is a peptide as found in frog skin an invention in Mexico?",
            options: [
                (id: "yes-new", text: "Yes, because nobody had described it before."),
                (id: "no-natural", text: "No: material as found in nature is not an invention.", correct: true),
            ],
            explanation: "As found in nature, it is a discovery.",
        ),
        MultipleChoice(
            id: "mx-excluded",
            prompt: "Which cannot be patented in Mexico?",
            options: [
                (id: "software", text: "Software as such", correct: true),
                (id: "surgical-method", text: "A surgical method", correct: true),
                (id: "new-use", text: "A new use of a known compound"),
                (id: "plant-variety", text: "A plant variety", correct: true),
            ],
            explanation: "Software as such is not an invention; the others are excluded.",
        ),
        Ordering(
            id: "pct-steps",
            prompt: "Order the PCT steps.",
            items: [
                (id: "priority", text: "Priority filing"),
                (id: "pct-filing", text: "PCT filing"),
                (id: "search-report", text: "Search report"),
                (id: "publication", text: "Publication"),
                (id: "demand", text: "Demand"),
                (id: "national-phase", text: "National phase"),
            ],
            explanation: "In time order.",
        ),
        Date(
            id: "pct-deadline-weekend",
            prompt: "Priority on 15 August 2025: the last day to file the PCT application?",
            start: "2025-08-15",
            period: (months: 12),
            skip_weekend: true,
            explanation: "Saturday 15 August 2026 moves to Monday 17 August 2026.",
        ),
        Numeric(
            id: "term-expiry-year",
            prompt: "A PCT application filed on 3 March 2026 expires in which year?",
            answer: 2046,
            explanation: "20 years from the international filing date.",
        ),
        Scenario(
            id: "congress-abstract",
            prompt: "Your abstract goes online next month.",
            start: "start",
            nodes: [
                (
                    id: "start",
                    text: "What do you do?",
                    choices: [
                        (id: "call-tto", text: "Call the TTO", next: "tto", grade: Good),
                        (id: "present-file-later", text: "Present, file later", next: "grace-only", grade: Acceptable),
                        (id: "publish-everything", text: "Publish everything", next: "lost", grade: Poor),
                    ],
                ),
                (
                    id: "tto",
                    text: "The TTO asks for a disclosure form.",
                    choices: [(id: "send-idf", text: "Send it this week", next: "filed", grade: Good)],
                ),
                (id: "filed", text: "Filed before the abstract.", outcome: Success),
                (id: "grace-only", text: "Only grace-period countries remain.", outcome: Partial),
                (id: "lost", text: "Nothing can be filed where novelty is strict.", outcome: Failure),
            ],
            explanation: "File before the abstract is public.",
        ),
    ]"#;

    fn step(id: &str) -> Step {
        let steps: Vec<Step> = ron::Options::default()
            .with_default_extension(
                ron::extensions::Extensions::IMPLICIT_SOME
                    | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
            )
            .from_str(STEPS)
            .expect("the test steps parse");
        steps
            .into_iter()
            .find(|s| s.id().as_str() == id)
            .expect("step")
    }

    #[test]
    fn single_choice() {
        let s = step("natural-peptide");
        assert_eq!(
            score(
                &s,
                &Answer::Choice {
                    option: "no-natural".into()
                }
            )
            .correct,
            Some(true)
        );
        assert_eq!(
            score(
                &s,
                &Answer::Choice {
                    option: "yes-new".into()
                }
            )
            .score,
            Some(0.0)
        );
    }

    #[test]
    fn multiple_choice_needs_exactly_the_right_set() {
        let s = step("mx-excluded");
        let pick = |ids: &[&str]| Answer::Choices {
            options: ids.iter().map(|s| (*s).to_owned()).collect(),
        };
        assert_eq!(
            score(&s, &pick(&["software", "surgical-method", "plant-variety"])).correct,
            Some(true)
        );
        assert_eq!(
            score(&s, &pick(&["surgical-method", "plant-variety"])).correct,
            Some(false)
        );
        assert_eq!(
            score(
                &s,
                &pick(&["surgical-method", "plant-variety", "software", "new-use"])
            )
            .correct,
            Some(false)
        );
    }

    #[test]
    fn ordering_gives_partial_credit() {
        let s = step("pct-steps");
        let order = |ids: &[&str]| Answer::Order {
            items: ids.iter().map(|s| (*s).to_owned()).collect(),
        };
        let right = [
            "priority",
            "pct-filing",
            "search-report",
            "publication",
            "demand",
            "national-phase",
        ];
        assert_eq!(score(&s, &order(&right)).score, Some(1.0));
        let swapped = [
            "priority",
            "pct-filing",
            "publication",
            "search-report",
            "demand",
            "national-phase",
        ];
        let scored = score(&s, &order(&swapped));
        assert_eq!(scored.correct, Some(false));
        assert!((scored.score.expect("scored") - 4.0 / 6.0).abs() < 1e-9);
    }

    #[test]
    fn date_is_computed_with_the_weekend_rule() {
        let s = step("pct-deadline-weekend");
        assert_eq!(
            score(
                &s,
                &Answer::Date {
                    value: "2026-08-17".into()
                }
            )
            .correct,
            Some(true)
        );
        assert_eq!(
            score(
                &s,
                &Answer::Date {
                    value: "2026-08-15".into()
                }
            )
            .correct,
            Some(false)
        );
        assert_eq!(
            score(
                &s,
                &Answer::Date {
                    value: "nonsense".into()
                }
            )
            .correct,
            Some(false)
        );
    }

    #[test]
    fn numeric_within_tolerance() {
        let s = step("term-expiry-year");
        assert_eq!(
            score(&s, &Answer::Number { value: 2046.0 }).correct,
            Some(true)
        );
        assert_eq!(
            score(&s, &Answer::Number { value: 2045.0 }).correct,
            Some(false)
        );
        assert_eq!(
            score(&s, &Answer::Number { value: f64::NAN }).correct,
            Some(false)
        );
    }

    #[test]
    fn scenario_scores_by_its_ending() {
        let s = step("congress-abstract");
        let path = |ids: &[&str], ended| Answer::Path {
            choices: ids.iter().map(|s| (*s).to_owned()).collect(),
            ended,
        };
        assert_eq!(
            score(&s, &path(&["call-tto", "send-idf"], true)).score,
            Some(1.0)
        );
        assert_eq!(
            score(&s, &path(&["present-file-later"], true)).score,
            Some(0.5)
        );
        assert_eq!(
            score(&s, &path(&["publish-everything"], true)).score,
            Some(0.0)
        );
        assert_eq!(
            score(&s, &path(&["call-tto"], false)).score,
            None,
            "not at an ending yet"
        );
        assert_eq!(score(&s, &path(&["no-such-choice"], true)).score, None);
    }

    #[test]
    fn answers_of_another_shape_score_nothing() {
        let s = step("natural-peptide");
        assert_eq!(
            score(&s, &Answer::TrueFalse { value: true }),
            Scored::UNSCORED
        );
    }

    /// "Score so far" is over the questions answered; the module's score
    /// over them all (unanswered ones count 0).
    #[test]
    fn the_score_so_far_is_over_the_questions_answered() {
        let steps = [
            step("natural-peptide"),
            step("term-expiry-year"),
            step("pct-steps"),
        ];
        let mut progress = ModuleProgress::default();
        let record = |answer| crate::progress::AnswerRecord {
            answer,
            score: None,
            correct: None,
            attempts: 1,
        };
        let none = module_score(&steps, Some(&progress));
        assert_eq!((none.answered, none.answered_percent), (0, None));
        progress.answers.insert(
            "natural-peptide".into(),
            record(Answer::Choice {
                option: "no-natural".into(),
            }),
        );
        let one = module_score(&steps, Some(&progress));
        assert_eq!(one.answered, 1);
        assert_eq!(one.answered_percent, Some(100.0));
        let third = one.percent.expect("scored");
        assert!((third - 100.0 / 3.0).abs() < 1e-9, "{third}");
    }
}

/// A number as a learner types it, in any of the usual forms:
/// `600000`, `600,000`, `600.000`, `600 000`, `2,5`, `2.5`, `US$ 1,250.50`.
///
/// With both marks, the later one is the decimal mark. A single mark is
/// read in the way of the learner's language `lang`:
/// - English: `.` is the decimal mark (`2.046` is two and a bit), and a
///   `,` followed by exactly three digits groups thousands;
/// - Portuguese (Brazil): `,` is the decimal mark, and a `.` followed by
///   exactly three digits groups thousands;
/// - Spanish, and any other: both conventions are in use across Latin
///   America (Mexico writes `1,250.50`, Colombia `1.250,50`), so either
///   mark followed by exactly three digits groups thousands, and is the
///   decimal mark otherwise.
pub fn parse_learner_number(s: &str, lang: &str) -> Option<f64> {
    let kept: String = s
        .trim()
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '+'))
        .collect();
    if !kept.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let commas = kept.matches(',').count();
    let dots = kept.matches('.').count();
    let normal = match (commas, dots) {
        (0, 0) => kept,
        (c, d) if c > 0 && d > 0 => {
            // The later mark is the decimal one.
            let decimal = if kept.rfind(',') > kept.rfind('.') {
                ','
            } else {
                '.'
            };
            let thousands = if decimal == ',' { '.' } else { ',' };
            kept.replace(thousands, "").replace(decimal, ".")
        }
        (c, 0) | (0, c) if c > 1 => kept.replace([',', '.'], ""),
        _ => {
            let mark = if commas == 1 { ',' } else { '.' };
            let after = kept.rsplit(mark).next().unwrap_or_default();
            let decimal_always = match lang.split(['-', '_']).next().unwrap_or_default() {
                "en" => mark == '.',
                "pt" => mark == ',',
                _ => false,
            };
            if after.len() == 3 && !decimal_always {
                kept.replace(mark, "")
            } else {
                kept.replace(mark, ".")
            }
        }
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod number_tests {
    use super::parse_learner_number;

    /// Read as in Spanish, where both conventions are in use.
    fn p(s: &str) -> Option<f64> {
        parse_learner_number(s, "es")
    }

    #[test]
    fn numbers_in_the_forms_learners_type() {
        assert_eq!(p("600000"), Some(600_000.0));
        assert_eq!(p("600,000"), Some(600_000.0));
        assert_eq!(p("600.000"), Some(600_000.0));
        assert_eq!(p("1.250.000,50"), Some(1_250_000.5));
        assert_eq!(p("1,250,000.50"), Some(1_250_000.5));
        assert_eq!(p("US$ 600 000"), Some(600_000.0));
        assert_eq!(p("2,5"), Some(2.5));
        assert_eq!(p("2.5"), Some(2.5));
        assert_eq!(p("2046"), Some(2046.0));
        assert_eq!(p("-3"), Some(-3.0));
        assert_eq!(p("abc"), None);
        assert_eq!(p(""), None);
    }

    #[test]
    fn a_single_mark_is_read_in_the_way_of_the_language() {
        let en = |s| parse_learner_number(s, "en");
        let pt = |s| parse_learner_number(s, "pt-BR");
        // English: a point is always the decimal mark.
        assert_eq!(en("2.046"), Some(2.046));
        assert_eq!(en("2,046"), Some(2046.0));
        assert_eq!(en("2,5"), Some(2.5));
        assert_eq!(en("1,250.50"), Some(1250.5));
        // Portuguese: a comma is always the decimal mark.
        assert_eq!(pt("2,046"), Some(2.046));
        assert_eq!(pt("2.046"), Some(2046.0));
        assert_eq!(pt("2.5"), Some(2.5));
        assert_eq!(pt("1.250,50"), Some(1250.5));
        // Spanish: three digits after a single mark group thousands.
        assert_eq!(p("2.046"), Some(2046.0));
        assert_eq!(p("2,046"), Some(2046.0));
    }

    #[test]
    fn scenario_score_blends_the_ending_and_the_moves() {
        use crate::assess::exercise::scenario_score;
        use crate::content::model::Grade::{Acceptable, Good, Poor};
        use crate::content::model::Outcome as EndOutcome;
        // Worked by hand: (ending + mean of moves) / 2.
        assert_eq!(scenario_score(EndOutcome::Success, &[]), 1.0);
        assert_eq!(scenario_score(EndOutcome::Partial, &[]), 0.5);
        assert_eq!(scenario_score(EndOutcome::Success, &[Good, Good]), 1.0);
        // (1 + (1 + 0.5) / 2) / 2 = 0.875
        assert_eq!(
            scenario_score(EndOutcome::Success, &[Good, Acceptable]),
            0.875
        );
        // (0.5 + (0 + 1) / 2) / 2 = 0.5
        assert_eq!(scenario_score(EndOutcome::Partial, &[Poor, Good]), 0.5);
        assert_eq!(scenario_score(EndOutcome::Failure, &[Poor]), 0.0);
    }
}
