//! The `puente` binary: parses arguments and starts the app or a command.

use std::process::ExitCode;

use clap::Parser;
use puente::cli::{self, Cli, Command};

/// Standard error for the commands that print what bundles hold: no
/// control character but a line break or a tab reaches the terminal.
fn terminal() -> cli::TerminalSafe<std::io::Stderr> {
    cli::TerminalSafe::new(std::io::stderr())
}

fn main() -> ExitCode {
    puente::ui::measure::mark_start();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check(args)) => match cli::check(&args, &mut std::io::stdout().lock()) {
            Ok(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            Err(e) => {
                eprintln!("puente check: cannot write the report: {e}");
                ExitCode::from(2)
            }
        },
        Some(Command::Export(args)) => exit(cli::export(&args, cli.data_dir, &mut terminal())),
        Some(Command::Report(args)) => exit(cli::report(&args, &mut terminal())),
        Some(Command::Import(args)) => exit(cli::import(&args, cli.data_dir, &mut terminal())),
        Some(Command::Cohort(args)) => exit(cli::cohort(&args, cli.data_dir, &mut terminal())),
        Some(Command::SampleCohort(args)) => exit(cli::sample_cohort(&args, &mut terminal())),
        Some(Command::Assess(args)) => exit(cli::assess(
            &args,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr(),
        )),
        Some(Command::Convert(args)) => exit(cli::convert(&args, &mut terminal())),
        None => match puente::ui::run(cli.data_dir, &cli.packs, cli.workshop) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!(
                    "Puente could not start: {e}\n\
                     The window needs a graphical session (X11 or Wayland) with OpenGL 2 or newer."
                );
                ExitCode::from(1)
            }
        },
    }
}

fn exit(code: std::io::Result<i32>) -> ExitCode {
    ExitCode::from(code.ok().and_then(|c| u8::try_from(c).ok()).unwrap_or(2))
}
