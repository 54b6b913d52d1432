//! Settings: language, text size, theme, where the data is, and about.
//! Nothing here looks at the disk: whether the data folder is shared is
//! read when it is opened, and kept by the app.

use egui::RichText;

use crate::progress::store::{Display, Theme};
use crate::tr;

use super::theme;
use super::view::{Action, Places, View};

pub fn settings_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    display: Display,
    group: &str,
    places: &Places<'_>,
    actions: &mut Vec<Action>,
) {
    let Places {
        data_dir, shared, ..
    } = *places;
    super::widgets::home_bar(ui, "settings-top", view, &tr!(view.tr, "settings"), actions);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, theme::READING_WIDTH, |ui| {
                    ui.add_space(theme::GAP);
                    ui.horizontal(|ui| super::widgets::language_picker(ui, view, actions));

                    ui.add_space(theme::GAP);
                    let label = ui.label(RichText::new(tr!(view.tr, "your-group")).strong());
                    let group_id = ui.make_persistent_id("group-edit");
                    let mut text = ui
                        .data(|d| d.get_temp::<String>(group_id))
                        .unwrap_or_else(|| group.to_owned());
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(&mut text)
                                .hint_text(tr!(view.tr, "group-example")),
                        )
                        .labelled_by(label.id);
                    if field.lost_focus() {
                        if text.trim() != group {
                            actions.push(Action::SetGroup(text.clone()));
                        }
                        ui.data_mut(|d| d.remove::<String>(group_id));
                    } else if field.has_focus() {
                        ui.data_mut(|d| d.insert_temp(group_id, text));
                    }
                    ui.label(RichText::new(tr!(view.tr, "group-help")).weak());

                    ui.add_space(theme::GAP);
                    let label = ui.label(RichText::new(tr!(view.tr, "text-size")).strong());
                    let mut zoom = display.zoom;
                    let slider = ui
                        .add(
                            egui::Slider::new(&mut zoom, theme::MIN_ZOOM..=theme::MAX_ZOOM)
                                .step_by(0.05)
                                .custom_formatter(|v, _| format!("{:.0} %", v * 100.0)),
                        )
                        .labelled_by(label.id);
                    if slider.drag_stopped() || (slider.changed() && !slider.dragged()) {
                        actions.push(Action::SetZoom(zoom));
                    }
                    ui.label(RichText::new(tr!(view.tr, "text-size-keys")).weak());

                    ui.add_space(theme::GAP);
                    retention_ui(ui, view, actions);

                    ui.add_space(theme::GAP);
                    ui.label(RichText::new(tr!(view.tr, "theme")).strong());
                    for (choice, id) in [
                        (Theme::Light, "theme-light"),
                        (Theme::Dark, "theme-dark"),
                        (Theme::HighContrast, "theme-high-contrast"),
                    ] {
                        if ui.radio(display.theme == choice, view.tr.t(id)).clicked()
                            && display.theme != choice
                        {
                            actions.push(Action::SetTheme(choice));
                        }
                    }

                    ui.add_space(theme::GAP);
                    ui.label(RichText::new(tr!(view.tr, "data-folder")).strong());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(data_dir.display().to_string()).monospace());
                        if ui.button(tr!(view.tr, "open-data-folder")).clicked() {
                            actions.push(Action::OpenDataFolder);
                        }
                    });
                    let mut shared = shared;
                    if ui
                        .checkbox(&mut shared, tr!(view.tr, "shared-folder"))
                        .changed()
                    {
                        actions.push(Action::SetShared(shared));
                    }
                    ui.label(RichText::new(tr!(view.tr, "shared-folder-help")).weak());

                    packs_ui(ui, view, places, actions);

                    ui.add_space(theme::GAP);
                    ui.label(RichText::new(tr!(view.tr, "about")).strong());
                    ui.label(tr!(
                        view.tr,
                        "about-version",
                        version = env!("CARGO_PKG_VERSION")
                    ));
                    for pack in &view.library.packs {
                        ui.label(tr!(
                            view.tr,
                            "about-pack",
                            title = view.t(pack, &pack.info.title),
                            version = pack.info.version.as_str(),
                            licence = pack.info.licence.as_str()
                        ));
                    }
                    ui.label(tr!(view.tr, "about-licences"));
                    ui.label(tr!(view.tr, "about-offline"));
                });
            });
    });
}

/// The target retention of spaced review: how likely the learner should be
/// to remember a card when it comes back.
fn retention_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    use crate::review::Params;
    let label = ui.label(RichText::new(tr!(view.tr, "review-retention")).strong());
    let mut percent = (view.review.params.retention * 100.0).round();
    let slider = ui
        .add(
            egui::Slider::new(
                &mut percent,
                Params::MIN_RETENTION * 100.0..=Params::MAX_RETENTION * 100.0,
            )
            .step_by(1.0)
            .custom_formatter(|v, _| format!("{v:.0} %")),
        )
        .labelled_by(label.id);
    if slider.drag_stopped() || (slider.changed() && !slider.dragged()) {
        actions.push(Action::SetRetention(percent / 100.0));
    }
    ui.label(RichText::new(tr!(view.tr, "review-retention-help")).weak());
}

/// The open packs: where each came from, installed or not, and the
/// buttons to install, update or remove.
fn packs_ui(ui: &mut egui::Ui, view: &View<'_>, packs: &Places<'_>, actions: &mut Vec<Action>) {
    ui.add_space(theme::GAP);
    ui.label(RichText::new(tr!(view.tr, "packs-heading")).strong());
    ui.label(RichText::new(tr!(view.tr, "packs-help")).weak());
    for row in packs.packs {
        ui.group(|ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&row.title).strong());
            ui.label(tr!(
                view.tr,
                "pack-row",
                id = row.id.as_str(),
                version = row.version.as_str(),
                licence = row.licence.as_str()
            ));
            match &row.origin {
                Some(origin) => {
                    ui.label(
                        RichText::new(tr!(
                            view.tr,
                            "pack-from",
                            path = origin.display().to_string()
                        ))
                        .weak(),
                    );
                }
                None if !row.installed => {
                    ui.label(RichText::new(tr!(view.tr, "pack-built-in")).weak());
                }
                None => {}
            }
            ui.horizontal_wrapped(|ui| {
                if row.installed {
                    ui.label(tr!(view.tr, "pack-is-installed"));
                }
                if let Some(origin) = &row.origin {
                    let label = if row.installed {
                        tr!(view.tr, "update-pack")
                    } else {
                        tr!(view.tr, "install-pack")
                    };
                    if ui
                        .add_enabled(!packs.busy, egui::Button::new(label))
                        .clicked()
                    {
                        actions.push(Action::InstallPack(origin.clone()));
                    }
                }
                if let Some(origin) = &row.origin {
                    let mut watched = row.watched;
                    if ui
                        .checkbox(&mut watched, tr!(view.tr, "watch-pack"))
                        .changed()
                    {
                        actions.push(Action::WatchPack {
                            path: origin.clone(),
                            on: watched,
                        });
                    }
                }
                if row.installed
                    && ui
                        .add_enabled(!packs.busy, egui::Button::new(tr!(view.tr, "remove-pack")))
                        .clicked()
                {
                    actions.push(Action::RemovePack(row.id.clone()));
                }
            });
        });
    }
}
