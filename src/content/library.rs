//! Which packs are usable: the content rule the window and every command
//! share. A pack with errors is refused (its problems are kept, to be
//! shown); a pack with the id of one already open replaces it.

use std::path::PathBuf;

use super::diagnostic::Diagnostic;
use super::load::{Loaded, Pack, load};
use super::source;
use std::sync::Arc;

use super::text::Text;
use crate::i18n::Msg;
use crate::msg;
use crate::progress::import::OpenPack;

/// The packs that loaded without errors, and every problem met loading
/// them all (refused packs' included).
#[derive(Clone, Debug, Default)]
pub struct Library {
    /// Shared, so a thread building an index or an export takes the packs
    /// without copying them on the frame.
    pub packs: Vec<Arc<Pack>>,
    pub diagnostics: Vec<Diagnostic>,
    /// Counts the packs opened or replaced: what is derived from the packs
    /// (the search index, a learner's review queue) is current while this
    /// has not changed, even when a pack is reloaded under the same version
    /// (live preview).
    pub generation: u64,
}

/// What [`Library::add`] did with a pack.
#[derive(Clone, Debug, PartialEq)]
pub enum Added {
    /// `pack.ron` could not be read: there is no pack at all.
    NotOpened { errors: usize },
    /// The pack has errors and was not opened.
    Refused {
        title: Text,
        fallback: String,
        /// The folder, which tells a copy from the pack it was copied from.
        root: String,
        errors: usize,
    },
    /// The pack is open; `replaced` is the version of the pack with the
    /// same id it took the place of.
    Opened {
        title: Text,
        fallback: String,
        version: String,
        modules: usize,
        checklists: usize,
        warnings: usize,
        replaced: Option<String>,
    },
}

impl Added {
    /// Whether the pack is now open.
    pub fn opened(&self) -> bool {
        matches!(self, Self::Opened { .. })
    }

    /// What happened, for the user: titles in `lang` where the pack has it.
    pub fn msg(&self, lang: &str) -> Msg {
        match self {
            Self::NotOpened { errors } => msg!("pack-not-opened", errors = *errors),
            Self::Refused {
                title,
                fallback,
                root,
                errors,
            } => msg!(
                "pack-has-errors",
                title = title.get(lang, fallback),
                root = root.as_str(),
                errors = *errors
            ),
            Self::Opened {
                title,
                fallback,
                version,
                modules,
                checklists,
                warnings,
                replaced,
            } => {
                let title = title.get(lang, fallback);
                let summary = if *warnings > 0 {
                    msg!(
                        "pack-opened-warnings",
                        title = title,
                        version = version,
                        modules = *modules,
                        checklists = *checklists,
                        warnings = *warnings
                    )
                } else {
                    msg!(
                        "pack-opened",
                        title = title,
                        version = version,
                        modules = *modules,
                        checklists = *checklists
                    )
                };
                match replaced {
                    Some(old) => msg!("pack-replaces", summary = summary, old = old),
                    None => summary,
                }
            }
        }
    }
}

impl Library {
    /// The packs of `loaded` that are usable, in order (see [`Self::add`]).
    pub fn new(loaded: impl IntoIterator<Item = Loaded>) -> Self {
        let mut library = Self::default();
        for one in loaded {
            library.add(one);
        }
        library
    }

