//! The learners × modules table. A programme's cohort can hold a thousand
//! learners: only the rows in view are laid out and drawn (egui's
//! `show_rows`), in columns of fixed width so the header and every row
//! line up without measuring the rows out of view.

use egui::RichText;

use crate::cohort::{Cell, LearnerRow};
use crate::content::Pack;
use crate::tr;

use super::super::theme;
use super::super::view::View;
use super::Workshop;

const NAME_WIDTH: f32 = 230.0;
const CELL_WIDTH: f32 = 52.0;
const AVERAGE_WIDTH: f32 = 70.0;
const REVIEW_WIDTH: f32 = 90.0;

pub(super) fn table_ui(ui: &mut egui::Ui, view: &View<'_>, state: &Workshop, pack: &Pack) {
    let d = &state.dashboard;
    // The rows scroll within the window's height, under a header that stays.
    let height = (ui.ctx().content_rect().height() - 120.0).max(160.0);
    // It scrolls sideways when the module columns do not fit; the average
    // comes right after the name, so it is never out of sight.
    let table = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::Table)
        .accessibility_label(tr!(view.tr, "tab-learners"));
    egui::ScrollArea::horizontal()
        .id_salt("cohort-table")
        .show(ui, |ui| {
            ui.scope_builder(table, |ui| {
                ui.horizontal(|ui| {
                    fixed(
                        ui,
                        NAME_WIDTH,
                        RichText::new(tr!(view.tr, "learner")).strong(),
                    );
                    fixed(
                        ui,
                        AVERAGE_WIDTH,
                        RichText::new(tr!(view.tr, "average")).strong(),
                    );
                    for (i, m) in pack.modules.iter().enumerate() {
                        fixed(ui, CELL_WIDTH, RichText::new(format!("{}", i + 1)).strong())
                            .on_hover_text(view.t(pack, &m.title));
                    }
                    for id in ["dash-review-due", "dash-review-overdue", "dash-recall"] {
                        fixed(ui, REVIEW_WIDTH, RichText::new(view.tr.t(id)).strong())
                            .on_hover_text(tr!(view.tr, "dash-review-help"));
                    }
                });
                ui.separator();
                let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
                egui::ScrollArea::vertical()
                    .id_salt("cohort-rows")
                    .max_height(height)
                    .auto_shrink([false, true])
                    .show_rows(ui, row_height, d.learners.len(), |ui, range| {
                        for n in range {
                            let row = &d.learners[n];
                            let (rect, _) = ui.allocate_exact_size(
                                egui::vec2(ui.available_width(), row_height),
                                egui::Sense::hover(),
                            );
                            if n % 2 == 1 {
                                ui.painter()
                                    .rect_filled(rect, 0.0, ui.visuals().faint_bg_color);
                            }
                            let mut row_ui = ui.new_child(
                                egui::UiBuilder::new()
                                    .max_rect(rect)
                                    .layout(egui::Layout::left_to_right(egui::Align::Center)),
                            );
                            row_ui_contents(&mut row_ui, view, pack, row);
                        }
                    });
            });
        });
}

fn row_ui_contents(ui: &mut egui::Ui, view: &View<'_>, pack: &Pack, row: &LearnerRow) {
    let name = if row.group.is_empty() {
        row.name.clone()
    } else {
        format!("{} · {}", row.name, row.group)
    };
    fixed(ui, NAME_WIDTH, RichText::new(name)).on_hover_text(row.name.as_str());
    fixed(
        ui,
        AVERAGE_WIDTH,
        RichText::new(row.average.map_or("–".to_owned(), |a| format!("{a:.0}"))),
    );
    for (cell, m) in row.cells.iter().zip(&pack.modules) {
        let (text, hover) = match *cell {
            Cell::NotStarted => ("–".to_owned(), tr!(view.tr, "status-not-started")),
            Cell::InProgress { done, steps } => (
                format!("{:.0} %", 100.0 * done as f64 / steps.max(1) as f64),
                tr!(view.tr, "status-in-progress"),
            ),
            Cell::Done { score: Some(s) } => (
                format!("✔ {s:.0}"),
                tr!(view.tr, "status-completed-score", score = format!("{s:.0}")),
            ),
            Cell::Done { score: None } => ("✔".to_owned(), tr!(view.tr, "status-completed")),
        };
        let color = match cell {
            Cell::Done { .. } => theme::right(ui.visuals()),
            Cell::NotStarted => ui.visuals().weak_text_color(),
            Cell::InProgress { .. } => ui.visuals().text_color(),
        };
        fixed(ui, CELL_WIDTH, RichText::new(text).color(color))
            .on_hover_text(format!("{} — {hover}", view.t(pack, &m.title)));
    }
    let r = &row.review;
    let recall = r.recall_rate().map_or("–".to_owned(), |p| {
        format!("{:.0} % ({})", p * 100.0, r.reviews)
    });
    for text in [
        r.due_by(view.review.day_end).to_string(),
        r.overdue(view.review.day_start).to_string(),
        recall,
    ] {
        fixed(ui, REVIEW_WIDTH, RichText::new(text));
    }
}

/// A label in a column of `width`, cut with … when longer.
fn fixed(ui: &mut egui::Ui, width: f32, text: RichText) -> egui::Response {
    let height = ui.text_style_height(&egui::TextStyle::Body);
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.set_max_width(width);
            ui.add(egui::Label::new(text).truncate())
        },
    )
    .inner
}
