//! The worked cases of a checklist, scored as a learner would be, against
//! what their author expects.

use super::*;

impl<'a> Checker<'a> {
    /// Worked cases; they are scored only when the rest of the checklist
    /// has no error (`sound`), since a broken checklist scores nothing.
    pub(super) fn cases(&mut self, c: &Checklist, sound: bool) {
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
}
