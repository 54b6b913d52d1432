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

fn main() -> ExitCode {
    puente::ui::measure::mark_start();
    console::attach_parent();
    puente::cli::run(puente::cli::Cli::parse())
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
