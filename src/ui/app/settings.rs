//! Settings kept in the learner's profile (language, group, text size,
//! theme) and in the data folder (shared or not).

use crate::msg;
use crate::progress::store::Display;
use crate::ui::theme;

use super::PuenteApp;

impl PuenteApp {
    pub(super) fn apply_set_language(&mut self, language: String) {
        let (Some(store), Some(learner)) = (&self.store, self.learner.as_mut()) else {
            self.language_without_profile = Some(language);
            return;
        };
        learner.session.profile.language = language.clone();
        if let Err(e) = store.save_profile(&learner.session.profile) {
            self.messages
                .push(msg!("language-not-saved", error = e.msg()));
        }
    }

    pub(super) fn apply_set_group(&mut self, group: &str) {
        let (Some(store), Some(learner)) = (&self.store, self.learner.as_mut()) else {
            return;
        };
        learner.session.profile.group = group.trim().chars().take(80).collect();
        if let Err(e) = store.save_profile(&learner.session.profile) {
            self.messages.push(e.msg());
        }
    }

    pub(super) fn apply_set_shared(&mut self, shared: bool) {
        match crate::progress::store::set_shared(&self.data_dir, shared) {
            Ok(()) => self.shared = shared,
            Err(e) => {
                self.messages.push(e.msg());
            }
        }
    }

    pub(super) fn apply_set_zoom(&mut self, zoom: f32) {
        self.change_display(|d| d.zoom = zoom.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM));
    }

    /// Change the learner's display settings and save them in the profile.
    pub(super) fn change_display(&mut self, change: impl FnOnce(&mut Display)) {
        let (Some(store), Some(learner)) = (&self.store, self.learner.as_mut()) else {
            return;
        };
        change(&mut learner.session.profile.display);
        self.display_changed = true;
        if let Err(e) = store.save_profile(&learner.session.profile) {
            self.messages
                .push(msg!("display-not-saved", error = e.msg()));
        }
    }
}
