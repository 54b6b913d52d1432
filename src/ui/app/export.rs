//! Exports: a run's report or ratings, a certificate, the learner's
//! progress bundle, the cohort CSV and xAPI statements. Each file is made
//! and written off the frame, after a save dialog.

use std::path::PathBuf;
use std::time::Duration;

use uuid::Uuid;

use crate::i18n::Msg;
use crate::progress::Store;
use crate::progress::store::{StoreError, write_output};
use crate::{msg, tr};

use super::PuenteApp;

/// How saving a file off the frame ended.
pub enum SaveResult {
    Cancelled,
    Written(Saved),
    /// The file could not be made (why).
    NotMade(Msg),
    /// The file could not be written (where, why).
    NotWritten(PathBuf, StoreError),
    /// xAPI statements written to a folder.
    Xapi(PathBuf, crate::cohort::xapi::batch::Summary),
}

/// A file written: where, and whether it went to the fallback folder
/// because no save dialog could be shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub path: PathBuf,
    pub without_dialog: bool,
}

/// The two exports of a self-assessment run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RunFormat {
    /// The report, with the band's advice and the chart.
    Pdf,
    /// The ratings, one row per item.
    Csv,
}

/// Today as `YYYY-MM-DD`, for file names and dates on reports.
fn today() -> String {
    jiff::Zoned::now().strftime("%Y-%m-%d").to_string()
}

/// A name fit for a file name: letters and digits kept, the rest `-`.
fn file_safe(name: &str) -> String {
    name.chars()
        .map(|ch| if ch.is_alphanumeric() { ch } else { '-' })
        .collect()
}

impl PuenteApp {
    pub(super) fn apply_export_run(&mut self, run: Uuid, format: RunFormat) {
        let lang = self.language();
        let Some(learner) = &self.learner else { return };
        let Some(r) = learner.progress.runs.get(&run) else {
            return;
        };
        let Some((pack, c)) = self.run_context(run) else {
            return;
        };
        let today = today();
        let safe = file_safe(&r.name);
        // The file is made off the frame, from copies.
        let (pack, c, r) = (pack.clone(), c.clone(), r.clone());
        let learner_name = learner.session.profile.name.clone();
        let day = today.clone();
        let make = move || match format {
            RunFormat::Pdf => {
                crate::report::pdf::assessment_report(&pack, &c, &r, &learner_name, &lang, &day)
                    .map_err(|e| e.msg())
            }
            RunFormat::Csv => Ok(crate::report::csv::ratings_csv(&pack, &c, &r, &lang)),
        };
        let (name, what) = match format {
            RunFormat::Pdf => (
                format!("{safe}-{today}.pdf"),
                tr!(self.i18n(), "saving-pdf"),
            ),
            RunFormat::Csv => (
                format!("{safe}-{today}.csv"),
                tr!(self.i18n(), "saving-csv"),
            ),
        };
        self.save_off_frame(&what, &name, make);
    }

    pub(super) fn apply_export_certificate(&mut self, pack_id: &str, module_id: &str) {
        let lang = self.language();
        let Some(learner) = &self.learner else { return };
        let Some(pack) = self.library.pack(pack_id) else {
            return;
        };
        let Some(module) = pack.module(module_id) else {
            return;
        };
        let title = module.title.get(&lang, pack.fallback_language()).to_owned();
        let score = self.module_percent(pack_id, module_id);
        let today = today();
        let (pack, learner_name, day, reviewed) = (
            pack.clone(),
            learner.session.profile.name.clone(),
            today.clone(),
            module.reviewed.clone(),
        );
        let make = move || {
            crate::report::pdf::certificate(
                &pack,
                &title,
                reviewed.as_deref(),
                &learner_name,
                score,
                &day,
                &lang,
            )
            .map_err(|e| e.msg())
        };
        let word = tr!(self.i18n(), "rpt-certificate-file");
        self.save_off_frame(
            &tr!(self.i18n(), "saving-certificate"),
            &format!("{word}-{module_id}-{today}.pdf"),
            make,
        );
    }

