//! Home's course path: the modules grouped by the authors' sections, each
//! section with how many of its modules are done, each module with its
//! progress and prerequisites; the module to take next; a filter by
//! where the learner is (all, not started, in progress, done).

use egui::RichText;

use crate::assess::{self, ModuleScore};
use crate::content::path::{self, Status};
use crate::content::{Module, Pack};
use crate::tr;

use super::super::theme;
use super::super::view::{Action, View};

/// Where the learner is with a module, and its score.
pub fn status(view: &View<'_>, pack: &Pack, module: &Module) -> (Status, ModuleScore) {
    let progress = view
        .progress
        .module(pack.info.id.as_str(), module.id.as_str());
    let score = assess::module_score(&module.steps, progress);
    let status = if progress.is_some_and(|p| p.completed.is_some()) {
        Status::Done
    } else if score.done > 0 {
        Status::InProgress
    } else {
        Status::NotStarted
    };
    (status, score)
}

/// The filter's buttons, each with how many modules of the open packs it
/// shows.
pub fn filter_ui(ui: &mut egui::Ui, view: &View<'_>, filter: &mut Option<Status>) {
    let mut counts = [0usize; 3];
    let mut all = 0usize;
    for pack in &view.library.packs {
        for module in &pack.modules {
            all += 1;
            counts[status(view, pack, module).0 as usize] += 1;
        }
    }
    if all == 0 {
        return;
    }
    ui.add_space(theme::GAP);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(view.tr, "home-filter"));
        let options = [
            (None, tr!(view.tr, "home-filter-all", n = all)),
            (
                Some(Status::NotStarted),
                tr!(view.tr, "home-filter-not-started", n = counts[0]),
            ),
            (
                Some(Status::InProgress),
                tr!(view.tr, "home-filter-in-progress", n = counts[1]),
            ),
            (
                Some(Status::Done),
                tr!(view.tr, "home-filter-done", n = counts[2]),
            ),
        ];
        for (value, label) in options {
            ui.selectable_value(filter, value, label);
        }
    });
}

/// A pack's modules along its path, as the filter lets through, with the
/// module to take next above them.
pub fn path_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    filter: Option<Status>,
    actions: &mut Vec<Action>,
) {
    let groups = path::groups(pack);
    let next = path::next(&groups, |m| status(view, pack, m).0);
    match next {
        Some(module) => {
            ui.add_space(6.0);
            let text = tr!(view.tr, "home-next", module = view.t(pack, &module.title));
            if ui
                .button(RichText::new(text).strong())
                .on_hover_text(view.t(pack, &module.summary))
                .clicked()
            {
                actions.push(Action::OpenModule {
                    pack: pack.info.id.to_string(),
                    module: module.id.to_string(),
                    step: None,
                });
            }
        }
        None if !pack.modules.is_empty() => {
            ui.add_space(6.0);
            ui.label(RichText::new(tr!(view.tr, "home-all-done")).strong());
        }
        None => {}
    }
    if groups.iter().map(|g| g.modules.len()).sum::<usize>() > 1 {
        map_ui(ui, view, pack, &groups, next, actions);
    }
    let mut any = false;
    for group in &groups {
        let states: Vec<(Status, ModuleScore)> = group
            .modules
            .iter()
            .map(|m| status(view, pack, m))
            .collect();
        let shown: Vec<usize> = (0..group.modules.len())
            .filter(|&i| filter.is_none_or(|f| states[i].0 == f))
            .collect();
        if shown.is_empty() {
            continue;
        }
        any = true;
        if groups.len() > 1 || group.section.is_some() {
            let title = match group.section {
                Some(section) => view.t(pack, &section.title).to_owned(),
                None => tr!(view.tr, "home-other-modules"),
            };
            let done = states.iter().filter(|s| s.0 == Status::Done).count();
            ui.add_space(theme::GAP);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(title).size(19.0).strong());
                ui.label(
                    RichText::new(tr!(
                        view.tr,
                        "home-section-progress",
                        done = done,
                        total = group.modules.len()
                    ))
                    .weak(),
                );
            });
        }
        ui.add_space(4.0);
        for i in shown {
            let module = group.modules[i];
            let is_next = next.is_some_and(|n| n.id == module.id);
            module_ui(ui, view, pack, module, &states[i], is_next, actions);
            ui.add_space(6.0);
        }
    }
    if !any && filter.is_some() {
        ui.add_space(6.0);
        ui.label(RichText::new(tr!(view.tr, "home-filter-none")).weak());
    }
}

