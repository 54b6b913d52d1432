//! Type sizes, spacing and the few colours screens use. Screens take
//! colours from here or from `ui.visuals()`, never as literals.

use egui::{Color32, FontFamily, FontId, TextStyle};

/// Widest a column of reading text gets, in points.
pub const READING_WIDTH: f32 = 760.0;
/// Space between sections.
pub const GAP: f32 = 14.0;

/// DejaVu Sans, subset to the Latin scripts, punctuation, arrows and marks
/// (assets/fonts/README.md): every letter of English, Spanish and
/// Portuguese, and the same look on every computer.
const SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const MONO: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansMono.ttf");

fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes, family) in [
        ("DejaVuSans", SANS, FontFamily::Proportional),
        ("DejaVuSansMono", MONO, FontFamily::Monospace),
    ] {
        fonts.font_data.insert(
            name.to_owned(),
            std::sync::Arc::new(egui::FontData::from_static(bytes)),
        );
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, name.to_owned());
    }
    fonts
}

/// The embedded fonts, larger type and roomier spacing than egui's
/// defaults, for reading.
pub fn apply(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
    ctx.set_theme(egui::ThemePreference::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(25.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Name("title".into()),
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(13.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        // A web link in a lesson shows its address before it is clicked.
        style.url_in_tooltip = true;
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 28.0;
    });
}

/// The style for a section title.
pub fn title() -> TextStyle {
    TextStyle::Name("title".into())
}

/// Green for right answers, readable on the current background.
pub fn right(visuals: &egui::Visuals) -> Color32 {
    if is_high_contrast(visuals) {
        return Color32::from_rgb(0, 68, 16);
    }
    if visuals.dark_mode {
        Color32::from_rgb(120, 210, 140)
    } else {
        Color32::from_rgb(20, 110, 50)
    }
}

/// Red for wrong answers, readable on the current background.
pub fn wrong(visuals: &egui::Visuals) -> Color32 {
    if is_high_contrast(visuals) {
        return Color32::from_rgb(135, 0, 0);
    }
    if visuals.dark_mode {
        Color32::from_rgb(255, 140, 130)
    } else {
        Color32::from_rgb(170, 30, 30)
    }
}

/// Amber for acceptable scenario moves and partial outcomes, readable on
/// the current background (always shown with words, never alone).
pub fn partial(visuals: &egui::Visuals) -> Color32 {
    if is_high_contrast(visuals) {
        return Color32::from_rgb(88, 52, 0);
    }
    if visuals.dark_mode {
        Color32::from_rgb(240, 190, 90)
    } else {
        Color32::from_rgb(140, 80, 0)
    }
}

/// The ring around the control that has the keyboard: at least 3:1 on
/// the page in every theme.
pub fn focus(visuals: &egui::Visuals) -> Color32 {
    if is_high_contrast(visuals) {
        return Color32::BLACK;
    }
    if visuals.dark_mode {
        Color32::from_rgb(255, 200, 80)
    } else {
        Color32::from_rgb(0, 84, 180)
    }
}

/// Background of a feedback box.
pub fn panel_fill(visuals: &egui::Visuals) -> Color32 {
    visuals.faint_bg_color
}

/// Background of the banner that says saving failed.
pub fn alarm_fill(visuals: &egui::Visuals) -> Color32 {
    if is_high_contrast(visuals) {
        return Color32::from_rgb(255, 238, 232);
    }
    if visuals.dark_mode {
        Color32::from_rgb(90, 30, 25)
    } else {
        Color32::from_rgb(255, 228, 220)
    }
}

/// Background of an informational banner.
/// The background of a matched word in search results.
pub fn mark_fill(visuals: &egui::Visuals) -> Color32 {
    if is_high_contrast(visuals) {
        return Color32::from_rgb(255, 255, 0);
    }
    if visuals.dark_mode {
        Color32::from_rgb(110, 90, 20)
    } else {
        Color32::from_rgb(255, 236, 150)
    }
}

pub fn note_fill(visuals: &egui::Visuals) -> Color32 {
    if is_high_contrast(visuals) {
        return Color32::from_rgb(236, 243, 255);
    }
    if visuals.dark_mode {
        Color32::from_rgb(40, 50, 70)
    } else {
        Color32::from_rgb(228, 238, 252)
    }
}

/// The bars of a chart.
pub fn chart_bar(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(110, 170, 230)
    } else {
        Color32::from_rgb(48, 110, 170)
    }
}

