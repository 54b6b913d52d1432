//! `PuenteApp`: owns the content, the learner's session and the current
//! screen; draws the screen, then applies the actions it returned.
//!
//! Every answer becomes an event that is applied to the in-memory progress
//! and appended (fsynced) to the journal before the next frame. When the
//! data folder cannot be written, events stay pending, a banner says so,
//! and saving is retried every few seconds.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use uuid::Uuid;

use crate::assess;
use crate::content::{self, Diagnostic, Loaded, Pack, Text};
use crate::progress::store::{DataDirKind, Notice, Store, WriteProblem};
use crate::progress::{Answer, EVENT_FORMAT, Event, EventBody, ProfileSession, Progress};

use crate::i18n::{I18n, system_language};
use crate::tr;

use super::assessment::{self, AssessState};
use super::home::HomeState;
use super::markdown::Markdown;
use super::player::PlayerState;
use super::profiles::ProfilesState;
use super::workshop::{PresenterState, Workshop, WorkshopMessage, WorkshopTask};
use super::{home, player, profiles, summary, theme, workshop};

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
    ExportCohortCsv,
    ExportXapi,
    /// Presenter mode, at an exercise (module id, step id) or the first.
    Present(Option<(String, String)>),
    /// Mark the data folder as shared by several laptops (or not).
    SetShared(bool),
    /// The learner's workshop or class.
    SetGroup(String),
}

/// The packs that loaded and every problem met loading them.
pub struct Library {
    pub packs: Vec<Pack>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Library {
    pub fn new(loaded: Vec<Loaded>) -> Self {
        let mut library = Self {
            packs: Vec::new(),
            diagnostics: Vec::new(),
        };
        let tr = I18n::new("en");
        for l in loaded {
            library.add(l, &tr);
        }
        library
    }

    /// Add a loaded pack; one with the id of a pack already here replaces
    /// it. Returns what happened, for the user.
    pub fn add(&mut self, loaded: Loaded, tr: &I18n) -> String {
        let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = loaded.diagnostics.len() - errors;
        self.diagnostics.extend(loaded.diagnostics);
        let Some(pack) = loaded.pack else {
            return tr!(tr, "pack-not-opened", errors = errors);
        };
        let title = pack
            .info
            .title
            .get("en", pack.fallback_language())
            .to_owned();
        if errors > 0 {
            return tr!(
                tr,
                "pack-has-errors",
                title = title.as_str(),
                errors = errors
            );
        }
        let version = pack.info.version.as_str();
        let (modules, checklists) = (pack.modules.len(), pack.checklists.len());
        let summary = if warnings > 0 {
            tr!(
                tr,
                "pack-opened-warnings",
                title = title.as_str(),
                version = version,
                modules = modules,
                checklists = checklists,
                warnings = warnings
            )
        } else {
            tr!(
                tr,
                "pack-opened",
                title = title.as_str(),
                version = version,
                modules = modules,
                checklists = checklists
            )
        };
        if let Some(existing) = self.packs.iter_mut().find(|p| p.info.id == pack.info.id) {
            let old = existing.info.version.clone();
            *existing = pack;
            tr!(tr, "pack-replaces", summary = summary, old = old)
        } else {
            self.packs.push(pack);
            summary
        }
    }

    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.info.id.as_str() == id)
    }

    /// Every language some pack offers, in the order first met.
    pub fn languages(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for lang in self.packs.iter().flat_map(|p| &p.info.languages) {
            if !out.contains(lang) {
                out.push(lang.clone());
            }
        }
        out
    }
}

/// The open profile.
pub struct Learner {
    pub session: ProfileSession,
    pub progress: Progress,
    /// Why the last write failed, while events are pending.
    pub write_problem: Option<(WriteProblem, String)>,
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

impl View<'_> {
    /// A text in the learner's language, falling back to the pack's first.
    pub fn t<'t>(&self, pack: &Pack, text: &'t Text) -> &'t str {
        text.get(self.lang, pack.fallback_language())
    }
}

/// Which screen is showing, with the state it keeps.
pub enum Route {
    Profiles(ProfilesState),
    Home(HomeState),
    Module(Box<PlayerState>),
    Summary { pack: String, module: String },
    Assess(AssessState),
    Results(Uuid),
    Settings,
    Workshop,
    Presenter(Box<PresenterState>),
}

