//! Installed packs: a pack opened from a folder or a pack file can be
//! installed into the data folder (`packs/<id>/`) and is then opened at
//! every start; installing again from a newer folder updates it (progress
//! is kept by ids, so it stays valid), and removing it leaves learners'
//! records alone. A pack with errors is never installed. The copying runs
//! off the frame, in the pack slot of [`super::Tasks`].

use std::path::PathBuf;

use crate::content::{self, Loaded, source::Installed};
use crate::msg;
use crate::tr;
use crate::ui::view::PackRow;

use super::PuenteApp;

/// What a pack task brought back.
pub enum PackWork {
    /// A pack folder or file read and checked, from `path`.
    Opened { path: PathBuf, loaded: Loaded },
    /// A pack read from `path` and, unless it has errors (`written` is
    /// then `None`), installed.
    Installed {
        path: PathBuf,
        loaded: Loaded,
        written: Option<Result<Installed, String>>,
    },
    /// An installed pack's folder removed.
    Removed {
        id: String,
        removed: Result<(), String>,
    },
}

/// Where the open packs came from: installed in the data folder, or
/// opened from a folder or file this session.
#[derive(Default)]
pub struct PackPlaces {
    pub installed: Vec<Installed>,
    /// Pack id → the folder or file it was opened from.
    pub origins: Vec<(String, PathBuf)>,
}

impl PackPlaces {
    fn set_origin(&mut self, id: &str, path: PathBuf) {
        self.origins.retain(|(known, _)| known != id);
        self.origins.push((id.to_owned(), path));
    }
}

impl PuenteApp {
    /// Read, check and install the pack at `path`, off the frame.
    pub(super) fn apply_install_pack(&mut self, path: PathBuf) {
        let data_dir = self.data_dir.clone();
        self.tasks
            .pack
            .spawn(tr!(self.i18n(), "installing-pack"), move |_| {
                let source = content::source::read_dir(&path);
                let loaded = content::load(&source);
                let usable = loaded.diagnostics.iter().all(|d| !d.is_error());
                let written = loaded.pack.as_ref().filter(|_| usable).map(|pack| {
                    let id = pack.info.id.to_string();
                    let origin = path.display().to_string();
                    content::source::install(&data_dir, &id, &source, &origin)
                        .map(|()| Installed {
                            dir: content::source::installed_root(&data_dir).join(&id),
                            id,
                            origin,
                        })
                        .map_err(|e| e.to_string())
                });
                Some(PackWork::Installed {
                    path,
                    loaded,
                    written,
                })
            });
    }

    /// Remove an installed pack's folder, off the frame.
    pub(super) fn apply_remove_pack(&mut self, id: String) {
        let data_dir = self.data_dir.clone();
        self.tasks
            .pack
            .spawn(tr!(self.i18n(), "removing-pack"), move |_| {
                let removed = content::source::uninstall(&data_dir, &id).map_err(|e| e.to_string());
                Some(PackWork::Removed { id, removed })
            });
    }

    /// Take in what a pack task did, and say it.
    pub(super) fn pack_work_done(&mut self, work: PackWork) {
        let lang = self.language();
        match work {
            PackWork::Opened { path, loaded } => {
                // Someone opening a pack is checking content: show its
                // problems on home from now on.
                self.author = true;
                let id = loaded.pack.as_ref().map(|p| p.info.id.to_string());
                let added = self.library.add(loaded);
                self.messages.push(added.msg(&lang));
                if let Some(id) = id.filter(|_| added.opened()) {
                    if !self.packs.installed.iter().any(|i| i.id == id) {
                        self.messages.push(msg!("pack-install-offer"));
                    }
                    self.packs.set_origin(&id, path);
                }
            }
            PackWork::Installed {
                path,
                loaded,
                written,
            } => match written {
                None => {
                    let added = self.library.add(loaded);
                    self.messages.push(added.msg(&lang));
                    self.messages.push(msg!("pack-not-installed"));
                }
                Some(Err(error)) => {
                    let shown = path.display().to_string();
                    self.messages
                        .push(msg!("pack-install-failed", path = shown, error = error));
                }
                Some(Ok(installed)) => {
                    let added = self.library.add(loaded);
                    self.messages.push(added.msg(&lang));
                    self.messages.push(msg!("pack-installed"));
                    self.packs.set_origin(&installed.id, path);
                    self.packs.installed.retain(|i| i.id != installed.id);
                    self.packs.installed.push(installed);
                }
            },
            PackWork::Removed { id, removed } => match removed {
                Ok(()) => {
                    self.packs.installed.retain(|i| i.id != id);
                    self.messages.push(msg!("pack-removed", id = id));
                }
                Err(error) => {
                    self.messages
                        .push(msg!("pack-remove-failed", id = id, error = error));
                }
            },
        }
    }

    /// The open packs as Settings lists them.
    pub(super) fn pack_rows(&self) -> Vec<PackRow> {
        let lang = self.language();
        self.library
            .packs
            .iter()
            .map(|pack| {
                let id = pack.info.id.to_string();
                let installed = self.packs.installed.iter().find(|i| i.id == id);
                let opened_from = self
                    .packs
                    .origins
                    .iter()
                    .find(|(known, _)| *known == id)
                    .map(|(_, path)| path.clone());
                let origin = opened_from
                    .clone()
                    .or_else(|| installed.map(|i| PathBuf::from(&i.origin)))
                    .filter(|p| !p.as_os_str().is_empty());
                let watched = origin.as_ref().is_some_and(|o| self.watching.is_watched(o));
                PackRow {
                    watched,
                    title: pack
                        .info
                        .title
                        .get(&lang, pack.fallback_language())
                        .to_owned(),
                    id,
                    version: pack.info.version.clone(),
                    licence: pack.info.licence.clone(),
                    origin,
                    installed: installed.is_some(),
                }
            })
            .collect()
    }
}
