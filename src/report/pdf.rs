//! PDF exports: a self-assessment report and a certificate of completion.
//! The DejaVu Sans subset Puente ships is embedded (subset again by the
//! PDF writer), so Spanish and Portuguese print and copy correctly on any
//! computer.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::assess::checklist;
use crate::content::Pack;
use crate::content::model::Checklist;
use crate::i18n::Msg;
use crate::msg;
use crate::progress::state::AssessmentRun;

const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const A4: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 56.0;
/// Average advance of DejaVu Sans, in ems, used to wrap lines.
const AVERAGE_ADVANCE: f32 = 0.56;

fn grey(v: u8) -> rgb::Color {
    rgb::Color::new(v, v, v)
}

fn fill(color: rgb::Color) -> Fill {
    Fill {
        paint: color.into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Split `text` into lines of at most `width` points at `size`.
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let max_chars = ((width / (size * AVERAGE_ADVANCE)) as usize).max(10);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// Markdown to plain text for print: drops emphasis marks and keeps link
/// texts.
fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak | Event::End(TagEnd::Paragraph) => out.push('\n'),
            Event::Start(Tag::Item) => out.push_str("• "),
            Event::End(TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// Lays text out top to bottom over as many pages as needed.
struct Writer {
    document: Document,
    font: Font,
    pages: Vec<Vec<Item>>,
    y: f32,
}

enum Item {
    Text {
        x: f32,
        y: f32,
        size: f32,
        color: rgb::Color,
        text: String,
    },
    Rect {
        rect: Rect,
        color: rgb::Color,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        color: rgb::Color,
    },
}

/// Why a PDF could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("the embedded font could not be read")]
    Font,
    #[error("bad page size")]
    PageSize,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

impl PdfError {
    /// What went wrong, in any language.
    pub fn msg(&self) -> Msg {
        match self {
            Self::Font => msg!("pdf-font"),
            Self::PageSize => msg!("pdf-page"),
            Self::Write(_) => msg!("pdf-write"),
        }
    }
}

impl Writer {
    fn new(title: &str) -> Result<Self, PdfError> {
        let font = Font::new(FONT.into(), 0).ok_or(PdfError::Font)?;
        let mut document = Document::new();
        document.set_metadata(
            Metadata::new()
                .title(title.to_owned())
                .creator("Puente".to_owned()),
        );
        Ok(Self {
            document,
            font,
            pages: vec![Vec::new()],
            y: MARGIN,
        })
    }

    fn room(&mut self, height: f32) {
        if self.y + height > A4.1 - MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    /// Wrapped text at the current position; moves down.
    fn text(&mut self, text: &str, size: f32, color: rgb::Color) {
        let width = A4.0 - 2.0 * MARGIN;
        for line in wrap(text, size, width) {
            self.room(size * 1.4);
            self.y += size * 1.1;
            self.push(Item::Text {
                x: MARGIN,
                y: self.y,
                size,
                color,
                text: line,
            });
            self.y += size * 0.35;
        }
    }

    fn gap(&mut self, height: f32) {
        self.y += height;
    }

    fn finish(self) -> Result<Vec<u8>, PdfError> {
        let Self {
            mut document,
            font,
            pages,
            ..
        } = self;
        let count = pages.len();
        for (n, items) in pages.into_iter().enumerate() {
            let settings = PageSettings::from_wh(A4.0, A4.1).ok_or(PdfError::PageSize)?;
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            for item in items {
                draw(&mut surface, &font, item);
            }
            let footer = format!("Puente · {} / {count}", n + 1);
            draw(
                &mut surface,
                &font,
                Item::Text {
                    x: MARGIN,
                    y: A4.1 - MARGIN / 2.0,
                    size: 8.0,
                    color: grey(120),
                    text: footer,
                },
            );
            surface.finish();
            page.finish();
        }
        document
            .finish()
            .map_err(|e| PdfError::Write(format!("{e:?}")))
    }
}

fn draw(surface: &mut Surface<'_>, font: &Font, item: Item) {
    match item {
        Item::Text {
            x,
            y,
            size,
            color,
            text,
        } => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(color)));
            surface.draw_text(
                Point::from_xy(x, y),
                font.clone(),
                size,
                &text,
                false,
                TextDirection::Auto,
            );
        }
        Item::Rect { rect, color } => {
            let mut pb = PathBuilder::new();
            pb.push_rect(rect);
            if let Some(path) = pb.finish() {
                surface.set_fill(Some(fill(color)));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
        }
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            color,
        } => {
            let mut pb = PathBuilder::new();
            pb.move_to(x1, y1);
            pb.line_to(x2, y2);
            if let Some(path) = pb.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: color.into(),
                    width: 0.8,
                    ..Default::default()
                }));
                surface.draw_path(&path);
            }
        }
    }
}

