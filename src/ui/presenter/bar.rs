//! Presenter mode's header: leave, Previous / Reveal / Next and where we
//! are, then a jump to any module or exercise, then the keys. Every row
//! wraps, so nothing overlaps on a 1024-wide projector in any language.

use egui::RichText;

use crate::content::Pack;
use crate::content::model::{Module, Step};
use crate::tr;
use crate::ui::view::{Action, View};
use crate::ui::widgets::{ellipsize, step_title};

use super::PresenterState;

/// The module, where we are, and Previous / Reveal / Next.
pub fn top_bar_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    state: &mut PresenterState,
    exercises: &[(&Module, &Step)],
    index: usize,
    actions: &mut Vec<Action>,
) {
    let total = exercises.len();
    egui::Panel::top("presenter-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!(view.tr, "presenter-exit")).clicked() {
                actions.push(Action::LeaveWorkshop);
            }
            ui.separator();
            if ui
                .add_enabled(
                    index > 0,
                    egui::Button::new(tr!(view.tr, "presenter-previous")),
                )
                .clicked()
            {
                state.go_to(exercises, index.saturating_sub(1));
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
                    index + 1 < total,
                    egui::Button::new(tr!(view.tr, "presenter-next")),
                )
                .clicked()
            {
                state.go_to(exercises, index + 1);
            }
            ui.label(
                RichText::new(tr!(view.tr, "exercise-of", n = index + 1, total = total)).weak(),
            );
        });
        ui.horizontal_wrapped(|ui| {
            jump_ui(ui, view, pack, state, exercises, index);
        });
        ui.label(RichText::new(tr!(view.tr, "presenter-keys")).weak());
        ui.add_space(6.0);
    });
}

/// Two drop-downs: a module (its first exercise), and an exercise of the
/// module shown.
fn jump_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    state: &mut PresenterState,
    exercises: &[(&Module, &Step)],
    index: usize,
) {
    let Some((current, _)) = exercises.get(index) else {
        return;
    };
    let mut to = None;
    // Each caption with its drop-down, so that they wrap together; half
    // the row each, a box's text cut to fit it (in full in its list).
    let half = ((ui.available_width() - 20.0) / 2.0).max(200.0);
    let width = (half - 120.0).clamp(80.0, 320.0);
    let body = ui
        .style()
        .text_styles
        .get(&egui::TextStyle::Button)
        .map_or(16.0, |f| f.size);
    let fit = |text: &str| ellipsize(text, (width / (body * 0.6)).max(8.0) as usize);
    ui.horizontal(|ui| {
        let label = ui.label(tr!(view.tr, "presenter-go-to-module"));
        egui::ComboBox::from_id_salt("presenter-module")
            .height(ui.ctx().content_rect().height() * 0.7)
            .selected_text(fit(view.t(pack, &current.title)))
            .width(width)
            .truncate()
            .show_ui(ui, |ui| {
                for module in &pack.modules {
                    let first = exercises.iter().position(|(m, _)| m.id == module.id);
                    let Some(first) = first else {
                        continue;
                    };
                    let here = module.id == current.id;
                    if ui
                        .selectable_label(here, view.t(pack, &module.title))
                        .clicked()
                        && !here
                    {
                        to = Some(first);
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let in_module: Vec<(usize, &Step)> = exercises
        .iter()
        .enumerate()
        .filter(|(_, (m, _))| m.id == current.id)
        .map(|(i, (_, s))| (i, *s))
        .collect();
    let number = |i: usize| i + 1;
    let shown = in_module
        .iter()
        .find(|(i, _)| *i == index)
        .map(|(i, s)| fit(&format!("{}. {}", number(*i), step_title(view, pack, s))))
        .unwrap_or_default();
    ui.horizontal(|ui| {
        let label = ui.label(tr!(view.tr, "presenter-go-to-exercise"));
        egui::ComboBox::from_id_salt("presenter-exercise")
            .height(ui.ctx().content_rect().height() * 0.7)
            .selected_text(shown)
            .width(width)
            .truncate()
            .show_ui(ui, |ui| {
                for (i, step) in &in_module {
                    let text = format!("{}. {}", number(*i), step_title(view, pack, step));
                    if ui.selectable_label(*i == index, text).clicked() && *i != index {
                        to = Some(*i);
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    if let Some(i) = to {
        state.go_to(exercises, i);
    }
}
