//! `PuenteApp`: owns the loaded content and the screen state, draws the
//! current screen, then applies what the user asked for.

use crate::content::{Diagnostic, Loaded, Pack};

use super::home;

/// Something the user asked for, applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Show content in this language.
    SetLanguage(String),
}

/// The packs that loaded and every problem met loading them.
pub struct Library {
    pub packs: Vec<Pack>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Library {
    pub fn new(loaded: Vec<Loaded>) -> Self {
        let mut packs = Vec::new();
        let mut diagnostics = Vec::new();
        for l in loaded {
            diagnostics.extend(l.diagnostics);
            packs.extend(l.pack);
        }
        Self { packs, diagnostics }
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

pub struct PuenteApp {
    pub library: Library,
    /// The language content is shown in.
    pub language: String,
}

impl PuenteApp {
    pub fn new(loaded: Vec<Loaded>) -> Self {
        let library = Library::new(loaded);
        let language = library
            .languages()
            .into_iter()
            .next()
            .unwrap_or_else(|| "en".to_owned());
        Self { library, language }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::SetLanguage(lang) => self.language = lang,
        }
    }
}

impl eframe::App for PuenteApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let actions = home::home_ui(ui, &self.library, &self.language);
        for action in actions {
            self.apply(action);
        }
    }
}
