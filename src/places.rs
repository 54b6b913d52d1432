//! Places on this computer the window needs: whether a system save dialog
//! can be shown at all, where a file goes when none can, and opening a
//! folder in the system's file manager.
//!
//! On Linux the dialog comes from xdg-desktop-portal or, failing that,
//! `zenity`; a bare X session has neither, and the dialog would then close
//! at once without a word. Windows and macOS always have theirs.

use std::path::{Path, PathBuf};

/// Whether a save dialog can be shown on this computer.
pub fn dialog_available() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    on_path("zenity") || portal_installed()
}

/// Whether a program of that name is on `PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Whether a session bus runs and xdg-desktop-portal can be started on it.
fn portal_installed() -> bool {
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
    if !bus {
        return false;
    }
    let data_dirs = std::env::var("XDG_DATA_DIRS")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".to_owned());
    let home = directories::BaseDirs::new().map(|b| b.data_dir().to_owned());
    home.into_iter()
        .chain(std::env::split_paths(&data_dirs))
        .any(|dir| {
            dir.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
                .is_file()
        })
}

/// Where files are saved when no dialog can ask: the user's Documents
/// folder, else `exports/` in Puente's data folder.
pub fn fallback_dir(data_dir: &Path) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(Path::to_owned))
        .filter(|d| d.is_dir())
        .unwrap_or_else(|| data_dir.join("exports"))
}

/// `dir/name`, or, when a file has that name, `dir/stem-2.ext`,
/// `stem-3.ext`…: a file saved without a dialog never replaces another.
/// The folder is created if needed.
pub fn free_path(dir: &Path, name: &str) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let first = dir.join(name);
    if !first.exists() {
        return Ok(first);
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    let mut n = 2;
    loop {
        let path = dir.join(format!("{stem}-{n}{ext}"));
        if !path.exists() {
            return Ok(path);
        }
        n += 1;
    }
}

/// Show `folder` in the system's file manager (without waiting for it).
pub fn open_folder(folder: &Path) -> std::io::Result<()> {
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(folder)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_file_never_replaces_another() {
        let dir = tempfile::tempdir().expect("tmp");
        let inside = dir.path().join("Documents");
        let first = free_path(&inside, "report-2026-11-27.pdf").expect("path");
        assert_eq!(first, inside.join("report-2026-11-27.pdf"));
        std::fs::write(&first, b"1").expect("written");
        let second = free_path(&inside, "report-2026-11-27.pdf").expect("path");
        assert_eq!(second, inside.join("report-2026-11-27-2.pdf"));
        std::fs::write(&second, b"2").expect("written");
        assert_eq!(
            free_path(&inside, "report-2026-11-27.pdf").expect("path"),
            inside.join("report-2026-11-27-3.pdf")
        );
        std::fs::write(inside.join("notes"), b"").expect("written");
        assert_eq!(
            free_path(&inside, "notes").expect("path"),
            inside.join("notes-2")
        );
    }

    #[test]
    fn without_documents_files_go_to_the_data_folder() {
        let data = Path::new("/nonexistent/puente-data");
        let dir = fallback_dir(data);
        assert!(
            dir.is_dir() || dir == data.join("exports"),
            "{}",
            dir.display()
        );
    }
}
