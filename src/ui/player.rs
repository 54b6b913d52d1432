//! The module player: a list of steps, the current lesson or exercise, and
//! Back / Next. Exercises are drawn by [`super::exercise`].

use std::collections::BTreeSet;

use egui::{Key, RichText};

use crate::content::{Pack, Step};
use crate::progress::Answer;

use crate::tr;

use super::app::{Action, View};
use super::exercise;
use super::home::step_title;
use super::markdown::{LinkClick, Markdown};
use super::theme;

/// What the learner is doing in the current exercise, before and after
/// they check their answer. Never saved as such: answers are saved as
/// events when submitted.
#[derive(Clone, Debug, PartialEq)]
pub enum Draft {
    None,
    Choice(Option<String>),
    Choices(BTreeSet<String>),
    Bool(Option<bool>),
    /// Item ids in the learner's current order.
    Order(Vec<String>),
    /// For each pair (in content order), the pair id whose right-hand text
    /// the learner chose.
    Matches(Vec<Option<String>>),
    Number(String),
    Date(String),
    /// Scenario choice ids taken so far.
    Path(Vec<String>),
    Text(String),
}

/// The player's own state.
pub struct PlayerState {
    pub pack: String,
    pub module: String,
    pub step: usize,
    pub draft: Draft,
    /// The current answer has been checked: show feedback.
    pub submitted: bool,
    /// A glossary term opened from a link.
    pub term: Option<String>,
    /// A source opened from a citation in a lesson.
    pub source: Option<String>,
    /// The reflection text last saved, to save changes when leaving.
    pub saved_text: Option<String>,
    /// Right-hand texts of a matching exercise, in shuffled order.
    pub match_choices: Vec<String>,
    /// The learner's profile id: with the exercise's ids, it seeds the
    /// order of the options (stable for this learner, different for others).
    pub learner: String,
}

impl PlayerState {
    pub fn new(pack: &str, module: &str, step: usize) -> Self {
        Self {
            pack: pack.to_owned(),
            module: module.to_owned(),
            step,
            draft: Draft::None,
            submitted: false,
            term: None,
            source: None,
            saved_text: None,
            match_choices: Vec::new(),
            learner: String::new(),
        }
    }

    /// Prepare the screen for `step`, showing `saved` (the latest answer)
    /// with its feedback when there is one.
    pub fn load(&mut self, step: &Step, saved: Option<&Answer>) {
        self.term = None;
        self.source = None;
        self.saved_text = None;
        self.match_choices = match step {
            Step::Matching(e) => shuffled(
                step.id().as_str(),
                e.pairs.iter().map(|p| p.id.to_string()).collect(),
            ),
            _ => Vec::new(),
        };
        self.submitted = saved.is_some_and(|a| !matches!(a, Answer::Path { ended: false, .. }));
        self.draft = match (step, saved) {
            (Step::SingleChoice(_), Some(Answer::Choice { option })) => {
                Draft::Choice(Some(option.clone()))
            }
            (Step::MultipleChoice(_), Some(Answer::Choices { options })) => {
                Draft::Choices(options.iter().cloned().collect())
            }
            (Step::TrueFalse(_), Some(Answer::TrueFalse { value })) => Draft::Bool(Some(*value)),
            (Step::Ordering(_), Some(Answer::Order { items })) => Draft::Order(items.clone()),
            (Step::Matching(e), Some(Answer::Matches { pairs })) => Draft::Matches(
                e.pairs
                    .iter()
                    .map(|p| {
                        pairs
                            .iter()
                            .find(|(l, _)| l == p.id.as_str())
                            .map(|(_, r)| r.clone())
                    })
                    .collect(),
            ),
            (Step::Numeric(_), Some(Answer::Number { value })) => {
                Draft::Number(format_number(*value))
            }
            (Step::Date(_), Some(Answer::Date { value })) => Draft::Date(value.clone()),
            (Step::Scenario(_), Some(Answer::Path { choices, .. })) => Draft::Path(choices.clone()),
            (Step::Reflection(_), Some(Answer::Text { text })) => {
                self.saved_text = Some(text.clone());
                Draft::Text(text.clone())
            }
            (step, _) => {
                self.submitted = false;
                fresh(step)
            }
        };
    }

    /// Start the exercise again.
    pub fn retry(&mut self, step: &Step) {
        self.submitted = false;
        self.draft = fresh(step);
    }
}

