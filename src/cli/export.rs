//! `puente export`: one learner's bundle, and xAPI statements for a
//! Learning Record Store.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::cohort::xapi::XapiOptions;
use crate::cohort::xapi::batch::{DEFAULT_BATCH, Export, Format, Summary};
use crate::cohort::xapi::check_base;
use crate::content::Pack;
use crate::progress::learners::each_learner;
use crate::progress::private::bundle_for_export;
use crate::progress::store::write_output;

use super::{CliError, find_profile, open_store, shown, term, usable_packs};

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(true).args(["out", "xapi"]))]
pub struct ExportArgs {
    /// The learner's profile name (or its id); with --xapi, only this learner
    #[arg(long, value_name = "NAME", required_unless_present = "xapi")]
    pub profile: Option<String>,
    /// Where to write the learner's bundle
    #[arg(long, value_name = "FILE", requires = "profile")]
    pub out: Option<PathBuf>,
    /// Put the learner's reflections and self-assessment notes in the bundle
    /// (left out unless given: they are private)
    #[arg(long, requires = "out")]
    pub share_reflections: bool,
    /// Write every learner's events (or --profile's) as xAPI statements, in
    /// files of at most --batch statements in this folder (new or empty)
    #[arg(long, value_name = "DIR")]
    pub xapi: Option<PathBuf>,
    /// Statements per xAPI file: what your LRS takes in one POST
    #[arg(long, value_name = "N", default_value_t = DEFAULT_BATCH as u32, value_parser = clap::value_parser!(u32).range(1..=1_000_000), requires = "xapi")]
    pub batch: u32,
    /// Write the xAPI statements as JSON Lines (one a line) instead of JSON arrays
    #[arg(long, requires = "xapi")]
    pub jsonl: bool,
    /// Your institution's address, for xAPI accounts and activity ids
    #[arg(long, value_name = "URL", default_value = crate::cohort::xapi::DEFAULT_BASE)]
    pub xapi_base: String,
    /// Also state "passed" or "failed" for each completed module at this score (0-100)
    #[arg(long, value_name = "SCORE", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub pass_mark: Option<u8>,
    /// Content packs beyond the built-in one (to name activities)
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

/// `puente export`: the bundle and the statements asked for; notes and
/// what was written go to `err`.
pub fn run(
    args: &ExportArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let base = match check_base(&args.xapi_base) {
        Ok(base) => base,
        Err(why) if args.xapi.is_some() => {
            let shown: String = args.xapi_base.chars().take(80).collect();
            let more = if args.xapi_base.chars().count() > 80 {
                "…"
            } else {
                ""
            };
            return Err(CliError::usage(format!(
                "--xapi-base {shown:?}{more} cannot be used: {why}. Give your institution's LRS address, such as https://lrs.example.edu/xapi"
            )));
        }
        Err(_) => String::new(),
    };
    let store = open_store(data_dir, false).map_err(CliError::new)?;
    let (profiles, notices) = store.profiles();
    let mut told = std::collections::HashSet::new();
    if args.profile.is_some() {
        for notice in notices {
            let notice = notice.to_string();
            writeln!(err, "puente export: note: {}", term(&notice))?;
            told.insert(notice);
        }
    }
    let chosen = match &args.profile {
        Some(wanted) => match find_profile(&profiles, wanted, store.root()) {
            Ok(p) => Some(p.clone()),
            Err(e) => return Err(CliError::new(e)),
        },
        None => None,
    };
    if let (Some(out), Some(profile)) = (&args.out, &chosen) {
        let (profile, events, notices) = match store.read_profile(profile.id) {
            Ok(read) => read,
            Err(e) => return Err(CliError::new(e.to_string())),
        };
        for notice in notices {
            writeln!(err, "puente export: note: {}", term(&notice.to_string()))?;
        }
        let all = events.len();
        let bundle = bundle_for_export(profile, events, args.share_reflections);
        let count = bundle.events.len();
        let bytes = bundle
            .to_bytes()
            .map_err(|e| CliError::new(e.to_string()))?;
        if let Err(e) = write_output(out, &bytes) {
            return Err(CliError::new(e.to_string()));
        }
        writeln!(
            err,
            "wrote {} ({count} events of {})",
            shown(out),
            term(&bundle.profile.name)
        )?;
        if count < all {
            writeln!(
                err,
                "left out {} private reflection(s) and note(s); add --share-reflections to include them",
                all - count
            )?;
        }
    }
    if let Some(xapi) = &args.xapi {
        let packs = usable_packs(&args.packs, "export", err)?.packs;
        let options = XapiOptions {
            base,
            pass_mark: args.pass_mark.map(f64::from),
        };
        let format = if args.jsonl {
            Format::Jsonl
        } else {
            Format::Json
        };
        let summary = export_xapi(
            &store,
            xapi,
            &packs,
            options,
            (format, args.batch as usize),
            chosen.as_ref().map(|p| p.id),
            &told,
            err,
        )?;
        if summary.untimely > 0 {
            writeln!(
                err,
                "puente export: note: {} event{} dated before the year 1 were left out of {}: an LRS takes only ISO 8601 times with four-digit years. The bundle they came from was edited or made on a device with a broken clock; the events stay in the data folder.",
                summary.untimely,
                if summary.untimely == 1 { "" } else { "s" },
                shown(xapi)
            )?;
        }
        if summary.refused > 0 {
            writeln!(
                err,
                "puente export: note: {} statement{} left out because an LRS would refuse {}; the first: {}. Please report this to the Puente project.",
                summary.refused,
                if summary.refused == 1 {
                    " was"
                } else {
                    "s were"
                },
                if summary.refused == 1 { "it" } else { "them" },
                term(summary.first_refusal.as_deref().unwrap_or_default())
            )?;
        }
        writeln!(
            err,
            "wrote {} xAPI statement{} of {} learner{} to {} ({} file{} of at most {})",
            summary.statements,
            if summary.statements == 1 { "" } else { "s" },
            summary.learners,
            if summary.learners == 1 { "" } else { "s" },
            shown(xapi),
            summary.files,
            if summary.files == 1 { "" } else { "s" },
            args.batch,
        )?;
    }
    Ok(())
}

/// Stream every learner's statements (or `only`'s) into files in `dir`,
/// which must be new or empty, one learner read at a time.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site, each argument a different thing"
)]
fn export_xapi(
    store: &crate::progress::Store,
    dir: &std::path::Path,
    packs: &[std::sync::Arc<Pack>],
    options: XapiOptions,
    (format, batch): (Format, usize),
    only: Option<uuid::Uuid>,
    told: &std::collections::HashSet<String>,
    err: &mut impl Write,
) -> Result<Summary, CliError> {
    if dir.is_file() {
        return Err(CliError::usage(format!(
            "--xapi {} is a file; give a folder (new or empty) for the statement files",
            shown(dir)
        )));
    }
    if std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(CliError::usage(format!(
            "--xapi {} already holds files; give a new or empty folder, so that no older statement file is sent again with the new ones",
            shown(dir)
        )));
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| CliError::new(format!("cannot create {}: {e}", shown(dir))))?;
    let packs: Vec<&Pack> = packs.iter().map(|p| &**p).collect();
    let mut export = Export::new(&packs, options, format, batch);
    let mut failed: Option<CliError> = None;
    let write = |files: Vec<crate::cohort::xapi::batch::BatchFile>,
                 failed: &mut Option<CliError>| {
        for file in files {
            if failed.is_some() {
                return;
            }
            if let Err(e) = crate::progress::store::atomic_write(&dir.join(&file.name), &file.bytes)
            {
                *failed = Some(CliError::new(e.to_string()));
            }
        }
    };
    let stop = std::sync::atomic::AtomicBool::new(false);
    let mut bar = super::progress::Bar::new("learners");
    let read = each_learner(
        store,
        &stop,
        |done, total| bar.set(done, total),
        |profile, events| {
            if failed.is_some() || only.is_some_and(|id| id != profile.id) {
                return;
            }
            let events = crate::progress::private::for_lrs(store.is_imported(profile.id), events);
            let files = export.add(&profile, &events);
            write(files, &mut failed);
            if failed.is_some() {
                stop.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        },
    );
    drop(bar);
    if let Some(e) = failed {
        return Err(e);
    }
    let (files, summary) = export.finish();
    write(files, &mut failed);
    if let Some(e) = failed {
        return Err(e);
    }
    for p in super::at_most_shown_notes(read.problems.iter().map(ToString::to_string), told) {
        writeln!(err, "puente export: note: {}", term(&p))?;
    }
    Ok(summary)
}
