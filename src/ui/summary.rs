//! The end of a module: the score, each exercise right or wrong, and what
//! to do next.

use egui::RichText;

use crate::assess;

use crate::tr;

use super::theme;
use super::view::{Action, View};
use super::widgets::step_title;

pub fn summary_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack_id: &str,
    module_id: &str,
    actions: &mut Vec<Action>,
) {
    let Some(pack) = view.library.pack(pack_id) else {
        return;
    };
    let Some(module) = pack.module(module_id) else {
        return;
    };
    let progress = view.progress.module(pack_id, module_id);
    let score = assess::module_score(&module.steps, progress);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, theme::READING_WIDTH, |ui| {
                    ui.add_space(theme::GAP);
                    ui.label(RichText::new(tr!(view.tr, "module-finished")).weak());
                    ui.heading(view.t(pack, &module.title));
                    ui.add_space(theme::GAP);
                    match score.percent {
                        Some(p) => {
                            ui.label(
                                RichText::new(tr!(
                                    view.tr,
                                    "module-score",
                                    score = format!("{p:.0}")
                                ))
                                .size(30.0)
                                .strong(),
                            );
                            ui.label(tr!(
                                view.tr,
                                "scored-answered",
                                answered = score.answered,
                                scored = score.scored
                            ));
                        }
                        None => {
                            ui.label(RichText::new(tr!(view.tr, "no-scored-exercises")).size(18.0));
                        }
                    }
                    ui.add_space(theme::GAP);
                    let mut first_wrong = None;
                    for step in &module.steps {
                        if !assess::is_scored(step) {
                            continue;
                        }
                        let record = progress.and_then(|p| p.answers.get(step.id().as_str()));
                        let scored = record.map(|r| assess::score(step, &r.answer));
                        let partly = scored
                            .and_then(|s| s.score)
                            .is_some_and(|s| s > 0.0 && s < 1.0);
                        let (mark, color) = match scored.and_then(|s| s.correct) {
                            Some(true) => ("✔", theme::right(ui.visuals())),
                            Some(false) if partly => ("◐", theme::partial(ui.visuals())),
                            Some(false) => ("✘", theme::wrong(ui.visuals())),
                            None => ("–", ui.visuals().weak_text_color()),
                        };
                        if scored.and_then(|s| s.correct) != Some(true) && first_wrong.is_none() {
                            first_wrong = Some(step.id().to_string());
                        }
                        ui.horizontal(|ui| {
                            ui.label(RichText::new(mark).color(color).strong());
                            ui.label(step_title(view, pack, step));
                        });
                    }
                    ui.add_space(theme::GAP);
                    ui.label(
                        RichText::new(tr!(view.tr, "what-next"))
                            .text_style(theme::title())
                            .strong(),
                    );
                    if let Some(step) = first_wrong
                        && ui.button(tr!(view.tr, "review-missed")).clicked()
                    {
                        actions.push(Action::OpenModule {
                            pack: pack_id.to_owned(),
                            module: module_id.to_owned(),
                            step: Some(step),
                        });
                    }
                    if let Some(next) = next_module(view, pack, module_id) {
                        let text = tr!(view.tr, "next-module", module = view.t(pack, &next.title));
                        if ui.button(RichText::new(text).strong()).clicked() {
                            actions.push(Action::OpenModule {
                                pack: pack_id.to_owned(),
                                module: next.id.to_string(),
                                step: None,
                            });
                        }
                    }
                    if ui.button(tr!(view.tr, "save-certificate")).clicked() {
                        actions.push(Action::ExportCertificate {
                            pack: pack_id.to_owned(),
                            module: module_id.to_owned(),
                        });
                    }
                    if ui.button(tr!(view.tr, "back-to-home")).clicked() {
                        actions.push(Action::Home);
                    }
                    super::sources::sources_section(
                        ui,
                        view,
                        &module.sources,
                        module.reviewed.as_deref(),
                    );
                    ui.add_space(theme::GAP);
                });
            });
    });
}

/// The module to suggest next: one that builds on this one and is not
/// completed, else the next one not completed in pack order.
fn next_module<'a>(
    view: &View<'_>,
    pack: &'a crate::content::Pack,
    module_id: &str,
) -> Option<&'a crate::content::Module> {
    let done = |id: &str| {
        view.progress
            .module(pack.info.id.as_str(), id)
            .is_some_and(|p| p.completed.is_some())
    };
    pack.modules
        .iter()
        .find(|m| m.prerequisites.iter().any(|p| p.as_str() == module_id) && !done(m.id.as_str()))
        .or_else(|| {
            let at = pack
                .modules
                .iter()
                .position(|m| m.id.as_str() == module_id)?;
            pack.modules
                .iter()
                .skip(at + 1)
                .find(|m| !done(m.id.as_str()))
        })
}
