//! A GIFT file written out as a module: one step per question, as RON.

use std::fmt::Write as _;

use super::text::escape_markdown;
use super::{Answer, Item, Kind, Note, parse};
use crate::content::validate::{is_valid_id, slugify};
use crate::i18n::Msg;
use crate::msg;

/// What a conversion made and left out.
#[derive(Debug, Default)]
pub struct Converted {
    /// The module, as RON text for `modules/<id>.ron`.
    pub ron: String,
    /// How many exercises (and lessons) of each kind, by Puente name.
    pub kinds: std::collections::BTreeMap<&'static str, usize>,
    /// Questions not read at all, and what of the others was left out.
    pub notes: Vec<Note>,
}

/// Options for [`convert`].
pub struct Target<'a> {
    pub module_id: &'a str,
    pub title: &'a str,
    pub lang: &'a str,
    /// The GIFT file's name, for the source and summary.
    pub file_name: &'a str,
    /// Today, `YYYY-MM-DD`: when the file was read.
    pub today: &'a str,
}

/// A RON string literal for `text`: raw, with as many `#` as it needs.
pub(super) fn ron_string(text: &str) -> String {
    let mut hashes = 1;
    while text.contains(&format!("\"{}", "#".repeat(hashes))) {
        hashes += 1;
    }
    let h = "#".repeat(hashes);
    format!("r{h}\"{text}\"{h}")
}

fn ron_text(lang: &str, text: &str) -> String {
    format!("{{\"{lang}\": {}}}", ron_string(text))
}

/// A slug from a question's name, unique in `taken`.
fn slug(name: Option<&str>, n: usize, taken: &mut std::collections::HashSet<String>) -> String {
    let from_name = slugify(name.unwrap_or(""));
    let mut base: String = from_name.chars().take(48).collect();
    base = base.trim_end_matches('-').to_owned();
    if !is_valid_id(&base) || base.starts_with(|c: char| c.is_ascii_digit()) {
        base = if is_valid_id(&format!("q-{base}")) {
            format!("q-{base}")
        } else {
            format!("q{n}")
        };
    }
    let mut id = base.clone();
    let mut k = 2;
    while !taken.insert(id.clone()) {
        id = format!("{base}-{k}");
        k += 1;
    }
    id
}

