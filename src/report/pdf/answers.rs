//! The item-level pages of the self-assessment report: the gaps to close
//! (see [`crate::assess::gaps`]) and, as an appendix, every answer with
//! the learner's note.

use super::*;
use crate::assess::gaps::{self, first_sentence};

/// Where the columns of an item row begin, and how wide they are.
const ITEM_X: f32 = MARGIN + 8.0;
const ITEM_W: f32 = 330.0;
const ANSWER_X: f32 = MARGIN + 352.0;
const ANSWER_W: f32 = A4.0 - MARGIN - ANSWER_X;

fn knock_out_red() -> rgb::Color {
    rgb::Color::new(160, 30, 30)
}

/// The words of one item-level section: the pack's texts in the learner's
/// language and the report's own.
pub(super) struct Words<'a> {
    pub pack: &'a Pack,
    pub lang: &'a str,
    pub tr: &'a I18n,
}

impl Words<'_> {
    fn t(&self, text: &crate::content::Text) -> String {
        plain(text.get(self.lang, self.pack.fallback_language()))
    }

    /// An answer as the learner chose it: the scale's label, "not
    /// applicable", or "not answered".
    fn answer(&self, c: &Checklist, rating: Option<&Option<u32>>) -> String {
        match rating {
            Some(Some(v)) => c
                .scale
                .levels
                .iter()
                .find(|l| l.value == *v)
                .map_or_else(|| v.to_string(), |l| self.t(&l.label)),
            Some(None) => c
                .scale
                .not_applicable
                .as_ref()
                .map_or_else(|| tr!(self.tr, "rpt-not-applicable"), |label| self.t(label)),
            None => tr!(self.tr, "rpt-unanswered"),
        }
    }
}

/// "Gaps to close": knock-out answers, then each dimension's gaps, then the
/// items not answered yet, apart.
pub(super) fn gaps_section(w: &mut Writer, words: &Words<'_>, c: &Checklist, run: &AssessmentRun) {
    let tr = words.tr;
    let g = gaps::gaps(c, &run.ratings);
    w.gap(16.0);
    w.heading(&tr!(tr, "rpt-gaps"), 14.0, grey(10), 60.0);
    if g.none() {
        w.text(&tr!(tr, "rpt-gaps-none"), 10.0, grey(60));
    } else {
        w.text(&tr!(tr, "rpt-gaps-intro"), 9.0, grey(100));
    }
    let gap_row = |w: &mut Writer, gap: &gaps::Gap<'_>| {
        let mut left = bullet(&words.t(&gap.item.text), 10.0, ITEM_W, grey(20));
        let help = words.t(&gap.item.help);
        let indent = 10.0 * BULLET_INDENT;
        left.extend(
            lines(first_sentence(&help), 8.5, ITEM_W - indent, grey(100))
                .into_iter()
                .map(|l| Line { indent, ..l }),
        );
        let mut right = lines(
            &words.answer(c, Some(&Some(gap.value))),
            10.0,
            ANSWER_W,
            grey(30),
        );
        if gap.knock_out {
            right.extend(lines(
                &tr!(tr, "rpt-knock-out"),
                9.0,
                ANSWER_W,
                knock_out_red(),
            ));
        }
        w.row(ITEM_X, left, ANSWER_X, right);
        w.gap(3.0);
    };
    if !g.knock_outs.is_empty() {
        w.gap(6.0);
        w.heading(&tr!(tr, "rpt-knock-outs"), 11.0, knock_out_red(), 40.0);
        for gap in &g.knock_outs {
            gap_row(w, gap);
        }
    }
    for d in &g.dimensions {
        w.gap(6.0);
        w.heading(&words.t(&d.dimension.title), 11.0, grey(20), 40.0);
        for gap in &d.gaps {
            gap_row(w, gap);
        }
    }
    if !g.unanswered.is_empty() {
        w.gap(10.0);
        w.heading(&tr!(tr, "rpt-not-answered"), 11.0, grey(20), 50.0);
        w.text(&tr!(tr, "rpt-not-answered-intro"), 9.0, grey(100));
        for open in &g.unanswered {
            let left = bullet(&words.t(&open.item.text), 10.0, ITEM_W, grey(40));
            let mut right = lines(&words.t(&open.dimension.title), 9.0, ANSWER_W, grey(90));
            if open.knock_out {
                right.extend(lines(
                    &tr!(tr, "rpt-knock-out-question"),
                    9.0,
                    ANSWER_W,
                    knock_out_red(),
                ));
            }
            w.row(ITEM_X, left, ANSWER_X, right);
            w.gap(3.0);
        }
    }
}

/// The appendix, from a new page: each item once, by dimension, with the
/// answer as the learner chose it and their note below the item.
pub(super) fn answers_appendix(
    w: &mut Writer,
    words: &Words<'_>,
    c: &Checklist,
    run: &AssessmentRun,
) {
    let tr = words.tr;
    w.new_page();
    w.text(&tr!(tr, "rpt-all-answers"), 14.0, grey(10));
    for d in &c.dimensions {
        w.gap(8.0);
        w.heading(&words.t(&d.title), 11.0, grey(20), 30.0);
        w.gap(2.0);
        for item in &d.items {
            let mut left = lines(&words.t(&item.text), 9.5, ITEM_W, grey(30));
            if let Some(note) = run.notes.get(item.id.as_str()) {
                left.extend(lines(
                    &tr!(tr, "rpt-note", note = note.as_str()),
                    9.0,
                    ITEM_W,
                    grey(90),
                ));
            }
            let rating = run.ratings.get(item.id.as_str());
            let color = if rating.is_some() {
                grey(30)
            } else {
                grey(120)
            };
            let right = lines(&words.answer(c, rating), 9.5, ANSWER_W, color);
            w.row(ITEM_X, left, ANSWER_X, right);
            w.gap(3.0);
        }
    }
}
