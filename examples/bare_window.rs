//! The floor Puente is measured against (docs/performance.md): an eframe
//! window that paints one label, built with Puente's own eframe features.
//! `PUENTE_MEASURE=SECS` makes it report its first frame and close, like
//! the app.
//!
//! cargo run --release --example bare_window

use puente::ui::measure::{Measure, mark_start};

struct Bare(Measure);

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.0.frame(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
    }
}

fn main() -> eframe::Result {
    mark_start();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1180.0, 760.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare",
        options,
        Box::new(|_cc| Ok(Box::new(Bare(Measure::from_env())))),
    )
}
