//! Where a pack's files come from: the pack embedded in the binary, or a
//! folder on disk. This is the only place in `content/` that reads files;
//! everything after it works on bytes in memory.

use std::borrow::Cow;
use std::fs;
use std::path::Path;

use super::archive;
use super::diagnostic::Diagnostic;
use crate::files::ReadError;
use crate::msg;

/// Content files larger than this are refused before they are read (the
/// same limit as an entry of a pack file).
pub const MAX_FILE_BYTES: u64 = archive::MAX_FILE_BYTES;

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

/// The root of the pack built into the binary: no folder on the learner's
/// machine, and no path anyone would give (screens say "Built into
/// Puente" for it).
pub const EMBEDDED_ROOT: &str = "puente:built-in";

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
        root: EMBEDDED_ROOT.to_owned(),
        files,
        problems: Vec::new(),
    }
}

/// Read a pack folder (or the folder of a `pack.ron` given directly, or a
/// `.puente-pack` file: see [`read_pack_file`]).
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
        if is_pack_file(path) {
            return read_pack_file(path);
        }
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

/// Whether `path` names a pack in one file (`.puente-pack`, or a `.zip`).
pub fn is_pack_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        e.eq_ignore_ascii_case(archive::EXTENSION) || e.eq_ignore_ascii_case("zip")
    })
}

/// Whether a path inside a pack is one the loader reads, as in a folder:
/// `.ron` files at the top, anything in `modules/` and `checklists/`.
fn is_content_path(rel: &str) -> bool {
    match rel.split_once('/') {
        None => rel.ends_with(".ron") && !rel.starts_with('.'),
        Some((dir, name)) => {
            matches!(dir, "modules" | "checklists")
                && !name.contains('/')
                && !name.starts_with('.')
                && !name.ends_with('~')
        }
    }
}

/// Read a pack in one file (`puente pack` makes them): every entry checked
/// (see [`archive`]), each refusal a diagnostic at the file or the entry.
pub fn read_pack_file(path: &Path) -> PackSource {
    let shown = path.display().to_string();
    let mut source = PackSource {
        root: shown.clone(),
        files: Vec::new(),
        problems: Vec::new(),
    };
    let bytes = match crate::files::read_regular(path, archive::MAX_ARCHIVE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => {
            let problem = match e {
                ReadError::TooLarge { size, .. } => msg!(
                    "chk-pack-file-too-big",
                    size = format!("{:.1}", size as f64 / 1_000_000.0),
                    max = archive::MAX_ARCHIVE_BYTES / 1024 / 1024
                ),
                ReadError::NotRegular(kind) => msg!("chk-not-regular-file", kind = kind.code()),
                ReadError::Io(e) => msg!("chk-cannot-read-file", error = e.to_string()),
            };
            source
                .problems
                .push(Diagnostic::error(shown, 1, 1, problem));
            return source;
        }
    };
    match archive::unpack(&bytes) {
        Ok(unpacked) => {
            for refusal in unpacked.refused {
                let at = match &refusal.entry {
                    Some(entry) => source.display_path(entry),
                    None => shown.clone(),
                };
                source
                    .problems
                    .push(Diagnostic::error(at, 1, 1, refusal.msg));
            }
            source.files = unpacked
                .files
                .into_iter()
                .filter(|(rel, _)| is_content_path(rel))
                .map(|(rel, bytes)| SourceFile {
                    rel,
                    bytes: Cow::Owned(bytes),
                })
                .collect();
        }
        Err(refusal) => source
            .problems
            .push(Diagnostic::error(shown, 1, 1, refusal.msg)),
    }
    source
}

/// How a pack folder (or pack file) stands on disk now, as one number:
/// the names, sizes and modification times of what [`read_dir`] reads, not
/// their contents, so it is cheap enough to look at several times a second
/// (live preview). Anything that cannot be seen counts as absent.
pub fn fingerprint(path: &Path) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    fn stamp(path: &Path, hasher: &mut DefaultHasher) {
        if let Ok(meta) = fs::metadata(path) {
            meta.len().hash(hasher);
            meta.modified().ok().hash(hasher);
        }
    }
    let mut hasher = DefaultHasher::new();
    if is_pack_file(path) {
        stamp(path, &mut hasher);
        return hasher.finish();
    }
    let root = if path.file_name().is_some_and(|n| n == "pack.ron") {
        path.parent().unwrap_or(Path::new(".")).to_path_buf()
    } else {
        path.to_path_buf()
    };
    for dir in ["", "modules", "checklists"] {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut names: Vec<_> = entries.flatten().map(|e| e.file_name()).collect();
        names.sort();
        for name in names {
            name.hash(&mut hasher);
            stamp(&root.join(dir).join(&name), &mut hasher);
        }
    }
    hasher.finish()
}

