//! Search and the glossary: their index of the open packs, built off the
//! frame when either screen opens and kept while the language and the
//! packs stay the same.

use std::sync::Arc;
use std::time::Duration;

use crate::content::{Pack, glossary, search};
use crate::tr;
use crate::ui::glossary::GlossaryState;
use crate::ui::search::SearchState;

use super::{PuenteApp, Route};

/// The search index and the glossary of some packs in one language.
pub struct Finder {
    /// The language and the packs (id@version) it was built for.
    pub key: String,
    pub search: search::Index,
    pub glossary: glossary::Index,
}

impl Finder {
    pub fn build(key: String, packs: &[Arc<Pack>], lang: &str) -> Self {
        Self {
            key,
            search: search::Index::build(packs.iter().map(|p| &**p), lang),
            glossary: glossary::Index::build(packs.iter().map(|p| &**p), lang),
        }
    }
}

impl PuenteApp {
    /// What the finder must have been built for now.
    pub(super) fn finder_key(&self) -> String {
        format!(
            "{}|{}|{}",
            self.language(),
            self.library.generation,
            self.library
                .packs
                .iter()
                .map(|p| format!("{}@{}", p.info.id, p.info.version))
                .collect::<Vec<_>>()
                .join(",")
        )
    }

    /// The finder, when it is current.
    pub(super) fn finder(&self) -> Option<&Finder> {
        let key = self.finder_key();
        self.finder.as_ref().filter(|f| f.key == key)
    }

    /// Build the finder off the frame unless it is current or being built
    /// (a build for another language is taken in, then this runs again).
    pub(super) fn ensure_finder(&mut self) {
        if self.finder().is_some() || self.tasks.index.running().is_some() {
            return;
        }
        let key = self.finder_key();
        let lang = self.language();
        let packs = self.library.packs.clone();
        self.tasks
            .index
            .spawn(tr!(self.i18n(), "preparing-index"), move |_| {
                Finder::build(key, &packs, &lang)
            });
    }

    /// Take in a finder built off the frame.
    pub(super) fn poll_index_task(&mut self, ctx: &egui::Context) {
        match self.tasks.index.poll() {
            None => {
                if self.tasks.index.running().is_some() {
                    ctx.request_repaint_after(Duration::from_millis(30));
                }
            }
            Some(Ok(finder)) => {
                self.finder = Some(finder);
                if matches!(self.route, Route::Search(_) | Route::Glossary(_)) {
                    self.ensure_finder();
                }
                ctx.request_repaint();
            }
            Some(Err(failed)) => {
                // Told once; the screen waiting for it gives way to home
                // rather than start the same work again.
                self.task_failed(&failed);
                if matches!(self.route, Route::Search(_) | Route::Glossary(_)) {
                    self.route = Route::Home(crate::ui::home::HomeState::default());
                }
            }
        }
    }

    /// Open the search screen; its index comes off the frame.
    pub(super) fn apply_show_search(&mut self) {
        self.ensure_finder();
        self.route = Route::Search(SearchState::default());
    }

    /// Open the glossary, at a term or at the top. From a module, it
    /// offers the way back to the step the learner was on.
    pub(super) fn apply_show_glossary(&mut self, term: Option<(String, String)>) {
        self.ensure_finder();
        let back = match &self.route {
            Route::Module(player) => self
                .library
                .pack(&player.pack)
                .and_then(|p| p.module(&player.module))
                .and_then(|m| m.steps.get(player.step))
                .map(|s| {
                    (
                        player.pack.clone(),
                        player.module.clone(),
                        s.id().to_string(),
                    )
                }),
            Route::Glossary(state) => state.back.clone(),
            _ => None,
        };
        self.route = Route::Glossary(GlossaryState::at(term, back));
    }
}