/// The report of one self-assessment run: scores, a bar per dimension with
/// the band limits, the band's advice, the learner's notes, the date and the
/// pack version.
pub fn assessment_report(
    pack: &Pack,
    c: &Checklist,
    run: &AssessmentRun,
    learner: &str,
    lang: &str,
    today: &str,
) -> Result<Vec<u8>, PdfError> {
    let t = |text: &crate::content::Text| plain(text.get(lang, pack.fallback_language()));
    let score = checklist::score(c, &run.ratings);
    let mut w = Writer::new(&format!("{} — {}", t(&c.title), run.name))?;
    w.text("Self-assessment report", 10.0, grey(110));
    w.text(&t(&c.title), 20.0, grey(20));
    w.text(&run.name, 14.0, grey(40));
    w.text(
        &format!(
            "{learner} · started {} · report {today} · {} {}",
            crate::content::dates::day_month_year(
                run.started.to_zoned(jiff::tz::TimeZone::UTC).date(),
                lang
            ),
            t(&pack.info.title),
            pack.info.version
        ),
        9.0,
        grey(110),
    );
    if let Some(reviewed) = &c.reviewed {
        w.text(&format!("Checklist reviewed {reviewed}"), 9.0, grey(110));
    }
    w.gap(14.0);
    let item_text = |id: &str| {
        c.dimensions
            .iter()
            .flat_map(|d| &d.items)
            .find(|i| i.id.as_str() == id)
            .map(|i| t(&i.text))
            .unwrap_or_else(|| id.to_owned())
    };
    // Knock-out answers come first, above the score.
    if !score.gates.is_empty() {
        w.text("Before anything else", 16.0, grey(10));
        for gate in &score.gates {
            w.text(&item_text(gate.item.as_str()), 11.0, grey(20));
            w.text(&t(&gate.advice), 11.0, grey(40));
            if let Some(cap) = c.bands.iter().find(|b| b.id == gate.cap) {
                w.text(
                    &format!(
                        "Because of this answer, the result is at most \"{}\", whatever the score.",
                        t(&cap.title)
                    ),
                    10.0,
                    grey(60),
                );
            }
            w.gap(6.0);
        }
        w.gap(8.0);
    }
    if !c.levels.is_empty() && score.overall.is_some() {
        let level = score
            .level
            .map_or_else(|| "no level reached yet".to_owned(), |l| t(&l.title));
        w.text(&format!("Level reached: {level}"), 16.0, grey(10));
    }
    match (score.overall, score.band) {
        (Some(overall), band) => {
            w.text(&format!("Score: {overall:.0} / 100"), 22.0, grey(10));
            if let Some(band) = band {
                w.text(&t(&band.title), 14.0, grey(30));
                w.text(&t(&band.advice), 11.0, grey(40));
                let modules: Vec<String> = band
                    .modules
                    .iter()
                    .filter_map(|m| pack.module(m.as_str()))
                    .map(|m| t(&m.title))
                    .collect();
                if !modules.is_empty() {
                    w.text(
                        &format!("Modules that help: {}", modules.join("; ")),
                        10.0,
                        grey(60),
                    );
                }
            }
        }
        (None, _) => {
            w.text("Too few answers to score yet", 16.0, grey(20));
            w.text(
                &format!(
                    "Answer at least half of the items in every dimension ({} more needed).",
                    score.missing
                ),
                11.0,
                grey(60),
            );
        }
    }
    if !score.plan.is_empty() {
        let next = match score.level {
            Some(reached) => c.levels.iter().find(|l| l.value > reached.value),
            None => c.levels.first(),
        };
        if let Some(next) = next {
            w.gap(10.0);
            w.text(
                &format!("To reach \"{}\", complete:", t(&next.title)),
                12.0,
                grey(20),
            );
            for id in &score.plan {
                w.text(&format!("• {}", item_text(id)), 11.0, grey(40));
            }
        }
    }
    if !score.dimension_levels.is_empty() {
        w.gap(14.0);
        w.text("Levels by dimension", 12.0, grey(20));
        for d in &score.dimension_levels {
            let level = d
                .level
                .map_or_else(|| "no level reached yet".to_owned(), |l| t(&l.title));
            w.text(
                &format!("{}: {level}", t(&d.dimension.title)),
                11.0,
                grey(30),
            );
            if let Some(next) = d.next {
                w.text(
                    &format!("To reach \"{}\", complete:", t(&next.title)),
                    10.0,
                    grey(60),
                );
                for id in &d.plan {
                    w.text(&format!("• {}", item_text(id)), 10.0, grey(40));
                }
            }
            w.gap(4.0);
        }
    }
    w.gap(16.0);
    w.text("Score by dimension", 12.0, grey(20));
    w.gap(6.0);
    let (label_w, bar_x, bar_w) = (190.0, MARGIN + 200.0, 230.0);
    let top = w.y;
    for (d, s) in c.dimensions.iter().zip(&score.dimensions) {
        w.room(24.0);
        let y = w.y;
        let label = wrap(&t(&d.title), 10.0, label_w)
            .into_iter()
            .next()
            .unwrap_or_default();
        w.push(Item::Text {
            x: MARGIN,
            y: y + 12.0,
            size: 10.0,
            color: grey(30),
            text: label,
        });
        if let Some(rect) = Rect::from_xywh(bar_x, y + 3.0, bar_w, 12.0) {
            w.push(Item::Rect {
                rect,
                color: grey(232),
            });
        }
        if let Some(value) = s.score
            && let Some(rect) = Rect::from_xywh(
                bar_x,
                y + 3.0,
                (bar_w * value as f32 / 100.0).max(0.5),
                12.0,
            )
        {
            w.push(Item::Rect {
                rect,
                color: rgb::Color::new(48, 110, 170),
            });
        }
        let shown = s
            .score
            .map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"));
        w.push(Item::Text {
            x: bar_x + bar_w + 8.0,
            y: y + 12.0,
            size: 10.0,
            color: grey(30),
            text: shown,
        });
        w.y += 20.0;
    }
    // Where each band begins, across the bars.
    for band in c.bands.iter().filter(|b| b.min > 0) {
        let x = bar_x + bar_w * band.min as f32 / 100.0;
        w.push(Item::Line {
            x1: x,
            y1: top,
            x2: x,
            y2: w.y,
            color: grey(130),
        });
    }
    w.text(
        "Vertical lines: where each score band begins.",
        8.0,
        grey(120),
    );
    if !run.notes.is_empty() {
        w.gap(14.0);
        w.text("Notes", 12.0, grey(20));
        for d in &c.dimensions {
            for item in &d.items {
                if let Some(note) = run.notes.get(item.id.as_str()) {
                    w.gap(4.0);
                    w.text(&t(&item.text), 10.0, grey(30));
                    w.text(note, 10.0, grey(70));
                }
            }
        }
    }
    w.finish()
}