/// Where installed packs live in a data folder: `packs/<id>/`.
pub fn installed_root(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("packs")
}

/// The file beside an installed pack's content that names the folder (or
/// pack file) it was installed from.
const ORIGIN_FILE: &str = "installed-from.txt";

/// An installed pack: its folder in the data folder and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Installed {
    pub id: String,
    pub dir: std::path::PathBuf,
    pub origin: String,
}

/// Whether `id` can name a folder: a pack id as the checker allows it, never
/// `.`/`..` or a path.
fn folder_safe(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The packs installed in `data_dir`, by id.
pub fn installed(data_dir: &Path) -> Vec<Installed> {
    let Ok(entries) = fs::read_dir(installed_root(data_dir)) else {
        return Vec::new();
    };
    let mut out: Vec<Installed> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| {
            let id = e.file_name().to_str()?.to_owned();
            folder_safe(&id).then_some(id)
        })
        .map(|id| {
            let dir = installed_root(data_dir).join(&id);
            let origin = crate::files::read_regular(&dir.join(ORIGIN_FILE), 64 * 1024)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
                .unwrap_or_default();
            Installed { id, dir, origin }
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// Install a pack (already read and checked: the caller refuses one with
/// errors) as `packs/<id>/` of `data_dir`, replacing an older install: the
/// files are written beside it first and swapped in by renames, so a full
/// disk leaves the old version whole. Learners' records are not touched.
pub fn install(
    data_dir: &Path,
    id: &str,
    source: &PackSource,
    origin: &str,
) -> std::io::Result<()> {
    if !folder_safe(id) {
        return Err(std::io::Error::other(format!(
            "{id:?} cannot name a folder"
        )));
    }
    let root = installed_root(data_dir);
    let target = root.join(id);
    let fresh = root.join(format!(".{id}.new"));
    let old = root.join(format!(".{id}.old"));
    for leftover in [&fresh, &old] {
        if fs::symlink_metadata(leftover).is_ok() {
            fs::remove_dir_all(leftover)?;
        }
    }
    let written = (|| {
        for file in &source.files {
            if !file.rel.split('/').all(|p| !p.is_empty() && p != "..") {
                continue;
            }
            let path = fresh.join(&file.rel);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&path, &file.bytes)?;
        }
        fs::write(fresh.join(ORIGIN_FILE), origin)
    })();
    if let Err(e) = written {
        fs::remove_dir_all(&fresh).ok();
        return Err(e);
    }
    let had = fs::symlink_metadata(&target).is_ok();
    if had {
        fs::rename(&target, &old)?;
    }
    if let Err(e) = fs::rename(&fresh, &target) {
        if had {
            fs::rename(&old, &target).ok();
        }
        return Err(e);
    }
    if had {
        fs::remove_dir_all(&old).ok();
    }
    Ok(())
}

/// Remove an installed pack's folder (learners' records stay: they live
/// in `profiles/`, by ids).
pub fn uninstall(data_dir: &Path, id: &str) -> std::io::Result<()> {
    if !folder_safe(id) {
        return Err(std::io::Error::other(format!(
            "{id:?} cannot name a folder"
        )));
    }
    let target = installed_root(data_dir).join(id);
    let gone = installed_root(data_dir).join(format!(".{id}.removed"));
    fs::rename(&target, &gone)?;
    fs::remove_dir_all(&gone)
}

#[cfg(test)]
mod install_tests {
    use super::*;

    #[test]
    fn install_update_and_remove_keep_one_whole_copy() {
        let data = tempfile::tempdir().expect("tmp");
        let v1 = PackSource::in_memory(
            "src",
            vec![
                ("pack.ron".into(), b"one".to_vec()),
                ("modules/a.ron".into(), b"A".to_vec()),
            ],
        );
        install(data.path(), "p", &v1, "/media/usb/p").expect("install");
        let listed = installed(data.path());
        assert_eq!(listed.len(), 1);
        assert_eq!(
            (listed[0].id.as_str(), listed[0].origin.as_str()),
            ("p", "/media/usb/p")
        );
        let again = read_dir(&listed[0].dir);
        assert_eq!(again.files.len(), 2);
        let v2 = PackSource::in_memory("src", vec![("pack.ron".into(), b"two".to_vec())]);
        install(data.path(), "p", &v2, "/media/usb/p2").expect("update");
        let again = read_dir(&installed(data.path())[0].dir);
        assert_eq!(again.files.len(), 1, "the old version's files are gone");
        assert_eq!(&*again.files[0].bytes, b"two");
        assert!(install(data.path(), "../x", &v2, "o").is_err());
        uninstall(data.path(), "p").expect("remove");
        assert!(installed(data.path()).is_empty());
        assert_eq!(
            fs::read_dir(installed_root(data.path()))
                .expect("packs")
                .count(),
            0,
            "nothing left behind"
        );
    }
}
