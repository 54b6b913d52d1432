//! Home: where the learner stopped, the modules with progress and score,
//! the self-assessments, the content packs and their problems.

use egui::RichText;

use crate::assess;
use crate::content::{Pack, Severity, Step};

use super::app::{Action, View};
use super::markdown::Markdown;
use super::profiles::language_name;
use super::theme;

/// The screen's own state.
#[derive(Default)]
pub struct HomeState {
    /// A pack folder typed by hand (when no file dialog is available).
    pub pack_path: String,
    /// What the learner is about to assess, by checklist id.
    pub assessment_names: std::collections::BTreeMap<String, String>,
}

pub fn home_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    learner_name: &str,
    opening_pack: bool,
    state: &mut HomeState,
    _markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("home-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.heading("Puente");
            ui.add_space(theme::GAP);
            ui.label(RichText::new(learner_name).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button("Switch profile").clicked() {
                    actions.push(Action::ShowProfiles);
                }
                let mut chosen = view.lang.to_owned();
                let combo = egui::ComboBox::from_id_salt("content-language")
                    .selected_text(language_name(&chosen))
                    .show_ui(ui, |ui| {
                        for lang in view.library.languages() {
                            let name = language_name(&lang);
                            ui.selectable_value(&mut chosen, lang, name);
                        }
                    });
                let label = ui.label("Language");
                combo.response.labelled_by(label.id);
                if chosen != view.lang {
                    actions.push(Action::SetLanguage(chosen));
                }
            });
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.set_max_width(theme::READING_WIDTH + 80.0);
                    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        problems_ui(ui, view);
                        continue_ui(ui, view, actions);
                        for pack in &view.library.packs {
                            modules_ui(ui, view, pack, state, actions);
                        }
                        packs_ui(ui, view, opening_pack, state, actions);
                    });
                });
            });
    });
}

fn continue_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let Some(position) = &view.progress.last_position else {
        return;
    };
    let Some(pack) = view.library.pack(&position.pack) else {
        return;
    };
    let Some(module) = pack.module(&position.module) else {
        return;
    };
    let Some(step) = module
        .steps
        .iter()
        .find(|s| s.id().as_str() == position.step)
    else {
        return;
    };
    ui.add_space(theme::GAP);
    let step_title = step_title(view, pack, step);
    let text = format!(
        "Continue where you stopped: {} — {}",
        view.t(pack, &module.title),
        step_title
    );
    if ui.button(RichText::new(text).strong().size(17.0)).clicked() {
        actions.push(Action::OpenModule {
            pack: position.pack.clone(),
            module: position.module.clone(),
            step: Some(position.step.clone()),
        });
    }
}

/// The title of a lesson, or the kind of an exercise, for lists.
pub fn step_title(view: &View<'_>, pack: &Pack, step: &Step) -> String {
    match step {
        Step::Lesson(l) => view.t(pack, &l.title).to_owned(),
        other => {
            let kind = match other {
                Step::SingleChoice(_) | Step::MultipleChoice(_) => "Question",
                Step::TrueFalse(_) => "True or false",
                Step::Ordering(_) => "Put in order",
                Step::Matching(_) => "Match",
                Step::Numeric(_) => "Calculate",
                Step::Date(_) => "Deadline",
                Step::Scenario(_) => "Case",
                _ => "Reflection",
            };
            let prompt = other.prompt().map(|p| view.t(pack, p)).unwrap_or_default();
            let mut short: String = prompt.chars().take(48).collect();
            if prompt.chars().count() > 48 {
                short = format!("{}…", short.trim_end());
            }
            format!("{kind}: {short}")
        }
    }
}

fn modules_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    state: &mut HomeState,
    actions: &mut Vec<Action>,
) {
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(view.t(pack, &pack.info.title))
            .text_style(theme::title())
            .strong(),
    );
    ui.add_space(4.0);
    for module in &pack.modules {
        let progress = view
            .progress
            .module(pack.info.id.as_str(), module.id.as_str());
        let score = assess::module_score(&module.steps, progress);
        egui::Frame::group(ui.style())
            .inner_margin(12.0)
            .show(ui, |ui| {
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
                    RichText::new(format!(
                        "{} min · {lessons} lessons · {exercises} exercises",
                        module.minutes
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
                                    .module(pack.info.id.as_str(), p.as_str())
                                    .is_some_and(|mp| mp.completed.is_some());
                                format!(
                                    "{}{}",
                                    view.t(pack, &m.title),
                                    if done { " ✔" } else { " (not done yet)" }
                                )
                            }
                            None => p.to_string(),
                        })
                        .collect();
                    ui.label(RichText::new(format!("Best after: {}", names.join(", "))).weak());
                }
                ui.horizontal(|ui| {
                    let fraction = if score.steps == 0 {
                        0.0
                    } else {
                        score.done as f32 / score.steps as f32
                    };
                    let steps = format!("{} of {} steps", score.done, score.steps);
                    ui.add(
                        egui::ProgressBar::new(fraction)
                            .desired_width(160.0)
                            .desired_height(10.0),
                    )
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &steps)
                    });
                    ui.label(steps);
                    let status = match (
                        progress.and_then(|p| p.completed),
                        score.percent,
                        score.answered,
                    ) {
                        (Some(_), Some(p), _) => format!("Completed · score {p:.0}%"),
                        (Some(_), None, _) => "Completed".to_owned(),
                        (None, Some(p), n) if n > 0 => format!(
                            "Score so far {p:.0}% · {n} of {} questions answered",
                            score.scored
                        ),
                        _ if score.done > 0 => "In progress".to_owned(),
                        _ => "Not started".to_owned(),
                    };
                    ui.label(status);
                });
            });
        ui.add_space(6.0);
    }
    if !pack.checklists.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(
            RichText::new("Self-assessments")
                .text_style(theme::title())
                .strong(),
        );
        for checklist in &pack.checklists {
            egui::Frame::group(ui.style())
                .inner_margin(12.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(view.t(pack, &checklist.title))
                            .strong()
                            .size(17.0),
                    );
                    ui.label(view.t(pack, &checklist.summary));
                    let items: usize = checklist.dimensions.iter().map(|d| d.items.len()).sum();
                    ui.label(
                        RichText::new(format!(
                            "{} dimensions · {items} items",
                            checklist.dimensions.len()
                        ))
                        .weak(),
                    );
                    checklist_runs_ui(ui, view, pack, checklist, state, actions);
                });
            ui.add_space(6.0);
        }
    }
}