/// A certificate of completion for a module.
///
/// It names the pack's version and the day its content was last reviewed,
/// so whoever reads it knows which course, as of when, was completed.
pub fn certificate(
    pack: &Pack,
    module_title: &str,
    module_reviewed: Option<&str>,
    learner: &str,
    score: Option<f64>,
    date: &str,
) -> Result<Vec<u8>, PdfError> {
    let mut w = Writer::new(&format!("Certificate — {module_title}"))?;
    w.gap(120.0);
    w.text("Certificate of completion", 26.0, grey(20));
    w.gap(30.0);
    w.text(learner, 22.0, rgb::Color::new(30, 70, 120));
    w.gap(10.0);
    w.text("has completed the module", 12.0, grey(70));
    w.text(module_title, 18.0, grey(20));
    if let Some(score) = score {
        w.gap(8.0);
        w.text(&format!("with a score of {score:.0}%"), 12.0, grey(40));
    }
    w.gap(30.0);
    let pack_title = pack.info.title.get("en", pack.fallback_language());
    w.text(
        &format!("{date} · {pack_title}, version {}", pack.info.version),
        10.0,
        grey(110),
    );
    let reviewed = [
        pack.info
            .reviewed
            .as_deref()
            .map(|d| format!("course reviewed {d}")),
        module_reviewed.map(|d| format!("module reviewed {d}")),
    ];
    let reviewed: Vec<String> = reviewed.into_iter().flatten().collect();
    if !reviewed.is_empty() {
        w.text(&reviewed.join(" · "), 10.0, grey(110));
    }
    w.finish()
}

