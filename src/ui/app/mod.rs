//! `PuenteApp`: owns the content, the learner's session and the current
//! screen; draws the screen, then applies the actions it returned.
//!
//! Split the way rerun splits its `App`: the struct and what the rest
//! reads here; drawing and the `eframe::App` impl in [`ui`](self::ui); one
//! function per [`Action`] in [`apply`](self::apply) and the files beside
//! it, grouped by what they act on.
//!
//! Every answer becomes an event that is applied to the in-memory progress
//! and appended (fsynced) to the journal before the next frame. When the
//! data folder cannot be written, events stay pending, a banner says so,
//! and saving is retried every few seconds.

mod apply;
mod assessment;
mod export;
mod module;
pub mod packs;
mod profile;
mod review;
mod search;
mod settings;
mod ui;
pub mod watch;
mod workshop;

pub use export::SaveResult;
pub use workshop::CohortRead;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use uuid::Uuid;

use crate::content::{Library, Loaded};
use crate::i18n::{I18n, Msg, system_language};
use crate::msg;
use crate::progress::store::{DataDirKind, Notice, Store, WriteProblem};
use crate::progress::{EventBody, ProfileSession, Progress};

use super::assessment::AssessState;
use super::dashboard::Workshop;
use super::home::HomeState;
use super::markdown::Markdown;
use super::player::PlayerState;
use super::presenter::PresenterState;
use super::profiles::ProfilesState;
use super::tasks::BackgroundTasks;
use super::theme;
use super::view::Action;

/// The open profile.
pub struct Learner {
    pub session: ProfileSession,
    pub progress: Progress,
    /// Why the last write failed, while events are pending.
    pub write_problem: Option<(WriteProblem, Msg)>,
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
    Search(super::search::SearchState),
    Review(Box<super::review::ReviewState>),
    Glossary(super::glossary::GlossaryState),
}

impl Route {
    /// What makes this screen a new page: a step, a dimension, an exercise
    /// shown to the room. Widgets keyed under it (scroll positions above
    /// all) start afresh on each new page, which therefore opens at its top.
    pub fn page_key(&self) -> egui::Id {
        let id = egui::Id::unique("page");
        match self {
            Route::Profiles(_) => id.with("profiles"),
            Route::Home(_) => id.with("home"),
            Route::Module(s) => id.with(("module", &s.pack, &s.module, s.step)),
            Route::Summary { pack, module } => id.with(("summary", pack, module)),
            Route::Assess(s) => id.with(("assess", s.run, s.dimension)),
            Route::Results(run) => id.with(("results", run)),
            Route::Settings => id.with("settings"),
            Route::Workshop => id.with("workshop"),
            Route::Presenter(s) => id.with(("presenter", &s.pack, &s.at)),
            Route::Search(_) => id.with("search"),
            Route::Glossary(_) => id.with("glossary"),
            // Each card of a session is a page of its own.
            Route::Review(s) => id.with(("review", s.session.as_ref().map(|s| s.at))),
        }
    }
}

pub struct PuenteApp {
    pub library: Library,
    pub store: Option<Store>,
    pub data_dir: PathBuf,
    pub data_kind: DataDirKind,
    /// Whether the data folder is marked as shared by several laptops:
    /// read when it is opened, changed in Settings.
    pub shared: bool,
    pub learner: Option<Learner>,
    pub route: Route,
    pub markdown: Markdown,
    /// Things the user must be told (damaged files repaired, packs opened),
    /// rendered in the learner's language where they are shown.
    pub messages: Vec<Msg>,
    /// Work off the frame: a pack being opened, an import or a cohort
    /// read, a file being saved.
    pub tasks: Tasks,
    last_retry: Option<Instant>,
    confirm_close: bool,
    measure: super::measure::Measure,
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
    /// Whether a system save dialog can be shown (looked at once, at the
    /// start); without one files go to [`Self::fallback_dir`].
    pub dialog_available: bool,
    /// Show the content's problems on the home screen: for authors
    /// (`--author`, a pack given with `--pack` or opened from a folder),
    /// not on every learner's home.
    pub author: bool,
    /// Where files are saved when no dialog can ask: Documents, else the
    /// data folder's `exports/`.
    pub fallback_dir: PathBuf,
    /// The file saved last, told in a banner at the bottom of the window
    /// (so the page does not move under the pointer), with its folder.
    pub saved: Option<export::Saved>,
    /// The language chosen with no profile open (on the profile screen, or
    /// by a facilitator in the dashboard), kept when that screen is left.
    pub language_without_profile: Option<String>,
    /// The search index and the glossary of the open packs, with the
    /// language and packs they were built for (built off the frame).
    finder: Option<search::Finder>,
    /// The learner's review queue, rebuilt when their events, their
    /// target retention or the open packs change.
    review: review::ReviewCache,
    /// Where the open packs came from, and which are installed.
    pub packs: packs::PackPlaces,
    /// Packs reloaded when their files change (`--watch`).
    pub watching: watch::Watching,
}

