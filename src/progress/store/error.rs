//! What the store tells the user: errors that stop something, and notices
//! of what was repaired or skipped on the way.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::FILE_FORMAT;

/// Something went wrong that the user must know about.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("could not {action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("this profile is open in another Puente window; close it there first ({})", path.display())]
    Locked { path: PathBuf },
    #[error("{} was written by a newer Puente (format {found}; this one reads {FILE_FORMAT}); update Puente to open it", path.display())]
    NewerFormat { path: PathBuf, found: u32 },
    #[error("{} cannot be read: {detail}", path.display())]
    Unreadable { path: PathBuf, detail: String },
}

/// Why a write failed, for the banner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteProblem {
    ReadOnly,
    Full,
    InUse,
    Other,
}

impl StoreError {
    pub(crate) fn io(action: &'static str, path: &Path, source: io::Error) -> Self {
        Self::Io {
            action,
            path: path.to_owned(),
            source,
        }
    }

    pub fn problem(&self) -> WriteProblem {
        match self {
            Self::Io { source, .. } => match source.kind() {
                io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                    WriteProblem::ReadOnly
                }
                io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => WriteProblem::Full,
                _ => WriteProblem::Other,
            },
            Self::Locked { .. } => WriteProblem::InUse,
            _ => WriteProblem::Other,
        }
    }
}

/// Something found while reading that did not stop anything but that the
/// user must be told.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The last line of a journal was cut off (a crash or power cut while
    /// saving); it was dropped. Its bytes are kept in `kept_at` when set.
    TornLine {
        path: PathBuf,
        kept_at: Option<PathBuf>,
    },
    /// A file had unreadable content; the original was renamed to `aside`
    /// and the readable part kept.
    SetAside {
        path: PathBuf,
        aside: PathBuf,
        kept: usize,
        unreadable: usize,
    },
    /// Lines written by a newer Puente were kept but not used.
    NewerEvents { path: PathBuf, count: usize },
    /// A journal from another device has lines that cannot be read; they
    /// were skipped (that device's file is not changed here).
    ForeignLinesSkipped { path: PathBuf, count: usize },
    /// profile.json could not be read and was restored from its backup.
    RestoredFromBackup { path: PathBuf, aside: PathBuf },
    /// A profile folder could not be read at all and is not listed.
    ProfileUnreadable { path: PathBuf, detail: String },
    /// profile.json was missing or damaged with no usable backup, and was
    /// made anew from what could be read; the damaged file is kept as
    /// `aside`. `written` is false when the folder could not be written
    /// (the profile is then rebuilt at every start).
    ProfileRebuilt {
        path: PathBuf,
        aside: Option<PathBuf>,
        written: bool,
    },
    /// device.json was missing or unreadable and could not be written.
    TemporaryDevice { path: PathBuf },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TornLine { path, kept_at } => {
                write!(
                    f,
                    "The last answer being saved in {} was cut off (Puente was stopped while saving) and was dropped.",
                    path.display()
                )?;
                if let Some(kept) = kept_at {
                    write!(f, " Its bytes are kept in {}.", kept.display())?;
                }
                Ok(())
            }
            Self::SetAside {
                path,
                aside,
                kept,
                unreadable,
            } => write!(
                f,
                "{} had {unreadable} unreadable line(s). The original is kept as {}; the {kept} readable entries are in use.",
                path.display(),
                aside.display()
            ),
            Self::NewerEvents { path, count } => write!(
                f,
                "{count} entries in {} were written by a newer Puente; they are kept but not shown. Update Puente to see them.",
                path.display()
            ),
            Self::ForeignLinesSkipped { path, count } => write!(
                f,
                "{count} unreadable line(s) in {} (written on another device) were skipped; the file is left as it is.",
                path.display()
            ),
            Self::RestoredFromBackup { path, aside } => write!(
                f,
                "{} could not be read and was restored from its backup; the damaged file is kept as {}.",
                path.display(),
                aside.display()
            ),
            Self::ProfileUnreadable { path, detail } => {
                write!(
                    f,
                    "The profile in {} cannot be opened: {detail}",
                    path.display()
                )
            }
            Self::TemporaryDevice { path } => write!(
                f,
                "{} could not be written, so this session uses a temporary device id.",
                path.display()
            ),
            Self::ProfileRebuilt { path, aside, .. } => {
                write!(
                    f,
                    "{} was missing or could not be read, so the profile was made anew from the learner's saved answers; if the name could not be read, a short code stands in for it.",
                    path.display()
                )?;
                if let Some(aside) = aside {
                    write!(f, " The damaged file is kept as {}.", aside.display())?;
                }
                Ok(())
            }
        }
    }
}
