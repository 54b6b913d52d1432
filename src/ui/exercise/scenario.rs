//! A branching case: the moves taken so far with their grades and
//! feedback, then the current situation and its choices, or the outcome.
//! Each move is saved as it is made.

use egui::RichText;

use crate::assess::{self, Walk};
use crate::content::Pack;
use crate::content::model::{Grade, Outcome, Scenario, ScenarioNode};
use crate::progress::Answer;
use crate::tr;
use crate::ui::theme;
use crate::ui::view::{Action, View};

use super::marks::{grade_label, graded_feedback, mark, number_key, state_order};
use super::state::{Draft, PlayerState};

pub fn scenario_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &Scenario,
    state: &mut PlayerState,
    actions: &mut Vec<Action>,
) {
    let Draft::Path(path) = &state.draft else {
        return;
    };
    let node_at = |id: &crate::content::Id| exercise.nodes.iter().find(|n| n.id == *id);
    let mut node = node_at(&exercise.start);
    for choice_id in path {
        let Some(here) = node else { break };
        let Some(choice) = here.choices.iter().find(|c| c.id.as_str() == choice_id) else {
            break;
        };
        ui.label(RichText::new(view.t(pack, &here.text)).weak());
        ui.label(
            RichText::new(tr!(
                view.tr,
                "you-chose",
                choice = view.t(pack, &choice.text)
            ))
            .strong(),
        );
        if let Some(grade) = choice.grade {
            grade_label(ui, view.tr, grade);
        }
        if let Some(feedback) = &choice.feedback {
            graded_feedback(ui, view.t(pack, feedback), choice.grade);
        }
        ui.separator();
        node = node_at(&choice.next);
    }
    let Some(here) = node else {
        return;
    };
    ui.label(RichText::new(view.t(pack, &here.text)).size(17.0));
    ui.add_space(8.0);
    match here.outcome {
        Some(outcome) => outcome_ui(ui, view, exercise, path, outcome),
        None => {
            if let Some(next) = choices_ui(ui, view, pack, exercise, here, state) {
                let ended = matches!(assess::walk(exercise, &next), Walk::Ended(_));
                actions.push(Action::Submit(Answer::Path {
                    choices: next.clone(),
                    ended,
                }));
                state.draft = Draft::Path(next);
                state.submitted = ended;
            }
        }
    }
}

/// How the case ended, and the moves' grades.
fn outcome_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    exercise: &Scenario,
    path: &[String],
    outcome: Outcome,
) {
    let (label, grade) = match outcome {
        Outcome::Success => (tr!(view.tr, "outcome-success"), Grade::Good),
        Outcome::Partial => (tr!(view.tr, "outcome-partial"), Grade::Acceptable),
        Outcome::Failure => (tr!(view.tr, "outcome-failure"), Grade::Poor),
    };
    ui.horizontal(|ui| {
        match grade {
            Grade::Good => mark(ui, view.tr, true),
            Grade::Acceptable => {
                ui.label(RichText::new("◐").color(theme::partial(ui.visuals())));
            }
            Grade::Poor => mark(ui, view.tr, false),
        }
        ui.label(RichText::new(label).strong());
    });
    let grades = assess::path_grades(exercise, path);
    if !grades.is_empty() {
        let count = |g: Grade| grades.iter().filter(|x| **x == g).count();
        let score = assess::scenario_score(outcome, &grades);
        ui.label(tr!(
            view.tr,
            "scenario-moves",
            good = count(Grade::Good),
            acceptable = count(Grade::Acceptable),
            poor = count(Grade::Poor),
            score = format!("{:.0}", score * 100.0)
        ));
    }
}

/// The choices of the current situation, in this learner's order; the
/// path with the move made this frame, if any.
fn choices_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &Scenario,
    here: &ScenarioNode,
    state: &PlayerState,
) -> Option<Vec<String>> {
    let Draft::Path(path) = &state.draft else {
        return None;
    };
    let pins: Vec<bool> = here.choices.iter().map(|c| c.pinned).collect();
    let order = state_order(
        &state.learner,
        &state.pack,
        &state.module,
        exercise.id.as_str(),
        here.id.as_str(),
        &pins,
    );
    let shown_choices: Vec<_> = order.iter().filter_map(|&i| here.choices.get(i)).collect();
    let picked = number_key(ui).and_then(|k| shown_choices.get(k).copied());
    let mut next = None;
    for choice in shown_choices {
        if ui.button(view.t(pack, &choice.text)).clicked()
            || picked.is_some_and(|p| p.id == choice.id)
        {
            let mut taken = path.clone();
            taken.push(choice.id.to_string());
            next = Some(taken);
        }
    }
    next
}
