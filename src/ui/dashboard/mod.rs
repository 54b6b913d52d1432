//! The facilitator's cohort dashboard: import, filters, the learners ×
//! modules table, the hardest exercises, checklist averages, the item
//! analysis, the shared reflections, exports. Presenter mode is in [`super::presenter`].
//!
//! Reading, importing and every rebuild for a filter run off the frame,
//! one learner at a time (the events of a cohort are never all in memory:
//! only the dashboard is kept); the frame shows a progress bar.

pub mod reflections;
mod table;

use std::path::PathBuf;

use egui::RichText;

use crate::cohort::items::{Flag, ItemStats, RELIABLE_LEARNERS};
use crate::cohort::{Dashboard, Filter};
use crate::content::{Pack, dates};
use crate::tr;

use super::tasks::Progress;
use super::theme;
use super::view::{Action, View};
use super::widgets::{describe_answer, step_label};

/// The dashboard screen's state.
#[derive(Default)]
pub struct Workshop {
    pub pack: String,
    pub filter: Filter,
    pub dashboard: Dashboard,
    /// A bundle or folder path typed by hand.
    pub import_path: String,
    /// What the last import did, one line each.
    pub report: Vec<crate::i18n::Msg>,
    /// Whether the work running off the frame imports (else it reads).
    pub importing: bool,
    pub tab: Tab,
    /// Item analysis of the dashboard, rebuilt with it.
    pub items: Vec<ItemStats>,
    /// The item analysis column sorted on, and whether descending.
    pub items_sort: (ItemColumn, bool),
    /// The institution's LRS address for the xAPI export, as typed.
    pub xapi_base: String,
    /// The filters changed while the cohort was being read: read it again
    /// when that is done.
    pub stale: bool,
    /// Files and folders given to import (dropped on the window) while
    /// other work ran: imported when it is done.
    pub pending: Vec<PathBuf>,
    /// Whether the Reflections tab shows who wrote each text (off: the
    /// tab can be projected; off again when another tab is chosen).
    pub show_names: bool,
    /// The reflection steps (module, step) whose every text is shown.
    pub reflections_open: std::collections::HashSet<(String, String)>,
}

/// A sortable column of the item analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ItemColumn {
    /// Pack order.
    Exercise,
    Attempts,
    Facility,
    /// Lowest first by default: the exercises to look at.
    #[default]
    Discrimination,
}

/// The dashboard's sections, one at a time (they fit a small screen and a
/// projector).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Learners,
    Hardest,
    Checklists,
    Items,
    Reflections,
}

impl Workshop {
    /// Take a dashboard read off the frame, with its item analysis.
    pub fn set(&mut self, pack: &Pack, dashboard: Dashboard, items: Vec<ItemStats>) {
        self.pack = pack.info.id.to_string();
        self.dashboard = dashboard;
        self.items = items;
        self.sort_items();
    }

    /// Sort the item analysis by the chosen column (ties in pack order).
    pub fn sort_items(&mut self) {
        let (column, descending) = self.items_sort;
        let key = |i: &ItemStats| match column {
            ItemColumn::Exercise => i.position as f64,
            ItemColumn::Attempts => i.attempts as f64,
            ItemColumn::Facility => i.facility,
            // Not computable sorts after every value, whichever the way.
            ItemColumn::Discrimination => i.discrimination.unwrap_or(if descending {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }),
        };
        self.items.sort_by(|a, b| {
            let order = key(a).total_cmp(&key(b));
            let order = if descending { order.reverse() } else { order };
            order.then(a.position.cmp(&b.position))
        });
    }
}

