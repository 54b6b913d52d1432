//! Presenter mode: one exercise at a time on the projector, in big type,
//! with the room's answers (counted by hand or read from the bundles) and
//! the right answer hidden until the facilitator reveals it.

use std::collections::BTreeMap;

use egui::RichText;

use crate::cohort::{Dashboard, answer_keys};
use crate::content::model::Step;
use crate::content::{Pack, dates};
use crate::progress::Answer;
use crate::tr;

use super::theme;
use super::view::{Action, View};
use super::widgets::describe_answer;

/// Presenter mode: one exercise at a time on the projector.
pub struct PresenterState {
    pub pack: String,
    /// (module index, step index) of every exercise of the pack, in order.
    pub exercises: Vec<(usize, usize)>,
    pub at: usize,
    pub revealed: bool,
    /// Counted by hand in the room, by answer key, per exercise.
    pub hand: BTreeMap<(usize, usize), BTreeMap<String, u32>>,
    /// Show the imported bundles' first answers instead of hand counts.
    pub from_bundles: bool,
}

impl PresenterState {
    pub fn new(pack: &Pack, start: Option<(&str, &str)>) -> Self {
        let exercises: Vec<(usize, usize)> = pack
            .modules
            .iter()
            .enumerate()
            .flat_map(|(m, module)| {
                module
                    .steps
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| !matches!(s, Step::Lesson(_)))
                    .map(move |(s, _)| (m, s))
            })
            .collect();
        let at = start
            .and_then(|(module, step)| {
                exercises.iter().position(|&(m, s)| {
                    pack.modules[m].id.as_str() == module
                        && pack.modules[m].steps[s].id().as_str() == step
                })
            })
            .unwrap_or(0);
        Self {
            pack: pack.info.id.to_string(),
            exercises,
            at,
            revealed: false,
            hand: BTreeMap::new(),
            from_bundles: start.is_some(),
        }
    }
}

