//! A self-assessment: rating a checklist one dimension at a time, with
//! help and notes per item. The results are in [`super::results`].

use egui::RichText;
use uuid::Uuid;

use crate::tr;

use super::theme;
use super::view::{Action, View};

/// The rating screen's own state.
pub struct AssessState {
    pub run: Uuid,
    pub dimension: usize,
    /// Notes being typed, by item id, saved when the field loses focus.
    pub notes: std::collections::BTreeMap<String, String>,
}

pub fn assess_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut AssessState,
    actions: &mut Vec<Action>,
) {
    let Some((run, pack, c)) = view.run(state.run) else {
        actions.push(Action::Home);
        return;
    };
    let index = state.dimension.min(c.dimensions.len().saturating_sub(1));
    let Some(dimension) = c.dimensions.get(index) else {
        return;
    };
    let last = index + 1 == c.dimensions.len();

    egui::Panel::top("assess-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!(view.tr, "home")).clicked() {
                actions.push(Action::Home);
            }
            ui.label(
                RichText::new(view.t(pack, &c.title))
                    .text_style(theme::title())
                    .strong(),
            );
            ui.label(RichText::new(format!("· {}", run.name)).text_style(theme::title()));
        });
        ui.add_space(6.0);
    });
    // The items first, then the buttons, then the list of dimensions, for
    // Tab (see `panels`).
    let (reserved, mut centre_ui) = super::panels::centre_first(ui, "assessment", false);
    egui::CentralPanel::default().show(&mut centre_ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_max_width(theme::READING_WIDTH.min(ui.available_width()));
                ui.add_space(theme::GAP);
                ui.heading(view.t(pack, &dimension.title));
                ui.add_space(6.0);
                for item in &dimension.items {
                    let id = item.id.as_str();
                    egui::Frame::group(ui.style())
                        .inner_margin(12.0)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.label(RichText::new(view.t(pack, &item.text)).strong());
                            ui.label(RichText::new(view.t(pack, &item.help)).weak());
                            ui.add_space(4.0);
                            let current = run.ratings.get(id).copied();
                            ui.horizontal_wrapped(|ui| {
                                let item_text = view.t(pack, &item.text);
                                // The scale's levels, then "not applicable" if offered.
                                let choices = c
                                    .scale
                                    .levels
                                    .iter()
                                    .map(|l| {
                                        (
                                            Some(l.value),
                                            format!("{} · {}", l.value, view.t(pack, &l.label)),
                                        )
                                    })
                                    .chain(
                                        c.scale
                                            .not_applicable
                                            .iter()
                                            .map(|na| (None, view.t(pack, na).to_owned())),
                                    );
                                for (value, label) in choices {
                                    let chosen = current == Some(value);
                                    // Framed before one is chosen, so that
                                    // the choices look like choices.
                                    let response = ui.add(
                                        egui::Button::selectable(chosen, label.clone())
                                            .frame_when_inactive(true),
                                    );
                                    response.widget_info(|| {
                                        egui::WidgetInfo::selected(
                                            egui::Role::Button,
                                            true,
                                            chosen,
                                            format!("{label}: {item_text}"),
                                        )
                                    });
                                    if response.clicked() && !chosen {
                                        actions.push(Action::Rate {
                                            run: state.run,
                                            item: id.to_owned(),
                                            value,
                                        });
                                    }
                                }
                            });
                            let saved = run.notes.get(id).cloned().unwrap_or_default();
                            let note = state
                                .notes
                                .entry(id.to_owned())
                                .or_insert_with(|| saved.clone());
                            let field = ui.add(
                                egui::TextEdit::singleline(note)
                                    .hint_text(tr!(view.tr, "note-hint"))
                                    .desired_width(f32::INFINITY),
                            );
                            field.widget_info(|| {
                                let mut info = egui::WidgetInfo::text_edit(
                                    true,
                                    saved.clone(),
                                    note.clone(),
                                    "",
                                );
                                info.label =
                                    Some(tr!(view.tr, "note-on", item = view.t(pack, &item.text)));
                                info
                            });
                            if field.lost_focus() && *note != saved {
                                actions.push(Action::NoteItem {
                                    run: state.run,
                                    item: id.to_owned(),
                                    text: note.clone(),
                                });
                            }
                        });
                    ui.add_space(6.0);
                }
                ui.add_space(theme::GAP);
            });
    });
    let bottom = egui::Panel::bottom("assess-nav").show(ui, |ui| {
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    index > 0,
                    egui::Button::new(tr!(view.tr, "previous-dimension")),
                )
                .clicked()
            {
                actions.push(Action::ViewDimension(index - 1));
            }
            ui.label(tr!(
                view.tr,
                "dimension-of",
                n = index + 1,
                total = c.dimensions.len()
            ));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(RichText::new(tr!(view.tr, "see-results")).strong())
                    .clicked()
                {
                    actions.push(Action::ShowResults(state.run));
                }
                if !last
                    && ui
                        .button(RichText::new(tr!(view.tr, "next-dimension")).strong())
                        .clicked()
                {
                    actions.push(Action::ViewDimension(index + 1));
                }
            });
        });
        ui.add_space(8.0);
    });
    let left = super::panels::left_list(ui, "assess-dimensions", |ui| {
        for (i, d) in c.dimensions.iter().enumerate() {
            let answered = d
                .items
                .iter()
                .filter(|it| run.ratings.contains_key(it.id.as_str()))
                .count();
            let text = format!("{} ({answered}/{})", view.t(pack, &d.title), d.items.len());
            if ui.selectable_label(i == index, text).clicked() && i != index {
                actions.push(Action::ViewDimension(i));
            }
        }
    });
    let right = reserved.sizes.right;
    reserved.keep(
        ui,
        super::panels::Sizes {
            left,
            right,
            bottom: bottom.response.rect.height(),
        },
    );
}
