//! Importing progress bundles gathered from learners' laptops: a union by
//! event id, so importing the same bundle twice changes nothing and bundles
//! from different laptops never conflict.
//!
//! Imported events go to `events-<this device>-imported.jsonl` in the
//! learner's profile folder, a file only this installation writes, replaced
//! whole (temp + fsync + rename) on each import: a data folder shared by
//! several laptops stays safe, and a crash leaves the old file or the new
//! one, never half of it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use uuid::Uuid;

use super::bundle::{Bundle, BundleError};
use super::event::{Event, line_digest};
use super::store::{
    MAX_DEPTH, NotSearched, Notice, Profile, Store, StoreError, find_bundles, read_bundle_file,
};
use crate::i18n::Msg;
use crate::i18n::msg::io_msg;
use crate::msg;

pub use super::store::{BUNDLE_EXTENSION, MAX_BUNDLE_BYTES, imported_journal};

/// What happened to one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileOutcome {
    pub path: PathBuf,
    pub result: Result<Imported, Skipped>,
}

/// A bundle that was merged.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub profile: Uuid,
    pub name: String,
    /// Whether the learner was new to this data folder.
    pub new_learner: bool,
    /// Events added by this import.
    pub added: usize,
    /// Events the data folder already had.
    pub known: usize,
    /// Pack versions in the bundle that differ from the open pack's.
    pub other_versions: Vec<String>,
    /// Reflections and notes left out: the bundle does not share them
    /// ([`super::private`]).
    pub private_left_out: usize,
    /// Copies of an event the bundle held again, the same as the first.
    pub repeated: usize,
    /// Events that arrived again saying something else.
    pub conflicts: Conflicts,
}

/// Event ids that arrived again with other content. Puente writes an event
/// once and never changes it, so two different copies of one id mean one of
/// them was edited or damaged; Puente cannot tell which, so it keeps the
/// copy it has and says so, for the facilitator to compare with the
/// learner's computer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conflicts {
    /// Ids whose copy in the data folder differs from the bundle's: the
    /// data folder's copy is kept (nothing stored is ever overwritten).
    pub with_folder: Vec<Uuid>,
    /// Ids the bundle itself holds twice, differently: its first copy is
    /// the one read (and imported, or compared as above).
    pub in_bundle: Vec<Uuid>,
}

impl Conflicts {
    pub fn is_empty(&self) -> bool {
        self.with_folder.is_empty() && self.in_bundle.is_empty()
    }

    /// What to tell the facilitator about `name`'s bundle, one message per
    /// kind of conflict (none when there is none).
    pub fn msgs(&self, name: &str) -> Vec<Msg> {
        let mut out = Vec::new();
        if !self.with_folder.is_empty() {
            out.push(msg!(
                "import-conflict",
                name = name,
                count = self.with_folder.len(),
                ids = shown_ids(&self.with_folder)
            ));
        }
        if !self.in_bundle.is_empty() {
            out.push(msg!(
                "import-conflict-in-bundle",
                name = name,
                count = self.in_bundle.len(),
                ids = shown_ids(&self.in_bundle)
            ));
        }
        out
    }
}

/// How many conflicting ids a report names.
pub const SHOWN_IDS: usize = 3;

/// The first [`SHOWN_IDS`] of `ids`, then `… (+N)`.
fn shown_ids(ids: &[Uuid]) -> String {
    let mut shown: Vec<String> = ids.iter().take(SHOWN_IDS).map(Uuid::to_string).collect();
    if ids.len() > SHOWN_IDS {
        shown.push(format!("… (+{})", ids.len() - SHOWN_IDS));
    }
    shown.join(", ")
}

