//! Home: the loaded packs with their modules and checklists, and any
//! problems found in the content.

use egui::RichText;

use crate::content::{Severity, Step};

use super::app::{Action, Library};

/// Draw the home screen; returns what the user asked for.
pub fn home_ui(ui: &mut egui::Ui, library: &Library, language: &str) -> Vec<Action> {
    let mut actions = Vec::new();
    egui::Panel::top("home-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            ui.heading("Puente");
            ui.label("IP management and technology transfer in the life sciences");
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let mut chosen = language.to_owned();
                egui::ComboBox::from_label("Content language")
                    .selected_text(language_name(&chosen))
                    .show_ui(ui, |ui| {
                        for lang in library.languages() {
                            let name = language_name(&lang);
                            ui.selectable_value(&mut chosen, lang, name);
                        }
                    });
                if chosen != language {
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
                ui.set_max_width(ui.available_width().min(900.0));
                problems_ui(ui, library);
                for pack in &library.packs {
                    let fallback = pack.fallback_language();
                    let t = |text: &crate::content::Text| text.get(language, fallback).to_owned();
                    ui.add_space(8.0);
                    ui.label(RichText::new(t(&pack.info.title)).size(22.0).strong());
                    ui.label(format!(
                        "Version {} · {}",
                        pack.info.version, pack.info.licence
                    ));
                    ui.add_space(8.0);
                    ui.label(RichText::new("Modules").size(18.0).strong());
                    for module in &pack.modules {
                        egui::Frame::group(ui.style()).show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.label(RichText::new(t(&module.title)).strong().size(16.0));
                            ui.label(t(&module.summary));
                            let exercises = module
                                .steps
                                .iter()
                                .filter(|s| !matches!(s, Step::Lesson(_)))
                                .count();
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
                                    .map(|p| {
                                        pack.module(p.as_str())
                                            .map_or_else(|| p.to_string(), |m| t(&m.title))
                                    })
                                    .collect();
                                ui.label(
                                    RichText::new(format!("Best after: {}", names.join(", ")))
                                        .weak(),
                                );
                            }
                        });
                        ui.add_space(4.0);
                    }
                    if !pack.checklists.is_empty() {
                        ui.add_space(8.0);
                        ui.label(RichText::new("Self-assessments").size(18.0).strong());
                        for checklist in &pack.checklists {
                            egui::Frame::group(ui.style()).show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                ui.label(RichText::new(t(&checklist.title)).strong().size(16.0));
                                ui.label(t(&checklist.summary));
                                let items: usize =
                                    checklist.dimensions.iter().map(|d| d.items.len()).sum();
                                ui.label(
                                    RichText::new(format!(
                                        "{} dimensions · {items} items",
                                        checklist.dimensions.len()
                                    ))
                                    .weak(),
                                );
                            });
                            ui.add_space(4.0);
                        }
                    }
                }
            });
    });
    actions
}

fn problems_ui(ui: &mut egui::Ui, library: &Library) {
    if library.diagnostics.is_empty() {
        return;
    }
    let errors = library
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = library.diagnostics.len() - errors;
    let title = format!("Problems in the content: {errors} errors, {warnings} warnings");
    egui::CollapsingHeader::new(RichText::new(title).strong())
        .default_open(errors > 0)
        .show(ui, |ui| {
            for d in &library.diagnostics {
                let text = RichText::new(d.to_string()).monospace();
                let text = if d.severity == Severity::Error {
                    text.color(ui.visuals().error_fg_color)
                } else {
                    text.color(ui.visuals().warn_fg_color)
                };
                ui.label(text);
            }
        });
}

/// A language's own name, for the picker.
pub fn language_name(code: &str) -> String {
    match code {
        "en" => "English".to_owned(),
        "es" => "Español".to_owned(),
        "pt" | "pt-BR" => "Português".to_owned(),
        "fr" => "Français".to_owned(),
        other => other.to_owned(),
    }
}