/// The dashboard; `running` is the import or read under way, if any, and
/// `exporting` what is being saved.
pub fn workshop_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut Workshop,
    running: Option<&Progress>,
    exporting: Option<(&str, &Progress)>,
    actions: &mut Vec<Action>,
) {
    let Some(pack) = view.library.pack(&state.pack).or(view.library.first()) else {
        return;
    };
    // Bundles dropped on the window from a USB stick's folder are imported.
    let dropped: Vec<PathBuf> = ui.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_owned())
            .collect()
    });
    if !dropped.is_empty() {
        actions.push(Action::ImportPaths(dropped));
    }
    egui::Panel::top("workshop-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!(view.tr, "back")).clicked() {
                actions.push(Action::LeaveWorkshop);
            }
            ui.label(
                RichText::new(tr!(view.tr, "workshop-title"))
                    .text_style(theme::title())
                    .strong(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(RichText::new(tr!(view.tr, "presenter-mode")).strong())
                    .clicked()
                {
                    actions.push(Action::Present(None));
                }
            });
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, 1100.0, |ui| {
                    ui.add_space(6.0);
                    import_ui(ui, view, state, running, exporting, actions);
                    ui.add_space(theme::GAP);
                    if state.dashboard.read == 0 {
                        if running.is_none() {
                            ui.label(tr!(view.tr, "no-learners"));
                        }
                        return;
                    }
                    filters_ui(ui, view, state, actions);
                    ui.add_space(theme::GAP);
                    ui.horizontal_wrapped(|ui| {
                        for (tab, name) in [
                            (Tab::Learners, tr!(view.tr, "tab-learners")),
                            (Tab::Hardest, tr!(view.tr, "hardest-exercises")),
                            (Tab::Checklists, tr!(view.tr, "checklist-averages")),
                            (Tab::Items, tr!(view.tr, "tab-items")),
                            (Tab::Reflections, tr!(view.tr, "tab-reflections")),
                        ] {
                            let text = RichText::new(name).text_style(theme::title());
                            if ui.selectable_label(state.tab == tab, text).clicked() {
                                // Names with the reflections only while asked for.
                                state.show_names &= state.tab == tab;
                                state.tab = tab;
                            }
                        }
                    });
                    ui.separator();
                    ui.add_space(6.0);
                    match state.tab {
                        Tab::Learners => table::table_ui(ui, view, state, pack),
                        Tab::Hardest => hardest_ui(ui, view, state, pack, actions),
                        Tab::Checklists => checklists_ui(ui, view, state, pack),
                        Tab::Items => items_ui(ui, view, state, pack),
                        Tab::Reflections => reflections::reflections_ui(ui, view, state, pack),
                    }
                })
            });
    });
}

