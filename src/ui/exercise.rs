//! One exercise of every kind: the question, the learner's input, and after
//! tr!(view.tr, "check-answer") the feedback per option and the explanation.

use egui::{Key, RichText, Role, WidgetInfo};

use crate::assess::order;
use crate::assess::{self, Walk};
use crate::content::model::{Grade, Outcome};
use crate::content::{Pack, Step, dates};
use crate::progress::Answer;

use crate::i18n::I18n;
use crate::tr;

use super::app::{Action, View};
use super::markdown::{LinkClick, Markdown};
use super::player::{Draft, PlayerState, format_number};
use super::theme;

const NUMBER_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The number key pressed this frame (1–9), when no text field has focus.
fn number_key(ui: &egui::Ui) -> Option<usize> {
    if ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    ui.input(|i| NUMBER_KEYS.iter().position(|k| i.key_pressed(*k)))
}

fn enter_pressed(ui: &egui::Ui) -> bool {
    !ui.ctx().egui_wants_keyboard_input() && ui.input(|i| i.key_pressed(Key::Enter))
}

/// The answer a draft stands for, once it is complete enough to check.
pub fn answer_of(step: &Step, draft: &Draft) -> Option<Answer> {
    match (step, draft) {
        (Step::SingleChoice(_), Draft::Choice(Some(option))) => Some(Answer::Choice {
            option: option.clone(),
        }),
        (Step::MultipleChoice(_), Draft::Choices(set)) if !set.is_empty() => {
            Some(Answer::Choices {
                options: set.iter().cloned().collect(),
            })
        }
        (Step::TrueFalse(_), Draft::Bool(Some(value))) => Some(Answer::TrueFalse { value: *value }),
        (Step::Ordering(_), Draft::Order(items)) => Some(Answer::Order {
            items: items.clone(),
        }),
        (Step::Matching(e), Draft::Matches(chosen)) if chosen.iter().all(Option::is_some) => {
            Some(Answer::Matches {
                pairs: e
                    .pairs
                    .iter()
                    .zip(chosen)
                    .filter_map(|(p, c)| Some((p.id.to_string(), c.clone()?)))
                    .collect(),
            })
        }
        (Step::Numeric(_), Draft::Number(text)) => {
            assess::parse_learner_number(text).map(|value| Answer::Number { value })
        }
        (Step::Date(_), Draft::Date(text)) => {
            dates::parse_learner_date(text).map(|d| Answer::Date {
                value: d.to_string(),
            })
        }
        (Step::Reflection(_), Draft::Text(text)) if !text.trim().is_empty() => {
            Some(Answer::Text { text: text.clone() })
        }
        _ => None,
    }
}

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
    let mut clicked = None;
    let kind = super::home::step_title(view, pack, step);
    let kind = kind.split(':').next().unwrap_or_default().to_owned();
    ui.label(RichText::new(kind).small().weak());
    if let Some(prompt) = step.prompt() {
        clicked =
            clicked.or(markdown.show(ui, ("prompt", step.id().as_str()), view.t(pack, prompt)));
    }
    ui.add_space(theme::GAP);
    let t = |text: &crate::content::Text| view.t(pack, text).to_owned();

    match step {
        Step::SingleChoice(e) => {
            let Draft::Choice(picked) = &mut state.draft else {
                return clicked;
            };
            let pins: Vec<bool> = e.options.iter().map(|o| o.pinned).collect();
            let order = state_order(
                &state.learner,
                &state.pack,
                &state.module,
                e.id.as_str(),
                "",
                &pins,
            );
            let shown_options: Vec<_> = order.iter().filter_map(|&i| e.options.get(i)).collect();
            if !state.submitted
                && let Some(k) = number_key(ui)
                && let Some(o) = shown_options.get(k)
            {
                *picked = Some(o.id.to_string());
            }
            for o in shown_options {
                let selected = picked.as_deref() == Some(o.id.as_str());
                let shown = state.submitted && (selected || o.correct);
                let text = marked(ui, &t(&o.text), shown.then_some(o.correct));
                if ui.add(egui::RadioButton::new(selected, text)).clicked() && !state.submitted {
                    *picked = Some(o.id.to_string());
                }
                if state.submitted
                    && (selected || o.correct)
                    && let Some(feedback) = &o.feedback
                {
                    indented_feedback(ui, &t(feedback), o.correct);
                }
            }
        }
        Step::MultipleChoice(e) => {
            let Draft::Choices(picked) = &mut state.draft else {
                return clicked;
            };
            let pins: Vec<bool> = e.options.iter().map(|o| o.pinned).collect();
            let order = state_order(
                &state.learner,
                &state.pack,
                &state.module,
                e.id.as_str(),
                "",
                &pins,
            );
            let shown_options: Vec<_> = order.iter().filter_map(|&i| e.options.get(i)).collect();
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
                let text = marked(ui, &t(&o.text), shown.then_some(on == o.correct));
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
                    indented_feedback(ui, &t(feedback), on == o.correct);
                }
            }
        }
        Step::TrueFalse(e) => {
            let Draft::Bool(value) = &mut state.draft else {
                return clicked;
            };
            if !state.submitted {
                match number_key(ui) {
                    Some(0) => *value = Some(true),
                    Some(1) => *value = Some(false),
                    _ => {}
                }
            }
            for (choice, label) in [(true, tr!(view.tr, "true")), (false, tr!(view.tr, "false"))] {
                let shown = state.submitted && (*value == Some(choice) || e.answer == choice);
                let text = marked(ui, &label, shown.then_some(e.answer == choice));
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
                    &e.feedback_true
                } else {
                    &e.feedback_false
                };
                if let Some(feedback) = feedback {
                    indented_feedback(ui, &t(feedback), *value == Some(e.answer));
                }
            }
        }
        Step::Ordering(e) => {
            let Draft::Order(order) = &mut state.draft else {
                return clicked;
            };
            ui.label(RichText::new(tr!(view.tr, "ordering-help")).weak());
            let mut swap = None;
            let count = order.len();
            for (pos, id) in order.iter().enumerate() {
                let Some(item) = e.items.iter().find(|i| i.id.as_str() == id) else {
                    continue;
                };
                let text = t(&item.text);
                ui.horizontal(|ui| {
                    if !state.submitted {
                        let up = ui.add_enabled(pos > 0, egui::Button::new("↑").small());
                        up.widget_info(|| {
                            WidgetInfo::labeled(
                                Role::Button,
                                pos > 0,
                                tr!(view.tr, "move-up", item = text.as_str()),
                            )
                        });
                        if up.clicked() {
                            swap = Some((pos, pos - 1));
                        }
                        let down = ui.add_enabled(pos + 1 < count, egui::Button::new("↓").small());
                        down.widget_info(|| {
                            WidgetInfo::labeled(
                                Role::Button,
                                pos + 1 < count,
                                tr!(view.tr, "move-down", item = text.as_str()),
                            )
                        });
                        if down.clicked() {
                            swap = Some((pos, pos + 1));
                        }
                    } else {
                        mark(
                            ui,
                            view.tr,
                            e.items
                                .get(pos)
                                .is_some_and(|right| right.id.as_str() == id),
                        );
                    }
                    ui.add(egui::Label::new(format!("{}. {text}", pos + 1)).wrap());
                });
            }
            if let Some((a, b)) = swap {
                order.swap(a, b);
            }
            if state.submitted {
                ui.add_space(8.0);
                ui.label(RichText::new(tr!(view.tr, "right-order")).strong());
                for (pos, item) in e.items.iter().enumerate() {
                    ui.label(format!("{}. {}", pos + 1, t(&item.text)));
                    if let Some(feedback) = &item.feedback {
                        indented_feedback(ui, &t(feedback), true);
                    }
                }
            }
        }
        Step::Matching(e) => {
            let Draft::Matches(chosen) = &mut state.draft else {
                return clicked;
            };
            let right_text = |pair_id: &str| {
                e.pairs
                    .iter()
                    .find(|p| p.id.as_str() == pair_id)
                    .map(|p| t(&p.right))
                    .unwrap_or_default()
            };
            egui::Grid::new(("matching", e.id.as_str()))
                .num_columns(3)
                .spacing([12.0, 10.0])
                .show(ui, |ui| {
                    for (i, pair) in e.pairs.iter().enumerate() {
                        let left = t(&pair.left);
                        ui.label(RichText::new(&left).strong());
                        let Some(slot) = chosen.get_mut(i) else {
                            continue;
                        };
                        let shown = slot
                            .as_deref()
                            .map_or_else(|| tr!(view.tr, "choose"), right_text);
                        ui.add_enabled_ui(!state.submitted, |ui| {
                            let combo = egui::ComboBox::from_id_salt(("match", e.id.as_str(), i))
                                .selected_text(shown)
                                .width(300.0)
                                .show_ui(ui, |ui| {
                                    for id in &state.match_choices {
                                        ui.selectable_value(slot, Some(id.clone()), right_text(id));
                                    }
                                });
                            combo.response.widget_info(|| {
                                WidgetInfo::labeled(
                                    Role::ComboBox,
                                    true,
                                    tr!(view.tr, "match-for", item = left.as_str()),
                                )
                            });
                        });
                        if state.submitted {
                            let right = slot.as_deref() == Some(pair.id.as_str());
                            ui.horizontal(|ui| {
                                mark(ui, view.tr, right);
                                if !right {
                                    ui.label(tr!(
                                        view.tr,
                                        "right-answer-is",
                                        answer = t(&pair.right)
                                    ));
                                }
                            });
                        } else {
                            ui.label("");
                        }
                        ui.end_row();
                    }
                });
            if state.submitted {
                for pair in &e.pairs {
                    if let Some(feedback) = &pair.feedback {
                        indented_feedback(
                            ui,
                            &format!("{} — {}", t(&pair.left), t(feedback)),
                            true,
                        );
                    }
                }
            }
        }
        Step::Numeric(e) => {
            let Draft::Number(text) = &mut state.draft else {
                return clicked;
            };
            ui.horizontal(|ui| {
                let label = ui.label(tr!(view.tr, "your-answer"));
                let field = ui
                    .add_enabled(
                        !state.submitted,
                        egui::TextEdit::singleline(text).desired_width(180.0),
                    )
                    .labelled_by(label.id);
                if let Some(unit) = &e.unit {
                    ui.label(t(unit));
                }
                if field.lost_focus()
                    && ui.input(|i| i.key_pressed(Key::Enter))
                    && !state.submitted
                    && let Some(answer) = answer_of(step, &Draft::Number(text.clone()))
                {
                    actions.push(Action::Submit(answer));
                    state.submitted = true;
                }
            });
            if !text.trim().is_empty() && assess::parse_learner_number(text).is_none() {
                ui.colored_label(theme::wrong(ui.visuals()), tr!(view.tr, "not-a-number"));
            }
            if state.submitted
                && let Some(value) = assess::parse_learner_number(text)
            {
                let right = (value - e.answer).abs() <= e.tolerance.max(0.0) + 1e-9;
                ui.horizontal(|ui| {
                    mark(ui, view.tr, right);
                    let unit = e
                        .unit
                        .as_ref()
                        .map(|u| format!(" {}", t(u)))
                        .unwrap_or_default();
                    ui.label(tr!(
                        view.tr,
                        "numeric-answer-is",
                        answer = format!("{}{unit}", format_number(e.answer))
                    ));
                });
                if let Some(m) = e
                    .mistakes
                    .iter()
                    .find(|m| (m.value - value).abs() <= e.tolerance.max(0.0) + 1e-9)
                {
                    indented_feedback(ui, &t(&m.feedback), false);
                }
            }
        }
        Step::Date(e) => {
            let Draft::Date(text) = &mut state.draft else {
                return clicked;
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
                    && let Some(answer) = answer_of(step, &Draft::Date(text.clone()))
                {
                    actions.push(Action::Submit(answer));
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
                && let (Some(given), Some(expected)) =
                    (dates::parse_learner_date(text), assess::expected_date(e))
            {
                ui.horizontal(|ui| {
                    mark(ui, view.tr, given == expected);
                    ui.label(tr!(
                        view.tr,
                        "last-day-is",
                        date = dates::long_date(expected, view.lang)
                    ));
                });
                if let Some(m) = e
                    .mistakes
                    .iter()
                    .find(|m| dates::parse_date(&m.date).ok() == Some(given))
                {
                    indented_feedback(ui, &t(&m.feedback), false);
                }
            }
        }
        Step::Scenario(e) => {
            let Draft::Path(path) = &mut state.draft else {
                return clicked;
            };
            let mut node = e.nodes.iter().position(|n| n.id == e.start);
            for choice_id in path.iter() {
                let Some(at) = node else { break };
                let here = &e.nodes[at];
                let Some(choice) = here.choices.iter().find(|c| c.id.as_str() == choice_id) else {
                    break;
                };
                ui.label(RichText::new(t(&here.text)).weak());
                ui.label(
                    RichText::new(tr!(view.tr, "you-chose", choice = t(&choice.text))).strong(),
                );
                if let Some(grade) = choice.grade {
                    grade_label(ui, view.tr, grade);
                }
                if let Some(feedback) = &choice.feedback {
                    graded_feedback(ui, &t(feedback), choice.grade);
                }
                ui.separator();
                node = e.nodes.iter().position(|n| n.id == choice.next);
            }
            if let Some(at) = node {
                let here = &e.nodes[at];
                ui.label(RichText::new(t(&here.text)).size(17.0));
                ui.add_space(8.0);
                if let Some(outcome) = here.outcome {
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
                    let grades = assess::path_grades(e, path);
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
                } else {
                    let pins: Vec<bool> = here.choices.iter().map(|c| c.pinned).collect();
                    let order = state_order(
                        &state.learner,
                        &state.pack,
                        &state.module,
                        e.id.as_str(),
                        here.id.as_str(),
                        &pins,
                    );
                    let shown_choices: Vec<_> =
                        order.iter().filter_map(|&i| here.choices.get(i)).collect();
                    let picked = number_key(ui).and_then(|k| shown_choices.get(k).copied());
                    for choice in shown_choices {
                        if ui.button(t(&choice.text)).clicked()
                            || picked.is_some_and(|p| p.id == choice.id)
                        {
                            let mut next = path.clone();
                            next.push(choice.id.to_string());
                            let ended = matches!(assess::walk(e, &next), Walk::Ended(_));
                            actions.push(Action::Submit(Answer::Path {
                                choices: next.clone(),
                                ended,
                            }));
                            *path = next;
                            state.submitted = ended;
                        }
                    }
                }
            }
        }
        Step::Reflection(e) => {
            let Draft::Text(text) = &mut state.draft else {
                return clicked;
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
                    ui.label(
                        RichText::new(tr!(view.tr, "saved")).color(theme::right(ui.visuals())),
                    );
                }
            });
            if state.submitted
                && let Some(model) = &e.model_answer
            {
                ui.add_space(8.0);
                ui.label(RichText::new(tr!(view.tr, "model-answer")).strong());
                clicked = clicked.or(markdown.show(ui, ("model", e.id.as_str()), &t(model)));
            }
        }
        Step::Lesson(_) => {}
    }

    ui.add_space(theme::GAP);
    if matches!(step, Step::Reflection(_) | Step::Scenario(_)) {
        // Reflections save with their own button; scenarios as they go.
    } else if state.submitted {
        verdict(ui, view.tr, step, &state.draft);
    } else {
        let answer = answer_of(step, &state.draft);
        let check = ui.add_enabled(
            answer.is_some(),
            egui::Button::new(RichText::new(tr!(view.tr, "check-answer")).strong()),
        );
        if (check.clicked() || (enter_pressed(ui) && answer.is_some()))
            && let Some(answer) = answer
        {
            actions.push(Action::Submit(answer));
            state.submitted = true;
        }
    }
    if state.submitted {
        if let Some(explanation) = step.explanation() {
            ui.add_space(8.0);
            let inner = egui::Frame::new()
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
                });
            clicked = clicked.or(inner.inner);
        }
        ui.add_space(8.0);
        if !matches!(step, Step::Reflection(_)) && ui.button(tr!(view.tr, "try-again")).clicked() {
            state.retry(step);
        }
    }
    clicked
}

