//! Item analysis: how each exercise behaved in a cohort, as Moodle's quiz
//! statistics report it, from the learners' first scored answers.
//!
//! - **Facility index**: the mean first-attempt score, 0–100 (for a right
//!   or wrong exercise, the share right at the first attempt).
//! - **Discrimination index**: the correlation, −100 to 100, between the
//!   learners' scores on the exercise and on the rest of the pack (the mean
//!   of their first-attempt scores on the other exercises they answered; a
//!   mean rather than a sum, because learners of a workshop do not all
//!   reach every module). High: stronger learners get it right more often
//!   than weaker ones. Near zero: it does not tell them apart. Negative:
//!   weaker learners do better than stronger ones, which usually means the
//!   key is wrong or the question misleads the learners who know most.
//!
//! With fewer than [`RELIABLE_LEARNERS`] learners the indices are computed
//! but marked unreliable.

use std::collections::HashMap;

use crate::content::Pack;
use crate::content::model::{ExerciseKind, Step};
use crate::progress::Answer;

use super::Dashboard;

/// Below this many learners an exercise's indices are marked unreliable.
pub const RELIABLE_LEARNERS: usize = 10;
/// Facility at or above this (in %) is "too easy" (Moodle: "very easy").
pub const TOO_EASY: f64 = 90.0;
/// Facility at or below this (in %) is "too hard" (Moodle: "difficult").
pub const TOO_HARD: f64 = 20.0;
/// Discrimination below this (in %) "does not discriminate" (Moodle:
/// "very weak").
pub const WEAK_DISCRIMINATION: f64 = 20.0;

/// What to look at in an exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Flag {
    TooEasy,
    TooHard,
    /// Discrimination below [`WEAK_DISCRIMINATION`] (but not clearly
    /// negative).
    NoDiscrimination,
    /// Clearly negative discrimination (below [`check_key_below`]):
    /// stronger learners choose a wrong answer more than weaker ones
    /// (check the key).
    CheckKey,
    /// Fewer than [`RELIABLE_LEARNERS`] learners answered.
    Unreliable,
}

impl Flag {
    /// The snake_case name of the CSV.
    pub fn name(self) -> &'static str {
        match self {
            Self::TooEasy => "too_easy",
            Self::TooHard => "too_hard",
            Self::NoDiscrimination => "does_not_discriminate",
            Self::CheckKey => "check_the_key",
            Self::Unreliable => "unreliable",
        }
    }
}

/// One exercise's statistics.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    /// The exercise's place among the analysed ones, in pack order.
    pub position: usize,
    pub module: String,
    pub step: String,
    pub kind: ExerciseKind,
    /// Learners with a scored answer.
    pub attempts: usize,
    /// 0–100.
    pub facility: f64,
    /// −100 to 100; `None` when it cannot be computed (fewer than two
    /// learners with a rest score, or everyone scored the same).
    pub discrimination: Option<f64>,
    /// The wrong first answer given most often, and by how many.
    pub top_wrong: Option<(Answer, usize)>,
    pub flags: Vec<Flag>,
}

impl ItemStats {
    pub fn reliable(&self) -> bool {
        self.attempts >= RELIABLE_LEARNERS
    }
}

/// Facility (0–100) of first-attempt scores (each 0–1); `None` if empty.
pub fn facility(scores: &[f64]) -> Option<f64> {
    (!scores.is_empty()).then(|| 100.0 * scores.iter().sum::<f64>() / scores.len() as f64)
}

