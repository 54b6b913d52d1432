//! The command line: no subcommand opens the app; subcommands serve authors
//! and facilitators, one module each. Every command returns `Ok` or a
//! [`CliError`] that carries its exit code; [`run`] prints it once.

mod assess;
mod check;
mod cohort;
mod convert;
mod export;
mod guide;
mod import;
mod pack;
mod progress;
mod report;
mod review;
mod terminal;

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::content::{self, Library};

pub use assess::AssessArgs;
pub use check::CheckArgs;
pub use cohort::{CohortArgs, SampleArgs};
pub use convert::ConvertArgs;
pub use export::ExportArgs;
pub use guide::GuideArgs;
pub use import::ImportArgs;
pub use pack::PackArgs;
pub use report::ReportArgs;
pub use review::ReviewArgs;
pub use terminal::{TerminalSafe, term};

#[derive(Debug, Parser)]
#[command(
    name = "puente",
    version,
    about = "Learn and self-assess IP management and technology transfer in the life sciences, offline.",
    long_about = "Learn and self-assess intellectual-property management and technology transfer \
                  in the life sciences, offline.\n\nWith no command, opens the app."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Keep progress in this folder instead of the usual place (a
    /// `puente-data` folder beside the program, else the platform's data
    /// folder)
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Also open this content pack folder or .puente-pack file (may be repeated)
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
    /// Open the window in the facilitator's dashboard (for the projector laptop)
    #[arg(long)]
    pub workshop: bool,
    /// Show the problems found in the content packs on the home screen (for
    /// authors; a pack given with --pack shows them too)
    #[arg(long)]
    pub author: bool,
    /// Live preview for authors: reload the --pack folders within a second
    /// of a saved change, staying on the same module and step
    #[arg(long, requires = "packs")]
    pub watch: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content packs and explain every mistake with file:line:col
    Check(CheckArgs),
    /// Write one learner's progress to a bundle file (for a USB stick)
    Export(ExportArgs),
    /// Print a learner's report (PDF) from a progress bundle
    Report(ReportArgs),
    /// Merge learners' bundles (files, or folders of them) into the data folder
    Import(ImportArgs),
    /// The cohort of the data folder, one row per learner, as CSV
    Cohort(CohortArgs),
    /// Write made-up learner bundles for rehearsing a workshop or a demo
    SampleCohort(SampleArgs),
    /// Score a checklist from a JSON file of answers, or print its template
    Assess(AssessArgs),
    /// Turn a Moodle question bank (GIFT format) into a module of a pack folder
    Convert(ConvertArgs),
    /// A learner's spaced-review queue: each card, what is due today, the recall measured
    Review(ReviewArgs),
    /// Make one .puente-pack file of a pack folder, for sharing on a USB stick
    Pack(PackArgs),
    /// Write the facilitator's one-page guide to a workshop (PDF; English, Spanish, Portuguese)
    Guide(GuideArgs),
}

/// Why a command failed, with the exit code it ends with.
#[derive(Debug)]
pub enum CliError {
    /// Printed as `puente <command>: <message>`.
    Message { code: u8, message: String },
    /// Everything was said already (a check with errors, an import with
    /// files skipped): only the exit code remains.
    Said(u8),
}

impl CliError {
    /// A failure with exit code 1, the usual one.
    pub fn new(message: impl Into<String>) -> Self {
        Self::Message {
            code: 1,
            message: message.into(),
        }
    }

    /// A problem with what the user gave (exit code 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Message {
            code: 2,
            message: message.into(),
        }
    }

    pub fn code(&self) -> u8 {
        match self {
            Self::Message { code, .. } | Self::Said(code) => *code,
        }
    }
}

/// The terminal could not be written to (a closed pipe, a full disk).
impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        Self::Message {
            code: 2,
            message: format!("cannot write the report: {e}"),
        }
    }
}

/// JSON could not be written to the terminal.
impl From<serde_json::Error> for CliError {
    fn from(e: serde_json::Error) -> Self {
        Self::from(std::io::Error::from(e))
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Message { message, .. } => f.write_str(&term(message)),
            Self::Said(code) => write!(f, "exit code {code}"),
        }
    }
}

/// Standard error for the commands that print what bundles hold: no
/// control character but a line break or a tab reaches the terminal.
fn terminal() -> TerminalSafe<std::io::Stderr> {
    TerminalSafe::new(std::io::stderr())
}

/// Run what the command line asks for; the exit code.
pub fn run(cli: Cli) -> ExitCode {
    let (name, result) = match cli.command {
        Some(Command::Check(args)) => ("check", check::run(&args, &mut std::io::stdout().lock())),
        Some(Command::Export(args)) => {
            ("export", export::run(&args, cli.data_dir, &mut terminal()))
        }
        Some(Command::Report(args)) => ("report", report::run(&args, &mut terminal())),
        Some(Command::Import(args)) => {
            ("import", import::run(&args, cli.data_dir, &mut terminal()))
        }
        Some(Command::Cohort(args)) => {
            ("cohort", cohort::run(&args, cli.data_dir, &mut terminal()))
        }
        Some(Command::SampleCohort(args)) => {
            ("sample-cohort", cohort::run_sample(&args, &mut terminal()))
        }
        Some(Command::Assess(args)) => (
            "assess",
            assess::run(&args, &mut std::io::stdout().lock(), &mut std::io::stderr()),
        ),
        Some(Command::Convert(args)) => ("convert", convert::run(&args, &mut terminal())),
        Some(Command::Guide(args)) => ("guide", guide::run(&args, &mut terminal())),
        Some(Command::Review(args)) => (
            "review",
            review::run(
                &args,
                cli.data_dir,
                &mut std::io::stdout().lock(),
                &mut terminal(),
            ),
        ),
        Some(Command::Pack(args)) => ("pack", pack::run(&args, &mut terminal())),
        None => {
            return window(
                cli.data_dir,
                &cli.packs,
                cli.workshop,
                cli.author,
                cli.watch,
            );
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let CliError::Message { .. } = e {
                let _ = writeln!(terminal(), "puente {name}: {e}");
            }
            ExitCode::from(e.code())
        }
    }
}