/// A learner's report: every module with its status and score, and the
/// latest run of each self-assessment with its band.
pub fn learner_report(
    packs: &[&Pack],
    learner: &str,
    progress: &crate::progress::Progress,
    lang: &str,
    today: &str,
) -> Result<Vec<u8>, PdfError> {
    let mut w = Writer::new(&format!("Puente — {learner}"))?;
    w.text("Learner report", 10.0, grey(110));
    w.text(learner, 22.0, grey(20));
    w.text(&format!("Report of {today}"), 9.0, grey(110));
    for pack in packs {
        let t = |text: &crate::content::Text| plain(text.get(lang, pack.fallback_language()));
        let id = pack.info.id.as_str();
        w.gap(14.0);
        w.text(
            &format!("{} ({})", t(&pack.info.title), pack.info.version),
            13.0,
            grey(30),
        );
        w.gap(4.0);
        w.text("Modules", 12.0, grey(20));
        for module in &pack.modules {
            let mp = progress.module(id, module.id.as_str());
            let score = crate::assess::module_score(&module.steps, mp);
            let status = match (mp.and_then(|p| p.completed), score.percent) {
                (Some(_), Some(p)) => format!("completed, score {p:.0}%"),
                (Some(_), None) => "completed".to_owned(),
                (None, _) if score.done > 0 => {
                    format!("in progress, {} of {} steps", score.done, score.steps)
                }
                _ => "not started".to_owned(),
            };
            w.text(&format!("{} — {status}", t(&module.title)), 10.0, grey(40));
        }
        let mut any = false;
        for c in &pack.checklists {
            let runs = progress.runs_of(id, c.id.as_str());
            let mut seen = std::collections::BTreeSet::new();
            for run in runs.iter().rev().filter(|r| seen.insert(r.name.clone())) {
                if !any {
                    w.gap(8.0);
                    w.text("Self-assessments", 12.0, grey(20));
                    any = true;
                }
                let s = checklist::score(c, &run.ratings);
                let result = match (s.overall, s.band) {
                    (Some(v), Some(band)) => format!("{v:.0} / 100, {}", t(&band.title)),
                    (Some(v), None) => format!("{v:.0} / 100"),
                    (None, _) => "not enough answers to score".to_owned(),
                };
                w.text(
                    &format!(
                        "{}: {} ({}) — {result}",
                        t(&c.title),
                        run.name,
                        crate::content::dates::day_month_year(
                            run.started.to_zoned(jiff::tz::TimeZone::UTC).date(),
                            lang
                        )
                    ),
                    10.0,
                    grey(40),
                );
            }
        }
    }
    w.finish()
}

