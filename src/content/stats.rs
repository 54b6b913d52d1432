//! Counts over loaded packs, as `puente check --json` reports them.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::diagnostic::{Diagnostic, count};
use super::load::Pack;
use super::model::{ExerciseKind, Step};

/// The JSON object `puente check --json` prints.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub errors: usize,
    pub warnings: usize,
    pub packs: usize,
    pub modules: usize,
    pub lessons: usize,
    pub exercises: usize,
    /// Kind name (`single_choice`, …) to count; every kind is listed.
    pub exercise_kinds: BTreeMap<&'static str, usize>,
    pub checklists: usize,
    pub glossary_terms: usize,
    /// The languages the packs declare, in the order first met.
    pub languages: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn new<'a>(
        packs: impl IntoIterator<Item = &'a Pack>,
        diagnostics: Vec<Diagnostic>,
    ) -> Self {
        let (errors, warnings) = count(&diagnostics);
        let mut report = Self {
            errors,
            warnings,
            packs: 0,
            modules: 0,
            lessons: 0,
            exercises: 0,
            exercise_kinds: ExerciseKind::ALL.iter().map(|k| (k.name(), 0)).collect(),
            checklists: 0,
            glossary_terms: 0,
            languages: Vec::new(),
            diagnostics,
        };
        let mut seen = BTreeSet::new();
        for pack in packs {
            report.packs += 1;
            report.modules += pack.modules.len();
            report.checklists += pack.checklists.len();
            report.glossary_terms += pack.glossary.terms.len();
            for lang in &pack.info.languages {
                if seen.insert(lang.clone()) {
                    report.languages.push(lang.clone());
                }
            }
            for step in pack.modules.iter().flat_map(|m| &m.steps) {
                match step.kind() {
                    None => report.lessons += 1,
                    Some(kind) => {
                        report.exercises += 1;
                        *report.exercise_kinds.entry(kind.name()).or_default() += 1;
                    }
                }
                debug_assert!(matches!(step, Step::Lesson(_)) == step.kind().is_none());
            }
        }
        report
    }
}
