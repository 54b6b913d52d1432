//! The window: egui only. Screens read content and return actions; the app
//! applies them after drawing. Nothing here reads or writes files.

pub mod app;
pub mod home;

pub use app::PuenteApp;

use crate::content;

/// Open the window with the default pack.
pub fn run() -> eframe::Result {
    let loaded = vec![content::load(&content::source::embedded())];
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Puente")
            .with_inner_size([1100.0, 720.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Puente",
        options,
        Box::new(|_cc| Ok(Box::new(PuenteApp::new(loaded)))),
    )
}
