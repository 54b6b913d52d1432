//! Work that leaves the frame: a pack chosen and loaded, an import and the
//! cohort read after it, a file made and saved. Modelled on rerun's
//! `BackgroundTasks`: one place spawns each kind of work on a thread and
//! polls for its result; the frame only asks whether it is done.
//!
//! A task that panics (a PDF library, say) or whose thread goes away
//! without an answer is a [`TaskFailed`], which the app tells the user
//! about; it is never mistaken for "cancelled".

use std::any::Any;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// How a task ended without a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The work panicked; the panic's message, when it had one.
    Panicked(String),
    /// The thread ended without sending a result.
    Disconnected,
}

/// A task that ended without a result: which (its label) and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskFailed {
    pub task: String,
    pub failure: Failure,
}

/// What a running task shares with the frame: how far it got, whether it
/// waits for another import, and whether the user asked it to stop.
#[derive(Debug, Default)]
pub struct Progress {
    pub done: AtomicUsize,
    pub total: AtomicUsize,
    /// Waiting for another import into the same data folder.
    pub waiting: AtomicBool,
    /// Set by the user: stop between two files.
    pub cancel: AtomicBool,
}

impl Progress {
    /// `(done, total)` so far.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    pub fn waiting(&self) -> bool {
        self.waiting.load(Ordering::Relaxed)
    }
}

/// One piece of work on its own thread, and what the frame shows of it.
pub struct Task<T> {
    /// What is being done, in the learner's words ("Saving the PDF…").
    pub label: String,
    pub progress: Arc<Progress>,
    rx: Receiver<Result<T, Failure>>,
}

impl<T: Send + 'static> Task<T> {
    /// Run `work` on a new thread.
    pub fn spawn(label: String, work: impl FnOnce(&Progress) -> T + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let progress = Arc::new(Progress::default());
        let shared = Arc::clone(&progress);
        std::thread::spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&shared)))
                .map_err(|payload| Failure::Panicked(panic_message(payload.as_ref())));
            // The frame may have gone (the window closed): nobody to tell.
            tx.send(result).ok();
        });
        Self {
            label,
            progress,
            rx,
        }
    }

    /// The result, once there is one.
    fn try_take(&self) -> Option<Result<T, Failure>> {
        match self.rx.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(Failure::Disconnected)),
        }
    }
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

/// At most one task of a kind at a time, as the screens offer them.
pub struct Slot<T> {
    task: Option<Task<T>>,
}

impl<T> Default for Slot<T> {
    fn default() -> Self {
        Self { task: None }
    }
}

impl<T: Send + 'static> Slot<T> {
    /// Start `work` unless a task of this kind runs; whether it started.
    pub fn spawn(
        &mut self,
        label: String,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> bool {
        if self.task.is_some() {
            return false;
        }
        self.task = Some(Task::spawn(label, work));
        true
    }

    /// The result of the task, once it ended (the slot is then free).
    pub fn poll(&mut self) -> Option<Result<T, TaskFailed>> {
        let result = self.task.as_ref()?.try_take()?;
        let task = self.task.take()?;
        Some(result.map_err(|failure| TaskFailed {
            task: task.label,
            failure,
        }))
    }

    /// The running task, if any.
    pub fn running(&self) -> Option<&Task<T>> {
        self.task.as_ref()
    }
}

/// Every piece of work the window runs off the frame, by kind.
pub struct BackgroundTasks<Pack, Workshop, Export, Index> {
    /// A pack folder chosen in a dialog (or typed) and loaded.
    pub pack: Slot<Pack>,
    /// An import (bundles picked in a dialog, or typed), then the cohort.
    pub workshop: Slot<Workshop>,
    /// A file asked for in a save dialog, made and written.
    pub export: Slot<Export>,
    /// The search index and the glossary of the open packs, in one
    /// language.
    pub index: Slot<Index>,
}

impl<P, W, E, I> Default for BackgroundTasks<P, W, E, I> {
    fn default() -> Self {
        Self {
            pack: Slot::default(),
            workshop: Slot::default(),
            export: Slot::default(),
            index: Slot::default(),
        }
    }
}

impl<P: Send + 'static, W: Send + 'static, E: Send + 'static, I: Send + 'static>
    BackgroundTasks<P, W, E, I>
{
    /// Which work runs now, if any: `pack`, `workshop`, `export` or
    /// `index`.
    pub fn running(&self) -> Option<&'static str> {
        if self.pack.running().is_some() {
            Some("pack")
        } else if self.workshop.running().is_some() {
            Some("workshop")
        } else if self.export.running().is_some() {
            Some("export")
        } else if self.index.running().is_some() {
            Some("index")
        } else {
            None
        }
    }
}

/// How often a watched pack is looked at, and how long a change must stay
/// the same before it is reloaded (an editor saving several files, or
/// writing one in pieces, is taken in once).
pub const WATCH_EVERY: std::time::Duration = std::time::Duration::from_millis(200);

/// A pack watched for changes, on a thread of its own: every
/// [`WATCH_EVERY`] it asks `look` for a fingerprint of the files (names,
/// sizes and times, not contents); when that changed and then held still
/// for one more look, it runs `load` and sends the result, then calls
/// `wake` so the frame takes it. A saved change is in within about half a
/// second. Dropping the watcher stops the thread.
pub struct Watcher<T> {
    rx: Receiver<T>,
    stop: Arc<AtomicBool>,
}