/// A centred column at most `width` wide, its contents aligned left: the
/// page shape of every screen that reads top to bottom.
pub fn column<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.vertical_centered(|ui| {
        // Never wider than the window: a wider column would be centred
        // past both edges on a small screen.
        ui.set_max_width(width.min(ui.available_width()));
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), add)
            .inner
    })
    .inner
}

/// A moment as a date in the learner's language and this computer's time
/// zone: "20 de noviembre de 2026".
pub fn local_date(at: jiff::Timestamp, lang: &str) -> String {
    let date = at.to_zoned(jiff::tz::TimeZone::system()).date();
    crate::content::dates::day_month_year(date, lang)
}

/// Apply a learner's display settings: text size and theme.
pub fn apply_display(ctx: &egui::Context, display: &crate::progress::store::Display) {
    use crate::progress::store::Theme;
    ctx.set_zoom_factor(display.zoom.clamp(MIN_ZOOM, MAX_ZOOM));
    match display.theme {
        Theme::Light => {
            ctx.set_theme(egui::ThemePreference::Light);
            ctx.set_visuals_of(egui::Theme::Light, outlined(egui::Visuals::light()));
        }
        Theme::Dark => {
            ctx.set_theme(egui::ThemePreference::Dark);
            ctx.set_visuals_of(egui::Theme::Dark, outlined(egui::Visuals::dark()));
        }
        Theme::HighContrast => {
            ctx.set_theme(egui::ThemePreference::Light);
            ctx.set_visuals_of(egui::Theme::Light, high_contrast());
        }
    }
}

pub const MIN_ZOOM: f32 = crate::progress::store::Display::MIN_ZOOM;
pub const MAX_ZOOM: f32 = crate::progress::store::Display::MAX_ZOOM;

/// Black on white with strong outlines: every text colour at least 7:1
/// against every background (WCAG AAA), in every state of every widget.
/// Links keep their own colour (the text colour is set per widget state,
/// not overridden everywhere), and the current item of a list (the step
/// in the sidebar) is black on pale yellow with a black frame.
pub fn high_contrast() -> egui::Visuals {
    let mut v = egui::Visuals::light();
    let black = Color32::BLACK;
    let white = Color32::WHITE;
    v.override_text_color = None;
    v.panel_fill = white;
    v.window_fill = white;
    v.faint_bg_color = Color32::from_gray(245);
    v.extreme_bg_color = white;
    v.code_bg_color = Color32::from_gray(240);
    v.hyperlink_color = Color32::from_rgb(0, 0, 160);
    v.weak_text_color = Some(Color32::from_gray(40));
    v.selection.bg_fill = Color32::from_rgb(255, 232, 110);
    v.selection.stroke = egui::Stroke::new(2.0, black);
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke = egui::Stroke::new(1.5, black);
        w.bg_stroke = egui::Stroke::new(1.5, black);
    }
    v.widgets.noninteractive.bg_fill = white;
    v.widgets.noninteractive.weak_bg_fill = white;
    v.widgets.inactive.bg_fill = Color32::from_gray(235);
    v.widgets.inactive.weak_bg_fill = Color32::from_gray(235);
    v.widgets.hovered.bg_fill = Color32::from_gray(225);
    v.widgets.hovered.weak_bg_fill = Color32::from_gray(225);
    v.widgets.active.bg_fill = Color32::from_gray(195);
    v.widgets.active.weak_bg_fill = Color32::from_gray(195);
    v.widgets.open.bg_fill = Color32::from_gray(225);
    v.widgets.open.weak_bg_fill = Color32::from_gray(225);
    v
}