fn packs_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    opening: bool,
    state: &mut HomeState,
    actions: &mut Vec<Action>,
) {
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new("Content packs")
            .text_style(theme::title())
            .strong(),
    );
    for pack in &view.library.packs {
        ui.label(format!(
            "{} — version {} · {} · {}",
            view.t(pack, &pack.info.title),
            pack.info.version,
            pack.info.licence,
            pack.root
        ));
    }
    ui.horizontal_wrapped(|ui| {
        if opening {
            ui.spinner();
            ui.label("Choose a folder in the dialog…");
        } else if ui.button("Open a content pack…").clicked() {
            actions.push(Action::OpenPackDialog);
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("or type its folder:");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.pack_path)
                    .desired_width(320.0)
                    .hint_text("/media/usb/my-pack"),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Open folder").clicked() || enter) && !state.pack_path.trim().is_empty() {
            actions.push(Action::OpenPackPath(state.pack_path.trim().into()));
        }
    });
}

fn problems_ui(ui: &mut egui::Ui, view: &View<'_>) {
    let diagnostics = &view.library.diagnostics;
    if diagnostics.is_empty() {
        return;
    }
    ui.add_space(theme::GAP);
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let title = format!("Problems in the content: {errors} errors, {warnings} warnings");
    egui::CollapsingHeader::new(RichText::new(title).strong())
        .default_open(errors > 0)
        .show(ui, |ui| {
            for d in diagnostics {
                let color = if d.is_error() {
                    theme::wrong(ui.visuals())
                } else {
                    ui.visuals().warn_fg_color
                };
                ui.label(RichText::new(d.to_string()).monospace().color(color));
            }
        });
}

/// The learner's runs of a checklist, and a form to start one.
fn checklist_runs_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    checklist: &crate::content::model::Checklist,
    state: &mut HomeState,
    actions: &mut Vec<Action>,
) {
    let runs = view
        .progress
        .runs_of(pack.info.id.as_str(), checklist.id.as_str());
    let items: usize = checklist.dimensions.iter().map(|d| d.items.len()).sum();
    // The latest run of each assessment; earlier ones are its history.
    let mut seen = std::collections::BTreeSet::new();
    for run in runs.iter().rev().filter(|r| seen.insert(r.name.clone())) {
        let score = crate::assess::checklist::score(checklist, &run.ratings);
        let answered = run.ratings.len().min(items);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&run.name).strong());
            ui.label(RichText::new(run.started.strftime("%Y-%m-%d").to_string()).weak());
            let status = match score.overall {
                Some(s) => format!("score {s:.0}"),
                None => format!("{answered} of {items} answered"),
            };
            ui.label(status);
            let open = ui.button("Continue");
            open.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Continue: {}", run.name),
                )
            });
            if open.clicked() {
                actions.push(Action::OpenRun(run.id));
            }
            let results = ui.button("Results");
            results.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Results: {}", run.name),
                )
            });
            if results.clicked() {
                actions.push(Action::ShowResults(run.id));
            }
        });
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("What are you assessing?");
        let name = state
            .assessment_names
            .entry(checklist.id.to_string())
            .or_default();
        let field = ui
            .add(
                egui::TextEdit::singleline(name)
                    .hint_text("e.g. Glucose sensor patch")
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let start = ui.add_enabled(
            !name.trim().is_empty(),
            egui::Button::new("Start assessment"),
        );
        if (start.clicked() || enter) && !name.trim().is_empty() {
            actions.push(Action::StartAssessment {
                pack: pack.info.id.to_string(),
                checklist: checklist.id.to_string(),
                name: std::mem::take(name),
            });
        }
    });
}