pub struct PuenteApp {
    pub library: Library,
    pub store: Option<Store>,
    pub data_dir: PathBuf,
    pub data_kind: DataDirKind,
    pub learner: Option<Learner>,
    pub route: Route,
    pub markdown: Markdown,
    /// Things the user must be told (damaged files repaired, packs opened).
    pub messages: Vec<String>,
    /// A pack being chosen or loaded off the frame.
    pack_task: Option<Receiver<Option<(PathBuf, Loaded)>>>,
    last_retry: Option<Instant>,
    confirm_close: bool,
    measure: super::measure::Measure,
    /// A file being saved off the frame: what, and its result.
    export_task: Option<(String, Receiver<SaveResult>)>,
    /// The display settings changed and must be applied to the context.
    display_changed: bool,
    /// "Open folder" was asked for; done where the context is at hand.
    open_data_folder: bool,
    /// The zoom Puente last set, to notice the learner's Ctrl +/-.
    applied_zoom: Option<f32>,
    /// The facilitator's cohort, read when the dashboard opens.
    pub workshop: Workshop,
    /// Save files here under their suggested names instead of asking in a
    /// dialog (`None`, the default, asks).
    pub save_dir: Option<PathBuf>,
}

/// How saving a file off the frame ended.
enum SaveResult {
    Cancelled,
    Written(PathBuf),
    /// The file could not be made (the reason).
    NotMade(String),
    /// The file could not be written (where, why).
    NotWritten(String, String),
}

/// How often saving is retried while the data folder cannot be written.
const RETRY_EVERY: Duration = Duration::from_secs(3);

impl PuenteApp {
    /// Build the app: open the data folder, and the profile if there is
    /// exactly one (or the last one used, if recorded).
    pub fn new(
        ctx: &egui::Context,
        loaded: Vec<Loaded>,
        data_dir: PathBuf,
        data_kind: DataDirKind,
    ) -> Self {
        theme::apply(ctx);
        let library = Library::new(loaded);
        let mut app = Self {
            library,
            store: None,
            data_dir: data_dir.clone(),
            data_kind,
            learner: None,
            route: Route::Profiles(ProfilesState::default()),
            markdown: Markdown::default(),
            messages: Vec::new(),
            pack_task: None,
            last_retry: None,
            confirm_close: false,
            measure: super::measure::Measure::from_env(),
            export_task: None,
            display_changed: true,
            open_data_folder: false,
            applied_zoom: None,
            workshop: Workshop::default(),
            save_dir: None,
        };
        match Store::open(&data_dir) {
            Ok((store, notices)) => {
                app.tell(&notices);
                let (profiles, notices) = store.profiles();
                app.tell(&notices);
                // One learner on this computer: open their profile. Several:
                // let them choose, the last one first.
                let only = (profiles.len() == 1).then(|| profiles[0].id);
                app.route = Route::Profiles(ProfilesState {
                    last: store.last_profile(),
                    profiles,
                    ..ProfilesState::default()
                });
                app.store = Some(store);
                if let Some(id) = only {
                    app.apply(Action::OpenProfile(id));
                }
            }
            Err(e) => {
                let message = tr!(app.i18n(), "data-folder-unusable", error = e.to_string());
                app.messages.push(message);
            }
        }
        app
    }

    /// Start the profile form in `code` instead of the computer's language
    /// (tests, and a start-up choice).
    #[must_use]
    pub fn with_language(mut self, code: &str) -> Self {
        if let Route::Profiles(state) = &mut self.route {
            state.language = Some(code.to_owned());
        }
        self
    }

    fn tell(&mut self, notices: &[Notice]) {
        let tr = self.i18n();
        self.messages
            .extend(notices.iter().map(|n| super::words::notice(&tr, n)));
    }

    /// The language of the interface and the content: the profile's;
    /// before a profile is open, the one picked on the profile form, else
    /// the computer's.
    pub fn language(&self) -> String {
        if let Some(learner) = &self.learner {
            return learner.session.profile.language.clone();
        }
        if let Route::Profiles(state) = &self.route
            && let Some(lang) = &state.language
        {
            return lang.clone();
        }
        system_language().to_owned()
    }

    /// The interface's messages, in [`Self::language`].
    pub fn i18n(&self) -> I18n {
        I18n::new(&self.language())
    }