/// Pearson correlation (×100) of (item score, rest score) pairs; `None`
/// with fewer than two pairs or when either side has no variance.
pub fn discrimination(pairs: &[(f64, f64)]) -> Option<f64> {
    let n = pairs.len();
    if n < 2 {
        return None;
    }
    let nf = n as f64;
    let mx = pairs.iter().map(|p| p.0).sum::<f64>() / nf;
    let my = pairs.iter().map(|p| p.1).sum::<f64>() / nf;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for &(x, y) in pairs {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    if sxx <= 1e-12 || syy <= 1e-12 {
        return None;
    }
    Some(100.0 * sxy / (sxx * syy).sqrt())
}

/// The discrimination (in %) below which an exercise is flagged "check the
/// key": negative by more than one standard error of a correlation of `n`
/// learners (100/√n: −31.6 for 10 learners, −15.8 for 40), so that the
/// noise of a small room around zero reads as "does not discriminate".
pub fn check_key_below(n: usize) -> f64 {
    -100.0 / (n.max(1) as f64).sqrt()
}

/// The flags of an exercise from its indices and number of learners.
pub fn flags(attempts: usize, facility: f64, discrimination: Option<f64>) -> Vec<Flag> {
    let mut flags = Vec::new();
    if facility >= TOO_EASY {
        flags.push(Flag::TooEasy);
    }
    if facility <= TOO_HARD {
        flags.push(Flag::TooHard);
    }
    match discrimination {
        Some(d) if d < check_key_below(attempts) => flags.push(Flag::CheckKey),
        Some(d) if d < WEAK_DISCRIMINATION => flags.push(Flag::NoDiscrimination),
        _ => {}
    }
    if attempts < RELIABLE_LEARNERS {
        flags.push(Flag::Unreliable);
    }
    flags
}

/// Every scored exercise of `pack` that at least one learner of the
/// dashboard answered, in pack order.
pub fn item_analysis(pack: &Pack, dashboard: &Dashboard) -> Vec<ItemStats> {
    // Each learner's sum and count of first scores, for the rest scores.
    let totals: Vec<(f64, usize)> = dashboard
        .first_scores
        .iter()
        .map(|m| (m.values().map(|(s, _)| *s).sum(), m.len()))
        .collect();
    let mut out = Vec::new();
    for module in &pack.modules {
        for step in &module.steps {
            let Some(kind) = step.kind() else { continue };
            if !crate::assess::exercise::is_scored(step) {
                continue;
            }
            let key = (module.id.to_string(), step.id().to_string());
            let mut scores = Vec::new();
            let mut pairs = Vec::new();
            let mut wrong: HashMap<String, (Answer, usize)> = HashMap::new();
            for (firsts, (sum, count)) in dashboard.first_scores.iter().zip(&totals) {
                let Some((score, answer)) = firsts.get(&key) else {
                    continue;
                };
                scores.push(*score);
                if *count > 1 {
                    pairs.push((*score, (sum - score) / (count - 1) as f64));
                }
                if crate::assess::exercise::score(step, answer).correct == Some(false) {
                    let k = serde_json::to_string(answer).unwrap_or_default();
                    wrong.entry(k).or_insert_with(|| (answer.clone(), 0)).1 += 1;
                }
            }
            let Some(facility) = facility(&scores) else {
                continue;
            };
            let discrimination = discrimination(&pairs);
            let mut wrong: Vec<(String, (Answer, usize))> = wrong.into_iter().collect();
            // Most chosen first; ties in a stable, content-independent order.
            wrong.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(a.0.cmp(&b.0)));
            out.push(ItemStats {
                position: out.len(),
                module: key.0,
                step: key.1,
                kind,
                attempts: scores.len(),
                facility,
                discrimination,
                top_wrong: wrong.into_iter().next().map(|(_, v)| v),
                flags: flags(scores.len(), facility, discrimination),
            });
        }
    }
    out
}

/// A single- or multiple-choice answer as the text of the options picked
/// (`t` gives a text in the reader's language); `None` for other kinds.
/// An option the pack no longer has is shown by its id.
pub fn choice_words(
    step: &Step,
    answer: &Answer,
    t: impl Fn(&crate::content::Text) -> String,
) -> Option<String> {
    match (step, answer) {
        (Step::SingleChoice(e), Answer::Choice { option }) => Some(
            e.options
                .iter()
                .find(|o| o.id.as_str() == option)
                .map_or_else(|| option.clone(), |o| t(&o.text)),
        ),
        (Step::MultipleChoice(e), Answer::Choices { options }) => Some(
            e.options
                .iter()
                .filter(|o| options.iter().any(|x| x == o.id.as_str()))
                .map(|o| t(&o.text))
                .collect::<Vec<_>>()
                .join(" + "),
        ),
        _ => None,
    }
}

