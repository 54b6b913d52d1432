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
    if visuals.dark_mode {
        Color32::from_rgb(120, 210, 140)
    } else {
        Color32::from_rgb(20, 110, 50)
    }
}

/// Red for wrong answers, readable on the current background.
pub fn wrong(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 140, 130)
    } else {
        Color32::from_rgb(170, 30, 30)
    }
}

/// Background of a feedback box.
pub fn panel_fill(visuals: &egui::Visuals) -> Color32 {
    visuals.faint_bg_color
}

/// Background of the banner that says saving failed.
pub fn alarm_fill(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(90, 30, 25)
    } else {
        Color32::from_rgb(255, 228, 220)
    }
}

/// Background of an informational banner.
pub fn note_fill(visuals: &egui::Visuals) -> Color32 {
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