    /// Apply an event to the progress, then save it.
    fn record(&mut self, pack: &str, body: EventBody) {
        let Some(learner) = self.learner.as_mut() else {
            return;
        };
        let pack_version = self
            .library
            .pack(pack)
            .map(|p| p.info.version.clone())
            .unwrap_or_default();
        let event = Event {
            v: EVENT_FORMAT,
            id: Uuid::new_v4(),
            profile: learner.session.profile.id,
            device: learner.session.device(),
            at: jiff::Timestamp::now(),
            pack: pack.to_owned(),
            pack_version,
            body,
        };
        learner.progress.apply(&event);
        match learner.session.record(event) {
            Ok(()) => learner.write_problem = None,
            Err(e) => {
                learner.write_problem = Some((e.problem(), e.to_string()));
                self.last_retry = Some(Instant::now());
            }
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::CreateProfile {
                name,
                language,
                group,
            } => {
                let Some(store) = &self.store else { return };
                let created = store.create_profile(&name, &language).and_then(|mut p| {
                    if !group.is_empty() {
                        p.group = group;
                        store.save_profile(&p)?;
                    }
                    Ok(p)
                });
                match created {
                    Ok(profile) => self.apply(Action::OpenProfile(profile.id)),
                    Err(e) => self.profile_error(tr!(
                        self.i18n(),
                        "profile-not-created",
                        error = e.to_string()
                    )),
                }
            }
            Action::OpenProfile(id) => {
                let Some(store) = &self.store else { return };
                match store.open_profile(id) {
                    Ok(opened) => {
                        let _ = store.set_last_profile(id);
                        let progress = Progress::from_events(&opened.events);
                        self.display_changed = true;
                        self.learner = Some(Learner {
                            session: opened.session,
                            progress,
                            write_problem: None,
                        });
                        self.tell(&opened.notices);
                        self.route = Route::Home(HomeState::default());
                    }
                    Err(e) => {
                        let message = super::words::store_error(&self.i18n(), &e);
                        self.profile_error(message);
                    }
                }
            }
            Action::ShowProfiles => {
                if self
                    .learner
                    .as_ref()
                    .is_some_and(|l| l.session.pending() > 0)
                {
                    let message = tr!(self.i18n(), "profile-stays-open");
                    self.messages.push(message);
                    return;
                }
                self.learner = None;
                self.route = Route::Profiles(self.profiles_screen(None));
            }
            Action::Home => self.route = Route::Home(HomeState::default()),
            Action::OpenModule { pack, module, step } => {
                self.open_module(&pack, &module, step.as_deref())
            }
            Action::GoToStep(index) => {
                if let Route::Module(state) = &mut self.route {
                    state.step = index;
                }
                self.enter_step();
            }
            Action::Submit(answer) => self.submit(answer),
            Action::Finish => {
                let Route::Module(state) = &self.route else {
                    return;
                };
                let (pack_id, module_id): (String, String) =
                    (state.pack.clone(), state.module.clone());
                let score = self.module_percent(&pack_id, &module_id);
                self.record(
                    &pack_id,
                    EventBody::Completed {
                        module: module_id.clone(),
                        score,
                    },
                );
                self.route = Route::Summary {
                    pack: pack_id,
                    module: module_id,
                };
            }
            Action::SetLanguage(language) => {
                let (Some(store), Some(learner)) = (&self.store, self.learner.as_mut()) else {
                    return;
                };
                learner.session.profile.language = language.clone();
                if let Err(e) = store.save_profile(&learner.session.profile) {
                    self.messages.push(tr!(
                        I18n::new(&language),
                        "language-not-saved",
                        error = e.to_string()
                    ));
                }
            }
            Action::OpenPackDialog => self.open_pack_dialog(),
            Action::OpenPackPath(path) => {
                // Read off the frame: the folder may be on a slow USB stick.
                if self.pack_task.is_none() {
                    let (tx, rx) = std::sync::mpsc::channel();
                    std::thread::spawn(move || {
                        let loaded = content::load(&content::source::read_dir(&path));
                        let _ = tx.send(Some((path, loaded)));
                    });
                    self.pack_task = Some(rx);
                }
            }
            Action::DismissMessages => self.messages.clear(),
            Action::RetrySaving => self.retry_saving(),
            Action::CloseAnyway => self.confirm_close = false,
            Action::StartAssessment {
                pack,
                checklist,
                name,
            } => {
                let run = Uuid::new_v4();
                self.record(
                    &pack,
                    EventBody::AssessmentStarted {
                        run,
                        checklist,
                        name: name.trim().to_owned(),
                    },
                );
                self.route = Route::Assess(AssessState {
                    run,
                    dimension: 0,
                    notes: Default::default(),
                });
                self.apply(Action::ViewDimension(0));
            }
            Action::OpenRun(run) => {
                let Some(r) = self
                    .learner
                    .as_ref()
                    .and_then(|l| l.progress.runs.get(&run))
                else {
                    return;
                };
                let dimension = self
                    .library
                    .pack(&r.pack)
                    .and_then(|p| p.checklists.iter().find(|c| c.id.as_str() == r.checklist))
                    .and_then(|c| {
                        let last = r.last_dimension.as_deref()?;
                        c.dimensions.iter().position(|d| d.id.as_str() == last)
                    })
                    .unwrap_or(0);
                self.route = Route::Assess(AssessState {
                    run,
                    dimension,
                    notes: Default::default(),
                });
            }
            Action::ViewDimension(index) => {
                let Route::Assess(state) = &mut self.route else {
                    return;
                };
                state.dimension = index;
                let run = state.run;
                if let Some((pack, checklist, dimension)) =
                    self.run_context(run).and_then(|(pack, c)| {
                        c.dimensions
                            .get(index)
                            .map(|d| (pack.info.id.to_string(), c.id.to_string(), d.id.to_string()))
                    })
                {
                    self.record(
                        &pack,
                        EventBody::DimensionViewed {
                            run,
                            checklist,
                            dimension,
                        },
                    );
                }
            }
            Action::Rate { run, item, value } => {
                self.record_for_run(run, |checklist| EventBody::Rated {
                    run,
                    checklist,
                    item,
                    value,
                })
            }
            Action::NoteItem { run, item, text } => {
                self.record_for_run(run, |checklist| EventBody::ItemNoted {
                    run,
                    checklist,
                    item,
                    text,
                });
            }
            Action::ShowResults(run) => self.route = Route::Results(run),
            Action::ExportReport(run) => self.export_run(run, true),
            Action::ExportCsv(run) => self.export_run(run, false),
            Action::ExportCertificate { pack, module } => self.export_certificate(&pack, &module),
            Action::ShowSettings => self.route = Route::Settings,
            Action::SetZoom(zoom) => {
                self.change_display(|d| d.zoom = zoom.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM))
            }
            Action::SetTheme(theme) => self.change_display(|d| d.theme = theme),
            Action::OpenDataFolder => self.open_data_folder = true,
            Action::ExportProgress => self.export_progress(),
            Action::ShowWorkshop => {
                if let Some(pack) = self.library.packs.first() {
                    if self.workshop.pack.is_empty() {
                        self.workshop.pack = pack.info.id.to_string();
                    }
                    self.route = Route::Workshop;
                    self.start_workshop_task(None, Vec::new());
                }
            }
            Action::LeaveWorkshop => {
                self.route = match self.route {
                    Route::Presenter(_) => Route::Workshop,
                    _ if self.learner.is_some() => Route::Home(HomeState::default()),
                    _ => Route::Profiles(self.profiles_screen(None)),
                }
            }
            Action::ImportDialog { folder } => self.start_workshop_task(Some(folder), Vec::new()),
            Action::ImportPaths(paths) => self.start_workshop_task(None, paths),
            Action::CancelImport => {
                if let Some(task) = &self.workshop.task {
                    task.cancel
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
            Action::ExportCohortCsv => {
                let bytes = crate::cohort::csv::cohort_csv(&self.workshop.dashboard);
                let today = jiff::Zoned::now().strftime("%Y-%m-%d").to_string();
                self.save_off_frame(
                    &tr!(self.i18n(), "saving-csv"),
                    &format!("cohort-{today}.csv"),
                    move || Ok(bytes),
                );
            }
            Action::ExportXapi => {
                let learners = self.workshop.learners.clone();
                let pack = self.library.pack(&self.workshop.pack).cloned();
                let today = jiff::Zoned::now().strftime("%Y-%m-%d").to_string();
                self.save_off_frame(
                    &tr!(self.i18n(), "saving-xapi"),
                    &format!("xapi-{today}.json"),
                    move || {
                        let statements = crate::cohort::xapi::statements(
                            &learners,
                            pack.as_ref(),
                            &crate::cohort::xapi::XapiOptions::default(),
                        );
                        serde_json::to_vec_pretty(&statements).map_err(|e| e.to_string())
                    },
                );
            }
            Action::Present(at) => {
                let pack = self
                    .library
                    .pack(&self.workshop.pack)
                    .or(self.library.packs.first());
                if let Some(pack) = pack {
                    let start = at.as_ref().map(|(m, s)| (m.as_str(), s.as_str()));
                    self.route = Route::Presenter(Box::new(PresenterState::new(pack, start)));
                }
            }
            Action::SetGroup(group) => {
                let (Some(store), Some(learner)) = (&self.store, self.learner.as_mut()) else {
                    return;
                };
                learner.session.profile.group = group.trim().chars().take(80).collect();
                if let Err(e) = store.save_profile(&learner.session.profile) {
                    let message = super::words::store_error(&self.i18n(), &e);
                    self.messages.push(message);
                }
            }
            Action::SetShared(shared) => {
                if let Err(e) = crate::progress::store::set_shared(&self.data_dir, shared) {
                    let message = super::words::store_error(&self.i18n(), &e);
                    self.messages.push(message);
                }
            }
        }
    }

    /// Read the cohort (and first import `paths`, or the files picked in a
    /// dialog when `pick` is `Some(folder?)`) on a worker thread.
    fn start_workshop_task(&mut self, pick: Option<bool>, paths: Vec<PathBuf>) {
        if self.workshop.task.is_some() {
            return;
        }
        let root = self.data_dir.clone();
        let packs: Vec<crate::progress::import::OpenPack> = self
            .library
            .packs
            .iter()
            .map(|p| crate::progress::import::OpenPack {
                id: p.info.id.to_string(),
                version: p.info.version.clone(),
            })
            .collect();
        let importing = pick.is_some() || !paths.is_empty();
        let done = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let total = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let waiting = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (tx, rx) = std::sync::mpsc::channel();
        let (d, t) = (done.clone(), total.clone());
        let (c, w) = (cancel.clone(), waiting.clone());
        std::thread::spawn(move || {
            use std::sync::atomic::Ordering;
            let paths = match pick {
                Some(true) => rfd::FileDialog::new().pick_folder().into_iter().collect(),
                Some(false) => rfd::FileDialog::new()
                    .add_filter(
                        "Puente",
                        &[crate::progress::import::BUNDLE_EXTENSION, "json"],
                    )
                    .pick_files()
                    .unwrap_or_default(),
                None => paths,
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
            let learners = std::sync::Arc::new(learners);
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

    fn poll_workshop_task(&mut self, ctx: &egui::Context) {
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

    /// Save the open learner's progress as a bundle, off the frame.
    fn export_progress(&mut self) {
        let Some(learner) = &self.learner else { return };
        let root = self.data_dir.clone();
        let id = learner.session.profile.id;
        let safe: String = learner
            .session
            .profile
            .name
            .chars()
            .map(|ch| if ch.is_alphanumeric() { ch } else { '-' })
            .collect();
        let today = jiff::Zoned::now().strftime("%Y-%m-%d").to_string();
        self.save_off_frame(
            &tr!(self.i18n(), "saving-bundle"),
            &format!(
                "{safe}-{today}.{}",
                crate::progress::import::BUNDLE_EXTENSION
            ),
            move || {
                let (store, _) = Store::open(&root).map_err(|e| e.to_string())?;
                let (profile, events, _) = store.read_profile(id).map_err(|e| e.to_string())?;
                Ok(crate::progress::bundle::Bundle::new(profile, events).to_bytes())
            },
        );
    }

    /// Change the learner's display settings and save them in the profile.
    fn change_display(&mut self, change: impl FnOnce(&mut crate::progress::store::Display)) {
        let (Some(store), Some(learner)) = (&self.store, self.learner.as_mut()) else {
            return;
        };
        change(&mut learner.session.profile.display);
        self.display_changed = true;
        if let Err(e) = store.save_profile(&learner.session.profile) {
            let message = tr!(
                I18n::new(&learner.session.profile.language),
                "language-not-saved",
                error = e.to_string()
            );
            self.messages.push(message);
        }
    }

    /// Record an event about a run, in its pack, given its checklist id.
    fn record_for_run(&mut self, run: Uuid, body: impl FnOnce(String) -> EventBody) {
        if let Some((pack, checklist)) = self
            .run_context(run)
            .map(|(p, c)| (p.info.id.to_string(), c.id.to_string()))
        {
            self.record(&pack, body(checklist));
        }
    }

    /// The pack and checklist of a run.
    fn run_context(&self, run: Uuid) -> Option<(&Pack, &crate::content::model::Checklist)> {
        let r = self.learner.as_ref()?.progress.runs.get(&run)?;
        let pack = self.library.pack(&r.pack)?;
        let c = pack
            .checklists
            .iter()
            .find(|c| c.id.as_str() == r.checklist)?;
        Some((pack, c))
    }

    fn export_run(&mut self, run: Uuid, pdf: bool) {
        let lang = self.language();
        let Some(learner) = &self.learner else { return };
        let Some(r) = learner.progress.runs.get(&run) else {
            return;
        };
        let Some((pack, c)) = self.run_context(run) else {
            return;
        };
        let today = jiff::Zoned::now().strftime("%Y-%m-%d").to_string();
        let safe: String = r
            .name
            .chars()
            .map(|ch| if ch.is_alphanumeric() { ch } else { '-' })
            .collect();
        // The file is made off the frame, from copies.
        let (pack, c, r) = (pack.clone(), c.clone(), r.clone());
        let learner_name = learner.session.profile.name.clone();
        let day = today.clone();
        let make = move || {
            if pdf {
                crate::report::pdf::assessment_report(&pack, &c, &r, &learner_name, &lang, &day)
            } else {
                Ok(crate::report::csv::ratings_csv(&pack, &c, &r, &lang))
            }
        };
        let (name, what) = if pdf {
            (
                format!("{safe}-{today}.pdf"),
                tr!(self.i18n(), "saving-pdf"),
            )
        } else {
            (
                format!("{safe}-{today}.csv"),
                tr!(self.i18n(), "saving-csv"),
            )
        };
        self.save_off_frame(&what, &name, make);
    }

    fn export_certificate(&mut self, pack_id: &str, module_id: &str) {
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
        let today = jiff::Zoned::now().strftime("%Y-%m-%d").to_string();
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
        };
        self.save_off_frame(
            &tr!(self.i18n(), "saving-certificate"),
            &format!("certificate-{module_id}-{today}.pdf"),
            make,
        );
    }

    /// Ask where to save in a dialog, make the file and write it there,
    /// all off the frame.
    fn save_off_frame(
        &mut self,
        what: &str,
        file_name: &str,
        make: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
    ) {
        let (tx, rx) = std::sync::mpsc::channel();
        let file_name = file_name.to_owned();
        let save_dir = self.save_dir.clone();
        std::thread::spawn(move || {
            let chosen = match save_dir {
                Some(dir) => Some(dir.join(&file_name)),
                None => rfd::FileDialog::new().set_file_name(&file_name).save_file(),
            };
            let Some(path) = chosen else {
                let _ = tx.send(SaveResult::Cancelled);
                return;
            };
            let result = match make() {
                Err(e) => SaveResult::NotMade(e),
                Ok(bytes) => match std::fs::write(&path, &bytes) {
                    Ok(()) => SaveResult::Written(path),
                    Err(e) => SaveResult::NotWritten(path.display().to_string(), e.to_string()),
                },
            };
            let _ = tx.send(result);
        });
        self.export_task = Some((what.to_owned(), rx));
    }

    fn poll_export_task(&mut self, ctx: &egui::Context) {
        let Some((_, rx)) = &self.export_task else {
            return;
        };
        let message = match rx.try_recv() {
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(Duration::from_millis(200));
                return;
            }
            Ok(SaveResult::Cancelled) | Err(TryRecvError::Disconnected) => None,
            Ok(SaveResult::Written(path)) => Some(tr!(
                self.i18n(),
                "file-saved",
                path = path.display().to_string()
            )),
            Ok(SaveResult::NotMade(e)) => Some(tr!(self.i18n(), "file-not-made", error = e)),
            Ok(SaveResult::NotWritten(path, e)) => {
                Some(tr!(self.i18n(), "file-not-written", path = path, error = e))
            }
        };
        self.messages.extend(message);
        self.export_task = None;
    }

    fn profile_error(&mut self, message: String) {
        self.route = Route::Profiles(self.profiles_screen(Some(message)));
    }

    /// The profile chooser, with the profiles read now (not every frame).
    fn profiles_screen(&mut self, error: Option<String>) -> ProfilesState {
        let (profiles, notices, last) = match &self.store {
            Some(store) => {
                let (profiles, notices) = store.profiles();
                (profiles, notices, store.last_profile())
            }
            None => Default::default(),
        };
        self.tell(&notices);
        ProfilesState {
            error,
            profiles,
            last,
            ..ProfilesState::default()
        }
    }

    fn open_module(&mut self, pack_id: &str, module_id: &str, step: Option<&str>) {
        let Some(pack) = self.library.pack(pack_id) else {
            return;
        };
        let Some(module) = pack.module(module_id) else {
            return;
        };
        if module.steps.is_empty() {
            return;
        }
        let progress = self
            .learner
            .as_ref()
            .and_then(|l| l.progress.module(pack_id, module_id));
        let wanted = step
            .map(str::to_owned)
            .or_else(|| progress.and_then(|p| p.last_step.clone()));
        let index = wanted
            .and_then(|id| module.steps.iter().position(|s| s.id().as_str() == id))
            .unwrap_or(0);
        let mut player = PlayerState::new(pack_id, module_id, index);
        if let Some(learner) = &self.learner {
            player.learner = learner.session.profile.id.to_string();
        }
        self.route = Route::Module(Box::new(player));
        self.enter_step();
    }

    /// Record the visit and load the saved answer into the screen state.
    fn enter_step(&mut self) {
        let Route::Module(state) = &mut self.route else {
            return;
        };
        let Some(module) = self
            .library
            .pack(&state.pack)
            .and_then(|p| p.module(&state.module))
        else {
            return;
        };
        state.step = state.step.min(module.steps.len().saturating_sub(1));
        let step = &module.steps[state.step];
        let saved = self
            .learner
            .as_ref()
            .and_then(|l| l.progress.module(&state.pack, &state.module))
            .and_then(|p| p.answers.get(step.id().as_str()))
            .map(|r| r.answer.clone());
        state.load(step, saved.as_ref());
        let (pack, body) = (
            state.pack.clone(),
            EventBody::Visited {
                module: state.module.clone(),
                step: step.id().to_string(),
            },
        );
        self.record(&pack, body);
    }

    fn submit(&mut self, answer: Answer) {
        let Route::Module(state) = &self.route else {
            return;
        };
        let Some(module) = self
            .library
            .pack(&state.pack)
            .and_then(|p| p.module(&state.module))
        else {
            return;
        };
        let Some(step) = module.steps.get(state.step) else {
            return;
        };
        let scored = assess::score(step, &answer);
        let body = EventBody::Answered {
            module: state.module.clone(),
            step: step.id().to_string(),
            answer,
            score: scored.score,
            correct: scored.correct,
        };
        let pack = state.pack.clone();
        self.record(&pack, body);
    }

    pub fn module_percent(&self, pack_id: &str, module_id: &str) -> Option<f64> {
        let module = self.library.pack(pack_id)?.module(module_id)?;
        let progress = self
            .learner
            .as_ref()
            .and_then(|l| l.progress.module(pack_id, module_id));
        assess::module_score(&module.steps, progress).percent
    }

    fn open_pack_dialog(&mut self) {
        if self.pack_task.is_some() {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let title = tr!(self.i18n(), "open-pack-dialog-title");
        std::thread::spawn(move || {
            let picked = rfd::FileDialog::new().set_title(title).pick_folder();
            let result = picked.map(|path| {
                let loaded = content::load(&content::source::read_dir(&path));
                (path, loaded)
            });
            let _ = tx.send(result);
        });
        self.pack_task = Some(rx);
    }

    fn poll_pack_task(&mut self, ctx: &egui::Context) {
        let Some(rx) = &self.pack_task else { return };
        match rx.try_recv() {
            Ok(Some((_path, loaded))) => {
                let tr = self.i18n();
                let message = self.library.add(loaded, &tr);
                self.messages.push(message);
                self.pack_task = None;
            }
            Ok(None) | Err(TryRecvError::Disconnected) => self.pack_task = None,
            Err(TryRecvError::Empty) => ctx.request_repaint_after(Duration::from_millis(200)),
        }
    }

    fn retry_saving(&mut self) {
        self.last_retry = Some(Instant::now());
        let Some(learner) = self.learner.as_mut() else {
            return;
        };
        match learner.session.flush() {
            Ok(()) => learner.write_problem = None,
            Err(e) => learner.write_problem = Some((e.problem(), e.to_string())),
        }
    }

    fn pending(&self) -> usize {
        self.learner.as_ref().map_or(0, |l| l.session.pending())
    }

    /// Whether a pack is being chosen or loaded.
    pub fn is_opening_pack(&self) -> bool {
        self.pack_task.is_some()
    }

    /// Which work runs off the frame right now, if any: `pack` (a pack
    /// being chosen or opened), `workshop` (an import or a cohort read) or
    /// `export` (a file being saved). The window's own polling picks the
    /// result up on a later frame.
    pub fn background_work(&self) -> Option<&'static str> {
        if self.pack_task.is_some() {
            Some("pack")
        } else if self.workshop.task.is_some() {
            Some("workshop")
        } else if self.export_task.is_some() {
            Some("export")
        } else {
            None
        }
    }

    fn banners(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &self.i18n();
        let pending = self.pending();
        if let Some(learner) = &self.learner
            && let Some((problem, detail)) = &learner.write_problem
            && pending > 0
        {
            let what = match problem {
                WriteProblem::ReadOnly => tr!(tr, "write-read-only"),
                WriteProblem::Full => tr!(tr, "write-full"),
                WriteProblem::InUse => tr!(tr, "write-in-use"),
                WriteProblem::Other => tr!(tr, "write-other"),
            };
            egui::Frame::new()
                .fill(theme::alarm_fill(ui.visuals()))
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(egui::RichText::new(what).strong());
                    ui.label(tr!(tr, "pending-answers", count = pending));
                    ui.label(egui::RichText::new(detail).small());
                    if ui.button(tr!(tr, "try-saving-now")).clicked() {
                        actions.push(Action::RetrySaving);
                    }
                });
        }
        if !self.messages.is_empty() {
            egui::Frame::new()
                .fill(theme::note_fill(ui.visuals()))
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for message in &self.messages {
                        ui.label(message);
                    }
                    if ui.button(tr!(tr, "dismiss")).clicked() {
                        actions.push(Action::DismissMessages);
                    }
                });
        }
    }