/// The light and dark themes with outlined controls: a radio button, a
/// check box or a rating choice shows its edge before it is chosen (egui's
/// own are pale grey on pale grey).
fn outlined(mut v: egui::Visuals) -> egui::Visuals {
    let edge = if v.dark_mode {
        Color32::from_gray(150)
    } else {
        Color32::from_gray(118)
    };
    v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, edge);
    v
}

fn is_high_contrast(visuals: &egui::Visuals) -> bool {
    visuals.panel_fill == Color32::WHITE
        && visuals.widgets.noninteractive.fg_stroke.color == Color32::BLACK
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn high_contrast_text_is_at_least_seven_to_one() {
        let v = high_contrast();
        assert!(is_high_contrast(&v));
        assert!(!is_high_contrast(&egui::Visuals::light()));
        let texts = [
            ("text", v.text_color()),
            ("weak text", v.weak_text_color()),
            ("link", v.hyperlink_color),
            ("right", right(&v)),
            ("wrong", wrong(&v)),
            ("partial", partial(&v)),
        ];
        let backgrounds = [
            ("panel", v.panel_fill),
            ("window", v.window_fill),
            ("faint", v.faint_bg_color),
            ("field", v.extreme_bg_color),
            ("code", v.code_bg_color),
            ("feedback", panel_fill(&v)),
            ("alarm banner", alarm_fill(&v)),
            ("note banner", note_fill(&v)),
        ];
        for (tn, t) in texts {
            for (bn, b) in backgrounds {
                let ratio = contrast(t, b);
                assert!(ratio >= 7.0, "{tn} on {bn}: {ratio:.2}:1");
            }
        }
        // Every state of every widget: its text on its fills, on the page
        // and in a feedback box; its outline at least 3:1 on the page.
        let states = [
            ("noninteractive", v.widgets.noninteractive),
            ("inactive", v.widgets.inactive),
            ("hovered", v.widgets.hovered),
            ("active", v.widgets.active),
            ("open", v.widgets.open),
        ];
        for (sn, w) in states {
            for (bn, b) in [
                ("fill", w.bg_fill),
                ("weak fill", w.weak_bg_fill),
                ("panel", v.panel_fill),
                ("faint", v.faint_bg_color),
            ] {
                let ratio = contrast(w.fg_stroke.color, b);
                assert!(ratio >= 7.0, "{sn} text on {bn}: {ratio:.2}:1");
                let link = contrast(v.hyperlink_color, b);
                assert!(link >= 7.0, "a link on a {sn} {bn}: {link:.2}:1");
            }
            let edge = contrast(w.bg_stroke.color, v.panel_fill);
            assert!(edge >= 3.0, "{sn} outline on the page: {edge:.2}:1");
        }
        // The chosen item (the sidebar's current step, a rating chosen) and
        // selected text.
        let chosen = v.selection.bg_fill;
        let ratio = contrast(v.selection.stroke.color, chosen);
        assert!(ratio >= 7.0, "selected text on the selection: {ratio:.2}:1");
        let ratio = contrast(v.text_color(), chosen);
        assert!(ratio >= 7.0, "text on the selection: {ratio:.2}:1");
        // A link is told from text by more than its colour: links are
        // underlined (ui::a11y), and the colour differs from the text's.
        assert_ne!(v.hyperlink_color, v.text_color());
    }

    #[test]
    fn light_and_dark_controls_show_their_edge() {
        for v in [
            outlined(egui::Visuals::light()),
            outlined(egui::Visuals::dark()),
            high_contrast(),
        ] {
            let ring = contrast(focus(&v), v.panel_fill);
            assert!(ring >= 3.0, "the focus ring: {ring:.2}:1");
            let edge = contrast(v.widgets.inactive.bg_stroke.color, v.panel_fill);
            assert!(edge >= 3.0, "an unchosen control's edge: {edge:.2}:1");
        }
    }

    #[test]
    fn contrast_of_known_pairs() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
    }
}