    /// Save the open learner's progress as a bundle, off the frame.
    pub(super) fn apply_export_progress(&mut self, share_reflections: bool) {
        // The bundle is read from the disk: what waits goes there first.
        self.retry_saving();
        let Some(learner) = &self.learner else { return };
        let (store, root) = (self.store.clone(), self.data_dir.clone());
        let id = learner.session.profile.id;
        let safe = file_safe(&learner.session.profile.name);
        self.save_off_frame(
            &tr!(self.i18n(), "saving-bundle"),
            &format!(
                "{safe}-{}.{}",
                today(),
                crate::progress::import::BUNDLE_EXTENSION
            ),
            move || {
                let store = match store {
                    Some(store) => store,
                    None => Store::open(&root).map_err(|e| e.msg())?.0,
                };
                let (profile, events, _) = store.read_profile(id).map_err(|e| e.msg())?;
                crate::progress::private::bundle_for_export(profile, events, share_reflections)
                    .to_bytes()
                    .map_err(|_| msg!("export-not-encoded"))
            },
        );
    }

    pub(super) fn apply_export_cohort_csv(&mut self) {
        let bytes = crate::cohort::csv::cohort_csv_in(&self.workshop.dashboard, &self.language());
        self.save_off_frame(
            &tr!(self.i18n(), "saving-csv"),
            &format!("cohort-{}.csv", today()),
            move || Ok(bytes),
        );
    }

