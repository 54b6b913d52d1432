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

mod text;
mod write;

use crate::i18n::Msg;
use crate::msg;

use text::{Format, markdown_of, nonempty, text_format, to_markdown};

pub use write::{Converted, Target, convert};

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

#[cfg(test)]
mod tests {
    use super::write::ron_string;
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