    /// Add a loaded pack: refused when it has errors; replacing the pack
    /// with the same id when there is one. Its problems are kept either way.
    pub fn add(&mut self, loaded: Loaded) -> Added {
        self.generation += 1;
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = loaded.diagnostics.len() - errors;
        self.diagnostics.extend(loaded.diagnostics);
        let Some(pack) = loaded.pack else {
            return Added::NotOpened { errors };
        };
        let title = pack.info.title.clone();
        let fallback = pack.fallback_language().to_owned();
        if errors > 0 {
            return Added::Refused {
                title,
                fallback,
                root: pack.root.clone(),
                errors,
            };
        }
        let version = pack.info.version.clone();
        let (modules, checklists) = (pack.modules.len(), pack.checklists.len());
        let replaced = match self.packs.iter_mut().find(|p| p.info.id == pack.info.id) {
            Some(existing) => Some(
                std::mem::replace(existing, Arc::new(pack))
                    .info
                    .version
                    .clone(),
            ),
            None => {
                self.packs.push(Arc::new(pack));
                None
            }
        };
        Added::Opened {
            title,
            fallback,
            version,
            modules,
            checklists,
            warnings,
            replaced,
        }
    }

    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs
            .iter()
            .find(|p| p.info.id.as_str() == id)
            .map(|p| &**p)
    }

    /// The pack `id`, else the first one, shared for work off the frame.
    pub fn shared_or_first(&self, id: &str) -> Option<Arc<Pack>> {
        self.packs
            .iter()
            .find(|p| p.info.id.as_str() == id)
            .or(self.packs.first())
            .cloned()
    }

    /// The first pack opened (the built-in one, unless it was replaced).
    pub fn first(&self) -> Option<&Pack> {
        self.packs.first().map(|p| &**p)
    }

    /// The open packs' ids and versions, for an import.
    pub fn open_packs(&self) -> Vec<OpenPack> {
        self.packs
            .iter()
            .map(|p| OpenPack {
                id: p.info.id.to_string(),
                version: p.info.version.clone(),
            })
            .collect()
    }

    /// The problems that refused a pack.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// Every language some pack offers, in the order first met.
    pub fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for lang in self.packs.iter().flat_map(|p| &p.info.languages) {
            if !out.contains(lang) {
                out.push(lang.clone());
            }
        }
        out
    }
}

/// The pack built into Puente, then the pack folders in `extra`, loaded
/// and validated (not yet sorted into usable or not: see [`Library`]).
pub fn load_all(extra: &[PathBuf]) -> Vec<Loaded> {
    std::iter::once(load(&source::embedded()))
        .chain(extra.iter().map(|dir| load(&source::read_dir(dir))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in pack under another id and version, with an error
    /// or not.
    fn pack(id: &str, version: &str, error: bool) -> Loaded {
        let mut pack = load(&source::embedded()).pack.expect("the built-in pack");
        pack.info.id = crate::content::Id(id.to_owned());
        pack.info.version = version.to_owned();
        pack.info.title = Text::Plain(format!("T {id}"));
        let diagnostics = if error {
            vec![Diagnostic::error(
                "pack/modules/a.ron",
                1,
                1,
                msg!("chk-field-explanation"),
            )]
        } else {
            Vec::new()
        };
        Loaded {
            pack: Some(pack),
            diagnostics,
        }
    }

    #[test]
    fn errors_refuse_a_pack_and_the_same_id_replaces() {
        let mut library = Library::default();
        assert!(library.add(pack("p", "1", false)).opened());
        let refused = library.add(pack("p", "2", true));
        assert!(matches!(refused, Added::Refused { errors: 1.., .. }));
        assert_eq!(library.packs.len(), 1);
        assert_eq!(
            library.packs[0].info.version, "1",
            "a refused pack changes nothing"
        );
        assert_eq!(library.errors().count(), 1, "its problem is kept");
        let replaced = library.add(pack("p", "3", false));
        assert!(matches!(&replaced, Added::Opened { replaced: Some(old), .. } if old == "1"));
        assert_eq!(library.packs.len(), 1);
        assert_eq!(library.packs[0].info.version, "3");
        assert!(library.add(pack("q", "1", false)).opened());
        assert_eq!(library.packs.len(), 2);
        let en = crate::i18n::I18n::new("en");
        assert_eq!(
            replaced.msg("en").render(&en),
            format!(
                "Opened “T p” (version 3): {} modules, {} self-assessments. It replaces version 1.",
                library.packs[0].modules.len(),
                library.packs[0].checklists.len()
            )
        );
    }
}
