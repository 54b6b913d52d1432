//! Where the data folder is, and whether several laptops share it.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::FILE_FORMAT;
use super::error::StoreError;
use super::fsio::atomic_write;

/// The marker file of a data folder shared by several laptops.
pub const SHARED_MARKER: &str = "shared.json";

/// Where progress lives, chosen at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataDirKind {
    /// `--data-dir DIR`.
    Explicit,
    /// A `puente-data` folder beside the program (a USB stick).
    Portable,
    /// The platform's data folder.
    Platform,
}

/// The data folder: `--data-dir`, else `puente-data/` beside the program if
/// it exists, else the platform data folder.
pub fn resolve_data_dir(explicit: Option<PathBuf>) -> Result<(PathBuf, DataDirKind), StoreError> {
    if let Some(dir) = explicit {
        return Ok((dir, DataDirKind::Explicit));
    }
    if let Some(beside) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|p| p.join("puente-data")))
        && beside.is_dir()
    {
        return Ok((beside, DataDirKind::Portable));
    }
    directories::ProjectDirs::from("org", "Puente", "Puente")
        .map(|dirs| (dirs.data_dir().to_path_buf(), DataDirKind::Platform))
        .ok_or(StoreError::NoDataFolder)
}

/// This computer's own settings folder, for what must not travel with a
/// shared data folder.
pub fn local_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Puente", "Puente")
        .map(|dirs| dirs.config_local_dir().to_path_buf())
}

/// Whether `root` is marked as shared by several laptops.
pub fn is_shared(root: &Path) -> bool {
    root.join(SHARED_MARKER).is_file()
}

/// Mark `root` as shared by several laptops (or not). Every laptop then
/// keeps its device id on its own disk, so no two write the same file.
pub fn set_shared(root: &Path, shared: bool) -> Result<(), StoreError> {
    let path = root.join(SHARED_MARKER);
    if shared {
        let bytes = format!("{{\"format\": {FILE_FORMAT}}}\n");
        atomic_write(&path, bytes.as_bytes())
    } else {
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(StoreError::io("remove", &path, e)),
        }
    }
}
