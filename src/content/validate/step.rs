//! One step of a module and the exercise kinds checked on their own:
//! options, ordering, matching, numbers and dates.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn step(&mut self, base: &[Seg], step: &Step) {
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
                        msg!(
                            "chk-single-many-correct",
                            count = n,
                            options = e
                                .options
                                .iter()
                                .filter(|o| o.correct)
                                .map(|o| format!("\"{}\"", o.id.as_str()))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
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
    pub(super) fn options(&mut self, base: &[Seg], options: &[ChoiceOption]) -> usize {
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
    pub(super) fn repeated_texts<'t>(
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

    pub(super) fn ordering(&mut self, base: &[Seg], e: &Ordering) {
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

    pub(super) fn matching(&mut self, base: &[Seg], e: &Matching) {
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

    pub(super) fn numeric(&mut self, base: &[Seg], e: &Numeric) {
        if !e.answer.is_finite() {
            self.error(at(base, [F("answer")]), msg!("chk-answer-not-finite"));
        }
        if !e.tolerance.is_finite() {
            self.error(at(base, [F("tolerance")]), msg!("chk-tolerance-not-finite"));
        } else if e.tolerance < 0.0 {
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

    pub(super) fn date(&mut self, base: &[Seg], e: &DateExercise) {
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
}
