//! Moodle's GIFT question format, read the way Moodle's own importer reads
//! it, and written out as a Puente module.
//!
//! A GIFT file is a list of questions separated by blank lines. Each may
//! start with `::name::` and an optional `[html]`, `[markdown]`, `[plain]`
//! or `[moodle]` text format, and holds its answers between `{` and `}`:
//!
//! | GIFT | Puente |
//! |---|---|
//! | `{=right ~wrong}` (one answer at 100%) | `SingleChoice` |
//! | `{~%50%a ~%50%b ~%-100%c}` (several weighted right answers) | `MultipleChoice` |
//! | `{T}` / `{FALSE#wrong feedback#right feedback}` | `TrueFalse` |
//! | `{=a -> 1 =b -> 2}` | `Matching` |
//! | `{#3:2}`, `{#1..5}`, `{#=%100%3:0 =%50%4:0}` | `Numeric` |
//! | `{}` (essay) | `Reflection` |
//! | `{=answer =other}` (short answer) | `Reflection`, the accepted answers as its model answer, listed as not scored |
//! | no braces (description) | `Lesson` |
//! | `$CATEGORY: a/b` | a comment above the questions that follow |
//!
//! What has no Puente equivalent (partial credit in a single choice, a
//! matching answer with no question, feedback for "any other number") is
//! dropped and listed with its line, so the author can decide.

use std::fmt::Write as _;

use super::validate::{is_valid_id, slugify};
use crate::i18n::Msg;
use crate::msg;

/// One question as GIFT writes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Where the question starts, 1-based.
    pub line: usize,
    pub name: Option<String>,
    /// The question in Markdown; `_____` where a missing word goes.
    pub text: String,
    pub kind: Kind,
    /// `####…`: shown whatever the answer.
    pub general_feedback: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Description,
    Essay,
    /// `single`: one answer is marked `=`; else several carry weights.
    Choice {
        single: bool,
        answers: Vec<Answer>,
    },
    TrueFalse {
        answer: bool,
        /// Shown when the learner answers wrongly / rightly.
        wrong_feedback: Option<String>,
        right_feedback: Option<String>,
    },
    Matching {
        pairs: Vec<(String, String)>,
    },
    ShortAnswer {
        answers: Vec<Answer>,
    },
    Numerical {
        answers: Vec<NumberAnswer>,
        /// `~#…`: feedback for any other number.
        other_feedback: Option<String>,
    },
}

/// A choice or short answer with its weight in percent (100 = right).
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub text: String,
    pub weight: f64,
    pub feedback: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NumberAnswer {
    pub value: f64,
    pub tolerance: f64,
    pub weight: f64,
    pub feedback: Option<String>,
}

/// What a GIFT file holds, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Category { line: usize, name: String },
    Question(Question),
}

/// A question that could not be read, or something of one that Puente
/// cannot keep.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub line: usize,
    pub column: usize,
    pub message: Msg,
}

// Escaped characters stand in as private-use characters while the
// structure is read, and come back at the end.
const ESCAPES: [(char, char); 8] = [
    ('\\', '\u{E000}'),
    (':', '\u{E001}'),
    ('#', '\u{E002}'),
    ('=', '\u{E003}'),
    ('{', '\u{E004}'),
    ('}', '\u{E005}'),
    ('~', '\u{E006}'),
    ('n', '\u{E007}'),
];

fn hide_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek()
            && let Some((_, hidden)) = ESCAPES.iter().find(|(e, _)| *e == next)
        {
            out.push(*hidden);
            chars.next();
        } else {
            out.push(c);
        }
    }
    out
}

fn unhide(text: &str) -> String {
    text.chars()
        .map(|c| match ESCAPES.iter().find(|(_, h)| *h == c) {
            Some(('n', _)) => '\n',
            Some((e, _)) => *e,
            None => c,
        })
        .collect()
}

/// Read a GIFT file: its categories and questions, and a note for each
/// question that could not be read (with its line), the rest kept.
pub fn parse(text: &str) -> (Vec<Item>, Vec<Note>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut items = Vec::new();
    let mut notes = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut start = 0;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().chain(std::iter::once(&"")).enumerate() {
        if line.trim().is_empty() {
            if !block.is_empty() {
                match question(&block, start + 1) {
                    Ok(Some(item)) => items.push(item),
                    Ok(None) => {}
                    Err(note) => notes.push(note),
                }
                block.clear();
            }
        } else {
            if block.is_empty() {
                start = i;
            }
            block.push(line);
        }
    }
    (items, notes)
}

