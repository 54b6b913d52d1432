//! Progress on disk: profiles and their event journals. The only module of
//! `progress/` that touches files.
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

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::fs::{self, File, OpenOptions};

use super::fault;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::event::{EVENT_FORMAT, Event, EventBody};

/// The format of profile.json, device.json and settings.json.
pub const FILE_FORMAT: u32 = 1;

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

/// A learner on this computer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub format: u32,
    pub id: Uuid,
    pub name: String,
    /// Language code for the interface and content (`en`, `es`, `pt`).
    pub language: String,
    pub created: jiff::Timestamp,
    /// How the window looks for this learner.
    #[serde(default)]
    pub display: Display,
    /// The workshop, class or cohort the learner belongs to, for the
    /// facilitator's filters (free text, may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group: String,
}

/// Held while an import writes into a data folder: see
/// [`Store::lock_imports`].
#[derive(Debug)]
pub struct ImportLock {
    _file: File,
}

/// A learner's display settings, kept in their profile.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Display {
    /// Text size, 1.0 = normal, within [`Display::MIN_ZOOM`] and
    /// [`Display::MAX_ZOOM`]. Read leniently: any number is clamped into
    /// range and anything else (`null`, a string, a number too large for
    /// an `f32`, as a hand-edited bundle may hold) becomes 1.0, so a
    /// profile can never become unreadable, or unwritable, through it.
    #[serde(deserialize_with = "lenient_zoom")]
    pub zoom: f32,
    pub theme: Theme,
}

impl Display {
    pub const MIN_ZOOM: f32 = 0.75;
    pub const MAX_ZOOM: f32 = 2.0;

    /// `zoom` clamped into range; 1.0 for anything that is not a number.
    pub fn clamp_zoom(zoom: f64) -> f32 {
        if zoom.is_finite() {
            // In range after the clamp, so the cast loses nothing but digits.
            zoom.clamp(f64::from(Self::MIN_ZOOM), f64::from(Self::MAX_ZOOM)) as f32
        } else {
            1.0
        }
    }
}

fn lenient_zoom<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(value.as_f64().map_or(1.0, Display::clamp_zoom))
}

impl Default for Display {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            theme: Theme::Light,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
    HighContrast,
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
}

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
pub fn resolve_data_dir(explicit: Option<PathBuf>) -> Result<(PathBuf, DataDirKind), String> {
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
        .ok_or_else(|| {
            "no home folder was found for this user; start Puente with --data-dir FOLDER".to_owned()
        })
}

/// A time stamp safe in file names: `20261122T114501Z`.
fn stamp() -> String {
    jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// A free name for `path` + `.suffix-<time>` (never overwrites anything).
fn aside_name(path: &Path, suffix: &str) -> PathBuf {
    let base = format!("{}.{suffix}-{}", path.display(), stamp());
    let mut candidate = PathBuf::from(&base);
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = PathBuf::from(format!("{base}-{n}"));
    }
    candidate
}

