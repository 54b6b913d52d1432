//! A self-assessment's results: knock-out answers and open questions
//! first, the score and the band's advice, levels and the plan to the
//! next one, a chart per dimension, the gaps to close (`results/gaps.rs`),
//! the history of earlier runs, exports.

use egui::RichText;
use egui_plot::{Bar, BarChart, Plot, VLine};
use uuid::Uuid;

use crate::assess::checklist;
use crate::content::Pack;
use crate::content::model::Checklist;
use crate::progress::state::AssessmentRun;

use crate::tr;

use super::theme;
use super::view::{Action, View};

mod gaps;

pub fn results_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    run_id: Uuid,
    exporting: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let Some((run, pack, c)) = view.run(run_id) else {
        actions.push(Action::Home);
        return;
    };
    let score = checklist::score(c, &run.ratings);
    egui::Panel::top("results-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!(view.tr, "home")).clicked() {
                actions.push(Action::Home);
            }
            if ui.button(tr!(view.tr, "change-answers")).clicked() {
                actions.push(Action::OpenRun(run_id));
            }
            ui.label(
                RichText::new(view.t(pack, &c.title))
                    .text_style(theme::title())
                    .strong(),
            );
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, theme::READING_WIDTH, |ui| {
                    ui.add_space(theme::GAP);
                    ui.heading(&run.name);
                    ui.label(
                        RichText::new(tr!(
                            view.tr,
                            "started-on",
                            date = super::theme::local_date(run.started, view.lang)
                        ))
                        .weak(),
                    );
                    ui.add_space(theme::GAP);
                    gates_ui(ui, view, pack, c, &score, actions);
                    if !c.levels.is_empty() && score.overall.is_some() {
                        let level = score.level.map_or_else(
                            || tr!(view.tr, "level-none"),
                            |l| tr!(view.tr, "level-reached", level = view.t(pack, &l.title)),
                        );
                        ui.label(RichText::new(level).size(22.0).strong());
                    }
                    match (score.overall, score.band) {
                        (Some(overall), band) => {
                            ui.label(
                                RichText::new(tr!(
                                    view.tr,
                                    "assessment-score",
                                    score = format!("{overall:.0}")
                                ))
                                .size(30.0)
                                .strong(),
                            );
                            if let Some(band) = band {
                                ui.label(
                                    RichText::new(view.t(pack, &band.title))
                                        .text_style(theme::title())
                                        .strong(),
                                );
                                ui.label(view.t(pack, &band.advice));
                                // A module a knock-out already offers is not offered twice.
                                let offered = |m: &crate::content::model::Id| {
                                    score.gates.iter().any(|g| g.modules.contains(m))
                                };
                                for m in band.modules.iter().filter(|m| !offered(m)) {
                                    if let Some(module) = pack.module(m.as_str()) {
                                        let text = tr!(
                                            view.tr,
                                            "open-module",
                                            module = view.t(pack, &module.title)
                                        );
                                        if ui.button(text).clicked() {
                                            actions.push(Action::OpenModule {
                                                pack: pack.info.id.to_string(),
                                                module: m.to_string(),
                                                step: None,
                                            });
                                        }
                                    }
                                }
                            }
                        }
                        (None, _) if score.missing > 0 => {
                            ui.label(
                                RichText::new(tr!(view.tr, "too-few-answers"))
                                    .size(22.0)
                                    .strong(),
                            );
                            ui.label(tr!(
                                view.tr,
                                "too-few-answers-detail",
                                missing = score.missing
                            ));
                        }
                        (None, _) => {
                            ui.label(RichText::new(tr!(view.tr, "nothing-applies")).size(18.0));
                        }
                    }
                    plan_ui(ui, view, pack, c, &score);
                    ui.add_space(theme::GAP);
                    chart(ui, view, pack, c, &score);
                    ui.add_space(theme::GAP);
                    egui::Grid::new("dimension-scores")
                        .striped(true)
                        .num_columns(3)
                        .spacing([16.0, 6.0])
                        .show(ui, |ui| {
                            ui.label(RichText::new(tr!(view.tr, "dimension")).strong());
                            ui.label(RichText::new(tr!(view.tr, "score")).strong());
                            ui.label(RichText::new(tr!(view.tr, "answered")).strong());
                            ui.end_row();
                            for (d, s) in c.dimensions.iter().zip(&score.dimensions) {
                                ui.label(view.t(pack, &d.title));
                                ui.label(
                                    s.score
                                        .map_or_else(|| "–".to_owned(), |v| format!("{v:.0}")),
                                );
                                ui.label(if s.not_applicable > 0 {
                                    tr!(
                                        view.tr,
                                        "answered-of-na",
                                        answered = s.answered,
                                        items = s.items,
                                        na = s.not_applicable
                                    )
                                } else {
                                    tr!(
                                        view.tr,
                                        "answered-of",
                                        answered = s.answered,
                                        items = s.items
                                    )
                                });
                                ui.end_row();
                            }
                        });
                    dimension_levels_ui(ui, view, pack, c, &score);
                    gaps::gaps_ui(ui, view, pack, c, run);
                    history_ui(ui, view, pack, c, run);
                    if !run.notes.is_empty() {
                        ui.add_space(theme::GAP);
                        ui.label(
                            RichText::new(tr!(view.tr, "your-notes"))
                                .text_style(theme::title())
                                .strong(),
                        );
                        for d in &c.dimensions {
                            for item in &d.items {
                                if let Some(note) = run.notes.get(item.id.as_str()) {
                                    ui.label(RichText::new(view.t(pack, &item.text)).strong());
                                    ui.label(note);
                                }
                            }
                        }
                    }
                    ui.add_space(theme::GAP);
                    ui.label(
                        RichText::new(tr!(view.tr, "export"))
                            .text_style(theme::title())
                            .strong(),
                    );
                    ui.horizontal_wrapped(|ui| {
                        let busy = exporting.is_some();
                        if ui
                            .add_enabled(!busy, egui::Button::new(tr!(view.tr, "save-pdf-report")))
                            .clicked()
                        {
                            actions.push(Action::ExportReport(run_id));
                        }
                        if ui
                            .add_enabled(!busy, egui::Button::new(tr!(view.tr, "save-csv")))
                            .clicked()
                        {
                            actions.push(Action::ExportCsv(run_id));
                        }
                        if let Some(what) = exporting {
                            ui.spinner();
                            ui.label(what);
                        }
                    });
                    super::sources::sources_section(ui, view, &c.sources, c.reviewed.as_deref());
                    ui.add_space(theme::GAP * 2.0);
                });
            });
    });
}