/// One block of lines between blank lines.
fn question(lines: &[&str], first_line: usize) -> Result<Option<Item>, Note> {
    // Comment lines go; the question starts at its first other line.
    let mut line = first_line;
    let mut kept = Vec::new();
    for l in lines {
        if l.trim_start().starts_with("//") {
            if kept.is_empty() {
                line += 1;
            }
        } else {
            kept.push(*l);
        }
    }
    let text = hide_escapes(kept.join("\n").trim());
    if text.is_empty() {
        return Ok(None);
    }
    let fail = |column: usize, message: Msg| Note {
        line,
        column,
        message,
    };
    if let Some(rest) = text.strip_prefix("$CATEGORY:") {
        return Ok(Some(Item::Category {
            line,
            name: unhide(rest.trim()),
        }));
    }
    let (name, text) = match text.strip_prefix("::") {
        Some(rest) => match rest.split_once("::") {
            Some((name, rest)) => (Some(unhide(name.trim())), rest.trim().to_owned()),
            None => (None, rest.to_owned()),
        },
        None => (None, text.clone()),
    };
    let (open, close) = (text.find('{'), text.find('}'));
    let (question_text, answers) = match (open, close) {
        (None, None) => (text.clone(), None),
        (Some(o), Some(c)) if o < c => {
            let answers = text[o + 1..c].trim().to_owned();
            let after = text[c + 1..].trim();
            // Answers before the end of the sentence mark a missing word.
            let question = if after.is_empty() {
                text[..o].trim_end().to_owned()
            } else {
                format!("{}_____{}", &text[..o], &text[c + 1..])
            };
            (question, Some(answers))
        }
        _ => {
            let column = open.or(close).map_or(1, |at| column_of(&text, at));
            return Err(fail(column, msg!("chk-gift-braces")));
        }
    };
    let (format, question_text) = text_format(&question_text);
    let prompt = to_markdown(format, &question_text);
    let Some(mut answers) = answers else {
        return Ok(Some(Item::Question(Question {
            line,
            name,
            text: prompt,
            kind: Kind::Description,
            general_feedback: None,
        })));
    };
    let general_feedback = answers.rfind("####").map(|at| {
        let feedback = answers[at + 4..].to_owned();
        answers.truncate(at);
        markdown_of(format, &feedback)
    });
    let answers = answers.trim();
    let kind = if answers.is_empty() {
        Kind::Essay
    } else if let Some(numbers) = answers.strip_prefix('#') {
        numerical(numbers, format).map_err(|m| fail(1, m))?
    } else if answers.contains('~') {
        choice(answers, format).map_err(|m| fail(1, m))?
    } else if answers.contains('=') && answers.contains("->") {
        matching(answers, format).map_err(|m| fail(1, m))?
    } else {
        let check = answers.split('#').next().unwrap_or("").trim();
        match check {
            "T" | "TRUE" | "F" | "FALSE" => {
                let mut parts = answers.splitn(3, '#').skip(1);
                let wrong_feedback = parts.next().and_then(|f| nonempty(format, f));
                let right_feedback = parts.next().and_then(|f| nonempty(format, f));
                Kind::TrueFalse {
                    answer: check.starts_with('T'),
                    wrong_feedback,
                    right_feedback,
                }
            }
            _ => Kind::ShortAnswer {
                answers: weighted(answers, '=', 100.0, format),
            },
        }
    };
    Ok(Some(Item::Question(Question {
        line,
        name,
        text: prompt,
        kind,
        general_feedback: general_feedback.filter(|f| !f.is_empty()),
    })))
}

fn column_of(text: &str, byte: usize) -> usize {
    let before = &text[..byte];
    before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1
}

/// `%50%`, `%-33.3333%` at the start of an answer.
fn weight(answer: &str) -> Option<(f64, &str)> {
    let rest = answer.strip_prefix('%')?;
    let (number, rest) = rest.split_once('%')?;
    Some((number.trim().parse().ok()?, rest))
}

/// Split answers on `marker` (the `=`/`~` before each), reading each one's
/// weight and `#feedback`; `plain` is the weight of an unweighted answer.
fn weighted(answers: &str, marker: char, plain: f64, format: Format) -> Vec<Answer> {
    answers
        .split(marker)
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| {
            let (weight, a) = weight(a).unwrap_or((plain, a));
            let (text, feedback) = match a.split_once('#') {
                Some((t, f)) => (t, nonempty(format, f)),
                None => (a, None),
            };
            Answer {
                text: markdown_of(format, text),
                weight,
                feedback,
            }
        })
        .collect()
}

fn choice(answers: &str, format: Format) -> Result<Kind, Msg> {
    let single = answers.contains('=');
    // `=` marks a right answer: make it `~%100%` and split on `~`.
    let answers = weighted(&answers.replace('=', "~%100%"), '~', 0.0, format);
    if answers.len() < 2 {
        return Err(msg!("chk-gift-too-few", n = 2_usize));
    }
    Ok(Kind::Choice { single, answers })
}

