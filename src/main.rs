//! The `puente` binary: parses arguments and starts the app or a command.
//!
//! On Windows it is a GUI program (no console window opens when it is
//! double-clicked); started from a terminal, it writes to that terminal
//! (`console::attach_parent`).

// Windows: the loader opens a console for a console-subsystem program
// before any of its code runs; only the GUI subsystem avoids that window.
#![cfg_attr(windows, windows_subsystem = "windows")]

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
    console::attach_parent();
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
        Some(Command::Guide(args)) => exit(cli::guide(&args, &mut terminal())),
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

/// A GUI-subsystem program starts with no standard output: on Windows,
/// borrow the console of the terminal it was started from, if any, so that
/// `Puente.exe check`, `--help` and error messages are printed there. Output
/// redirected to a file or a pipe is left as it is. Started from the
/// Explorer there is no such console and nothing changes.
#[cfg(windows)]
mod console {
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    };

    pub fn attach_parent() {
        #[expect(
            unsafe_code,
            reason = "two Win32 calls without pointers; the only unsafe code of the program"
        )]
        // SAFETY: GetStdHandle and AttachConsole take plain integers and
        // return plain values; failure (no parent console, already
        // attached) is a return value, ignored here.
        unsafe {
            let no_out = GetStdHandle(STD_OUTPUT_HANDLE).is_null();
            let no_err = GetStdHandle(STD_ERROR_HANDLE).is_null();
            if no_out || no_err {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}

#[cfg(not(windows))]
mod console {
    /// Elsewhere a program always has the standard output it was given.
    pub fn attach_parent() {}
}
