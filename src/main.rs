//! The `puente` binary: parses arguments and starts the app or a command.

use std::process::ExitCode;

use clap::Parser;
use puente::cli::{self, Cli, Command};

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
        None => match puente::ui::run(cli.data_dir, &cli.packs) {
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
