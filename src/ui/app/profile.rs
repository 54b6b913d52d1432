//! Profiles: creating one, opening one, going back to the chooser.

use uuid::Uuid;

use crate::i18n::Msg;
use crate::msg;
use crate::progress::Progress;
use crate::ui::home::HomeState;
use crate::ui::profiles::ProfilesState;
use crate::ui::view::Action;

use super::{Learner, PuenteApp, Route};

impl PuenteApp {
    pub(super) fn apply_create_profile(&mut self, name: &str, language: &str, group: String) {
        let Some(store) = &self.store else { return };
        let created = store.create_profile(name, language).and_then(|mut p| {
            if !group.is_empty() {
                p.group = group;
                store.save_profile(&p)?;
            }
            Ok(p)
        });
        match created {
            Ok(profile) => self.apply(Action::OpenProfile(profile.id)),
            Err(e) => self.profile_error(msg!("profile-not-created", error = e.msg())),
        }
    }

    pub(super) fn apply_open_profile(&mut self, id: Uuid) {
        let Some(store) = &self.store else { return };
        // A learner imported from a bundle is the facilitator's read-only
        // copy: seen in the dashboard, never opened as a login.
        if store.is_imported(id) {
            self.profile_error(msg!("profile-imported-read-only"));
            return;
        }
        match store.open_profile(id) {
            Ok(opened) => {
                let _ = store.set_last_profile(id);
                let progress = Progress::from_events(&opened.events);
                self.display_changed = true;
                self.learner = Some(Learner {
                    session: opened.session,
                    progress,
                    write_problem: None,
                });
                self.tell(&opened.notices);
                self.route = Route::Home(HomeState::default());
            }
            Err(e) => {
                self.profile_error(e.msg());
            }
        }
    }

    pub(super) fn apply_show_profiles(&mut self) {
        // Visits waiting for their batch are written first.
        self.retry_saving();
        if self.pending() > 0 {
            self.messages.push(msg!("profile-stays-open"));
            return;
        }
        // The chooser stays in the language of the learner who leaves it.
        let language = self.language();
        self.learner = None;
        let mut state = self.profiles_screen(None);
        state.language = Some(language);
        self.route = Route::Profiles(state);
    }

    pub(super) fn apply_rename_profile(&mut self, id: Uuid, name: &str) {
        let Some(store) = &self.store else { return };
        let error = match store.rename_profile(id, name) {
            Ok(_) => None,
            Err(e) => Some(msg!("profile-not-renamed", error = e.msg())),
        };
        self.route = Route::Profiles(self.profiles_screen(error));
    }

    pub(super) fn apply_delete_profile(&mut self, id: Uuid) {
        let Some(store) = &self.store else { return };
        if self
            .learner
            .as_ref()
            .is_some_and(|l| l.session.profile.id == id)
        {
            return;
        }
        let name = store
            .read_profile(id)
            .map(|(p, _, _)| p.name)
            .unwrap_or_default();
        let error = match store.delete_profile(id) {
            Ok(to) => {
                self.messages.push(msg!(
                    "profile-deleted",
                    name = name,
                    path = to.display().to_string()
                ));
                None
            }
            Err(e) => Some(msg!("profile-not-deleted", error = e.msg())),
        };
        self.route = Route::Profiles(self.profiles_screen(error));
    }

    fn profile_error(&mut self, message: Msg) {
        self.route = Route::Profiles(self.profiles_screen(Some(message)));
    }

    /// The profile chooser, with the profiles read now (not every frame).
    pub(super) fn profiles_screen(&mut self, error: Option<Msg>) -> ProfilesState {
        let (profiles, notices, last, imported) = match &self.store {
            Some(store) => {
                let (profiles, notices) = store.profiles();
                let (imported, profiles): (Vec<_>, Vec<_>) =
                    profiles.into_iter().partition(|p| store.is_imported(p.id));
                (profiles, notices, store.last_profile(), imported.len())
            }
            None => Default::default(),
        };
        self.tell(&notices);
        // The language picked on the form stays picked.
        let language = match &self.route {
            Route::Profiles(state) => state.language.clone(),
            _ => None,
        };
        ProfilesState {
            error,
            profiles,
            imported,
            last,
            language,
            ..ProfilesState::default()
        }
    }
}
