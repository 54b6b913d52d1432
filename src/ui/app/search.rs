//! Search: the index of the open packs, built when the search screen opens
//! and kept while the language and the packs stay the same.

use super::{PuenteApp, Route};

impl PuenteApp {
    /// Open the search screen, with the index of the open packs in the
    /// learner's language (built again when either changed).
    pub(super) fn apply_show_search(&mut self) {
        let lang = self.language();
        let key = format!(
            "{lang}|{}",
            self.library
                .packs
                .iter()
                .map(|p| format!("{}@{}", p.info.id, p.info.version))
                .collect::<Vec<_>>()
                .join(",")
        );
        if self.search_index.as_ref().is_none_or(|(k, _)| *k != key) {
            let index = crate::content::search::Index::build(self.library.packs.iter(), &lang);
            self.search_index = Some((key, index));
        }
        self.route = Route::Search(crate::ui::search::SearchState::default());
    }
}
