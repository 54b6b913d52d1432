//! The pack as a whole: `pack.ron`, each module, the glossary,
//! prerequisites without cycles, and sources with their review dates.

use super::*;

impl<'a> Checker<'a> {
    /// A module's or checklist's review date and sources; its `source:`
    /// links are checked against these from here on.
    pub(super) fn sources(&mut self, reviewed: Option<&str>, sources: &'a [Source]) {
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
    pub(super) fn review_date(&mut self, path: Path, text: &str) {
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

    pub(super) fn pack_info(&mut self, info: &PackInfo) {
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

    /// The course's path in `pack.ron`: each section titled, naming modules
    /// of the pack, each module in one section at most; a module left out
    /// of every section is shown apart, and said so.
    pub(super) fn sections(&mut self, sections: &[Section], modules: &[&Module]) {
        if sections.is_empty() {
            return;
        }
        self.unique(
            sections
                .iter()
                .enumerate()
                .map(|(i, s)| (vec![F("sections"), I(i), F("id")], &s.id)),
            "chk-kind-section",
            "chk-scope-sections",
        );
        let mut placed: HashMap<&str, &str> = HashMap::new();
        for (i, section) in sections.iter().enumerate() {
            let path = vec![F("sections"), I(i)];
            self.text(
                at(&path, [F("title")]),
                &section.title,
                "chk-field-section-title",
            );
            if section.modules.is_empty() {
                self.warn(
                    at(&path, [F("modules")]),
                    msg!("chk-section-empty", section = &section.id),
                );
            }
            for (j, id) in section.modules.iter().enumerate() {
                let here = at(&path, [F("modules"), I(j)]);
                if self.unreadable_modules.contains(id.as_str()) {
                    // Its file could not be read: said once, after the parse
                    // error, not again here.
                    placed.insert(id.as_str(), section.id.as_str());
                } else if !self.module_ids.contains(id.as_str()) {
                    self.error(
                        here,
                        msg!(
                            "chk-section-module-unknown",
                            id = id,
                            hint = (!self.saturated("chk-section-module-unknown"))
                                .then(|| suggest(id.as_str(), self.module_ids.iter().copied()))
                                .flatten()
                        ),
                    );
                } else if let Some(first) = placed.get(id.as_str()) {
                    self.error(
                        here,
                        msg!("chk-section-module-twice", id = id, section = *first),
                    );
                } else {
                    placed.insert(id.as_str(), section.id.as_str());
                }
            }
        }
        for module in modules {
            if !placed.contains_key(module.id.as_str()) {
                self.warn(
                    vec![F("sections")],
                    msg!("chk-section-module-missing", id = &module.id),
                );
            }
        }
    }

    pub(super) fn module(&mut self, m: &'a Module) {
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
            if self.unknown_module(pre.as_str()) {
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

    pub(super) fn glossary(&mut self, g: &Glossary) {
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
    pub(super) fn prerequisite_cycles(&mut self, modules: &[(usize, &Module)]) {
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