fn sync_dir(dir: &Path) {
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

/// The marker file of a data folder shared by several laptops.
pub const SHARED_MARKER: &str = "shared.json";

/// The progress store of one data folder.
#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    /// Where this installation keeps its own files (`device.json`,
    /// `settings.json`): the data folder itself, or, for a shared folder,
    /// a folder on this computer only.
    local: PathBuf,
    device: Uuid,
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
                            detail: e.to_string(),
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
                let bytes = serde_json::to_vec_pretty(&file).unwrap_or_default();
                if atomic_write(&device_path, &bytes).is_err() {
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
                    detail: e.to_string(),
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
            let detail = match named_for.get(&p.id) {
                Some(original) => format!(
                    "it is a copy of {}'s profile (id {}), which is in {}; only that one is read. Move the copy out of the profiles folder, or delete it",
                    super::bundle::cut(&p.name, super::bundle::limits::NAME),
                    p.id,
                    original.display()
                ),
                None => {
                    let wanted = self.profile_dir(p.id);
                    named_for.insert(p.id, dir.clone());
                    format!(
                        "the folder of {}'s profile must be named after its id; rename it to {}",
                        super::bundle::cut(&p.name, super::bundle::limits::NAME),
                        wanted.display()
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
        };
        let dir = self.profile_dir(profile.id);
        fault::create_dir_all(&dir)
            .map_err(|e| StoreError::io("create the profile folder", &dir, e))?;
        let bytes = serde_json::to_vec_pretty(&profile).unwrap_or_default();
        atomic_write(&dir.join("profile.json"), &bytes)?;
        sync_dir(&self.root.join("profiles"));
        Ok(profile)
    }

    /// Save a changed profile (name or language).
    pub fn save_profile(&self, profile: &Profile) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec_pretty(profile).unwrap_or_default();
        atomic_write(&self.profile_dir(profile.id).join("profile.json"), &bytes)
    }

    /// The profile used last, if recorded.
    pub fn last_profile(&self) -> Option<Uuid> {
        let bytes = read_file(self.local.join("settings.json")).ok()?;
        serde_json::from_slice::<SettingsFile>(&bytes)
            .ok()?
            .last_profile
    }

    pub fn set_last_profile(&self, id: Uuid) -> Result<(), StoreError> {
        let settings = SettingsFile {
            format: FILE_FORMAT,
            last_profile: Some(id),
        };
        let bytes = serde_json::to_vec_pretty(&settings).unwrap_or_default();
        atomic_write(&self.local.join("settings.json"), &bytes)
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
                detail: "the profile file is missing".into(),
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
        }
        let session = ProfileSession {
            profile,
            journal_path,
            journal: None,
            lock,
            dir,
            device: self.device,
            pending: VecDeque::new(),
            cut_back: None,
        };
        Ok(OpenedProfile {
            session,
            events,
            notices,
        })
    }
}

