//! The command line: no subcommand opens the app; subcommands serve authors
//! and facilitators.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::content::diagnostic::summary_line;
use crate::content::stats::Report;
use crate::content::{self, Loaded};
use crate::i18n::I18n;
use crate::tr;

#[derive(Debug, Parser)]
#[command(
    name = "puente",
    version,
    about = "Learn and self-assess IP management and technology transfer in the life sciences, offline.",
    long_about = "Learn and self-assess intellectual-property management and technology transfer \
                  in the life sciences, offline.\n\nWith no command, opens the app."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Keep progress in this folder instead of the usual place (a
    /// `puente-data` folder beside the program, else the platform's data
    /// folder)
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Also open this content pack folder (may be repeated)
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
    /// Open the window in the facilitator's dashboard (for the projector laptop)
    #[arg(long)]
    pub workshop: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content packs and explain every mistake with file:line:col
    Check(CheckArgs),
    /// Write one learner's progress to a bundle file (for a USB stick)
    Export(ExportArgs),
    /// Print a learner's report (PDF) from a progress bundle
    Report(ReportArgs),
    /// Merge learners' bundles (files, or folders of them) into the data folder
    Import(ImportArgs),
    /// The cohort of the data folder, one row per learner, as CSV
    Cohort(CohortArgs),
    /// Write made-up learner bundles for rehearsing a workshop or a demo
    SampleCohort(SampleArgs),
    /// Score a checklist from a JSON file of answers, or print its template
    Assess(AssessArgs),
    /// Turn a Moodle question bank (GIFT format) into a module of a pack folder
    Convert(ConvertArgs),
    /// Write the facilitator's one-page guide to a workshop (PDF; English, Spanish, Portuguese)
    Guide(GuideArgs),
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// Where to write the PDF
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

/// `puente guide`: the workshop kit's facilitator's guide (the kit of
/// `scripts/dist.sh --kit` holds one). Exit code 1 if it cannot be written.
pub fn guide(args: &GuideArgs, err: &mut impl Write) -> std::io::Result<i32> {
    let written =
        crate::report::pdf::facilitator_guide(env!("CARGO_PKG_VERSION")).and_then(|pdf| {
            crate::progress::store::atomic_write(&args.out, &pdf).map_err(|e| e.to_string())
        });
    match written {
        Ok(()) => {
            writeln!(err, "wrote {}", shown(&args.out))?;
            Ok(0)
        }
        Err(e) => {
            writeln!(err, "puente guide: {e}")?;
            Ok(1)
        }
    }
}

#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The GIFT file (in Moodle: Question bank → Export → GIFT format)
    #[arg(value_name = "QUESTIONS.gift")]
    pub file: PathBuf,
    /// The pack folder to write the module into (made, with a pack.ron, if it does not exist)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The new module's id (default: made from the file's name)
    #[arg(long, value_name = "ID")]
    pub module_id: Option<String>,
    /// The language the questions are written in, e.g. es or pt-BR
    #[arg(long = "lang", value_name = "L", default_value = "en")]
    pub content_lang: String,
    /// Replace a module file of the same name
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("mode").required(true).args(["template", "answers"]))]
pub struct AssessArgs {
    /// The checklist's id (e.g. ready-to-file)
    #[arg(value_name = "CHECKLIST_ID")]
    pub checklist: String,
    /// A pack folder to look in before the built-in pack (may be repeated)
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
    /// Print every item id with the ratings it accepts, as JSON
    #[arg(long)]
    pub template: bool,
    /// A JSON object of answers: { "item-id": rating or "na" }
    #[arg(long, value_name = "FILE.json")]
    pub answers: Option<PathBuf>,
    /// Language of the messages and of the result (default: the system's, else English)
    #[arg(long, value_parser = ["en", "es", "pt"])]
    pub lang: Option<String>,
    /// Print the result as one JSON object
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(true).args(["out", "xapi"]))]
pub struct ExportArgs {
    /// The learner's profile name (or its id); with --xapi, only this learner
    #[arg(long, value_name = "NAME", required_unless_present = "xapi")]
    pub profile: Option<String>,
    /// Where to write the learner's bundle
    #[arg(long, value_name = "FILE", requires = "profile")]
    pub out: Option<PathBuf>,
    /// Write every learner's events (or --profile's) as xAPI statements (JSON)
    #[arg(long, value_name = "FILE")]
    pub xapi: Option<PathBuf>,
    /// Your institution's address, for xAPI accounts and activity ids
    #[arg(long, value_name = "URL", default_value = crate::cohort::xapi::DEFAULT_BASE)]
    pub xapi_base: String,
    /// Also state "passed" or "failed" for each completed module at this score (0-100)
    #[arg(long, value_name = "SCORE", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub pass_mark: Option<u8>,
    /// Content packs beyond the built-in one (to name activities)
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Bundle files, or folders holding them (*.puente, *.json)
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Content packs beyond the built-in one that learners used
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

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

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Pack folders to check (the folder that holds pack.ron). Without any,
    /// checks the default pack built into Puente.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print one JSON object (counts and diagnostics) instead of text
    #[arg(long)]
    pub json: bool,
    /// Fail (exit 1) on warnings too, not only on errors
    #[arg(long)]
    pub deny_warnings: bool,
    /// Language of the messages (default: the system's, else English)
    #[arg(long, value_parser = ["en", "es", "pt"])]
    pub lang: Option<String>,
}