/// The work the window runs off the frame: a pack loaded (`None` when the
/// dialog was closed), the cohort read after an import, a file saved, the
/// search index and glossary built.
pub type Tasks = BackgroundTasks<Option<packs::PackWork>, CohortRead, SaveResult, search::Finder>;

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
        // A pack that cannot be opened is said, not silently left out.
        let mut library = Library::default();
        let mut refused = Vec::new();
        for one in loaded {
            let added = library.add(one);
            if !added.opened() {
                refused.push(added.msg(system_language()));
            }
        }
        super::a11y::install(ctx);
        let mut app = Self {
            library,
            store: None,
            data_dir: data_dir.clone(),
            data_kind,
            shared: false,
            learner: None,
            route: Route::Profiles(ProfilesState::default()),
            markdown: Markdown::default(),
            messages: refused,
            tasks: Tasks::default(),
            last_retry: None,
            confirm_close: false,
            measure: super::measure::Measure::from_env(),
            display_changed: true,
            open_data_folder: false,
            applied_zoom: None,
            workshop: Workshop::default(),
            save_dir: None,
            author: false,
            dialog_available: crate::places::dialog_available(),
            fallback_dir: crate::places::fallback_dir(&data_dir),
            saved: None,
            language_without_profile: None,
            finder: None,
            review: review::ReviewCache::default(),
            packs: packs::PackPlaces::default(),
            watching: watch::Watching::default(),
        };
        match Store::open(&data_dir) {
            Ok((store, notices)) => {
                app.shared = store.shared();
                app.tell(&notices);
                if let Some(base) = store.xapi_base() {
                    app.workshop.xapi_base = base;
                }
                let (profiles, notices) = store.profiles();
                app.tell(&notices);
                // Learners imported for a workshop are not logins here.
                let (imported, profiles): (Vec<_>, Vec<_>) =
                    profiles.into_iter().partition(|p| store.is_imported(p.id));
                // One learner on this computer: open their profile. Several:
                // let them choose, the last one first.
                let only = match profiles.as_slice() {
                    [one] => Some(one.id),
                    _ => None,
                };
                app.route = Route::Profiles(ProfilesState {
                    last: store.last_profile(),
                    profiles,
                    imported: imported.len(),
                    ..ProfilesState::default()
                });
                app.store = Some(store);
                if let Some(id) = only {
                    app.apply(Action::OpenProfile(id));
                }
            }
            Err(e) => {
                app.messages
                    .push(msg!("data-folder-unusable", error = e.msg()));
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
        self.language_without_profile = Some(code.to_owned());
        self
    }

    fn tell(&mut self, notices: &[Notice]) {
        self.messages.extend(notices.iter().map(Notice::msg));
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
        if let Some(lang) = &self.language_without_profile {
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
        let event = learner
            .session
            .event(pack, &pack_version, body, jiff::Timestamp::now());
        learner.progress.apply(&event);
        match learner.session.record(event) {
            Ok(()) => learner.write_problem = None,
            Err(e) => {
                learner.write_problem = Some((e.problem(), e.msg()));
                self.last_retry = Some(Instant::now());
            }
        }
    }

    fn retry_saving(&mut self) {
        self.last_retry = Some(Instant::now());
        let Some(learner) = self.learner.as_mut() else {
            return;
        };
        match learner.session.flush() {
            Ok(()) => learner.write_problem = None,
            Err(e) => learner.write_problem = Some((e.problem(), e.msg())),
        }
    }

    /// Write what waits, when it is due: visits within a second of the
    /// first of them; after a failed write, a retry every few seconds.
    fn save_in_time(&mut self, ctx: &egui::Context) {
        let Some(learner) = &self.learner else {
            return;
        };
        if learner.write_problem.is_some() {
            if self.last_retry.is_none_or(|t| t.elapsed() >= RETRY_EVERY) {
                self.retry_saving();
            }
            ctx.request_repaint_after(RETRY_EVERY);
        } else if let Some(due_in) = learner.session.flush_due_in() {
            if due_in.is_zero() {
                self.retry_saving();
            } else {
                ctx.request_repaint_after(due_in);
            }
        }
    }

    /// Events recorded but not yet on disk.
    fn pending(&self) -> usize {
        self.learner.as_ref().map_or(0, |l| l.session.pending())
    }

    /// Which work runs off the frame right now, if any: `pack` (a pack
    /// being chosen or opened), `workshop` (an import or a cohort read) or
    /// `export` (a file being saved). The window's own polling picks the
    /// result up on a later frame.
    pub fn background_work(&self) -> Option<&'static str> {
        self.tasks.running()
    }
}
