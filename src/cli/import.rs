//! `puente import`: learners' bundles merged into the data folder.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::progress::import::import_waiting;

use super::{CliError, open_store, shown, term, usable_packs};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Bundle files, or folders holding them (*.puente, *.json)
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Content packs beyond the built-in one that learners used
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

/// `puente import`: merges bundles; fails (exit code 1) when any file was
/// skipped.
pub fn run(
    args: &ImportArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let store = open_store(data_dir, true).map_err(CliError::new)?;
    let open = usable_packs(&args.packs, "import", err)?.open_packs();
    let report = import_waiting(
        &store,
        &args.paths,
        &open,
        |_, _| {},
        || {
            let _ = writeln!(
                err,
                "puente import: another import into {} is running; waiting for it to finish…",
                store.root().display()
            );
        },
    );
    for (path, i) in report.imported() {
        write!(
            err,
            "imported {}: {} ({} new event{}, {} already here{}{})",
            shown(path),
            term(&i.name),
            i.added,
            if i.added == 1 { "" } else { "s" },
            i.known,
            if i.repeated > 0 {
                format!(", {} repeated in the bundle", i.repeated)
            } else {
                String::new()
            },
            if i.new_learner { ", new learner" } else { "" },
        )?;
        if !i.other_versions.is_empty() {
            write!(
                err,
                "; made with another pack version: {}",
                term(&i.other_versions.join(", "))
            )?;
        }
        writeln!(err)?;
        for conflict in i.conflicts.msgs(&i.name) {
            writeln!(
                err,
                "conflict in {}: {}",
                shown(path),
                term(&conflict.to_string())
            )?;
        }
    }
    let mut skipped = 0;
    for (path, why) in report.skipped() {
        skipped += 1;
        writeln!(err, "skipped {}: {}", shown(path), term(&why.to_string()))?;
    }
    let files = report.files.len();
    writeln!(
        err,
        "{} of {files} file{} imported into {}, {} new event{}; {skipped} skipped",
        files - skipped,
        if files == 1 { "" } else { "s" },
        store.root().display(),
        report.added(),
        if report.added() == 1 { "" } else { "s" },
    )?;
    if files == 0 {
        return Err(CliError::new(
            "no bundles found; give bundle files or folders holding *.puente files",
        ));
    }
    if skipped > 0 {
        return Err(CliError::Said(1));
    }
    Ok(())
}
