//! The `puente` binary: parses arguments and starts the app or a command.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    puente::ui::measure::mark_start();
    puente::cli::run(puente::cli::Cli::parse())
}
