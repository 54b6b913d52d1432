//! The facilitator's side: the cohort dashboard (read and import off the
//! frame) and presenter mode.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::progress::Store;
use crate::progress::import::{BUNDLE_EXTENSION, ImportReport};
use crate::ui::dashboard::Learners;
use crate::ui::home::HomeState;
use crate::ui::presenter::PresenterState;
use crate::{msg, tr};

use super::{PuenteApp, Route};

/// What reading the cohort (after an import, or not) brings back.
pub struct CohortRead {
    pub learners: Learners,
    /// What could not be read, one message each.
    pub problems: Vec<crate::i18n::Msg>,
    /// What the import did, when there was one.
    pub report: Option<ImportReport>,
}

/// Where the bundles of an import come from.
pub(super) enum ImportSource {
    /// None: read the cohort again.
    Refresh,
    /// Bundle files picked in a dialog.
    PickFiles,
    /// A folder of bundles picked in a dialog.
    PickFolder,
    Paths(Vec<PathBuf>),
}

impl PuenteApp {
    pub(super) fn apply_show_workshop(&mut self) {
        let Some(pack) = self.library.packs.first() else {
            return;
        };
        if self.workshop.pack.is_empty() {
            self.workshop.pack = pack.info.id.to_string();
        }
        self.route = Route::Workshop;
        self.start_workshop_task(ImportSource::Refresh);
    }

    /// Presenter mode back to the dashboard; the dashboard to home (or to
    /// the profiles, with no learner open).
    pub(super) fn apply_leave_workshop(&mut self) {
        self.route = match self.route {
            Route::Presenter(_) => Route::Workshop,
            _ if self.learner.is_some() => Route::Home(HomeState::default()),
            _ => Route::Profiles(self.profiles_screen(None)),
        }
    }

    pub(super) fn apply_cancel_import(&mut self) {
        if let Some(task) = self.tasks.workshop.running() {
            task.progress.cancel.store(true, Ordering::Relaxed);
        }
    }

    pub(super) fn apply_present(&mut self, at: Option<(String, String)>) {
        let pack = self
            .library
            .pack(&self.workshop.pack)
            .or(self.library.packs.first());
        if let Some(pack) = pack {
            let start = at.as_ref().map(|(m, s)| (m.as_str(), s.as_str()));
            self.route = Route::Presenter(Box::new(PresenterState::new(pack, start)));
        }
    }

    /// Import from `source` (if anything), then read the cohort, off the
    /// frame.
    pub(super) fn start_workshop_task(&mut self, source: ImportSource) {
        if self.tasks.workshop.running().is_some() {
            return;
        }
        // The cohort is read from the disk, the open learner's included.
        self.retry_saving();
        let (store, root) = (self.store.clone(), self.data_dir.clone());
        let packs = self.library.open_packs();
        let importing = match &source {
            ImportSource::Refresh => false,
            ImportSource::Paths(paths) => !paths.is_empty(),
            ImportSource::PickFiles | ImportSource::PickFolder => true,
        };
        let label = if importing {
            tr!(self.i18n(), "importing-bundles")
        } else {
            tr!(self.i18n(), "reading-cohort")
        };
        self.workshop.importing = importing;
        self.tasks.workshop.spawn(label, move |progress| {
            // The data folder could not be opened at start: try again, and
            // say why when it still cannot.
            let store = match store.map_or_else(|| Store::open(&root).map(|(s, _)| s), Ok) {
                Ok(store) => store,
                Err(e) => {
                    return CohortRead {
                        learners: Learners::default(),
                        problems: vec![e.msg()],
                        report: None,
                    };
                }
            };
            let paths = match source {
                ImportSource::Refresh => Vec::new(),
                ImportSource::PickFolder => {
                    rfd::FileDialog::new().pick_folder().into_iter().collect()
                }
                ImportSource::PickFiles => rfd::FileDialog::new()
                    .add_filter("Puente", &[BUNDLE_EXTENSION, "json"])
                    .pick_files()
                    .unwrap_or_default(),
                ImportSource::Paths(paths) => paths,
            };
            let report = (!paths.is_empty()).then(|| {
                crate::progress::import::import_cancellable(
                    &store,
                    &paths,
                    &packs,
                    |n, of| {
                        progress.waiting.store(false, Ordering::Relaxed);
                        progress.total.store(of, Ordering::Relaxed);
                        progress.done.store(n, Ordering::Relaxed);
                    },
                    || progress.waiting.store(true, Ordering::Relaxed),
                    &progress.cancel,
                )
            });
            let (learners, problems) = crate::progress::import::read_all(&store);
            CohortRead {
                learners: Arc::new(learners),
                problems,
                report,
            }
        });
    }

    /// Take in the cohort read (and the import's report) off the frame.
    pub(super) fn poll_workshop_task(&mut self, ctx: &egui::Context) {
        let read = match self.tasks.workshop.poll() {
            None => {
                if self.tasks.workshop.running().is_some() {
                    ctx.request_repaint_after(Duration::from_millis(100));
                }
                return;
            }
            Some(Err(failed)) => {
                self.task_failed(&failed);
                return;
            }
            Some(Ok(read)) => read,
        };
        let CohortRead {
            learners,
            problems,
            report,
        } = read;
        let mut lines = Vec::new();
        if let Some(report) = report {
            let skipped = report.skipped().count();
            lines.push(msg!(
                "import-done",
                files = report.files.len() - skipped,
                events = report.added(),
                skipped = skipped
            ));
            for (path, why) in report.skipped() {
                let file = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                lines.push(msg!("import-file-skipped", file = file, reason = why.msg()));
            }
            for (_, i) in report.imported() {
                lines.extend(i.conflicts.msgs(&i.name));
                if !i.other_versions.is_empty() {
                    lines.push(msg!(
                        "import-other-version",
                        name = i.name.as_str(),
                        versions = i.other_versions.join(", ")
                    ));
                }
                if i.repeated > 0 {
                    lines.push(msg!(
                        "import-repeated",
                        name = i.name.as_str(),
                        count = i.repeated
                    ));
                }
            }
        }
        lines.extend(problems);
        self.workshop.report = lines;
        self.workshop.learners = learners;
        let pack = self
            .library
            .pack(&self.workshop.pack)
            .or(self.library.packs.first());
        if let Some(pack) = pack {
            self.workshop.rebuild(pack);
        }
    }
}