fn import_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut Workshop,
    running: Option<&Progress>,
    exporting: Option<(&str, &Progress)>,
    actions: &mut Vec<Action>,
) {
    if let Some(task) = running {
        let (done, total) = task.counts();
        let cancelled = task.cancelled();
        let text = if cancelled {
            tr!(view.tr, "import-cancelling")
        } else if task.waiting() {
            tr!(view.tr, "import-waiting")
        } else if state.importing {
            tr!(view.tr, "importing", done = done, total = total)
        } else {
            tr!(view.tr, "reading-cohort")
        };
        let fraction = if total == 0 {
            0.0
        } else {
            done as f32 / total as f32
        };
        ui.add(super::widgets::progress_bar(fraction, None).text(text));
        if !state.pending.is_empty() {
            ui.label(tr!(view.tr, "import-pending", count = state.pending.len()));
        }
        if state.importing
            && ui
                .add_enabled(!cancelled, egui::Button::new(tr!(view.tr, "import-cancel")))
                .clicked()
        {
            actions.push(Action::CancelImport);
        }
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!(view.tr, "import-bundles")).clicked() {
            actions.push(Action::ImportDialog { folder: false });
        }
        if ui.button(tr!(view.tr, "import-folder")).clicked() {
            actions.push(Action::ImportDialog { folder: true });
        }
        let hint = tr!(view.tr, "import-path-hint");
        let field = ui.add(
            egui::TextEdit::singleline(&mut state.import_path)
                .hint_text(hint.as_str())
                .desired_width(280.0),
        );
        field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, hint.as_str()));
        let typed = state.import_path.trim().to_owned();
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui
            .add_enabled(!typed.is_empty(), egui::Button::new(tr!(view.tr, "import")))
            .clicked()
            || (enter && !typed.is_empty())
        {
            actions.push(Action::ImportPaths(vec![PathBuf::from(typed)]));
        }
    });
    ui.label(RichText::new(tr!(view.tr, "import-drop")).weak());
    let base = state.xapi_base.trim();
    let base_error = (!base.is_empty())
        .then(|| crate::cohort::xapi::check_base(base).err())
        .flatten();
    ui.horizontal_wrapped(|ui| {
        let busy = exporting.is_some() || state.dashboard.read == 0;
        if ui
            .add_enabled(!busy, egui::Button::new(tr!(view.tr, "export-cohort-csv")))
            .clicked()
        {
            actions.push(Action::ExportCohortCsv);
        }
        ui.add_space(theme::GAP);
        let label = ui.label(tr!(view.tr, "xapi-base"));
        let hint = tr!(view.tr, "xapi-base-hint");
        ui.add(
            egui::TextEdit::singleline(&mut state.xapi_base)
                .hint_text(hint.as_str())
                .desired_width(260.0),
        )
        .labelled_by(label.id);
        if ui
            .add_enabled(
                !busy && base_error.is_none(),
                egui::Button::new(tr!(view.tr, "export-xapi")),
            )
            .clicked()
        {
            actions.push(Action::ExportXapi);
        }
    });
    if let Some(why) = &base_error {
        let text = crate::msg!("xapi-base-invalid", reason = why.msg()).render(view.tr);
        ui.label(RichText::new(text).color(theme::wrong(ui.visuals())));
    }
    if let Some((what, progress)) = exporting {
        let (done, total) = progress.counts();
        if total == 0 {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(what);
            });
        } else {
            ui.add(egui::ProgressBar::new(done as f32 / total as f32).text(tr!(
                view.tr,
                "working-count",
                what = what,
                done = done,
                total = total
            )));
        }
    }
    for line in &state.report {
        ui.label(line.render(view.tr));
    }
}

fn filters_ui(ui: &mut egui::Ui, view: &View<'_>, state: &mut Workshop, actions: &mut Vec<Action>) {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr!(
                view.tr,
                "learners-count",
                count = state.dashboard.learners.len()
            ))
            .strong(),
        );
        ui.add_space(theme::GAP);
        let all_groups = tr!(view.tr, "all-groups");
        let label = ui.label(tr!(view.tr, "filter-group"));
        egui::ComboBox::from_id_salt("group-filter")
            .selected_text(state.filter.group.clone().unwrap_or(all_groups.clone()))
            .show_ui(ui, |ui| {
                changed |= ui
                    .selectable_value(&mut state.filter.group, None, all_groups.as_str())
                    .changed();
                for g in state.dashboard.groups.clone() {
                    changed |= ui
                        .selectable_value(&mut state.filter.group, Some(g.clone()), g)
                        .changed();
                }
            })
            .response
            .labelled_by(label.id);
        let all_dates = tr!(view.tr, "all-dates");
        let label = ui.label(tr!(view.tr, "filter-date"));
        let show = |d: jiff::civil::Date| dates::long_date(d, view.lang);
        egui::ComboBox::from_id_salt("date-filter")
            .selected_text(state.filter.date.map_or(all_dates.clone(), show))
            .show_ui(ui, |ui| {
                changed |= ui
                    .selectable_value(&mut state.filter.date, None, all_dates.as_str())
                    .changed();
                for d in state.dashboard.dates.clone() {
                    changed |= ui
                        .selectable_value(&mut state.filter.date, Some(d), show(d))
                        .changed();
                }
            })
            .response
            .labelled_by(label.id);
    });
    if changed {
        actions.push(Action::ReadCohort);
    }
}