/// Why a file was skipped. The rest of the import goes on.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Skipped {
    /// The system's words (for the command line) and the cause in words.
    #[error("cannot be read: {text}")]
    Unreadable { text: String, why: Msg },
    #[error("is larger than any progress bundle ({0} bytes); it is not one")]
    TooLarge(u64),
    #[error("is {} and not a file, so it was not read", .0.describe())]
    NotRegular(crate::files::Kind),
    #[error("{0}")]
    Bundle(#[from] BundleError),
    #[error(
        "holds progress in another content pack ({}), not in the pack open here ({open}); open that pack and import it again",
        packs.join(", ")
    )]
    OtherPack { packs: Vec<String>, open: String },
    #[error(
        "lists events of another learner ({0} of them); the file was edited by hand or damaged"
    )]
    MixedProfiles(usize),
    #[error("could not be saved: {text}")]
    Write { text: String, why: Msg },
    #[error("the import was cancelled before this file")]
    Cancelled,
    #[error(
        "is a folder more than {0} folders inside the one given, so it was not searched; import it on its own"
    )]
    TooDeep(usize),
}

impl Skipped {
    fn unreadable(e: &std::io::Error) -> Self {
        Self::Unreadable {
            text: e.to_string(),
            why: io_msg(e),
        }
    }

    fn write(e: &StoreError) -> Self {
        Self::Write {
            text: e.to_string(),
            why: e.msg(),
        }
    }

    /// A profile or an event of the bundle that cannot be written as JSON.
    fn encode(what: &str, e: &serde_json::Error) -> Self {
        Self::Write {
            text: format!("{what} cannot be written: {e}"),
            why: msg!("export-not-encoded"),
        }
    }

    /// Why the file was skipped, in any language.
    pub fn msg(&self) -> Msg {
        match self {
            Self::Unreadable { why, .. } => msg!("skip-unreadable", detail = why.clone()),
            Self::TooLarge(size) => msg!("skip-too-large", size = size.to_string()),
            Self::NotRegular(kind) => msg!("skip-not-regular", kind = kind.code()),
            Self::Bundle(e) => e.msg(),
            Self::OtherPack { packs, open } => {
                msg!("skip-other-pack", packs = packs.join(", "), open = open)
            }
            Self::MixedProfiles(count) => msg!("skip-mixed-profiles", count = *count),
            Self::Write { why, .. } => msg!("skip-write", error = why.clone()),
            Self::Cancelled => msg!("skip-cancelled"),
            Self::TooDeep(depth) => msg!("skip-too-deep", depth = *depth),
        }
    }
}

/// The outcome of importing some paths.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    pub files: Vec<FileOutcome>,
}

impl ImportReport {
    pub fn imported(&self) -> impl Iterator<Item = (&Path, &Imported)> {
        self.files
            .iter()
            .filter_map(|f| f.result.as_ref().ok().map(|i| (f.path.as_path(), i)))
    }

    pub fn skipped(&self) -> impl Iterator<Item = (&Path, &Skipped)> {
        self.files
            .iter()
            .filter_map(|f| f.result.as_ref().err().map(|s| (f.path.as_path(), s)))
    }

    pub fn added(&self) -> usize {
        self.imported().map(|(_, i)| i.added).sum()
    }
}

/// The files to import: each file given, and the bundles (`*.puente`,
/// `*.json`) in each folder given, sorted. Paths that do not exist are
/// reported as skipped.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileOutcome>) {
    let (files, missing) = find_bundles(paths);
    let missing = missing
        .into_iter()
        .map(|(path, why)| FileOutcome {
            path,
            result: Err(match why {
                NotSearched::Unreadable(e) => Skipped::unreadable(&e),
                NotSearched::TooDeep => Skipped::TooDeep(MAX_DEPTH),
            }),
        })
        .collect();
    (files, missing)
}

/// Read one file as a bundle.
pub fn read_bundle(path: &Path) -> Result<Bundle, Skipped> {
    Ok(Bundle::parse(&read_bundle_bytes(path)?)?)
}

