//! Choosing among options: single choice, multiple choice, true or false.
//! Number keys pick an option before the answer is checked.

use egui::RichText;

use crate::content::Pack;
use crate::content::model::{MultipleChoice, SingleChoice, TrueFalse};
use crate::tr;
use crate::ui::view::View;

use super::marks::{indented_feedback, marked, missed, number_key, state_order};
use super::state::{Draft, PlayerState};

pub fn single_choice_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &SingleChoice,
    state: &mut PlayerState,
) {
    let Draft::Choice(picked) = &mut state.draft else {
        return;
    };
    let pins: Vec<bool> = exercise.options.iter().map(|o| o.pinned).collect();
    let order = state_order(
        &state.learner,
        &state.pack,
        &state.module,
        exercise.id.as_str(),
        "",
        &pins,
    );
    let shown_options: Vec<_> = order
        .iter()
        .filter_map(|&i| exercise.options.get(i))
        .collect();
    if !state.submitted
        && let Some(k) = number_key(ui)
        && let Some(o) = shown_options.get(k)
    {
        *picked = Some(o.id.to_string());
    }
    for o in shown_options {
        let selected = picked.as_deref() == Some(o.id.as_str());
        let shown = state.submitted && (selected || o.correct);
        let text = marked(ui, view.t(pack, &o.text), shown.then_some(o.correct));
        if ui.add(egui::RadioButton::new(selected, text)).clicked() && !state.submitted {
            *picked = Some(o.id.to_string());
        }
        if state.submitted
            && (selected || o.correct)
            && let Some(feedback) = &o.feedback
        {
            indented_feedback(ui, view.t(pack, feedback), o.correct);
        }
    }
}

pub fn multiple_choice_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &MultipleChoice,
    state: &mut PlayerState,
) {
    let Draft::Choices(picked) = &mut state.draft else {
        return;
    };
    let pins: Vec<bool> = exercise.options.iter().map(|o| o.pinned).collect();
    let order = state_order(
        &state.learner,
        &state.pack,
        &state.module,
        exercise.id.as_str(),
        "",
        &pins,
    );
    let shown_options: Vec<_> = order
        .iter()
        .filter_map(|&i| exercise.options.get(i))
        .collect();
    if !state.submitted
        && let Some(k) = number_key(ui)
        && let Some(o) = shown_options.get(k)
        && !picked.remove(o.id.as_str())
    {
        picked.insert(o.id.to_string());
    }
    ui.label(RichText::new(tr!(view.tr, "choose-every-option")).weak());
    for o in shown_options {
        let mut on = picked.contains(o.id.as_str());
        let shown = state.submitted && (on || o.correct);
        // A right option left unticked is marked as missed, not as wrong.
        let text = if state.submitted && o.correct && !on {
            missed(ui, view.t(pack, &o.text))
        } else {
            marked(ui, view.t(pack, &o.text), shown.then_some(on == o.correct))
        };
        if ui.add(egui::Checkbox::new(&mut on, text)).changed() && !state.submitted {
            if on {
                picked.insert(o.id.to_string());
            } else {
                picked.remove(o.id.as_str());
            }
        }
        if state.submitted
            && (on || o.correct)
            && let Some(feedback) = &o.feedback
        {
            // Framed in the colour of the option: a right option's note is
            // never in a red box, ticked or not.
            indented_feedback(ui, view.t(pack, feedback), o.correct);
        }
    }
}

pub fn true_false_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &TrueFalse,
    state: &mut PlayerState,
) {
    let Draft::Bool(value) = &mut state.draft else {
        return;
    };
    if !state.submitted {
        match number_key(ui) {
            Some(0) => *value = Some(true),
            Some(1) => *value = Some(false),
            _ => {}
        }
    }
    for (choice, label) in [(true, tr!(view.tr, "true")), (false, tr!(view.tr, "false"))] {
        let shown = state.submitted && (*value == Some(choice) || exercise.answer == choice);
        let text = marked(ui, &label, shown.then_some(exercise.answer == choice));
        if ui
            .add(egui::RadioButton::new(*value == Some(choice), text))
            .clicked()
            && !state.submitted
        {
            *value = Some(choice);
        }
    }
    if state.submitted {
        let feedback = if *value == Some(true) {
            &exercise.feedback_true
        } else {
            &exercise.feedback_false
        };
        if let Some(feedback) = feedback {
            indented_feedback(ui, view.t(pack, feedback), *value == Some(exercise.answer));
        }
    }
}
