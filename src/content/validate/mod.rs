//! Every rule a pack must follow, checked at once on the parsed model.
//!
//! The validator only sees plain values and reports [`Finding`]s addressed by
//! a path inside a file (`steps[2].options[0].id`); the loader turns paths
//! into `file:line:col`. Messages speak the author's language and say what to
//! do about the problem.

mod cases;
mod checklist;
mod markdown;
mod pack;
mod scenario;
mod step;

use std::collections::{BTreeSet, HashMap, HashSet};

use super::dates;
use super::diagnostic::Severity;
use super::model::{
    Checklist, ChoiceOption, DateExercise, Glossary, Id, Matching, Module, Numeric, Ordering,
    PackInfo, Scenario, Section, Source, Step,
};
use super::text::Text;
use super::tree::{Path, Seg};
use crate::i18n::Msg;
use crate::msg;

use Seg::{Field as F, Index as I};

pub use markdown::{MAX_MARKDOWN_DEPTH, markdown_depth, opens_in_browser};

/// The parsed files of a pack, each tagged with the index of its file.
pub struct Draft<'a> {
    pub info: Option<(usize, &'a PackInfo)>,
    pub modules: Vec<(usize, &'a Module)>,
    pub checklists: Vec<(usize, &'a Checklist)>,
    pub glossary: Option<(usize, &'a Glossary)>,
    /// The day review dates are judged against; `None` is today.
    pub today: Option<jiff::civil::Date>,
    /// Ids of modules whose file could not be read (a syntax error, a
    /// misspelt field): references to them are not called "not in this
    /// pack", which would bury the real cause.
    pub unreadable_modules: Vec<String>,
    /// glossary.ron exists but could not be read: `glossary:` links are not
    /// checked.
    pub unreadable_glossary: bool,
}

/// A problem at a path inside one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub file: usize,
    pub path: Path,
    pub severity: Severity,
    pub message: Msg,
    /// Text to point at inside the located value (a link inside a lesson).
    pub needle: Option<String>,
    /// Another place the message refers to (the first use of a duplicate id).
    pub related: Option<(usize, Path)>,
}

/// Check a whole pack.
pub fn validate(draft: &Draft<'_>) -> Vec<Finding> {
    let langs: Vec<String> = draft
        .info
        .map(|(_, i)| i.languages.clone())
        .unwrap_or_default();
    let module_ids: HashSet<&str> = draft.modules.iter().map(|(_, m)| m.id.as_str()).collect();
    let term_ids: HashSet<&str> = draft
        .glossary
        .map(|(_, g)| g.terms.iter().map(|t| t.id.as_str()).collect())
        .unwrap_or_default();
    let mut c = Checker {
        langs: &langs,
        module_ids,
        unreadable_modules: draft
            .unreadable_modules
            .iter()
            .map(String::as_str)
            .collect(),
        unreadable_glossary: draft.unreadable_glossary,
        term_ids,
        source_ids: HashSet::new(),
        today: draft.today.unwrap_or_else(|| jiff::Zoned::now().date()),
        file: 0,
        out: Vec::new(),
        counts: HashMap::new(),
    };

    if let Some((file, info)) = draft.info {
        c.file = file;
        c.pack_info(info);
        let modules: Vec<&Module> = draft.modules.iter().map(|(_, m)| *m).collect();
        c.sections(&info.sections, &modules);
    }
    c.unique_across_files(
        draft.modules.iter().map(|(f, m)| (*f, &m.id)),
        "chk-kind-module",
    );
    c.unique_across_files(
        draft.checklists.iter().map(|(f, m)| (*f, &m.id)),
        "chk-kind-checklist",
    );
    for (file, module) in &draft.modules {
        c.file = *file;
        c.module(module);
    }
    c.prerequisite_cycles(&draft.modules);
    // Answer-key tells concern the whole pack: reported at pack.ron.
    if let Some((file, _)) = draft.info {
        c.file = file;
        let modules: Vec<&Module> = draft.modules.iter().map(|(_, m)| *m).collect();
        for message in super::tells::tells(&modules, &langs) {
            c.warn(Vec::new(), message);
        }
    }
    for (file, checklist) in &draft.checklists {
        c.file = *file;
        c.checklist(checklist);
    }
    c.source_ids.clear();
    if let Some((file, glossary)) = draft.glossary {
        c.file = file;
        c.glossary(glossary);
    }
    c.finish()
}

/// How many findings of one rule (one message id) one file reports in
/// full; past that they are counted, and one more finding says how many
/// were left out. A pack generated with one mistake repeated half a
/// million times is reported in a screenful, in little time and memory.
pub const MAX_FINDINGS_PER_RULE: usize = 100;

/// How many findings of one rule in one file get a "did you mean" hint.
pub const MAX_HINTS_PER_RULE: usize = 10;

/// A module or checklist reviewed longer ago than this is reported as due
/// for review.
pub const REVIEW_MONTHS: u32 = 12;

/// A `consulted` date: a day (`2026-11-27`) or, when only the month is
/// known, a month (`2026-11`, taken as its first day).
fn parse_consulted(text: &str) -> Option<jiff::civil::Date> {
    text.parse().ok().or_else(|| {
        let (year, month) = text.split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        jiff::civil::Date::new(year.parse().ok()?, month.parse().ok()?, 1).ok()
    })
}

/// What [`Checker::level_items`] checks of one threshold level.
struct LevelItems<'c> {
    value: u32,
    items: &'c [Id],
    not_applicable: &'c [Id],
}

struct Checker<'a> {
    langs: &'a [String],
    module_ids: HashSet<&'a str>,
    /// Modules whose file could not be read ([`Draft::unreadable_modules`]).
    unreadable_modules: HashSet<&'a str>,
    unreadable_glossary: bool,
    term_ids: HashSet<&'a str>,
    /// The sources of the module or checklist being checked, which its
    /// `source:` links may cite.
    source_ids: HashSet<&'a str>,
    /// Review dates are judged against this day.
    today: jiff::civil::Date,
    file: usize,
    out: Vec<Finding>,
    /// Findings per (file, message id), kept or not.
    counts: HashMap<(usize, &'static str), usize>,
}

fn at(base: &[Seg], more: impl IntoIterator<Item = Seg>) -> Path {
    base.iter().cloned().chain(more).collect()
}

/// `s` as an id: lowercase ASCII letters and digits, every other run of
/// characters one `-` ("Novelty & prior art" → `novelty-prior-art`). The
/// result may still be empty or too long: check it with [`is_valid_id`].
pub fn slugify(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether `s` is a stable id: lowercase ASCII letters and digits, joined by
/// single `-`, `_` or `.`, at most 64 characters.
pub fn is_valid_id(s: &str) -> bool {
    let bytes = s.as_bytes();
    let word = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    !bytes.is_empty()
        && bytes.len() <= 64
        && word(bytes[0])
        && word(bytes[bytes.len() - 1])
        && bytes.iter().all(|&b| word(b) || b"-_.".contains(&b))
        && !bytes.windows(2).any(|w| !word(w[0]) && !word(w[1]))
}

fn is_valid_language(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl<'a> Checker<'a> {
    /// Whether `id` names no module of the pack, not even one whose file
    /// could not be read.
    fn unknown_module(&self, id: &str) -> bool {
        !self.module_ids.contains(id) && !self.unreadable_modules.contains(id)
    }

    /// Whether `id` has already been reported in full in this file, so a
    /// costly message (one with a "did you mean") need not be built.
    /// Whether findings of rule `id` in this file have had their share of
    /// "did you mean" hints ([`MAX_HINTS_PER_RULE`]): a hint compares the
    /// wrong id with every known one, so past the first few the same
    /// mistake repeated is reported without one.
    fn saturated(&self, id: &'static str) -> bool {
        self.counts
            .get(&(self.file, id))
            .is_some_and(|&n| n >= MAX_HINTS_PER_RULE)
    }

    /// Keep `finding`, or only count it once its rule is saturated.
    fn emit(&mut self, finding: Finding) {
        let n = self
            .counts
            .entry((finding.file, finding.message.id()))
            .or_insert(0);
        *n += 1;
        if *n <= MAX_FINDINGS_PER_RULE {
            self.out.push(finding);
        }
    }

    /// The findings, with one "and N more" per saturated rule, placed at
    /// the last finding of that rule that was kept.
    fn finish(mut self) -> Vec<Finding> {
        let mut more: Vec<((usize, &'static str), usize)> = self
            .counts
            .iter()
            .filter(|(_, n)| **n > MAX_FINDINGS_PER_RULE)
            .map(|(k, n)| (*k, n - MAX_FINDINGS_PER_RULE))
            .collect();
        more.sort();
        for ((file, id), n) in more {
            let Some(last) = self
                .out
                .iter()
                .rev()
                .find(|f| f.file == file && f.message.id() == id)
            else {
                continue;
            };
            let finding = Finding {
                message: msg!("chk-and-more", n = n, message = last.message.clone()),
                ..last.clone()
            };
            self.out.push(finding);
        }
        self.out
    }

    fn push(&mut self, severity: Severity, path: Path, message: Msg) {
        self.emit(Finding {
            file: self.file,
            path,
            severity,
            message,
            needle: None,
            related: None,
        });
    }

    fn error(&mut self, path: Path, message: Msg) {
        self.push(Severity::Error, path, message);
    }

    fn warn(&mut self, path: Path, message: Msg) {
        self.push(Severity::Warning, path, message);
    }

    /// `what` is a `chk-kind-` message: the kind of thing the id names.
    fn id(&mut self, path: Path, id: &Id, what: &'static str) {
        if !is_valid_id(id.as_str()) {
            let suggestion = slugify(id.as_str());
            let hint =
                is_valid_id(&suggestion).then(|| msg!("chk-bad-id-hint", suggestion = suggestion));
            self.error(
                path,
                msg!("chk-bad-id", what = Msg::new(what), id = id, hint = hint),
            );
        }
    }

    /// Ids that must be unique in one scope (steps of a module, options of
    /// an exercise, …): every repeat is an error pointing at the first use.
    fn unique<'i>(
        &mut self,
        items: impl IntoIterator<Item = (Path, &'i Id)>,
        what: &'static str,
        scope: &'static str,
    ) {
        let mut seen: HashMap<&str, Path> = HashMap::new();
        for (path, id) in items {
            self.id(path.clone(), id, what);
            if let Some(first) = seen.get(id.as_str()) {
                let related = Some((self.file, first.clone()));
                self.emit(Finding {
                    file: self.file,
                    path,
                    severity: Severity::Error,
                    message: msg!(
                        "chk-duplicate-id",
                        what = Msg::new(what),
                        id = id,
                        scope = Msg::new(scope)
                    ),
                    needle: None,
                    related,
                });
            } else {
                seen.insert(id.as_str(), path);
            }
        }
    }

    fn unique_across_files<'i>(
        &mut self,
        items: impl IntoIterator<Item = (usize, &'i Id)>,
        what: &'static str,
    ) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (file, id) in items {
            if let Some(&first) = seen.get(id.as_str()) {
                self.emit(Finding {
                    file,
                    path: vec![F("id")],
                    severity: Severity::Error,
                    message: msg!("chk-duplicate-file-id", what = Msg::new(what), id = id),
                    needle: None,
                    related: Some((first, vec![F("id")])),
                });
            } else {
                seen.insert(id.as_str(), file);
            }
        }
    }

    /// `what` is a `chk-field-` message: which text this is.
    fn text(&mut self, path: Path, text: &Text, what: &'static str) {
        match text {
            Text::Plain(s) => {
                if s.trim().is_empty() {
                    self.error(path.clone(), msg!("chk-text-empty", what = Msg::new(what)));
                }
                self.links(path, s);
            }
            Text::Localized(map) => {
                if map.is_empty() {
                    self.error(path, msg!("chk-text-no-language", what = Msg::new(what)));
                    return;
                }
                for (lang, s) in map {
                    let here = at(&path, [Seg::Key(lang.clone())]);
                    if s.trim().is_empty() {
                        self.error(
                            here.clone(),
                            msg!("chk-text-empty-in", what = Msg::new(what), lang = lang),
                        );
                    }
                    if !self.langs.is_empty() && !self.langs.contains(lang) {
                        self.warn(
                            here.clone(),
                            msg!(
                                "chk-text-foreign-language",
                                lang = lang,
                                languages = self.langs.join(", ")
                            ),
                        );
                    }
                    self.links(here, s);
                }
                let missing: Vec<&str> = self
                    .langs
                    .iter()
                    .filter(|l| !map.contains_key(*l))
                    .map(String::as_str)
                    .collect();
                if !missing.is_empty() {
                    let list = missing
                        .iter()
                        .map(|l| format!("\"{l}\""))
                        .collect::<Vec<_>>()
                        .join(", ");
                    self.warn(
                        path,
                        msg!(
                            "chk-text-missing-translation",
                            what = Msg::new(what),
                            missing = list,
                            fallback = self.langs.first().map_or("", String::as_str)
                        ),
                    );
                }
            }
        }
    }

    fn opt_text(&mut self, path: Path, text: Option<&Text>, what: &'static str) {
        if let Some(text) = text {
            self.text(path, text, what);
        }
    }
}

/// The message for an id that names no item of `c`, if it names none.
fn item_unknown(c: &Checklist, id: &Id, what: &'static str) -> Option<Msg> {
    let known = || {
        c.dimensions
            .iter()
            .flat_map(|d| d.items.iter().map(|i| i.id.as_str()))
    };
    (!known().any(|k| k == id.as_str())).then(|| {
        msg!(
            "chk-item-unknown",
            what = Msg::new(what),
            id = id,
            hint = suggest(id.as_str(), known())
        )
    })
}

/// Ids as `"a", "b"`, or `–` for none.
/// A number as an author would write it, in scientific notation when a
/// plain one would run to dozens of digits (1e308, 1e-300).
fn short_number(x: f64) -> String {
    if x != 0.0 && !(1e-4..1e7).contains(&x.abs()) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        return "–".to_owned();
    }
    ids.iter()
        .map(|id| format!("\"{id}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "; did you mean \"x\"?" when a known id is close to a misspelt one.
fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<Msg> {
    let mut best: Option<(usize, &str)> = None;
    let counts = char_counts(wrong);
    for candidate in known {
        // The distance is at least the difference in length, and at least
        // half the difference in letters used: most candidates are ruled
        // out in one pass over them, without computing it.
        let limit = 2.max(candidate.len() / 4);
        if wrong.len().abs_diff(candidate.len()) > limit
            || wrong.len() > 256
            || counts_apart(&counts, candidate, 2 * limit)
        {
            continue;
        }
        let Some(d) = edit_distance_within(wrong, candidate, limit) else {
            continue;
        };
        if d <= 2.max(candidate.len() / 4) && best.is_none_or(|(bd, bc)| (d, candidate) < (bd, bc))
        {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| msg!("chk-did-you-mean", id = c))
}

/// How many times each character of `text` occurs, in 64 buckets (by the
/// character's code): two texts whose counts differ by `d` in all are at
/// least `d / 2` edits apart (an edit changes at most two counts by one),
/// and sharing buckets only makes `d` smaller, so the bound holds.
fn char_counts(text: &str) -> [i32; 64] {
    let mut counts = [0; 64];
    for c in text.chars() {
        counts[c as usize % 64] += 1;
    }
    counts
}

/// Whether the character counts of `candidate` differ from `counts` by
/// more than `max` in all.
fn counts_apart(counts: &[i32; 64], candidate: &str, max: usize) -> bool {
    let mut diff = *counts;
    for c in candidate.chars() {
        diff[c as usize % 64] -= 1;
    }
    diff.iter()
        .map(|d| d.unsigned_abs() as usize)
        .sum::<usize>()
        > max
}

/// The edit distance of `a` and `b` if it is at most `k`: only the band of
/// cells within `k` of the diagonal is computed, and the search stops as
/// soon as a whole row exceeds `k` — O(len·k) instead of O(len²).
pub(crate) fn edit_distance_within(a: &str, b: &str, k: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > k {
        return None;
    }
    let far = k + 1;
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(far)).collect();
    let mut cur = vec![far; b.len() + 1];
    for i in 1..=a.len() {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(b.len());
        cur.fill(far);
        cur[0] = i.min(far);
        let mut best = cur[0];
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let v = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            cur[j] = v.min(far);
            best = best.min(cur[j]);
        }
        if best > k {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= k).then_some(d)
}

pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banded_distance_agrees_with_the_full_one_within_its_bound() {
        let words = [
            "",
            "a",
            "patent",
            "patents",
            "patnet",
            "prior-art",
            "priority-date",
            "pct-deadlines",
            "pct-deadline",
            "trade-secret",
            "invención",
            "invencion",
            "patenteável",
        ];
        for a in words {
            for b in words {
                let full = edit_distance(a, b);
                for k in 0..6 {
                    let banded = edit_distance_within(a, b, k);
                    assert_eq!(banded, (full <= k).then_some(full), "{a:?} {b:?} k={k}");
                    // The count bound never rules out an id within reach.
                    if full <= k {
                        assert!(!counts_apart(&char_counts(a), b, 2 * k), "{a:?} {b:?}");
                    }
                }
            }
        }
        let mut rng = fastrand::Rng::with_seed(16);
        for _ in 0..20_000 {
            let word = |rng: &mut fastrand::Rng| -> String {
                (0..rng.usize(0..12))
                    .map(|_| ['a', 'b', 'c', 'ñ', '-', 'é', '\u{40}', 'A'][rng.usize(0..8)])
                    .collect()
            };
            let (a, b) = (word(&mut rng), word(&mut rng));
            let full = edit_distance(&a, &b);
            assert!(!counts_apart(&char_counts(&a), &b, 2 * full), "{a:?} {b:?}");
        }
    }
}
