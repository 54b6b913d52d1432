//! Reading a file someone else made: only regular files, never more than a
//! limit.
//!
//! Packs and bundles come from USB sticks, shared folders and e-mail, so a
//! name may be a FIFO (opening it waits forever for a writer), a device
//! such as `/dev/zero` (whose size says 0 and which never ends), a socket or
//! a link to any of those. Every read of such a file goes through
//! [`read_regular`]: links are followed first, anything but a regular file
//! is refused by name before it is opened, and the read itself stops one
//! byte past the limit whatever the size the file system reported.

use std::fs::{File, FileType};
use std::io::Read;
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Not a regular file: a FIFO, a device, a socket or a folder.
    #[error("it is {} and not a regular file", .0.describe())]
    NotRegular(Kind),
    /// Larger than the limit (`size` is what was seen, at least limit + 1).
    #[error("it is {size} bytes, more than the {limit} allowed")]
    TooLarge { size: u64, limit: u64 },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// What a path that is not a regular file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Folder,
    Fifo,
    Device,
    Socket,
    Other,
}

impl Kind {
    pub fn of(t: FileType) -> Option<Kind> {
        if t.is_file() {
            return None;
        }
        if t.is_dir() {
            return Some(Kind::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Some(Kind::Fifo);
            }
            if t.is_block_device() || t.is_char_device() {
                return Some(Kind::Device);
            }
            if t.is_socket() {
                return Some(Kind::Socket);
            }
        }
        Some(Kind::Other)
    }

    /// English, for logs and `Display`; the window words it through Fluent.
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Folder => "a folder",
            Kind::Fifo => "a named pipe (FIFO)",
            Kind::Device => "a device",
            Kind::Socket => "a socket",
            Kind::Other => "a special file",
        }
    }

    /// A stable id for messages and JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Folder => "folder",
            Kind::Fifo => "fifo",
            Kind::Device => "device",
            Kind::Socket => "socket",
            Kind::Other => "special",
        }
    }
}

/// Whether `path`, links followed, is something other than a regular file
/// (and what). `Ok(None)` means a regular file.
pub fn special_kind(path: &Path) -> std::io::Result<Option<Kind>> {
    Ok(Kind::of(std::fs::metadata(path)?.file_type()))
}

/// Read the whole of `path`, a regular file of at most `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    // Checked before opening: opening a FIFO for reading blocks.
    let meta = std::fs::metadata(path)?;
    if let Some(kind) = Kind::of(meta.file_type()) {
        return Err(ReadError::NotRegular(kind));
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = File::open(path)?;
    // The name may have been swapped between the look and the open.
    let opened = file.metadata()?;
    if let Some(kind) = Kind::of(opened.file_type()) {
        return Err(ReadError::NotRegular(kind));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len().min(limit)).unwrap_or(0));
    // A file that grows while it is read is still stopped at the limit.
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge { size: read, limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_within_the_limit_reads_whole() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("a.txt");
        std::fs::write(&path, b"hello").expect("write");
        assert_eq!(read_regular(&path, 5).expect("read"), b"hello");
        assert!(matches!(
            read_regular(&path, 4),
            Err(ReadError::TooLarge { size: 5, limit: 4 })
        ));
    }

    #[test]
    fn folders_are_refused_by_kind() {
        let dir = tempfile::tempdir().expect("tmp");
        assert!(matches!(
            read_regular(dir.path(), 10),
            Err(ReadError::NotRegular(Kind::Folder))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_links_to_them_never_read_past_the_limit() {
        let dir = tempfile::tempdir().expect("tmp");
        let link = dir.path().join("zero.puente");
        std::os::unix::fs::symlink("/dev/zero", &link).expect("symlink");
        for path in [Path::new("/dev/zero"), link.as_path()] {
            assert!(matches!(
                read_regular(path, 1 << 20),
                Err(ReadError::NotRegular(Kind::Device))
            ));
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().expect("tmp");
        let fifo = dir.path().join("pipe.puente");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // no mkfifo here; the other kinds are still covered
        }
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&fifo, &link).expect("symlink");
        for path in [&fifo, &link] {
            assert!(matches!(
                read_regular(path, 10),
                Err(ReadError::NotRegular(Kind::Fifo))
            ));
        }
    }
}