/// Load the packs a check asks for.
pub fn load_for_check(args: &CheckArgs) -> Vec<Loaded> {
    if args.paths.is_empty() {
        vec![content::load(&content::source::embedded())]
    } else {
        args.paths
            .iter()
            .map(|p| content::load(&content::source::read_dir(p)))
            .collect()
    }
}

/// `puente check`: prints to `out`, returns the process exit code.
pub fn check(args: &CheckArgs, out: &mut impl Write) -> std::io::Result<i32> {
    let loaded = load_for_check(args);
    let diagnostics: Vec<_> = loaded
        .iter()
        .flat_map(|l| l.diagnostics.iter().cloned())
        .collect();
    let report = Report::new(loaded.iter().filter_map(|l| l.pack.as_ref()), diagnostics);
    let failed = report.errors > 0 || (args.deny_warnings && report.warnings > 0);
    let i18n = match &args.lang {
        Some(lang) => I18n::new(lang),
        None => I18n::new(crate::i18n::system_language()),
    };
    if args.json {
        // Each diagnostic's `message` in the chosen language; `code` stays the same.
        let mut value = serde_json::to_value(&report)?;
        if let Some(list) = value["diagnostics"].as_array_mut() {
            for (json, d) in list.iter_mut().zip(&report.diagnostics) {
                json["message"] = d.msg.render(&i18n).into();
            }
        }
        serde_json::to_writer_pretty(&mut *out, &value)?;
        writeln!(out)?;
    } else {
        for d in &report.diagnostics {
            writeln!(out, "{}", d.display_in(&i18n))?;
        }
        let kinds_used = report.exercise_kinds.values().filter(|&&n| n > 0).count();
        let languages = if report.languages.is_empty() {
            tr!(i18n, "chk-languages-none")
        } else {
            report.languages.join(", ")
        };
        writeln!(
            out,
            "{}",
            tr!(
                i18n,
                "chk-checked",
                packs = report.packs,
                modules = report.modules,
                lessons = report.lessons,
                exercises = report.exercises,
                kinds = kinds_used,
                checklists = report.checklists,
                terms = report.glossary_terms,
                languages = languages
            )
        )?;
        writeln!(out, "{}", summary_line(&report.diagnostics, &i18n))?;
        if failed && report.errors == 0 {
            writeln!(out, "{}", tr!(i18n, "chk-deny-warnings"))?;
        }
    }
    Ok(i32::from(failed))
}

/// Open the data folder a facilitator command works on; it must exist and
/// hold Puente data unless `create`.
fn open_store(data_dir: Option<PathBuf>, create: bool) -> Result<crate::progress::Store, String> {
    use crate::progress::store::{Store, resolve_data_dir};
    let (dir, _) = resolve_data_dir(data_dir)?;
    if !create && !dir.join("profiles").is_dir() {
        return Err(format!(
            "no Puente data in {}; give the folder with --data-dir",
            dir.display()
        ));
    }
    Store::open(&dir)
        .map(|(store, _)| store)
        .map_err(|e| e.to_string())
}

/// The built-in pack and `extra` ones. Packs with errors are left out, and
/// their errors printed.
fn load_packs(
    extra: &[PathBuf],
    command: &str,
    err: &mut impl Write,
) -> std::io::Result<Vec<content::Pack>> {
    let mut loaded = vec![content::load(&content::source::embedded())];
    loaded.extend(
        extra
            .iter()
            .map(|p| content::load(&content::source::read_dir(p))),
    );
    for d in loaded
        .iter()
        .flat_map(|l| &l.diagnostics)
        .filter(|d| d.is_error())
    {
        writeln!(err, "puente {command}: {d}")?;
    }
    Ok(loaded
        .into_iter()
        .filter(|l| !l.has_errors())
        .filter_map(|l| l.pack)
        .collect())
}

