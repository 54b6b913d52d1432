//! Live preview for authors (`puente --pack DIR --watch`): each watched
//! pack is reloaded when its files are saved (a [`Watcher`] thread, off the
//! frame), the learner stays on the same module and step by id, and while
//! the files have errors the last good version stays in use and the errors
//! are listed at file:line:col until they are fixed.

use std::path::PathBuf;

use crate::content::{self, Diagnostic, Loaded};
use crate::msg;
use crate::ui::tasks::Watcher;

use super::{PuenteApp, Route};

/// One pack folder or file being watched.
pub struct Watched {
    pub path: PathBuf,
    watcher: Watcher<Loaded>,
    /// The errors of the files as they are now, which keep the newest
    /// version out; empty once it loads.
    pub errors: Vec<Diagnostic>,
    /// How many times a saved change was taken in.
    pub reloads: usize,
}

/// Every pack watched.
#[derive(Default)]
pub struct Watching {
    pub packs: Vec<Watched>,
    /// Asked for in Settings, started on the next frame (a watcher needs
    /// the context to wake the window).
    wanted: Vec<PathBuf>,
}

impl Watching {
    /// Whether `path` is watched, or about to be.
    pub fn is_watched(&self, path: &std::path::Path) -> bool {
        self.wanted.iter().any(|p| p == path) || self.packs.iter().any(|w| w.path == path)
    }

    /// Whether any watched pack has errors now.
    pub fn has_errors(&self) -> bool {
        self.packs.iter().any(|w| !w.errors.is_empty())
    }
}

impl PuenteApp {
    /// Watch a pack folder (or pack file) and reload it when it changes.
    pub fn watch(&mut self, ctx: &egui::Context, path: PathBuf) {
        if self.watching.packs.iter().any(|w| w.path == path) {
            return;
        }
        let (look, load) = (path.clone(), path.clone());
        let ctx = ctx.clone();
        let watcher = Watcher::spawn(
            move || content::source::fingerprint(&look),
            move || content::load(&content::source::read_dir(&load)),
            move || ctx.request_repaint(),
        );
        self.watching.packs.push(Watched {
            path,
            watcher,
            errors: Vec::new(),
            reloads: 0,
        });
    }

    /// "Watch this folder" in Settings, on or off.
    pub(super) fn apply_watch_pack(&mut self, path: PathBuf, on: bool) {
        if on {
            if !self.watching.is_watched(&path) {
                self.watching.wanted.push(path);
            }
        } else {
            // Dropping a watcher stops its thread.
            self.watching.wanted.retain(|p| *p != path);
            self.watching.packs.retain(|w| w.path != path);
        }
    }

    /// Start the watchers asked for, and take in what the watchers loaded
    /// since the last frame.
    pub(super) fn poll_watched(&mut self, ctx: &egui::Context) {
        for path in std::mem::take(&mut self.watching.wanted) {
            self.watch(ctx, path);
        }
        let mut index = 0;
        while index < self.watching.packs.len() {
            match self.watching.packs[index].watcher.poll() {
                Ok(None) => {}
                Ok(Some(loaded)) => self.reloaded(index, loaded),
                Err(_) => {
                    let gone = self.watching.packs.remove(index);
                    let path = gone.path.display().to_string();
                    self.messages.push(msg!("watch-stopped", path = path));
                    continue;
                }
            }
            index += 1;
        }
    }

    /// A watched pack as its files are now: used if it has no errors,
    /// else its errors are shown and the last good version stays.
    fn reloaded(&mut self, index: usize, loaded: Loaded) {
        let watched = &mut self.watching.packs[index];
        watched.errors = loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        if !watched.errors.is_empty() || loaded.pack.is_none() {
            return;
        }
        watched.reloads += 1;
        // This pack's findings of before are replaced by today's.
        let root = watched.path.display().to_string();
        self.library
            .diagnostics
            .retain(|d| !d.path.starts_with(&root));
        // Where the learner is, by ids, to find it again in the new version.
        let at = match &self.route {
            Route::Module(state) => self
                .library
                .pack(&state.pack)
                .and_then(|p| p.module(&state.module))
                .and_then(|m| m.steps.get(state.step))
                .map(|step| {
                    (
                        state.pack.clone(),
                        state.module.clone(),
                        step.id().to_string(),
                    )
                }),
            _ => None,
        };
        // A new generation of the library: the search index and the review
        // queue are built again from the new text.
        self.library.add(loaded);
        let Some((pack, module, step)) = at else {
            return;
        };
        let module_is_there = self
            .library
            .pack(&pack)
            .is_some_and(|p| p.module(&module).is_some_and(|m| !m.steps.is_empty()));
        if module_is_there {
            self.apply_open_module(&pack, &module, Some(&step));
        } else {
            self.route = Route::Home(crate::ui::home::HomeState::default());
        }
    }
}
