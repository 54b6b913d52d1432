//! Event journals: listing and reading them (a torn last line cut off and
//! kept aside, a damaged file set aside and rewritten with what reads), and
//! the open profile's session that appends to its own journal.

use std::collections::VecDeque;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;
use uuid::Uuid;

use super::error::{Notice, StoreError};
use super::fsio::{aside_name, read_file, sync_dir, write_new};
use super::profile::Profile;
use crate::progress::event::{EVENT_FORMAT, Event, EventBody, line_digest};
use crate::progress::fault;

/// The id of every intact line of a journal, with the digest of what it
/// says: the events it holds and the lines a newer Puente wrote, which is
/// what a merge must not add again (and what a copy that says otherwise
/// conflicts with). A
/// damaged line does not count, so importing the intact bundle again
/// brings its event back.
pub(crate) fn journal_digests(path: &Path) -> Result<Vec<(Uuid, u64)>, StoreError> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Uuid,
    }
    let bytes = read_file(path).map_err(|e| StoreError::io("read", path, e))?;
    Ok(bytes
        .split(|&b| b == b'\n')
        .filter_map(|line| match classify(line) {
            Line::Event(e) => Some((e.id, e.digest())),
            Line::Newer => serde_json::from_slice::<IdOnly>(line)
                .ok()
                .map(|l| (l.id, line_digest(line))),
            Line::Garbage => None,
        })
        .collect())
}

/// The profile's lock: `Ok(None)` when the folder cannot be written (the
/// profile is then read-only for this session).
pub(super) fn take_lock(dir: &Path) -> Result<Option<File>, StoreError> {
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
    let bytes = match read_file(path) {
        Ok(bytes) => bytes,
        // Said, and left out; the profile's own journal is refused by
        // `Store::open_profile`, since it must be read before it is
        // appended to.
        Err(e) => {
            notices.push(Notice::JournalUnreadable {
                path: path.to_owned(),
                detail: crate::i18n::msg::io_msg(&e),
            });
            return Ok(());
        }
    };
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
            let line = fault::encode(e).map_err(|e| StoreError::encode(path, &e))?;
            clean.extend_from_slice(&line);
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
    /// Since when the oldest event kept for a batch (a visit, a dimension
    /// looked at) waits; `None` when none waits.
    batch_since: Option<Instant>,
    /// The journal's length before a failed append whose partial line could
    /// not be cut off then; cut at the next append, before writing.
    cut_back: Option<u64>,
}

/// How long a visit or a dimension looked at may wait to be written with
/// the next ones: one fsync for a learner clicking through steps, not one
/// per click. What a learner enters never waits.
pub const BATCH_WITHIN: Duration = Duration::from_secs(1);

impl ProfileSession {
    /// A session appending to `journal_path`, holding `lock` (`None` when
    /// the folder cannot be written: events then wait, pending).
    pub(super) fn new(
        profile: Profile,
        dir: PathBuf,
        journal_path: PathBuf,
        lock: Option<File>,
        device: Uuid,
    ) -> Self {
        Self {
            profile,
            dir,
            journal_path,
            journal: None,
            lock,
            device,
            pending: VecDeque::new(),
            batch_since: None,
            cut_back: None,
        }
    }

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

    /// Events recorded but not yet on disk: waiting for their batch, or
    /// because the folder is read-only or full.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Record an event. What the learner entered (an answer, a rating, a
    /// note, a module completed) is appended and fsynced, with any visits
    /// waiting before it, before this returns `Ok`. A visit or a dimension
    /// looked at waits for its batch: [`Self::flush_due_in`] says when to
    /// [`Self::flush`]. On failure events stay pending, in order.
    pub fn record(&mut self, event: Event) -> Result<(), StoreError> {
        let batched = event.body.is_navigation();
        self.pending.push_back(event);
        if batched {
            self.batch_since.get_or_insert_with(Instant::now);
            return Ok(());
        }
        self.flush()
    }

    /// How long until the events waiting for their batch must be written
    /// (zero: now); `None` when none waits.
    pub fn flush_due_in(&self) -> Option<Duration> {
        let since = self.batch_since?;
        Some(BATCH_WITHIN.saturating_sub(since.elapsed()))
    }

    /// Write every pending event, oldest first, with one fsync. On failure
    /// they all stay pending; none is written in part.
    pub fn flush(&mut self) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            self.batch_since = None;
            return Ok(());
        }
        let mut lines = Vec::new();
        for event in &self.pending {
            // An event that cannot be written as JSON stays pending: an
            // empty line must never stand in for it.
            let line =
                fault::encode(event).map_err(|e| StoreError::encode(&self.journal_path, &e))?;
            lines.extend_from_slice(&line);
            lines.push(b'\n');
        }
        self.append_lines(&lines)?;
        self.pending.clear();
        self.batch_since = None;
        Ok(())
    }

    /// Append whole lines and fsync them; on failure, no part of them stays.
    fn append_lines(&mut self, lines: &[u8]) -> Result<(), StoreError> {
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
        let written = fault::write_all(file, lines).and_then(|()| fault::sync_data(file));
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

/// Visits waiting for their batch are written when the session ends (the
/// window closes, another profile opens), as far as the disk allows.
impl Drop for ProfileSession {
    fn drop(&mut self) {
        if self.batch_since.is_some() {
            self.flush().ok();
        }
    }
}