/// An empty draft for a step.
pub fn fresh(step: &Step) -> Draft {
    match step {
        Step::Lesson(_) => Draft::None,
        Step::SingleChoice(_) => Draft::Choice(None),
        Step::MultipleChoice(_) => Draft::Choices(BTreeSet::new()),
        Step::TrueFalse(_) => Draft::Bool(None),
        Step::Ordering(e) => Draft::Order(shuffled(
            e.id.as_str(),
            e.items.iter().map(|i| i.id.to_string()).collect(),
        )),
        Step::Matching(e) => Draft::Matches(vec![None; e.pairs.len()]),
        Step::Numeric(_) => Draft::Number(String::new()),
        Step::Date(_) => Draft::Date(String::new()),
        Step::Scenario(_) => Draft::Path(Vec::new()),
        Step::Reflection(_) => Draft::Text(String::new()),
    }
}

/// A fixed shuffle for a step (the same every time), never the original
/// order when there are two or more items.
pub fn shuffled(seed: &str, mut items: Vec<String>) -> Vec<String> {
    let original = items.clone();
    let mut state = seed.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
    if items.len() > 1 && items == original {
        items.rotate_left(1);
    }
    items
}

/// `2046`, `0.5`, without a trailing `.0`.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

pub fn player_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut PlayerState,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) {
    let Some(pack) = view.library.pack(&state.pack) else {
        actions.push(Action::Home);
        return;
    };
    let Some(module) = pack.module(&state.module) else {
        actions.push(Action::Home);
        return;
    };
    let steps = &module.steps;
    let index = state.step.min(steps.len().saturating_sub(1));
    let step = &steps[index];
    let last = index + 1 == steps.len();

    // Leaving a step saves a changed reflection first.
    let leave = |state: &PlayerState, actions: &mut Vec<Action>| {
        if let Draft::Text(text) = &state.draft
            && !text.trim().is_empty()
            && state.saved_text.as_deref() != Some(text.as_str())
        {
            actions.push(Action::Submit(Answer::Text { text: text.clone() }));
        }
    };

    egui::Panel::top("player-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!(view.tr, "home")).clicked() {
                leave(state, actions);
                actions.push(Action::Home);
            }
            ui.label(
                RichText::new(view.t(pack, &module.title))
                    .text_style(theme::title())
                    .strong(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                super::home::language_picker(ui, view, actions);
            });
        });
        ui.add_space(6.0);
    });

    if !pack.info.languages.iter().any(|l| l == view.lang) {
        egui::Panel::top("content-fallback").show(ui, |ui| {
            let note = tr!(
                view.tr,
                "content-fallback",
                language = crate::i18n::language_name(view.lang),
                fallback = crate::i18n::language_name(pack.fallback_language())
            );
            ui.label(RichText::new(note).weak());
        });
    }

    egui::Panel::bottom("player-nav").show(ui, |ui| {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(index > 0, egui::Button::new(tr!(view.tr, "back")))
                .clicked()
            {
                leave(state, actions);
                actions.push(Action::GoToStep(index - 1));
            }
            ui.label(tr!(view.tr, "step-of", n = index + 1, total = steps.len()));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if last {
                    if ui
                        .button(RichText::new(tr!(view.tr, "finish-module")).strong())
                        .clicked()
                    {
                        leave(state, actions);
                        actions.push(Action::Finish);
                    }
                } else if ui
                    .button(RichText::new(tr!(view.tr, "next")).strong())
                    .clicked()
                {
                    leave(state, actions);
                    actions.push(Action::GoToStep(index + 1));
                }
            });
        });
        ui.add_space(8.0);
    });

    egui::Panel::left("player-steps")
        .resizable(true)
        .default_size(250.0)
        .min_size(160.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(8.0);
                let progress = view.progress.module(&state.pack, &state.module);
                for (i, s) in steps.iter().enumerate() {
                    let mark = match progress.and_then(|p| p.answers.get(s.id().as_str())) {
                        Some(r) => match r.correct {
                            Some(true) => " ✔",
                            Some(false) => " ✘",
                            None => " ✎",
                        },
                        None if progress.is_some_and(|p| p.visited.contains(s.id().as_str()))
                            && s.kind().is_none() =>
                        {
                            " ✔"
                        }
                        None => "",
                    };
                    let text = format!("{}. {}{mark}", i + 1, step_title(view, pack, s));
                    if ui.selectable_label(i == index, text).clicked() && i != index {
                        leave(state, actions);
                        actions.push(Action::GoToStep(i));
                    }
                }
            });
        });

    if let Some(term_id) = state.term.clone() {
        egui::Panel::right("glossary-term")
            .default_size(280.0)
            .show(ui, |ui| {
                ui.add_space(8.0);
                match pack
                    .glossary
                    .terms
                    .iter()
                    .find(|t| t.id.as_str() == term_id)
                {
                    Some(term) => {
                        ui.label(
                            RichText::new(view.t(pack, &term.term))
                                .text_style(theme::title())
                                .strong(),
                        );
                        ui.label(view.t(pack, &term.definition));
                    }
                    None => {
                        ui.label(tr!(
                            view.tr,
                            "term-not-in-glossary",
                            term = term_id.as_str()
                        ));
                    }
                }
                ui.add_space(8.0);
                if ui.button(tr!(view.tr, "close")).clicked() {
                    state.term = None;
                }
            });
    }

    if let Some(source_id) = state.source.clone() {
        egui::Panel::right("cited-source")
            .default_size(280.0)
            .show(ui, |ui| {
                ui.add_space(8.0);
                if let Some(source) = module.sources.iter().find(|s| s.id.as_str() == source_id) {
                    super::sources::source_ui(ui, view, source);
                }
                ui.add_space(8.0);
                if ui.button(tr!(view.tr, "close")).clicked() {
                    state.source = None;
                }
            });
    }

    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(theme::READING_WIDTH);
                ui.add_space(theme::GAP);
                let clicked = match step {
                    Step::Lesson(lesson) => {
                        ui.heading(view.t(pack, &lesson.title));
                        ui.add_space(6.0);
                        let body = view.t(pack, &lesson.body);
                        let clicked = markdown.show(ui, ("lesson", index), body);
                        super::sources::lesson_sources_ui(
                            ui,
                            view,
                            &module.sources,
                            module.reviewed.as_deref(),
                            &super::markdown::cited_sources(body),
                            index,
                        );
                        clicked
                    }
                    _ => exercise::exercise_ui(ui, view, pack, step, state, markdown, actions),
                };
                match clicked {
                    Some(LinkClick::Term(term)) => {
                        state.source = None;
                        state.term = Some(term);
                    }
                    Some(LinkClick::Source(source)) => {
                        state.term = None;
                        state.source = Some(source);
                    }
                    Some(LinkClick::Module(m)) => {
                        leave(state, actions);
                        actions.push(Action::OpenModule {
                            pack: state.pack.clone(),
                            module: m,
                            step: None,
                        });
                    }
                    None => {}
                }
                ui.add_space(theme::GAP * 2.0);
            });
    });

    keyboard(ui, pack, step, index, last, state, actions);
}