/// The whole path at a glance: each section with its modules as small
/// buttons marked done (✔), begun (…) or next (→), each opening its module.
fn map_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    groups: &[path::Group<'_>],
    next: Option<&Module>,
    actions: &mut Vec<Action>,
) {
    ui.add_space(6.0);
    egui::CollapsingHeader::new(RichText::new(tr!(view.tr, "home-map")).strong())
        .id_salt(("home-map", pack.info.id.as_str()))
        .default_open(true)
        .show(ui, |ui| {
            for group in groups {
                let title = match group.section {
                    Some(section) => view.t(pack, &section.title).to_owned(),
                    None => tr!(view.tr, "home-other-modules"),
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(title).strong());
                    for module in &group.modules {
                        let (status, _) = status(view, pack, module);
                        let is_next = next.is_some_and(|n| n.id == module.id);
                        let (mark, words) = match status {
                            Status::Done => ("✔ ", tr!(view.tr, "status-completed")),
                            Status::InProgress => ("… ", tr!(view.tr, "status-in-progress")),
                            Status::NotStarted if is_next => ("→ ", tr!(view.tr, "home-map-next")),
                            Status::NotStarted => ("", tr!(view.tr, "status-not-started")),
                        };
                        let full = view.t(pack, &module.title);
                        let short = super::super::widgets::ellipsize(full, 26);
                        let mut text = RichText::new(format!("{mark}{short}")).small();
                        text = match status {
                            Status::Done => text.color(theme::right(ui.visuals())),
                            Status::InProgress => text.color(theme::partial(ui.visuals())),
                            Status::NotStarted => text,
                        };
                        let mut button = egui::Button::new(text);
                        if is_next {
                            button = button.stroke(ui.visuals().widgets.active.bg_stroke);
                        }
                        let chip = ui.add(button).on_hover_text(full);
                        let name = format!("{full}: {words}");
                        chip.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                        });
                        if chip.clicked() {
                            actions.push(Action::OpenModule {
                                pack: pack.info.id.to_string(),
                                module: module.id.to_string(),
                                step: None,
                            });
                        }
                    }
                });
                ui.add_space(2.0);
            }
        });
}

/// One module: its title (which opens it), summary, length, prerequisites
/// with whether each is done, and progress.
fn module_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    module: &Module,
    (status, score): &(Status, ModuleScore),
    is_next: bool,
    actions: &mut Vec<Action>,
) {
    let mut frame = egui::Frame::group(ui.style()).inner_margin(12.0);
    if is_next {
        frame = frame.stroke(ui.visuals().widgets.active.bg_stroke);
    }
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title = view.t(pack, &module.title);
        if ui
            .add(egui::Button::new(RichText::new(title).strong().size(18.0)).frame(false))
            .clicked()
        {
            actions.push(Action::OpenModule {
                pack: pack.info.id.to_string(),
                module: module.id.to_string(),
                step: None,
            });
        }
        ui.label(view.t(pack, &module.summary));
        let exercises = module.steps.iter().filter(|s| s.kind().is_some()).count();
        let lessons = module.steps.len() - exercises;
        ui.label(
            RichText::new(tr!(
                view.tr,
                "module-meta",
                minutes = module.minutes,
                lessons = lessons,
                exercises = exercises
            ))
            .weak(),
        );
        if !module.prerequisites.is_empty() {
            let names: Vec<String> = module
                .prerequisites
                .iter()
                .map(|p| match pack.module(p.as_str()) {
                    Some(m) => {
                        let done = view
                            .progress
                            .module(pack.info.id.as_str(), m.id.as_str())
                            .is_some_and(|p| p.completed.is_some());
                        format!(
                            "{}{}",
                            view.t(pack, &m.title),
                            if done {
                                " ✔".to_owned()
                            } else {
                                format!(" {}", tr!(view.tr, "not-done-yet"))
                            }
                        )
                    }
                    None => p.to_string(),
                })
                .collect();
            ui.label(RichText::new(tr!(view.tr, "best-after", modules = names.join(", "))).weak());
        }
        ui.horizontal_wrapped(|ui| {
            let fraction = if score.steps == 0 {
                0.0
            } else {
                score.done as f32 / score.steps as f32
            };
            let steps = tr!(
                view.tr,
                "steps-done",
                done = score.done,
                total = score.steps
            );
            ui.add(
                super::super::widgets::progress_bar(fraction, None)
                    .desired_width(160.0)
                    .desired_height(10.0),
            )
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &steps));
            ui.label(steps);
            // In progress, the score is over the questions answered so
            // far; once completed, over them all.
            let words = match (*status, score.percent, score.answered_percent) {
                (Status::Done, Some(p), _) => {
                    tr!(view.tr, "status-completed-score", score = format!("{p:.0}"))
                }
                (Status::Done, None, _) => tr!(view.tr, "status-completed"),
                (_, _, Some(p)) => tr!(
                    view.tr,
                    "status-score-so-far",
                    score = format!("{p:.0}"),
                    answered = score.answered,
                    scored = score.scored
                ),
                (Status::InProgress, _, _) => tr!(view.tr, "status-in-progress"),
                _ => tr!(view.tr, "status-not-started"),
            };
            ui.label(words);
        });
    });
}