    /// The xAPI statements of every learner, into a new folder inside the
    /// one picked, as the command line writes them: a learner read at a
    /// time, files of at most a batch of statements, with progress.
    pub(super) fn apply_export_xapi(&mut self) {
        use crate::cohort::xapi::batch::{DEFAULT_BATCH, Export, Format};
        use crate::cohort::xapi::{DEFAULT_BASE, XapiOptions, check_base};
        let typed = self.workshop.xapi_base.trim();
        let base = if typed.is_empty() {
            DEFAULT_BASE.to_owned()
        } else {
            match check_base(typed) {
                Ok(base) => base,
                Err(why) => {
                    self.messages
                        .push(msg!("xapi-base-invalid", reason = why.msg()));
                    return;
                }
            }
        };
        // The address is kept for the next export from this computer (a
        // convenience, like the last profile: a disk that refuses it is
        // said when the statements themselves are written).
        if !typed.is_empty()
            && let Some(store) = &self.store
        {
            let _ = store.set_xapi_base(&base);
        }
        // The statements are read from the disk: what waits goes there first.
        self.retry_saving();
        let (store, root) = (self.store.clone(), self.data_dir.clone());
        let packs = self.library.packs.clone();
        let save_dir = self.save_dir.clone();
        let name = format!("xapi-{}", today());
        self.tasks
            .export
            .spawn(tr!(self.i18n(), "saving-xapi"), move |progress| {
                let parent = match save_dir {
                    Some(dir) => Some(dir),
                    None => rfd::FileDialog::new().pick_folder(),
                };
                let Some(parent) = parent else {
                    return SaveResult::Cancelled;
                };
                let store = match store.map_or_else(|| Store::open(&root).map(|(s, _)| s), Ok) {
                    Ok(store) => store,
                    Err(e) => return SaveResult::NotMade(e.msg()),
                };
                let dir = match crate::progress::store::new_folder(&parent, &name) {
                    Ok(dir) => dir,
                    Err(e) => return SaveResult::NotWritten(parent.join(&name), e),
                };
                let packs: Vec<&crate::content::Pack> = packs.iter().map(|p| &**p).collect();
                let options = XapiOptions {
                    base,
                    pass_mark: None,
                };
                let mut export = Export::new(&packs, options, Format::Json, DEFAULT_BATCH);
                let stop = std::sync::atomic::AtomicBool::new(false);
                let mut failed = None;
                let mut write = |files: Vec<crate::cohort::xapi::batch::BatchFile>| {
                    for file in files {
                        let path = dir.join(&file.name);
                        if let Err(e) = crate::progress::store::atomic_write(&path, &file.bytes) {
                            failed = Some((path, e));
                            stop.store(true, std::sync::atomic::Ordering::Relaxed);
                            return;
                        }
                    }
                };
                crate::progress::learners::each_learner(
                    &store,
                    &stop,
                    |n, of| {
                        use std::sync::atomic::Ordering::Relaxed;
                        progress.total.store(of, Relaxed);
                        progress.done.store(n, Relaxed);
                    },
                    |profile, events| {
                        if !stop.load(std::sync::atomic::Ordering::Relaxed) {
                            let events = crate::progress::private::for_lrs(
                                store.is_imported(profile.id),
                                events,
                            );
                            write(export.add(&profile, &events));
                        }
                    },
                );
                let (last, summary) = export.finish();
                if !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    write(last);
                }
                match failed {
                    Some((path, e)) => SaveResult::NotWritten(path, e),
                    None => SaveResult::Xapi(dir, summary),
                }
            });
    }

    /// Ask where to save in a dialog, make the file and write it there,
    /// all off the frame.
    fn save_off_frame(
        &mut self,
        what: &str,
        file_name: &str,
        make: impl FnOnce() -> Result<Vec<u8>, Msg> + Send + 'static,
    ) {
        let file_name = file_name.to_owned();
        let save_dir = self.save_dir.clone();
        let fallback = (!self.dialog_available).then(|| self.fallback_dir.clone());
        self.tasks.export.spawn(what.to_owned(), move |_| {
            // No dialog can be shown: the file goes to Documents under a
            // name no other file has, and the window says where.
            let without_dialog = save_dir.is_none() && fallback.is_some();
            let chosen = match (save_dir, fallback) {
                (Some(dir), _) => Some(dir.join(&file_name)),
                (None, Some(dir)) => match crate::places::free_path(&dir, &file_name) {
                    Ok(path) => Some(path),
                    Err(e) => {
                        return SaveResult::NotMade(msg!(
                            "folder-not-made",
                            path = dir.display().to_string(),
                            error = crate::i18n::msg::io_msg(&e)
                        ));
                    }
                },
                (None, None) => rfd::FileDialog::new().set_file_name(&file_name).save_file(),
            };
            let Some(path) = chosen else {
                return SaveResult::Cancelled;
            };
            match make() {
                Err(e) => SaveResult::NotMade(e),
                Ok(bytes) => match write_output(&path, &bytes) {
                    Ok(()) => SaveResult::Written(Saved {
                        path,
                        without_dialog,
                    }),
                    Err(e) => SaveResult::NotWritten(path, e),
                },
            }
        });
    }

    pub(super) fn poll_export_task(&mut self, ctx: &egui::Context) {
        let message = match self.tasks.export.poll() {
            None => {
                if self.tasks.export.running().is_some() {
                    ctx.request_repaint_after(Duration::from_millis(200));
                }
                return;
            }
            Some(Err(failed)) => {
                self.task_failed(&failed);
                return;
            }
            Some(Ok(SaveResult::Cancelled)) => return,
            Some(Ok(SaveResult::Written(saved))) => {
                self.saved = Some(saved);
                return;
            }
            Some(Ok(SaveResult::NotMade(e))) => msg!("file-not-made", error = e),
            Some(Ok(SaveResult::NotWritten(path, e))) => msg!(
                "file-not-written",
                path = path.display().to_string(),
                error = e.reason()
            ),
            Some(Ok(SaveResult::Xapi(dir, summary))) => {
                if summary.untimely > 0 {
                    self.messages
                        .push(msg!("xapi-untimely", count = summary.untimely));
                }
                if summary.refused > 0 {
                    self.messages
                        .push(msg!("xapi-refused", count = summary.refused));
                }
                msg!(
                    "xapi-written",
                    statements = summary.statements,
                    learners = summary.learners,
                    files = summary.files,
                    path = dir.display().to_string()
                )
            }
        };
        self.messages.push(message);
    }

    /// What is being saved off the frame, for the screen that asked.
    pub(super) fn exporting(&self) -> Option<&str> {
        self.tasks.export.running().map(|task| task.label.as_str())
    }
}

impl PuenteApp {
    /// Show the folder of the file saved last.
    pub(super) fn apply_open_saved_folder(&mut self) {
        let Some(folder) = self.saved.as_ref().and_then(|s| s.path.parent()) else {
            return;
        };
        if let Err(e) = crate::places::open_folder(folder) {
            self.messages.push(msg!(
                "folder-not-opened",
                path = folder.display().to_string(),
                error = crate::i18n::msg::io_msg(&e)
            ));
        }
    }
}