/// Arrows move between steps; number keys and Enter are handled by the
/// exercise. Only when no text field has the keyboard.
fn keyboard(
    ui: &mut egui::Ui,
    _pack: &Pack,
    step: &Step,
    index: usize,
    last: bool,
    state: &mut PlayerState,
    actions: &mut Vec<Action>,
) {
    if ui.ctx().egui_wants_keyboard_input() || !actions.is_empty() {
        return;
    }
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        // Back home, saving a changed reflection first.
        if let Draft::Text(text) = &state.draft
            && !text.trim().is_empty()
            && state.saved_text.as_deref() != Some(text.as_str())
        {
            actions.push(Action::Submit(Answer::Text { text: text.clone() }));
        }
        actions.push(Action::Home);
        return;
    }
    let (right, left, enter) = ui.input(|i| {
        (
            i.key_pressed(Key::ArrowRight),
            i.key_pressed(Key::ArrowLeft),
            i.key_pressed(Key::Enter),
        )
    });
    let can_move_on = step.kind().is_none() || state.submitted;
    if (right || (enter && can_move_on)) && !last {
        actions.push(Action::GoToStep(index + 1));
    } else if enter && can_move_on && last {
        actions.push(Action::Finish);
    } else if left && index > 0 {
        actions.push(Action::GoToStep(index - 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffle_is_stable_and_never_the_answer() {
        let items: Vec<String> = ["a", "b", "c", "d"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let one = shuffled("q1", items.clone());
        assert_eq!(one, shuffled("q1", items.clone()), "the same every time");
        assert_ne!(one, items);
        let two = vec!["a".to_owned(), "b".to_owned()];
        assert_eq!(
            shuffled("anything", two.clone()),
            vec!["b".to_owned(), "a".to_owned()]
        );
    }

    #[test]
    fn numbers_print_plainly() {
        assert_eq!(format_number(2046.0), "2046");
        assert_eq!(format_number(0.5), "0.5");
    }
}
