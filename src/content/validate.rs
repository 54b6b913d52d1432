//! Every rule a pack must follow, checked at once on the parsed model.
//!
//! The validator only sees plain values and reports [`Finding`]s addressed by
//! a path inside a file (`steps[2].options[0].id`); the loader turns paths
//! into `file:line:col`. Messages speak the author's language and say what to
//! do about the problem.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::dates;
use super::diagnostic::Severity;
use super::model::{
    Checklist, ChoiceOption, DateExercise, Glossary, Id, Matching, Module, Numeric, Ordering,
    PackInfo, Scenario, Source, Step,
};
use super::text::Text;
use super::tree::{Path, Seg};
use crate::i18n::Msg;
use crate::msg;

use Seg::{Field as F, Index as I};

/// The parsed files of a pack, each tagged with the index of its file.
pub struct Draft<'a> {
    pub info: Option<(usize, &'a PackInfo)>,
    pub modules: Vec<(usize, &'a Module)>,
    pub checklists: Vec<(usize, &'a Checklist)>,
    pub glossary: Option<(usize, &'a Glossary)>,
    /// The day review dates are judged against; `None` is today.
    pub today: Option<jiff::civil::Date>,
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
    /// Whether `id` has already been reported in full in this file, so a
    /// costly message (one with a "did you mean") need not be built.
    fn saturated(&self, id: &'static str) -> bool {
        self.counts
            .get(&(self.file, id))
            .is_some_and(|&n| n >= MAX_FINDINGS_PER_RULE)
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

    /// Glossary, module and web links inside Markdown, and how deep its
    /// lists and quotes nest.
    fn links(&mut self, path: Path, markdown: &str) {
        let depth = markdown_depth(markdown);
        if depth > MAX_MARKDOWN_DEPTH {
            self.error(
                path.clone(),
                msg!(
                    "chk-markdown-too-deep",
                    depth = depth,
                    max = MAX_MARKDOWN_DEPTH
                ),
            );
        }
        if !markdown.contains("](") && !markdown.contains("]:") && !markdown.contains('<') {
            return;
        }
        use pulldown_cmark::{Event, Parser, Tag};
        for event in Parser::new(markdown) {
            let Event::Start(Tag::Link { dest_url, .. }) = event else {
                continue;
            };
            let target = dest_url.as_ref();
            let (scheme, rest) = target.split_once(':').unwrap_or(("", target));
            let scheme = scheme.to_ascii_lowercase();
            let problem = match scheme.as_str() {
                "glossary" if !self.term_ids.contains(rest) => Some((
                    Severity::Error,
                    msg!(
                        "chk-link-glossary",
                        id = rest,
                        hint = if self.saturated("chk-link-glossary") {
                            None
                        } else {
                            suggest(rest, self.term_ids.iter().copied())
                        }
                    ),
                )),
                "module" if !self.module_ids.contains(rest) => Some((
                    Severity::Error,
                    msg!(
                        "chk-link-module",
                        id = rest,
                        hint = if self.saturated("chk-link-module") {
                            None
                        } else {
                            suggest(rest, self.module_ids.iter().copied())
                        }
                    ),
                )),
                "source" if !self.source_ids.contains(rest) => Some((
                    Severity::Error,
                    msg!(
                        "chk-link-source",
                        id = rest,
                        hint = if self.saturated("chk-link-source") {
                            None
                        } else {
                            suggest(rest, self.source_ids.iter().copied())
                        }
                    ),
                )),
                "glossary" | "module" | "source" => None,
                _ if opens_in_browser(target) => None,
                "http" | "https" => Some((
                    Severity::Error,
                    msg!("chk-link-web-malformed", target = target),
                )),
                "" => Some((Severity::Error, msg!("chk-link-file", target = target))),
                other => Some((Severity::Error, msg!("chk-link-unknown", scheme = other))),
            };
            if let Some((severity, message)) = problem {
                self.emit(Finding {
                    file: self.file,
                    path: path.clone(),
                    severity,
                    message,
                    needle: Some(target.to_owned()),
                    related: None,
                });
            }
        }
    }

    /// A module's or checklist's review date and sources; its `source:`
    /// links are checked against these from here on.
    fn sources(&mut self, reviewed: Option<&str>, sources: &'a [Source]) {
        match reviewed {
            None => self.warn(Vec::new(), msg!("chk-review-missing")),
            Some(text) => self.review_date(vec![F("reviewed")], text),
        }
        if sources.is_empty() {
            self.warn(Vec::new(), msg!("chk-sources-missing"));
        }
        self.unique(
            sources
                .iter()
                .enumerate()
                .map(|(i, s)| (vec![F("sources"), I(i), F("id")], &s.id)),
            "chk-kind-source",
            "chk-scope-sources",
        );
        for (i, source) in sources.iter().enumerate() {
            let path = vec![F("sources"), I(i)];
            for (field, value) in [("title", &source.title), ("issuer", &source.issuer)] {
                if value.trim().is_empty() {
                    self.error(
                        at(&path, [F(field)]),
                        msg!("chk-source-field-empty", field = field),
                    );
                }
            }
            let citation = source.citation.as_deref().map(str::trim);
            match source.url.as_deref() {
                Some(url) if !opens_in_browser(url) => {
                    self.error(at(&path, [F("url")]), msg!("chk-source-url", url = url))
                }
                None if citation.is_none_or(str::is_empty) => {
                    self.error(path.clone(), msg!("chk-source-unlocated"));
                }
                _ => {}
            }
            let consulted = source.consulted.trim();
            match parse_consulted(consulted) {
                None => self.error(
                    at(&path, [F("consulted")]),
                    msg!("chk-source-consulted", value = consulted),
                ),
                Some(day) if day > self.today => self.warn(
                    at(&path, [F("consulted")]),
                    msg!("chk-date-future", date = consulted),
                ),
                Some(_) => {}
            }
        }
        self.source_ids = sources.iter().map(|s| s.id.as_str()).collect();
    }

    /// `reviewed`: a real day, not in the future, at most 12 months old.
    fn review_date(&mut self, path: Path, text: &str) {
        let Ok(day) = text.trim().parse::<jiff::civil::Date>() else {
            self.error(path, msg!("chk-review-date", value = text));
            return;
        };
        if day > self.today {
            self.warn(path, msg!("chk-date-future", date = text));
        } else if day
            .checked_add(jiff::Span::new().months(i64::from(REVIEW_MONTHS)))
            .is_ok_and(|due| due < self.today)
        {
            self.warn(
                path,
                msg!("chk-review-stale", date = text, months = REVIEW_MONTHS),
            );
        }
    }

    fn pack_info(&mut self, info: &PackInfo) {
        self.id(vec![F("id")], &info.id, "chk-kind-pack");
        if let Some(reviewed) = &info.reviewed {
            self.review_date(vec![F("reviewed")], reviewed);
        }
        if info.version.trim().is_empty() {
            self.error(vec![F("version")], msg!("chk-version-empty"));
        }
        self.text(vec![F("title")], &info.title, "chk-field-pack-title");
        self.opt_text(
            vec![F("description")],
            info.description.as_ref(),
            "chk-field-pack-description",
        );
        if info.languages.is_empty() {
            self.error(vec![F("languages")], msg!("chk-no-languages"));
        }
        let mut seen = HashSet::new();
        for (i, lang) in info.languages.iter().enumerate() {
            if !is_valid_language(lang) {
                self.error(
                    vec![F("languages"), I(i)],
                    msg!("chk-bad-language", lang = lang),
                );
            }
            if !seen.insert(lang) {
                self.error(
                    vec![F("languages"), I(i)],
                    msg!("chk-language-twice", lang = lang),
                );
            }
        }
        if info.authors.iter().all(|a| a.trim().is_empty()) {
            self.warn(vec![F("authors")], msg!("chk-no-authors"));
        }
        if info.licence.trim().is_empty() {
            self.error(vec![F("licence")], msg!("chk-licence-empty"));
        }
    }

    fn module(&mut self, m: &'a Module) {
        self.id(vec![F("id")], &m.id, "chk-kind-module");
        self.sources(m.reviewed.as_deref(), &m.sources);
        self.text(vec![F("title")], &m.title, "chk-field-title");
        self.text(vec![F("summary")], &m.summary, "chk-field-summary");
        if m.minutes == 0 {
            self.error(vec![F("minutes")], msg!("chk-minutes-zero"));
        } else if m.minutes > 120 {
            self.warn(
                vec![F("minutes")],
                msg!("chk-minutes-long", minutes = m.minutes),
            );
        }
        let mut seen = HashSet::new();
        for (i, pre) in m.prerequisites.iter().enumerate() {
            let path = vec![F("prerequisites"), I(i)];
            if !self.module_ids.contains(pre.as_str()) {
                self.error(
                    path.clone(),
                    msg!(
                        "chk-prerequisite-unknown",
                        id = pre,
                        hint = (!self.saturated("chk-prerequisite-unknown"))
                            .then(|| suggest(pre.as_str(), self.module_ids.iter().copied()))
                            .flatten()
                    ),
                );
            }
            if !seen.insert(pre.as_str()) {
                self.warn(path, msg!("chk-prerequisite-twice", id = pre));
            }
        }
        if m.objectives.is_empty() {
            self.warn(vec![F("objectives")], msg!("chk-no-objectives"));
        }
        for (i, objective) in m.objectives.iter().enumerate() {
            self.text(
                vec![F("objectives"), I(i)],
                objective,
                "chk-field-objective",
            );
        }
        if m.steps.is_empty() {
            self.error(vec![F("steps")], msg!("chk-no-steps"));
        }
        self.unique(
            m.steps
                .iter()
                .enumerate()
                .map(|(i, s)| (vec![F("steps"), I(i), F("id")], s.id())),
            "chk-kind-step",
            "chk-scope-module",
        );
        for (i, step) in m.steps.iter().enumerate() {
            self.step(&[F("steps"), I(i)], step);
        }
    }

    fn step(&mut self, base: &[Seg], step: &Step) {
        if let Some(prompt) = step.prompt() {
            self.text(at(base, [F("prompt")]), prompt, "chk-field-prompt");
        }
        if let Some(explanation) = step.explanation() {
            self.text(
                at(base, [F("explanation")]),
                explanation,
                "chk-field-explanation",
            );
        }
        match step {
            Step::Lesson(l) => {
                self.text(at(base, [F("title")]), &l.title, "chk-field-lesson-title");
                self.text(at(base, [F("body")]), &l.body, "chk-field-lesson-body");
            }
            Step::SingleChoice(e) => {
                let correct = self.options(base, &e.options);
                match correct {
                    0 => self.error(at(base, [F("options")]), msg!("chk-single-none-correct")),
                    1 => {}
                    n => self.error(
                        at(base, [F("options")]),
                        msg!("chk-single-many-correct", count = n),
                    ),
                }
            }
            Step::MultipleChoice(e) => {
                let correct = self.options(base, &e.options);
                if correct == 0 {
                    self.error(at(base, [F("options")]), msg!("chk-multiple-none-correct"));
                } else if correct == e.options.len() && e.options.len() > 1 {
                    self.warn(at(base, [F("options")]), msg!("chk-multiple-all-correct"));
                }
            }
            Step::TrueFalse(e) => {
                self.opt_text(
                    at(base, [F("feedback_true")]),
                    e.feedback_true.as_ref(),
                    "chk-field-feedback",
                );
                self.opt_text(
                    at(base, [F("feedback_false")]),
                    e.feedback_false.as_ref(),
                    "chk-field-feedback",
                );
            }
            Step::Ordering(e) => self.ordering(base, e),
            Step::Matching(e) => self.matching(base, e),
            Step::Numeric(e) => self.numeric(base, e),
            Step::Date(e) => self.date(base, e),
            Step::Scenario(e) => self.scenario(base, e),
            Step::Reflection(e) => {
                self.opt_text(
                    at(base, [F("model_answer")]),
                    e.model_answer.as_ref(),
                    "chk-field-model-answer",
                );
            }
        }
    }

    /// Checks the options of a choice exercise; returns how many are correct.
    fn options(&mut self, base: &[Seg], options: &[ChoiceOption]) -> usize {
        if options.len() < 2 {
            self.error(at(base, [F("options")]), msg!("chk-too-few-options"));
        }
        self.unique(
            options
                .iter()
                .enumerate()
                .map(|(i, o)| (at(base, [F("options"), I(i), F("id")]), &o.id)),
            "chk-kind-option",
            "chk-scope-exercise",
        );
        for (i, o) in options.iter().enumerate() {
            self.text(
                at(base, [F("options"), I(i), F("text")]),
                &o.text,
                "chk-field-option-text",
            );
            self.opt_text(
                at(base, [F("options"), I(i), F("feedback")]),
                o.feedback.as_ref(),
                "chk-field-feedback",
            );
        }
        self.repeated_texts(
            base,
            "options",
            "text",
            options.iter().map(|o| &o.text),
            "chk-kind-option",
        );
        options.iter().filter(|o| o.correct).count()
    }

    /// Two entries with the same text in the same language.
    fn repeated_texts<'t>(
        &mut self,
        base: &[Seg],
        list: &'static str,
        field: &'static str,
        texts: impl Iterator<Item = &'t Text>,
        what: &'static str,
    ) {
        let mut seen: HashMap<(Option<&str>, String), usize> = HashMap::new();
        for (i, text) in texts.enumerate() {
            for (lang, s) in text.variants() {
                let key = (lang, s.trim().to_lowercase());
                if key.1.is_empty() {
                    continue;
                }
                if let Some(&first) = seen.get(&key) {
                    self.error(
                        at(base, [F(list), I(i), F(field)]),
                        msg!(
                            "chk-repeated-text",
                            what = Msg::new(what),
                            first = first + 1,
                            text = s.trim()
                        ),
                    );
                    break;
                }
                seen.insert(key, i);
            }
        }
    }

    fn ordering(&mut self, base: &[Seg], e: &Ordering) {
        if e.items.len() < 2 {
            self.error(at(base, [F("items")]), msg!("chk-too-few-items"));
        }
        self.unique(
            e.items
                .iter()
                .enumerate()
                .map(|(i, o)| (at(base, [F("items"), I(i), F("id")]), &o.id)),
            "chk-kind-item",
            "chk-scope-exercise",
        );
        for (i, item) in e.items.iter().enumerate() {
            self.text(
                at(base, [F("items"), I(i), F("text")]),
                &item.text,
                "chk-field-item-text",
            );
            self.opt_text(
                at(base, [F("items"), I(i), F("feedback")]),
                item.feedback.as_ref(),
                "chk-field-feedback",
            );
        }
        self.repeated_texts(
            base,
            "items",
            "text",
            e.items.iter().map(|o| &o.text),
            "chk-kind-item",
        );
    }

    fn matching(&mut self, base: &[Seg], e: &Matching) {
        if e.pairs.len() < 2 {
            self.error(at(base, [F("pairs")]), msg!("chk-too-few-pairs"));
        }
        self.unique(
            e.pairs
                .iter()
                .enumerate()
                .map(|(i, p)| (at(base, [F("pairs"), I(i), F("id")]), &p.id)),
            "chk-kind-pair",
            "chk-scope-exercise",
        );
        for (i, pair) in e.pairs.iter().enumerate() {
            self.text(
                at(base, [F("pairs"), I(i), F("left")]),
                &pair.left,
                "chk-field-left",
            );
            self.text(
                at(base, [F("pairs"), I(i), F("right")]),
                &pair.right,
                "chk-field-right",
            );
            self.opt_text(
                at(base, [F("pairs"), I(i), F("feedback")]),
                pair.feedback.as_ref(),
                "chk-field-feedback",
            );
        }
        self.repeated_texts(
            base,
            "pairs",
            "left",
            e.pairs.iter().map(|p| &p.left),
            "chk-field-left",
        );
        self.repeated_texts(
            base,
            "pairs",
            "right",
            e.pairs.iter().map(|p| &p.right),
            "chk-field-right",
        );
    }

    fn numeric(&mut self, base: &[Seg], e: &Numeric) {
        if !e.answer.is_finite() {
            self.error(at(base, [F("answer")]), msg!("chk-answer-not-finite"));
        }
        if !e.tolerance.is_finite() || e.tolerance < 0.0 {
            self.error(
                at(base, [F("tolerance")]),
                msg!("chk-tolerance-negative", tolerance = e.tolerance),
            );
        }
        self.opt_text(at(base, [F("unit")]), e.unit.as_ref(), "chk-field-unit");
        for (i, mistake) in e.mistakes.iter().enumerate() {
            let path = at(base, [F("mistakes"), I(i)]);
            if !mistake.value.is_finite() {
                self.error(at(&path, [F("value")]), msg!("chk-value-not-finite"));
            } else if (mistake.value - e.answer).abs() <= e.tolerance.max(0.0) {
                self.error(
                    at(&path, [F("value")]),
                    msg!(
                        "chk-mistake-within-tolerance",
                        value = mistake.value,
                        answer = e.answer
                    ),
                );
            }
            self.text(
                at(&path, [F("feedback")]),
                &mistake.feedback,
                "chk-field-feedback",
            );
        }
    }

    fn date(&mut self, base: &[Seg], e: &DateExercise) {
        let start = match dates::parse_date(&e.start) {
            Ok(d) => Some(d),
            Err(message) => {
                self.error(at(base, [F("start")]), message);
                None
            }
        };
        let answer = if e.period.months == 0 && e.period.days == 0 {
            self.error(at(base, [F("period")]), msg!("chk-period-zero"));
            None
        } else {
            start.and_then(|s| match dates::deadline(s, e.period, e.skip_weekend) {
                Ok(d) => Some(d),
                Err(message) => {
                    self.error(at(base, [F("period")]), message);
                    None
                }
            })
        };
        for (i, mistake) in e.mistakes.iter().enumerate() {
            let path = at(base, [F("mistakes"), I(i)]);
            match dates::parse_date(&mistake.date) {
                Err(message) => self.error(at(&path, [F("date")]), message),
                Ok(d) if Some(d) == answer => self.error(
                    at(&path, [F("date")]),
                    msg!(
                        "chk-date-mistake-is-answer",
                        date = d.to_string(),
                        start = &e.start,
                        period = dates::describe(e.period)
                    ),
                ),
                Ok(_) => {}
            }
            self.text(
                at(&path, [F("feedback")]),
                &mistake.feedback,
                "chk-field-feedback",
            );
        }
    }

    fn scenario(&mut self, base: &[Seg], e: &Scenario) {
        if e.nodes.is_empty() {
            self.error(at(base, [F("nodes")]), msg!("chk-no-nodes"));
            return;
        }
        self.unique(
            e.nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (at(base, [F("nodes"), I(i), F("id")]), &n.id)),
            "chk-kind-node",
            "chk-scope-scenario",
        );
        let index: HashMap<&str, usize> = e
            .nodes
            .iter()
            .enumerate()
            .rev()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let node_ids = || e.nodes.iter().map(|n| n.id.as_str());
        let start = index.get(e.start.as_str()).copied();
        if start.is_none() {
            self.error(
                at(base, [F("start")]),
                msg!(
                    "chk-start-unknown",
                    id = &e.start,
                    hint = suggest(e.start.as_str(), node_ids())
                ),
            );
        }
        // Grades are all or nothing: one ungraded move would score as if
        // it did not count.
        if e.nodes
            .iter()
            .flat_map(|n| &n.choices)
            .any(|c| c.grade.is_some())
        {
            for (i, node) in e.nodes.iter().enumerate() {
                for (j, choice) in node.choices.iter().enumerate() {
                    if choice.grade.is_none() {
                        self.warn(
                            at(base, [F("nodes"), I(i), F("choices"), I(j)]),
                            msg!("chk-grade-missing", id = &choice.id),
                        );
                    }
                }
            }
        }
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); e.nodes.len()];
        for (i, node) in e.nodes.iter().enumerate() {
            let path = at(base, [F("nodes"), I(i)]);
            self.text(at(&path, [F("text")]), &node.text, "chk-field-node-text");
            match (node.choices.is_empty(), node.outcome.is_some()) {
                (true, false) => self.error(path.clone(), msg!("chk-dead-end", id = &node.id)),
                (false, true) => self.error(
                    at(&path, [F("outcome")]),
                    msg!("chk-choices-and-outcome", id = &node.id),
                ),
                _ => {}
            }
            self.unique(
                node.choices
                    .iter()
                    .enumerate()
                    .map(|(j, ch)| (at(&path, [F("choices"), I(j), F("id")]), &ch.id)),
                "chk-kind-choice",
                "chk-scope-node",
            );
            for (j, choice) in node.choices.iter().enumerate() {
                let cpath = at(&path, [F("choices"), I(j)]);
                self.text(
                    at(&cpath, [F("text")]),
                    &choice.text,
                    "chk-field-choice-text",
                );
                self.opt_text(
                    at(&cpath, [F("feedback")]),
                    choice.feedback.as_ref(),
                    "chk-field-feedback",
                );
                match index.get(choice.next.as_str()) {
                    Some(&target) => edges[i].push(target),
                    None => self.error(
                        at(&cpath, [F("next")]),
                        msg!(
                            "chk-choice-next-unknown",
                            id = &choice.next,
                            hint = suggest(choice.next.as_str(), node_ids())
                        ),
                    ),
                }
            }
        }
        let Some(start) = start else { return };
        // Forward reachability from the start.
        let mut reached = vec![false; e.nodes.len()];
        let mut stack = vec![start];
        reached[start] = true;
        while let Some(n) = stack.pop() {
            for &next in &edges[n] {
                if !reached[next] {
                    reached[next] = true;
                    stack.push(next);
                }
            }
        }
        // Backward reachability from the endings.
        let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); e.nodes.len()];
        for (from, targets) in edges.iter().enumerate() {
            for &to in targets {
                reverse[to].push(from);
            }
        }
        let mut ends_reachable = vec![false; e.nodes.len()];
        let mut stack: Vec<usize> = (0..e.nodes.len())
            .filter(|&i| e.nodes[i].outcome.is_some())
            .collect();
        for &i in &stack {
            ends_reachable[i] = true;
        }
        while let Some(n) = stack.pop() {
            for &prev in &reverse[n] {
                if !ends_reachable[prev] {
                    ends_reachable[prev] = true;
                    stack.push(prev);
                }
            }
        }
        for (i, node) in e.nodes.iter().enumerate() {
            let path = at(base, [F("nodes"), I(i), F("id")]);
            if !reached[i] {
                self.error(
                    path,
                    msg!("chk-unreachable", id = &node.id, start = &e.start),
                );
            } else if !ends_reachable[i] && !node.choices.is_empty() {
                self.error(path, msg!("chk-no-way-out", id = &node.id));
            }
        }
        if !e
            .nodes
            .iter()
            .any(|n| n.outcome == Some(super::model::Outcome::Success))
        {
            self.warn(at(base, [F("nodes")]), msg!("chk-no-success"));
        }
    }

    fn checklist(&mut self, c: &'a Checklist) {
        self.id(vec![F("id")], &c.id, "chk-kind-checklist");
        self.sources(c.reviewed.as_deref(), &c.sources);
        self.text(vec![F("title")], &c.title, "chk-field-title");
        self.text(vec![F("summary")], &c.summary, "chk-field-summary");
        // Scale.
        let levels = &c.scale.levels;
        if levels.len() < 2 {
            self.error(vec![F("scale"), F("levels")], msg!("chk-too-few-levels"));
        }
        for (i, level) in levels.iter().enumerate() {
            let path = vec![F("scale"), F("levels"), I(i)];
            self.text(
                at(&path, [F("label")]),
                &level.label,
                "chk-field-level-label",
            );
            if i > 0 {
                let prev = levels[i - 1].value;
                if level.value <= prev {
                    self.error(
                        at(&path, [F("value")]),
                        msg!(
                            "chk-scale-not-increasing",
                            value = level.value,
                            previous = prev
                        ),
                    );
                } else if level.value > prev + 1 {
                    self.error(
                        at(&path, [F("value")]),
                        msg!("chk-scale-gap", previous = prev, value = level.value),
                    );
                }
            }
        }
        self.opt_text(
            vec![F("scale"), F("not_applicable")],
            c.scale.not_applicable.as_ref(),
            "chk-field-not-applicable",
        );
        // Dimensions and items.
        if c.dimensions.is_empty() {
            self.error(vec![F("dimensions")], msg!("chk-no-dimensions"));
        }
        self.unique(
            c.dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| (vec![F("dimensions"), I(i), F("id")], &d.id)),
            "chk-kind-dimension",
            "chk-scope-checklist",
        );
        self.unique(
            c.dimensions.iter().enumerate().flat_map(|(i, d)| {
                d.items.iter().enumerate().map(move |(j, item)| {
                    (
                        vec![F("dimensions"), I(i), F("items"), I(j), F("id")],
                        &item.id,
                    )
                })
            }),
            "chk-kind-item",
            "chk-scope-checklist-items",
        );
        for (i, d) in c.dimensions.iter().enumerate() {
            let path = vec![F("dimensions"), I(i)];
            self.text(
                at(&path, [F("title")]),
                &d.title,
                "chk-field-dimension-title",
            );
            self.weight(at(&path, [F("weight")]), d.weight);
            if d.items.is_empty() {
                self.error(
                    at(&path, [F("items")]),
                    msg!("chk-dimension-empty", id = &d.id),
                );
            }
            for (j, item) in d.items.iter().enumerate() {
                let ipath = at(&path, [F("items"), I(j)]);
                self.text(at(&ipath, [F("text")]), &item.text, "chk-field-item-text");
                self.text(at(&ipath, [F("help")]), &item.help, "chk-field-help");
                self.weight(at(&ipath, [F("weight")]), item.weight);
            }
            self.dimension_levels(c, &path, d);
        }
        let errors_before = self.errors();
        self.bands(c);
        self.gates(c);
        self.levels(c);
        self.cases(c, self.errors() == errors_before);
    }

    fn errors(&self) -> usize {
        self.out
            .iter()
            .filter(|f| f.file == self.file && f.severity == Severity::Error)
            .count()
    }

    /// `path` names an item of `c`; otherwise an error with a suggestion.
    fn item_ref(&mut self, path: Path, c: &Checklist, id: &Id, what: &'static str) -> bool {
        match item_unknown(c, id, what) {
            None => true,
            Some(message) => {
                self.error(path, message);
                false
            }
        }
    }

    fn band_ref(&mut self, path: Path, c: &Checklist, id: &Id, what: &'static str) -> bool {
        if c.bands.iter().any(|b| b.id == *id) {
            return true;
        }
        self.error(
            path,
            msg!(
                "chk-band-unknown",
                what = Msg::new(what),
                id = id,
                hint = suggest(id.as_str(), c.bands.iter().map(|b| b.id.as_str()))
            ),
        );
        false
    }

    fn on_scale(&mut self, path: Path, c: &Checklist, value: u32) {
        let values = c.scale.levels.iter().map(|l| l.value);
        if !values.clone().any(|v| v == value) {
            let (min, max) = (values.clone().min().unwrap_or(0), values.max().unwrap_or(0));
            self.error(
                path,
                msg!("chk-rating-off-scale", value = value, min = min, max = max),
            );
        }
    }

    fn gates(&mut self, c: &Checklist) {
        self.unique(
            c.gates
                .iter()
                .enumerate()
                .map(|(i, g)| (vec![F("gates"), I(i), F("id")], &g.id)),
            "chk-kind-gate",
            "chk-scope-checklist",
        );
        let top = c.bands.iter().max_by_key(|b| b.min).map(|b| &b.id);
        for (i, g) in c.gates.iter().enumerate() {
            let path = vec![F("gates"), I(i)];
            self.item_ref(at(&path, [F("item")]), c, &g.item, "chk-kind-gate");
            if let Some(ratings) = &g.ratings {
                if ratings.is_empty() {
                    self.error(at(&path, [F("ratings")]), msg!("chk-gate-no-ratings"));
                }
                for (j, r) in ratings.iter().enumerate() {
                    self.on_scale(at(&path, [F("ratings"), I(j)]), c, *r);
                }
            }
            if self.band_ref(at(&path, [F("cap")]), c, &g.cap, "chk-kind-gate")
                && Some(&g.cap) == top
            {
                self.warn(at(&path, [F("cap")]), msg!("chk-gate-cap-top", id = &g.cap));
            }
            self.text(at(&path, [F("advice")]), &g.advice, "chk-field-advice");
            for (j, module) in g.modules.iter().enumerate() {
                if !self.module_ids.contains(module.as_str()) {
                    self.error(
                        at(&path, [F("modules"), I(j)]),
                        msg!(
                            "chk-band-module-unknown",
                            id = module,
                            hint = suggest(module.as_str(), self.module_ids.iter().copied())
                        ),
                    );
                }
            }
        }
    }

    fn levels(&mut self, c: &Checklist) {
        let mut first_use: HashMap<&str, u32> = HashMap::new();
        let band_rank = |id: &Id| c.bands.iter().find(|b| b.id == *id).map(|b| b.min);
        for (i, level) in c.levels.iter().enumerate() {
            let path = vec![F("levels"), I(i)];
            if i > 0 {
                let prev = &c.levels[i - 1];
                if level.value <= prev.value {
                    self.error(
                        at(&path, [F("value")]),
                        msg!(
                            "chk-level-not-increasing",
                            value = level.value,
                            previous = prev.value
                        ),
                    );
                }
                if let (Some(here), Some(below)) = (band_rank(&level.band), band_rank(&prev.band))
                    && here < below
                {
                    self.warn(
                        at(&path, [F("band")]),
                        msg!(
                            "chk-level-band-lower",
                            value = level.value,
                            band = &level.band,
                            previous = prev.value,
                            previous_band = &prev.band
                        ),
                    );
                }
            }
            self.text(
                at(&path, [F("title")]),
                &level.title,
                "chk-field-level-title",
            );
            self.band_ref(at(&path, [F("band")]), c, &level.band, "chk-kind-level");
            self.level_items(
                c,
                &path,
                LevelItems {
                    value: level.value,
                    items: &level.items,
                    not_applicable: &level.not_applicable,
                },
                &mut first_use,
                |this, ipath, item| this.item_ref(ipath, c, item, "chk-kind-level"),
            );
        }
    }

    /// The rules every threshold level shares, checklist-wide or a
    /// dimension's: it lists items, each item stands in one level only,
    /// and "not applicable" is allowed only for listed items of a scale
    /// that has it. `known` checks one item reference (and reports it
    /// when it is wrong).
    fn level_items<'c>(
        &mut self,
        c: &Checklist,
        path: &Path,
        level: LevelItems<'c>,
        first_use: &mut HashMap<&'c str, u32>,
        mut known: impl FnMut(&mut Self, Path, &Id) -> bool,
    ) {
        let LevelItems {
            value,
            items,
            not_applicable,
        } = level;
        if items.is_empty() {
            self.error(
                at(path, [F("items")]),
                msg!("chk-level-empty", value = value),
            );
        }
        for (j, item) in items.iter().enumerate() {
            let ipath = at(path, [F("items"), I(j)]);
            if !known(self, ipath.clone(), item) {
                continue;
            }
            if let Some(&other) = first_use.get(item.as_str()) {
                self.error(ipath, msg!("chk-level-overlap", id = item, other = other));
            } else {
                first_use.insert(item.as_str(), value);
            }
        }
        for (j, item) in not_applicable.iter().enumerate() {
            let npath = at(path, [F("not_applicable"), I(j)]);
            if c.scale.not_applicable.is_none() {
                self.error(npath, msg!("chk-no-not-applicable"));
            } else if !items.contains(item) {
                self.error(
                    npath,
                    msg!("chk-level-na-not-listed", id = item, value = value),
                );
            }
        }
    }

    /// A dimension's own threshold scale: the rules of checklist levels,
    /// with every item one of the dimension's own.
    fn dimension_levels(&mut self, c: &Checklist, base: &[Seg], d: &super::model::Dimension) {
        let mut first_use: HashMap<&str, u32> = HashMap::new();
        for (i, level) in d.levels.iter().enumerate() {
            let path = at(base, [F("levels"), I(i)]);
            if i > 0 {
                let prev = d.levels[i - 1].value;
                if level.value <= prev {
                    self.error(
                        at(&path, [F("value")]),
                        msg!(
                            "chk-level-not-increasing",
                            value = level.value,
                            previous = prev
                        ),
                    );
                }
            }
            self.text(
                at(&path, [F("title")]),
                &level.title,
                "chk-field-level-title",
            );
            self.level_items(
                c,
                &path,
                LevelItems {
                    value: level.value,
                    items: &level.items,
                    not_applicable: &level.not_applicable,
                },
                &mut first_use,
                |this, ipath, item| {
                    if d.items.iter().any(|own| own.id == *item) {
                        return true;
                    }
                    let owner = c
                        .dimensions
                        .iter()
                        .find(|other| other.items.iter().any(|own| own.id == *item));
                    let message = match owner {
                        Some(other) => msg!(
                            "chk-dim-level-item-other",
                            id = item,
                            other = &other.id,
                            dimension = &d.id
                        ),
                        None => msg!(
                            "chk-dim-level-item-unknown",
                            id = item,
                            dimension = &d.id,
                            hint =
                                suggest(item.as_str(), d.items.iter().map(|own| own.id.as_str()))
                        ),
                    };
                    this.error(ipath, message);
                    false
                },
            );
        }
    }

    /// Worked cases; they are scored only when the rest of the checklist
    /// has no error (`sound`), since a broken checklist scores nothing.
    fn cases(&mut self, c: &Checklist, sound: bool) {
        self.unique(
            c.cases
                .iter()
                .enumerate()
                .map(|(i, k)| (vec![F("cases"), I(i), F("id")], &k.id)),
            "chk-kind-case",
            "chk-scope-checklist",
        );
        let before = self.errors();
        for (i, k) in c.cases.iter().enumerate() {
            let path = vec![F("cases"), I(i)];
            if let Some(v) = k.others {
                self.on_scale(at(&path, [F("others")]), c, v);
            }
            for (item, v) in &k.answers {
                match item_unknown(c, &Id(item.clone()), "chk-kind-case") {
                    // Point at the key inside the map, not at its value.
                    Some(message) => self.out.push(Finding {
                        file: self.file,
                        path: at(&path, [F("answers")]),
                        severity: Severity::Error,
                        message,
                        needle: Some(format!("\"{item}\"")),
                        related: None,
                    }),
                    None => self.on_scale(at(&path, [F("answers"), Seg::Key(item.clone())]), c, *v),
                }
            }
            for (j, item) in k.not_applicable.iter().enumerate() {
                let npath = at(&path, [F("not_applicable"), I(j)]);
                if c.scale.not_applicable.is_none() {
                    self.error(npath, msg!("chk-no-not-applicable"));
                } else if self.item_ref(npath.clone(), c, item, "chk-kind-case")
                    && k.answers.contains_key(item.as_str())
                {
                    self.error(npath, msg!("chk-case-rated-twice", id = item));
                }
            }
            for (j, item) in k.unanswered.iter().enumerate() {
                let upath = at(&path, [F("unanswered"), I(j)]);
                if self.item_ref(upath.clone(), c, item, "chk-kind-case")
                    && (k.answers.contains_key(item.as_str()) || k.not_applicable.contains(item))
                {
                    self.error(upath, msg!("chk-case-rated-twice", id = item));
                }
            }
            for (dimension, &value) in &k.dimension_levels {
                let key = at(&path, [F("dimension_levels"), Seg::Key(dimension.clone())]);
                match c.dimensions.iter().find(|d| d.id.as_str() == dimension) {
                    None => self.out.push(Finding {
                        file: self.file,
                        path: at(&path, [F("dimension_levels")]),
                        severity: Severity::Error,
                        message: msg!(
                            "chk-case-dimension-unknown",
                            id = dimension,
                            hint = suggest(dimension, c.dimensions.iter().map(|d| d.id.as_str()))
                        ),
                        needle: Some(format!("\"{dimension}\"")),
                        related: None,
                    }),
                    Some(d) if d.levels.is_empty() => {
                        self.error(key, msg!("chk-case-dimension-no-levels", id = dimension));
                    }
                    Some(d) if !d.levels.iter().any(|l| l.value == value) => {
                        self.error(
                            key,
                            msg!(
                                "chk-case-dimension-level-unknown",
                                dimension = dimension,
                                value = value
                            ),
                        );
                    }
                    Some(_) => {}
                }
            }
            if k.band.is_none()
                && k.level.is_none()
                && k.gates.is_none()
                && k.dimension_levels.is_empty()
            {
                self.error(
                    at(&path, [F("id")]),
                    msg!("chk-case-no-expectation", id = &k.id),
                );
            }
            if let Some(band) = &k.band {
                self.band_ref(at(&path, [F("band")]), c, band, "chk-kind-case");
            }
            if let Some(level) = k.level
                && !c.levels.iter().any(|l| l.value == level)
            {
                self.error(
                    at(&path, [F("level")]),
                    if c.levels.is_empty() {
                        msg!("chk-case-no-levels")
                    } else {
                        msg!("chk-case-level-unknown", value = level)
                    },
                );
            }
            for (j, gate) in k.gates.iter().flatten().enumerate() {
                if !c.gates.iter().any(|g| g.id == *gate) {
                    self.error(
                        at(&path, [F("gates"), I(j)]),
                        msg!(
                            "chk-case-gate-unknown",
                            id = gate,
                            hint = suggest(gate.as_str(), c.gates.iter().map(|g| g.id.as_str()))
                        ),
                    );
                }
            }
        }
        if !sound || self.errors() != before {
            return;
        }
        for (i, k) in c.cases.iter().enumerate() {
            let path = vec![F("cases"), I(i)];
            for mismatch in crate::assess::checklist::check_case(c, k) {
                use crate::assess::checklist::CaseMismatch as M;
                let (field, message) = match mismatch {
                    M::Band {
                        expected,
                        got: Some(got),
                        score,
                        ..
                    } => (
                        "band",
                        msg!(
                            "chk-case-wrong-band",
                            id = &k.id,
                            got = got,
                            score = score.map_or_else(|| "–".to_owned(), |s| format!("{s:.0}")),
                            expected = expected
                        ),
                    ),
                    M::Band {
                        expected, missing, ..
                    } => (
                        "band",
                        msg!(
                            "chk-case-no-band",
                            id = &k.id,
                            expected = expected,
                            missing = missing
                        ),
                    ),
                    M::Level { expected, got } => (
                        "level",
                        msg!(
                            "chk-case-wrong-level",
                            id = &k.id,
                            got = got.map_or_else(|| "–".to_owned(), |v| v.to_string()),
                            expected = expected
                        ),
                    ),
                    M::Gates { expected, got } => (
                        "gates",
                        msg!(
                            "chk-case-wrong-gates",
                            id = &k.id,
                            got = list(&got),
                            expected = list(&expected)
                        ),
                    ),
                    M::DimensionLevel {
                        dimension,
                        expected,
                        got,
                    } => {
                        let message = msg!(
                            "chk-case-wrong-dimension-level",
                            id = &k.id,
                            dimension = &dimension,
                            got = got.map_or_else(|| "–".to_owned(), |v| v.to_string()),
                            expected = expected
                        );
                        self.error(
                            at(&path, [F("dimension_levels"), Seg::Key(dimension)]),
                            message,
                        );
                        continue;
                    }
                };
                self.error(at(&path, [F(field)]), message);
            }
        }
    }

    fn weight(&mut self, path: Path, weight: f64) {
        use super::model::{WEIGHT_MAX, WEIGHT_MIN};
        if !weight.is_finite() || weight <= 0.0 {
            self.error(path, msg!("chk-weight", weight = weight));
        } else if !(WEIGHT_MIN..=WEIGHT_MAX).contains(&weight) {
            self.error(
                path,
                msg!(
                    "chk-weight-range",
                    weight = short_number(weight),
                    min = short_number(WEIGHT_MIN),
                    max = short_number(WEIGHT_MAX)
                ),
            );
        }
    }

    fn bands(&mut self, c: &Checklist) {
        if c.bands.is_empty() {
            self.error(vec![F("bands")], msg!("chk-no-bands"));
            return;
        }
        self.unique(
            c.bands
                .iter()
                .enumerate()
                .map(|(i, b)| (vec![F("bands"), I(i), F("id")], &b.id)),
            "chk-kind-band",
            "chk-scope-checklist",
        );
        let mut usable = Vec::new();
        for (i, band) in c.bands.iter().enumerate() {
            let path = vec![F("bands"), I(i)];
            self.text(at(&path, [F("title")]), &band.title, "chk-field-band-title");
            self.text(at(&path, [F("advice")]), &band.advice, "chk-field-advice");
            for (j, module) in band.modules.iter().enumerate() {
                if !self.module_ids.contains(module.as_str()) {
                    self.error(
                        at(&path, [F("modules"), I(j)]),
                        msg!(
                            "chk-band-module-unknown",
                            id = module,
                            hint = (!self.saturated("chk-band-module-unknown"))
                                .then(|| suggest(module.as_str(), self.module_ids.iter().copied()))
                                .flatten()
                        ),
                    );
                }
            }
            if band.max > 100 {
                self.error(at(&path, [F("max")]), msg!("chk-band-max", max = band.max));
            } else if band.min > band.max {
                self.error(
                    at(&path, [F("min")]),
                    msg!("chk-band-min-above-max", min = band.min, max = band.max),
                );
            } else {
                usable.push((i, band.min, band.max));
            }
        }
        if usable.len() != c.bands.len() {
            return; // Coverage is meaningless until every band is well formed.
        }
        usable.sort_by_key(|&(_, min, max)| (min, max));
        let mut expected_min = 0u32;
        for (k, &(i, min, max)) in usable.iter().enumerate() {
            let path = vec![F("bands"), I(i), F("min")];
            if min > expected_min {
                self.error(
                    path,
                    msg!("chk-band-gap", from = expected_min, to = min - 1),
                );
            } else if min < expected_min && k > 0 {
                let (other, _, _) = usable[k - 1];
                self.emit(Finding {
                    file: self.file,
                    path,
                    severity: Severity::Error,
                    message: msg!(
                        "chk-band-overlap",
                        id = &c.bands[other].id,
                        from = min,
                        to = (expected_min - 1).min(max)
                    ),
                    needle: None,
                    related: Some((self.file, vec![F("bands"), I(other)])),
                });
            }
            expected_min = expected_min.max(max + 1);
        }
        if expected_min <= 100 {
            let (last, _, _) = usable[usable.len() - 1];
            self.error(
                vec![F("bands"), I(last), F("max")],
                msg!("chk-band-top", from = expected_min),
            );
        }
    }

    fn glossary(&mut self, g: &Glossary) {
        self.unique(
            g.terms
                .iter()
                .enumerate()
                .map(|(i, t)| (vec![F("terms"), I(i), F("id")], &t.id)),
            "chk-kind-term",
            "chk-scope-glossary",
        );
        for (i, term) in g.terms.iter().enumerate() {
            let path = vec![F("terms"), I(i)];
            self.text(at(&path, [F("term")]), &term.term, "chk-field-term");
            self.text(
                at(&path, [F("definition")]),
                &term.definition,
                "chk-field-definition",
            );
            for (j, other) in term.see_also.iter().enumerate() {
                if !self.term_ids.contains(other.as_str()) {
                    self.error(
                        at(&path, [F("see_also"), I(j)]),
                        msg!(
                            "chk-see-also-unknown",
                            id = other,
                            hint = (!self.saturated("chk-see-also-unknown"))
                                .then(|| suggest(other.as_str(), self.term_ids.iter().copied()))
                                .flatten()
                        ),
                    );
                } else if other == &term.id {
                    self.warn(at(&path, [F("see_also"), I(j)]), msg!("chk-see-also-self"));
                }
            }
        }
    }

    /// Every cycle among prerequisites, reported once, at the edge that closes it.
    fn prerequisite_cycles(&mut self, modules: &[(usize, &Module)]) {
        let index: HashMap<&str, usize> = modules
            .iter()
            .enumerate()
            .map(|(i, (_, m))| (m.id.as_str(), i))
            .collect();
        let edges: Vec<Vec<(usize, usize)>> = modules
            .iter()
            .map(|(_, m)| {
                m.prerequisites
                    .iter()
                    .enumerate()
                    .filter_map(|(j, p)| index.get(p.as_str()).map(|&t| (j, t)))
                    .collect()
            })
            .collect();
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        let mut mark = vec![Mark::New; modules.len()];
        let mut reported: BTreeSet<Vec<usize>> = BTreeSet::new();
        // Each module is named in one reported cycle at most: a tangle of
        // modules that all require each other gives a few messages, not
        // one per pair (and not millions of steps to find them all).
        let mut in_cycle = vec![false; modules.len()];
        let mut depth_of = vec![usize::MAX; modules.len()];
        for root in 0..modules.len() {
            if mark[root] != Mark::New {
                continue;
            }
            // Iterative depth-first search: (node, next edge to try).
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            mark[root] = Mark::Open;
            depth_of[root] = 0;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&(entry, target)) = edges[node].get(*next) {
                    *next += 1;
                    match mark[target] {
                        Mark::New => {
                            mark[target] = Mark::Open;
                            depth_of[target] = stack.len();
                            stack.push((target, 0));
                        }
                        Mark::Open if in_cycle[target] || in_cycle[node] => {}
                        Mark::Open => {
                            let from = depth_of[target].min(stack.len() - 1);
                            let cycle: Vec<usize> = stack[from..].iter().map(|&(n, _)| n).collect();
                            for &n in &cycle {
                                in_cycle[n] = true;
                            }
                            let mut key = cycle.clone();
                            key.sort_unstable();
                            if reported.insert(key) {
                                let names: Vec<&str> = cycle
                                    .iter()
                                    .chain(std::iter::once(&target))
                                    .map(|&n| modules[n].1.id.as_str())
                                    .collect();
                                let (file, _) = modules[node];
                                self.emit(Finding {
                                    file,
                                    path: vec![F("prerequisites"), I(entry)],
                                    severity: Severity::Error,
                                    message: msg!(
                                        "chk-prerequisite-cycle",
                                        cycle = names.join(" → ")
                                    ),
                                    needle: None,
                                    related: None,
                                });
                            }
                        }
                        Mark::Done => {}
                    }
                } else {
                    mark[node] = Mark::Done;
                    depth_of[node] = usize::MAX;
                    stack.pop();
                }
            }
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
    for candidate in known {
        // The distance is at least the difference in length: most
        // candidates are ruled out without computing it.
        let limit = 2.max(candidate.len() / 4);
        if wrong.len().abs_diff(candidate.len()) > limit || wrong.len() > 256 {
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

/// How deep lists, quotes and other blocks may nest in a text. Teaching
/// text needs two or three levels; a few kilobytes of `- - - - …` nested
/// thousands deep would make the window lay out millions of boxes.
pub const MAX_MARKDOWN_DEPTH: usize = 8;

/// The deepest nesting of blocks (lists, items, quotes) in `markdown`.
/// Cheap for text without list or quote markers, which is most of it.
pub fn markdown_depth(markdown: &str) -> usize {
    use pulldown_cmark::{Event, Parser, Tag};
    if !markdown.contains(['-', '*', '+', '>']) && !markdown.contains(". ") {
        return 0;
    }
    let (mut depth, mut deepest) = (0usize, 0usize);
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Event::End(pulldown_cmark::TagEnd::List(_) | pulldown_cmark::TagEnd::BlockQuote(_)) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    deepest
}

/// Whether a link target may be handed to the system's browser: an
/// `http:` or `https:` address with a host, and nothing that could make a
/// browser or the system do something else (no spaces, quotes or control
/// characters). Every other scheme (`file:`, `smb:`, `javascript:`,
/// `mailto:`…) stays inside Puente.
pub fn opens_in_browser(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && !host.starts_with('@')
        && target.chars().all(|c| {
            !c.is_control() && !c.is_whitespace() && !matches!(c, '"' | '<' | '>' | '`' | '\\')
        })
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
                }
            }
        }
    }
}
