//! Answer-key tells: patterns across a pack's exercises that let a learner
//! pass without the lessons ("the right answer is always the first", "the
//! longest option is right", "when in doubt answer false").
//!
//! Each pattern is compared with what chance would give: under a fair key,
//! the right option of an exercise with `k` options is in any one place, or
//! the longest, with probability `1/k`, and a true/false key is true half
//! the time. A tell is reported when the count seen would be that extreme
//! by chance less than [`PLACE_P`] (place) or [`TELL_P`] (length, true/false)
//! of the time. Places are counted in the file: the order exports, reports
//! and other tools show (the app shuffles them for learners).

use super::model::{Module, Step};
use crate::i18n::Msg;
use crate::msg;

/// The chance below which a place is reported (about 5 % shared by four
/// places).
pub const PLACE_P: f64 = 0.0125;
/// The chance below which the longest-option and true/false tells are
/// reported.
pub const TELL_P: f64 = 0.05;
/// How many exercises a message names before "…".
const NAMED: usize = 12;

/// P(X ≥ `at_least`) where X is the number of successes of independent
/// trials with the given probabilities (Poisson binomial).
pub fn upper_tail(probabilities: &[f64], at_least: usize) -> f64 {
    // dist[j] = P(exactly j successes so far).
    let mut dist = vec![0.0; probabilities.len() + 1];
    dist[0] = 1.0;
    for (n, &p) in probabilities.iter().enumerate() {
        for j in (0..=n + 1).rev() {
            let stay = dist[j] * (1.0 - p);
            let moved = if j > 0 { dist[j - 1] * p } else { 0.0 };
            dist[j] = stay + moved;
        }
    }
    dist.iter().skip(at_least).sum::<f64>().min(1.0)
}

/// "module/exercise" ids joined, at most [`NAMED`] of them.
fn names(ids: &[String]) -> String {
    let mut shown: Vec<&str> = ids.iter().take(NAMED).map(String::as_str).collect();
    if ids.len() > NAMED {
        shown.push("…");
    }
    shown.join(", ")
}

/// A single-choice exercise as the tells see it.
struct Single<'a> {
    name: String,
    /// The file index of the one right option, and the option count.
    right: usize,
    options: usize,
    texts: Vec<&'a super::text::Text>,
}

/// Every tell of the pack's exercises, as messages (pack-wide warnings).
pub fn tells(modules: &[&Module], languages: &[String]) -> Vec<Msg> {
    let mut singles = Vec::new();
    let mut true_false = Vec::new();
    for m in modules {
        for step in &m.steps {
            let name = format!("{}/{}", m.id, step.id());
            match step {
                Step::SingleChoice(e) => {
                    let right: Vec<usize> = e
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| o.correct)
                        .map(|(i, _)| i)
                        .collect();
                    if let [right] = right[..]
                        && e.options.len() >= 2
                        && !e.options[right].pinned
                    {
                        singles.push(Single {
                            name,
                            right,
                            options: e.options.len(),
                            texts: e.options.iter().map(|o| &o.text).collect(),
                        });
                    }
                }
                Step::TrueFalse(e) => true_false.push((name, e.answer)),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();

    // One place far more often than chance.
    let most = singles.iter().map(|s| s.options).max().unwrap_or(0);
    for place in 0..most {
        let probabilities: Vec<f64> = singles
            .iter()
            .filter(|s| s.options > place)
            .map(|s| 1.0 / s.options as f64)
            .collect();
        let at: Vec<String> = singles
            .iter()
            .filter(|s| s.right == place)
            .map(|s| s.name.clone())
            .collect();
        let expected: f64 = probabilities.iter().sum();
        if at.len() >= 3
            && at.len() as f64 > expected
            && upper_tail(&probabilities, at.len()) < PLACE_P
        {
            out.push(msg!(
                "chk-tell-place",
                count = at.len(),
                total = singles.len(),
                place = place + 1,
                expected = format!("{expected:.1}"),
                exercises = names(&at)
            ));
        }
    }

    // The right option the longest in most exercises.
    for lang in languages {
        let fallback = languages.first().map_or("en", String::as_str);
        let probabilities: Vec<f64> = singles.iter().map(|s| 1.0 / s.options as f64).collect();
        let longest: Vec<String> = singles
            .iter()
            .filter(|s| {
                let len = |i: usize| s.texts[i].get(lang, fallback).chars().count();
                (0..s.options).all(|i| i == s.right || len(i) < len(s.right))
            })
            .map(|s| s.name.clone())
            .collect();
        let expected: f64 = probabilities.iter().sum();
        if longest.len() * 2 > singles.len()
            && longest.len() >= 3
            && upper_tail(&probabilities, longest.len()) < TELL_P
        {
            out.push(msg!(
                "chk-tell-longest",
                lang = crate::i18n::language_name(lang),
                count = longest.len(),
                total = singles.len(),
                expected = format!("{expected:.1}"),
                exercises = names(&longest)
            ));
        }
    }

    // True/false keys far from half and half.
    let total = true_false.len();
    let trues = true_false.iter().filter(|(_, a)| *a).count();
    let minority = trues.min(total - trues);
    // P(X ≤ minority) for X ~ Binomial(total, ½) equals the upper tail of
    // the other side.
    if total >= 6 && upper_tail(&vec![0.5; total], total - minority) < TELL_P {
        let majority = trues * 2 > total;
        let named: Vec<String> = true_false
            .iter()
            .filter(|(_, a)| *a == majority)
            .map(|(n, _)| n.clone())
            .collect();
        let message = if majority {
            msg!(
                "chk-tell-mostly-true",
                trues = trues,
                falses = total - trues,
                exercises = names(&named)
            )
        } else {
            msg!(
                "chk-tell-mostly-false",
                trues = trues,
                falses = total - trues,
                exercises = names(&named)
            )
        };
        out.push(message);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tails_worked_by_hand() {
        // Two fair coins: P(≥1) = 3/4, P(≥2) = 1/4.
        assert!((upper_tail(&[0.5, 0.5], 1) - 0.75).abs() < 1e-12);
        assert!((upper_tail(&[0.5, 0.5], 2) - 0.25).abs() < 1e-12);
        assert!((upper_tail(&[0.5, 0.5], 0) - 1.0).abs() < 1e-12);
        // p = ½ and ¼: P(both) = 1/8; P(≥1) = 1 − ½·¾ = 5/8.
        assert!((upper_tail(&[0.5, 0.25], 2) - 0.125).abs() < 1e-12);
        assert!((upper_tail(&[0.5, 0.25], 1) - 0.625).abs() < 1e-12);
        // 20 fair true/false keys, 5 or fewer true: 21700 / 2^20 = 0.02069…
        let p = upper_tail(&[0.5; 20], 15);
        assert!((p - 21_700.0 / 1_048_576.0).abs() < 1e-12, "{p}");
        // 16 of 21 four-option keys in one place: about 1 in 800 000
        // (C(21,16)·¼^16·¾^5 = 1.12e-6 plus smaller terms).
        let p = upper_tail(&[0.25; 21], 16);
        assert!((1.1e-6..1.3e-6).contains(&p), "{p}");
    }
}