fn hardest_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &Workshop,
    pack: &Pack,
    actions: &mut Vec<Action>,
) {
    if state.dashboard.hardest.is_empty() {
        ui.label(tr!(view.tr, "nothing-wrong-yet"));
    }
    for hard in state.dashboard.hardest.iter().take(5) {
        let Some(module) = pack.module(&hard.module) else {
            continue;
        };
        let Some(step) = module.steps.iter().find(|s| s.id().as_str() == hard.step) else {
            continue;
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width().min(theme::READING_WIDTH + 200.0));
            ui.label(RichText::new(step_label(view, pack, step)).strong());
            ui.label(
                RichText::new(format!(
                    "{} · {}",
                    view.t(pack, &module.title),
                    tr!(
                        view.tr,
                        "wrong-first-time",
                        wrong = hard.wrong,
                        answered = hard.answered
                    )
                ))
                .weak(),
            );
            if let Some((answer, count)) = &hard.most_chosen {
                ui.label(tr!(
                    view.tr,
                    "most-chosen",
                    answer = describe_answer(view, pack, step, answer),
                    count = *count
                ));
            }
            if ui.button(tr!(view.tr, "show-in-presenter")).clicked() {
                actions.push(Action::Present(Some((
                    hard.module.clone(),
                    hard.step.clone(),
                ))));
            }
        });
    }
}

fn items_ui(ui: &mut egui::Ui, view: &View<'_>, state: &mut Workshop, pack: &Pack) {
    use crate::cohort::items::{TOO_EASY, TOO_HARD, WEAK_DISCRIMINATION};
    if state.items.is_empty() {
        ui.label(tr!(view.tr, "items-none"));
        return;
    }
    ui.label(
        RichText::new(tr!(
            view.tr,
            "items-help",
            easy = format!("{TOO_EASY:.0}"),
            hard = format!("{TOO_HARD:.0}"),
            weak = format!("{WEAK_DISCRIMINATION:.0}")
        ))
        .weak(),
    );
    if state.items.iter().any(|i| !i.reliable()) {
        ui.label(tr!(view.tr, "items-unreliable", min = RELIABLE_LEARNERS));
    }
    ui.add_space(6.0);
    let mut resort = None;
    egui::ScrollArea::horizontal()
        .id_salt("items-table")
        .show(ui, |ui| {
            egui::Grid::new("items-grid")
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for (column, name) in [
                        (Some(ItemColumn::Exercise), tr!(view.tr, "item-exercise")),
                        (Some(ItemColumn::Attempts), tr!(view.tr, "item-attempts")),
                        (Some(ItemColumn::Facility), tr!(view.tr, "item-facility")),
                        (
                            Some(ItemColumn::Discrimination),
                            tr!(view.tr, "item-discrimination"),
                        ),
                        (None, tr!(view.tr, "item-top-wrong")),
                        (None, tr!(view.tr, "item-flags")),
                    ] {
                        let Some(column) = column else {
                            ui.label(RichText::new(name).strong());
                            continue;
                        };
                        let (current, descending) = state.items_sort;
                        let arrow = match (current == column, descending) {
                            (true, true) => " ▼",
                            (true, false) => " ▲",
                            (false, _) => "",
                        };
                        let button = ui.add(egui::Button::new(
                            RichText::new(format!("{name}{arrow}")).strong(),
                        ));
                        let label = tr!(view.tr, "sort-by", column = name.as_str());
                        button.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, label.as_str())
                        });
                        if button.clicked() {
                            resort = Some(if current == column {
                                (column, !descending)
                            } else {
                                (column, false)
                            });
                        }
                    }
                    ui.end_row();
                    for item in &state.items {
                        let Some(module) = pack.module(&item.module) else {
                            continue;
                        };
                        let Some(step) = module.steps.iter().find(|s| s.id().as_str() == item.step)
                        else {
                            continue;
                        };
                        let weak = !item.reliable();
                        let cell = |ui: &mut egui::Ui, text: String| {
                            let mut t = RichText::new(text);
                            if weak {
                                t = t.weak();
                            }
                            ui.label(t);
                        };
                        ui.label(step_label(view, pack, step))
                            .on_hover_text(format!(
                                "{} · {}",
                                view.t(pack, &module.title),
                                item.step
                            ));
                        cell(ui, item.attempts.to_string());
                        cell(ui, format!("{:.0} %", item.facility));
                        cell(
                            ui,
                            item.discrimination
                                .map_or("–".to_owned(), |d| format!("{d:.0}")),
                        );
                        cell(
                            ui,
                            item.top_wrong.as_ref().map_or(String::new(), |(a, n)| {
                                format!("{} ({n})", describe_answer(view, pack, step, a))
                            }),
                        );
                        ui.vertical(|ui| {
                            for flag in &item.flags {
                                let (words, color) = match flag {
                                    Flag::TooEasy => {
                                        (tr!(view.tr, "flag-too-easy"), ui.visuals().text_color())
                                    }
                                    Flag::TooHard => {
                                        (tr!(view.tr, "flag-too-hard"), ui.visuals().text_color())
                                    }
                                    Flag::NoDiscrimination => (
                                        tr!(view.tr, "flag-no-discrimination"),
                                        theme::partial(ui.visuals()),
                                    ),
                                    Flag::CheckKey => (
                                        format!("⚠ {}", tr!(view.tr, "flag-check-key")),
                                        theme::wrong(ui.visuals()),
                                    ),
                                    Flag::Unreliable => (
                                        tr!(view.tr, "flag-unreliable", min = RELIABLE_LEARNERS),
                                        ui.visuals().weak_text_color(),
                                    ),
                                };
                                ui.add(egui::Label::new(RichText::new(words).color(color)).wrap());
                            }
                        });
                        ui.end_row();
                    }
                });
        });
    if let Some(sort) = resort {
        state.items_sort = sort;
        state.sort_items();
    }
}

