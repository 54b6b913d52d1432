//! The facilitator's one-page guide of the workshop kit.

use super::*;

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
