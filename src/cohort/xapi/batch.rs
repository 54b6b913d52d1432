//! The xAPI export as a stream: statements made one learner at a time,
//! each checked ([`super::rules`]) and serialised as it is made, gathered
//! in files of at most a batch of statements — a JSON array each, the body
//! of one `POST /statements` to an LRS — or JSON Lines. Memory holds one
//! learner's events and one batch, whatever the size of the cohort. Pure:
//! the caller writes the files it is handed.

use crate::content::Pack;
use crate::progress::{Event, Profile};

use super::{XapiOptions, learner_statements, rules};

/// The batch size when none is given: what LRSs take in one request
/// (Learning Locker's and the ADL LRS's usual limits are higher; 500
/// statements of Puente are about 1 MB).
pub const DEFAULT_BATCH: usize = 500;

/// How the statements are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Files `statements-00001.json`, … each a JSON array of at most a
    /// batch of statements, one statement a line.
    #[default]
    Json,
    /// Files `statements-00001.jsonl`, … one statement a line.
    Jsonl,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Jsonl => "jsonl",
        }
    }
}

/// A file ready to be written: its name (in the export's folder) and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What an export wrote and left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub statements: usize,
    pub files: usize,
    pub learners: usize,
    /// Events left out for a time no LRS takes.
    pub untimely: usize,
    /// Statements left out because they broke a rule of an LRS (none are
    /// expected; each would be a fault of Puente), and the first rule.
    pub refused: usize,
    pub first_refusal: Option<String>,
}

/// An export under way.
pub struct Export<'a> {
    packs: Vec<&'a Pack>,
    options: XapiOptions,
    format: Format,
    batch: usize,
    buffer: Vec<u8>,
    in_buffer: usize,
    ready: Vec<BatchFile>,
    summary: Summary,
}

impl<'a> Export<'a> {
    /// An export naming the activities of `packs`, in files of at most
    /// `batch` statements (at least one).
    pub fn new(packs: &[&'a Pack], options: XapiOptions, format: Format, batch: usize) -> Self {
        Self {
            packs: packs.to_vec(),
            options,
            format,
            batch: batch.max(1),
            buffer: Vec::new(),
            in_buffer: 0,
            ready: Vec::new(),
            summary: Summary::default(),
        }
    }

    /// Add one learner's statements; returns the files completed by them,
    /// to be written before the next learner is read.
    pub fn add(&mut self, profile: &Profile, events: &[Event]) -> Vec<BatchFile> {
        let packs = std::mem::take(&mut self.packs);
        let options = self.options.clone();
        self.summary.learners += 1;
        self.summary.untimely += learner_statements(profile, events, &packs, &options, |s| {
            self.push(&s);
        });
        self.packs = packs;
        std::mem::take(&mut self.ready)
    }

    fn push(&mut self, statement: &serde_json::Value) {
        let broken = rules::violations(statement);
        if let Some(first) = broken.into_iter().next() {
            self.summary.refused += 1;
            self.summary.first_refusal.get_or_insert(first);
            return;
        }
        let Ok(line) = serde_json::to_vec(statement) else {
            self.summary.refused += 1;
            return;
        };
        match self.format {
            Format::Json => {
                self.buffer
                    .extend_from_slice(if self.in_buffer == 0 { b"[\n" } else { b",\n" });
                self.buffer.extend_from_slice(&line);
            }
            Format::Jsonl => {
                self.buffer.extend_from_slice(&line);
                self.buffer.push(b'\n');
            }
        }
        self.in_buffer += 1;
        self.summary.statements += 1;
        if self.in_buffer == self.batch {
            self.close_file();
        }
    }

    fn close_file(&mut self) {
        if self.in_buffer == 0 {
            return;
        }
        if self.format == Format::Json {
            self.buffer.extend_from_slice(b"\n]\n");
        }
        self.summary.files += 1;
        self.ready.push(BatchFile {
            name: file_name(self.summary.files, self.format),
            bytes: std::mem::take(&mut self.buffer),
        });
        self.in_buffer = 0;
    }

    /// The last file (if any statements wait) and what was done.
    pub fn finish(mut self) -> (Vec<BatchFile>, Summary) {
        self.close_file();
        (self.ready, self.summary)
    }
}

/// The name of the `n`th file (from 1): `statements-00001.json`.
pub fn file_name(n: usize, format: Format) -> String {
    format!("statements-{n:05}.{}", format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learner(events: usize) -> (Profile, Vec<Event>) {
        let pack = crate::content::load(&crate::content::source::embedded())
            .pack
            .expect("the built-in pack loads");
        let mut bundles = crate::cohort::sample::sample_cohort(
            &pack,
            &crate::cohort::sample::SampleOptions {
                learners: 1,
                events,
                seed: 3,
                start: jiff::Timestamp::UNIX_EPOCH,
            },
        );
        let b = bundles.remove(0);
        (b.profile, b.events)
    }

    #[test]
    fn files_hold_at_most_a_batch_and_every_statement_once() {
        let (profile, events) = learner(120);
        let all = super::super::statements(
            &[(profile.clone(), events.clone())],
            None,
            &XapiOptions::default(),
        );
        for format in [Format::Json, Format::Jsonl] {
            let mut export = Export::new(&[], XapiOptions::default(), format, 50);
            let mut files = export.add(&profile, &events);
            let (last, summary) = export.finish();
            files.extend(last);
            assert_eq!(summary.statements, all.len());
            assert_eq!(summary.refused, 0, "{:?}", summary.first_refusal);
            assert_eq!(files.len(), all.len().div_ceil(50));
            assert_eq!(summary.files, files.len());
            let mut read = Vec::new();
            for (n, file) in files.iter().enumerate() {
                assert_eq!(file.name, file_name(n + 1, format));
                let statements: Vec<serde_json::Value> = match format {
                    Format::Json => serde_json::from_slice(&file.bytes).expect("a JSON array"),
                    Format::Jsonl => file
                        .bytes
                        .split(|b| *b == b'\n')
                        .filter(|l| !l.is_empty())
                        .map(|l| serde_json::from_slice(l).expect("one statement a line"))
                        .collect(),
                };
                assert!(!statements.is_empty() && statements.len() <= 50);
                read.extend(statements);
            }
            assert_eq!(read, all);
        }
    }

    #[test]
    fn nothing_to_export_writes_no_file() {
        let export = Export::new(&[], XapiOptions::default(), Format::Json, 0);
        let (files, summary) = export.finish();
        assert!(files.is_empty());
        assert_eq!(summary.statements, 0);
    }
}