/// Find a profile by name (any case) or id.
fn find_profile<'a>(
    profiles: &'a [crate::progress::Profile],
    wanted: &str,
    dir: &std::path::Path,
) -> Result<&'a crate::progress::Profile, String> {
    let wanted = wanted.trim();
    let mut matches: Vec<_> = profiles
        .iter()
        .filter(|p| p.name.to_lowercase() == wanted.to_lowercase() || p.id.to_string() == wanted)
        .collect();
    // The same learner twice (it cannot be told apart by id) is one.
    matches.sort_by_key(|p| p.id);
    matches.dedup_by_key(|p| p.id);
    match matches.as_slice() {
        [one] => Ok(one),
        [] => {
            let names: Vec<&str> = profiles.iter().map(|p| p.name.as_str()).collect();
            Err(format!(
                "no profile named {wanted:?} in {}; profiles here: {}",
                dir.display(),
                if names.is_empty() {
                    "none".to_owned()
                } else {
                    term(&names.join(", ")).into_owned()
                }
            ))
        }
        several => {
            let ids: Vec<String> = several.iter().map(|p| p.id.to_string()).collect();
            Err(format!(
                "{} profiles are named {wanted:?}; give one of these ids instead: {}",
                several.len(),
                ids.join(", ")
            ))
        }
    }
}

/// Text from a bundle or a data folder (a learner's name, a group, a pack
/// version, a file name) made safe to print to a terminal: control
/// characters are written as escapes (`\n`, `\r`, `\t`, `\u{1b}`…) and so
/// are the invisible bidirectional overrides, so a bundle can neither send
/// terminal escape sequences (colours, cursor moves, window titles) nor
/// fake a line of output with a CR or LF. Everything else is kept as is.
pub fn term(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !text.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A writer for a terminal that lets no control character through but a
/// line break or a tab: the others (ESC and the rest of C0, DEL, and the
/// C1 controls such as the 8-bit CSI U+009B) are written as `\u{..}`.
/// The commands that print what bundles hold write through it, as a net
/// under [`term`], which escapes line breaks in such text as well.
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// The first byte of a two-byte UTF-8 sequence that may be a C1
    /// control, held until the next byte is seen.
    held: bool,
}

