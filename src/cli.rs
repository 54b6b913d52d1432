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
