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
    Written(PathBuf),
    /// The file could not be made (why).
    NotMade(Msg),
    /// The file could not be written (where, why).
    NotWritten(PathBuf, StoreError),
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
            )
            .map_err(|e| e.msg())
        };
        self.save_off_frame(
            &tr!(self.i18n(), "saving-certificate"),
            &format!("certificate-{module_id}-{today}.pdf"),
            make,
        );
    }

    /// Save the open learner's progress as a bundle, off the frame.
    pub(super) fn apply_export_progress(&mut self) {
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
                crate::progress::bundle::Bundle::new(profile, events)
                    .to_bytes()
                    .map_err(|_| msg!("export-not-encoded"))
            },
        );
    }

    pub(super) fn apply_export_cohort_csv(&mut self) {
        let bytes = crate::cohort::csv::cohort_csv(&self.workshop.dashboard);
        self.save_off_frame(
            &tr!(self.i18n(), "saving-csv"),
            &format!("cohort-{}.csv", today()),
            move || Ok(bytes),
        );
    }

    pub(super) fn apply_export_xapi(&mut self) {
        let learners = self.workshop.learners.clone();
        let pack = self.library.pack(&self.workshop.pack).cloned();
        self.save_off_frame(
            &tr!(self.i18n(), "saving-xapi"),
            &format!("xapi-{}.json", today()),
            move || {
                let statements = crate::cohort::xapi::statements(
                    &learners,
                    pack.as_ref(),
                    &crate::cohort::xapi::XapiOptions::default(),
                );
                serde_json::to_vec_pretty(&statements).map_err(|_| msg!("export-not-encoded"))
            },
        );
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
        self.tasks.export.spawn(what.to_owned(), move |_| {
            let chosen = match save_dir {
                Some(dir) => Some(dir.join(&file_name)),
                None => rfd::FileDialog::new().set_file_name(&file_name).save_file(),
            };
            let Some(path) = chosen else {
                return SaveResult::Cancelled;
            };
            match make() {
                Err(e) => SaveResult::NotMade(e),
                Ok(bytes) => match write_output(&path, &bytes) {
                    Ok(()) => SaveResult::Written(path),
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
            Some(Ok(SaveResult::Written(path))) => {
                msg!("file-saved", path = path.display().to_string())
            }
            Some(Ok(SaveResult::NotMade(e))) => msg!("file-not-made", error = e),
            Some(Ok(SaveResult::NotWritten(path, e))) => msg!(
                "file-not-written",
                path = path.display().to_string(),
                error = e.reason()
            ),
        };
        self.messages.push(message);
    }

    /// What is being saved off the frame, for the screen that asked.
    pub(super) fn exporting(&self) -> Option<&str> {
        self.tasks.export.running().map(|task| task.label.as_str())
    }
}
