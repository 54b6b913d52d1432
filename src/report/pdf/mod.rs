//! PDF exports: a self-assessment report, a certificate of completion, a
//! learner's report and the facilitator's guide, one file each; here the
//! page writer they share. The DejaVu Sans subset Puente ships is embedded
//! (subset again by the PDF writer), so Spanish and Portuguese print and
//! copy correctly on any computer.

mod answers;
mod assessment;
mod guide;
mod learner;

pub use assessment::assessment_report;
pub use guide::facilitator_guide;
pub use learner::{certificate, learner_report};

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
use crate::i18n::{I18n, Msg};
use crate::{msg, tr};

/// A `YYYY-MM-DD` date as a document in `lang` writes every date ("27 de
/// noviembre de 2026"); anything else as it is.
fn day(date: &str, lang: &str) -> String {
    date.parse::<jiff::civil::Date>().map_or_else(
        |_| date.to_owned(),
        |d| crate::content::dates::day_month_year(d, lang),
    )
}
use crate::progress::state::AssessmentRun;

const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
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
        // A word longer than a line (a URL) is cut across lines.
        let chars: Vec<Vec<char>> = paragraph
            .split_whitespace()
            .map(|w| w.chars().collect())
            .collect();
        for piece in chars.iter().flat_map(|w| w.chunks(max_chars)) {
            if !line.is_empty() && line.chars().count() + 1 + piece.len() > max_chars {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.extend(piece);
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

/// One line of text of a [`Writer::row`] column.
struct Line {
    text: String,
    size: f32,
    color: rgb::Color,
    /// How far right of its column the line begins.
    indent: f32,
}

/// `text` wrapped to `width` at `size`, as lines of one colour.
fn lines(text: &str, size: f32, width: f32, color: rgb::Color) -> Vec<Line> {
    wrap(text, size, width)
        .into_iter()
        .map(|text| Line {
            text,
            size,
            color,
            indent: 0.0,
        })
        .collect()
}

/// How far a bullet's text stands right of the bullet, in ems.
const BULLET_INDENT: f32 = 0.9;

/// A bullet point: `text` after "• ", its further lines under the text
/// rather than under the bullet.
fn bullet(text: &str, size: f32, width: f32, color: rgb::Color) -> Vec<Line> {
    let indent = size * BULLET_INDENT;
    let mut out = lines(text, size, width - indent, color);
    for (n, line) in out.iter_mut().enumerate() {
        if n == 0 {
            line.text = format!("• {}", line.text);
        } else {
            line.indent = indent;
        }
    }
    out
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

    /// A row of two columns side by side, each a list of lines (see
    /// [`lines`]) starting at `left_x` and `right_x` on the same baseline;
    /// moves down past the longer column. A row is kept on one page; one
    /// taller than a page is laid out as one column instead, so no line is
    /// ever drawn over the footer or another.
    fn row(&mut self, left_x: f32, left: Vec<Line>, right_x: f32, right: Vec<Line>) {
        let height = |col: &[Line]| col.iter().map(|l| l.size * 1.45).sum::<f32>();
        let tall = height(&left).max(height(&right));
        if tall > A4.1 - 2.0 * MARGIN {
            for (x, line) in left
                .into_iter()
                .map(|l| (left_x, l))
                .chain(right.into_iter().map(|l| (right_x, l)))
            {
                let advance = line.size * 1.45;
                self.room(advance);
                self.line(x, self.y, line);
                self.y += advance;
            }
            return;
        }
        self.room(tall);
        let top = self.y;
        for (x, col) in [(left_x, left), (right_x, right)] {
            let mut y = top;
            for line in col {
                let advance = line.size * 1.45;
                self.line(x, y, line);
                y += advance;
            }
        }
        self.y = top + tall;
    }

    /// One line whose top is at `y`.
    fn line(&mut self, x: f32, y: f32, line: Line) {
        self.push(Item::Text {
            x: x + line.indent,
            y: y + line.size * 1.1,
            size: line.size,
            color: line.color,
            text: line.text,
        });
    }

    /// Further text starts on a new page (unless this one is still empty).
    fn new_page(&mut self) {
        if self.pages.last().is_some_and(|p| !p.is_empty()) {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    /// A heading kept on the page with `next` points of what follows it.
    fn heading(&mut self, text: &str, size: f32, color: rgb::Color, next: f32) {
        self.room(size * 1.45 + next);
        self.text(text, size, color);
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
    fn a_word_longer_than_a_line_is_cut() {
        let url = "https://example.org/".repeat(5);
        let lines = wrap(&format!("see {url} now"), 10.0, 100.0);
        assert!(lines.iter().all(|l| l.chars().count() <= 17), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), format!("see{url}now"));
    }

    #[test]
    fn markdown_becomes_plain_text() {
        assert_eq!(plain("A **bold** [term](glossary:x)."), "A bold term.");
    }
}