/// Knock-out questions still open, above the score: until each is
/// answered (with a rating, where "not applicable" is no answer) the result
/// stays at most its gate's band.
fn open_gates_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    c: &Checklist,
    score: &checklist::ChecklistScore<'_>,
) {
    // One line per question: an item may have several gates; the lowest
    // cap is the one that holds.
    let mut questions: Vec<(&str, &crate::content::model::Band)> = Vec::new();
    for gate in &score.open_gates {
        let Some(cap) = c.bands.iter().find(|b| b.id == gate.cap) else {
            continue;
        };
        match questions
            .iter_mut()
            .find(|(item, _)| *item == gate.item.as_str())
        {
            Some((_, band)) if cap.min < band.min => *band = cap,
            Some(_) => {}
            None => questions.push((gate.item.as_str(), cap)),
        }
    }
    if questions.is_empty() || score.overall.is_none() {
        return;
    }
    egui::Frame::new()
        .fill(theme::alarm_fill(ui.visuals()))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(tr!(view.tr, "open-gates-heading"))
                    .text_style(theme::title())
                    .strong(),
            );
            for (id, band) in questions {
                ui.add_space(6.0);
                if let Some(item) = item(c, id) {
                    ui.label(RichText::new(view.t(pack, &item.text)).strong());
                }
                ui.label(tr!(
                    view.tr,
                    "open-gate-capped",
                    band = view.t(pack, &band.title)
                ));
            }
        });
    ui.add_space(theme::GAP);
}

/// Knock-out answers, above the score: what the answer means, and the
/// band the result cannot go beyond while it stands.
fn gates_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    c: &Checklist,
    score: &checklist::ChecklistScore<'_>,
    actions: &mut Vec<Action>,
) {
    open_gates_ui(ui, view, pack, c, score);
    if score.gates.is_empty() {
        return;
    }
    egui::Frame::new()
        .fill(theme::alarm_fill(ui.visuals()))
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(tr!(view.tr, "gates-heading"))
                    .text_style(theme::title())
                    .strong(),
            );
            for gate in &score.gates {
                ui.add_space(6.0);
                if let Some(item) = item(c, gate.item.as_str()) {
                    ui.label(RichText::new(view.t(pack, &item.text)).strong());
                }
                ui.label(view.t(pack, &gate.advice));
                if let Some(cap) = c.bands.iter().find(|b| b.id == gate.cap) {
                    ui.label(
                        RichText::new(tr!(view.tr, "gate-capped", band = view.t(pack, &cap.title)))
                            .italics(),
                    );
                }
                for m in &gate.modules {
                    if let Some(module) = pack.module(m.as_str()) {
                        let text =
                            tr!(view.tr, "open-module", module = view.t(pack, &module.title));
                        if ui.button(text).clicked() {
                            actions.push(Action::OpenModule {
                                pack: pack.info.id.to_string(),
                                module: m.to_string(),
                                step: None,
                            });
                        }
                    }
                }
            }
        });
    ui.add_space(theme::GAP);
}

/// Each dimension with levels of its own: the level reached and what its
/// next level still needs.
fn dimension_levels_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    c: &Checklist,
    score: &checklist::ChecklistScore<'_>,
) {
    if score.dimension_levels.is_empty() {
        return;
    }
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(tr!(view.tr, "dimension-levels"))
            .text_style(theme::title())
            .strong(),
    );
    for d in &score.dimension_levels {
        ui.add_space(6.0);
        let level = d.level.map_or_else(
            || tr!(view.tr, "level-none"),
            |l| tr!(view.tr, "level-reached", level = view.t(pack, &l.title)),
        );
        ui.label(RichText::new(view.t(pack, &d.dimension.title)).strong());
        ui.label(level);
        if let Some(next) = d.next {
            ui.label(tr!(
                view.tr,
                "next-level-plan",
                level = view.t(pack, &next.title)
            ));
            for id in &d.plan {
                if let Some(item) = item(c, id) {
                    ui.label(format!("• {}", view.t(pack, &item.text)));
                }
            }
        }
    }
}

