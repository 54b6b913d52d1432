//! What every exercise kind draws alike: keys, the ✔ and ✘ marks, framed
//! feedback, and the order options are shown in.

use egui::{Key, RichText};

use crate::assess::order;
use crate::content::model::Grade;
use crate::i18n::I18n;
use crate::tr;
use crate::ui::theme;
use crate::ui::widgets::grade_words;

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
pub fn number_key(ui: &egui::Ui) -> Option<usize> {
    if ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    ui.input(|i| NUMBER_KEYS.iter().position(|k| i.key_pressed(*k)))
}

pub fn enter_pressed(ui: &egui::Ui) -> bool {
    !ui.ctx().egui_wants_keyboard_input() && ui.input(|i| i.key_pressed(Key::Enter))
}

/// An option's text, after the answer is checked prefixed with ✔ or ✘ in
/// colour (`Some(true)` right, `Some(false)` wrong, `None` unmarked).
pub fn marked(ui: &egui::Ui, text: &str, mark: Option<bool>) -> egui::WidgetText {
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

/// A right option the learner did not pick: "◐ " in the colour of a
/// partly right answer.
pub fn missed(ui: &egui::Ui, text: &str) -> egui::WidgetText {
    let body = egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let mut job = egui::text::LayoutJob::default();
    job.append(
        "◐ ",
        0.0,
        egui::TextFormat {
            color: theme::partial(ui.visuals()),
            ..body.clone()
        },
    );
    job.append(text, 0.0, body);
    job.into()
}

pub fn mark(ui: &mut egui::Ui, tr: &I18n, right: bool) {
    if right {
        ui.label(RichText::new("✔").color(theme::right(ui.visuals())))
            .on_hover_text(tr!(tr, "mark-right"));
    } else {
        ui.label(RichText::new("✘").color(theme::wrong(ui.visuals())))
            .on_hover_text(tr!(tr, "mark-wrong"));
    }
}

/// The display order of a choice exercise's options for this learner.
pub fn state_order(
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
    let color = match grade {
        Grade::Good => theme::right(ui.visuals()),
        Grade::Acceptable => theme::partial(ui.visuals()),
        Grade::Poor => theme::wrong(ui.visuals()),
    };
    ui.label(RichText::new(grade_words(tr, grade)).strong().color(color));
}

/// Feedback framed in the colour of its grade (ungraded: neutral).
pub fn graded_feedback(ui: &mut egui::Ui, text: &str, grade: Option<Grade>) {
    let color = match grade {
        Some(Grade::Good) => theme::right(ui.visuals()),
        Some(Grade::Acceptable) => theme::partial(ui.visuals()),
        Some(Grade::Poor) => theme::wrong(ui.visuals()),
        None => ui.visuals().widgets.noninteractive.bg_stroke.color,
    };
    framed_feedback(ui, text, color);
}

pub fn indented_feedback(ui: &mut egui::Ui, text: &str, good: bool) {
    let color = if good {
        theme::right(ui.visuals())
    } else {
        theme::wrong(ui.visuals())
    };
    framed_feedback(ui, text, color);
}

pub fn framed_feedback(ui: &mut egui::Ui, text: &str, color: egui::Color32) {
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
