//! Where a pack's files come from: the pack embedded in the binary, or a
//! folder on disk. This is the only place in `content/` that reads files;
//! everything after it works on bytes in memory.

use std::borrow::Cow;
use std::fs;
use std::path::Path;

use super::diagnostic::Diagnostic;
use crate::files::ReadError;
use crate::msg;

/// Content files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// A pack's files together may hold at most this much (the default pack
/// holds under 2 MB): a pack is read whole into memory, and checking it
/// takes several times its size.
pub const MAX_PACK_BYTES: u64 = 32 * 1024 * 1024;

/// A pack may have at most this many files (the default pack has about 20).
pub const MAX_PACK_FILES: usize = 2_000;

/// A file too large to read, as `(size, max)` in MB.
pub(crate) fn too_big(bytes: u64) -> crate::i18n::Msg {
    msg!(
        "chk-file-too-big",
        size = format!("{:.1}", bytes as f64 / 1_000_000.0),
        max = MAX_FILE_BYTES / 1024 / 1024
    )
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_pack.rs"));
}

/// One file of a pack.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path inside the pack, with `/` separators (`modules/pct.ron`).
    pub rel: String,
    pub bytes: Cow<'static, [u8]>,
}

/// The files of one pack, plus any problem met while reading them.
#[derive(Clone, Debug)]
pub struct PackSource {
    /// How the author names the pack folder (`content`, `/media/usb/pack`).
    pub root: String,
    pub files: Vec<SourceFile>,
    pub problems: Vec<Diagnostic>,
}

impl PackSource {
    /// A pack held in memory (tests, generated packs).
    pub fn in_memory(root: impl Into<String>, files: Vec<(String, Vec<u8>)>) -> Self {
        let files = files
            .into_iter()
            .map(|(rel, bytes)| SourceFile {
                rel,
                bytes: Cow::Owned(bytes),
            })
            .collect();
        Self {
            root: root.into(),
            files,
            problems: Vec::new(),
        }
    }

    /// The path an author sees for a file of this pack.
    pub fn display_path(&self, rel: &str) -> String {
        if self.root.is_empty() {
            rel.to_owned()
        } else {
            format!("{}/{rel}", self.root.trim_end_matches(['/', '\\']))
        }
    }
}

/// The default pack, compiled into the binary from `content/`.
pub fn embedded() -> PackSource {
    let files = embedded::FILES
        .iter()
        .map(|(rel, bytes)| SourceFile {
            rel: (*rel).to_owned(),
            bytes: Cow::Borrowed(*bytes),
        })
        .collect();
    PackSource {
        root: "content".to_owned(),
        files,
        problems: Vec::new(),
    }
}

/// Read a pack folder (or the folder of a `pack.ron` given directly).
///
/// Reads `pack.ron`, `glossary.ron`, `modules/*` and `checklists/*`, plus
/// any other `.ron` file it can see so that the loader can say it is not
/// used. Never fails: problems become diagnostics.
pub fn read_dir(path: &Path) -> PackSource {
    let shown = path.display().to_string();
    let mut source = PackSource {
        root: shown.clone(),
        files: Vec::new(),
        problems: Vec::new(),
    };
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) => {
            source.problems.push(Diagnostic::error(
                shown,
                1,
                1,
                msg!("chk-cannot-open-folder", error = e.to_string()),
            ));
            return source;
        }
    };
    let root = if meta.is_file() {
        if path.file_name().is_some_and(|n| n == "pack.ron") {
            let parent = path.parent().unwrap_or(Path::new("."));
            source.root = parent.display().to_string();
            parent.to_path_buf()
        } else {
            source
                .problems
                .push(Diagnostic::error(shown, 1, 1, msg!("chk-not-a-folder")));
            return source;
        }
    } else {
        path.to_path_buf()
    };
    let mut budget = Budget::default();
    for dir in ["", "modules", "checklists"] {
        let folder = if dir.is_empty() {
            root.clone()
        } else {
            root.join(dir)
        };
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                let rel = if dir.is_empty() { "." } else { dir };
                source.problems.push(Diagnostic::error(
                    source.display_path(rel),
                    1,
                    1,
                    msg!("chk-cannot-read-folder", error = e.to_string()),
                ));
                continue;
            }
        };
        let mut names: Vec<_> = entries.flatten().collect();
        names.sort_by_key(|e| e.file_name());
        for entry in names {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.ends_with('~') {
                continue;
            }
            // A folder, FIFO or device named like a content file is named
            // as such (by `read_file`); other special entries are not ours.
            let is_file = entry
                .file_type()
                .is_ok_and(|t| t.is_file() || t.is_symlink());
            if !is_file && !name.ends_with(".ron") {
                continue;
            }
            // At the top level only .ron files matter (README.md, LICENCE… are fine).
            if dir.is_empty() && !name.ends_with(".ron") {
                continue;
            }
            let rel = if dir.is_empty() {
                name
            } else {
                format!("{dir}/{name}")
            };
            if !read_file(&mut source, &entry.path(), rel, &mut budget) {
                return source;
            }
        }
    }
    source
}

/// What is left of a pack's limits while its folder is read.
#[derive(Default)]
struct Budget {
    files: usize,
    bytes: u64,
}

/// Read one file into `source`; `false` when the pack is over its limits
/// (said once, at the pack's folder), so reading stops.
fn read_file(source: &mut PackSource, path: &Path, rel: String, budget: &mut Budget) -> bool {
    let shown = source.display_path(&rel);
    let over = |source: &mut PackSource, msg| {
        let root = source.root.clone();
        source.problems.push(Diagnostic::error(root, 1, 1, msg));
        false
    };
    if budget.files == MAX_PACK_FILES {
        return over(
            source,
            msg!(
                "chk-pack-too-many-files",
                max = MAX_PACK_FILES,
                file = shown
            ),
        );
    }
    budget.files += 1;
    let left = MAX_PACK_BYTES - budget.bytes;
    let problem = match crate::files::read_regular(path, MAX_FILE_BYTES.min(left)) {
        Ok(bytes) => {
            budget.bytes += bytes.len() as u64;
            source.files.push(SourceFile {
                rel,
                bytes: Cow::Owned(bytes),
            });
            return true;
        }
        Err(ReadError::TooLarge { size, .. }) if size <= MAX_FILE_BYTES => {
            return over(
                source,
                msg!(
                    "chk-pack-too-big",
                    max = MAX_PACK_BYTES / 1024 / 1024,
                    file = shown
                ),
            );
        }
        Err(ReadError::TooLarge { size, .. }) => too_big(size),
        Err(ReadError::NotRegular(kind)) => msg!("chk-not-regular-file", kind = kind.code()),
        Err(ReadError::Io(e)) => msg!("chk-cannot-read-file", error = e.to_string()),
    };
    source
        .problems
        .push(Diagnostic::error(shown, 1, 1, problem));
    true
}