/// The next level's missing items, for a checklist with levels.
fn plan_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    c: &Checklist,
    score: &checklist::ChecklistScore<'_>,
) {
    if score.plan.is_empty() {
        return;
    }
    let next = match score.level {
        Some(reached) => c.levels.iter().find(|l| l.value > reached.value),
        None => c.levels.first(),
    };
    let Some(next) = next else {
        return;
    };
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(tr!(
            view.tr,
            "next-level-plan",
            level = view.t(pack, &next.title)
        ))
        .strong(),
    );
    for id in &score.plan {
        if let Some(item) = item(c, id) {
            ui.label(format!("• {}", view.t(pack, &item.text)));
        }
    }
}

fn item<'c>(c: &'c Checklist, id: &str) -> Option<&'c crate::content::model::ChecklistItem> {
    c.dimensions
        .iter()
        .flat_map(|d| &d.items)
        .find(|i| i.id.as_str() == id)
}

/// One horizontal bar per dimension, with the band limits drawn.
fn chart(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    c: &Checklist,
    score: &checklist::ChecklistScore<'_>,
) {
    let n = c.dimensions.len();
    let names: Vec<String> = c
        .dimensions
        .iter()
        .map(|d| view.t(pack, &d.title).to_owned())
        .collect();
    let bars: Vec<Bar> = score
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, s)| {
            // The first dimension at the top.
            let y = (n - 1 - i) as f64;
            Bar::new(y, s.score.unwrap_or(0.0))
                .width(0.6)
                .name(&names[i])
        })
        .collect();
    let color = theme::chart_bar(ui.visuals());
    let line_color = ui.visuals().weak_text_color();
    let labels = names.clone();
    Plot::new("dimension-chart")
        .height(40.0 * n as f32 + 40.0)
        .include_x(0.0)
        .include_x(100.0)
        .include_y(-0.6)
        .include_y(n as f64 - 0.4)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([true, false])
        .y_axis_formatter(move |mark, _| {
            let i = n as f64 - 1.0 - mark.value;
            if (i - i.round()).abs() < 1e-6 && i >= 0.0 {
                labels.get(i.round() as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_grid_spacer(move |_| {
            (0..n)
                .map(|i| egui_plot::GridMark {
                    value: i as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(tr!(view.tr, "score-by-dimension"), bars)
                    .horizontal()
                    .color(color),
            );
            for band in c.bands.iter().filter(|b| b.min > 0) {
                plot.vline(
                    VLine::new(view.t(pack, &band.title), f64::from(band.min))
                        .color(line_color)
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
            }
        });
    ui.label(RichText::new(tr!(view.tr, "band-lines")).small().weak());
}

/// Earlier runs of the same assessment (same checklist, same name), side by
/// side, with the change per dimension.
fn history_ui(ui: &mut egui::Ui, view: &View<'_>, pack: &Pack, c: &Checklist, run: &AssessmentRun) {
    let runs: Vec<&AssessmentRun> = view
        .progress
        .runs_of(&run.pack, &run.checklist)
        .into_iter()
        .filter(|r| r.name == run.name)
        .collect();
    if runs.len() < 2 {
        return;
    }
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(tr!(view.tr, "history"))
            .text_style(theme::title())
            .strong(),
    );
    let scores: Vec<checklist::ChecklistScore<'_>> = runs
        .iter()
        .map(|r| checklist::score(c, &r.ratings))
        .collect();
    egui::Grid::new("history")
        .striped(true)
        .num_columns(runs.len() + 1)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for r in &runs {
                ui.label(RichText::new(super::theme::local_date(r.started, view.lang)).strong());
            }
            ui.end_row();
            let cell = |value: Option<f64>, before: Option<f64>| match (value, before) {
                (Some(v), Some(b)) => format!("{v:.0} ({:+.0})", v - b),
                (Some(v), None) => format!("{v:.0}"),
                (None, _) => "–".to_owned(),
            };
            for (i, d) in c.dimensions.iter().enumerate() {
                ui.label(view.t(pack, &d.title));
                for (k, s) in scores.iter().enumerate() {
                    let before = k.checked_sub(1).and_then(|p| scores[p].dimensions[i].score);
                    ui.label(cell(s.dimensions[i].score, before));
                }
                ui.end_row();
            }
            ui.label(RichText::new(tr!(view.tr, "overall")).strong());
            for (k, s) in scores.iter().enumerate() {
                let before = k.checked_sub(1).and_then(|p| scores[p].overall);
                ui.label(RichText::new(cell(s.overall, before)).strong());
            }
            ui.end_row();
        });
}