/// An answer in words, in the pack's first language (for the CSV).
pub fn answer_words(pack: &Pack, step: &Step, answer: &Answer) -> String {
    let lang = pack.fallback_language();
    let t = |text: &crate::content::Text| text.get(lang, lang).to_owned();
    if let Some(words) = choice_words(step, answer, t) {
        return words;
    }
    match (step, answer) {
        (_, Answer::TrueFalse { value }) => value.to_string(),
        (_, Answer::Number { value }) => format!("{value}"),
        (_, Answer::Date { value }) => value.clone(),
        (Step::Scenario(e), Answer::Path { choices, .. }) => choices
            .iter()
            .filter_map(|c| {
                e.nodes
                    .iter()
                    .flat_map(|n| &n.choices)
                    .find(|x| x.id.as_str() == c)
            })
            .map(|c| t(&c.text))
            .collect::<Vec<_>>()
            .join(" → "),
        (_, other) => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// The item analysis as CSV (UTF-8, header first): pack, module, exercise,
/// kind, attempts, facility (0–100), discrimination (−100 to 100, empty
/// when it cannot be computed), top_wrong_answer, top_wrong_count, flags
/// (`;`-separated: too_easy, too_hard, does_not_discriminate,
/// check_the_key, unreliable).
pub fn items_csv(pack: &Pack, items: &[ItemStats]) -> Vec<u8> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    let _ = out.write_record([
        "pack",
        "module",
        "exercise",
        "kind",
        "attempts",
        "facility",
        "discrimination",
        "top_wrong_answer",
        "top_wrong_count",
        "flags",
    ]);
    for item in items {
        let step = pack
            .module(&item.module)
            .and_then(|m| m.steps.iter().find(|s| s.id().as_str() == item.step));
        let (wrong, count) = match (&item.top_wrong, step) {
            (Some((answer, n)), Some(step)) => (answer_words(pack, step, answer), n.to_string()),
            _ => (String::new(), String::new()),
        };
        let _ = out.write_record([
            super::csv::safe_cell(pack.info.id.as_str()),
            super::csv::safe_cell(&item.module),
            super::csv::safe_cell(&item.step),
            item.kind.name().to_owned(),
            item.attempts.to_string(),
            format!("{:.1}", item.facility),
            item.discrimination
                .map(|d| format!("{d:.1}"))
                .unwrap_or_default(),
            super::csv::safe_cell(&wrong),
            count,
            item.flags
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(";"),
        ]);
    }
    out.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn facility_worked_by_hand() {
        // 3 right, 1 wrong: 75 %. Partial credit counts its share.
        assert!(close(facility(&[1.0, 1.0, 1.0, 0.0]).expect("some"), 75.0));
        assert!(close(facility(&[0.5, 1.0]).expect("some"), 75.0));
        assert_eq!(facility(&[]), None);
    }

    #[test]
    fn discrimination_worked_by_hand() {
        // Item x = 1,1,0,0; rest y = 0.9,0.7,0.5,0.3.
        // mean x = 0.5, mean y = 0.6; deviations x: ±0.5, y: 0.3,0.1,−0.1,−0.3
        // Sxy = 0.5·0.3 + 0.5·0.1 + 0.5·0.1 + 0.5·0.3 = 0.4
        // Sxx = 4·0.25 = 1; Syy = 0.09+0.01+0.01+0.09 = 0.2
        // r = 0.4 / sqrt(0.2) = 0.894427…
        let pairs = [(1.0, 0.9), (1.0, 0.7), (0.0, 0.5), (0.0, 0.3)];
        let d = discrimination(&pairs).expect("defined");
        assert!((d - 89.442_719_1).abs() < 1e-6, "{d}");
        // The same item keyed the other way: exactly the opposite.
        let flipped: Vec<_> = pairs.iter().map(|&(x, y)| (1.0 - x, y)).collect();
        assert!((discrimination(&flipped).expect("defined") + d).abs() < 1e-9);
        // x = 1,0,1,0 against y = 0.9,0.7,0.5,0.3:
        // Sxy = 0.5·0.3 − 0.5·0.1 − 0.5·0.1 + 0.5·0.3 = 0.2 → r = 0.2/√0.2 = 0.4472
        let d = discrimination(&[(1.0, 0.9), (0.0, 0.7), (1.0, 0.5), (0.0, 0.3)]).expect("defined");
        assert!((d - 44.721_359_5).abs() < 1e-6, "{d}");
        // Everyone right: no variance, no index.
        assert_eq!(discrimination(&[(1.0, 0.2), (1.0, 0.8)]), None);
        assert_eq!(discrimination(&[(1.0, 0.2)]), None);
    }

    #[test]
    fn flags_follow_the_thresholds() {
        assert_eq!(flags(40, 95.0, Some(50.0)), vec![Flag::TooEasy]);
        assert_eq!(flags(40, 10.0, Some(35.0)), vec![Flag::TooHard]);
        assert_eq!(flags(40, 60.0, Some(10.0)), vec![Flag::NoDiscrimination]);
        assert_eq!(flags(40, 60.0, Some(-25.0)), vec![Flag::CheckKey]);
        // −10 with 40 learners is within the noise (one standard error is
        // 100/√40 = 15.8): it does not discriminate, no more.
        assert!((check_key_below(40) + 15.811_388).abs() < 1e-5);
        assert_eq!(flags(40, 60.0, Some(-10.0)), vec![Flag::NoDiscrimination]);
        assert_eq!(flags(10, 60.0, Some(-30.0)), vec![Flag::NoDiscrimination]);
        assert_eq!(flags(10, 60.0, Some(-40.0)), vec![Flag::CheckKey]);
        assert_eq!(flags(40, 60.0, Some(45.0)), Vec::<Flag>::new());
        assert_eq!(flags(9, 60.0, Some(45.0)), vec![Flag::Unreliable]);
        assert_eq!(flags(10, 100.0, None), vec![Flag::TooEasy]);
    }
}
