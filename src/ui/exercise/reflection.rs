//! A free-text reflection: saved with its own button (and when the
//! learner leaves the step), then the model answer.

use egui::RichText;

use crate::content::Pack;
use crate::content::model::Reflection;
use crate::progress::Answer;
use crate::tr;
use crate::ui::markdown::{LinkClick, Markdown};
use crate::ui::theme;
use crate::ui::view::{Action, View};

use super::state::{Draft, PlayerState};

/// Returns a glossary or module link clicked in the model answer.
pub fn reflection_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &Reflection,
    state: &mut PlayerState,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) -> Option<LinkClick> {
    let Draft::Text(text) = &mut state.draft else {
        return None;
    };
    let label = ui.label(tr!(view.tr, "your-reflection"));
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(6)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let changed = state.saved_text.as_deref() != Some(text.as_str());
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                changed && !text.trim().is_empty(),
                egui::Button::new(tr!(view.tr, "save-reflection")),
            )
            .clicked()
        {
            actions.push(Action::Submit(Answer::Text { text: text.clone() }));
            state.saved_text = Some(text.clone());
            state.submitted = true;
        }
        if !changed {
            ui.label(RichText::new(tr!(view.tr, "saved")).color(theme::right(ui.visuals())));
        }
    });
    let model = exercise.model_answer.as_ref().filter(|_| state.submitted)?;
    ui.add_space(8.0);
    ui.label(RichText::new(tr!(view.tr, "model-answer")).strong());
    markdown.show(ui, ("model", exercise.id.as_str()), view.t(pack, model))
}
