//! `puente import`: learners' bundles merged into the data folder.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::progress::import::import_waiting;

use super::{CliError, SHOWN_LINES, open_store, shown, term, usable_packs};

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
    let mut bar = super::progress::Bar::new("files");
    let report = import_waiting(
        &store,
        &args.paths,
        &open,
        |done, total| bar.set(done, total),
        || {
            let _ = writeln!(
                err,
                "puente import: another import into {} is running; waiting for it to finish…",
                store.root().display()
            );
        },
    );
    drop(bar);
    let imported = report.imported().count();
    for (path, i) in report.imported().take(SHOWN_LINES) {
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
        if i.private_left_out > 0 {
            write!(
                err,
                "; {} private reflection(s) and note(s) left out: the learner did not share them",
                i.private_left_out
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
    if imported > SHOWN_LINES {
        writeln!(err, "… and {} more files imported", imported - SHOWN_LINES)?;
    }
    let skipped = report.skipped().count();
    for (path, why) in report.skipped().take(SHOWN_LINES) {
        writeln!(err, "skipped {}: {}", shown(path), term(&why.to_string()))?;
    }
    if skipped > SHOWN_LINES {
        // The rest, counted by why (the first file of each kind named).
        let mut kinds: Vec<(&'static str, usize, &std::path::Path, String)> = Vec::new();
        for (path, why) in report.skipped().skip(SHOWN_LINES) {
            let id = why.msg().id();
            match kinds.iter_mut().find(|k| k.0 == id) {
                Some(kind) => kind.1 += 1,
                None => kinds.push((id, 1, path, why.to_string())),
            }
        }
        kinds.sort_by_key(|k| std::cmp::Reverse(k.1));
        writeln!(err, "… and {} more files skipped:", skipped - SHOWN_LINES)?;
        for (_, count, path, why) in kinds.iter().take(SHOWN_LINES) {
            writeln!(err, "  {count} like {}: {}", shown(path), term(why))?;
        }
        if kinds.len() > SHOWN_LINES {
            writeln!(err, "  and {} other reasons", kinds.len() - SHOWN_LINES)?;
        }
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
