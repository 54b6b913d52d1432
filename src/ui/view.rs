//! What every screen shares with the app: the read-only [`View`] it draws
//! from and the [`Action`]s it returns. Screens import this, never the app.

use std::path::PathBuf;

use uuid::Uuid;

use crate::content::model::Checklist;
use crate::content::{Library, Pack, Text};
use crate::i18n::I18n;
use crate::progress::state::AssessmentRun;
use crate::progress::{Answer, Progress};

/// Something the user asked for, applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    CreateProfile {
        name: String,
        language: String,
        group: String,
    },
    OpenProfile(Uuid),
    ShowProfiles,
    Home,
    /// Open a module at a step id (or where the learner stopped).
    OpenModule {
        pack: String,
        module: String,
        step: Option<String>,
    },
    GoToStep(usize),
    /// Record an answer to the current step.
    Submit(Answer),
    /// Leave the module for its summary.
    Finish,
    SetLanguage(String),
    /// Ask for a pack folder in a dialog (off the frame).
    OpenPackDialog,
    OpenPackPath(PathBuf),
    DismissMessages,
    RetrySaving,
    CloseAnyway,
    /// Begin a new run of a self-assessment of `name`.
    StartAssessment {
        pack: String,
        checklist: String,
        name: String,
    },
    /// Come back to a run where it was left.
    OpenRun(Uuid),
    ViewDimension(usize),
    /// Rate an item of a run (`None`: not applicable).
    Rate {
        run: Uuid,
        item: String,
        value: Option<u32>,
    },
    NoteItem {
        run: Uuid,
        item: String,
        text: String,
    },
    ShowResults(Uuid),
    /// Save a run as PDF or CSV through a save dialog (off the frame).
    ExportReport(Uuid),
    ExportCsv(Uuid),
    /// Save a certificate for a completed module.
    ExportCertificate {
        pack: String,
        module: String,
    },
    ShowSettings,
    /// Search lessons, exercises, the glossary and checklists.
    ShowSearch,
    SetZoom(f32),
    SetTheme(crate::progress::store::Theme),
    OpenDataFolder,
    /// Save the learner's progress as one bundle file (for a USB stick).
    ExportProgress,
    /// The facilitator's cohort dashboard.
    ShowWorkshop,
    /// Leave presenter mode for the dashboard, or the dashboard for home.
    LeaveWorkshop,
    /// Pick bundles (or a folder of them) in a dialog, then import them.
    ImportDialog {
        folder: bool,
    },
    ImportPaths(Vec<PathBuf>),
    /// Stop the running import between two files (or while it waits for
    /// another import); what was merged stays.
    CancelImport,
    /// Read the cohort again (the filters changed).
    ReadCohort,
    ExportCohortCsv,
    ExportXapi,
    /// Presenter mode, at an exercise (module id, step id) or the first.
    Present(Option<(String, String)>),
    /// Mark the data folder as shared by several laptops (or not).
    SetShared(bool),
    /// The learner's workshop or class.
    SetGroup(String),
}

/// What screens read each frame.
pub struct View<'a> {
    pub library: &'a Library,
    pub progress: &'a Progress,
    /// The language of the content.
    pub lang: &'a str,
    /// The interface's messages.
    pub tr: &'a I18n,
}

impl<'a> View<'a> {
    /// A text in the learner's language, falling back to the pack's first.
    pub fn t<'t>(&self, pack: &Pack, text: &'t Text) -> &'t str {
        text.get(self.lang, pack.fallback_language())
    }

    /// A self-assessment run, its pack and its checklist, if they still
    /// exist.
    pub fn run(&self, run: Uuid) -> Option<(&'a AssessmentRun, &'a Pack, &'a Checklist)> {
        let r = self.progress.runs.get(&run)?;
        let pack = self.library.pack(&r.pack)?;
        let checklist = pack
            .checklists
            .iter()
            .find(|c| c.id.as_str() == r.checklist)?;
        Some((r, pack, checklist))
    }
}