fn matching(answers: &str, format: Format) -> Result<Kind, Msg> {
    let mut pairs = Vec::new();
    for a in answers.split('=').map(str::trim).filter(|a| !a.is_empty()) {
        let Some((left, right)) = a.split_once("->") else {
            return Err(msg!("chk-gift-matching", answer = unhide(a)));
        };
        pairs.push((markdown_of(format, left), unhide(right.trim())));
    }
    if pairs.len() < 2 {
        return Err(msg!("chk-gift-too-few", n = 2_usize));
    }
    Ok(Kind::Matching { pairs })
}

fn numerical(answers: &str, format: Format) -> Result<Kind, Msg> {
    let (answers, other) = match answers.find('~') {
        Some(at) => (&answers[..at], Some(&answers[at + 1..])),
        None => (answers, None),
    };
    let other_feedback = other
        .and_then(|o| o.split_once('#').map(|(_, f)| f))
        .and_then(|f| nonempty(format, f));
    let mut out = Vec::new();
    for a in weighted(answers, '=', 100.0, Format::Plain) {
        let text = a.text.replace('\\', "");
        let number = |s: &str| {
            s.trim()
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .ok_or_else(|| msg!("chk-gift-number", value = s.trim()))
        };
        let (value, tolerance) = if let Some((min, max)) = text.split_once("..") {
            let (min, max) = (number(min)?, number(max)?);
            ((min + max) / 2.0, (max - min).abs() / 2.0)
        } else if let Some((value, tolerance)) = text.split_once(':') {
            (number(value)?, number(tolerance)?.abs())
        } else {
            (number(&text)?, 0.0)
        };
        out.push(NumberAnswer {
            value,
            tolerance,
            weight: a.weight,
            feedback: a.feedback,
        });
    }
    if out.is_empty() {
        return Err(msg!("chk-gift-no-number"));
    }
    Ok(Kind::Numerical {
        answers: out,
        other_feedback,
    })
}

/// The text formats GIFT names in brackets.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    /// Moodle's "auto-format" (the default), plain text, or HTML.
    Moodle,
    Plain,
    Html,
    Markdown,
}

/// `[html]…` → (Some(Html), "…"); no marker → (None, text).
fn marked_format(text: &str) -> (Option<Format>, &str) {
    let trimmed = text.trim_start();
    for (marker, format) in [
        ("[html]", Format::Html),
        ("[markdown]", Format::Markdown),
        ("[plain]", Format::Plain),
        ("[moodle]", Format::Moodle),
    ] {
        if let Some(rest) = trimmed.strip_prefix(marker) {
            return (Some(format), rest);
        }
    }
    (None, text)
}

/// A question's text format: its marker, else Moodle's auto-format.
fn text_format(text: &str) -> (Format, String) {
    let (format, text) = marked_format(text);
    (format.unwrap_or(Format::Moodle), text.to_owned())
}

/// An answer's or feedback's text: its own format marker, else the
/// question's.
fn markdown_of(default: Format, text: &str) -> String {
    let (format, text) = marked_format(text.trim());
    to_markdown(format.unwrap_or(default), text)
}

fn nonempty(format: Format, text: &str) -> Option<String> {
    let text = markdown_of(format, text);
    (!text.is_empty()).then_some(text)
}

fn to_markdown(format: Format, text: &str) -> String {
    let text = unhide(text.trim());
    match format {
        Format::Markdown => text,
        Format::Html => html_to_markdown(&text),
        Format::Moodle if text.contains('<') && text.contains('>') => html_to_markdown(&text),
        Format::Moodle | Format::Plain => escape_markdown(&text),
    }
}

/// Plain text shown as Markdown: the characters Markdown would take as
/// formatting are escaped.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The HTML questions carry, as Markdown: bold, italics, line breaks,
/// paragraphs and list items kept; other tags dropped; entities decoded.
fn html_to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&escape_markdown(&decode_entities(&rest[..at])));
        let Some(end) = rest[at..].find('>') else {
            out.push_str(&escape_markdown(&decode_entities(&rest[at..])));
            rest = "";
            break;
        };
        let tag = rest[at + 1..at + end].trim().to_ascii_lowercase();
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        match name {
            "b" | "strong" => out.push_str("**"),
            "i" | "em" => out.push('*'),
            "br" => out.push_str("  \n"),
            "p" | "div" if tag.starts_with('/') => out.push_str("\n\n"),
            "li" if !tag.starts_with('/') => out.push_str("\n- "),
            "ul" | "ol" if tag.starts_with('/') => out.push_str("\n\n"),
            _ => {}
        }
        rest = &rest[at + end + 1..];
    }
    out.push_str(&escape_markdown(&decode_entities(rest)));
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    lines.join("\n").trim().replace("\n\n\n", "\n\n")
}

