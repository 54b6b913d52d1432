//! What every screen shares with the app: the read-only [`View`] it draws
//! from and the [`Action`]s it returns. Screens import this, never the app.

use std::path::PathBuf;

use uuid::Uuid;

use crate::content::model::Checklist;
use crate::content::{Library, Pack, Text};
use crate::i18n::I18n;
use crate::progress::state::AssessmentRun;
use crate::progress::{Answer, CardRef, Progress, Rating};
use crate::review::{Params, Queue};

/// Something the user asked for, applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    CreateProfile {
        name: String,
        language: String,
        group: String,
    },
    OpenProfile(Uuid),
    /// Give a profile another name (from the profile chooser).
    RenameProfile {
        id: Uuid,
        name: String,
    },
    /// Move a profile's folder aside, after the learner confirmed twice.
    DeleteProfile(Uuid),
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
    /// Ask for a pack folder (or, with `file`, a `.puente-pack` file) in
    /// a dialog (off the frame).
    OpenPackDialog {
        file: bool,
    },
    OpenPackPath(PathBuf),
    /// Install (or update) the pack at this folder or file into the data
    /// folder, so it opens at every start.
    InstallPack(PathBuf),
    /// Remove an installed pack (learners' records stay).
    RemovePack(String),
    /// Start or stop watching a pack's folder or file (live preview).
    WatchPack {
        path: PathBuf,
        on: bool,
    },
    DismissMessages,
    /// Show the folder of the file just saved, in the file manager.
    OpenSavedFolder,
    /// Close the "Saved" banner.
    DismissSaved,
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
    /// The glossary, at a term (pack id, term id) or at the top.
    ShowGlossary {
        term: Option<(String, String)>,
    },
    SetZoom(f32),
    SetTheme(crate::progress::store::Theme),
    OpenDataFolder,
    /// Save the learner's progress as one bundle file (for a USB stick),
    /// with the reflections and notes only if the learner ticked it.
    ExportProgress {
        share_reflections: bool,
    },
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
    /// The review screen: the queue, retention, the next days.
    ShowReview,
    /// Begin a review session with the cards due today, mixed.
    StartReview,
    /// A card was reviewed (an exercise answered again, a term graded).
    ReviewCard {
        pack: String,
        card: CardRef,
        rating: Rating,
        answer: Option<Answer>,
        correct: Option<bool>,
    },
    /// Set a card aside, or take it back.
    SuspendCard {
        pack: String,
        card: CardRef,
        suspended: bool,
    },
    /// The probability of recall at which cards come back (Settings).
    SetRetention(f64),
}

/// The learner's review queue as screens read it, with the learner's day.
#[derive(Clone, Debug, Default)]
pub struct ReviewView {
    pub queue: Queue,
    pub params: Params,
    pub now: jiff::Timestamp,
    /// The start and the end of the learner's day, in their time zone.
    pub day_start: jiff::Timestamp,
    pub day_end: jiff::Timestamp,
}

/// What screens read each frame.
pub struct View<'a> {
    pub library: &'a Library,
    pub progress: &'a Progress,
    /// The language of the content.
    pub lang: &'a str,
    /// The interface's messages.
    pub tr: &'a I18n,
    /// The learner's review queue (empty before a profile is open).
    pub review: &'a ReviewView,
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

/// An open pack as Settings lists it: what it is, where it came from, and
/// whether it is installed in the data folder.
#[derive(Clone, Debug, PartialEq)]
pub struct PackRow {
    pub id: String,
    pub title: String,
    pub version: String,
    pub licence: String,
    /// The folder or pack file it was opened or installed from; `None` for
    /// the pack built into Puente.
    pub origin: Option<PathBuf>,
    pub installed: bool,
    /// Its origin is watched: saved changes are reloaded (live preview).
    pub watched: bool,
}

/// Where things are, as Settings shows them: the data folder (shared by
/// several laptops or not) and the open packs, with whether a pack task
/// runs (the buttons then wait).
#[derive(Clone, Copy)]
pub struct Places<'a> {
    pub data_dir: &'a std::path::Path,
    pub shared: bool,
    pub packs: &'a [PackRow],
    pub busy: bool,
}
