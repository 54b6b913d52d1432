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
        if self.pending() > 0 {
            self.messages.push(msg!("profile-stays-open"));
            return;
        }
        self.learner = None;
        self.route = Route::Profiles(self.profiles_screen(None));
    }

    fn profile_error(&mut self, message: Msg) {
        self.route = Route::Profiles(self.profiles_screen(Some(message)));
    }

    /// The profile chooser, with the profiles read now (not every frame).
    pub(super) fn profiles_screen(&mut self, error: Option<Msg>) -> ProfilesState {
        let (profiles, notices, last) = match &self.store {
            Some(store) => {
                let (profiles, notices) = store.profiles();
                (profiles, notices, store.last_profile())
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
            last,
            language,
            ..ProfilesState::default()
        }
    }
}
