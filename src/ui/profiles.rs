//! Choose who is learning: the profiles on this computer, and a form to
//! create one.

use egui::RichText;
use uuid::Uuid;

use crate::progress::Profile;

use crate::i18n::{LANGUAGES, language_name, system_language};
use crate::{msg, tr};

use super::theme;
use super::view::{Action, View};

/// The screen's own state: the form being filled in.
#[derive(Default)]
pub struct ProfilesState {
    pub name: String,
    /// The workshop or class, optional.
    pub group: String,
    pub language: Option<String>,
    pub error: Option<crate::i18n::Msg>,
    /// The profile used last, listed first.
    pub last: Option<Uuid>,
    /// The profiles on this computer, read when the screen opened
    /// (learners imported from bundles left out).
    pub profiles: Vec<Profile>,
    /// How many learners were imported from bundles: not logins here.
    pub imported: usize,
    /// A profile being renamed, with the name typed so far.
    pub renaming: Option<(Uuid, String)>,
    /// A profile about to be deleted, and whether it was confirmed once.
    pub deleting: Option<(Uuid, bool)>,
    /// The name field has had the keyboard once.
    pub focused: bool,
}

pub fn profiles_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut ProfilesState,
    actions: &mut Vec<Action>,
) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.vertical_centered(|ui| {
                    ui.set_max_width(520.0_f32.min(ui.available_width()));
                    ui.add_space(theme::GAP * 2.0);
                    ui.heading("Puente");
                    ui.label(tr!(view.tr, "tagline"));
                    ui.add_space(theme::GAP * 2.0);
                });
                ui.vertical_centered_justified(|ui| {
                    ui.set_max_width(520.0_f32.min(ui.available_width()));
                    if let Some(error) = &state.error {
                        ui.colored_label(theme::wrong(ui.visuals()), error.render(view.tr));
                        ui.add_space(theme::GAP);
                    }
                    let profiles = state.profiles.clone();
                    if !profiles.is_empty() {
                        ui.label(
                            RichText::new(tr!(view.tr, "who-is-learning"))
                                .text_style(theme::title()),
                        );
                        let mut ordered: Vec<&Profile> = profiles.iter().collect();
                        ordered.sort_by_key(|p| Some(p.id) != state.last);
                        for profile in ordered {
                            profile_row(ui, view, state, profile, actions);
                        }
                        ui.add_space(theme::GAP * 2.0);
                    }
                    if state.imported > 0 {
                        ui.label(
                            RichText::new(tr!(
                                view.tr,
                                "imported-learners-here",
                                count = state.imported
                            ))
                            .weak(),
                        );
                        ui.add_space(theme::GAP);
                    }
                    ui.label(
                        RichText::new(if profiles.is_empty() {
                            tr!(view.tr, "create-your-profile")
                        } else {
                            tr!(view.tr, "new-profile")
                        })
                        .text_style(theme::title()),
                    );
                    ui.label(tr!(view.tr, "profile-privacy"));
                    ui.add_space(6.0);
                    let name_label = ui.label(tr!(view.tr, "your-name"));
                    let name = ui
                        .add(
                            egui::TextEdit::singleline(&mut state.name)
                                .hint_text(tr!(view.tr, "name-example")),
                        )
                        .labelled_by(name_label.id);
                    // The name takes the keyboard when the form opens.
                    if profiles.is_empty() && !state.focused {
                        state.focused = true;
                        name.request_focus();
                    }
                    let languages: Vec<String> =
                        LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
                    let chosen = state
                        .language
                        .get_or_insert_with(|| system_language().to_owned());
                    ui.add_space(6.0);
                    ui.horizontal(|ui| {
                        let label = ui.label(tr!(view.tr, "language"));
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
                    ui.add_space(6.0);
                    let group_label = ui.label(tr!(view.tr, "your-group"));
                    let group = ui
                        .add(
                            egui::TextEdit::singleline(&mut state.group)
                                .hint_text(tr!(view.tr, "group-example")),
                        )
                        .labelled_by(group_label.id);
                    ui.add_space(theme::GAP);
                    // Enter in either field creates the profile.
                    let enter = (name.lost_focus() || group.lost_focus())
                        && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui
                        .button(RichText::new(tr!(view.tr, "create-profile")).strong())
                        .clicked()
                        || enter
                    {
                        let trimmed = state.name.trim();
                        if trimmed.is_empty() {
                            state.error = Some(msg!("name-missing"));
                        } else if trimmed.chars().count() > 80 {
                            state.error = Some(msg!("name-too-long"));
                        } else {
                            state.error = None;
                            actions.push(Action::CreateProfile {
                                name: trimmed.to_owned(),
                                language: chosen.clone(),
                                group: state.group.trim().chars().take(80).collect(),
                            });
                        }
                    }
                });
            });
    });
}

/// One profile: open it, or rename or delete it (deleting asks twice).
fn profile_row(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut ProfilesState,
    profile: &Profile,
    actions: &mut Vec<Action>,
) {
    let text = format!("{} · {}", profile.name, language_name(&profile.language));
    if ui.button(RichText::new(text).size(18.0)).clicked() {
        actions.push(Action::OpenProfile(profile.id));
    }
    let id = profile.id;
    if let Some((_, draft)) = state.renaming.as_mut().filter(|(r, _)| *r == id) {
        let mut done = None;
        ui.horizontal(|ui| {
            let label = ui.label(tr!(view.tr, "new-name"));
            let field = ui
                .add(egui::TextEdit::singleline(draft).desired_width(220.0))
                .labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(tr!(view.tr, "save-name")).clicked() || enter {
                done = Some(true);
            }
            if ui.button(tr!(view.tr, "cancel")).clicked() {
                done = Some(false);
            }
        });
        match done {
            Some(true) => {
                let name = draft.trim();
                if name.is_empty() {
                    state.error = Some(msg!("name-missing"));
                } else if name.chars().count() > 80 {
                    state.error = Some(msg!("name-too-long"));
                } else {
                    actions.push(Action::RenameProfile {
                        id,
                        name: name.to_owned(),
                    });
                    state.renaming = None;
                }
            }
            Some(false) => state.renaming = None,
            None => {}
        }
    } else if let Some((_, confirmed)) = state.deleting.filter(|(d, _)| *d == id) {
        let name = profile.name.as_str();
        let (question, yes) = if confirmed {
            (
                tr!(view.tr, "delete-profile-sure", name = name),
                tr!(view.tr, "delete-profile-for-good", name = name),
            )
        } else {
            (
                tr!(view.tr, "delete-profile-question", name = name),
                tr!(view.tr, "delete-profile-yes"),
            )
        };
        ui.colored_label(theme::wrong(ui.visuals()), question);
        ui.horizontal(|ui| {
            if ui.button(yes).clicked() {
                if confirmed {
                    actions.push(Action::DeleteProfile(id));
                    state.deleting = None;
                } else {
                    state.deleting = Some((id, true));
                }
            }
            if ui.button(tr!(view.tr, "cancel")).clicked() {
                state.deleting = None;
            }
        });
    } else {
        ui.horizontal(|ui| {
            if ui.small_button(tr!(view.tr, "rename-profile")).clicked() {
                state.renaming = Some((id, profile.name.clone()));
                state.deleting = None;
            }
            if ui.small_button(tr!(view.tr, "delete-profile")).clicked() {
                state.deleting = Some((id, false));
                state.renaming = None;
            }
        });
    }
    ui.add_space(4.0);
}
