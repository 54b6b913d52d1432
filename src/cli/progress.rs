//! A progress bar on the terminal for the commands that read a whole
//! cohort: `learners 312/1000 [#########           ]`, redrawn at most ten
//! times a second on one line, and only when standard error is a terminal
//! (a log or a pipe gets the summary lines alone).

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// One bar, cleared when dropped.
pub struct Bar {
    label: &'static str,
    shown: bool,
    last: Option<Instant>,
}

impl Bar {
    /// A bar counting `label` (a plain word: "learners", "files").
    pub fn new(label: &'static str) -> Self {
        Self {
            label,
            shown: std::io::stderr().is_terminal(),
            last: None,
        }
    }

    /// `done` of `total`.
    pub fn set(&mut self, done: usize, total: usize) {
        if !self.shown || total == 0 {
            return;
        }
        let now = Instant::now();
        if done < total
            && self
                .last
                .is_some_and(|t| now - t < Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(now);
        const WIDTH: usize = 30;
        let filled = (done.min(total) * WIDTH) / total;
        let _ = write!(
            std::io::stderr(),
            "\r{} {done}/{total} [{}{}]",
            self.label,
            "#".repeat(filled),
            " ".repeat(WIDTH - filled)
        );
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if self.shown && self.last.is_some() {
            let _ = write!(std::io::stderr(), "\r{}\r", " ".repeat(60));
        }
    }
}
