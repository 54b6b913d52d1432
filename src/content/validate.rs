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
    PackInfo, Scenario, Step,
};
use super::text::Text;
use super::tree::{Path, Seg};

use Seg::{Field as F, Index as I};

/// The parsed files of a pack, each tagged with the index of its file.
pub struct Draft<'a> {
    pub info: Option<(usize, &'a PackInfo)>,
    pub modules: Vec<(usize, &'a Module)>,
    pub checklists: Vec<(usize, &'a Checklist)>,
    pub glossary: Option<(usize, &'a Glossary)>,
}

/// A problem at a path inside one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub file: usize,
    pub path: Path,
    pub severity: Severity,
    pub message: String,
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
        file: 0,
        out: Vec::new(),
    };

    if let Some((file, info)) = draft.info {
        c.file = file;
        c.pack_info(info);
    }
    c.unique_across_files(draft.modules.iter().map(|(f, m)| (*f, &m.id)), "module");
    c.unique_across_files(
        draft.checklists.iter().map(|(f, m)| (*f, &m.id)),
        "checklist",
    );
    for (file, module) in &draft.modules {
        c.file = *file;
        c.module(module);
    }
    c.prerequisite_cycles(&draft.modules);
    for (file, checklist) in &draft.checklists {
        c.file = *file;
        c.checklist(checklist);
    }
    if let Some((file, glossary)) = draft.glossary {
        c.file = file;
        c.glossary(glossary);
    }
    c.out
}

struct Checker<'a> {
    langs: &'a [String],
    module_ids: HashSet<&'a str>,
    term_ids: HashSet<&'a str>,
    file: usize,
    out: Vec<Finding>,
}