/// The bytes of a file that should be a bundle: a regular file (links
/// followed) of at most [`MAX_BUNDLE_BYTES`], never a FIFO or a device.
pub fn read_bundle_bytes(path: &Path) -> Result<Vec<u8>, Skipped> {
    use crate::files::ReadError;
    read_bundle_file(path).map_err(|e| match e {
        ReadError::TooLarge { size, .. } => Skipped::TooLarge(size),
        ReadError::NotRegular(kind) => Skipped::NotRegular(kind),
        ReadError::Io(e) => Skipped::unreadable(&e),
    })
}

/// A pack open in this Puente: its id and version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenPack {
    pub id: String,
    pub version: String,
}

/// Import `paths` (bundles, or folders of them) into the store, for the
/// packs open. `progress(done, total)` is called after each file. Never
/// stops early: every file gets an outcome.
pub fn import(
    store: &Store,
    paths: &[PathBuf],
    packs: &[OpenPack],
    progress: impl FnMut(usize, usize),
) -> ImportReport {
    import_waiting(store, paths, packs, progress, || {})
}

/// [`import`], calling `waiting` first if another import into the same
/// data folder is running (this one then waits for it: imports never run
/// side by side, or one could drop the other's events).
pub fn import_waiting(
    store: &Store,
    paths: &[PathBuf],
    packs: &[OpenPack],
    progress: impl FnMut(usize, usize),
    waiting: impl FnOnce(),
) -> ImportReport {
    import_cancellable(
        store,
        paths,
        packs,
        progress,
        waiting,
        &AtomicBool::new(false),
    )
}

/// [`import_waiting`] that stops when `cancel` is set: while it waits for
/// another import, and between files. Files not reached are reported as
/// skipped because of the cancel; files already merged stay merged (each
/// merge is whole or nothing).
pub fn import_cancellable(
    store: &Store,
    paths: &[PathBuf],
    packs: &[OpenPack],
    mut progress: impl FnMut(usize, usize),
    waiting: impl FnOnce(),
    cancel: &AtomicBool,
) -> ImportReport {
    let (files, mut outcomes) = collect(paths);
    let total = files.len();
    let _lock = match store.lock_imports(waiting, cancel) {
        Ok(lock) => lock,
        Err(e) => {
            let reason = if cancel.load(Ordering::Relaxed) {
                Skipped::Cancelled
            } else {
                Skipped::write(&e)
            };
            outcomes.extend(files.into_iter().map(|path| FileOutcome {
                path,
                result: Err(reason.clone()),
            }));
            return ImportReport { files: outcomes };
        }
    };
    for (done, path) in files.into_iter().enumerate() {
        let result = if cancel.load(Ordering::Relaxed) {
            Err(Skipped::Cancelled)
        } else {
            read_bundle(&path).and_then(|b| merge(store, &b, packs))
        };
        outcomes.push(FileOutcome { path, result });
        progress(done + 1, total);
    }
    ImportReport { files: outcomes }
}

