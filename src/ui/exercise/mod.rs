//! One exercise of every kind: the question, the learner's input, and after
//! "Check answer" the feedback per option and the explanation. Each kind
//! has its own function; this file draws what they share around them.

mod arrange;
mod choice;
mod marks;
mod reflection;
mod scenario;
mod state;
mod typed;

use egui::RichText;

use crate::assess;
use crate::content::{Pack, Step};
use crate::tr;

use super::markdown::{LinkClick, Markdown};
use super::theme;
use super::view::{Action, View};
use super::widgets::kind_words;

pub use state::{Draft, PlayerState, answer_of, fresh};

/// Draw the exercise; returns a glossary or module link clicked.
pub fn exercise_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    step: &Step,
    state: &mut PlayerState,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) -> Option<LinkClick> {
    ui.label(RichText::new(kind_words(view.tr, step)).small().weak());
    // What the keyboard does here, in one line.
    let keys = match step {
        Step::SingleChoice(_) | Step::MultipleChoice(_) | Step::TrueFalse(_) => {
            Some(tr!(view.tr, "exercise-keys-choice"))
        }
        Step::Scenario(_) => Some(tr!(view.tr, "scenario-keys")),
        Step::Reflection(_) | Step::Lesson(_) => None,
        _ => Some(tr!(view.tr, "exercise-keys")),
    };
    if let Some(keys) = keys {
        ui.label(RichText::new(keys).small().weak());
    }
    let mut clicked = step
        .prompt()
        .and_then(|prompt| markdown.show(ui, ("prompt", step.id().as_str()), view.t(pack, prompt)));
    ui.add_space(theme::GAP);
    match step {
        Step::SingleChoice(e) => choice::single_choice_ui(ui, view, pack, e, state),
        Step::MultipleChoice(e) => choice::multiple_choice_ui(ui, view, pack, e, state),
        Step::TrueFalse(e) => choice::true_false_ui(ui, view, pack, e, state),
        Step::Ordering(e) => arrange::ordering_ui(ui, view, pack, e, state),
        Step::Matching(e) => arrange::matching_ui(ui, view, pack, e, state),
        Step::Numeric(e) => typed::numeric_ui(ui, view, pack, e, state, actions),
        Step::Date(e) => typed::date_ui(ui, view, pack, e, state, actions),
        Step::Scenario(e) => scenario::scenario_ui(ui, view, pack, e, state, actions),
        Step::Reflection(e) => {
            let link = reflection::reflection_ui(ui, view, pack, e, state, markdown, actions);
            clicked = clicked.or(link);
        }
        Step::Lesson(_) => {}
    }
    ui.add_space(theme::GAP);
    check_ui(ui, view, step, state, actions);
    if state.submitted {
        clicked = clicked.or(explanation_ui(ui, view, pack, step, markdown));
        ui.add_space(8.0);
        if !matches!(step, Step::Reflection(_))
            && !state.review
            && ui.button(tr!(view.tr, "try-again")).clicked()
        {
            state.retry(step);
        }
    }
    clicked
}

/// The "Check answer" button, or once checked the verdict. Reflections
/// save with their own button, and scenarios as they go.
fn check_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    step: &Step,
    state: &mut PlayerState,
    actions: &mut Vec<Action>,
) {
    if matches!(step, Step::Reflection(_) | Step::Scenario(_)) {
        return;
    }
    if state.submitted {
        verdict(ui, view, step, &state.draft);
        return;
    }
    let tr = view.tr;
    let answer = answer_of(step, &state.draft, view.lang);
    let check = ui.add_enabled(
        answer.is_some(),
        egui::Button::new(RichText::new(tr!(tr, "check-answer")).strong()),
    );
    if (check.clicked() || (marks::enter_pressed(ui) && answer.is_some()))
        && let Some(answer) = answer
    {
        actions.push(Action::Submit(answer));
        state.submitted = true;
    }
}

/// The exercise's explanation, framed; returns a link clicked in it.
fn explanation_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    step: &Step,
    markdown: &mut Markdown,
) -> Option<LinkClick> {
    let explanation = step.explanation()?;
    ui.add_space(8.0);
    egui::Frame::new()
        .fill(theme::panel_fill(ui.visuals()))
        .inner_margin(12.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tr!(view.tr, "why")).strong());
            markdown.show(
                ui,
                ("explanation", step.id().as_str()),
                view.t(pack, explanation),
            )
        })
        .inner
}

/// "Right" or "Not quite" for the checked answer, with partial credit.
fn verdict(ui: &mut egui::Ui, view: &View<'_>, step: &Step, draft: &Draft) {
    let tr = view.tr;
    let Some(answer) = answer_of(step, draft, view.lang) else {
        return;
    };
    let scored = assess::score(step, &answer);
    let (text, good) = match (scored.correct, scored.score) {
        (Some(true), _) => (tr!(tr, "verdict-right"), true),
        (Some(false), Some(s)) if s > 0.0 => (
            tr!(tr, "verdict-partly", score = format!("{:.0}", s * 100.0)),
            false,
        ),
        _ => (tr!(tr, "verdict-wrong"), false),
    };
    let color = if good {
        theme::right(ui.visuals())
    } else {
        theme::wrong(ui.visuals())
    };
    ui.label(RichText::new(text).strong().size(18.0).color(color));
}
