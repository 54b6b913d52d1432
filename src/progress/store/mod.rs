//! Progress on disk: profiles and their event journals. The only module of
//! `progress/` that touches files; [`fault`](crate::progress::fault) sits
//! under it so tests can fail any of its file operations.
//!
//! Layout (docs/progress-format.md):
//!
//! ```text
//! <data>/device.json                      this installation's id
//! <data>/settings.json                    last profile used
//! <data>/profiles/<id>/profile.json       name, language
//! <data>/profiles/<id>/events-<device>.jsonl   one event per line, append only
//! <data>/profiles/<id>/lock               held while a Puente has the profile open
//! ```
//!
//! Safety rules: an event is appended and fsynced before `append` returns;
//! files that are replaced go through [`atomic_write`] and keep a `.bak`;
//! nothing is ever deleted; a file that cannot be read is renamed aside as
//! `*.corrupt-<time>` and the user is told; each installation writes only
//! its own journal, so a synced folder never has two writers per file.
//!
//! The parts: [`error`] (errors and notices), [`fsio`] (crash-safe file
//! primitives), [`journal`] (journals and the open profile's session),
//! [`profile`] (profile.json), [`data_dir`] (where the data is), and
//! [`bundles`] (the files an import reads and writes).

mod bundles;
mod data_dir;
mod error;
mod exports;
mod fsio;
mod journal;
mod manage;
mod profile;

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::event::Event;
use super::fault;
use crate::msg;

pub use bundles::{
    BUNDLE_EXTENSION, MAX_BUNDLE_BYTES, MAX_DEPTH, NotSearched, find_bundles, imported_journal,
    read_bundle_file,
};
pub use data_dir::{
    DataDirKind, SHARED_MARKER, is_shared, local_dir, resolve_data_dir, set_shared,
};
pub use error::{Notice, StoreError, WriteProblem};
pub use exports::new_folder;
pub use fsio::{atomic_write, write_output};
pub use journal::{BATCH_WITHIN, ProfileSession};
pub use manage::DELETED_FOLDER;
pub use profile::{Display, Profile, ReviewSettings, Theme};

use fsio::{aside_name, journals, read_file, remove_stale_temps, sync_dir};
use journal::{read_journal, take_lock};
use profile::read_profile;

/// The format of profile.json, device.json and settings.json.
pub const FILE_FORMAT: u32 = 1;

/// Held while an import writes into a data folder: see
/// [`Store::lock_imports`].
#[derive(Debug)]
pub struct ImportLock {
    _file: File,
}

#[derive(Debug, Serialize, Deserialize)]
struct DeviceFile {
    format: u32,
    device: Uuid,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct SettingsFile {
    format: u32,
    #[serde(default)]
    last_profile: Option<Uuid>,
    /// The institution's LRS address the last xAPI export used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    xapi_base: Option<String>,
}

/// The progress store of one data folder. A clone is the same store (for
/// work off the frame).
#[derive(Clone, Debug)]
pub struct Store {
    root: PathBuf,
    /// Where this installation keeps its own files (`device.json`,
    /// `settings.json`): the data folder itself, or, for a shared folder,
    /// a folder on this computer only.
    local: PathBuf,
    device: Uuid,
}

impl Store {
    /// Open (creating if needed) the data folder. In a folder marked
    /// shared ([`SHARED_MARKER`]), this computer's device id and settings
    /// are kept in [`local_dir`] instead, so laptops sharing the folder
    /// never write the same file.
    pub fn open(root: &Path) -> Result<(Self, Vec<Notice>), StoreError> {
        let local = if is_shared(root) {
            local_dir().unwrap_or_else(|| root.to_owned())
        } else {
            root.to_owned()
        };
        Self::open_with_local(root, &local)
    }