/// Merge one bundle into the store.
pub fn merge(store: &Store, bundle: &Bundle, packs: &[OpenPack]) -> Result<Imported, Skipped> {
    let open = |id: &str| packs.iter().find(|p| p.id == id);
    let profile = &bundle.profile;
    let foreign = bundle
        .events
        .iter()
        .map(|e| e.profile)
        .chain(bundle.unknown.iter().map(|u| u.profile))
        .filter(|p| *p != profile.id)
        .count();
    if foreign > 0 {
        return Err(Skipped::MixedProfiles(foreign));
    }
    if !bundle.events.is_empty() && !bundle.events.iter().any(|e| open(&e.pack).is_some()) {
        let theirs: BTreeSet<&str> = bundle.events.iter().map(|e| e.pack.as_str()).collect();
        return Err(Skipped::OtherPack {
            packs: at_most_shown(theirs.into_iter().map(str::to_owned).collect()),
            open: packs
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let other_versions: Vec<String> = at_most_shown(
        bundle
            .events
            .iter()
            .filter(|e| open(&e.pack).is_some_and(|p| p.version != e.pack_version))
            .map(|e| format!("{} {}", e.pack, e.pack_version))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    );

    let write_err = |e: StoreError| Skipped::write(&e);
    let new_learner = !store.has_profile(profile.id);
    if new_learner {
        let mut saved = profile.clone();
        saved.format = super::store::FILE_FORMAT;
        // Written with the fields a newer Puente added, which this one
        // keeps without reading.
        let mut value =
            serde_json::to_value(&saved).map_err(|e| Skipped::encode("the profile", &e))?;
        if let serde_json::Value::Object(map) = &mut value {
            for (key, extra) in &bundle.profile_extra {
                map.entry(key.clone()).or_insert_with(|| extra.clone());
            }
        }
        let bytes =
            serde_json::to_vec_pretty(&value).map_err(|e| Skipped::encode("the profile", &e))?;
        store
            .write_new_profile(profile.id, &bytes)
            .map_err(write_err)?;
    }

    // What the folder already has, from every journal, lines written by a
    // newer Puente included.
    let mut known_ids = store.known_events(profile.id).map_err(write_err)?;
    // Each new event as the line to store: its text as read, so what a
    // newer Puente wrote keeps every field.
    let mut fresh: Vec<Vec<u8>> = Vec::new();
    let mut known = 0;
    let mut conflicts = Conflicts {
        in_bundle: bundle.repeats.differing.clone(),
        ..Conflicts::default()
    };
    let (shared, private_left_out) = super::private::importable(bundle);
    for i in shared {
        let event = &bundle.events[i];
        match known_ids.get(&event.id) {
            None => {
                let line = bundle
                    .line(i)
                    .map_err(|e| Skipped::encode("an event", &e))?;
                fresh.push(line);
                known_ids.insert(event.id, event.digest());
            }
            Some(&digest) => {
                known += 1;
                if digest != event.digest() {
                    conflicts.with_folder.push(event.id);
                }
            }
        }
    }
    for unknown in &bundle.unknown {
        let line =
            super::bundle::one_line(&unknown.text).map_err(|e| Skipped::encode("an event", &e))?;
        match known_ids.get(&unknown.id) {
            None => {
                known_ids.insert(unknown.id, line_digest(&line));
                fresh.push(line);
            }
            Some(&digest) => {
                known += 1;
                if digest != line_digest(&line) {
                    conflicts.with_folder.push(unknown.id);
                }
            }
        }
    }
    store
        .add_imported_lines(profile.id, &fresh)
        .map_err(write_err)?;
    Ok(Imported {
        profile: profile.id,
        name: profile.name.clone(),
        new_learner,
        added: fresh.len(),
        known,
        other_versions,
        private_left_out,
        repeated: bundle.repeats.same,
        conflicts,
    })
}

/// How many packs or pack versions an import report lists.
pub const SHOWN: usize = 10;

/// `list` for a report line: its first [`SHOWN`] entries, then `… (+N)`
/// for the rest. An edited bundle can give every event its own pack
/// version; the report stays one short line.
fn at_most_shown(mut list: Vec<String>) -> Vec<String> {
    if list.len() > SHOWN {
        let more = list.len() - SHOWN;
        list.truncate(SHOWN);
        list.push(format!("… (+{more})"));
    }
    list
}

/// Every learner of a data folder with all their events (read only; no
/// locks taken, nothing repaired), by name. What could not be read is left
/// out and said in the second list.
pub fn read_all(store: &Store) -> (Vec<(Profile, Vec<Event>)>, Vec<Msg>) {
    let (profiles, notices) = store.profiles();
    let mut problems: Vec<Msg> = notices.iter().map(Notice::msg).collect();
    let mut learners = Vec::with_capacity(profiles.len());
    for profile in profiles {
        match store.read_profile(profile.id) {
            Ok((profile, events, notices)) => {
                problems.extend(notices.iter().map(Notice::msg));
                learners.push((profile, events));
            }
            Err(e) => problems.push(e.msg()),
        }
    }
    (learners, problems)
}
