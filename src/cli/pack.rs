//! `puente pack`: a pack folder becomes one `.puente-pack` file (a zip,
//! deflated) that the window and `puente check` open directly, for sharing
//! on a USB stick. Only a pack without errors is packed, and the file is
//! read back before it is kept.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::content::{self, archive};
use crate::i18n::I18n;
use crate::tr;

use super::{CliError, term};

#[derive(Debug, Args)]
pub struct PackArgs {
    /// The pack folder (the folder that holds pack.ron)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// The file to write (FILE.puente-pack)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// `puente pack`: exit 0 when the file is written, 1 when the pack has
/// errors (listed, nothing written), 2 when the file cannot be written.
pub fn run(args: &PackArgs, out: &mut impl Write) -> Result<(), CliError> {
    let i18n = I18n::new(crate::i18n::system_language());
    if !content::source::is_pack_file(&args.out) {
        return Err(CliError::usage(tr!(
            i18n,
            "packfile-bad-name",
            file = args.out.display().to_string()
        )));
    }
    let source = content::source::read_dir(&args.dir);
    let loaded = content::load(&source);
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    if !errors.is_empty() || loaded.pack.is_none() {
        for d in &errors {
            writeln!(out, "{}", term(&d.display_in(&i18n)))?;
        }
        writeln!(
            out,
            "{}",
            tr!(i18n, "packfile-has-errors", errors = errors.len().max(1))
        )?;
        return Err(CliError::Said(1));
    }
    let bytes = archive::pack(source.files.iter().map(|f| (f.rel.as_str(), &*f.bytes)))
        .map_err(|e| cannot_write(&i18n, &args.out, &e.to_string()))?;
    if bytes.len() as u64 > archive::MAX_ARCHIVE_BYTES {
        return Err(cannot_write(
            &i18n,
            &args.out,
            &tr!(
                i18n,
                "packfile-too-big",
                max = archive::MAX_ARCHIVE_BYTES / 1024 / 1024
            ),
        ));
    }
    // What was written must open as it will on a learner's laptop.
    let back = archive::unpack(&bytes)
        .map_err(|r| cannot_write(&i18n, &args.out, &r.msg.render(&i18n)))?;
    if back.files.len() != source.files.len() {
        return Err(cannot_write(
            &i18n,
            &args.out,
            &tr!(i18n, "packfile-not-whole"),
        ));
    }
    write_new(&args.out, &bytes).map_err(|e| cannot_write(&i18n, &args.out, &e.to_string()))?;
    let pack = loaded
        .pack
        .as_ref()
        .map(|p| (p.info.id.to_string(), p.info.version.clone()));
    let (id, version) = pack.unwrap_or_default();
    writeln!(
        out,
        "{}",
        term(&tr!(
            i18n,
            "packfile-written",
            file = args.out.display().to_string(),
            id = id,
            version = version,
            files = source.files.len(),
            kb = bytes.len().div_ceil(1024)
        ))
    )?;
    Ok(())
}

fn cannot_write(i18n: &I18n, file: &Path, reason: &str) -> CliError {
    CliError::usage(tr!(
        i18n,
        "packfile-cannot-write",
        file = file.display().to_string(),
        reason = reason
    ))
}

/// Write `bytes` to `path` through a temporary file beside it, so a file
/// cut short by a full stick is never left under the real name.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let written = std::fs::File::create(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, path)) {
        std::fs::remove_file(&tmp).ok();
        return Err(e);
    }
    Ok(())
}
