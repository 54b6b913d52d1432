//! Home: where the learner stopped, the course's path (modules grouped by
//! section, with progress, prerequisites, the next one and a filter: in
//! [`path`]), the self-assessments, the content packs and their problems.

mod path;

use egui::RichText;

use crate::content::path::Status;
use crate::content::{Pack, Severity};

use super::theme;
use super::view::{Action, View};
use super::widgets::{language_picker, step_title};
use crate::tr;

/// The screen's own state.
#[derive(Default)]
pub struct HomeState {
    /// A pack folder typed by hand (when no file dialog is available).
    pub pack_path: String,
    /// What the learner is about to assess, by checklist id.
    pub assessment_names: std::collections::BTreeMap<String, String>,
    /// Which modules the path shows (`None`: all of them).
    pub filter: Option<Status>,
    /// Show the content's problems (for authors; set by the app).
    pub show_problems: bool,
    /// "Share my reflections with the facilitator", for the next export
    /// only (unticked again after it).
    pub share_reflections: bool,
}

pub fn home_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    learner_name: &str,
    opening_pack: bool,
    state: &mut HomeState,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("home-top").show(ui, |ui| {
        ui.add_space(6.0);
        // Right-aligned buttons when the window is wide; on a narrow
        // window (or large text) everything wraps from the left instead of
        // overlapping the name.
        let wide = ui.available_width() >= HEADER_WIDE;
        ui.horizontal_wrapped(|ui| {
            ui.heading("Puente");
            ui.add_space(theme::GAP);
            ui.label(RichText::new(learner_name).strong());
            if wide {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    header_buttons(ui, view, true, actions);
                });
            } else {
                header_buttons(ui, view, false, actions);
            }
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, theme::READING_WIDTH + 80.0, |ui| {
                    if state.show_problems {
                        problems_ui(ui, view);
                    }
                    continue_ui(ui, view, actions);
                    review_entry(ui, view, actions);
                    path::filter_ui(ui, view, &mut state.filter);
                    for pack in &view.library.packs {
                        modules_ui(ui, view, pack, state, actions);
                    }
                    packs_ui(ui, view, opening_pack, state, actions);
                    workshop_section(ui, view, state, actions);
                });
            });
    });
}

/// Below this width (in points) home's header wraps from the left.
const HEADER_WIDE: f32 = 900.0;

/// The language, search, glossary, settings and profile buttons, right to
/// left or left to right.
fn header_buttons(ui: &mut egui::Ui, view: &View<'_>, reversed: bool, actions: &mut Vec<Action>) {
    let mut order: [u8; 5] = [0, 1, 2, 3, 4];
    if reversed {
        order.reverse();
    }
    for which in order {
        match which {
            0 => language_picker(ui, view, actions),
            1 => {
                if ui
                    .button(tr!(view.tr, "search-open"))
                    .on_hover_text(tr!(view.tr, "search-shortcut"))
                    .clicked()
                {
                    actions.push(Action::ShowSearch);
                }
            }
            2 => {
                if ui
                    .button(tr!(view.tr, "glossary-open"))
                    .on_hover_text(tr!(view.tr, "glossary-shortcut"))
                    .clicked()
                {
                    actions.push(Action::ShowGlossary { term: None });
                }
            }
            3 => {
                if ui.button(tr!(view.tr, "settings")).clicked() {
                    actions.push(Action::ShowSettings);
                }
            }
            _ => {
                if ui.button(tr!(view.tr, "switch-profile")).clicked() {
                    actions.push(Action::ShowProfiles);
                }
            }
        }
    }
}

/// "Review: N due (~M min)", once the learner has cards to review.
fn review_entry(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let (queue, day_end) = (&view.review.queue, view.review.day_end);
    if queue.cards.is_empty() {
        return;
    }
    ui.add_space(theme::GAP);
    let due = queue.due(day_end).len();
    let text = if due > 0 {
        let minutes = queue.minutes(day_end);
        RichText::new(tr!(view.tr, "home-review", due = due, minutes = minutes)).strong()
    } else {
        RichText::new(tr!(view.tr, "home-review-none"))
    };
    if ui.button(text).clicked() {
        actions.push(Action::ShowReview);
    }
}

