//! Small pieces several screens draw or word alike: step titles, the
//! language picker, numbers and answers in words. No screen state here.

use crate::content::model::Grade;
use crate::content::{Pack, Step, dates};
use crate::i18n::{I18n, language_name};
use crate::progress::Answer;
use crate::tr;

use super::view::{Action, View};

/// `text` cut to at most `max_chars` characters, with `…` when cut. The cut
/// falls between words ("…lasts in…", not "…lasts in Mexic…"), unless the
/// last space is so far back that most of the room would be lost.
pub fn ellipsize(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let short: String = text.chars().take(max_chars).collect();
    let next_is_space = text.chars().nth(max_chars).is_some_and(char::is_whitespace);
    let cut = match short.rfind(char::is_whitespace) {
        Some(space) if !next_is_space && short[..space].chars().count() * 5 >= max_chars * 3 => {
            &short[..space]
        }
        _ => short.as_str(),
    };
    let cut = cut
        .trim_end()
        .trim_end_matches([',', ';', ':', '(', '—', '-']);
    format!("{}…", cut.trim_end())
}

/// A progress bar in `fill` (egui's selection colour when `None`) that
/// shows nothing filled at 0 (egui's draws a round dot there, which reads
/// as some progress).
pub fn progress_bar(fraction: f32, fill: Option<egui::Color32>) -> egui::ProgressBar {
    let bar = egui::ProgressBar::new(fraction);
    match fill {
        _ if fraction <= 0.0 => bar.fill(egui::Color32::TRANSPARENT),
        Some(color) => bar.fill(color),
        None => bar,
    }
}

/// The centre of a screen whose index is being built off the frame: a
/// spinner and what it waits for.
pub fn preparing(ui: &mut egui::Ui, text: &str) {
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(super::theme::GAP);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(text);
        });
    });
}

/// The kind of an exercise in words ("Question", "True or false"…).
pub fn kind_words(tr: &I18n, step: &Step) -> String {
    tr.t(match step {
        Step::SingleChoice(_) | Step::MultipleChoice(_) => "kind-question",
        Step::TrueFalse(_) => "kind-true-false",
        Step::Ordering(_) => "kind-ordering",
        Step::Matching(_) => "kind-matching",
        Step::Numeric(_) => "kind-numeric",
        Step::Date(_) => "kind-date",
        Step::Scenario(_) => "kind-scenario",
        Step::Reflection(_) | Step::Lesson(_) => "kind-reflection",
    })
}

/// The title of a lesson, or the kind of an exercise and the start of its
/// prompt, for lists.
pub fn step_title(view: &View<'_>, pack: &Pack, step: &Step) -> String {
    match step {
        Step::Lesson(l) => view.t(pack, &l.title).to_owned(),
        other => {
            let prompt = other.prompt().map(|p| view.t(pack, p)).unwrap_or_default();
            format!("{}: {}", kind_words(view.tr, other), ellipsize(prompt, 48))
        }
    }
}

/// The short name of a step: its prompt's first line, or a lesson's title.
pub fn step_label(view: &View<'_>, pack: &Pack, step: &Step) -> String {
    let text = match step {
        Step::Lesson(l) => view.t(pack, &l.title),
        other => other.prompt().map_or("", |p| view.t(pack, p)),
    };
    ellipsize(text.lines().next().unwrap_or_default(), 110)
}

/// `2046`, `0.5`, without a trailing `.0`.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

/// A number as a learner's answer was read, in a form no reader can take
/// the other way: thousands grouped by spaces, and the decimal mark of the
/// language (a comma in Portuguese, a point otherwise, as in Mexico).
pub fn format_number_unambiguous(value: f64, lang: &str) -> String {
    let plain = format_number(value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(' ');
        }
        grouped.push(digit);
    }
    if !fraction.is_empty() {
        grouped.push(if lang.starts_with("pt") { ',' } else { '.' });
        grouped.push_str(fraction);
    }
    if value < 0.0 {
        grouped.insert(0, '-');
    }
    grouped
}

/// A scenario move's grade with its mark, in words: "✔ Good move".
pub fn grade_words(tr: &I18n, grade: Grade) -> String {
    match grade {
        Grade::Good => format!("✔ {}", tr!(tr, "grade-good")),
        Grade::Acceptable => format!("◐ {}", tr!(tr, "grade-acceptable")),
        Grade::Poor => format!("✘ {}", tr!(tr, "grade-poor")),
    }
}

