//! `puente guide`: the facilitator's one-page guide to a workshop, as a PDF
//! in English, Spanish and Portuguese (the USB kit of `scripts/dist.sh
//! --kit` holds one).

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::{CliError, shown};

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// Where to write the PDF
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

/// Write the guide; exit code 1 if it cannot be written.
pub fn run(args: &GuideArgs, err: &mut impl Write) -> Result<(), CliError> {
    let pdf = crate::report::pdf::facilitator_guide(env!("CARGO_PKG_VERSION"))
        .map_err(|e| CliError::new(e.to_string()))?;
    crate::progress::store::write_output(&args.out, &pdf)
        .map_err(|e| CliError::new(format!("cannot write {}: {e}", shown(&args.out))))?;
    writeln!(err, "wrote {}", shown(&args.out))?;
    Ok(())
}