    /// Open `root`, keeping this installation's own files in `local`.
    pub fn open_with_local(root: &Path, local: &Path) -> Result<(Self, Vec<Notice>), StoreError> {
        let mut notices = Vec::new();
        let profiles = root.join("profiles");
        if !profiles.is_dir() {
            fault::create_dir_all(&profiles)
                .map_err(|e| StoreError::io("create the data folder", &profiles, e))?;
        }
        if !local.is_dir() {
            fault::create_dir_all(local)
                .map_err(|e| StoreError::io("create the settings folder", local, e))?;
        }
        let device_path = local.join("device.json");
        let existing = match read_file(&device_path) {
            Ok(bytes) => match serde_json::from_slice::<DeviceFile>(&bytes) {
                Ok(d) => Some(d.device),
                Err(e) => {
                    let aside = aside_name(&device_path, "corrupt");
                    if fs::rename(&device_path, &aside).is_ok() {
                        notices.push(Notice::SetAside {
                            path: device_path.clone(),
                            aside,
                            kept: 0,
                            unreadable: 1,
                        });
                    } else {
                        notices.push(Notice::ProfileUnreadable {
                            path: device_path.clone(),
                            detail: error::not_json(&e),
                        });
                    }
                    None
                }
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(StoreError::io("read", &device_path, e)),
        };
        let device = match existing {
            Some(device) => device,
            None => {
                let device = Uuid::new_v4();
                let file = DeviceFile {
                    format: FILE_FORMAT,
                    device,
                };
                let written = fault::encode_pretty(&file)
                    .map_err(|e| StoreError::encode(&device_path, &e))
                    .and_then(|bytes| atomic_write(&device_path, &bytes));
                if written.is_err() {
                    notices.push(Notice::TemporaryDevice { path: device_path });
                }
                device
            }
        };
        remove_stale_temps(&profiles);
        Ok((
            Self {
                root: root.to_owned(),
                local: local.to_owned(),
                device,
            },
            notices,
        ))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn device(&self) -> Uuid {
        self.device
    }

    /// Whether this data folder is shared by several laptops.
    pub fn shared(&self) -> bool {
        is_shared(&self.root)
    }

    pub(crate) fn profile_dir(&self, id: Uuid) -> PathBuf {
        self.root.join("profiles").join(id.to_string())
    }

    /// Take the data folder's import lock, waiting for it when another
    /// import (another window, or `puente import`) holds it; `waiting` is
    /// called once before the wait, and the wait ends with an error when
    /// `cancel` is set. Imports read a journal, add to it in memory and
    /// replace it whole, so two at once would each keep only their own
    /// half. The lock is released when the guard is dropped, or by the
    /// system when the process ends, however it ends.
    pub fn lock_imports(
        &self,
        waiting: impl FnOnce(),
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<ImportLock, StoreError> {
        let path = self.root.join("import.lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::io("open the import lock", &path, e))?;
        let mut waiting = Some(waiting);
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) => {
                    if let Some(waiting) = waiting.take() {
                        waiting();
                    }
                    if cancel.load(std::sync::atomic::Ordering::Relaxed) {
                        return Err(StoreError::io(
                            "wait for the import lock",
                            &path,
                            io::Error::new(io::ErrorKind::Interrupted, "cancelled"),
                        ));
                    }
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                Err(fs::TryLockError::Error(e)) => {
                    return Err(StoreError::io("take the import lock", &path, e));
                }
            }
        }
        Ok(ImportLock { _file: file })
    }

    /// Every readable profile, by name; problems become notices.
    pub fn profiles(&self) -> (Vec<Profile>, Vec<Notice>) {
        let mut profiles = Vec::new();
        let mut notices = Vec::new();
        let Ok(entries) = fs::read_dir(self.root.join("profiles")) else {
            return (profiles, notices);
        };
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|dir| dir.is_dir())
            .collect();
        dirs.sort();
        let mut found: Vec<(PathBuf, Profile)> = Vec::new();
        for dir in dirs {
            match read_profile(&dir.join("profile.json"), &mut notices) {
                Ok(Some(p)) => found.push((dir, p)),
                Ok(None) => {}
                Err(e) => notices.push(Notice::ProfileUnreadable {
                    path: dir,
                    detail: e.msg(),
                }),
            }
        }
        // A learner's folder is named after their id, and everything reads
        // and writes that folder. A folder under another name holding the
        // same id is a copy (someone duplicated the folder, or a file
        // manager made "… (copy)"): listing it would show and count the
        // learner twice and make them impossible to pick by name, so it is
        // left out and named, with what to do.
        let home = |dir: &Path, p: &Profile| dir.file_name() == Some(p.id.to_string().as_ref());
        let mut named_for: HashMap<Uuid, PathBuf> = found
            .iter()
            .filter(|(dir, p)| home(dir, p))
            .map(|(dir, p)| (p.id, dir.clone()))
            .collect();
        for (dir, p) in found {
            if home(&dir, &p) {
                profiles.push(p);
                continue;
            }
            let name = crate::progress::limits::cut(&p.name, crate::progress::limits::NAME);
            let detail = match named_for.get(&p.id) {
                Some(original) => msg!(
                    "detail-profile-copy",
                    name = name,
                    id = p.id.to_string(),
                    original = original.display().to_string()
                ),
                None => {
                    let wanted = self.profile_dir(p.id);
                    named_for.insert(p.id, dir.clone());
                    msg!(
                        "detail-profile-folder-name",
                        name = name,
                        wanted = wanted.display().to_string()
                    )
                }
            };
            notices.push(Notice::ProfileUnreadable { path: dir, detail });
        }
        profiles.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        (profiles, notices)
    }

    /// Create a profile (its folder and profile.json).
    pub fn create_profile(&self, name: &str, language: &str) -> Result<Profile, StoreError> {
        let profile = Profile {
            format: FILE_FORMAT,
            id: Uuid::new_v4(),
            name: name.trim().to_owned(),
            language: language.to_owned(),
            created: jiff::Timestamp::now(),
            display: Display::default(),
            group: String::new(),
            review: Default::default(),
        };
        let dir = self.profile_dir(profile.id);
        fault::create_dir_all(&dir)
            .map_err(|e| StoreError::io("create the profile folder", &dir, e))?;
        let path = dir.join("profile.json");
        let bytes = fault::encode_pretty(&profile).map_err(|e| StoreError::encode(&path, &e))?;
        atomic_write(&path, &bytes)?;
        sync_dir(&self.root.join("profiles"));
        Ok(profile)
    }

    /// Save a changed profile (name or language).
    pub fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        let path = self.profile_dir(profile.id).join("profile.json");
        let bytes = fault::encode_pretty(profile).map_err(|e| StoreError::encode(&path, &e))?;
        atomic_write(&path, &bytes)
    }