impl<W: Write> TerminalSafe<W> {
    pub fn new(inner: W) -> Self {
        Self { inner, held: false }
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 8);
        for &b in buf {
            if std::mem::take(&mut self.held) {
                if (0x80..=0x9f).contains(&b) {
                    out.extend_from_slice(format!("\\u{{{b:x}}}").as_bytes());
                    continue;
                }
                out.push(0xc2);
            }
            match b {
                b'\n' | b'\t' => out.push(b),
                0x00..=0x1f | 0x7f => out.extend_from_slice(format!("\\u{{{b:x}}}").as_bytes()),
                0xc2 => self.held = true,
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for TerminalSafe<W> {
    fn drop(&mut self) {
        if std::mem::take(&mut self.held) {
            let _ = self.inner.write_all(&[0xc2]);
        }
        let _ = self.inner.flush();
    }
}

/// A path for a terminal message: see [`term`].
fn shown(path: &std::path::Path) -> String {
    term(&path.display().to_string()).into_owned()
}

/// `puente export`: returns the exit code; messages go to `err`.
pub fn export(
    args: &ExportArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    use crate::cohort::xapi::{XapiOptions, statements};
    use crate::progress::bundle::Bundle;
    use crate::progress::import::read_all;
    use crate::progress::store::atomic_write;
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<i32> {
        writeln!(err, "puente export: {}", term(&message))?;
        Ok(1)
    };
    use crate::cohort::xapi::{check_base, untimely_events};
    let base = match check_base(&args.xapi_base) {
        Ok(base) => base,
        Err(why) if args.xapi.is_some() => {
            let shown: String = args.xapi_base.chars().take(80).collect();
            let more = if args.xapi_base.chars().count() > 80 {
                "…"
            } else {
                ""
            };
            writeln!(
                err,
                "puente export: --xapi-base {}{more} cannot be used: {why}. Give your institution's LRS address, such as https://lrs.example.edu/xapi",
                term(&format!("{shown:?}"))
            )?;
            return Ok(2);
        }
        Err(_) => String::new(),
    };
    let store = match open_store(data_dir, false) {
        Ok(store) => store,
        Err(e) => return fail(err, e),
    };
    let (profiles, notices) = store.profiles();
    let mut told = std::collections::HashSet::new();
    if args.profile.is_some() {
        for notice in notices {
            let notice = notice.to_string();
            writeln!(err, "puente export: note: {}", term(&notice))?;
            told.insert(notice);
        }
    }
    let chosen = match &args.profile {
        Some(wanted) => match find_profile(&profiles, wanted, store.root()) {
            Ok(p) => Some(p.clone()),
            Err(e) => return fail(err, e),
        },
        None => None,
    };
    if let (Some(out), Some(profile)) = (&args.out, &chosen) {
        let (profile, events, notices) = match store.read_profile(profile.id) {
            Ok(read) => read,
            Err(e) => return fail(err, e.to_string()),
        };
        for notice in notices {
            writeln!(err, "puente export: note: {}", term(&notice.to_string()))?;
        }
        let count = events.len();
        let bundle = Bundle::new(profile, events);
        if let Err(e) = atomic_write(out, &bundle.to_bytes()) {
            return fail(err, e.to_string());
        }
        writeln!(
            err,
            "wrote {} ({count} events of {})",
            shown(out),
            term(&bundle.profile.name)
        )?;
    }
    if let Some(xapi) = &args.xapi {
        let (mut learners, problems) = read_all(&store);
        for p in problems.iter().filter(|p| !told.contains(*p)) {
            writeln!(err, "puente export: note: {}", term(p))?;
        }
        if let Some(one) = &chosen {
            learners.retain(|(p, _)| p.id == one.id);
        }
        let packs = load_packs(&args.packs, "export", err)?;
        let options = XapiOptions {
            base,
            pass_mark: args.pass_mark.map(f64::from),
        };
        let mut all = Vec::new();
        for pack in &packs {
            let mine: Vec<_> = learners
                .iter()
                .map(|(p, events)| {
                    (
                        p.clone(),
                        events
                            .iter()
                            .filter(|e| e.pack == pack.info.id.as_str())
                            .cloned()
                            .collect(),
                    )
                })
                .collect();
            all.extend(statements(&mine, Some(pack), &options));
        }
        let open: std::collections::HashSet<&str> =
            packs.iter().map(|p| p.info.id.as_str()).collect();
        let others: Vec<_> = learners
            .iter()
            .map(|(p, events)| {
                (
                    p.clone(),
                    events
                        .iter()
                        .filter(|e| !open.contains(e.pack.as_str()))
                        .cloned()
                        .collect(),
                )
            })
            .collect();
        all.extend(statements(&others, None, &options));
        let untimely = untimely_events(&learners);
        if untimely > 0 {
            writeln!(
                err,
                "puente export: note: {untimely} event{} dated before the year 1 were left out of {}: an LRS takes only ISO 8601 times with four-digit years. The bundle they came from was edited or made on a device with a broken clock; the events stay in the data folder.",
                if untimely == 1 { "" } else { "s" },
                shown(xapi)
            )?;
        }
        let mut bytes = serde_json::to_vec_pretty(&all).unwrap_or_default();
        bytes.push(b'\n');
        if let Err(e) = atomic_write(xapi, &bytes) {
            return fail(err, e.to_string());
        }
        writeln!(
            err,
            "wrote {} ({} xAPI statements of {} learner{})",
            xapi.display(),
            all.len(),
            learners.len(),
            if learners.len() == 1 { "" } else { "s" }
        )?;
    }
    Ok(0)
}

/// `puente import`: merges bundles; ends 1 when any file was skipped.
pub fn import(
    args: &ImportArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    use crate::progress::import::{OpenPack, import_waiting};
    let store = match open_store(data_dir, true) {
        Ok(store) => store,
        Err(e) => {
            writeln!(err, "puente import: {e}")?;
            return Ok(1);
        }
    };
    let packs = load_packs(&args.packs, "import", err)?;
    let open: Vec<OpenPack> = packs
        .iter()
        .map(|p| OpenPack {
            id: p.info.id.to_string(),
            version: p.info.version.clone(),
        })
        .collect();
    let report = import_waiting(
        &store,
        &args.paths,
        &open,
        |_, _| {},
        || {
            let _ = writeln!(
                err,
                "puente import: another import into {} is running; waiting for it to finish…",
                store.root().display()
            );
        },
    );
    for (path, i) in report.imported() {
        write!(
            err,
            "imported {}: {} ({} new event{}, {} already here{})",
            shown(path),
            term(&i.name),
            i.added,
            if i.added == 1 { "" } else { "s" },
            i.known,
            if i.new_learner { ", new learner" } else { "" },
        )?;
        if !i.other_versions.is_empty() {
            write!(
                err,
                "; made with another pack version: {}",
                term(&i.other_versions.join(", "))
            )?;
        }
        writeln!(err)?;
    }
    let mut skipped = 0;
    for (path, why) in report.skipped() {
        skipped += 1;
        writeln!(err, "skipped {}: {}", shown(path), term(&why.to_string()))?;
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
        writeln!(
            err,
            "puente import: no bundles found; give bundle files or folders holding *.puente files"
        )?;
        return Ok(1);
    }
    Ok(i32::from(skipped > 0))
}

/// The pack a cohort command works on.
fn one_pack(
    dir: Option<&PathBuf>,
    command: &str,
    err: &mut impl Write,
) -> std::io::Result<Option<content::Pack>> {
    let loaded = match dir {
        Some(d) => content::load(&content::source::read_dir(d)),
        None => content::load(&content::source::embedded()),
    };
    for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        writeln!(err, "puente {command}: {d}")?;
    }
    if loaded.has_errors() {
        return Ok(None);
    }
    Ok(loaded.pack)
}

/// `puente cohort`: the dashboard as CSV.
pub fn cohort(
    args: &CohortArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    use crate::cohort::{Dashboard, Filter};
    use crate::progress::import::read_all;
    let store = match open_store(data_dir, false) {
        Ok(store) => store,
        Err(e) => {
            writeln!(err, "puente cohort: {e}")?;
            return Ok(1);
        }
    };
    let Some(pack) = one_pack(args.pack.as_ref(), "cohort", err)? else {
        return Ok(1);
    };
    let (learners, problems) = read_all(&store);
    for p in problems {
        writeln!(err, "puente cohort: note: {}", term(&p.to_string()))?;
    }
    let filter = Filter {
        group: args.group.clone(),
        date: args.date,
    };
    let dashboard = Dashboard::build(&pack, &learners, &filter, &jiff::tz::TimeZone::system());
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
        let bytes = crate::cohort::csv::cohort_csv(&dashboard);
        if let Err(e) = crate::progress::store::atomic_write(csv, &bytes) {
            writeln!(err, "puente cohort: {e}")?;
            return Ok(1);
        }
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
        if let Err(e) = crate::progress::store::atomic_write(path, &items_csv(&pack, &items)) {
            writeln!(err, "puente cohort: {e}")?;
            return Ok(1);
        }
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
    Ok(0)
}

/// `puente sample-cohort`: writes made-up bundles.
pub fn sample_cohort(args: &SampleArgs, err: &mut impl Write) -> std::io::Result<i32> {
    use crate::cohort::sample::{SampleOptions, file_name, sample_cohort};
    let Some(pack) = one_pack(args.pack.as_ref(), "sample-cohort", err)? else {
        return Ok(1);
    };
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        writeln!(
            err,
            "puente sample-cohort: cannot create {}: {e}",
            args.dir.display()
        )?;
        return Ok(1);
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
    let bundles = sample_cohort(&pack, &options);
    for (n, bundle) in bundles.iter().enumerate() {
        let path = args.dir.join(file_name(n, bundle));
        if let Err(e) = crate::progress::store::atomic_write(&path, &bundle.to_bytes()) {
            writeln!(err, "puente sample-cohort: {e}")?;
            return Ok(1);
        }
    }
    writeln!(
        err,
        "wrote {} bundles of {} events each to {}",
        bundles.len(),
        args.events,
        args.dir.display()
    )?;
    Ok(0)
}

/// `puente report`: returns the exit code; messages go to `err`.
pub fn report(args: &ReportArgs, err: &mut impl Write) -> std::io::Result<i32> {
    use crate::progress::Progress;
    use crate::progress::bundle::Bundle;
    let bytes = match crate::progress::import::read_bundle_bytes(&args.bundle) {
        Ok(bytes) => bytes,
        Err(e) => {
            writeln!(
                err,
                "puente report: {} {}",
                shown(&args.bundle),
                term(&e.to_string())
            )?;
            return Ok(1);
        }
    };
    let bundle = match Bundle::parse(&bytes) {
        Ok(bundle) => bundle,
        Err(e) => {
            writeln!(
                err,
                "puente report: {}: {}",
                shown(&args.bundle),
                term(&e.to_string())
            )?;
            return Ok(1);
        }
    };
    let mut loaded = vec![content::load(&content::source::embedded())];
    loaded.extend(
        args.packs
            .iter()
            .map(|p| content::load(&content::source::read_dir(p))),
    );
    for d in loaded
        .iter()
        .flat_map(|l| &l.diagnostics)
        .filter(|d| d.is_error())
    {
        writeln!(err, "puente report: {}", term(&d.to_string()))?;
    }
    let packs: Vec<&content::Pack> = loaded
        .iter()
        .filter(|l| !l.has_errors())
        .filter_map(|l| l.pack.as_ref())
        .collect();
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
        Err(e) => {
            writeln!(err, "puente report: {e}")?;
            return Ok(1);
        }
    };
    if let Err(e) = crate::progress::store::atomic_write(&args.out, &pdf) {
        writeln!(err, "puente report: {e}")?;
        return Ok(1);
    }
    writeln!(
        err,
        "wrote {} for {}",
        shown(&args.out),
        term(&bundle.profile.name)
    )?;
    Ok(0)
}

/// `puente assess`: the result goes to `out`, problems to `err`; returns the
/// exit code (2 for any problem with the input).
pub fn assess(
    args: &AssessArgs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<i32> {
    use crate::content::model::Checklist;
    let i18n = match &args.lang {
        Some(lang) => I18n::new(lang),
        None => I18n::new(crate::i18n::system_language()),
    };
    let lang = i18n.code().to_owned();
    let mut loaded: Vec<Loaded> = args
        .packs
        .iter()
        .map(|p| content::load(&content::source::read_dir(p)))
        .collect();
    loaded.push(content::load(&content::source::embedded()));
    let mut broken = false;
    for l in loaded.iter().filter(|l| l.has_errors()) {
        broken = true;
        for d in l.diagnostics.iter().filter(|d| d.is_error()) {
            writeln!(err, "{}", d.display_in(&i18n))?;
        }
    }
    if broken {
        writeln!(err, "puente assess: {}", tr!(i18n, "assess-pack-errors"))?;
        return Ok(2);
    }
    let found: Option<(&content::Pack, &Checklist)> =
        loaded.iter().filter_map(|l| l.pack.as_ref()).find_map(|p| {
            p.checklists
                .iter()
                .find(|c| c.id.as_str() == args.checklist)
                .map(|c| (p, c))
        });
    let Some((pack, c)) = found else {
        let known: Vec<String> = loaded
            .iter()
            .filter_map(|l| l.pack.as_ref())
            .flat_map(|p| p.checklists.iter().map(|c| c.id.to_string()))
            .collect();
        writeln!(
            err,
            "puente assess: {}",
            tr!(
                i18n,
                "assess-unknown-checklist",
                id = args.checklist.as_str(),
                known = known.join(", ")
            )
        )?;
        return Ok(2);
    };
    let values: Vec<u32> = c.scale.levels.iter().map(|l| l.value).collect();
    let allowed = |na: bool| {
        let mut list: Vec<String> = values.iter().map(u32::to_string).collect();
        if na {
            list.push("\"na\"".to_owned());
        }
        list.join(", ")
    };
    let na_offered = c.scale.not_applicable.is_some();
    if args.template {
        let mut items = serde_json::Map::new();
        for d in &c.dimensions {
            for item in &d.items {
                let mut accepts: Vec<serde_json::Value> =
                    values.iter().map(|v| serde_json::Value::from(*v)).collect();
                if na_offered {
                    accepts.push("na".into());
                }
                items.insert(item.id.to_string(), accepts.into());
            }
        }
        let template = serde_json::json!({ "items": items });
        serde_json::to_writer_pretty(&mut *out, &template)?;
        writeln!(out)?;
        return Ok(0);
    }
    let Some(path) = &args.answers else {
        return Ok(2); // clap requires --template or --answers
    };
    let file = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            let error = e.to_string();
            writeln!(
                err,
                "puente assess: {}",
                tr!(
                    i18n,
                    "assess-cannot-read",
                    file = file.as_str(),
                    error = error
                )
            )?;
            return Ok(2);
        }
    };
    let json: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            writeln!(
                err,
                "puente assess: {}",
                tr!(
                    i18n,
                    "assess-bad-json",
                    file = file.as_str(),
                    line = e.line(),
                    column = e.column(),
                    error = e.to_string()
                )
            )?;
            return Ok(2);
        }
    };
    let Some(object) = json.as_object() else {
        writeln!(
            err,
            "puente assess: {}",
            tr!(i18n, "assess-not-object", file = file.as_str())
        )?;
        return Ok(2);
    };
    let item_ids: Vec<&str> = c
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter().map(|i| i.id.as_str()))
        .collect();
    let mut ratings = std::collections::BTreeMap::new();
    let mut problems = Vec::new();
    for (id, value) in object {
        if !item_ids.contains(&id.as_str()) {
            let hint = item_ids
                .iter()
                .min_by_key(|k| crate::content::validate::edit_distance(id, k))
                .filter(|k| crate::content::validate::edit_distance(id, k) <= 2.max(k.len() / 4))
                .map(|k| tr!(i18n, "assess-did-you-mean", id = *k))
                .unwrap_or_default();
            problems.push(tr!(
                i18n,
                "assess-unknown-item",
                id = id.as_str(),
                checklist = c.id.as_str(),
                hint = hint
            ));
            continue;
        }
        let rating = match value {
            serde_json::Value::String(s) if s == "na" && na_offered => Some(None),
            serde_json::Value::Number(n) => n
                .as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| values.contains(v))
                .map(Some),
            _ => None,
        };
        match rating {
            Some(r) => {
                ratings.insert(id.clone(), r);
            }
            None => problems.push(tr!(
                i18n,
                "assess-off-scale",
                id = id.as_str(),
                value = value.to_string(),
                allowed = allowed(na_offered)
            )),
        }
    }
    if !problems.is_empty() {
        for p in &problems {
            writeln!(err, "puente assess: {file}: {p}")?;
        }
        return Ok(2);
    }
    let s = crate::assess::checklist::score(c, &ratings);
    let t = |text: &content::Text| text.get(&lang, pack.fallback_language()).to_owned();
    let mut gate_items: Vec<&str> = Vec::new();
    for g in &s.gates {
        if !gate_items.contains(&g.item.as_str()) {
            gate_items.push(g.item.as_str());
        }
    }
    if args.json {
        let result = serde_json::json!({
            "score": s.overall.map(|v| v.round() as u32),
            "band": s.band.map(|b| b.id.to_string()),
            "band_title": s.band.map(|b| t(&b.title)),
            "level": s.level.map(|l| l.value),
            "gates": gate_items,
            "plan": s.plan,
            "dimensions": s
                .dimension_levels
                .iter()
                .map(|d| {
                    let level = serde_json::json!({
                        "level": d.level.map(|l| l.value),
                        "plan": d.plan,
                    });
                    (d.dimension.id.to_string(), level)
                })
                .collect::<serde_json::Map<_, _>>(),
        });
        serde_json::to_writer_pretty(&mut *out, &result)?;
        writeln!(out)?;
        return Ok(0);
    }
    let item_text = |id: &str| {
        c.dimensions
            .iter()
            .flat_map(|d| &d.items)
            .find(|i| i.id.as_str() == id)
            .map(|i| t(&i.text))
            .unwrap_or_default()
    };
    writeln!(out, "{}", t(&c.title))?;
    if !s.gates.is_empty() {
        writeln!(out, "\n{}", tr!(i18n, "assess-gates"))?;
        for g in &s.gates {
            writeln!(out, "  ! {} ({})", item_text(g.item.as_str()), g.item)?;
            writeln!(out, "    {}", t(&g.advice))?;
        }
        writeln!(out)?;
    }
    match s.overall {
        Some(v) => writeln!(
            out,
            "{}",
            tr!(i18n, "assess-score", score = format!("{v:.0}"))
        )?,
        None if s.missing > 0 => {
            writeln!(out, "{}", tr!(i18n, "assess-too-few", missing = s.missing))?
        }
        None => writeln!(out, "{}", tr!(i18n, "nothing-applies"))?,
    }
    if !c.levels.is_empty() && s.overall.is_some() {
        let level = s
            .level
            .map_or_else(|| tr!(i18n, "assess-no-level"), |l| t(&l.title));
        writeln!(out, "{}", tr!(i18n, "assess-level", level = level))?;
    }
    if let Some(b) = s.band {
        let title = t(&b.title);
        writeln!(
            out,
            "{}",
            tr!(i18n, "assess-band", band = title, id = b.id.as_str())
        )?;
        writeln!(out, "  {}", t(&b.advice))?;
    }
    if !s.plan.is_empty() {
        writeln!(out, "\n{}", tr!(i18n, "assess-plan"))?;
        for id in &s.plan {
            writeln!(out, "  - {} ({id})", item_text(id))?;
        }
    }
    if !s.dimension_levels.is_empty() {
        writeln!(out, "\n{}", tr!(i18n, "assess-dimension-levels"))?;
        for d in &s.dimension_levels {
            let level = d
                .level
                .map_or_else(|| tr!(i18n, "assess-no-level"), |l| t(&l.title));
            writeln!(out, "  {}: {level}", t(&d.dimension.title))?;
            if let Some(next) = d.next {
                let plan = tr!(i18n, "next-level-plan", level = t(&next.title));
                writeln!(out, "    {plan}")?;
                for id in &d.plan {
                    writeln!(out, "    - {} ({id})", item_text(id))?;
                }
            }
        }
    }
    Ok(0)
}

