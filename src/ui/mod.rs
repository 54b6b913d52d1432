//! The window: egui only. Screens read content and progress and return
//! actions; the app applies them after drawing. Nothing here reads or
//! writes files itself.

pub mod app;
pub mod assessment;
pub mod exercise;
pub mod home;
pub mod markdown;
pub mod measure;
pub mod player;
pub mod profiles;
pub mod settings;
pub mod sources;
pub mod summary;
pub mod theme;
pub mod words;
pub mod workshop;

use std::path::PathBuf;

pub use app::PuenteApp;

use crate::content;
use crate::progress::store::resolve_data_dir;

/// Open the window with the default pack plus `extra_packs`, keeping
/// progress in `data_dir` (or the usual place).
/// Open the window. `workshop` starts in the facilitator's dashboard (the
/// projector laptop), whatever profile is open.
pub fn run(
    data_dir: Option<PathBuf>,
    extra_packs: &[PathBuf],
    workshop: bool,
) -> Result<(), String> {
    let (data_dir, kind) = resolve_data_dir(data_dir)?;
    let mut loaded = vec![content::load(&content::source::embedded())];
    loaded.extend(
        extra_packs
            .iter()
            .map(|p| content::load(&content::source::read_dir(p))),
    );
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Puente")
        .with_app_id("puente")
        .with_inner_size([1180.0, 760.0])
        .with_min_inner_size([640.0, 480.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Puente",
        options,
        Box::new(move |cc| {
            let mut app = PuenteApp::new(&cc.egui_ctx, loaded, data_dir, kind);
            if workshop {
                app.apply(app::Action::ShowWorkshop);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| e.to_string())
}

/// The app icon (`assets/icon/puente.svg`, rendered by `scripts/icons.sh`)
/// for the title bar and the task bar; the same drawing as `Puente.exe`'s
/// and the Linux desktop entry's.
fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/puente-128.png")).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_decodes() {
        let icon = super::window_icon().expect("the embedded PNG decodes");
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    }
}
