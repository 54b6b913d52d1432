//! The reflections learners shared with the facilitator: each reflection
//! step with the latest text of every learner who shared one. Names are
//! hidden until the facilitator ticks "Show names", so the tab can be
//! projected; the texts wrap and the page scrolls.

use egui::RichText;

use crate::content::Pack;
use crate::tr;

use super::super::theme;
use super::super::view::View;
use super::Workshop;

/// Texts shown per step before "Show all": a programme's cohort of
/// thousands does not lay out every text on every frame.
pub const SHOWN_FIRST: usize = 40;

pub fn reflections_ui(ui: &mut egui::Ui, view: &View<'_>, state: &mut Workshop, pack: &Pack) {
    let steps = &state.dashboard.reflections;
    if steps.is_empty() {
        let filtered = state.filter.group.is_some() || state.filter.date.is_some();
        let why = if filtered {
            tr!(view.tr, "reflections-none-filtered")
        } else {
            tr!(view.tr, "reflections-none")
        };
        ui.add(egui::Label::new(why).wrap());
        return;
    }
    ui.add(egui::Label::new(RichText::new(tr!(view.tr, "reflections-help")).weak()).wrap());
    ui.checkbox(
        &mut state.show_names,
        tr!(view.tr, "reflections-show-names"),
    );
    // A reading width (lines of a projector's size stay readable), in a
    // child so the tabs' width above does not hold it open.
    let width = ui.available_width().min(theme::READING_WIDTH + 200.0);
    ui.vertical(|ui| {
        ui.set_max_width(width);
        texts_ui(ui, view, state, pack);
    });
}

fn texts_ui(ui: &mut egui::Ui, view: &View<'_>, state: &mut Workshop, pack: &Pack) {
    let Workshop {
        dashboard,
        show_names,
        reflections_open,
        ..
    } = state;
    for shared in &dashboard.reflections {
        let Some(module) = pack.module(&shared.module) else {
            continue;
        };
        let Some(step) = module.steps.iter().find(|s| s.id().as_str() == shared.step) else {
            continue;
        };
        ui.add_space(theme::GAP);
        ui.add(egui::Label::new(RichText::new(view.t(pack, &module.title)).weak()).wrap());
        if let Some(prompt) = step.prompt() {
            ui.add(egui::Label::new(RichText::new(view.t(pack, prompt)).strong()).wrap());
        }
        ui.label(
            RichText::new(tr!(
                view.tr,
                "reflections-shared-count",
                count = shared.shared.len()
            ))
            .weak(),
        );
        let key = (shared.module.clone(), shared.step.clone());
        let all = reflections_open.contains(&key);
        let shown = if all {
            shared.shared.len()
        } else {
            SHOWN_FIRST
        };
        for text in shared.shared.iter().take(shown) {
            ui.add_space(4.0);
            egui::Frame::new()
                .fill(theme::note_fill(ui.visuals()))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    if *show_names {
                        let name = if text.name.trim().is_empty() {
                            tr!(view.tr, "reflections-no-name")
                        } else {
                            text.name.clone()
                        };
                        let mut who = vec![name];
                        if !text.group.is_empty() {
                            who.push(text.group.clone());
                        }
                        who.push(theme::local_date(text.at, view.lang));
                        ui.add(egui::Label::new(RichText::new(who.join(" · ")).strong()).wrap());
                    }
                    ui.add(egui::Label::new(text.text.as_str()).wrap());
                });
        }
        let hidden = shared.shared.len().saturating_sub(shown);
        if hidden > 0 {
            ui.add_space(4.0);
            if ui
                .button(tr!(view.tr, "reflections-show-all", count = hidden))
                .clicked()
            {
                reflections_open.insert(key);
            }
        }
    }
}