/// The largest GIFT file `convert` reads: far beyond any question bank.
const MAX_GIFT_BYTES: u64 = 8 * 1024 * 1024;

/// `puente convert`: a GIFT file becomes `modules/<id>.ron` in a pack
/// folder, which is then checked; what could not be kept is listed with its
/// line. Exit 0 when the module loads, 1 when the checker finds errors in
/// it, 2 when nothing could be written.
pub fn convert(args: &ConvertArgs, out: &mut impl Write) -> std::io::Result<i32> {
    use crate::content::gift;
    let i18n = I18n::new(crate::i18n::system_language());
    let fail = |out: &mut dyn Write, message: String| -> std::io::Result<i32> {
        writeln!(out, "puente convert: {}", term(&message))?;
        Ok(2)
    };
    let shown = args.file.display().to_string();
    let bytes = match crate::files::read_regular(&args.file, MAX_GIFT_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => {
            let reason = e.to_string();
            return fail(
                out,
                tr!(
                    i18n,
                    "convert-cannot-read",
                    file = shown.as_str(),
                    reason = reason
                ),
            );
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return fail(out, tr!(i18n, "convert-not-utf8", file = shown.as_str()));
    };
    let lang = args.content_lang.trim();
    let lang_ok = {
        let mut parts = lang.split('-');
        let first = parts.next().unwrap_or("");
        (2..=3).contains(&first.len())
            && first.chars().all(|c| c.is_ascii_lowercase())
            && parts
                .all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
    };
    if !lang_ok {
        return fail(out, tr!(i18n, "convert-bad-lang", lang = lang));
    }
    let stem = args
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let module_id = match &args.module_id {
        Some(id) => id.clone(),
        None => stem
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-"),
    };
    if !content::validate::is_valid_id(&module_id) {
        return fail(out, tr!(i18n, "convert-bad-id", id = module_id.as_str()));
    }
    let file_name = args
        .file
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let today = jiff::Zoned::now().strftime("%Y-%m-%d").to_string();
    let title = if stem.trim().is_empty() {
        module_id.clone()
    } else {
        stem.clone()
    };
    let converted = gift::convert(
        &text,
        &gift::Target {
            module_id: &module_id,
            title: &title,
            lang,
            file_name: &file_name,
            today: &today,
        },
    );
    if converted.kinds.is_empty() {
        for note in &converted.notes {
            writeln!(
                out,
                "{}:{}:{}: {}",
                term(&shown),
                note.line,
                note.column,
                term(&note.message.render(&i18n))
            )?;
        }
        return fail(
            out,
            tr!(i18n, "convert-no-questions", file = shown.as_str()),
        );
    }
    // The pack folder: made with a pack.ron when it does not exist yet.
    let pack_ron = args.out.join("pack.ron");
    let module_path = args.out.join("modules").join(format!("{module_id}.ron"));
    if module_path.exists() && !args.force {
        let path = module_path.display().to_string();
        return fail(out, tr!(i18n, "convert-exists", path = path));
    }
    let made_pack = !pack_ron.exists();
    let written = std::fs::create_dir_all(args.out.join("modules")).and_then(|()| {
        if made_pack {
            let pack = format!(
                "// A pack made by `puente convert`: give it a title, description and authors.\nPack(\n    id: \"{module_id}-pack\",\n    format: 1,\n    version: \"0.1.0\",\n    title: {{\"{lang}\": {title}}},\n    languages: [\"{lang}\"],\n    authors: [{source}],\n    licence: \"All rights reserved\",\n)\n",
                title = format_args!("{title:?}"),
                source = format_args!("{:?}", format_args!("Moodle question bank {file_name}").to_string()),
            );
            std::fs::write(&pack_ron, pack)?;
        }
        std::fs::write(&module_path, &converted.ron)
    });
    if let Err(e) = written {
        let path = module_path.display().to_string();
        let reason = e.to_string();
        return fail(
            out,
            tr!(i18n, "convert-cannot-write", path = path, reason = reason),
        );
    }
    let kinds = converted
        .kinds
        .iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let path = module_path.display().to_string();
    writeln!(
        out,
        "{}",
        term(&tr!(i18n, "convert-wrote", path = path, kinds = kinds))
    )?;
    if made_pack {
        let path = pack_ron.display().to_string();
        writeln!(
            out,
            "{}",
            term(&tr!(i18n, "convert-made-pack", path = path))
        )?;
    }
    for note in &converted.notes {
        writeln!(
            out,
            "{}:{}:{}: {}",
            term(&shown),
            note.line,
            note.column,
            term(&note.message.render(&i18n))
        )?;
    }
    // What the checker says of the new module.
    let loaded = content::load(&content::source::read_dir(&args.out));
    let ours = format!("{module_id}.ron");
    let mine: Vec<&content::Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.to_string().contains(&ours) || d.is_error())
        .collect();
    for d in &mine {
        writeln!(out, "{}", term(&d.display_in(&i18n)))?;
    }
    let errors = mine.iter().filter(|d| d.is_error()).count();
    writeln!(
        out,
        "{}",
        term(&tr!(
            i18n,
            "convert-checked",
            errors = errors,
            warnings = mine.len() - errors
        ))
    )?;
    Ok(i32::from(errors > 0))
}
