//! Crash-safe file primitives: replacing a file (temp, fsync, `.bak`,
//! rename, fsync of the folder), writing a new one, naming a damaged one
//! aside, reading only regular files, and sweeping stale temp files.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::error::StoreError;
use crate::progress::fault;

/// A time stamp safe in file names: `20261122T114501Z`.
pub(super) fn stamp() -> String {
    jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// A free name for `path` + `.suffix-<time>` (never overwrites anything).
pub(super) fn aside_name(path: &Path, suffix: &str) -> PathBuf {
    let base = format!("{}.{suffix}-{}", path.display(), stamp());
    let mut candidate = PathBuf::from(&base);
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = PathBuf::from(format!("{base}-{n}"));
    }
    candidate
}

pub(super) fn sync_dir(dir: &Path) {
    // Directories cannot be opened for syncing on every platform; where they
    // can, this makes a rename durable.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Replace `path` with `bytes`: write a temp file in the same folder, fsync
/// it, keep the old file as `<path>.bak`, rename the temp over `path`,
/// fsync the folder. A crash at any point leaves either the old or the new
/// file whole.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", Uuid::new_v4().simple()));
    let written = (|| {
        let mut f = fault::create(&tmp)?;
        fault::write_all(&mut f, bytes)?;
        fault::sync_all(&f)
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(StoreError::io("write", &tmp, e));
    }
    if path.exists() {
        let backup = PathBuf::from(format!("{}.bak", path.display()));
        if let Err(e) =
            fault::copy(path, &backup).and_then(|_| fault::sync_all(&File::open(&backup)?))
        {
            let _ = fs::remove_file(&tmp);
            return Err(StoreError::io("back up", path, e));
        }
    }
    if let Err(e) = fault::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(StoreError::io("replace", path, e));
    }
    sync_dir(dir);
    Ok(())
}

/// Write an export (a CSV, a PDF, statements, a bundle) to `path`, which
/// the user named. A regular file, or a new one, is replaced as
/// [`atomic_write`] does, through the links that lead to it, so a link
/// stays a link. Something else that exists there (a terminal, a pipe,
/// `/dev/stdout`, a FIFO) is written into as it is: never replaced by a
/// file, and no temp file is made beside it.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    use std::io::Write;
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            let mut out = fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| StoreError::io("open", path, e))?;
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .map_err(|e| StoreError::io("write", path, e))
        }
        Ok(meta) if meta.is_file() => {
            let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
            atomic_write(&target, bytes)
        }
        // Nothing there yet (a new file), or a folder (said by the write).
        _ => atomic_write(path, bytes),
    }
}

/// Read a whole file of the data folder. Only regular files are read (a
/// FIFO or device put in the folder could otherwise hang or exhaust
/// memory); anything else is an `InvalidData` error that names it.
pub(super) fn read_file(path: impl AsRef<Path>) -> io::Result<Vec<u8>> {
    use crate::files::{ReadError, read_regular};
    read_regular(path.as_ref(), u64::MAX).map_err(|e| match e {
        ReadError::Io(e) => e,
        other => io::Error::new(io::ErrorKind::InvalidData, other.to_string()),
    })
}

/// A temp file older than this is left over from a write that was killed
/// (every write renames its temp within moments); a younger one may be
/// another Puente's write in progress, in a shared folder.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Remove the `.NAME.tmp-ID` files a killed import or save left in the
/// profile folders. Only those names, only when stale; errors are ignored
/// (a read-only folder keeps them, harmlessly).
pub(super) fn remove_stale_temps(profiles: &Path) {
    let Ok(dirs) = fs::read_dir(profiles) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for dir in dirs.flatten() {
        let Ok(files) = fs::read_dir(dir.path()) else {
            continue;
        };
        for file in files.flatten() {
            let name = file.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with('.') && name.contains(".tmp-")) {
                continue;
            }
            let stale = file
                .metadata()
                .ok()
                .filter(std::fs::Metadata::is_file)
                .and_then(|m| m.modified().ok())
                .and_then(|at| now.duration_since(at).ok())
                .is_some_and(|age| age > STALE_TEMP);
            if stale {
                let _ = fs::remove_file(file.path());
            }
        }
    }
}

/// Write a file that does not exist yet, durably.
pub(super) fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        Uuid::new_v4().simple()
    ));
    let result = (|| {
        let mut f = fault::create(&tmp)?;
        fault::write_all(&mut f, bytes)?;
        fault::sync_all(&f)?;
        fault::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(StoreError::io("write", path, e));
    }
    sync_dir(dir);
    Ok(())
}

/// Every `events-*.jsonl` of a profile folder, in name order.
pub(crate) fn journals(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut journals: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| StoreError::io("read", dir, e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("events-") && n.ends_with(".jsonl"))
        })
        .collect();
    journals.sort();
    Ok(journals)
}
