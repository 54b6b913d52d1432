//! The facilitator's side: the cohort dashboard (read and import off the
//! frame) and presenter mode.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::TryRecvError;
use std::time::Duration;

use crate::progress::Store;
use crate::progress::import::BUNDLE_EXTENSION;
use crate::tr;
use crate::ui::dashboard::{WorkshopMessage, WorkshopTask};
use crate::ui::home::HomeState;
use crate::ui::presenter::PresenterState;

use super::{PuenteApp, Route};

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
        if let Some(task) = &self.workshop.task {
            task.cancel.store(true, Ordering::Relaxed);
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

    /// Import from `source` (if anything), then read the cohort, on a
    /// worker thread.
    pub(super) fn start_workshop_task(&mut self, source: ImportSource) {
        if self.workshop.task.is_some() {
            return;
        }
        let root = self.data_dir.clone();
        let packs = self.library.open_packs();
        let importing = match &source {
            ImportSource::Refresh => false,
            ImportSource::Paths(paths) => !paths.is_empty(),
            ImportSource::PickFiles | ImportSource::PickFolder => true,
        };
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let waiting = Arc::new(AtomicBool::new(false));
        let (tx, rx) = std::sync::mpsc::channel();
        let (d, t) = (done.clone(), total.clone());
        let (c, w) = (cancel.clone(), waiting.clone());
        std::thread::spawn(move || {
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
            let store = match Store::open(&root) {
                Ok((store, _)) => store,
                Err(e) => {
                    let _ = tx.send(WorkshopMessage::Read {
                        learners: Default::default(),
                        problems: vec![e.to_string()],
                    });
                    return;
                }
            };
            let report = (!paths.is_empty()).then(|| {
                crate::progress::import::import_cancellable(
                    &store,
                    &paths,
                    &packs,
                    |n, of| {
                        w.store(false, Ordering::Relaxed);
                        t.store(of, Ordering::Relaxed);
                        d.store(n, Ordering::Relaxed);
                    },
                    || w.store(true, Ordering::Relaxed),
                    &c,
                )
            });
            let (learners, problems) = crate::progress::import::read_all(&store);
            let learners = Arc::new(learners);
            let _ = tx.send(match report {
                Some(report) => WorkshopMessage::Imported {
                    report,
                    learners,
                    problems,
                },
                None => WorkshopMessage::Read { learners, problems },
            });
        });
        self.workshop.task = Some(WorkshopTask {
            done,
            total,
            importing,
            cancel,
            waiting,
            rx,
        });
    }

    pub(super) fn poll_workshop_task(&mut self, ctx: &egui::Context) {
        let Some(task) = &self.workshop.task else {
            return;
        };
        let message = match task.rx.try_recv() {
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(100));
                return;
            }
            Err(TryRecvError::Disconnected) => None,
            Ok(m) => Some(m),
        };
        self.workshop.task = None;
        let tr = self.i18n();
        let (learners, problems, report) = match message {
            None => return,
            Some(WorkshopMessage::Read { learners, problems }) => (learners, problems, None),
            Some(WorkshopMessage::Imported {
                report,
                learners,
                problems,
            }) => (learners, problems, Some(report)),
        };
        let mut lines = Vec::new();
        if let Some(report) = report {
            let skipped = report.skipped().count();
            lines.push(tr!(
                tr,
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
                lines.push(tr!(
                    tr,
                    "import-file-skipped",
                    file = file,
                    reason = why.to_string()
                ));
            }
            for (_, i) in report.imported() {
                if !i.other_versions.is_empty() {
                    lines.push(tr!(
                        tr,
                        "import-other-version",
                        name = i.name.as_str(),
                        versions = i.other_versions.join(", ")
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