fn at(base: &[Seg], more: impl IntoIterator<Item = Seg>) -> Path {
    base.iter().cloned().chain(more).collect()
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

impl Checker<'_> {
    fn push(&mut self, severity: Severity, path: Path, message: String) {
        self.out.push(Finding {
            file: self.file,
            path,
            severity,
            message,
            needle: None,
            related: None,
        });
    }

    fn error(&mut self, path: Path, message: impl Into<String>) {
        self.push(Severity::Error, path, message.into());
    }

    fn warn(&mut self, path: Path, message: impl Into<String>) {
        self.push(Severity::Warning, path, message.into());
    }

    fn id(&mut self, path: Path, id: &Id, what: &str) {
        if !is_valid_id(id.as_str()) {
            let suggestion: String = id
                .as_str()
                .to_lowercase()
                .chars()
                .map(|ch| if ch.is_ascii_alphanumeric() { ch } else { '-' })
                .collect::<String>()
                .split('-')
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            let hint = if is_valid_id(&suggestion) {
                format!(" such as \"{suggestion}\"")
            } else {
                String::new()
            };
            self.error(
                path,
                format!(
                    "the {what} id \"{id}\" is not a valid id: use lowercase letters, digits and \
                     single dashes{hint} (at most 64 characters); learners' progress refers to \
                     this id, so keep it stable once published"
                ),
            );
        }
    }

    /// Ids that must be unique in one scope (steps of a module, options of
    /// an exercise, …): every repeat is an error pointing at the first use.
    fn unique<'i>(
        &mut self,
        items: impl IntoIterator<Item = (Path, &'i Id)>,
        what: &str,
        scope: &str,
    ) {
        let mut seen: HashMap<&str, Path> = HashMap::new();
        for (path, id) in items {
            self.id(path.clone(), id, what);
            if let Some(first) = seen.get(id.as_str()) {
                let related = Some((self.file, first.clone()));
                self.out.push(Finding {
                    file: self.file,
                    path,
                    severity: Severity::Error,
                    message: format!(
                        "duplicate {what} id \"{id}\" {scope}; give each {what} its own id"
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
        what: &str,
    ) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (file, id) in items {
            if let Some(&first) = seen.get(id.as_str()) {
                self.out.push(Finding {
                    file,
                    path: vec![F("id")],
                    severity: Severity::Error,
                    message: format!(
                        "duplicate {what} id \"{id}\": another {what} file already uses it; \
                         every {what} in a pack needs its own id"
                    ),
                    needle: None,
                    related: Some((first, vec![F("id")])),
                });
            } else {
                seen.insert(id.as_str(), file);
            }
        }
    }

    fn text(&mut self, path: Path, text: &Text, what: &str) {
        match text {
            Text::Plain(s) => {
                if s.trim().is_empty() {
                    self.error(path.clone(), format!("the {what} is empty; write it"));
                }
                self.links(path, s);
            }
            Text::Localized(map) => {
                if map.is_empty() {
                    self.error(path, format!("the {what} has no text in any language"));
                    return;
                }
                for (lang, s) in map {
                    let here = at(&path, [Seg::Key(lang.clone())]);
                    if s.trim().is_empty() {
                        self.error(
                            here.clone(),
                            format!(
                                "the {what} in \"{lang}\" is empty; write it or remove the language"
                            ),
                        );
                    }
                    if !self.langs.is_empty() && !self.langs.contains(lang) {
                        self.warn(
                            here.clone(),
                            format!(
                                "\"{lang}\" is not one of the pack's languages ({}); add it to \
                                 `languages` in pack.ron or remove this translation",
                                self.langs.join(", ")
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
                        format!(
                            "missing translation: the {what} has no {list} text (learners will \
                             see \"{}\" instead)",
                            self.langs.first().map_or("", String::as_str)
                        ),
                    );
                }
            }
        }
    }

    fn opt_text(&mut self, path: Path, text: Option<&Text>, what: &str) {
        if let Some(text) = text {
            self.text(path, text, what);
        }
    }

    /// Glossary and module links inside Markdown.
    fn links(&mut self, path: Path, markdown: &str) {
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
            let problem = match scheme {
                "glossary" if !self.term_ids.contains(rest) => Some((
                    Severity::Error,
                    format!(
                        "link to the glossary term \"{rest}\", which glossary.ron does not define; \
                         add the term or fix the id{}",
                        suggest(rest, self.term_ids.iter().copied())
                    ),
                )),
                "module" if !self.module_ids.contains(rest) => Some((
                    Severity::Error,
                    format!(
                        "link to the module \"{rest}\", which is not in this pack{}",
                        suggest(rest, self.module_ids.iter().copied())
                    ),
                )),
                "glossary" | "module" | "http" | "https" | "mailto" => None,
                "" => Some((
                    Severity::Warning,
                    format!(
                        "the link \"{target}\" points at a file, which learners cannot open; link \
                         a term (glossary:id), a module (module:id) or a web address (https://…)"
                    ),
                )),
                other => Some((
                    Severity::Warning,
                    format!(
                        "unknown kind of link \"{other}:\"; use glossary:term-id, \
                         module:module-id or https://…"
                    ),
                )),
            };
            if let Some((severity, message)) = problem {
                self.out.push(Finding {
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

    fn pack_info(&mut self, info: &PackInfo) {
        self.id(vec![F("id")], &info.id, "pack");
        if info.version.trim().is_empty() {
            self.error(
                vec![F("version")],
                "the version is empty; give one such as \"1.0.0\" and raise it with every release",
            );
        }
        self.text(vec![F("title")], &info.title, "pack title");
        self.opt_text(
            vec![F("description")],
            info.description.as_ref(),
            "pack description",
        );
        if info.languages.is_empty() {
            self.error(vec![F("languages")], "list at least one language, such as [\"en\", \"es\", \"pt\"]; the first is used when a translation is missing");
        }
        let mut seen = HashSet::new();
        for (i, lang) in info.languages.iter().enumerate() {
            if !is_valid_language(lang) {
                self.error(
                    vec![F("languages"), I(i)],
                    format!("\"{lang}\" is not a language code; use codes such as \"en\", \"es\", \"pt\" or \"pt-BR\""),
                );
            }
            if !seen.insert(lang) {
                self.error(
                    vec![F("languages"), I(i)],
                    format!("the language \"{lang}\" is listed twice; keep one"),
                );
            }
        }
        if info.authors.iter().all(|a| a.trim().is_empty()) {
            self.warn(
                vec![F("authors")],
                "name at least one author, so learners know whose material this is",
            );
        }
        if info.licence.trim().is_empty() {
            self.error(
                vec![F("licence")],
                "the licence is empty; say how others may use the pack, e.g. \"CC BY 4.0\"",
            );
        }
    }

    fn module(&mut self, m: &Module) {
        self.id(vec![F("id")], &m.id, "module");
        self.text(vec![F("title")], &m.title, "title");
        self.text(vec![F("summary")], &m.summary, "summary");
        if m.minutes == 0 {
            self.error(
                vec![F("minutes")],
                "minutes must be at least 1: estimate how long a learner needs",
            );
        } else if m.minutes > 120 {
            self.warn(vec![F("minutes")], format!("{} minutes is long for one module; split it so learners can finish a module in one sitting", m.minutes));
        }
        let mut seen = HashSet::new();
        for (i, pre) in m.prerequisites.iter().enumerate() {
            let path = vec![F("prerequisites"), I(i)];
            if !self.module_ids.contains(pre.as_str()) {
                self.error(
                    path.clone(),
                    format!(
                        "the prerequisite \"{pre}\" is not a module of this pack{}",
                        suggest(pre.as_str(), self.module_ids.iter().copied())
                    ),
                );
            }
            if !seen.insert(pre.as_str()) {
                self.warn(path, format!("the prerequisite \"{pre}\" is listed twice"));
            }
        }
        if m.objectives.is_empty() {
            self.warn(
                vec![F("objectives")],
                "no objectives: list what a learner will be able to do after this module",
            );
        }
        for (i, objective) in m.objectives.iter().enumerate() {
            self.text(vec![F("objectives"), I(i)], objective, "objective");
        }
        if m.steps.is_empty() {
            self.error(
                vec![F("steps")],
                "the module has no steps: add lessons and exercises",
            );
        }
        self.unique(
            m.steps
                .iter()
                .enumerate()
                .map(|(i, s)| (vec![F("steps"), I(i), F("id")], s.id())),
            "step",
            "in this module",
        );
        for (i, step) in m.steps.iter().enumerate() {
            self.step(&[F("steps"), I(i)], step);
        }
    }

    fn step(&mut self, base: &[Seg], step: &Step) {
        if let Some(prompt) = step.prompt() {
            self.text(at(base, [F("prompt")]), prompt, "prompt");
        }
        if let Some(explanation) = step.explanation() {
            self.text(at(base, [F("explanation")]), explanation, "explanation");
        }
        match step {
            Step::Lesson(l) => {
                self.text(at(base, [F("title")]), &l.title, "lesson title");
                self.text(at(base, [F("body")]), &l.body, "lesson body");
            }
            Step::SingleChoice(e) => {
                let correct = self.options(base, &e.options);
                match correct {
                    0 => self.error(at(base, [F("options")]), "no option is marked correct: add `correct: true` to the right answer"),
                    1 => {}
                    n => self.error(
                        at(base, [F("options")]),
                        format!("{n} options are marked correct, but a SingleChoice has exactly one right answer; mark one, or make it a MultipleChoice"),
                    ),
                }
            }
            Step::MultipleChoice(e) => {
                let correct = self.options(base, &e.options);
                if correct == 0 {
                    self.error(
                        at(base, [F("options")]),
                        "no option is marked correct: add `correct: true` to every right answer",
                    );
                } else if correct == e.options.len() && e.options.len() > 1 {
                    self.warn(at(base, [F("options")]), "every option is correct, so the exercise cannot be answered wrongly; add a wrong option");
                }
            }
            Step::TrueFalse(e) => {
                self.opt_text(
                    at(base, [F("feedback_true")]),
                    e.feedback_true.as_ref(),
                    "feedback",
                );
                self.opt_text(
                    at(base, [F("feedback_false")]),
                    e.feedback_false.as_ref(),
                    "feedback",
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
                    "model answer",
                );
            }
        }
    }

    /// Checks the options of a choice exercise; returns how many are correct.
    fn options(&mut self, base: &[Seg], options: &[ChoiceOption]) -> usize {
        if options.len() < 2 {
            self.error(
                at(base, [F("options")]),
                "a choice exercise needs at least two options",
            );
        }
        self.unique(
            options
                .iter()
                .enumerate()
                .map(|(i, o)| (at(base, [F("options"), I(i), F("id")]), &o.id)),
            "option",
            "in this exercise",
        );
        for (i, o) in options.iter().enumerate() {
            self.text(
                at(base, [F("options"), I(i), F("text")]),
                &o.text,
                "option text",
            );
            self.opt_text(
                at(base, [F("options"), I(i), F("feedback")]),
                o.feedback.as_ref(),
                "feedback",
            );
        }
        self.repeated_texts(
            base,
            "options",
            "text",
            options.iter().map(|o| &o.text),
            "option",
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
        what: &str,
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
                        format!(
                            "this {what} repeats {what} {} (\"{}\"); each must be different",
                            first + 1,
                            s.trim()
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
            self.error(
                at(base, [F("items")]),
                "an ordering exercise needs at least two items, listed in the right order",
            );
        }
        self.unique(
            e.items
                .iter()
                .enumerate()
                .map(|(i, o)| (at(base, [F("items"), I(i), F("id")]), &o.id)),
            "item",
            "in this exercise",
        );
        for (i, item) in e.items.iter().enumerate() {
            self.text(
                at(base, [F("items"), I(i), F("text")]),
                &item.text,
                "item text",
            );
            self.opt_text(
                at(base, [F("items"), I(i), F("feedback")]),
                item.feedback.as_ref(),
                "feedback",
            );
        }
        self.repeated_texts(
            base,
            "items",
            "text",
            e.items.iter().map(|o| &o.text),
            "item",
        );
    }

    fn matching(&mut self, base: &[Seg], e: &Matching) {
        if e.pairs.len() < 2 {
            self.error(
                at(base, [F("pairs")]),
                "a matching exercise needs at least two pairs",
            );
        }
        self.unique(
            e.pairs
                .iter()
                .enumerate()
                .map(|(i, p)| (at(base, [F("pairs"), I(i), F("id")]), &p.id)),
            "pair",
            "in this exercise",
        );
        for (i, pair) in e.pairs.iter().enumerate() {
            self.text(
                at(base, [F("pairs"), I(i), F("left")]),
                &pair.left,
                "left-hand text",
            );
            self.text(
                at(base, [F("pairs"), I(i), F("right")]),
                &pair.right,
                "right-hand text",
            );
            self.opt_text(
                at(base, [F("pairs"), I(i), F("feedback")]),
                pair.feedback.as_ref(),
                "feedback",
            );
        }
        self.repeated_texts(
            base,
            "pairs",
            "left",
            e.pairs.iter().map(|p| &p.left),
            "left-hand text",
        );
        self.repeated_texts(
            base,
            "pairs",
            "right",
            e.pairs.iter().map(|p| &p.right),
            "right-hand text",
        );
    }

    fn numeric(&mut self, base: &[Seg], e: &Numeric) {
        if !e.answer.is_finite() {
            self.error(
                at(base, [F("answer")]),
                "the answer must be a finite number",
            );
        }
        if !e.tolerance.is_finite() || e.tolerance < 0.0 {
            self.error(
                at(base, [F("tolerance")]),
                format!("the tolerance {} is negative; give 0 for an exact answer, or how far from the answer still counts as right", e.tolerance),
            );
        }
        self.opt_text(at(base, [F("unit")]), e.unit.as_ref(), "unit");
        for (i, mistake) in e.mistakes.iter().enumerate() {
            let path = at(base, [F("mistakes"), I(i)]);
            if !mistake.value.is_finite() {
                self.error(at(&path, [F("value")]), "the value must be a finite number");
            } else if (mistake.value - e.answer).abs() <= e.tolerance.max(0.0) {
                self.error(
                    at(&path, [F("value")]),
                    format!("{} is within the tolerance of the answer {}, so it would be marked right; remove this mistake or fix the value", mistake.value, e.answer),
                );
            }
            self.text(at(&path, [F("feedback")]), &mistake.feedback, "feedback");
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
            self.error(
                at(base, [F("period")]),
                "the period is zero: give `months`, `days` or both, e.g. (months: 12)",
            );
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
                    format!("{d} is the correct answer ({} + {}), not a mistake; remove it or fix the date", e.start, dates::describe(e.period)),
                ),
                Ok(_) => {}
            }
            self.text(at(&path, [F("feedback")]), &mistake.feedback, "feedback");
        }
    }

    fn scenario(&mut self, base: &[Seg], e: &Scenario) {
        if e.nodes.is_empty() {
            self.error(
                at(base, [F("nodes")]),
                "the scenario has no nodes: add the situations learners move through",
            );
            return;
        }
        self.unique(
            e.nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (at(base, [F("nodes"), I(i), F("id")]), &n.id)),
            "node",
            "in this scenario",
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
                format!(
                    "the start node \"{}\" is not one of this scenario's nodes{}",
                    e.start,
                    suggest(e.start.as_str(), node_ids())
                ),
            );
        }
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); e.nodes.len()];
        for (i, node) in e.nodes.iter().enumerate() {
            let path = at(base, [F("nodes"), I(i)]);
            self.text(at(&path, [F("text")]), &node.text, "node text");
            match (node.choices.is_empty(), node.outcome.is_some()) {
                (true, false) => self.error(
                    path.clone(),
                    format!("node \"{}\" is a dead end: give it choices, or an `outcome` (Success, Partial or Failure) to make it an ending", node.id),
                ),
                (false, true) => self.error(
                    at(&path, [F("outcome")]),
                    format!("node \"{}\" has both choices and an outcome; an ending has an outcome and no choices", node.id),
                ),
                _ => {}
            }
            self.unique(
                node.choices
                    .iter()
                    .enumerate()
                    .map(|(j, ch)| (at(&path, [F("choices"), I(j), F("id")]), &ch.id)),
                "choice",
                "in this node",
            );
            for (j, choice) in node.choices.iter().enumerate() {
                let cpath = at(&path, [F("choices"), I(j)]);
                self.text(at(&cpath, [F("text")]), &choice.text, "choice text");
                self.opt_text(
                    at(&cpath, [F("feedback")]),
                    choice.feedback.as_ref(),
                    "feedback",
                );
                match index.get(choice.next.as_str()) {
                    Some(&target) => edges[i].push(target),
                    None => self.error(
                        at(&cpath, [F("next")]),
                        format!(
                            "this choice leads to \"{}\", which is not a node of this scenario{}",
                            choice.next,
                            suggest(choice.next.as_str(), node_ids())
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
                self.error(path, format!("node \"{}\" can never be reached from the start node \"{}\"; lead a choice to it or remove it", node.id, e.start));
            } else if !ends_reachable[i] && !node.choices.is_empty() {
                self.error(path, format!("from node \"{}\" no path leads to an ending, so learners would go round forever; lead a choice to a node with an outcome", node.id));
            }
        }
        if !e
            .nodes
            .iter()
            .any(|n| n.outcome == Some(super::model::Outcome::Success))
        {
            self.warn(
                at(base, [F("nodes")]),
                "no ending has `outcome: Success`, so no learner can do well in this scenario",
            );
        }
    }

    fn checklist(&mut self, c: &Checklist) {
        self.id(vec![F("id")], &c.id, "checklist");
        self.text(vec![F("title")], &c.title, "title");
        self.text(vec![F("summary")], &c.summary, "summary");
        // Scale.
        let levels = &c.scale.levels;
        if levels.len() < 2 {
            self.error(
                vec![F("scale"), F("levels")],
                "a scale needs at least two levels, e.g. 0 = no, 1 = partly, 2 = yes",
            );
        }
        for (i, level) in levels.iter().enumerate() {
            let path = vec![F("scale"), F("levels"), I(i)];
            self.text(at(&path, [F("label")]), &level.label, "level label");
            if i > 0 {
                let prev = levels[i - 1].value;
                if level.value <= prev {
                    self.error(
                        at(&path, [F("value")]),
                        format!("scale values must increase: {} comes after {prev}; list the levels from lowest to highest", level.value),
                    );
                } else if level.value > prev + 1 {
                    self.error(
                        at(&path, [F("value")]),
                        format!(
                            "gap in the scale: {prev} is followed by {}; use consecutive values",
                            level.value
                        ),
                    );
                }
            }
        }
        self.opt_text(
            vec![F("scale"), F("not_applicable")],
            c.scale.not_applicable.as_ref(),
            "\"not applicable\" label",
        );
        // Dimensions and items.
        if c.dimensions.is_empty() {
            self.error(
                vec![F("dimensions")],
                "the checklist has no dimensions: add at least one, with items to rate",
            );
        }
        self.unique(
            c.dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| (vec![F("dimensions"), I(i), F("id")], &d.id)),
            "dimension",
            "in this checklist",
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
            "item",
            "in this checklist (item ids are unique across all dimensions)",
        );
        for (i, d) in c.dimensions.iter().enumerate() {
            let path = vec![F("dimensions"), I(i)];
            self.text(at(&path, [F("title")]), &d.title, "dimension title");
            self.weight(at(&path, [F("weight")]), d.weight);
            if d.items.is_empty() {
                self.error(
                    at(&path, [F("items")]),
                    format!("the dimension \"{}\" has no items to rate", d.id),
                );
            }
            for (j, item) in d.items.iter().enumerate() {
                let ipath = at(&path, [F("items"), I(j)]);
                self.text(at(&ipath, [F("text")]), &item.text, "item text");
                self.text(at(&ipath, [F("help")]), &item.help, "help text");
                self.weight(at(&ipath, [F("weight")]), item.weight);
            }
        }
        self.bands(c);
    }

    fn weight(&mut self, path: Path, weight: f64) {
        if !weight.is_finite() || weight <= 0.0 {
            self.error(path, format!("the weight {weight} must be greater than 0; remove the entry instead of weighting it 0"));
        }
    }

    fn bands(&mut self, c: &Checklist) {
        if c.bands.is_empty() {
            self.error(vec![F("bands")], "the checklist has no score bands: add bands that cover scores 0 to 100, each with advice");
            return;
        }
        self.unique(
            c.bands
                .iter()
                .enumerate()
                .map(|(i, b)| (vec![F("bands"), I(i), F("id")], &b.id)),
            "band",
            "in this checklist",
        );
        let mut usable = Vec::new();
        for (i, band) in c.bands.iter().enumerate() {
            let path = vec![F("bands"), I(i)];
            self.text(at(&path, [F("title")]), &band.title, "band title");
            self.text(at(&path, [F("advice")]), &band.advice, "advice");
            for (j, module) in band.modules.iter().enumerate() {
                if !self.module_ids.contains(module.as_str()) {
                    self.error(
                        at(&path, [F("modules"), I(j)]),
                        format!("the band links to the module \"{module}\", which is not in this pack{}", suggest(module.as_str(), self.module_ids.iter().copied())),
                    );
                }
            }
            if band.max > 100 {
                self.error(
                    at(&path, [F("max")]),
                    format!("max is {}, but scores go from 0 to 100", band.max),
                );
            } else if band.min > band.max {
                self.error(
                    at(&path, [F("min")]),
                    format!(
                        "min {} is above max {}; a band covers min to max, both included",
                        band.min, band.max
                    ),
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
                    format!("scores {expected_min}–{} fall in no band; start this band at {expected_min} or add a band for them", min - 1),
                );
            } else if min < expected_min && k > 0 {
                let (other, _, _) = usable[k - 1];
                self.out.push(Finding {
                    file: self.file,
                    path,
                    severity: Severity::Error,
                    message: format!(
                        "this band overlaps the band \"{}\" on scores {min}–{}; a score must fall in exactly one band",
                        c.bands[other].id,
                        (expected_min - 1).min(max)
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
                format!(
                    "scores {expected_min}–100 fall in no band; the highest band must end at 100"
                ),
            );
        }
    }

    fn glossary(&mut self, g: &Glossary) {
        self.unique(
            g.terms
                .iter()
                .enumerate()
                .map(|(i, t)| (vec![F("terms"), I(i), F("id")], &t.id)),
            "term",
            "in the glossary",
        );
        for (i, term) in g.terms.iter().enumerate() {
            let path = vec![F("terms"), I(i)];
            self.text(at(&path, [F("term")]), &term.term, "term");
            self.text(at(&path, [F("definition")]), &term.definition, "definition");
            for (j, other) in term.see_also.iter().enumerate() {
                if !self.term_ids.contains(other.as_str()) {
                    self.error(
                        at(&path, [F("see_also"), I(j)]),
                        format!("\"see also\" names the term \"{other}\", which the glossary does not define{}", suggest(other.as_str(), self.term_ids.iter().copied())),
                    );
                } else if other == &term.id {
                    self.warn(
                        at(&path, [F("see_also"), I(j)]),
                        "a term refers to itself in `see_also`; remove it",
                    );
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
        for root in 0..modules.len() {
            if mark[root] != Mark::New {
                continue;
            }
            // Iterative depth-first search: (node, next edge to try).
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            mark[root] = Mark::Open;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&(entry, target)) = edges[node].get(*next) {
                    *next += 1;
                    match mark[target] {
                        Mark::New => {
                            mark[target] = Mark::Open;
                            stack.push((target, 0));
                        }
                        Mark::Open => {
                            let from = stack.iter().position(|&(n, _)| n == target).unwrap_or(0);
                            let cycle: Vec<usize> = stack[from..].iter().map(|&(n, _)| n).collect();
                            let mut key = cycle.clone();
                            key.sort_unstable();
                            if reported.insert(key) {
                                let names: Vec<&str> = cycle
                                    .iter()
                                    .chain(std::iter::once(&target))
                                    .map(|&n| modules[n].1.id.as_str())
                                    .collect();
                                let (file, _) = modules[node];
                                self.out.push(Finding {
                                    file,
                                    path: vec![F("prerequisites"), I(entry)],
                                    severity: Severity::Error,
                                    message: format!(
                                        "prerequisite cycle: {}; a module cannot require itself, even through others — remove one of these prerequisites",
                                        names.join(" → ")
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
                    stack.pop();
                }
            }
        }
    }
}

/// ", did you mean \"x\"?" when a known id is close to a misspelt one.
fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> String {
    let mut best: Option<(usize, &str)> = None;
    for candidate in known {
        let d = edit_distance(wrong, candidate);
        if d <= 2.max(candidate.len() / 4) && best.is_none_or(|(bd, bc)| (d, candidate) < (bd, bc))
        {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, c)| format!("; did you mean \"{c}\"?"))
        .unwrap_or_default()
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
