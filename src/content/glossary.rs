//! The glossary as learners browse it: every term of the open packs A–Z in
//! one language, filtered with the search's matching (case and accents
//! folded, each word the start of a word), each term with its "see also"
//! terms and the modules whose lessons link it (`glossary:id`).
//!
//! Built with the search index, off the frame, once per language and set
//! of packs; the screen only filters and draws.

use std::collections::{BTreeMap, BTreeSet};

use super::load::Pack;
use super::model::Step;
use super::search::{fold, query_words, starts_a_word};

/// A lesson that links a term: where the glossary sends the learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaughtIn {
    pub module: String,
    /// The module's title, in the index's language.
    pub title: String,
    /// The first lesson of the module that links the term.
    pub step: String,
}

/// One term, in the index's language.
#[derive(Clone, Debug)]
pub struct Entry {
    pub pack: String,
    pub id: String,
    pub term: String,
    pub definition: String,
    /// The heading it is listed under: its first letter, case and accents
    /// folded ("Ñ" under N), `#` for a digit or a sign.
    pub letter: char,
    /// "See also": (term id, its name) in the same pack, as the author
    /// listed them; ids the pack does not define are left out.
    pub see_also: Vec<(String, String)>,
    pub taught_in: Vec<TaughtIn>,
    /// Name and definition, folded, for the filter.
    folded: String,
}

/// Every term of some packs in one language, A–Z.
#[derive(Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
}

impl Index {
    /// The terms of `packs` in `lang` (each text falling back to its pack's
    /// first language), sorted by their folded name.
    pub fn build<'p>(packs: impl IntoIterator<Item = &'p Pack>, lang: &str) -> Self {
        let mut entries = Vec::new();
        for pack in packs {
            let fallback = pack.fallback_language();
            let t = |text: &super::Text| text.get(lang, fallback).to_owned();
            let names: BTreeMap<&str, String> = pack
                .glossary
                .terms
                .iter()
                .map(|term| (term.id.as_str(), t(&term.term)))
                .collect();
            let mut taught: BTreeMap<&str, Vec<TaughtIn>> = BTreeMap::new();
            for module in &pack.modules {
                let mut seen = BTreeSet::new();
                for step in &module.steps {
                    let Step::Lesson(lesson) = step else {
                        continue;
                    };
                    for (_, body) in lesson.body.variants() {
                        for id in glossary_links(body) {
                            if names.contains_key(id) && seen.insert(id) {
                                taught.entry(id).or_default().push(TaughtIn {
                                    module: module.id.to_string(),
                                    title: t(&module.title),
                                    step: lesson.id.to_string(),
                                });
                            }
                        }
                    }
                }
            }
            for term in &pack.glossary.terms {
                let name = t(&term.term);
                let definition = t(&term.definition);
                let key = fold(&name);
                let letter = key
                    .chars()
                    .find(|c| c.is_alphanumeric())
                    .filter(|c| c.is_alphabetic())
                    .map_or('#', |c| c.to_uppercase().next().unwrap_or(c));
                entries.push(Entry {
                    pack: pack.info.id.to_string(),
                    id: term.id.to_string(),
                    letter,
                    see_also: term
                        .see_also
                        .iter()
                        .filter(|other| *other != &term.id)
                        .filter_map(|other| {
                            let name = names.get(other.as_str())?;
                            Some((other.to_string(), name.clone()))
                        })
                        .collect(),
                    taught_in: taught.remove(term.id.as_str()).unwrap_or_default(),
                    folded: format!("{key} {}", fold(&definition)),
                    term: name,
                    definition,
                });
            }
        }
        entries.sort_by_cached_key(|e| (e.letter, fold(&e.term), e.pack.clone(), e.id.clone()));
        Self { entries }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries (by position) whose name or definition holds every word
    /// of `query` at the start of a word; all of them for an empty query.
    pub fn filter(&self, query: &str) -> Vec<usize> {
        let words = query_words(query);
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| words.iter().all(|w| starts_a_word(&e.folded, w)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Where a term is, by pack and id.
    pub fn position(&self, pack: &str, id: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.pack == pack && e.id == id)
    }
}

/// The term ids a Markdown text links as `glossary:id`, in order (the
/// checker has made sure they are well formed).
pub fn glossary_links(markdown: &str) -> impl Iterator<Item = &str> {
    markdown.match_indices("glossary:").filter_map(|(at, _)| {
        let before = markdown[..at].chars().next_back();
        if !matches!(before, Some('(' | '<' | ' ')) {
            return None;
        }
        let rest = &markdown[at + "glossary:".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        (end > 0).then(|| &rest[..end])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Pack {
        super::super::load(&super::super::source::embedded())
            .pack
            .expect("the shipped pack")
    }

    #[test]
    fn links_are_found_in_markdown() {
        let md = "A [patent](glossary:patent), [PCT](glossary:pct \"t\") and \
                  [x]: glossary:prior-art\n[web](https://glossary:x) no glossary:novelty";
        let found: Vec<&str> = glossary_links(md).collect();
        assert_eq!(found, ["patent", "pct", "prior-art", "novelty"]);
        assert_eq!(glossary_links("(glossary:)").count(), 0);
    }

    #[test]
    fn the_shipped_glossary_is_a_to_z_with_links_and_lessons() {
        let pack = shipped();
        let es = Index::build([&pack], "es");
        assert_eq!(es.len(), pack.glossary.terms.len());
        let keys: Vec<(char, String)> = es
            .entries()
            .iter()
            .map(|e| (e.letter, fold(&e.term)))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "A–Z");
        // "Fecha de prioridad" lists the PCT among "see also", and is
        // taught in a module whose lesson links it.
        let at = es.position("puente-core", "priority-date").expect("there");
        let term = &es.entries()[at];
        assert_eq!(term.term, "Fecha de prioridad");
        assert_eq!(term.letter, 'F');
        assert!(
            term.see_also
                .iter()
                .any(|(id, name)| id == "pct" && name == "PCT")
        );
        assert!(!term.taught_in.is_empty());
        for taught in &term.taught_in {
            let module = pack.module(&taught.module).expect("a module");
            let step = module
                .steps
                .iter()
                .find(|s| s.id().as_str() == taught.step)
                .expect("a step");
            let Step::Lesson(lesson) = step else {
                panic!("a lesson")
            };
            assert!(
                lesson
                    .body
                    .get("es", "en")
                    .contains("glossary:priority-date")
            );
        }
    }

    #[test]
    fn the_filter_folds_case_and_accents_and_matches_word_starts() {
        let pack = shipped();
        let es = Index::build([&pack], "es");
        let all = es.filter("  ");
        assert_eq!(all.len(), es.len(), "an empty filter shows everything");
        let found = es.filter("REIVINDICACION");
        assert!(!found.is_empty());
        assert!(found.len() < es.len());
        for &i in &found {
            let e = &es.entries()[i];
            assert!(
                starts_a_word(
                    &fold(&format!("{} {}", e.term, e.definition)),
                    "reivindicacion"
                ),
                "{}",
                e.term
            );
        }
        assert!(es.filter("vindicacion").is_empty(), "not inside a word");
        assert!(es.filter("reivindicacion xyzzyq").is_empty(), "every word");
    }
}