    fn close_guard(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &self.i18n();
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested())
            && self.pending() > 0
            && !self.confirm_close
        {
            self.retry_saving();
            if self.pending() > 0 {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.confirm_close = true;
            }
        }
        if !self.confirm_close {
            return;
        }
        egui::Modal::new(egui::Id::unique("confirm-close")).show(&ctx, |ui| {
            ui.set_max_width(460.0);
            ui.heading(tr!(tr, "answers-not-saved"));
            ui.label(tr!(tr, "answers-not-saved-detail", count = self.pending()));
            ui.horizontal(|ui| {
                if ui.button(tr!(tr, "try-saving-now")).clicked() {
                    actions.push(Action::RetrySaving);
                }
                if ui.button(tr!(tr, "keep-open")).clicked() {
                    actions.push(Action::CloseAnyway);
                }
                if ui.button(tr!(tr, "close-and-lose")).clicked() {
                    self.confirm_close = false;
                    if let Some(learner) = self.learner.as_mut() {
                        learner.write_problem = None;
                    }
                    self.learner = None;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
        });
    }
}

impl eframe::App for PuenteApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Ctrl +/- (egui's own shortcut) changed the zoom since we set it:
        // keep it in the profile.
        let zoom_now = ctx.zoom_factor();
        if !self.display_changed
            && self.learner.is_some()
            && self
                .applied_zoom
                .is_some_and(|z| (zoom_now - z).abs() > 0.01)
        {
            self.applied_zoom = Some(zoom_now);
            self.change_display(|d| d.zoom = zoom_now);
        }
        if std::mem::take(&mut self.display_changed) {
            let display = self
                .learner
                .as_ref()
                .map(|l| l.session.profile.display)
                .unwrap_or_default();
            theme::apply_display(ctx, &display);
            self.applied_zoom = Some(display.zoom.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM));
        }
        if std::mem::take(&mut self.open_data_folder) {
            ctx.open_url(egui::OpenUrl::new_tab(format!(
                "file://{}",
                self.data_dir.display()
            )));
        }
        self.poll_pack_task(ctx);
        self.poll_export_task(ctx);
        self.poll_workshop_task(ctx);
        if self.pending() > 0 {
            if self.last_retry.is_none_or(|t| t.elapsed() >= RETRY_EVERY) {
                self.retry_saving();
            }
            ctx.request_repaint_after(RETRY_EVERY);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.measure.frame(ui.ctx());
        let mut actions = Vec::new();
        egui::Panel::top("banners")
            .show_separator_line(false)
            .show(ui, |ui| {
                self.banners(ui, &mut actions);
            });
        let lang = self.language();
        let i18n = I18n::new(&lang);
        let empty = Progress::default();
        let progress = self.learner.as_ref().map_or(&empty, |l| &l.progress);
        let view = View {
            library: &self.library,
            progress,
            lang: &lang,
            tr: &i18n,
        };
        match &mut self.route {
            Route::Profiles(state) => profiles::profiles_ui(ui, &view, state, &mut actions),
            Route::Home(state) => {
                let name = self
                    .learner
                    .as_ref()
                    .map(|l| l.session.profile.name.as_str())
                    .unwrap_or_default();
                home::home_ui(
                    ui,
                    &view,
                    name,
                    self.pack_task.is_some(),
                    state,
                    &mut self.markdown,
                    &mut actions,
                );
            }
            Route::Module(state) => {
                player::player_ui(ui, &view, state, &mut self.markdown, &mut actions)
            }
            Route::Assess(state) => assessment::assess_ui(ui, &view, state, &mut actions),
            Route::Settings => {
                let display = self
                    .learner
                    .as_ref()
                    .map(|l| l.session.profile.display)
                    .unwrap_or_default();
                let group = self
                    .learner
                    .as_ref()
                    .map(|l| l.session.profile.group.as_str())
                    .unwrap_or_default();
                super::settings::settings_ui(
                    ui,
                    &view,
                    display,
                    group,
                    &self.data_dir,
                    &mut actions,
                );
            }
            Route::Results(run) => {
                let exporting = self.export_task.as_ref().map(|(what, _)| what.as_str());
                assessment::results_ui(ui, &view, *run, exporting, &mut actions);
            }
            Route::Summary { pack, module } => {
                summary::summary_ui(ui, &view, pack, module, &mut actions)
            }
            Route::Workshop => {
                let exporting = self.export_task.as_ref().map(|(what, _)| what.as_str());
                workshop::workshop_ui(ui, &view, &mut self.workshop, exporting, &mut actions);
            }
            Route::Presenter(state) => {
                workshop::presenter_ui(ui, &view, state, &self.workshop.dashboard, &mut actions)
            }
        }
        // Esc goes back to the home screen (the player handles its own, to
        // save a reflection first).
        if actions.is_empty()
            && matches!(
                self.route,
                Route::Summary { .. } | Route::Assess(_) | Route::Results(_) | Route::Settings
            )
            && !matches!(self.route, Route::Workshop)
            && !ui.ctx().egui_wants_keyboard_input()
            && ui.input(|i| i.key_pressed(egui::Key::Escape))
        {
            actions.push(Action::Home);
        }
        self.close_guard(ui, &mut actions);
        for action in actions {
            self.apply(action);
        }
        // Whatever a pack holds, only web addresses reach the browser: a
        // `file:`, `smb:` or `javascript:` link is never handed to the
        // system (the checker refuses such packs; this is the backstop).
        ui.ctx().output_mut(|o| {
            o.commands.retain(|c| match c {
                egui::OutputCommand::OpenUrl(open) => content::opens_in_browser(&open.url),
                _ => true,
            });
        });
    }
}