impl Store {
    /// A profile and all its events, read without taking its lock or
    /// repairing anything (for exports while the profile may be open).
    pub fn read_profile(&self, id: Uuid) -> Result<(Profile, Vec<Event>, Vec<Notice>), StoreError> {
        let dir = self.profile_dir(id);
        let mut notices = Vec::new();
        let profile = read_profile(&dir.join("profile.json"), &mut notices)?.ok_or_else(|| {
            StoreError::Unreadable {
                path: dir.join("profile.json"),
                detail: "the profile file is missing".into(),
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

/// Read a whole file of the data folder. Only regular files are read (a
/// FIFO or device put in the folder could otherwise hang or exhaust
/// memory); anything else is an `InvalidData` error that names it.
fn read_file(path: impl AsRef<Path>) -> io::Result<Vec<u8>> {
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
fn remove_stale_temps(profiles: &Path) {
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

/// The id of every intact line of a journal: the events it holds and the
/// lines a newer Puente wrote, which is what a merge must not add again. A
/// damaged line does not count, so importing the intact bundle again
/// brings its event back.
pub(crate) fn journal_ids(path: &Path) -> Result<Vec<Uuid>, StoreError> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Uuid,
    }
    let bytes = read_file(path).map_err(|e| StoreError::io("read", path, e))?;
    Ok(bytes
        .split(|&b| b == b'\n')
        .filter_map(|line| match classify(line) {
            Line::Event(e) => Some(e.id),
            Line::Newer => serde_json::from_slice::<IdOnly>(line).ok().map(|l| l.id),
            Line::Garbage => None,
        })
        .collect())
}

/// What [`Store::open_profile`] returns.
#[derive(Debug)]
pub struct OpenedProfile {
    pub session: ProfileSession,
    /// Every readable event of the profile, from every device.
    pub events: Vec<Event>,
    pub notices: Vec<Notice>,
}

/// Read profile.json, restoring it from its backup when it is damaged.
/// `Ok(None)` when the folder has no profile.json (not a profile).
/// A profile as shown: its name and group cut as an import cuts them
/// ([`super::bundle::limits`]), so a profile.json edited by hand, or
/// synced from a Puente that did not cut them, cannot make the window
/// lay out megabytes of text at every start (issue 18, G3).
fn bounded(mut p: Profile) -> Profile {
    use super::bundle::{cut, limits};
    p.name = cut(&p.name, limits::NAME);
    p.group = cut(&p.group, limits::GROUP);
    p
}

fn read_profile(path: &Path, notices: &mut Vec<Notice>) -> Result<Option<Profile>, StoreError> {
    let bytes = match read_file(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // A folder with a learner's events but no profile.json (lost
            // by hand or by a tool) still holds a learner.
            return Ok(rebuild_profile(path, None, notices));
        }
        Err(e) => return Err(StoreError::io("read", path, e)),
    };
    match parse_profile(path, &bytes).map(bounded) {
        Ok(p) => Ok(Some(p)),
        Err(e @ StoreError::NewerFormat { .. }) => Err(e),
        Err(original) => {
            let backup = PathBuf::from(format!("{}.bak", path.display()));
            let restored = read_file(&backup)
                .ok()
                .and_then(|b| parse_profile(path, &b).ok().map(|p| (bounded(p), b)));
            let Some((profile, good)) = restored else {
                return rebuild_profile(path, Some(&bytes), notices)
                    .ok_or(original)
                    .map(Some);
            };
            // Keep a copy of the damaged file aside, then restore over it
            // without touching the backup (temp + rename): profile.json is
            // never missing, whatever fails.
            let aside = aside_name(path, "corrupt");
            fault::copy(path, &aside).map_err(|e| StoreError::io("set aside", path, e))?;
            let dir = path.parent().unwrap_or(Path::new("."));
            let tmp = dir.join(format!(".profile.json.tmp-{}", Uuid::new_v4().simple()));
            let restored = fault::write(&tmp, &good)
                .and_then(|()| fault::sync_all(&File::open(&tmp)?))
                .and_then(|()| fault::rename(&tmp, path));
            if let Err(e) = restored {
                let _ = fs::remove_file(&tmp);
                return Err(StoreError::io("restore", path, e));
            }
            sync_dir(dir);
            notices.push(Notice::RestoredFromBackup {
                path: path.to_owned(),
                aside,
            });
            Ok(Some(profile))
        }
    }
}

/// A profile for the folder of `path` when its profile.json is damaged
/// (`damaged` holds its bytes) or missing, so that the learner never
/// disappears: the id comes from the folder's name, and the name, language
/// and group from whatever of the damaged file still reads (else the
/// first eight characters of the id, English, no group). Only for a
/// folder named by a profile id that holds at least one journal. The
/// damaged file is kept aside and the new one written (temp + rename);
/// when the folder cannot be written, the profile is still returned, for
/// this session. `None` when there is nothing to rebuild from.
fn rebuild_profile(
    path: &Path,
    damaged: Option<&[u8]>,
    notices: &mut Vec<Notice>,
) -> Option<Profile> {
    let dir = path.parent()?;
    let id: Uuid = dir.file_name()?.to_str()?.parse().ok()?;
    if journals(dir).ok()?.is_empty() {
        return None;
    }
    let salvage: serde_json::Value = damaged
        .and_then(|b| serde_json::from_slice(b).ok())
        .unwrap_or_default();
    let text = |key: &str| {
        salvage
            .get(key)
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
    };
    let profile = bounded(Profile {
        format: FILE_FORMAT,
        id,
        name: text("name")
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| id.simple().to_string()[..8].to_owned()),
        language: text("language").unwrap_or_else(|| "en".to_owned()),
        created: salvage
            .get("created")
            .and_then(|c| serde_json::from_value(c.clone()).ok())
            .unwrap_or_else(jiff::Timestamp::now),
        display: Display::default(),
        group: text("group").unwrap_or_default(),
    });
    let aside = damaged.and_then(|_| {
        let aside = aside_name(path, "corrupt");
        fault::copy(path, &aside).ok().map(|_| aside)
    });
    let written = serde_json::to_vec_pretty(&profile)
        .ok()
        .is_some_and(|bytes| atomic_write(path, &bytes).is_ok());
    notices.push(Notice::ProfileRebuilt {
        path: path.to_owned(),
        aside,
        written,
    });
    Some(profile)
}

fn parse_profile(path: &Path, bytes: &[u8]) -> Result<Profile, StoreError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| StoreError::Unreadable {
            path: path.to_owned(),
            detail: e.to_string(),
        })?;
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    if format > u64::from(FILE_FORMAT) {
        return Err(StoreError::NewerFormat {
            path: path.to_owned(),
            found: u32::try_from(format).unwrap_or(u32::MAX),
        });
    }
    serde_json::from_value(value).map_err(|e| StoreError::Unreadable {
        path: path.to_owned(),
        detail: e.to_string(),
    })
}

/// The profile's lock: `Ok(None)` when the folder cannot be written (the
/// profile is then read-only for this session).
fn take_lock(dir: &Path) -> Result<Option<File>, StoreError> {
    let path = dir.join("lock");
    let file = match OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
    {
        Ok(f) => f,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            return Ok(None);
        }
        Err(e) => return Err(StoreError::io("open the lock of", &path, e)),
    };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Err(StoreError::Locked { path }),
        Err(fs::TryLockError::Error(e)) => Err(StoreError::io("lock", &path, e)),
    }
}

