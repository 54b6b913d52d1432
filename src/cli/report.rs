//! `puente report`: a learner's report (PDF) from their bundle.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::content::Pack;
use crate::progress::Progress;
use crate::progress::bundle::Bundle;
use crate::progress::import::read_bundle_bytes;
use crate::progress::store::write_output;

use super::{CliError, shown, term, usable_packs};

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

/// `puente report`: the learner's report as PDF; messages go to `err`.
pub fn run(args: &ReportArgs, err: &mut impl Write) -> Result<(), CliError> {
    let bytes = read_bundle_bytes(&args.bundle)
        .map_err(|e| CliError::new(format!("{} {e}", args.bundle.display())))?;
    let bundle = Bundle::parse(&bytes)
        .map_err(|e| CliError::new(format!("{}: {e}", args.bundle.display())))?;
    let library = usable_packs(&args.packs, "report", err)?;
    let packs: Vec<&Pack> = library.packs.iter().map(|p| &**p).collect();
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
        Err(e) => return Err(CliError::new(e.to_string())),
    };
    write_output(&args.out, &pdf).map_err(|e| CliError::new(e.to_string()))?;
    writeln!(
        err,
        "wrote {} for {}",
        shown(&args.out),
        term(&bundle.profile.name)
    )?;
    Ok(())
}
