//! The command line: no subcommand opens the app; subcommands serve authors
//! and facilitators.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::content::diagnostic::summary_line;
use crate::content::stats::Report;
use crate::content::{self, Loaded};

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
    /// Also open this content pack folder (may be repeated)
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content packs and explain every mistake with file:line:col
    Check(CheckArgs),
    /// Write one learner's progress to a bundle file (for a USB stick)
    Export(ExportArgs),
    /// Print a learner's report (PDF) from a progress bundle
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The learner's profile name (or its id)
    #[arg(long, value_name = "NAME")]
    pub profile: String,
    /// Where to write the bundle
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A bundle written by `puente export`
    #[arg(value_name = "BUNDLE")]
    pub bundle: PathBuf,
    /// Where to write the PDF
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    /// Language of the content in the report (default: the learner's)
    #[arg(long, value_parser = ["en", "es", "pt"])]
    pub lang: Option<String>,
    /// Content packs beyond the built-in one, as when the learner worked
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Pack folders to check (the folder that holds pack.ron). Without any,
    /// checks the default pack built into Puente.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print one JSON object (counts and diagnostics) instead of text
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) on warnings too, not only on errors
    #[arg(long)]
    pub deny_warnings: bool,
}

/// Load the packs a check asks for.
pub fn load_for_check(args: &CheckArgs) -> Vec<Loaded> {
    if args.paths.is_empty() {
        vec![content::load(&content::source::embedded())]
    } else {
        args.paths
            .iter()
            .map(|p| content::load(&content::source::read_dir(p)))
            .collect()
    }
}

/// `puente check`: prints to `out`, returns the process exit code.
pub fn check(args: &CheckArgs, out: &mut impl Write) -> std::io::Result<i32> {
    let loaded = load_for_check(args);
    let diagnostics: Vec<_> = loaded
        .iter()
        .flat_map(|l| l.diagnostics.iter().cloned())
        .collect();
    let report = Report::new(loaded.iter().filter_map(|l| l.pack.as_ref()), diagnostics);
    let failed = report.errors > 0 || (args.deny_warnings && report.warnings > 0);
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        for d in &report.diagnostics {
            writeln!(out, "{d}")?;
        }
        let kinds_used = report.exercise_kinds.values().filter(|&&n| n > 0).count();
        writeln!(
            out,
            "checked {} pack{}: {} modules ({} lessons, {} exercises of {} kinds), {} checklists, {} glossary terms; languages: {}",
            report.packs,
            if report.packs == 1 { "" } else { "s" },
            report.modules,
            report.lessons,
            report.exercises,
            kinds_used,
            report.checklists,
            report.glossary_terms,
            if report.languages.is_empty() {
                "none".to_owned()
            } else {
                report.languages.join(", ")
            },
        )?;
        writeln!(out, "{}", summary_line(&report.diagnostics))?;
        if failed && report.errors == 0 {
            writeln!(out, "failing because of --deny-warnings")?;
        }
    }
    Ok(i32::from(failed))
}

/// `puente export`: returns the exit code; messages go to `err`.
pub fn export(
    args: &ExportArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    use crate::progress::bundle::Bundle;
    use crate::progress::store::{Store, atomic_write, resolve_data_dir};
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<i32> {
        writeln!(err, "puente export: {message}")?;
        Ok(1)
    };
    let dir = match resolve_data_dir(data_dir) {
        Ok((dir, _)) => dir,
        Err(e) => return fail(err, e),
    };
    if !dir.join("profiles").is_dir() {
        return fail(
            err,
            format!(
                "no Puente data in {}; give the folder with --data-dir",
                dir.display()
            ),
        );
    }
    let store = match Store::open(&dir) {
        Ok((store, _)) => store,
        Err(e) => return fail(err, e.to_string()),
    };
    let (profiles, _) = store.profiles();
    let wanted = args.profile.trim();
    let matches: Vec<_> = profiles
        .iter()
        .filter(|p| {
            p.name.eq_ignore_ascii_case(wanted)
                || p.name.to_lowercase() == wanted.to_lowercase()
                || p.id.to_string() == wanted
        })
        .collect();
    let profile = match matches.as_slice() {
        [one] => *one,
        [] => {
            let names: Vec<&str> = profiles.iter().map(|p| p.name.as_str()).collect();
            return fail(
                err,
                format!(
                    "no profile named {wanted:?} in {}; profiles here: {}",
                    dir.display(),
                    if names.is_empty() {
                        "none".to_owned()
                    } else {
                        names.join(", ")
                    }
                ),
            );
        }
        several => {
            let ids: Vec<String> = several.iter().map(|p| p.id.to_string()).collect();
            return fail(
                err,
                format!(
                    "{} profiles are named {wanted:?}; give one of these ids instead: {}",
                    several.len(),
                    ids.join(", ")
                ),
            );
        }
    };
    let (profile, events, notices) = match store.read_profile(profile.id) {
        Ok(read) => read,
        Err(e) => return fail(err, e.to_string()),
    };
    for notice in notices {
        writeln!(err, "puente export: note: {notice}")?;
    }
    let count = events.len();
    let bundle = Bundle::new(profile, events);
    if let Err(e) = atomic_write(&args.out, &bundle.to_bytes()) {
        return fail(err, e.to_string());
    }
    writeln!(
        err,
        "wrote {} ({count} events of {})",
        args.out.display(),
        bundle.profile.name
    )?;
    Ok(0)
}

/// `puente report`: returns the exit code; messages go to `err`.
pub fn report(args: &ReportArgs, err: &mut impl Write) -> std::io::Result<i32> {
    use crate::progress::Progress;
    use crate::progress::bundle::Bundle;
    let bytes = match std::fs::read(&args.bundle) {
        Ok(bytes) => bytes,
        Err(e) => {
            writeln!(
                err,
                "puente report: cannot read {}: {e}",
                args.bundle.display()
            )?;
            return Ok(1);
        }
    };
    let bundle = match Bundle::parse(&bytes) {
        Ok(bundle) => bundle,
        Err(e) => {
            writeln!(err, "puente report: {}: {e}", args.bundle.display())?;
            return Ok(1);
        }
    };
    let mut loaded = vec![content::load(&content::source::embedded())];
    loaded.extend(
        args.packs
            .iter()
            .map(|p| content::load(&content::source::read_dir(p))),
    );
    for d in loaded
        .iter()
        .flat_map(|l| &l.diagnostics)
        .filter(|d| d.is_error())
    {
        writeln!(err, "puente report: {d}")?;
    }
    let packs: Vec<&content::Pack> = loaded
        .iter()
        .filter(|l| !l.has_errors())
        .filter_map(|l| l.pack.as_ref())
        .collect();
    let progress = Progress::from_events(&bundle.events);
    let lang = args
        .lang
        .clone()
        .unwrap_or_else(|| bundle.profile.language.clone());
    let today = jiff::Zoned::now().strftime("%Y-%m-%d").to_string();
    let pdf = match crate::report::pdf::learner_report(
        &packs,
        &bundle.profile.name,
        &progress,
        &lang,
        &today,
    ) {
        Ok(pdf) => pdf,
        Err(e) => {
            writeln!(err, "puente report: {e}")?;
            return Ok(1);
        }
    };
    if let Err(e) = crate::progress::store::atomic_write(&args.out, &pdf) {
        writeln!(err, "puente report: {e}")?;
        return Ok(1);
    }
    writeln!(
        err,
        "wrote {} for {}",
        args.out.display(),
        bundle.profile.name
    )?;
    Ok(0)
}
