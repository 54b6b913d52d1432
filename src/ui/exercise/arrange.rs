//! Putting things in place: ordering items, and matching pairs.

use egui::{RichText, Role, WidgetInfo};

use crate::content::Pack;
use crate::content::model::{Matching, Ordering};
use crate::tr;
use crate::ui::theme;
use crate::ui::view::View;

use super::marks::{indented_feedback, mark};
use super::state::{Draft, PlayerState};

pub fn ordering_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &Ordering,
    state: &mut PlayerState,
) {
    let Draft::Order(order) = &mut state.draft else {
        return;
    };
    ui.label(RichText::new(tr!(view.tr, "ordering-help")).weak());
    let mut swap = None;
    let count = order.len();
    // The buttons are named by their item, not their row, so the one that
    // was pressed keeps the keyboard as its item moves. At the top or the
    // bottom it is disabled and loses it: the item's other button takes it.
    let moved_id = egui::Id::unique("ordering-moved");
    let moved: Option<(String, bool)> = ui.data_mut(|d| d.remove_temp(moved_id));
    for (pos, id) in order.iter().enumerate() {
        let Some(item) = exercise.items.iter().find(|i| i.id.as_str() == id) else {
            continue;
        };
        let text = view.t(pack, &item.text);
        // An id of its own (not one counted from the row's place).
        let row_id = ui.scope_id().with(("ordering-item", id.as_str()));
        ui.scope_builder(egui::UiBuilder::new().scope_id(row_id), |ui| {
            ui.horizontal(|ui| {
                if state.submitted {
                    let right = exercise
                        .items
                        .get(pos)
                        .is_some_and(|right| right.id.as_str() == id);
                    mark(ui, view.tr, right);
                } else {
                    let can_up = pos > 0;
                    let can_down = pos + 1 < count;
                    let up = ui.add_enabled(can_up, egui::Button::new("↑").small());
                    up.widget_info(|| {
                        WidgetInfo::labeled(
                            Role::Button,
                            can_up,
                            tr!(view.tr, "move-up", item = text),
                        )
                    });
                    let down = ui.add_enabled(can_down, egui::Button::new("↓").small());
                    down.widget_info(|| {
                        WidgetInfo::labeled(
                            Role::Button,
                            can_down,
                            tr!(view.tr, "move-down", item = text),
                        )
                    });
                    if let Some((moved, went_up)) = &moved
                        && moved == id
                    {
                        match (went_up, can_up, can_down) {
                            (true, false, true) => down.request_focus(),
                            (false, true, false) => up.request_focus(),
                            _ => {}
                        }
                    }
                    if up.clicked() {
                        swap = Some((pos, pos - 1));
                        ui.data_mut(|d| d.insert_temp(moved_id, (id.clone(), true)));
                    }
                    if down.clicked() {
                        swap = Some((pos, pos + 1));
                        ui.data_mut(|d| d.insert_temp(moved_id, (id.clone(), false)));
                    }
                }
                ui.add(egui::Label::new(format!("{}. {text}", pos + 1)).wrap());
            });
        });
    }
    if let Some((a, b)) = swap {
        order.swap(a, b);
    }
    if state.submitted {
        ui.add_space(8.0);
        ui.label(RichText::new(tr!(view.tr, "right-order")).strong());
        for (pos, item) in exercise.items.iter().enumerate() {
            ui.label(format!("{}. {}", pos + 1, view.t(pack, &item.text)));
            if let Some(feedback) = &item.feedback {
                indented_feedback(ui, view.t(pack, feedback), true);
            }
        }
    }
}

pub fn matching_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    exercise: &Matching,
    state: &mut PlayerState,
) {
    let Draft::Matches(chosen) = &mut state.draft else {
        return;
    };
    let right_text = |pair_id: &str| {
        exercise
            .pairs
            .iter()
            .find(|p| p.id.as_str() == pair_id)
            .map(|p| view.t(pack, &p.right).to_owned())
            .unwrap_or_default()
    };
    // Each item above its drop-down, and the verdict below: a column that
    // wraps at any width, where a grid of three columns ran off the right
    // edge with long answers on a small screen or at a large text size.
    let width = ui.available_width().min(theme::READING_WIDTH);
    for (i, pair) in exercise.pairs.iter().enumerate() {
        let left = view.t(pack, &pair.left);
        ui.label(RichText::new(left).strong());
        let Some(slot) = chosen.get_mut(i) else {
            continue;
        };
        let shown = slot
            .as_deref()
            .map_or_else(|| tr!(view.tr, "choose"), right_text);
        ui.add_enabled_ui(!state.submitted, |ui| {
            let combo = egui::ComboBox::from_id_salt(("match", exercise.id.as_str(), i))
                .selected_text(shown)
                .width(width.min(420.0))
                .truncate()
                .show_ui(ui, |ui| {
                    ui.set_max_width(width);
                    for id in &state.match_choices {
                        ui.selectable_value(slot, Some(id.clone()), right_text(id));
                    }
                });
            combo.response.widget_info(|| {
                WidgetInfo::labeled(Role::ComboBox, true, tr!(view.tr, "match-for", item = left))
            });
        });
        if state.submitted {
            let right = slot.as_deref() == Some(pair.id.as_str());
            ui.horizontal_wrapped(|ui| {
                mark(ui, view.tr, right);
                if !right {
                    ui.label(tr!(
                        view.tr,
                        "right-answer-is",
                        answer = view.t(pack, &pair.right)
                    ));
                }
            });
        }
        ui.add_space(6.0);
    }
    if state.submitted {
        for pair in &exercise.pairs {
            if let Some(feedback) = &pair.feedback {
                let text = format!("{} — {}", view.t(pack, &pair.left), view.t(pack, feedback));
                indented_feedback(ui, &text, true);
            }
        }
    }
}