    /// This installation's settings.json; an unreadable one reads as
    /// empty (it holds only conveniences, rewritten at the next change).
    fn settings(&self) -> SettingsFile {
        read_file(self.local.join("settings.json"))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<SettingsFile>(&bytes).ok())
            .unwrap_or_default()
    }

    fn change_settings(&self, change: impl FnOnce(&mut SettingsFile)) -> Result<(), StoreError> {
        let mut settings = self.settings();
        settings.format = FILE_FORMAT;
        change(&mut settings);
        let path = self.local.join("settings.json");
        let bytes = fault::encode_pretty(&settings).map_err(|e| StoreError::encode(&path, &e))?;
        atomic_write(&path, &bytes)
    }

    /// The profile used last, if recorded.
    pub fn last_profile(&self) -> Option<Uuid> {
        self.settings().last_profile
    }

    pub fn set_last_profile(&self, id: Uuid) -> Result<(), StoreError> {
        self.change_settings(|s| s.last_profile = Some(id))
    }

    /// The LRS address the last xAPI export from this computer used.
    pub fn xapi_base(&self) -> Option<String> {
        self.settings().xapi_base
    }

    pub fn set_xapi_base(&self, base: &str) -> Result<(), StoreError> {
        self.change_settings(|s| s.xapi_base = Some(base.to_owned()))
    }

    /// Open a profile for this session: take its lock, read every journal
    /// in its folder (this device's and any synced from others), repair
    /// this device's journal if needed.
    ///
    /// When the folder cannot be written (read-only, full), the profile
    /// still opens with everything saved so far; writes are kept pending
    /// and retried by [`ProfileSession::flush`].
    pub fn open_profile(&self, id: Uuid) -> Result<OpenedProfile, StoreError> {
        let dir = self.profile_dir(id);
        let mut notices = Vec::new();
        let profile = read_profile(&dir.join("profile.json"), &mut notices)?.ok_or_else(|| {
            StoreError::Unreadable {
                path: dir.join("profile.json"),
                detail: msg!("detail-profile-missing"),
            }
        })?;
        let lock = take_lock(&dir)?;
        let journal_path = dir.join(format!("events-{}.jsonl", self.device));
        let mut events = Vec::new();
        let journals = journals(&dir)?;
        for path in journals {
            let own = path == journal_path;
            let writable = own && lock.is_some();
            read_journal(&path, writable, &mut events, &mut notices)?;
            if let Some(Notice::JournalUnreadable {
                path: unread,
                detail,
            }) = notices.last()
                && own
                && *unread == path
            {
                return Err(StoreError::OwnJournalUnreadable {
                    path: path.clone(),
                    detail: detail.clone(),
                });
            }
        }
        let session = ProfileSession::new(profile, dir, journal_path, lock, self.device);
        Ok(OpenedProfile {
            session,
            events,
            notices,
        })
    }

    /// A profile and all its events, read without taking its lock or
    /// repairing anything (for exports while the profile may be open).
    pub fn read_profile(&self, id: Uuid) -> Result<(Profile, Vec<Event>, Vec<Notice>), StoreError> {
        let dir = self.profile_dir(id);
        let mut notices = Vec::new();
        let profile = read_profile(&dir.join("profile.json"), &mut notices)?.ok_or_else(|| {
            StoreError::Unreadable {
                path: dir.join("profile.json"),
                detail: msg!("detail-profile-missing"),
            }
        })?;
        let mut events = Vec::new();
        let journals = journals(&dir)?;
        for path in journals {
            read_journal(&path, false, &mut events, &mut notices)?;
        }
        Ok((profile, events, notices))
    }
}

/// What [`Store::open_profile`] returns.
#[derive(Debug)]
pub struct OpenedProfile {
    pub session: ProfileSession,
    /// Every readable event of the profile, from every device.
    pub events: Vec<Event>,
    pub notices: Vec<Notice>,
}
