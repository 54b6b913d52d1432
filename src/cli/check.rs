//! `puente check`: every mistake of the packs, with file:line:col.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::content::diagnostic::summary_line;
use crate::content::stats::Report;
use crate::content::{self, Loaded};
use crate::i18n::I18n;
use crate::tr;

use super::CliError;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Pack folders (the folder that holds pack.ron) or .puente-pack files
    /// to check. Without any,
    /// checks the default pack built into Puente.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print one JSON object (counts and diagnostics) instead of text
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) on warnings too, not only on errors
    #[arg(long)]
    pub deny_warnings: bool,
    /// Language of the messages (default: the system's, else English)
    #[arg(long, value_parser = ["en", "es", "pt"])]
    pub lang: Option<String>,
}

/// Load the packs a check asks for.
fn load_for_check(args: &CheckArgs) -> Vec<Loaded> {
    if args.paths.is_empty() {
        vec![content::load(&content::source::embedded())]
    } else {
        args.paths
            .iter()
            .map(|p| content::load(&content::source::read_dir(p)))
            .collect()
    }
}

/// `puente check`: prints to `out`; fails (exit code 1) when a pack has
/// errors, or warnings with `--deny-warnings`.
pub fn run(args: &CheckArgs, out: &mut impl Write) -> Result<(), CliError> {
    let loaded = load_for_check(args);
    let diagnostics: Vec<_> = loaded
        .iter()
        .flat_map(|l| l.diagnostics.iter().cloned())
        .collect();
    let report = Report::new(loaded.iter().filter_map(|l| l.pack.as_ref()), diagnostics);
    let failed = report.errors > 0 || (args.deny_warnings && report.warnings > 0);
    let i18n = match &args.lang {
        Some(lang) => I18n::new(lang),
        None => I18n::new(crate::i18n::system_language()),
    };
    if args.json {
        // Each diagnostic's `message` in the chosen language; `code` stays the same.
        let mut value = serde_json::to_value(&report)?;
        if let Some(list) = value["diagnostics"].as_array_mut() {
            for (json, d) in list.iter_mut().zip(&report.diagnostics) {
                json["message"] = d.msg.render(&i18n).into();
            }
        }
        serde_json::to_writer_pretty(&mut *out, &value)?;
        writeln!(out)?;
    } else {
        for d in &report.diagnostics {
            writeln!(out, "{}", d.display_in(&i18n))?;
        }
        let kinds_used = report.exercise_kinds.values().filter(|&&n| n > 0).count();
        let languages = if report.languages.is_empty() {
            tr!(i18n, "chk-languages-none")
        } else {
            report.languages.join(", ")
        };
        writeln!(
            out,
            "{}",
            tr!(
                i18n,
                "chk-checked",
                packs = report.packs,
                modules = report.modules,
                lessons = report.lessons,
                exercises = report.exercises,
                kinds = kinds_used,
                checklists = report.checklists,
                terms = report.glossary_terms,
                languages = languages
            )
        )?;
        writeln!(out, "{}", summary_line(&report.diagnostics, &i18n))?;
        if failed && report.errors == 0 {
            writeln!(out, "{}", tr!(i18n, "chk-deny-warnings"))?;
        }
    }
    if failed {
        return Err(CliError::Said(1));
    }
    Ok(())
}
