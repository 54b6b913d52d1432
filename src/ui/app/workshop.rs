//! The facilitator's side: the cohort dashboard (read and import off the
//! frame) and presenter mode.

use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::cohort::items::{ItemStats, item_analysis};
use crate::cohort::{Builder, Dashboard};
use crate::i18n::Msg;
use crate::progress::Store;
use crate::progress::import::{BUNDLE_EXTENSION, ImportReport};
use crate::progress::learners::each_learner;
use crate::ui::home::HomeState;
use crate::ui::presenter::PresenterState;
use crate::{msg, tr};

use super::{PuenteApp, Route};

/// What reading the cohort (after an import, or not) brings back: the
/// dashboard, built one learner at a time off the frame, not the events.
pub struct CohortRead {
    pub dashboard: Dashboard,
    pub items: Vec<ItemStats>,
    /// What could not be read, one message each.
    pub problems: Vec<Msg>,
    /// What the import did, when there was one.
    pub report: Option<ImportReport>,
}

/// How many lines of one kind (files skipped, notes) the dashboard lists
/// before it counts the rest: thousands of damaged files among a
/// programme's bundles give a summary, not a flood.
pub const SHOWN_LINES: usize = 12;

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

    /// The filters changed: read the cohort again with them (now, or when
    /// the reading under way is done).
    pub(super) fn apply_read_cohort(&mut self) {
        if self.tasks.workshop.running().is_some() {
            self.workshop.stale = true;
        } else {
            self.start_workshop_task(ImportSource::Refresh);
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
            .or(self.library.first());
        if let Some(pack) = pack {
            let start = at.as_ref().map(|(m, s)| (m.as_str(), s.as_str()));
            self.route = Route::Presenter(Box::new(PresenterState::new(pack, start)));
        }
    }

    /// Import from `source` (if anything), then read the cohort, off the
    /// frame.
    pub(super) fn start_workshop_task(&mut self, source: ImportSource) {
        if self.tasks.workshop.running().is_some() {
            // Paths given meanwhile (dropped on the window) wait their
            // turn; the dialogs are not offered while work runs.
            if let ImportSource::Paths(paths) = source {
                self.workshop.pending.extend(paths);
            }
            return;
        }
        // The cohort is read from the disk, the open learner's included.
        self.retry_saving();
        let (store, root) = (self.store.clone(), self.data_dir.clone());
        let packs = self.library.open_packs();
        // Shared with the thread, not copied on the frame.
        let Some(pack) = self.library.shared_or_first(&self.workshop.pack) else {
            return;
        };
        let filter = self.workshop.filter.clone();
        self.workshop.stale = false;
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
                        dashboard: Dashboard::default(),
                        items: Vec::new(),
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
            // One learner at a time: the memory holds the dashboard, never
            // the cohort's events.
            progress.done.store(0, Ordering::Relaxed);
            let mut builder = Builder::new(&pack, &filter, &jiff::tz::TimeZone::system());
            let read = each_learner(
                &store,
                &std::sync::atomic::AtomicBool::new(false),
                |n, of| {
                    progress.total.store(of, Ordering::Relaxed);
                    progress.done.store(n, Ordering::Relaxed);
                },
                // Reflections only of learners imported from bundles (which
                // keep them only when shared), never of a learner who wrote
                // them on this laptop for themselves.
                |profile, events| {
                    if store.is_imported(profile.id) {
                        builder.add_shared(&profile, &events);
                    } else {
                        builder.add(&profile, &events);
                    }
                },
            );
            let dashboard = builder.finish();
            let items = item_analysis(&pack, &dashboard);
            CohortRead {
                dashboard,
                items,
                problems: read.problems,
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
            dashboard,
            items,
            problems,
            report,
        } = read;
        let mut lines = Vec::new();
        if let Some(report) = report {
            lines.extend(import_lines(&report));
        }
        let notes = problems.len();
        lines.extend(problems.into_iter().take(SHOWN_LINES));
        if notes > SHOWN_LINES {
            lines.push(msg!("notes-more", count = notes - SHOWN_LINES));
        }
        self.workshop.report = lines;
        let pack = self
            .library
            .pack(&self.workshop.pack)
            .or(self.library.first());
        if let Some(pack) = pack {
            self.workshop.set(pack, dashboard, items);
        }
        if !self.workshop.pending.is_empty() {
            // The import reads the cohort after it, filters included.
            let paths = std::mem::take(&mut self.workshop.pending);
            self.start_workshop_task(ImportSource::Paths(paths));
        } else if self.workshop.stale {
            self.start_workshop_task(ImportSource::Refresh);
        }
    }
}

/// What an import did, for the dashboard: the count, the first files
/// skipped by name, the rest counted by why (one file of each named).
fn import_lines(report: &ImportReport) -> Vec<Msg> {
    let mut lines = Vec::new();
    let skipped = report.skipped().count();
    lines.push(msg!(
        "import-done",
        files = report.files.len() - skipped,
        events = report.added(),
        skipped = skipped
    ));
    let file_of = |path: &std::path::Path| {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    for (path, why) in report.skipped().take(SHOWN_LINES) {
        lines.push(msg!(
            "import-file-skipped",
            file = file_of(path),
            reason = why.msg()
        ));
    }
    if skipped > SHOWN_LINES {
        let mut kinds: Vec<(&'static str, usize, String, Msg)> = Vec::new();
        for (path, why) in report.skipped().skip(SHOWN_LINES) {
            let reason = why.msg();
            match kinds.iter_mut().find(|k| k.0 == reason.id()) {
                Some(kind) => kind.1 += 1,
                None => kinds.push((reason.id(), 1, file_of(path), reason)),
            }
        }
        kinds.sort_by_key(|k| std::cmp::Reverse(k.1));
        lines.push(msg!("import-skipped-more", count = skipped - SHOWN_LINES));
        for (_, count, file, reason) in kinds.into_iter().take(SHOWN_LINES) {
            lines.push(msg!(
                "import-skipped-like",
                count = count,
                file = file,
                reason = reason
            ));
        }
    }
    // Events that arrived again saying something else: every one told.
    for (_, i) in report.imported() {
        lines.extend(i.conflicts.msgs(&i.name));
    }
    let mut repeated = report.imported().filter(|(_, i)| i.repeated > 0);
    for (_, i) in repeated.by_ref().take(SHOWN_LINES) {
        lines.push(msg!(
            "import-repeated",
            name = i.name.as_str(),
            count = i.repeated
        ));
    }
    let mut other_versions = report
        .imported()
        .filter(|(_, i)| !i.other_versions.is_empty());
    for (_, i) in other_versions.by_ref().take(SHOWN_LINES) {
        lines.push(msg!(
            "import-other-version",
            name = i.name.as_str(),
            versions = i.other_versions.join(", ")
        ));
    }
    let more = other_versions.count();
    if more > 0 {
        lines.push(msg!("import-other-version-more", count = more));
    }
    // Reflections and notes of bundles that did not share them.
    let mut private = report.imported().filter(|(_, i)| i.private_left_out > 0);
    for (_, i) in private.by_ref().take(SHOWN_LINES) {
        lines.push(msg!(
            "import-private-left-out",
            name = i.name.as_str(),
            count = i.private_left_out
        ));
    }
    let more = private.count();
    if more > 0 {
        lines.push(msg!("import-private-left-out-more", count = more));
    }
    lines
}