/// Presenter mode. Keys: → / PageDown / Space next, ← / PageUp previous,
/// R reveal, Esc leave.
pub fn presenter_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut PresenterState,
    room: &Dashboard,
    actions: &mut Vec<Action>,
) {
    let Some(pack) = view.library.pack(&state.pack) else {
        return;
    };
    let total = state.exercises.len();
    if !ui.ctx().egui_wants_keyboard_input() {
        ui.input(|i| {
            if i.key_pressed(egui::Key::ArrowRight)
                || i.key_pressed(egui::Key::PageDown)
                || i.key_pressed(egui::Key::Space)
            {
                if state.at + 1 < total {
                    state.at += 1;
                    state.revealed = false;
                }
            } else if i.key_pressed(egui::Key::ArrowLeft) || i.key_pressed(egui::Key::PageUp) {
                if state.at > 0 {
                    state.at -= 1;
                    state.revealed = false;
                }
            } else if i.key_pressed(egui::Key::R) {
                state.revealed = !state.revealed;
            } else if i.key_pressed(egui::Key::Escape) {
                actions.push(Action::LeaveWorkshop);
            }
        });
    }
    let Some(&(m, s)) = state.exercises.get(state.at) else {
        return;
    };
    let module = &pack.modules[m];
    let step = &module.steps[s];
    let big = 30.0;
    let body = 24.0;

    egui::Panel::top("presenter-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!(view.tr, "presenter-exit")).clicked() {
                actions.push(Action::LeaveWorkshop);
            }
            ui.label(RichText::new(view.t(pack, &module.title)).strong());
            ui.label(
                RichText::new(tr!(view.tr, "exercise-of", n = state.at + 1, total = total)).weak(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add_enabled(
                        state.at + 1 < total,
                        egui::Button::new(tr!(view.tr, "presenter-next")),
                    )
                    .clicked()
                {
                    state.at += 1;
                    state.revealed = false;
                }
                let reveal = if state.revealed {
                    tr!(view.tr, "presenter-hide")
                } else {
                    tr!(view.tr, "presenter-reveal")
                };
                if ui.button(RichText::new(reveal).strong()).clicked() {
                    state.revealed = !state.revealed;
                }
                if ui
                    .add_enabled(
                        state.at > 0,
                        egui::Button::new(tr!(view.tr, "presenter-previous")),
                    )
                    .clicked()
                {
                    state.at -= 1;
                    state.revealed = false;
                }
            });
        });
        ui.label(RichText::new(tr!(view.tr, "presenter-keys")).weak());
        ui.add_space(6.0);
    });

    let tally = room.tally(module.id.as_str(), step.id().as_str());
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, 1100.0, |ui| {
                    ui.add_space(theme::GAP);
                    if let Some(prompt) = step.prompt() {
                        ui.label(RichText::new(view.t(pack, prompt)).size(big).strong());
                    }
                    ui.add_space(theme::GAP);
                    let options = in_room_order(
                        choice_rows(view, pack, step),
                        step,
                        &crate::assess::order::room_seed(
                            pack.info.id.as_str(),
                            module.id.as_str(),
                            step.id().as_str(),
                        ),
                    );
                    if options.is_empty() {
                        // Free answers (a number, a date, an order…): the
                        // room's most common ones, from the bundles.
                        if let Some(t) = tally {
                            ui.label(RichText::new(tr!(view.tr, "presenter-room")).strong());
                            let mut given: Vec<(&String, &usize)> = t.iter().collect();
                            given.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                            for (key, count) in given.into_iter().take(5) {
                                let Ok(answer) = serde_json::from_str::<Answer>(key) else {
                                    continue;
                                };
                                ui.horizontal_wrapped(|ui| {
                                    ui.label(
                                        RichText::new(format!("{count:>3}")).size(body).monospace(),
                                    );
                                    ui.label(
                                        RichText::new(describe_answer(view, pack, step, &answer))
                                            .size(body),
                                    );
                                });
                            }
                        }
                    } else {
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(tr!(view.tr, "presenter-room")).strong());
                            let has_bundles = tally.is_some();
                            ui.add_enabled_ui(has_bundles, |ui| {
                                ui.radio_value(
                                    &mut state.from_bundles,
                                    true,
                                    tr!(view.tr, "presenter-from-bundles"),
                                );
                            });
                            ui.radio_value(
                                &mut state.from_bundles,
                                false,
                                tr!(view.tr, "presenter-by-hand"),
                            );
                            if !has_bundles {
                                state.from_bundles = false;
                            }
                        });
                    }
                    ui.add_space(theme::GAP);
                    let counts = state.hand.entry((m, s)).or_default();
                    for (key, text, correct) in &options {
                        ui.horizontal_wrapped(|ui| {
                            let imported = tally.and_then(|t| t.get(key)).copied().unwrap_or(0);
                            let count = if state.from_bundles {
                                imported
                            } else {
                                counts.get(key).copied().unwrap_or(0) as usize
                            };
                            if !state.from_bundles {
                                let minus =
                                    ui.add(egui::Button::new(RichText::new("−").size(body)));
                                minus.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::Button,
                                        true,
                                        tr!(
                                            view.tr,
                                            "presenter-count-remove",
                                            option = text.as_str()
                                        ),
                                    )
                                });
                                if minus.clicked() {
                                    let c = counts.entry(key.clone()).or_default();
                                    *c = c.saturating_sub(1);
                                }
                                let plus = ui.add(egui::Button::new(RichText::new("+").size(body)));
                                plus.widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::Button,
                                        true,
                                        tr!(view.tr, "presenter-count-add", option = text.as_str()),
                                    )
                                });
                                if plus.clicked() {
                                    *counts.entry(key.clone()).or_default() += 1;
                                }
                            }
                            ui.label(RichText::new(format!("{count:>3}")).size(body).monospace());
                            let mut line = RichText::new(text).size(body);
                            if state.revealed && *correct {
                                line = line.color(theme::right(ui.visuals())).strong();
                                ui.label(
                                    RichText::new("✔")
                                        .size(body)
                                        .color(theme::right(ui.visuals())),
                                );
                            }
                            ui.label(line);
                        });
                        ui.add_space(6.0);
                    }
                    if state.revealed {
                        ui.add_space(theme::GAP);
                        if let Some(answer) = answer_text(view, pack, step) {
                            ui.label(
                                RichText::new(tr!(view.tr, "right-answer-is", answer = answer))
                                    .size(body)
                                    .color(theme::right(ui.visuals()))
                                    .strong(),
                            );
                        }
                        if let Some(e) = step.explanation() {
                            ui.add_space(6.0);
                            ui.label(RichText::new(view.t(pack, e)).size(body));
                        }
                    }
                });
            });
    });
}

