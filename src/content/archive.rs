//! A pack in one file (`.puente-pack`): a zip of the pack folder, deflated,
//! for sharing on a USB stick. Works on bytes only; `source.rs` reads the
//! file and `puente pack` writes it.
//!
//! A pack file comes from anywhere, so nothing in it is trusted: the file's
//! size, the number of entries, each entry's size (as declared and as
//! actually inflated: a zip bomb stops at the limit), the total, and every
//! name (no `..`, no absolute path, no drive, no back-slash) are checked,
//! and links are refused. Each refusal is a message saying why.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use crate::i18n::Msg;
use crate::msg;

/// The extension of a pack file.
pub const EXTENSION: &str = "puente-pack";

/// A pack file larger than this is refused before it is read.
pub const MAX_ARCHIVE_BYTES: u64 = 32 * 1024 * 1024;

/// At most this many entries (files and folders) in a pack file.
pub const MAX_ENTRIES: usize = 2_000;

/// One entry may be at most this large inflated: the limit of a content
/// file read from a folder.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// An entry too large, in the words used for a file of a folder.
fn too_big(bytes: u64) -> Msg {
    msg!(
        "chk-file-too-big",
        size = mb(bytes),
        max = MAX_FILE_BYTES / 1024 / 1024
    )
}

/// At most this many bytes once every entry is inflated.
pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;

/// Why a pack file cannot be opened (a whole-file problem) or why one
/// entry was left out.
#[derive(Debug, PartialEq)]
pub struct Refusal {
    /// The entry it is about, if any.
    pub entry: Option<String>,
    pub msg: Msg,
}

impl Refusal {
    fn file(msg: Msg) -> Self {
        Self { entry: None, msg }
    }

    fn entry(name: &str, msg: Msg) -> Self {
        Self {
            entry: Some(name.to_owned()),
            msg,
        }
    }
}

/// What a pack file holds: its files by path inside the pack, and the
/// entries refused (the rest is still usable, so every problem is said).
#[derive(Debug, Default)]
pub struct Unpacked {
    pub files: Vec<(String, Vec<u8>)>,
    pub refused: Vec<Refusal>,
}

/// A size in MB with one decimal, for messages.
fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1_000_000.0)
}

/// Whether `name` is a safe relative path made of plain names.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains(['\\', ':', '\0'])
        && name
            .trim_end_matches('/')
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// Open a pack file's bytes. `Err` when the file as a whole cannot be
/// used (damaged, not a zip, too many entries, too large once inflated).
pub fn unpack(bytes: &[u8]) -> Result<Unpacked, Refusal> {
    if bytes.len() as u64 > MAX_ARCHIVE_BYTES {
        return Err(Refusal::file(msg!(
            "chk-pack-file-too-big",
            size = mb(bytes.len() as u64),
            max = MAX_ARCHIVE_BYTES / 1024 / 1024
        )));
    }
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Refusal::file(msg!("chk-pack-file-damaged", error = e.to_string())))?;
    if archive.len() > MAX_ENTRIES {
        return Err(Refusal::file(msg!(
            "chk-pack-file-too-many",
            count = archive.len(),
            max = MAX_ENTRIES
        )));
    }
    let mut out = Unpacked::default();
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let listed = archive
            .name_for_index(index)
            .and_then(Result::ok)
            .map(|n| n.into_owned())
            .unwrap_or_else(|| format!("#{}", index + 1));
        let mut entry = match archive.by_index(index) {
            Ok(entry) => entry,
            Err(e) => {
                out.refused.push(Refusal::entry(
                    &listed,
                    msg!("chk-pack-entry-unreadable", error = e.to_string()),
                ));
                continue;
            }
        };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if !safe_name(&name) {
            out.refused
                .push(Refusal::entry(&name, msg!("chk-pack-entry-unsafe-name")));
            continue;
        }
        if entry.is_symlink() {
            out.refused
                .push(Refusal::entry(&name, msg!("chk-pack-entry-link")));
            continue;
        }
        // A folder's entry (zip marks them by a trailing slash).
        if name.ends_with('/') {
            continue;
        }
        if entry.size() > MAX_FILE_BYTES {
            out.refused
                .push(Refusal::entry(&name, too_big(entry.size())));
            continue;
        }
        // The declared size may lie: the inflated bytes are counted too.
        let mut data = Vec::new();
        let read = (&mut entry).take(MAX_FILE_BYTES + 1).read_to_end(&mut data);
        if let Err(e) = read {
            out.refused.push(Refusal::entry(
                &name,
                msg!("chk-pack-entry-unreadable", error = e.to_string()),
            ));
            continue;
        }
        if data.len() as u64 > MAX_FILE_BYTES {
            out.refused
                .push(Refusal::entry(&name, too_big(data.len() as u64)));
            continue;
        }
        total += data.len() as u64;
        if total > MAX_TOTAL_BYTES {
            return Err(Refusal::file(msg!(
                "chk-pack-file-total-too-big",
                max = MAX_TOTAL_BYTES / 1024 / 1024
            )));
        }
        out.files.push((name, data));
    }
    strip_common_folder(&mut out.files);
    Ok(out)
}

