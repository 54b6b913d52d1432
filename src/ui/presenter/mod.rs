//! Presenter mode: one exercise at a time on the projector, in big type,
//! with the room's answers (counted by hand or read from the bundles) and
//! the right answer hidden until the facilitator reveals it.

use std::collections::BTreeMap;

use egui::RichText;

use crate::cohort::{Dashboard, answer_keys};
use crate::content::model::{Module, Step};
use crate::content::{Pack, dates};
use crate::progress::Answer;
use crate::tr;

mod bar;

use super::theme;
use super::view::{Action, View};
use super::widgets::describe_answer;

/// Where presenter mode is, by content ids: a pack opened again while it
/// shows (a new version, fewer exercises) can never leave it pointing at
/// something else, or at nothing.
pub struct PresenterState {
    pub pack: String,
    /// The exercise shown: (module id, step id); the pack's first exercise
    /// when it is not (or no longer) in the pack.
    pub at: Option<(String, String)>,
    pub revealed: bool,
    /// Counted by hand in the room, by answer key, per exercise (module
    /// id, step id).
    pub hand: BTreeMap<(String, String), BTreeMap<String, u32>>,
    /// Show the imported bundles' first answers instead of hand counts.
    pub from_bundles: bool,
}

impl PresenterState {
    pub fn new(pack: &Pack, start: Option<(&str, &str)>) -> Self {
        Self {
            pack: pack.info.id.to_string(),
            at: start.map(|(module, step)| (module.to_owned(), step.to_owned())),
            revealed: false,
            hand: BTreeMap::new(),
            from_bundles: start.is_some(),
        }
    }

    /// Show the exercise at `index` of `exercises`, hidden.
    fn go_to(&mut self, exercises: &[(&Module, &Step)], index: usize) {
        if let Some((module, step)) = exercises.get(index) {
            self.at = Some((module.id.to_string(), step.id().to_string()));
            self.revealed = false;
        }
    }
}

/// Every exercise of a pack, in order (lessons left out).
fn exercises(pack: &Pack) -> Vec<(&Module, &Step)> {
    pack.modules
        .iter()
        .flat_map(|module| {
            module
                .steps
                .iter()
                .filter(|s| !matches!(s, Step::Lesson(_)))
                .map(move |step| (module, step))
        })
        .collect()
}

/// Type sizes on the projector.
const BIG: f32 = 30.0;
const BODY: f32 = 24.0;

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
        actions.push(Action::LeaveWorkshop);
        return;
    };
    let exercises = exercises(pack);
    let index = state
        .at
        .as_ref()
        .and_then(|(m, s)| {
            exercises
                .iter()
                .position(|(module, step)| module.id.as_str() == m && step.id().as_str() == s)
        })
        .unwrap_or(0);
    let Some(&(module, step)) = exercises.get(index) else {
        actions.push(Action::LeaveWorkshop);
        return;
    };
    keys_ui(ui, state, &exercises, index, actions);
    bar::top_bar_ui(ui, view, pack, state, &exercises, index, actions);
    let tally = room.tally(module.id.as_str(), step.id().as_str());
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, 1100.0, |ui| {
                    ui.add_space(theme::GAP);
                    if let Some(prompt) = step.prompt() {
                        ui.label(RichText::new(view.t(pack, prompt)).size(BIG).strong());
                    }
                    ui.add_space(theme::GAP);
                    room_ui(ui, view, pack, module, step, state, tally);
                    if state.revealed {
                        answer_ui(ui, view, pack, step);
                    }
                });
            });
    });
}

/// The keyboard, when no text field has it.
fn keys_ui(
    ui: &egui::Ui,
    state: &mut PresenterState,
    exercises: &[(&Module, &Step)],
    index: usize,
    actions: &mut Vec<Action>,
) {
    // A drop-down open (the jump lists) has the keys: Esc closes it.
    if ui.ctx().egui_wants_keyboard_input() || egui::Popup::is_any_open(ui.ctx()) {
        return;
    }
    let (next, previous, reveal, leave) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::ArrowRight)
                || i.key_pressed(egui::Key::PageDown)
                || i.key_pressed(egui::Key::Space),
            i.key_pressed(egui::Key::ArrowLeft) || i.key_pressed(egui::Key::PageUp),
            i.key_pressed(egui::Key::R),
            i.key_pressed(egui::Key::Escape),
        )
    });
    if next {
        state.go_to(exercises, index + 1);
    } else if previous && index > 0 {
        state.go_to(exercises, index - 1);
    } else if reveal {
        state.revealed = !state.revealed;
    } else if leave {
        actions.push(Action::LeaveWorkshop);
    }
}