/// Sharing progress with a facilitator, and the facilitator's dashboard.
fn workshop_section(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut HomeState,
    actions: &mut Vec<Action>,
) {
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(tr!(view.tr, "workshops"))
            .text_style(theme::title())
            .strong(),
    );
    ui.label(tr!(view.tr, "workshops-help"));
    ui.checkbox(
        &mut state.share_reflections,
        tr!(view.tr, "share-reflections"),
    )
    .on_hover_text(tr!(view.tr, "share-reflections-help"));
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr!(view.tr, "export-progress")).clicked() {
            actions.push(Action::ExportProgress {
                share_reflections: std::mem::take(&mut state.share_reflections),
            });
        }
        if ui.button(tr!(view.tr, "workshop")).clicked() {
            actions.push(Action::ShowWorkshop);
        }
    });
    ui.add_space(theme::GAP);
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
    // The module was finished at its last step: go on with the next one
    // not completed, in the pack's order (none: nothing to continue).
    let completed = |id: &str| {
        view.progress
            .module(&position.pack, id)
            .is_some_and(|m| m.completed.is_some())
    };
    let at_end = module.steps.last().is_some_and(|s| s.id() == step.id());
    if at_end && completed(&position.module) {
        let here = pack
            .modules
            .iter()
            .position(|m| m.id == module.id)
            .unwrap_or_default();
        let next = pack
            .modules
            .iter()
            .cycle()
            .skip(here + 1)
            .take(pack.modules.len().saturating_sub(1))
            .find(|m| !completed(m.id.as_str()));
        if let Some(next) = next {
            let text = tr!(
                view.tr,
                "continue-next-module",
                module = view.t(pack, &next.title)
            );
            if ui.button(RichText::new(text).strong().size(17.0)).clicked() {
                actions.push(Action::OpenModule {
                    pack: position.pack.clone(),
                    module: next.id.as_str().to_owned(),
                    step: None,
                });
            }
        }
        return;
    }
    let step_title = step_title(view, pack, step);
    let text = tr!(
        view.tr,
        "continue-where-stopped",
        module = view.t(pack, &module.title),
        step = step_title
    );
    if ui.button(RichText::new(text).strong().size(17.0)).clicked() {
        actions.push(Action::OpenModule {
            pack: position.pack.clone(),
            module: position.module.clone(),
            step: Some(position.step.clone()),
        });
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
    // What the pack covers and for whom (where its rules come from): open
    // until the learner starts the pack, then one line that opens it.
    if let Some(description) = &pack.info.description {
        let started = view
            .progress
            .modules
            .keys()
            .any(|(p, _)| p == pack.info.id.as_str());
        egui::CollapsingHeader::new(RichText::new(tr!(view.tr, "about-this-course")).strong())
            .id_salt(("about-course", pack.info.id.as_str(), started))
            .default_open(!started)
            .show(ui, |ui| {
                ui.add(egui::Label::new(RichText::new(view.t(pack, description)).weak()).wrap());
            });
    }
    path::path_ui(ui, view, pack, state.filter, actions);
    if !pack.checklists.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(
            RichText::new(tr!(view.tr, "self-assessments"))
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
                        RichText::new(tr!(
                            view.tr,
                            "checklist-meta",
                            dimensions = checklist.dimensions.len(),
                            items = items
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
        RichText::new(tr!(view.tr, "content-packs"))
            .text_style(theme::title())
            .strong(),
    );
    for pack in &view.library.packs {
        let root = if pack.root == crate::content::source::EMBEDDED_ROOT {
            tr!(view.tr, "pack-built-in")
        } else {
            pack.root.clone()
        };
        ui.label(tr!(
            view.tr,
            "pack-line",
            title = view.t(pack, &pack.info.title),
            version = pack.info.version.as_str(),
            licence = pack.info.licence.as_str(),
            root = root
        ));
    }
    ui.horizontal_wrapped(|ui| {
        if opening {
            ui.spinner();
            ui.label(tr!(view.tr, "choose-folder-in-dialog"));
        } else {
            if ui.button(tr!(view.tr, "open-content-pack")).clicked() {
                actions.push(Action::OpenPackDialog { file: false });
            }
            if ui.button(tr!(view.tr, "open-pack-file")).clicked() {
                actions.push(Action::OpenPackDialog { file: true });
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(view.tr, "or-type-folder"));
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut state.pack_path)
                    .desired_width(320.0)
                    .hint_text("/media/usb/my-pack"),
            )
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(tr!(view.tr, "open-folder")).clicked() || enter)
            && !state.pack_path.trim().is_empty()
        {
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
    let title = tr!(
        view.tr,
        "content-problems",
        errors = errors,
        warnings = warnings
    );
    egui::CollapsingHeader::new(RichText::new(title).strong())
        .default_open(errors > 0)
        .show(ui, |ui| {
            for d in diagnostics {
                let color = if d.is_error() {
                    theme::wrong(ui.visuals())
                } else {
                    ui.visuals().warn_fg_color
                };
                ui.label(
                    RichText::new(d.display_in(view.tr))
                        .monospace()
                        .color(color),
                );
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
            ui.label(RichText::new(super::theme::local_date(run.started, view.lang)).weak());
            let status = match score.overall {
                Some(s) => tr!(view.tr, "run-score", score = format!("{s:.0}")),
                None => tr!(view.tr, "run-answered", answered = answered, items = items),
            };
            ui.label(status);
            if !score.gates.is_empty() {
                // The score alone would hide a knock-out answer.
                ui.label(RichText::new(tr!(view.tr, "run-knock-out")).strong());
            }
            let open = ui.button(tr!(view.tr, "continue"));
            open.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr!(view.tr, "continue-run", name = run.name.as_str()),
                )
            });
            if open.clicked() {
                actions.push(Action::OpenRun(run.id));
            }
            let results = ui.button(tr!(view.tr, "results"));
            results.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr!(view.tr, "results-run", name = run.name.as_str()),
                )
            });
            if results.clicked() {
                actions.push(Action::ShowResults(run.id));
            }
        });
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!(view.tr, "what-are-you-assessing"));
        let name = state
            .assessment_names
            .entry(checklist.id.to_string())
            .or_default();
        // Each checklist has this field and button: screen readers (and
        // the UI tests) tell them apart by the checklist's title.
        let title = view.t(pack, &checklist.title);
        let field_name = format!("{} {title}", tr!(view.tr, "what-are-you-assessing"));
        // The checklist's own example (an invention, an office…), else one
        // that fits any subject; the field is as wide as the whole hint,
        // on a row of its own when the rest of this one is too narrow.
        let hint = match &checklist.subject_hint {
            Some(hint) => view.t(pack, hint).to_owned(),
            None => tr!(view.tr, "assessment-example"),
        };
        let width = hint_width(ui, &hint);
        if width > ui.available_width() {
            ui.end_row();
        }
        let field = ui
            .add(
                egui::TextEdit::singleline(name)
                    .hint_text(hint.as_str())
                    .desired_width(width),
            )
            .labelled_by(label.id);
        field.widget_info(|| {
            let mut info =
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, field_name.as_str());
            info.hint_text = Some(hint.clone());
            info
        });
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let start_name = format!("{}: {title}", tr!(view.tr, "start-assessment"));
        let start = ui.add_enabled(
            !name.trim().is_empty(),
            egui::Button::new(tr!(view.tr, "start-assessment")),
        );
        start.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                !name.trim().is_empty(),
                start_name.as_str(),
            )
        });
        if (start.clicked() || enter) && !name.trim().is_empty() {
            actions.push(Action::StartAssessment {
                pack: pack.info.id.to_string(),
                checklist: checklist.id.to_string(),
                name: std::mem::take(name),
            });
        }
    });
}

/// The narrowest the "What are you assessing?" field is, in points.
const ASSESSMENT_FIELD_MIN: f32 = 260.0;

/// The width a text field needs to show `hint` whole: the text in the body
/// font, the field's margins and the cursor, at least the usual width.
fn hint_width(ui: &egui::Ui, hint: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text = ui
        .painter()
        .layout_no_wrap(hint.to_owned(), font, ui.visuals().weak_text_color())
        .size()
        .x;
    (text + 4.0 * ui.spacing().item_spacing.x + 8.0).max(ASSESSMENT_FIELD_MIN)
}