/// Read one journal into `events`. For this device's own journal
/// (`writable`), repair it: a torn last line is saved aside and cut off; a
/// file with unreadable lines is renamed aside and rewritten with the
/// readable ones.
pub(crate) fn read_journal(
    path: &Path,
    writable: bool,
    events: &mut Vec<Event>,
    notices: &mut Vec<Notice>,
) -> Result<(), StoreError> {
    let bytes = read_file(path).map_err(|e| StoreError::io("read", path, e))?;
    let complete_len = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let (complete, tail) = bytes.split_at(complete_len);
    let mut good_lines: Vec<&[u8]> = Vec::new();
    let mut unreadable = 0usize;
    let mut newer = 0usize;
    for line in complete.split(|&b| b == b'\n') {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match classify(line) {
            Line::Event(e) => {
                events.push(*e);
                good_lines.push(line);
            }
            Line::Newer => {
                newer += 1;
                good_lines.push(line);
            }
            Line::Garbage => unreadable += 1,
        }
    }
    // A tail without a newline: the write was cut off. If it happens to be
    // a whole event, keep it.
    let mut tail_event = None;
    if !tail.iter().all(u8::is_ascii_whitespace)
        && let Line::Event(e) = classify(tail)
    {
        tail_event = Some(*e);
    }
    if newer > 0 {
        notices.push(Notice::NewerEvents {
            path: path.to_owned(),
            count: newer,
        });
    }
    if !writable {
        if unreadable > 0 {
            notices.push(Notice::ForeignLinesSkipped {
                path: path.to_owned(),
                count: unreadable,
            });
        }
        events.extend(tail_event);
        return Ok(());
    }
    if unreadable > 0 {
        // Keep the original whole, aside; write the readable lines back.
        let aside = aside_name(path, "corrupt");
        fault::rename(path, &aside).map_err(|e| StoreError::io("set aside", path, e))?;
        let mut clean = Vec::with_capacity(bytes.len());
        for line in &good_lines {
            clean.extend_from_slice(line);
            clean.push(b'\n');
        }
        if let Some(e) = &tail_event {
            clean.extend_from_slice(&serde_json::to_vec(e).unwrap_or_default());
            clean.push(b'\n');
        }
        let kept = good_lines.len() + usize::from(tail_event.is_some());
        write_new(path, &clean)?;
        notices.push(Notice::SetAside {
            path: path.to_owned(),
            aside,
            kept,
            unreadable,
        });
        events.extend(tail_event);
        return Ok(());
    }
    if !tail.is_empty() {
        if let Some(e) = tail_event {
            // Only the newline is missing.
            let mut f = fault::open_append(path).map_err(|e| StoreError::io("repair", path, e))?;
            fault::write_all(&mut f, b"\n")
                .and_then(|()| fault::sync_data(&f))
                .map_err(|e| StoreError::io("repair", path, e))?;
            events.push(e);
        } else if !tail.iter().all(u8::is_ascii_whitespace) {
            let kept_at = aside_name(path, "torn");
            let saved = fault::write(&kept_at, tail).is_ok();
            let f = fault::open_write(path).map_err(|e| StoreError::io("repair", path, e))?;
            fault::set_len(&f, complete_len as u64)
                .and_then(|()| fault::sync_data(&f))
                .map_err(|e| StoreError::io("repair", path, e))?;
            notices.push(Notice::TornLine {
                path: path.to_owned(),
                kept_at: saved.then_some(kept_at),
            });
        } else {
            let f = fault::open_write(path).map_err(|e| StoreError::io("repair", path, e))?;
            fault::set_len(&f, complete_len as u64)
                .map_err(|e| StoreError::io("repair", path, e))?;
        }
    }
    Ok(())
}

/// Write a file that does not exist yet, durably.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
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

enum Line {
    Event(Box<Event>),
    /// Written by a newer Puente: kept, not used.
    Newer,
    Garbage,
}