/// A learner's answer in words, for the facilitator.
pub fn describe_answer(view: &View<'_>, pack: &Pack, step: &Step, answer: &Answer) -> String {
    let t = |text: &crate::content::Text| view.t(pack, text).to_owned();
    if let Some(words) = crate::cohort::items::choice_words(step, answer, t) {
        return words;
    }
    match (step, answer) {
        (_, Answer::TrueFalse { value }) => {
            if *value {
                tr!(view.tr, "true")
            } else {
                tr!(view.tr, "false")
            }
        }
        (Step::Ordering(e), Answer::Order { items }) => items
            .iter()
            .filter_map(|id| e.items.iter().find(|i| i.id.as_str() == id))
            .map(|i| t(&i.text))
            .collect::<Vec<_>>()
            .join(" → "),
        (Step::Matching(e), Answer::Matches { pairs }) => pairs
            .iter()
            .filter(|(l, r)| l != r)
            .filter_map(|(l, r)| {
                let left = e.pairs.iter().find(|p| p.id.as_str() == l)?;
                let right = e.pairs.iter().find(|p| p.id.as_str() == r)?;
                Some(format!("{} ↔ {}", t(&left.left), t(&right.right)))
            })
            .collect::<Vec<_>>()
            .join("; "),
        (_, Answer::Number { value }) => format!("{value}"),
        (_, Answer::Date { value }) => dates::parse_date(value)
            .map(|d| dates::long_date(d, view.lang))
            .unwrap_or_else(|_| value.clone()),
        (Step::Scenario(e), Answer::Path { choices, .. }) => choices
            .iter()
            .filter_map(|c| {
                e.nodes
                    .iter()
                    .flat_map(|n| &n.choices)
                    .find(|x| x.id.as_str() == c)
            })
            .map(|c| match c.grade {
                Some(grade) => format!("{} ({})", t(&c.text), grade_words(view.tr, grade)),
                None => t(&c.text),
            })
            .collect::<Vec<_>>()
            .join(" → "),
        (_, Answer::Text { text }) => text.clone(),
        _ => String::new(),
    }
}

/// The language of the interface and the content, switched at once.
/// Lays out right to left: the picker, then its label.
pub fn language_picker(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let mut chosen = view.lang.to_owned();
    // The label reads first: on its left in a left-to-right row, added
    // after the box in a right-to-left one (the top bar).
    let right_to_left = ui.layout().main_dir() == egui::Direction::RightToLeft;
    let label_first = (!right_to_left).then(|| ui.label(tr!(view.tr, "language")));
    let combo = egui::ComboBox::from_id_salt("language")
        .selected_text(language_name(&chosen))
        .show_ui(ui, |ui| {
            for lang in crate::i18n::LANGUAGES {
                ui.selectable_value(&mut chosen, lang.to_owned(), language_name(lang));
            }
        });
    let label = label_first.unwrap_or_else(|| ui.label(tr!(view.tr, "language")));
    combo.response.labelled_by(label.id);
    if chosen != view.lang {
        actions.push(Action::SetLanguage(chosen));
    }
}

/// The top bar of a screen that is left only for home: a Home button and
/// the screen's title.
pub fn home_bar(
    ui: &mut egui::Ui,
    id: &'static str,
    view: &View<'_>,
    title: &str,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top(id).show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!(view.tr, "home")).clicked() {
                actions.push(Action::Home);
            }
            ui.label(
                egui::RichText::new(title)
                    .text_style(super::theme::title())
                    .strong(),
            );
        });
        ui.add_space(6.0);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_plainly() {
        assert_eq!(format_number(2046.0), "2046");
        assert_eq!(format_number(0.5), "0.5");
    }

    #[test]
    fn a_read_number_cannot_be_taken_the_other_way() {
        assert_eq!(format_number_unambiguous(2046.0, "en"), "2 046");
        assert_eq!(format_number_unambiguous(2.046, "en"), "2.046");
        assert_eq!(format_number_unambiguous(2.046, "pt"), "2,046");
        assert_eq!(format_number_unambiguous(1_250_000.5, "es"), "1 250 000.5");
        assert_eq!(format_number_unambiguous(-600.0, "es"), "-600");
        assert_eq!(format_number_unambiguous(123.0, "es"), "123");
    }

    #[test]
    fn long_texts_are_cut_with_an_ellipsis() {
        assert_eq!(ellipsize("short", 10), "short");
        assert_eq!(ellipsize("ab cd ef", 3), "ab…");
        assert_eq!(ellipsize("ñandú", 5), "ñandú");
        // Between words, not inside one.
        assert_eq!(
            ellipsize("Match each right with how long it lasts in Mexico.", 44),
            "Match each right with how long it lasts in…"
        );
        assert_eq!(ellipsize("Patents, designs and models", 9), "Patents…");
        // One long word is cut where it must be.
        assert_eq!(ellipsize("Internationalisation", 8), "Internat…");
    }
}
