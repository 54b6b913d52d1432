//! Answers typed in: a number (with its unit) or a date. Enter in the
//! field checks the answer.

use egui::{Key, RichText};

use crate::assess;
use crate::content::model::{DateExercise, Numeric};
use crate::content::{Pack, dates};
use crate::progress::Answer;
use crate::tr;
use crate::ui::theme;
use crate::ui::view::{Action, View};
use crate::ui::widgets::{format_number, format_number_unambiguous};

use super::marks::{indented_feedback, mark};
use super::state::{Draft, PlayerState};

pub fn numeric_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &Numeric,
    state: &mut PlayerState,
    actions: &mut Vec<Action>,
) {
    let Draft::Number(text) = &mut state.draft else {
        return;
    };
    ui.horizontal(|ui| {
        let label = ui.label(tr!(view.tr, "your-answer"));
        let field = ui
            .add_enabled(
                !state.submitted,
                egui::TextEdit::singleline(text).desired_width(180.0),
            )
            .labelled_by(label.id);
        if let Some(unit) = &exercise.unit {
            ui.label(view.t(pack, unit));
        }
        if field.lost_focus()
            && ui.input(|i| i.key_pressed(Key::Enter))
            && !state.submitted
            && let Some(value) = assess::parse_learner_number(text, view.lang)
        {
            actions.push(Action::Submit(Answer::Number { value }));
            state.submitted = true;
        }
    });
    let read = assess::parse_learner_number(text, view.lang);
    match read {
        None if !text.trim().is_empty() => {
            ui.colored_label(theme::wrong(ui.visuals()), tr!(view.tr, "not-a-number"));
        }
        // "2.046" or "600,000": how it was read, so a learner used to the
        // other decimal mark sees it before checking.
        Some(value) if !state.submitted && text.contains([',', '.']) => {
            ui.label(
                RichText::new(tr!(
                    view.tr,
                    "number-read-as",
                    value = format_number_unambiguous(value, view.lang)
                ))
                .weak(),
            );
        }
        _ => {}
    }
    if state.submitted
        && let Some(value) = read
    {
        let tolerance = exercise.tolerance.max(0.0) + 1e-9;
        let right = (value - exercise.answer).abs() <= tolerance;
        ui.horizontal(|ui| {
            mark(ui, view.tr, right);
            let unit = exercise
                .unit
                .as_ref()
                .map(|u| format!(" {}", view.t(pack, u)))
                .unwrap_or_default();
            ui.label(tr!(
                view.tr,
                "numeric-answer-is",
                answer = format!("{}{unit}", format_number(exercise.answer))
            ));
        });
        if let Some(m) = exercise
            .mistakes
            .iter()
            .find(|m| (m.value - value).abs() <= tolerance)
        {
            indented_feedback(ui, view.t(pack, &m.feedback), false);
        }
    }
}

pub fn date_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &DateExercise,
    state: &mut PlayerState,
    actions: &mut Vec<Action>,
) {
    let Draft::Date(text) = &mut state.draft else {
        return;
    };
    ui.horizontal(|ui| {
        let label = ui.label(tr!(view.tr, "your-date"));
        let field = ui
            .add_enabled(
                !state.submitted,
                egui::TextEdit::singleline(text)
                    .desired_width(180.0)
                    .hint_text(tr!(view.tr, "date-hint")),
            )
            .labelled_by(label.id);
        if field.lost_focus()
            && ui.input(|i| i.key_pressed(Key::Enter))
            && !state.submitted
            && let Some(date) = dates::parse_learner_date(text)
        {
            actions.push(Action::Submit(Answer::Date {
                value: date.to_string(),
            }));
            state.submitted = true;
        }
    });
    match dates::parse_learner_date(text) {
        Some(d) => {
            ui.label(RichText::new(dates::long_date(d, view.lang)).weak());
        }
        None if !text.trim().is_empty() => {
            ui.colored_label(theme::wrong(ui.visuals()), tr!(view.tr, "not-a-date"));
        }
        None => {}
    }
    if state.submitted
        && let (Some(given), Some(expected)) = (
            dates::parse_learner_date(text),
            assess::expected_date(exercise),
        )
    {
        ui.horizontal(|ui| {
            mark(ui, view.tr, given == expected);
            ui.label(tr!(
                view.tr,
                "last-day-is",
                date = dates::long_date(expected, view.lang)
            ));
        });
        if let Some(m) = exercise
            .mistakes
            .iter()
            .find(|m| dates::parse_date(&m.date).ok() == Some(given))
        {
            indented_feedback(ui, view.t(pack, &m.feedback), false);
        }
    }
}