fn checklists_ui(ui: &mut egui::Ui, view: &View<'_>, state: &Workshop, pack: &Pack) {
    if state.dashboard.checklists.is_empty() {
        ui.label(tr!(view.tr, "no-assessments-yet"));
        return;
    }
    for avg in &state.dashboard.checklists {
        let Some(c) = pack
            .checklists
            .iter()
            .find(|c| c.id.as_str() == avg.checklist)
        else {
            continue;
        };
        ui.add_space(6.0);
        ui.label(RichText::new(view.t(pack, &c.title)).strong());
        ui.label(RichText::new(tr!(view.tr, "runs-count", count = avg.runs)).weak());
        if avg.runs < crate::cohort::MIN_RUNS_SHOWN {
            ui.label(tr!(
                view.tr,
                "too-few-runs-shown",
                min = crate::cohort::MIN_RUNS_SHOWN
            ));
            continue;
        }
        egui::Grid::new(("checklist-avg", &avg.checklist))
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for ((_, score, _), dim) in avg.dimensions.iter().zip(&c.dimensions) {
                    ui.label(view.t(pack, &dim.title));
                    let value = score.unwrap_or(0.0) as f32 / 100.0;
                    ui.add(
                        super::widgets::progress_bar(value, Some(theme::chart_bar(ui.visuals())))
                            .desired_width(220.0)
                            .text(score.map_or("–".to_owned(), |s| format!("{s:.0}"))),
                    );
                    ui.end_row();
                }
                if let Some(o) = avg.overall {
                    ui.label(RichText::new(tr!(view.tr, "overall")).strong());
                    ui.label(RichText::new(format!("{o:.0}")).strong());
                    ui.end_row();
                }
            });
    }
}