/// The facilitator's one-page guide of the workshop kit (`puente guide`,
/// `scripts/dist.sh --kit`): starting Puente from the sticks, the
/// projector, gathering the room's progress, in English, Spanish and
/// Portuguese one after the other, from `assets/i18n/*/guide.ftl`. Fails
/// rather than spill onto a second page.
pub fn facilitator_guide(version: &str) -> Result<Vec<u8>, PdfError> {
    use crate::i18n::{I18n, LANGUAGES, language_name};
    const SIZE: f32 = 8.2;
    const LINE: f32 = SIZE * 1.38;
    const LEFT: f32 = 44.0;
    const INDENT: f32 = 13.0;
    const STEPS: [&str; 7] = [
        "guide-before",
        "guide-start",
        "guide-projector",
        "guide-gather",
        "guide-dashboard",
        "guide-commands",
        "guide-trouble",
    ];
    let width = A4.0 - 2.0 * LEFT;
    let ink = grey(25);
    let blue = rgb::Color::new(24, 74, 122);
    let mut w = Writer::new(&I18n::new("en").t("guide-title"))?;
    let mut y = 36.0;
    let text = |w: &mut Writer, x: f32, y: f32, size: f32, color: rgb::Color, text: String| {
        w.push(Item::Text {
            x,
            y,
            size,
            color,
            text,
        });
    };
    y += 18.0;
    text(&mut w, LEFT, y, 17.0, blue, format!("Puente {version}"));
    y += 10.0;
    for code in LANGUAGES {
        let i18n = I18n::new(code);
        y += 8.0;
        let band = Rect::from_xywh(LEFT, y, width, 19.0).ok_or(PdfError::PageSize)?;
        w.push(Item::Rect {
            rect: band,
            color: rgb::Color::new(228, 238, 252),
        });
        let heading = format!("{} · {}", i18n.t("guide-title"), language_name(code));
        text(&mut w, LEFT + 6.0, y + 13.5, 11.5, blue, heading);
        y += 19.0 + 4.0;
        for line in wrap(&i18n.t("guide-intro"), SIZE, width) {
            y += LINE;
            text(&mut w, LEFT, y, SIZE, ink, line);
        }
        y += 2.0;
        for (n, id) in STEPS.iter().enumerate() {
            text(&mut w, LEFT, y + LINE, SIZE, blue, format!("{}.", n + 1));
            for line in wrap(&i18n.t(id), SIZE, width - INDENT) {
                y += LINE;
                text(&mut w, LEFT + INDENT, y, SIZE, ink, line);
            }
            y += 1.5;
        }
    }
    // The footer of the page sits at A4.1 - MARGIN / 2.
    if y > A4.1 - MARGIN / 2.0 - 14.0 {
        return Err(PdfError::Write(format!(
            "the facilitator's guide no longer fits one page ({y:.0} of {:.0} points)",
            A4.1 - MARGIN / 2.0 - 14.0
        )));
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words_to_the_width() {
        let lines = wrap(
            "uno dos tres cuatro cinco seis siete ocho nueve diez once doce",
            10.0,
            100.0,
        );
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= 17));
        assert_eq!(
            lines.join(" "),
            "uno dos tres cuatro cinco seis siete ocho nueve diez once doce"
        );
    }

    #[test]
    fn markdown_becomes_plain_text() {
        assert_eq!(plain("A **bold** [term](glossary:x)."), "A bold term.");
    }
}
