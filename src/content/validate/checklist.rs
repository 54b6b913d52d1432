//! A self-assessment: its scale, dimensions, weights, bands, knock-out
//! gates and threshold levels.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn checklist(&mut self, c: &'a Checklist) {
        self.id(vec![F("id")], &c.id, "chk-kind-checklist");
        self.sources(c.reviewed.as_deref(), &c.sources);
        self.text(vec![F("title")], &c.title, "chk-field-title");
        self.text(vec![F("summary")], &c.summary, "chk-field-summary");
        self.opt_text(
            vec![F("subject_hint")],
            c.subject_hint.as_ref(),
            "chk-field-subject-hint",
        );
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

    pub(super) fn errors(&self) -> usize {
        self.out
            .iter()
            .filter(|f| f.file == self.file && f.severity == Severity::Error)
            .count()
    }

    /// `path` names an item of `c`; otherwise an error with a suggestion.
    pub(super) fn item_ref(
        &mut self,
        path: Path,
        c: &Checklist,
        id: &Id,
        what: &'static str,
    ) -> bool {
        match item_unknown(c, id, what) {
            None => true,
            Some(message) => {
                self.error(path, message);
                false
            }
        }
    }

    pub(super) fn band_ref(
        &mut self,
        path: Path,
        c: &Checklist,
        id: &Id,
        what: &'static str,
    ) -> bool {
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

    pub(super) fn on_scale(&mut self, path: Path, c: &Checklist, value: u32) {
        let values = c.scale.levels.iter().map(|l| l.value);
        if !values.clone().any(|v| v == value) {
            let (min, max) = (values.clone().min().unwrap_or(0), values.max().unwrap_or(0));
            self.error(
                path,
                msg!("chk-rating-off-scale", value = value, min = min, max = max),
            );
        }
    }

    pub(super) fn gates(&mut self, c: &Checklist) {
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
                if self.unknown_module(module.as_str()) {
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

    pub(super) fn levels(&mut self, c: &Checklist) {
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
    pub(super) fn level_items<'c>(
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
    pub(super) fn dimension_levels(
        &mut self,
        c: &Checklist,
        base: &[Seg],
        d: &crate::content::model::Dimension,
    ) {
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

    pub(super) fn weight(&mut self, path: Path, weight: f64) {
        use crate::content::model::{WEIGHT_MAX, WEIGHT_MIN};
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

    pub(super) fn bands(&mut self, c: &Checklist) {
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
                if self.unknown_module(module.as_str()) {
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
}
