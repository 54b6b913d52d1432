//! The module player: a list of steps, the current lesson or exercise, and
//! Back / Next. Exercises are drawn by [`super::exercise`].

use egui::{Key, RichText};

use crate::content::Step;
use crate::progress::Answer;

use crate::tr;

use super::exercise;
use super::markdown::{LinkClick, Markdown};
use super::panels;
use super::theme;
use super::view::{Action, View};
use super::widgets::{language_picker, step_title};

pub use super::exercise::{Draft, PlayerState};

pub fn player_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut PlayerState,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) {
    // Whether a drop-down was open before this frame drew (drawing closes
    // it on Esc).
    let popup_open = egui::Popup::is_any_open(ui.ctx());
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
    let Some(step) = steps.get(index) else {
        actions.push(Action::Home);
        return;
    };
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
            // The picker first at the right, then the title wraps in the
            // room left between them, however long it is.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                language_picker(ui, view, actions);
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    ui.add(
                        egui::Label::new(
                            RichText::new(view.t(pack, &module.title))
                                .text_style(theme::title())
                                .strong(),
                        )
                        .wrap(),
                    );
                });
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

    // The exercise first, then Back / Next, then the list of steps, for
    // Tab (see `panels`).
    let has_side = state.term.is_some() || state.source.is_some();
    let (reserved, mut centre_ui) = panels::centre_first(ui, "player", has_side);
    egui::CentralPanel::default().show(&mut centre_ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
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
                            markdown.cited_sources(body),
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

    let bottom = egui::Panel::bottom("player-nav").show(ui, |ui| {
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

    let left = panels::left_list(ui, "player-steps", |ui| {
        let progress = view.progress.module(&state.pack, &state.module);
        for (i, s) in steps.iter().enumerate() {
            let mark = match progress.and_then(|p| p.answers.get(s.id().as_str())) {
                Some(r) => match (r.correct, r.score) {
                    (Some(true), _) => " ✔",
                    // Partly right (a matching half done): not ✘.
                    (Some(false), Some(s)) if s > 0.0 => " ◐",
                    (Some(false), _) => " ✘",
                    (None, _) => " ✎",
                },
                None if progress.is_some_and(|p| p.visited.contains(s.id().as_str()))
                    && s.kind().is_none() =>
                {
                    " ✔"
                }
                None => "",
            };
            let text = format!("{}. {}{mark}", i + 1, step_title(view, pack, s));
            let row = ui.selectable_label(i == index, text);
            // The current step is scrolled into sight once per step
            // (a long module on a small screen), then left alone.
            let shown = egui::Id::unique(("shown-step", &state.module));
            if i == index && ui.data(|d| d.get_temp::<usize>(shown)) != Some(index) {
                ui.data_mut(|d| d.insert_temp(shown, index));
                row.scroll_to_me(Some(egui::Align::Center));
            }
            if row.clicked() && i != index {
                leave(state, actions);
                actions.push(Action::GoToStep(i));
            }
        }
    });

    let mut right = reserved.sizes.right;
    if let Some(term_id) = state.term.clone() {
        right = egui::Panel::right("glossary-term")
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
                ui.horizontal_wrapped(|ui| {
                    if ui.button(tr!(view.tr, "close")).clicked() {
                        state.term = None;
                    }
                    let open = ui
                        .button(tr!(view.tr, "open-in-glossary"))
                        .on_hover_text(tr!(view.tr, "glossary-shortcut"));
                    if open.clicked() {
                        leave(state, actions);
                        actions.push(Action::ShowGlossary {
                            term: Some((state.pack.clone(), term_id.clone())),
                        });
                    }
                });
            })
            .response
            .rect
            .width();
    }

    if let Some(source_id) = state.source.clone() {
        right = egui::Panel::right("cited-source")
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
            })
            .response
            .rect
            .width();
    }

    reserved.keep(
        ui,
        panels::Sizes {
            left,
            right,
            bottom: bottom.response.rect.height(),
        },
    );

    if !popup_open {
        keyboard(ui, step, index, last, state, actions);
    }
}

/// Arrows move between steps; number keys and Enter are handled by the
/// exercise. Only when no text field has the keyboard and no drop-down
/// was open: Esc then closes only the drop-down (egui's own), and the
/// module and its unchecked choices stay.
fn keyboard(
    ui: &mut egui::Ui,
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