fn decode_entities(text: &str) -> String {
    text.replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

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
fn ron_string(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(gift: &str) -> Question {
        let (items, notes) = parse(gift);
        assert!(notes.is_empty(), "{notes:?}");
        match items.into_iter().next() {
            Some(Item::Question(q)) => q,
            other => panic!("not a question: {other:?}"),
        }
    }

    #[test]
    fn reads_each_kind_the_way_moodle_does() {
        let q = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
        assert_eq!(q.text, "Who's buried in Grant's tomb?");
        let Kind::Choice {
            single: true,
            answers,
        } = q.kind
        else {
            panic!()
        };
        assert_eq!(
            answers.iter().map(|a| a.weight).collect::<Vec<_>>(),
            [0.0, 0.0, 100.0]
        );

        let q = one("Grant is {~buried =entombed ~living} in Grant's tomb.");
        // Escaped, so Markdown shows the underscores as a blank.
        assert_eq!(q.text, r"Grant is \_\_\_\_\_ in Grant's tomb.");

        let q = one(
            "::Q1:: 42 is the Absolute Answer to everything.{\nFALSE#42 is the Ultimate Answer.#You gave the right answer.\n####A reference.}",
        );
        assert_eq!(q.name.as_deref(), Some("Q1"));
        assert_eq!(q.general_feedback.as_deref(), Some("A reference."));
        assert_eq!(
            q.kind,
            Kind::TrueFalse {
                answer: false,
                wrong_feedback: Some("42 is the Ultimate Answer.".into()),
                right_feedback: Some("You gave the right answer.".into()),
            }
        );

        let q = one("When was Ulysses S. Grant born?{#1822:5}");
        let Kind::Numerical { answers, .. } = q.kind else {
            panic!()
        };
        assert_eq!((answers[0].value, answers[0].tolerance), (1822.0, 5.0));
        let q = one("A number from 1 to 5? {#1..5}");
        let Kind::Numerical { answers, .. } = q.kind else {
            panic!()
        };
        assert_eq!((answers[0].value, answers[0].tolerance), (3.0, 2.0));

        let q = one("Match.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}");
        assert_eq!(
            q.kind,
            Kind::Matching {
                pairs: vec![
                    ("Canada".into(), "Ottawa".into()),
                    ("Italy".into(), "Rome".into()),
                    ("Japan".into(), "Tokyo".into())
                ]
            }
        );
        assert_eq!(one("::Q8:: How are you? {}").kind, Kind::Essay);
        assert_eq!(one("Just some text.").kind, Kind::Description);
        let q = one("Two plus two equals {=four =4}.");
        assert!(matches!(q.kind, Kind::ShortAnswer { ref answers } if answers.len() == 2));
    }

    #[test]
    fn weights_escapes_formats_and_comments() {
        let q = one(
            "// a comment\n::colours:: What's between orange and green?\n{\n    ~%50%yellow # right; good!\n    ~%-100%red # [html]<b>wrong</b>\n    ~%50%off-beige\n}",
        );
        assert_eq!(q.line, 2);
        let Kind::Choice { single, answers } = q.kind else {
            panic!()
        };
        assert!(!single);
        assert_eq!(
            answers.iter().map(|a| a.weight).collect::<Vec<_>>(),
            [50.0, -100.0, 50.0]
        );
        assert_eq!(answers[1].feedback.as_deref(), Some("**wrong**"));

        let q = one(r"Is 2\=2 \{really\}? Time 10\:30 \# one\n two {T}");
        assert_eq!(
            q.text,
            "Is 2=2 {really}? Time 10:30 # one\ntwo".replace("\ntwo", "\n two")
        );
        let q = one("[html]Match the <b>activity</b> &amp; its use.{=a -> 1 =b -> 2}");
        assert_eq!(q.text, "Match the **activity** & its use.");
        let q = one("[markdown]Is *this* kept?{F}");
        assert_eq!(q.text, "Is *this* kept?");
        let q = one("Is 2*3*4 plain?{F}");
        assert_eq!(q.text, "Is 2\\*3\\*4 plain?");
    }

    #[test]
    fn categories_and_broken_questions_are_reported_with_their_line() {
        let (items, notes) =
            parse("$CATEGORY: $course$/IP/Patents\n\nA question {~a =b\n\nAnother{T}\n");
        assert_eq!(
            items[0],
            Item::Category {
                line: 1,
                name: "$course$/IP/Patents".into()
            }
        );
        assert_eq!(
            items.len(),
            2,
            "the good question after the broken one is kept"
        );
        assert_eq!(notes.len(), 1);
        assert_eq!(
            (notes[0].line, notes[0].message.id()),
            (3, "chk-gift-braces")
        );
    }

    #[test]
    fn raw_strings_take_enough_hashes() {
        assert_eq!(ron_string("plain"), "r#\"plain\"#");
        assert_eq!(ron_string("say \"# here"), "r##\"say \"# here\"##");
    }
}