/// Convert a GIFT file into a module: one step per question.
pub fn convert(gift: &str, target: &Target<'_>) -> Converted {
    let (items, mut notes) = parse(gift);
    let lang = target.lang;
    let i18n = crate::i18n::I18n::new(lang);
    let words = |m: Msg| m.render(&i18n);
    let t = |s: &str| ron_text(lang, s);
    let mut kinds = std::collections::BTreeMap::new();
    let mut taken = std::collections::HashSet::new();
    let mut steps = String::new();
    let mut n = 0;
    for item in &items {
        let q = match item {
            Item::Category { line, name } => {
                let _ = writeln!(steps, "        // $CATEGORY: {name} (line {line})");
                continue;
            }
            Item::Question(q) => q,
        };
        n += 1;
        let id = slug(q.name.as_deref(), n, &mut taken);
        let note = |message: Msg| Note {
            line: q.line,
            column: 1,
            message,
        };
        let _ = writeln!(steps, "        // line {}", q.line);
        let explanation = |fallback: String| t(q.general_feedback.as_deref().unwrap_or(&fallback));
        let feedback = |f: &Option<String>| {
            f.as_deref()
                .map(|f| format!(", feedback: {}", t(f)))
                .unwrap_or_default()
        };
        match &q.kind {
            Kind::Description => {
                *kinds.entry("lesson").or_insert(0) += 1;
                let title = q
                    .name
                    .clone()
                    .unwrap_or_else(|| words(msg!("chk-gift-lesson-title", n = n)));
                let _ = writeln!(
                    steps,
                    "        Lesson(\n            id: \"{id}\",\n            title: {},\n            body: {},\n        ),",
                    t(&title),
                    t(&q.text)
                );
            }
            Kind::Essay | Kind::ShortAnswer { .. } => {
                *kinds.entry("reflection").or_insert(0) += 1;
                let model = match &q.kind {
                    Kind::ShortAnswer { answers } => {
                        notes.push(note(msg!("chk-gift-short-answer")));
                        let list = answers
                            .iter()
                            .filter(|a| a.weight > 0.0)
                            .map(|a| {
                                if a.weight < 100.0 {
                                    format!("{} ({}%)", a.text, a.weight)
                                } else {
                                    a.text.clone()
                                }
                            })
                            .collect::<Vec<_>>()
                            .join("; ");
                        Some(words(msg!("chk-gift-accepted", answers = list)))
                    }
                    _ => None,
                };
                let model_line = model
                    .as_deref()
                    .map(|m| format!("            model_answer: {},\n", t(m)))
                    .unwrap_or_default();
                let _ = writeln!(
                    steps,
                    "        Reflection(\n            id: \"{id}\",\n            prompt: {},\n{model_line}            explanation: {},\n        ),",
                    t(&q.text),
                    explanation(words(msg!("chk-gift-reflection-explanation")))
                );
            }
            Kind::Choice { single, answers } => {
                let (kind, name) = if *single {
                    ("SingleChoice", "single_choice")
                } else {
                    ("MultipleChoice", "multiple_choice")
                };
                *kinds.entry(name).or_insert(0) += 1;
                let right = |a: &Answer| {
                    if *single {
                        a.weight >= 100.0
                    } else {
                        a.weight > 0.0
                    }
                };
                for a in answers
                    .iter()
                    .filter(|a| *single && a.weight > 0.0 && a.weight < 100.0)
                {
                    notes.push(note(msg!(
                        "chk-gift-partial",
                        answer = a.text.clone(),
                        weight = a.weight
                    )));
                }
                let mut options = String::new();
                let mut option_ids = std::collections::HashSet::new();
                for (i, a) in answers.iter().enumerate() {
                    let oid = slug(Some(&a.text), i + 1, &mut option_ids);
                    let _ = writeln!(
                        options,
                        "                (id: \"{oid}\", text: {}{}{}),",
                        t(&a.text),
                        if right(a) { ", correct: true" } else { "" },
                        feedback(&a.feedback)
                    );
                }
                let rights: Vec<&str> = answers
                    .iter()
                    .filter(|a| right(a))
                    .map(|a| a.text.as_str())
                    .collect();
                let _ = writeln!(
                    steps,
                    "        {kind}(\n            id: \"{id}\",\n            prompt: {},\n            options: [\n{options}            ],\n            explanation: {},\n        ),",
                    t(&q.text),
                    explanation(words(msg!(
                        "chk-gift-answer-is",
                        answer = rights.join("; ")
                    )))
                );
            }
            Kind::TrueFalse {
                answer,
                wrong_feedback,
                right_feedback,
            } => {
                *kinds.entry("true_false").or_insert(0) += 1;
                let (on_true, on_false) = if *answer {
                    (right_feedback, wrong_feedback)
                } else {
                    (wrong_feedback, right_feedback)
                };
                let lines: String = [("feedback_true", on_true), ("feedback_false", on_false)]
                    .iter()
                    .filter_map(|(field, f)| {
                        f.as_deref()
                            .map(|f| format!("            {field}: {},\n", t(f)))
                    })
                    .collect();
                let word = words(Msg::new(if *answer {
                    "chk-gift-true"
                } else {
                    "chk-gift-false"
                }));
                let _ = writeln!(
                    steps,
                    "        TrueFalse(\n            id: \"{id}\",\n            prompt: {},\n            answer: {answer},\n{lines}            explanation: {},\n        ),",
                    t(&q.text),
                    explanation(words(msg!("chk-gift-answer-is", answer = word)))
                );
            }
            Kind::Matching { pairs } => {
                *kinds.entry("matching").or_insert(0) += 1;
                let mut lines = String::new();
                let mut pair_ids = std::collections::HashSet::new();
                for (i, (left, right)) in pairs.iter().enumerate() {
                    if left.is_empty() {
                        notes.push(note(msg!("chk-gift-extra-match", answer = right.clone())));
                        continue;
                    }
                    let pid = slug(Some(left), i + 1, &mut pair_ids);
                    let _ = writeln!(
                        lines,
                        "                (id: \"{pid}\", left: {}, right: {}),",
                        t(left),
                        t(&escape_markdown(right))
                    );
                }
                let _ = writeln!(
                    steps,
                    "        Matching(\n            id: \"{id}\",\n            prompt: {},\n            pairs: [\n{lines}            ],\n            explanation: {},\n        ),",
                    t(&q.text),
                    explanation(words(msg!(
                        "chk-gift-answer-is",
                        answer = pairs
                            .iter()
                            .filter(|(left, _)| !left.is_empty())
                            .map(|(left, right)| format!("{left} → {right}"))
                            .collect::<Vec<_>>()
                            .join("; ")
                    )))
                );
            }
            Kind::Numerical {
                answers,
                other_feedback,
            } => {
                *kinds.entry("numeric").or_insert(0) += 1;
                // The parser never gives a numerical question without a number.
                let Some((best_at, best)) = answers
                    .iter()
                    .enumerate()
                    .max_by(|(_, a), (_, b)| a.weight.total_cmp(&b.weight))
                else {
                    continue;
                };
                let mut mistakes = String::new();
                for (_, a) in answers.iter().enumerate().filter(|(i, _)| *i != best_at) {
                    let text = a.feedback.clone().unwrap_or_else(|| {
                        words(msg!(
                            "chk-gift-partial",
                            answer = a.value,
                            weight = a.weight
                        ))
                    });
                    let _ = writeln!(
                        mistakes,
                        "                (value: {:?}, feedback: {}),",
                        a.value,
                        t(&text)
                    );
                    if a.weight > 0.0 {
                        notes.push(note(msg!(
                            "chk-gift-partial",
                            answer = a.value,
                            weight = a.weight
                        )));
                    }
                }
                if other_feedback.is_some() {
                    notes.push(note(msg!("chk-gift-other-feedback")));
                }
                let mistakes = if mistakes.is_empty() {
                    String::new()
                } else {
                    format!("            mistakes: [\n{mistakes}            ],\n")
                };
                let shown = if best.tolerance > 0.0 {
                    format!("{} ± {}", best.value, best.tolerance)
                } else {
                    best.value.to_string()
                };
                let _ = writeln!(
                    steps,
                    "        Numeric(\n            id: \"{id}\",\n            prompt: {},\n            answer: {:?},\n            tolerance: {:?},\n{mistakes}            explanation: {},\n        ),",
                    t(&q.text),
                    best.value,
                    best.tolerance,
                    explanation(
                        best.feedback
                            .clone()
                            .unwrap_or_else(|| words(msg!("chk-gift-answer-is", answer = shown)))
                    )
                );
            }
        }
    }
    let summary = words(msg!("chk-gift-summary", file = target.file_name, n = n));
    let ron = format!(
        "// Converted from the Moodle GIFT file {file} on {today}.\n// Check it with `puente check`, then add objectives and a review date.\nModule(\n    id: \"{id}\",\n    title: {title},\n    summary: {summary},\n    minutes: {minutes},\n    objectives: [],\n    sources: [\n        (\n            id: \"question-bank\",\n            kind: Secondary,\n            title: {source_title},\n            issuer: \"Moodle question bank\",\n            citation: {source_title},\n            consulted: \"{today}\",\n        ),\n    ],\n    steps: [\n{steps}    ],\n)\n",
        file = target.file_name.replace('\n', " "),
        today = target.today,
        id = target.module_id,
        title = t(target.title),
        summary = t(&summary),
        minutes = (n * 2).clamp(5, 120),
        source_title = ron_string(target.file_name),
    );
    Converted { ron, kinds, notes }
}