/// No command: open the window.
fn window(
    data_dir: Option<PathBuf>,
    packs: &[PathBuf],
    workshop: bool,
    author: bool,
    watch: bool,
) -> ExitCode {
    match crate::ui::run(data_dir, packs, workshop, author, watch) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "Puente could not start: {e}\n\
                 The window needs a graphical session (X11 or Wayland) with OpenGL 2 or newer."
            );
            ExitCode::from(1)
        }
    }
}

/// Open the data folder a facilitator command works on; it must exist and
/// hold Puente data unless `create`.
pub(crate) fn open_store(
    data_dir: Option<PathBuf>,
    create: bool,
) -> Result<crate::progress::Store, String> {
    use crate::progress::store::{Store, resolve_data_dir};
    let (dir, _) = resolve_data_dir(data_dir).map_err(|e| e.to_string())?;
    if !create && !dir.join("profiles").is_dir() {
        return Err(format!(
            "no Puente data in {}; give the folder with --data-dir",
            dir.display()
        ));
    }
    Store::open(&dir)
        .map(|(store, _)| store)
        .map_err(|e| e.to_string())
}

/// The built-in pack and `extra` ones, as the window opens them (see
/// [`Library`]): a pack with errors is left out, and its errors printed.
fn usable_packs(
    extra: &[PathBuf],
    command: &str,
    err: &mut impl Write,
) -> Result<Library, CliError> {
    let library = Library::new(content::load_all(extra));
    for d in library.errors() {
        writeln!(err, "puente {command}: {}", term(&d.to_string()))?;
    }
    Ok(library)
}

/// The pack a cohort command works on: `dir`, or the built-in one. A pack
/// with errors is refused, and its errors printed.
fn one_pack(
    dir: Option<&PathBuf>,
    command: &str,
    err: &mut impl Write,
) -> Result<content::Pack, CliError> {
    let loaded = match dir {
        Some(d) => content::load(&content::source::read_dir(d)),
        None => content::load(&content::source::embedded()),
    };
    let mut library = Library::new([loaded]);
    for d in library.errors() {
        writeln!(err, "puente {command}: {}", term(&d.to_string()))?;
    }
    let pack = library.packs.pop().ok_or(CliError::Said(1))?;
    Ok(std::sync::Arc::unwrap_or_clone(pack))
}

/// Find a profile by name (any case) or id.
pub(crate) fn find_profile<'a>(
    profiles: &'a [crate::progress::Profile],
    wanted: &str,
    dir: &std::path::Path,
) -> Result<&'a crate::progress::Profile, String> {
    let wanted = wanted.trim();
    let mut matches: Vec<_> = profiles
        .iter()
        .filter(|p| p.name.to_lowercase() == wanted.to_lowercase() || p.id.to_string() == wanted)
        .collect();
    // The same learner twice (it cannot be told apart by id) is one.
    matches.sort_by_key(|p| p.id);
    matches.dedup_by_key(|p| p.id);
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            let names: Vec<&str> = profiles.iter().map(|p| p.name.as_str()).collect();
            Err(format!(
                "no profile named {wanted:?} in {}; profiles here: {}",
                dir.display(),
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    term(&names.join(", ")).into_owned()
                }
            ))
        }
        several => {
            let ids: Vec<String> = several.iter().map(|p| p.id.to_string()).collect();
            Err(format!(
                "{} profiles are named {wanted:?}; give one of these ids instead: {}",
                several.len(),
                ids.join(", ")
            ))
        }
    }
}

/// A path for a terminal message: see [`term`].
fn shown(path: &Path) -> String {
    term(&path.display().to_string()).into_owned()
}

/// How many lines of one kind (files skipped, notes) a command prints
/// before it only counts the rest: a cohort folder with thousands of
/// damaged files gives a summary, not a flood.
pub(crate) const SHOWN_LINES: usize = 20;

/// The notes not `told` already, each once: the first [`SHOWN_LINES`],
/// then one line saying how many more there were.
fn at_most_shown_notes(
    notes: impl Iterator<Item = String>,
    told: &std::collections::HashSet<String>,
) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut lines = Vec::new();
    let mut more = 0usize;
    for note in notes {
        if told.contains(&note) || !seen.insert(note.clone()) {
            continue;
        }
        if lines.len() < SHOWN_LINES {
            lines.push(note);
        } else {
            more += 1;
        }
    }
    if more > 0 {
        lines.push(format!(
            "… and {more} more note{} like these",
            if more == 1 { "" } else { "s" }
        ));
    }
    lines
}