/// A pack folder zipped by hand holds `folder/pack.ron`: read it as if the
/// folder were the pack.
fn strip_common_folder(files: &mut [(String, Vec<u8>)]) {
    if files.iter().any(|(name, _)| name == "pack.ron") {
        return;
    }
    let Some(prefix) = files
        .iter()
        .find_map(|(name, _)| name.strip_suffix("pack.ron"))
        .filter(|p| p.ends_with('/') && p.matches('/').count() == 1)
        .map(str::to_owned)
    else {
        return;
    };
    if files.iter().all(|(name, _)| name.starts_with(&prefix)) {
        for (name, _) in files.iter_mut() {
            *name = name[prefix.len()..].to_owned();
        }
    }
}

/// Zip `files` (paths inside the pack, bytes) into a pack file, deflated,
/// with a fixed date so the same folder makes the same file.
pub fn pack<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> std::io::Result<Vec<u8>> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in files {
        writer
            .start_file(name, options)
            .map_err(std::io::Error::other)?;
        writer.write_all(bytes)?;
    }
    let cursor = writer.finish().map_err(std::io::Error::other)?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        pack(entries.iter().map(|(n, b)| (*n, *b))).expect("zip")
    }

    fn ids(unpacked: &Unpacked) -> Vec<(Option<&str>, &str)> {
        unpacked
            .refused
            .iter()
            .map(|r| (r.entry.as_deref(), r.msg.id()))
            .collect()
    }

    #[test]
    fn what_is_packed_comes_back_the_same() {
        let bytes = zip_of(&[("pack.ron", b"Pack()"), ("modules/a.ron", b"Module()")]);
        let unpacked = unpack(&bytes).expect("opens");
        assert!(unpacked.refused.is_empty());
        assert_eq!(
            unpacked.files,
            vec![
                ("pack.ron".to_owned(), b"Pack()".to_vec()),
                ("modules/a.ron".to_owned(), b"Module()".to_vec())
            ]
        );
        assert_eq!(
            bytes,
            zip_of(&[("pack.ron", b"Pack()"), ("modules/a.ron", b"Module()")])
        );
    }

    #[test]
    fn a_folder_zipped_by_hand_opens_as_the_pack() {
        let bytes = zip_of(&[("mine/pack.ron", b"P"), ("mine/modules/a.ron", b"M")]);
        let names: Vec<String> = unpack(&bytes)
            .expect("opens")
            .files
            .into_iter()
            .map(|f| f.0)
            .collect();
        assert_eq!(names, ["pack.ron", "modules/a.ron"]);
    }

    #[test]
    fn damaged_and_foreign_files_are_refused_with_a_reason() {
        let err = unpack(b"Pack(id: \"p\")").expect_err("not a zip");
        assert_eq!(err.msg.id(), "chk-pack-file-damaged");
        let mut bytes = zip_of(&[("pack.ron", b"Pack()")]);
        bytes.truncate(bytes.len() - 10);
        assert_eq!(
            unpack(&bytes).expect_err("cut").msg.id(),
            "chk-pack-file-damaged"
        );
    }

    #[test]
    fn an_oversized_file_is_refused_before_reading() {
        let big = vec![0u8; MAX_ARCHIVE_BYTES as usize + 1];
        assert_eq!(
            unpack(&big).expect_err("too big").msg.id(),
            "chk-pack-file-too-big"
        );
    }

    #[test]
    fn names_that_leave_the_pack_are_refused() {
        let bytes = zip_of(&[
            ("pack.ron", b"P"),
            ("../evil.ron", b"x"),
            ("modules/../../evil.ron", b"x"),
            ("/etc/evil.ron", b"x"),
            ("C:/evil.ron", b"x"),
            ("modules\\evil.ron", b"x"),
        ]);
        let unpacked = unpack(&bytes).expect("opens");
        assert_eq!(unpacked.files.len(), 1);
        assert_eq!(unpacked.refused.len(), 5);
        assert!(
            ids(&unpacked)
                .iter()
                .all(|(_, id)| *id == "chk-pack-entry-unsafe-name")
        );
    }

    #[test]
    fn links_are_refused() {
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        writer
            .add_symlink("modules/a.ron", "/etc/passwd", SimpleFileOptions::default())
            .expect("link");
        writer
            .start_file("pack.ron", SimpleFileOptions::default())
            .expect("file");
        writer.write_all(b"P").expect("write");
        let bytes = writer.finish().expect("zip").into_inner();
        let unpacked = unpack(&bytes).expect("opens");
        assert_eq!(
            ids(&unpacked),
            [(Some("modules/a.ron"), "chk-pack-entry-link")]
        );
        assert_eq!(unpacked.files.len(), 1);
    }

    #[test]
    fn too_many_entries_are_refused() {
        let names: Vec<String> = (0..=MAX_ENTRIES)
            .map(|i| format!("modules/{i}.ron"))
            .collect();
        let bytes = pack(names.iter().map(|n| (n.as_str(), &b""[..]))).expect("zip");
        assert_eq!(
            unpack(&bytes).expect_err("many").msg.id(),
            "chk-pack-file-too-many"
        );
    }

    #[test]
    fn a_zip_bomb_stops_at_the_limit() {
        // 9 MB of zeros deflate to a few kB: the entry is refused after
        // reading one byte past the limit, whatever its header says.
        let zeros = vec![0u8; MAX_FILE_BYTES as usize + 1024];
        let bytes = zip_of(&[("pack.ron", b"P"), ("modules/bomb.ron", &zeros)]);
        assert!(bytes.len() < 100_000, "deflated to {} bytes", bytes.len());
        let unpacked = unpack(&bytes).expect("opens");
        assert_eq!(
            ids(&unpacked),
            [(Some("modules/bomb.ron"), "chk-file-too-big")]
        );
        // A header that lies about the size: the inflated bytes still stop it.
        let mut lying = zip_of(&[("modules/bomb.ron", &zeros)]);
        let declared = (zeros.len() as u32).to_le_bytes();
        for at in 0..lying.len().saturating_sub(4) {
            if lying[at..at + 4] == declared {
                lying[at..at + 4].copy_from_slice(&1000u32.to_le_bytes());
            }
        }
        let unpacked = unpack(&lying).expect("opens");
        assert!(unpacked.files.is_empty(), "the bomb is never taken in");
        assert_eq!(unpacked.refused.len(), 1);
        // Many entries each under the limit still stop at the total.
        let seven = vec![0u8; 7 * 1024 * 1024];
        let names: Vec<String> = (0..10).map(|i| format!("modules/{i}.ron")).collect();
        let bytes = pack(names.iter().map(|n| (n.as_str(), seven.as_slice()))).expect("zip");
        assert_eq!(
            unpack(&bytes).expect_err("total").msg.id(),
            "chk-pack-file-total-too-big"
        );
    }
}
