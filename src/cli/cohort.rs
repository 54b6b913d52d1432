//! `puente cohort` (the data folder's cohort as CSV, and the item
//! analysis) and `puente sample-cohort` (made-up bundles to rehearse with).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::cohort::sample::{SampleOptions, file_name, sample_each};
use crate::cohort::{Builder, Filter};
use crate::progress::learners::each_learner;
use crate::progress::store::write_output;

use super::{CliError, one_pack, open_store, term};

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("cohort_out").required(true).multiple(true).args(["csv", "items"]))]
pub struct CohortArgs {
    /// Where to write the CSV (one row per learner)
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Where to write the item analysis CSV (one row per exercise: facility,
    /// discrimination, most chosen wrong answer, flags)
    #[arg(long, value_name = "FILE")]
    pub items: Option<PathBuf>,
    /// Only learners of this group
    /// Write --csv for a spreadsheet in this language (en, es, pt): a UTF-8
    /// byte-order mark for Excel on Windows, column names and statuses in
    /// the language
    #[arg(long, value_name = "LANG")]
    pub excel: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
    /// Only what was done on this day (YYYY-MM-DD, local time)
    #[arg(long, value_name = "DATE")]
    pub date: Option<jiff::civil::Date>,
    /// The pack to report on, instead of the built-in one
    #[arg(long = "pack", value_name = "DIR")]
    pub pack: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SampleArgs {
    /// The folder to write the bundles to (created if needed)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// How many learners
    #[arg(long, default_value_t = 40, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub learners: u32,
    /// Events per learner
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub events: u32,
    /// The same seed gives the same bundles
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Make them for this pack instead of the built-in one
    #[arg(long = "pack", value_name = "DIR")]
    pub pack: Option<PathBuf>,
}

/// `puente cohort`: the dashboard as CSV, and the item analysis.
pub fn run(
    args: &CohortArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let store = open_store(data_dir, false).map_err(CliError::new)?;
    let pack = one_pack(args.pack.as_ref(), "cohort", err)?;
    let filter = Filter {
        group: args.group.clone(),
        date: args.date,
    };
    // One learner at a time: memory holds the dashboard, not the events.
    let mut builder = Builder::new(&pack, &filter, &jiff::tz::TimeZone::system());
    let mut bar = super::progress::Bar::new("learners");
    let read = each_learner(
        &store,
        &std::sync::atomic::AtomicBool::new(false),
        |done, total| bar.set(done, total),
        |profile, events| builder.add(&profile, &events),
    );
    drop(bar);
    let notes = read.problems.iter().map(ToString::to_string);
    for p in super::at_most_shown_notes(notes, &std::collections::HashSet::new()) {
        writeln!(err, "puente cohort: note: {}", term(&p))?;
    }
    let dashboard = builder.finish();
    if let Some(g) = &args.group
        && !dashboard.groups.iter().any(|x| x == g)
    {
        writeln!(
            err,
            "puente cohort: note: no learner is in the group \"{}\"; groups here: {}",
            term(g),
            if dashboard.groups.is_empty() {
                "none".to_owned()
            } else {
                term(&dashboard.groups.join(", ")).into_owned()
            }
        )?;
    }
    if let Some(csv) = &args.csv {
        let bytes = match &args.excel {
            Some(lang) => crate::cohort::csv::cohort_csv_in(&dashboard, lang),
            None => crate::cohort::csv::cohort_csv(&dashboard),
        };
        write_output(csv, &bytes).map_err(|e| CliError::new(e.to_string()))?;
        writeln!(
            err,
            "wrote {} ({} learner{})",
            csv.display(),
            dashboard.learners.len(),
            if dashboard.learners.len() == 1 {
                ""
            } else {
                "s"
            }
        )?;
    }
    if let Some(path) = &args.items {
        use crate::cohort::items::{Flag, RELIABLE_LEARNERS, item_analysis, items_csv};
        let items = item_analysis(&pack, &dashboard);
        write_output(path, &items_csv(&pack, &items)).map_err(|e| CliError::new(e.to_string()))?;
        let flagged = |f: Flag| items.iter().filter(|i| i.flags.contains(&f)).count();
        writeln!(
            err,
            "wrote {} ({} exercise{}; check the key: {}, too easy: {}, too hard: {}, do not discriminate: {})",
            path.display(),
            items.len(),
            if items.len() == 1 { "" } else { "s" },
            flagged(Flag::CheckKey),
            flagged(Flag::TooEasy),
            flagged(Flag::TooHard),
            flagged(Flag::NoDiscrimination),
        )?;
        if dashboard.learners.len() < RELIABLE_LEARNERS {
            writeln!(
                err,
                "puente cohort: note: only {} learner{}; with fewer than {RELIABLE_LEARNERS} the indices are unreliable",
                dashboard.learners.len(),
                if dashboard.learners.len() == 1 {
                    ""
                } else {
                    "s"
                }
            )?;
        }
    }
    Ok(())
}

/// `puente sample-cohort`: writes made-up bundles.
pub fn run_sample(args: &SampleArgs, err: &mut impl Write) -> Result<(), CliError> {
    let pack = one_pack(args.pack.as_ref(), "sample-cohort", err)?;
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        return Err(CliError::new(format!(
            "cannot create {}: {e}",
            args.dir.display()
        )));
    }
    let start = jiff::civil::date(2026, 11, 20)
        .at(15, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp())
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let options = SampleOptions {
        learners: args.learners as usize,
        events: args.events as usize,
        seed: args.seed,
        start,
    };
    // One learner made and written at a time.
    let mut bar = super::progress::Bar::new("learners");
    sample_each(&pack, &options, |n, bundle| {
        let path = args.dir.join(file_name(n, &bundle));
        let bytes = bundle
            .to_bytes()
            .map_err(|e| CliError::new(e.to_string()))?;
        write_output(&path, &bytes).map_err(|e| CliError::new(e.to_string()))?;
        bar.set(n + 1, options.learners);
        Ok::<(), CliError>(())
    })?;
    drop(bar);
    writeln!(
        err,
        "wrote {} bundles of {} events each to {}",
        options.learners,
        args.events,
        args.dir.display()
    )?;
    Ok(())
}
