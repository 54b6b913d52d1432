//! The files an import reads and writes: bundles found in the files and
//! folders given (read only as regular files, within a limit), a new
//! learner's profile.json, and this installation's journal of imported
//! events, replaced whole.

use std::collections::{BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};

use uuid::Uuid;

use super::Store;
use super::error::StoreError;
use super::fsio::journals;
use super::fsio::{atomic_write, read_file};
use super::journal::journal_digests;
use crate::files::{ReadError, read_regular};
use crate::progress::fault;

/// Files larger than this are not read: no bundle gets near it (2,000
/// events are about 0.5 MB).
pub const MAX_BUNDLE_BYTES: u64 = 256 * 1024 * 1024;

/// The extension `Export my progress` gives bundles.
pub const BUNDLE_EXTENSION: &str = "puente";

/// How deep a folder is searched for bundles.
pub const MAX_DEPTH: usize = 4;

/// Why a path given, or a folder inside one, was not looked at.
#[derive(Debug)]
pub enum NotSearched {
    /// It does not exist, or cannot be read.
    Unreadable(io::Error),
    /// A folder more than [`MAX_DEPTH`] folders inside the one given.
    TooDeep,
}

/// The files to import: each file given, and the bundles (`*.puente`,
/// `*.json`) in each folder given, sorted; and the paths that could not
/// be looked at, with why (a folder that cannot be read or lies too deep
/// is named, never passed over in silence).
pub fn find_bundles(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, NotSearched)>) {
    let mut files = BTreeSet::new();
    let mut missing = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, 0, &mut files, &mut missing),
            Ok(_) => {
                files.insert(path.clone());
            }
            Err(e) => missing.push((path.clone(), NotSearched::Unreadable(e))),
        }
    }
    (files.into_iter().collect(), missing)
}

fn walk(
    dir: &Path,
    depth: usize,
    files: &mut BTreeSet<PathBuf>,
    missing: &mut Vec<(PathBuf, NotSearched)>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            missing.push((dir.to_owned(), NotSearched::Unreadable(e)));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let lower = name.to_lowercase();
        let bundle_name =
            lower.ends_with(&format!(".{BUNDLE_EXTENSION}")) || lower.ends_with(".json");
        match entry.file_type() {
            Ok(t) if t.is_dir() && depth < MAX_DEPTH => walk(&path, depth + 1, files, missing),
            Ok(t) if t.is_dir() => missing.push((path, NotSearched::TooDeep)),
            // Links, FIFOs and devices named like bundles are listed too, so
            // that reading them names what they are instead of passing over
            // them in silence.
            _ if bundle_name => {
                files.insert(path);
            }
            _ => {}
        }
    }
}

/// The bytes of a file that should be a bundle: a regular file (links
/// followed) of at most [`MAX_BUNDLE_BYTES`], never a FIFO or a device.
pub fn read_bundle_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    read_regular(path, MAX_BUNDLE_BYTES)
}

/// The journal this installation keeps for events it imported.
pub fn imported_journal(profile_dir: &Path, device: Uuid) -> PathBuf {
    profile_dir.join(format!("events-{device}-imported.jsonl"))
}

impl Store {
    /// Whether the learner `id` has a profile in this data folder.
    pub fn has_profile(&self, id: Uuid) -> bool {
        self.profile_dir(id).join("profile.json").exists()
    }

    /// Write a new learner's profile.json, making their folder first.
    pub fn write_new_profile(&self, id: Uuid, bytes: &[u8]) -> Result<(), StoreError> {
        let dir = self.profile_dir(id);
        fault::create_dir_all(&dir)
            .map_err(|e| StoreError::io("create the profile folder", &dir, e))?;
        atomic_write(&dir.join("profile.json"), bytes)
    }

    /// The id of every intact line of the learner's journals here, lines
    /// written by a newer Puente included, with the digest of what each
    /// says: what a merge must not add again. An id in several journals
    /// keeps the digest of the first read.
    pub fn known_events(&self, id: Uuid) -> Result<HashMap<Uuid, u64>, StoreError> {
        let mut known = HashMap::new();
        for path in journals(&self.profile_dir(id))? {
            for (id, digest) in journal_digests(&path)? {
                known.entry(id).or_insert(digest);
            }
        }
        Ok(known)
    }

    /// Add `lines` (one event each, without the line break) to this
    /// installation's journal of the learner's imported events. The file is
    /// replaced whole (temp + fsync + rename): a crash leaves the old one or
    /// the new one, never half of it.
    pub fn add_imported_lines(&self, id: Uuid, lines: &[Vec<u8>]) -> Result<(), StoreError> {
        if lines.is_empty() {
            return Ok(());
        }
        let path = imported_journal(&self.profile_dir(id), self.device);
        let mut bytes = match read_file(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(StoreError::io("read", &path, e)),
        };
        if !bytes.is_empty() && !bytes.ends_with(b"\n") {
            bytes.push(b'\n');
        }
        for line in lines {
            bytes.extend_from_slice(line);
            bytes.push(b'\n');
        }
        atomic_write(&path, &bytes)
    }
}
