//! The window: egui only. Screens read content and progress and return
//! actions; the app applies them after drawing. Nothing here reads or
//! writes files itself.

pub mod a11y;
pub mod app;
pub mod assessment;
pub mod dashboard;
pub mod exercise;
pub mod glossary;
pub mod home;
pub mod markdown;
pub mod measure;
pub mod panels;
pub mod player;
pub mod presenter;
pub mod profiles;
pub mod results;
pub mod review;
pub mod search;
pub mod settings;
pub mod sources;
pub mod summary;
pub mod tasks;
pub mod theme;
pub mod view;
pub mod widgets;

use std::path::PathBuf;

pub use app::PuenteApp;

use crate::content;
use crate::progress::store::{StoreError, resolve_data_dir};

/// Why the window could not open: said on the terminal, there being no
/// window to say it in.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    DataFolder(#[from] StoreError),
    #[error("{0}")]
    Window(#[from] eframe::Error),
}

/// Open the window with the default pack plus `extra_packs`, keeping
/// progress in `data_dir` (or the usual place). `workshop` starts in the
/// facilitator's dashboard (the projector laptop), whatever profile is open.
/// `author` (or any extra pack) shows the content's problems on the home
/// screen.
/// `watch` reloads the extra packs when their files change (live preview).
pub fn run(
    data_dir: Option<PathBuf>,
    extra_packs: &[PathBuf],
    workshop: bool,
    author: bool,
    watch: bool,
) -> Result<(), StartError> {
    let (data_dir, kind) = resolve_data_dir(data_dir)?;
    let StartPacks {
        loaded,
        installed,
        origins,
    } = start_packs(&data_dir, extra_packs);
    let watched = if watch {
        extra_packs.to_vec()
    } else {
        Vec::new()
    };
    // Any extra pack is an author's: its problems show on home.
    let author = author || !extra_packs.is_empty();
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
            app.author = author;
            if workshop {
                app.apply(view::Action::ShowWorkshop);
            }
            app.packs.installed = installed;
            app.packs.origins = origins;
            for path in watched {
                app.watch(&cc.egui_ctx, path);
            }
            Ok(Box::new(app))
        }),
    )?;
    Ok(())
}

/// The packs a window opens with: the built-in one, the installed ones,
/// then the `--pack` folders and files (which take the place of an
/// installed pack of the same id: an author's working copy), with where
/// each came from.
pub struct StartPacks {
    pub loaded: Vec<content::Loaded>,
    pub installed: Vec<content::source::Installed>,
    pub origins: Vec<(String, PathBuf)>,
}

/// Read and check the packs to open at start (see [`StartPacks`]).
pub fn start_packs(data_dir: &std::path::Path, extra_packs: &[PathBuf]) -> StartPacks {
    let installed = content::source::installed(data_dir);
    let mut paths: Vec<PathBuf> = installed.iter().map(|i| i.dir.clone()).collect();
    paths.extend_from_slice(extra_packs);
    let loaded = content::load_all(&paths);
    let origins = loaded
        .iter()
        .skip(1 + installed.len())
        .zip(extra_packs)
        .filter_map(|(l, path)| Some((l.pack.as_ref()?.info.id.to_string(), path.clone())))
        .collect();
    StartPacks {
        loaded,
        installed,
        origins,
    }
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
