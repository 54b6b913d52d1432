//! Lesson Markdown as the window draws it, on random shapes (attack C27:
//! a 6 KB list nested 3,000 deep took 3 GB): lists, quotes and numbered
//! lists nested up to 4,000 deep, with text up to 60 KB, are drawn for
//! two frames without a panic or a stack overflow, and those nested deeper
//! than the checker allows are drawn as plain text. `PUENTE_CASES=500`
//! runs more cases.

use puente::ui::markdown::Markdown;

fn cases() -> u64 {
    std::env::var("PUENTE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(8)
}

fn draw(markdown: &mut Markdown, text: &str) -> Vec<String> {
    let ctx = egui::Context::default();
    let mut shown = Vec::new();
    for _ in 0..2 {
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                let _ = markdown.show(ui, "lesson", text);
            });
        });
        // Nothing paints here: the font atlas's updates are dropped.
        out.textures_delta.clear();
        shown = out
            .shapes
            .iter()
            .filter_map(|s| match &s.shape {
                egui::epaint::Shape::Text(t) => Some(t.galley.text().to_owned()),
                _ => None,
            })
            .collect();
    }
    shown
}

#[test]
fn nested_and_long_lessons_are_drawn_within_bounds() {
    let words = [
        "patente",
        "[x](glossary:patent)",
        "**b**",
        "`c`",
        "ñandú",
        "\n",
        "|a|b|",
    ];
    for case in 0..cases() {
        let mut rng = fastrand::Rng::with_seed(case);
        let prefix = ["- ", "> ", "1. ", "* > ", "  - "][rng.usize(0..5)];
        let depth = if rng.bool() {
            rng.usize(0..40)
        } else {
            rng.usize(40..4_000)
        };
        let len = rng.usize(0..60_000);
        let mut text = prefix.repeat(depth);
        while text.len() < len {
            text.push_str(words[rng.usize(0..words.len())]);
            text.push(' ');
        }
        let mut markdown = Markdown::default();
        let shown = draw(&mut markdown, &text);
        let too_deep = puente::content::validate::markdown_depth(&text)
            > puente::content::validate::MAX_MARKDOWN_DEPTH;
        if too_deep {
            assert!(
                shown
                    .iter()
                    .any(|t| t.len() >= text.len().min(1_000) && t.starts_with(prefix.trim_end())),
                "case {case}: depth {depth} shown plain"
            );
        }
    }
}
