//! What the store tells the user: errors that stop something, and notices
//! of what was repaired or skipped on the way.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::FILE_FORMAT;
use crate::i18n::Msg;
use crate::i18n::msg::io_msg;
use crate::msg;

/// Why a file that should hold JSON does not: where it went wrong, or that
/// it holds something else.
pub(crate) fn not_json(e: &serde_json::Error) -> Msg {
    if e.line() == 0 {
        msg!("detail-not-a-profile")
    } else {
        msg!("detail-not-json", line = e.line(), column = e.column())
    }
}

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
    Unreadable { path: PathBuf, detail: Msg },
    /// What was to be saved could not be written as JSON; nothing was
    /// written.
    #[error("could not write {} as JSON: {detail}", path.display())]
    Encode { path: PathBuf, detail: String },
    /// This installation's own journal of the profile cannot be read (it
    /// belongs to another user, say): the profile is not opened, since
    /// what it holds could not be kept.
    #[error("{} cannot be read ({detail}); the profile is not opened, so nothing in it is lost: if the file belongs to another user of this computer, ask whoever manages it to give you access, or open Puente as that user", path.display())]
    OwnJournalUnreadable { path: PathBuf, detail: Msg },
    /// There is no data folder to use: no home folder, and none given.
    #[error("no home folder was found for this user; start Puente with --data-dir FOLDER")]
    NoDataFolder,
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

    pub(crate) fn encode(path: &Path, e: &serde_json::Error) -> Self {
        Self::Encode {
            path: path.to_owned(),
            detail: e.to_string(),
        }
    }

    /// What went wrong, for the user: in any language, the file named.
    pub fn msg(&self) -> Msg {
        let p = |path: &Path| path.display().to_string();
        match self {
            Self::Io { path, source, .. } => {
                msg!("error-io", path = p(path), detail = io_msg(source))
            }
            Self::Locked { .. } => msg!("error-locked"),
            Self::NewerFormat { path, found } => {
                msg!("error-newer-format", path = p(path), found = *found)
            }
            Self::Unreadable { path, detail } => {
                msg!("error-unreadable", path = p(path), detail = detail.clone())
            }
            Self::Encode { path, .. } => msg!("error-encode", path = p(path)),
            Self::NoDataFolder => msg!("error-no-data-folder"),
            Self::OwnJournalUnreadable { path, detail } => {
                msg!("error-own-journal", path = p(path), detail = detail.clone())
            }
        }
    }

    /// Why, without naming the file (where a message names it already).
    pub fn reason(&self) -> Msg {
        match self {
            Self::Io { source, .. } => io_msg(source),
            _ => self.msg(),
        }
    }

    /// `path` holds something that is not the JSON it should be.
    pub(crate) fn not_json(path: &Path, e: &serde_json::Error) -> Self {
        Self::Unreadable {
            path: path.to_owned(),
            detail: not_json(e),
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
    /// Another device's journal could not be read at all (it belongs to
    /// another user, say); its events are left out and the file as it is.
    JournalUnreadable { path: PathBuf, detail: Msg },
    /// profile.json could not be read and was restored from its backup.
    RestoredFromBackup { path: PathBuf, aside: PathBuf },
    /// A profile folder could not be read at all and is not listed.
    ProfileUnreadable { path: PathBuf, detail: Msg },
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

impl Notice {
    /// What the user is told, in any language.
    pub fn msg(&self) -> Msg {
        let p = |path: &Path| path.display().to_string();
        match self {
            Self::TornLine {
                path,
                kept_at: Some(kept),
            } => msg!("notice-torn-kept", path = p(path), kept = p(kept)),
            Self::TornLine {
                path,
                kept_at: None,
            } => msg!("notice-torn", path = p(path)),
            Self::SetAside {
                path,
                aside,
                kept,
                unreadable,
            } => msg!(
                "notice-set-aside",
                path = p(path),
                aside = p(aside),
                kept = *kept,
                unreadable = *unreadable
            ),
            Self::NewerEvents { path, count } => {
                msg!("notice-newer-events", path = p(path), count = *count)
            }
            Self::JournalUnreadable { path, detail } => {
                msg!(
                    "notice-journal-unreadable",
                    path = p(path),
                    detail = detail.clone()
                )
            }
            Self::ForeignLinesSkipped { path, count } => {
                msg!("notice-foreign-lines", path = p(path), count = *count)
            }
            Self::RestoredFromBackup { path, aside } => {
                msg!("notice-restored", path = p(path), aside = p(aside))
            }
            Self::ProfileUnreadable { path, detail } => msg!(
                "notice-profile-unreadable",
                path = p(path),
                detail = detail.clone()
            ),
            Self::TemporaryDevice { path } => msg!("notice-temporary-device", path = p(path)),
            Self::ProfileRebuilt {
                path,
                aside: Some(aside),
                ..
            } => msg!(
                "notice-profile-rebuilt-aside",
                path = p(path),
                aside = p(aside)
            ),
            Self::ProfileRebuilt {
                path, aside: None, ..
            } => msg!("notice-profile-rebuilt", path = p(path)),
        }
    }
}

/// In English, as the command line prints it.
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.msg().fmt(f)
    }
}