/// The room's answers: counted by hand or read from the bundles, for kinds
/// with options; the most common free answers from the bundles otherwise.
fn room_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    module: &Module,
    step: &Step,
    state: &mut PresenterState,
    tally: Option<&BTreeMap<String, usize>>,
) {
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
        items_ui(ui, view, pack, module, step);
        // Free answers (a number, a date, an order…): the room's most
        // common ones, from the bundles.
        if let Some(t) = tally {
            ui.label(RichText::new(tr!(view.tr, "presenter-room")).strong());
            let mut given: Vec<(&String, &usize)> = t.iter().collect();
            given.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            for (key, count) in given.into_iter().take(5) {
                let Ok(answer) = serde_json::from_str::<Answer>(key) else {
                    continue;
                };
                let mut words = describe_answer(view, pack, step, &answer);
                if words.is_empty() && matches!(step, Step::Matching(_)) {
                    // Only wrong pairs are named: none means all right.
                    words = tr!(view.tr, "presenter-every-pair-right");
                }
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(tr!(view.tr, "presenter-answer-count", count = *count))
                            .size(BODY)
                            .strong(),
                    );
                    ui.add(egui::Label::new(RichText::new(words).size(BODY)).wrap());
                });
            }
        }
        ui.add_space(theme::GAP);
        return;
    }
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
    ui.add_space(theme::GAP);
    let from_bundles = state.from_bundles;
    let counts = state
        .hand
        .entry((module.id.to_string(), step.id().to_string()))
        .or_default();
    for (n, (key, text, correct)) in options.iter().enumerate() {
        // Lettered for a show of hands ("hands up for B"); the text wraps
        // beside the counters, never under them.
        let letter = letter(n);
        ui.horizontal(|ui| {
            let count = if from_bundles {
                tally.and_then(|t| t.get(key)).copied().unwrap_or(0)
            } else {
                counter_ui(ui, view, counts, key, &format!("{letter}. {text}"));
                counts.get(key).copied().unwrap_or(0) as usize
            };
            ui.label(RichText::new(format!("{count:>3}")).size(BODY).monospace());
            ui.label(RichText::new(format!("{letter}.")).size(BIG).strong());
            let mut line = RichText::new(text).size(BODY);
            if state.revealed && *correct {
                line = line.color(theme::right(ui.visuals())).strong();
                ui.label(
                    RichText::new("✔")
                        .size(BODY)
                        .color(theme::right(ui.visuals())),
                );
            }
            ui.add(egui::Label::new(line).wrap());
        });
        ui.add_space(6.0);
    }
}

/// The letter of the `n`th option on the projector: A, B, C… (then
/// numbers, past Z).
fn letter(n: usize) -> String {
    match u8::try_from(n) {
        Ok(n) if n < 26 => char::from(b'A' + n).to_string(),
        _ => (n + 1).to_string(),
    }
}

/// What a matching or ordering exercise asks, before the answer: the
/// items to match, numbered, and the answers, lettered, in the one
/// shuffled order the room sees; the items to put in order, lettered.
fn items_ui(ui: &mut egui::Ui, view: &View<'_>, pack: &Pack, module: &Module, step: &Step) {
    let seed = crate::assess::order::room_seed(
        pack.info.id.as_str(),
        module.id.as_str(),
        step.id().as_str(),
    );
    let t = |text| view.t(pack, text).to_owned();
    let lettered = |ui: &mut egui::Ui, texts: Vec<String>| {
        for (n, text) in texts.into_iter().enumerate() {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("{}.", letter(n))).size(BIG).strong());
                ui.add(egui::Label::new(RichText::new(text).size(BODY)).wrap());
            });
        }
    };
    match step {
        Step::Matching(e) => {
            ui.label(RichText::new(tr!(view.tr, "presenter-match-items")).strong());
            for (n, pair) in e.pairs.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("{}.", n + 1)).size(BIG).strong());
                    ui.add(egui::Label::new(RichText::new(t(&pair.left)).size(BODY)).wrap());
                });
            }
            ui.add_space(theme::GAP);
            ui.label(RichText::new(tr!(view.tr, "presenter-match-answers")).strong());
            let rights = e.pairs.iter().map(|p| t(&p.right)).collect();
            lettered(ui, crate::assess::order::shuffled(&seed, rights));
        }
        Step::Ordering(e) => {
            ui.label(RichText::new(tr!(view.tr, "presenter-order-items")).strong());
            let items = e.items.iter().map(|i| t(&i.text)).collect();
            lettered(ui, crate::assess::order::shuffled(&seed, items));
        }
        _ => return,
    }
    ui.add_space(theme::GAP);
}

/// − and + for an option counted by hand.
fn counter_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    counts: &mut BTreeMap<String, u32>,
    key: &str,
    text: &str,
) {
    let minus = ui.add(egui::Button::new(RichText::new("−").size(BODY)));
    minus.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            tr!(view.tr, "presenter-count-remove", option = text),
        )
    });
    if minus.clicked() {
        let c = counts.entry(key.to_owned()).or_default();
        *c = c.saturating_sub(1);
    }
    let plus = ui.add(egui::Button::new(RichText::new("+").size(BODY)));
    plus.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            tr!(view.tr, "presenter-count-add", option = text),
        )
    });
    if plus.clicked() {
        *counts.entry(key.to_owned()).or_default() += 1;
    }
}

/// The right answer and the explanation, once revealed.
fn answer_ui(ui: &mut egui::Ui, view: &View<'_>, pack: &Pack, step: &Step) {
    ui.add_space(theme::GAP);
    if let Some(answer) = answer_text(view, pack, step) {
        ui.label(
            RichText::new(tr!(view.tr, "right-answer-is", answer = answer))
                .size(BODY)
                .color(theme::right(ui.visuals()))
                .strong(),
        );
    }
    if let Some(e) = step.explanation() {
        ui.add_space(6.0);
        ui.label(RichText::new(view.t(pack, e)).size(BODY));
    }
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