fn classify(line: &[u8]) -> Line {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(line) else {
        return Line::Garbage;
    };
    let Some(v) = value.get("v").and_then(serde_json::Value::as_u64) else {
        return Line::Garbage;
    };
    if v > u64::from(EVENT_FORMAT) {
        return Line::Newer;
    }
    let known_kind = value
        .get("kind")
        .and_then(serde_json::Value::as_str)
        .is_some_and(|k| EventBody::KINDS.contains(&k));
    match serde_json::from_value::<Event>(value) {
        Ok(e) => Line::Event(Box::new(e)),
        // A v1 line of a kind this build does not know: from a later v1
        // build; keep it like a newer line. A known kind that does not
        // read is damaged, not new.
        Err(_) if v == u64::from(EVENT_FORMAT) && !known_kind => Line::Newer,
        Err(_) => Line::Garbage,
    }
}

/// An open profile: appends this device's events.
#[derive(Debug)]
pub struct ProfileSession {
    pub profile: Profile,
    dir: PathBuf,
    journal_path: PathBuf,
    journal: Option<File>,
    lock: Option<File>,
    device: Uuid,
    pending: VecDeque<Event>,
    /// The journal's length before a failed append whose partial line could
    /// not be cut off then; cut at the next append, before writing.
    cut_back: Option<u64>,
}

impl ProfileSession {
    pub fn device(&self) -> Uuid {
        self.device
    }

    pub fn journal_path(&self) -> &Path {
        &self.journal_path
    }

    /// A new event of this profile on this device, in `pack` at
    /// `pack_version`, at `at`.
    pub fn event(
        &self,
        pack: &str,
        pack_version: &str,
        body: EventBody,
        at: jiff::Timestamp,
    ) -> Event {
        Event {
            v: EVENT_FORMAT,
            id: Uuid::new_v4(),
            profile: self.profile.id,
            device: self.device,
            at,
            pack: pack.to_owned(),
            pack_version: pack_version.to_owned(),
            body,
        }
    }

    /// Events recorded but not yet on disk (the folder is read-only or full).
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Record an event: it is appended and fsynced before this returns
    /// `Ok`. On failure it stays pending, in order, for [`Self::flush`].
    pub fn record(&mut self, event: Event) -> Result<(), StoreError> {
        self.pending.push_back(event);
        self.flush()
    }

    /// Write every pending event, oldest first; stops at the first failure.
    pub fn flush(&mut self) -> Result<(), StoreError> {
        while let Some(event) = self.pending.front() {
            let line = {
                let mut line = serde_json::to_vec(event).unwrap_or_default();
                line.push(b'\n');
                line
            };
            self.append_line(&line)?;
            self.pending.pop_front();
        }
        Ok(())
    }

    fn append_line(&mut self, line: &[u8]) -> Result<(), StoreError> {
        if self.lock.is_none() {
            self.lock = take_lock(&self.dir)?;
            if self.lock.is_none() {
                return Err(StoreError::io(
                    "write to",
                    &self.dir,
                    io::Error::new(io::ErrorKind::PermissionDenied, "the folder is read-only"),
                ));
            }
        }
        if self.journal.is_none() {
            let created = !self.journal_path.exists();
            let file = fault::open_append(&self.journal_path)
                .map_err(|e| StoreError::io("open", &self.journal_path, e))?;
            if created {
                sync_dir(&self.dir);
            }
            if let Some(len) = self.cut_back {
                fault::set_len(&file, len)
                    .and_then(|()| fault::sync_data(&file))
                    .map_err(|e| StoreError::io("repair", &self.journal_path, e))?;
                self.cut_back = None;
            }
            self.journal = Some(file);
        }
        let Some(file) = self.journal.as_mut() else {
            return Ok(());
        };
        let before = file.metadata().map(|m| m.len()).ok();
        let written = fault::write_all(file, line).and_then(|()| fault::sync_data(file));
        if let Err(e) = written {
            // Leave no partial line behind: cut back to where we started,
            // now or, if even that fails, before the next append.
            if let Some(len) = before
                && fault::set_len(file, len).is_err()
            {
                self.cut_back = Some(len);
            }
            self.journal = None;
            return Err(StoreError::io("save to", &self.journal_path, e));
        }
        Ok(())
    }
}
