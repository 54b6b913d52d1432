//! Applying what the screens asked for, after the frame is drawn: one
//! function per [`Action`], in the file of what it acts on (profiles,
//! modules, assessments, settings, the workshop, exports).

use std::time::Duration;

use crate::content;
use crate::ui::view::Action;
use crate::{msg, tr};

use super::packs::PackWork;
use super::{PuenteApp, Route};
use crate::ui::home::HomeState;
use crate::ui::tasks::TaskFailed;

impl PuenteApp {
    /// Apply one action.
    pub fn apply(&mut self, action: Action) {
        // The language picked on the profile screen stays when it is left
        // for a screen with no profile (the facilitator's dashboard).
        if let Route::Profiles(state) = &self.route
            && let Some(lang) = &state.language
        {
            self.language_without_profile = Some(lang.clone());
        }
        match action {
            Action::CreateProfile {
                name,
                language,
                group,
            } => self.apply_create_profile(&name, &language, group),
            Action::OpenProfile(id) => self.apply_open_profile(id),
            Action::ShowProfiles => self.apply_show_profiles(),
            Action::Home => self.route = Route::Home(HomeState::default()),
            Action::OpenModule { pack, module, step } => {
                self.apply_open_module(&pack, &module, step.as_deref());
            }
            Action::GoToStep(index) => self.apply_go_to_step(index),
            Action::Submit(answer) => self.apply_submit(answer),
            Action::Finish => self.apply_finish(),
            Action::SetLanguage(language) => self.apply_set_language(language),
            Action::OpenPackDialog { file } => self.apply_open_pack_dialog(file),
            Action::OpenPackPath(path) => self.apply_open_pack_path(path),
            Action::InstallPack(path) => self.apply_install_pack(path),
            Action::RemovePack(id) => self.apply_remove_pack(id),
            Action::WatchPack { path, on } => self.apply_watch_pack(path, on),
            Action::DismissMessages => self.messages.clear(),
            Action::RetrySaving => self.retry_saving(),
            Action::CloseAnyway => self.confirm_close = false,
            Action::StartAssessment {
                pack,
                checklist,
                name,
            } => self.apply_start_assessment(&pack, checklist, &name),
            Action::OpenRun(run) => self.apply_open_run(run),
            Action::ViewDimension(index) => self.apply_view_dimension(index),
            Action::Rate { run, item, value } => self.apply_rate(run, item, value),
            Action::NoteItem { run, item, text } => self.apply_note_item(run, item, text),
            Action::ShowResults(run) => self.route = Route::Results(run),
            Action::ExportReport(run) => self.apply_export_run(run, super::export::RunFormat::Pdf),
            Action::ExportCsv(run) => self.apply_export_run(run, super::export::RunFormat::Csv),
            Action::ExportCertificate { pack, module } => {
                self.apply_export_certificate(&pack, &module);
            }
            Action::ShowSettings => self.route = Route::Settings,
            Action::ShowSearch => self.apply_show_search(),
            Action::ShowGlossary { term } => self.apply_show_glossary(term),
            Action::SetZoom(zoom) => self.apply_set_zoom(zoom),
            Action::SetTheme(theme) => self.change_display(|d| d.theme = theme),
            Action::OpenDataFolder => self.open_data_folder = true,
            Action::OpenSavedFolder => self.apply_open_saved_folder(),
            Action::DismissSaved => self.saved = None,
            Action::RenameProfile { id, name } => self.apply_rename_profile(id, &name),
            Action::DeleteProfile(id) => self.apply_delete_profile(id),
            Action::ExportProgress { share_reflections } => {
                self.apply_export_progress(share_reflections)
            }
            Action::ShowWorkshop => self.apply_show_workshop(),
            Action::LeaveWorkshop => self.apply_leave_workshop(),
            Action::ImportDialog { folder } => {
                let source = if folder {
                    super::workshop::ImportSource::PickFolder
                } else {
                    super::workshop::ImportSource::PickFiles
                };
                self.start_workshop_task(source);
            }
            Action::ImportPaths(paths) => {
                self.start_workshop_task(super::workshop::ImportSource::Paths(paths));
            }
            Action::CancelImport => self.apply_cancel_import(),
            Action::ReadCohort => self.apply_read_cohort(),
            Action::ExportCohortCsv => self.apply_export_cohort_csv(),
            Action::ExportXapi => self.apply_export_xapi(),
            Action::Present(at) => self.apply_present(at),
            Action::SetGroup(group) => self.apply_set_group(&group),
            Action::SetShared(shared) => self.apply_set_shared(shared),
            Action::ShowReview => self.apply_show_review(),
            Action::StartReview => self.apply_start_review(),
            Action::ReviewCard {
                pack,
                card,
                rating,
                answer,
                correct,
            } => self.apply_review_card(&pack, card, rating, answer, correct),
            Action::SuspendCard {
                pack,
                card,
                suspended,
            } => self.apply_suspend_card(&pack, card, suspended),
            Action::SetRetention(retention) => self.apply_set_retention(retention),
        }
    }

    /// Ask for a pack folder (or a pack in one file) in a dialog and load
    /// it, off the frame.
    fn apply_open_pack_dialog(&mut self, file: bool) {
        let i18n = self.i18n();
        let title = if file {
            tr!(i18n, "open-pack-file-dialog-title")
        } else {
            tr!(i18n, "open-pack-dialog-title")
        };
        let kind = tr!(i18n, "pack-file-kind");
        self.tasks.pack.spawn(tr!(i18n, "opening-pack"), move |_| {
            let dialog = rfd::FileDialog::new().set_title(title);
            let path = if file {
                dialog
                    .add_filter(kind, &["puente-pack", "zip"])
                    .pick_file()?
            } else {
                dialog.pick_folder()?
            };
            let loaded = content::load(&content::source::read_dir(&path));
            Some(PackWork::Opened { path, loaded })
        });
    }

    /// Load a pack folder, off the frame: it may be on a slow USB stick.
    fn apply_open_pack_path(&mut self, path: std::path::PathBuf) {
        self.tasks
            .pack
            .spawn(tr!(self.i18n(), "opening-pack"), move |_| {
                let loaded = content::load(&content::source::read_dir(&path));
                Some(PackWork::Opened { path, loaded })
            });
    }

    /// Take in a pack loaded off the frame, and say what became of it.
    pub(super) fn poll_pack_task(&mut self, ctx: &egui::Context) {
        match self.tasks.pack.poll() {
            None => {
                if self.tasks.pack.running().is_some() {
                    ctx.request_repaint_after(Duration::from_millis(200));
                }
            }
            // The dialog was closed without a folder.
            Some(Ok(None)) => {}
            Some(Ok(Some(work))) => self.pack_work_done(work),
            Some(Err(failed)) => self.task_failed(&failed),
        }
    }

    /// Tell the user that work off the frame broke off.
    pub(super) fn task_failed(&mut self, failed: &TaskFailed) {
        // A panic's own words went to standard error with Rust's hook; they
        // are a developer's, so the window gives the learner its own.
        self.messages
            .push(msg!("task-failed", task = failed.task.as_str()));
    }
}