/// "Right" or "Not quite" for the checked answer, with partial credit.
fn verdict(ui: &mut egui::Ui, tr: &I18n, step: &Step, draft: &Draft) {
    let Some(answer) = answer_of(step, draft) else {
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

/// An option's text, after the answer is checked prefixed with ✔ or ✘ in
/// colour (`Some(true)` right, `Some(false)` wrong, `None` unmarked).
fn marked(ui: &egui::Ui, text: &str, mark: Option<bool>) -> egui::WidgetText {
    let Some(right) = mark else {
        return text.into();
    };
    let body = egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let color = if right {
        theme::right(ui.visuals())
    } else {
        theme::wrong(ui.visuals())
    };
    let mut job = egui::text::LayoutJob::default();
    job.append(
        if right { "✔ " } else { "✘ " },
        0.0,
        egui::TextFormat {
            color,
            ..body.clone()
        },
    );
    job.append(text, 0.0, body);
    job.into()
}

fn mark(ui: &mut egui::Ui, tr: &I18n, right: bool) {
    if right {
        ui.label(RichText::new("✔").color(theme::right(ui.visuals())))
            .on_hover_text(tr!(tr, "mark-right"));
    } else {
        ui.label(RichText::new("✘").color(theme::wrong(ui.visuals())))
            .on_hover_text(tr!(tr, "mark-wrong"));
    }
}

/// The display order of a choice exercise's options for this learner.
fn state_order(
    learner: &str,
    pack: &str,
    module: &str,
    step: &str,
    node: &str,
    pinned: &[bool],
) -> Vec<usize> {
    let mut seed = order::learner_seed(learner, pack, module, step);
    if !node.is_empty() {
        seed.push('/');
        seed.push_str(node);
    }
    order::display_order(&seed, pinned)
}

/// A scenario move's grade in words, with a mark and the grade's colour:
/// "✔ Good move", "◐ Acceptable move", "✘ Poor move".
pub fn grade_label(ui: &mut egui::Ui, tr: &I18n, grade: Grade) {
    let (mark, words, color) = match grade {
        Grade::Good => ("✔", tr!(tr, "grade-good"), theme::right(ui.visuals())),
        Grade::Acceptable => (
            "◐",
            tr!(tr, "grade-acceptable"),
            theme::partial(ui.visuals()),
        ),
        Grade::Poor => ("✘", tr!(tr, "grade-poor"), theme::wrong(ui.visuals())),
    };
    ui.label(
        RichText::new(format!("{mark} {words}"))
            .strong()
            .color(color),
    );
}

/// Feedback framed in the colour of its grade (ungraded: neutral).
fn graded_feedback(ui: &mut egui::Ui, text: &str, grade: Option<Grade>) {
    let color = match grade {
        Some(Grade::Good) => theme::right(ui.visuals()),
        Some(Grade::Acceptable) => theme::partial(ui.visuals()),
        Some(Grade::Poor) => theme::wrong(ui.visuals()),
        None => ui.visuals().widgets.noninteractive.bg_stroke.color,
    };
    framed_feedback(ui, text, color);
}

fn indented_feedback(ui: &mut egui::Ui, text: &str, good: bool) {
    let color = if good {
        theme::right(ui.visuals())
    } else {
        theme::wrong(ui.visuals())
    };
    framed_feedback(ui, text, color);
}

fn framed_feedback(ui: &mut egui::Ui, text: &str, color: egui::Color32) {
    egui::Frame::new()
        .outer_margin(egui::Margin {
            left: 28,
            right: 0,
            top: 0,
            bottom: 4,
        })
        .inner_margin(egui::Margin::symmetric(10, 6))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.add(egui::Label::new(text).wrap());
        });
}
