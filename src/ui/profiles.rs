//! Choose who is learning: the profiles on this computer, and a form to
//! create one.

use egui::RichText;
use uuid::Uuid;

use crate::progress::Profile;

use super::app::{Action, View};
use super::theme;

/// The screen's own state: the form being filled in.
#[derive(Default)]
pub struct ProfilesState {
    pub name: String,
    pub language: Option<String>,
    pub error: Option<String>,
    /// The profile used last, listed first.
    pub last: Option<Uuid>,
    /// The profiles on this computer, read when the screen opened.
    pub profiles: Vec<Profile>,
}

/// A language's own name.
pub fn language_name(code: &str) -> String {
    match code {
        "en" => "English".to_owned(),
        "es" => "Español".to_owned(),
        "pt" | "pt-BR" => "Português".to_owned(),
        "fr" => "Français".to_owned(),
        other => other.to_owned(),
    }
}

pub fn profiles_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut ProfilesState,
    actions: &mut Vec<Action>,
) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.vertical_centered(|ui| {
                ui.set_max_width(520.0);
                ui.add_space(theme::GAP * 2.0);
                ui.heading("Puente");
                ui.label("Intellectual property and technology transfer in the life sciences");
                ui.add_space(theme::GAP * 2.0);
            });
            ui.vertical_centered_justified(|ui| {
                ui.set_max_width(520.0);
                if let Some(error) = &state.error {
                    ui.colored_label(theme::wrong(ui.visuals()), error);
                    ui.add_space(theme::GAP);
                }
                let profiles = state.profiles.clone();
                if !profiles.is_empty() {
                    ui.label(RichText::new("Who is learning?").text_style(theme::title()));
                    let mut ordered: Vec<&Profile> = profiles.iter().collect();
                    ordered.sort_by_key(|p| Some(p.id) != state.last);
                    for profile in ordered {
                        let text = format!("{} · {}", profile.name, language_name(&profile.language));
                        if ui.button(RichText::new(text).size(18.0)).clicked() {
                            actions.push(Action::OpenProfile(profile.id));
                        }
                    }
                    ui.add_space(theme::GAP * 2.0);
                }
                ui.label(RichText::new(if profiles.is_empty() { "Create your profile" } else { "New profile" }).text_style(theme::title()));
                ui.label("Your progress is saved on this computer under this name. Nothing is sent anywhere.");
                ui.add_space(6.0);
                let name_label = ui.label("Your name");
                let name = ui.add(egui::TextEdit::singleline(&mut state.name).hint_text("e.g. Ana Martínez")).labelled_by(name_label.id);
                let languages = {
                    let mut l = view.library.languages();
                    if l.is_empty() {
                        l.push("en".to_owned());
                    }
                    l
                };
                let chosen = state.language.get_or_insert_with(|| default_language(&languages));
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let label = ui.label("Language");
                    egui::ComboBox::from_id_salt("profile-language")
                        .selected_text(language_name(chosen))
                        .show_ui(ui, |ui| {
                            for lang in &languages {
                                ui.selectable_value(chosen, lang.clone(), language_name(lang));
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
                ui.add_space(theme::GAP);
                let enter = name.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button(RichText::new("Create profile").strong()).clicked() || enter {
                    let trimmed = state.name.trim();
                    if trimmed.is_empty() {
                        state.error = Some("Write your name first.".to_owned());
                    } else if trimmed.chars().count() > 80 {
                        state.error = Some("That name is longer than 80 characters; shorten it.".to_owned());
                    } else {
                        state.error = None;
                        actions.push(Action::CreateProfile { name: trimmed.to_owned(), language: chosen.clone() });
                    }
                }
            });
        });
    });
}

/// The language of the computer, if a pack offers it; else the first.
fn default_language(offered: &[String]) -> String {
    let system = std::env::var("LANG").unwrap_or_default().to_lowercase();
    let code = system
        .split(['_', '.', '-'])
        .next()
        .unwrap_or_default()
        .to_owned();
    if offered.contains(&code) {
        code
    } else {
        offered.first().cloned().unwrap_or_else(|| "en".to_owned())
    }
}