impl<T: Send + 'static> Watcher<T> {
    /// Start watching; `load` also runs once at the start, so the first
    /// result says how the pack is now.
    pub fn spawn(
        look: impl Fn() -> u64 + Send + 'static,
        load: impl Fn() -> T + Send + 'static,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        std::thread::spawn(move || {
            let run = std::panic::AssertUnwindSafe(|| {
                let mut seen = look();
                let send = |value: T| {
                    let sent = tx.send(value).is_ok();
                    wake();
                    sent
                };
                if !send(load()) {
                    return;
                }
                let mut changed = false;
                while !stopped.load(Ordering::Relaxed) {
                    std::thread::sleep(WATCH_EVERY);
                    let now = look();
                    if now != seen {
                        seen = now;
                        changed = true;
                    } else if std::mem::take(&mut changed) && !send(load()) {
                        return;
                    }
                }
            });
            // A panic while loading ends the watching; the frame sees the
            // channel closed (see `poll`).
            std::panic::catch_unwind(run).ok();
        });
        Self { rx, stop }
    }

    /// The newest result sent since the last poll, if any; `Err` when the
    /// thread has gone (a panic while loading).
    pub fn poll(&self) -> Result<Option<T>, Failure> {
        let mut newest = None;
        loop {
            match self.rx.try_recv() {
                Ok(value) => newest = Some(value),
                Err(TryRecvError::Empty) => return Ok(newest),
                Err(TryRecvError::Disconnected) => {
                    return match newest {
                        Some(value) => Ok(Some(value)),
                        None => Err(Failure::Disconnected),
                    };
                }
            }
        }
    }
}

impl<T> Drop for Watcher<T> {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(slot: &mut Slot<T>) -> Result<T, TaskFailed> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            if let Some(result) = slot.poll() {
                return result;
            }
            assert!(std::time::Instant::now() < deadline, "the task never ended");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn a_result_comes_back_and_frees_the_slot() {
        let mut slot = Slot::default();
        assert!(slot.spawn("adding".into(), |p: &Progress| {
            p.total.store(2, Ordering::Relaxed);
            40 + 2
        }));
        assert!(
            !slot.spawn("again".into(), |_| 0),
            "one of a kind at a time"
        );
        assert_eq!(wait(&mut slot), Ok(42));
        assert!(slot.running().is_none());
        assert!(slot.spawn("again".into(), |_| 7), "free once done");
        assert_eq!(wait(&mut slot), Ok(7));
    }

    #[test]
    fn a_panic_is_a_failure_not_a_cancel() {
        let mut slot: Slot<Option<u32>> = Slot::default();
        slot.spawn("making a PDF".into(), |_| panic!("the font has no glyph"));
        assert_eq!(
            wait(&mut slot),
            Err(TaskFailed {
                task: "making a PDF".into(),
                failure: Failure::Panicked("the font has no glyph".into())
            })
        );
        slot.spawn("formatted".into(), |_| panic!("{} glyphs", 3));
        assert_eq!(
            wait(&mut slot).map_err(|f| f.failure),
            Err(Failure::Panicked("3 glyphs".into()))
        );
    }

    #[test]
    fn a_thread_gone_without_a_word_is_a_failure() {
        let (tx, rx) = channel::<Result<u32, Failure>>();
        drop(tx);
        let mut slot = Slot {
            task: Some(Task {
                label: "reading".into(),
                progress: Arc::default(),
                rx,
            }),
        };
        assert_eq!(
            slot.poll(),
            Some(Err(TaskFailed {
                task: "reading".into(),
                failure: Failure::Disconnected
            }))
        );
        assert!(slot.running().is_none());
    }
    #[test]
    fn a_watcher_reloads_once_a_change_holds_still() {
        let state = Arc::new(AtomicUsize::new(0));
        let loads = Arc::new(AtomicUsize::new(0));
        let (look, load) = (Arc::clone(&state), Arc::clone(&loads));
        let watcher = Watcher::spawn(
            move || look.load(Ordering::Relaxed) as u64,
            move || load.fetch_add(1, Ordering::Relaxed) + 1,
            || {},
        );
        let next = |watcher: &Watcher<usize>| {
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
            loop {
                if let Some(n) = watcher.poll().expect("running") {
                    return n;
                }
                assert!(std::time::Instant::now() < deadline, "no reload came");
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        };
        assert_eq!(next(&watcher), 1, "loaded once at the start");
        state.store(1, Ordering::Relaxed);
        assert_eq!(next(&watcher), 2, "a change is loaded");
        // Nothing changes: nothing is loaded again.
        std::thread::sleep(WATCH_EVERY * 4);
        assert_eq!(watcher.poll(), Ok(None));
        assert_eq!(loads.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn a_watcher_whose_load_panics_is_a_failure() {
        let watcher: Watcher<u32> = Watcher::spawn(|| 0, || panic!("bad pack"), || {});
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            match watcher.poll() {
                Err(failure) => {
                    assert_eq!(failure, Failure::Disconnected);
                    break;
                }
                Ok(_) => {
                    assert!(std::time::Instant::now() < deadline, "never reported");
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
            }
        }
    }
}
