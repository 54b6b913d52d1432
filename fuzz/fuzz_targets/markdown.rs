//! Lesson Markdown as the window draws it, on any text: the first byte
//! picks how deep a list or quote prefix is repeated before the rest (up
//! to thousands of levels, attack C27), the text is drawn for two frames
//! in a headless egui context, and its cited sources are read. Nothing may
//! panic, overflow the stack or take memory out of proportion (libFuzzer's
//! `-rss_limit_mb` stops a run that does).
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use puente::ui::markdown::Markdown;

thread_local! {
    static MARKDOWN: RefCell<Markdown> = RefCell::new(Markdown::default());
}

fuzz_target!(|data: &[u8]| {
    let Some((&shape, rest)) = data.split_first() else {
        return;
    };
    let rest = String::from_utf8_lossy(rest);
    let prefix = ["- ", "> ", "1. ", "* > ", "  - "][usize::from(shape % 5)];
    let depth = usize::from(shape / 5) * 60;
    let text = format!("{}{rest}", prefix.repeat(depth));
    let ctx = egui::Context::default();
    MARKDOWN.with(|markdown| {
        let mut markdown = markdown.borrow_mut();
        for _ in 0..2 {
            let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
                egui::CentralPanel::default().show(ui, |ui| {
                    let _ = markdown.show(ui, "lesson", &text);
                });
            });
            out.textures_delta.clear();
        }
        let _ = markdown.cited_sources(&text);
    });
});