/// The options a room can vote on: (answer key, text, right?). Empty for
/// kinds without options.
fn choice_rows(view: &View<'_>, pack: &Pack, step: &Step) -> Vec<(String, String, bool)> {
    match step {
        Step::SingleChoice(e) => e
            .options
            .iter()
            .map(|o| {
                (
                    o.id.to_string(),
                    view.t(pack, &o.text).to_owned(),
                    o.correct,
                )
            })
            .collect(),
        Step::MultipleChoice(e) => e
            .options
            .iter()
            .map(|o| {
                (
                    o.id.to_string(),
                    view.t(pack, &o.text).to_owned(),
                    o.correct,
                )
            })
            .collect(),
        Step::TrueFalse(e) => [true, false]
            .into_iter()
            .map(|v| {
                let key = answer_keys(&Answer::TrueFalse { value: v }).remove(0);
                let text = if v {
                    tr!(view.tr, "true")
                } else {
                    tr!(view.tr, "false")
                };
                (key, text, e.answer == v)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The options of a choice exercise in the one order the whole room sees
/// (shuffled like a learner's, pinned options in place); true/false stays
/// "true, false".
fn in_room_order(
    rows: Vec<(String, String, bool)>,
    step: &Step,
    seed: &str,
) -> Vec<(String, String, bool)> {
    let pins: Vec<bool> = match step {
        Step::SingleChoice(e) => e.options.iter().map(|o| o.pinned).collect(),
        Step::MultipleChoice(e) => e.options.iter().map(|o| o.pinned).collect(),
        _ => return rows,
    };
    if pins.len() != rows.len() {
        return rows;
    }
    crate::assess::order::display_order(seed, &pins)
        .into_iter()
        .filter_map(|i| rows.get(i).cloned())
        .collect()
}

/// The right answer in words, for kinds whose options are not listed.
fn answer_text(view: &View<'_>, pack: &Pack, step: &Step) -> Option<String> {
    let t = |text| view.t(pack, text).to_owned();
    match step {
        Step::Ordering(e) => Some(
            e.items
                .iter()
                .map(|i| t(&i.text))
                .collect::<Vec<_>>()
                .join(" → "),
        ),
        Step::Matching(e) => Some(
            e.pairs
                .iter()
                .map(|p| format!("{} ↔ {}", t(&p.left), t(&p.right)))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Step::Numeric(e) => Some(match &e.unit {
            Some(u) => format!("{} {}", e.answer, t(u)),
            None => format!("{}", e.answer),
        }),
        Step::Date(e) => {
            crate::assess::exercise::expected_date(e).map(|d| dates::long_date(d, view.lang))
        }
        Step::Reflection(e) => e.model_answer.as_ref().map(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_room_sees_one_fixed_shuffled_order() {
        let pack = crate::content::load(&crate::content::source::embedded())
            .pack
            .expect("the shipped pack");
        let mut moved = 0;
        let mut choices = 0;
        for module in &pack.modules {
            for step in &module.steps {
                let Step::SingleChoice(e) = step else {
                    continue;
                };
                choices += 1;
                let rows: Vec<(String, String, bool)> = e
                    .options
                    .iter()
                    .map(|o| (o.id.to_string(), String::new(), o.correct))
                    .collect();
                let seed = crate::assess::order::room_seed(
                    pack.info.id.as_str(),
                    module.id.as_str(),
                    e.id.as_str(),
                );
                let once = in_room_order(rows.clone(), step, &seed);
                assert_eq!(once, in_room_order(rows.clone(), step, &seed));
                let mut ids: Vec<&String> = once.iter().map(|r| &r.0).collect();
                ids.sort();
                let mut all: Vec<&String> = rows.iter().map(|r| &r.0).collect();
                all.sort();
                assert_eq!(ids, all, "every option once");
                if once != rows {
                    moved += 1;
                }
            }
        }
        assert!(moved * 2 > choices, "{moved} of {choices} reordered");

        // A pinned option keeps its place on the projector too.
        let mut step = pack
            .modules
            .iter()
            .flat_map(|m| &m.steps)
            .find(|s| matches!(s, Step::SingleChoice(e) if e.options.len() == 4))
            .cloned()
            .expect("a four-option single choice");
        let Step::SingleChoice(e) = &mut step else {
            unreachable!("found as one");
        };
        e.options[3].pinned = true;
        let last = e.options[3].id.to_string();
        let rows: Vec<(String, String, bool)> = e
            .options
            .iter()
            .map(|o| (o.id.to_string(), String::new(), o.correct))
            .collect();
        for n in 0..50 {
            let order = in_room_order(rows.clone(), &step, &format!("room/{n}"));
            assert_eq!(order[3].0, last);
        }
    }
}
