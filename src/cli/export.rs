//! `puente export`: one learner's bundle, and xAPI statements for a
//! Learning Record Store.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::cohort::xapi::{XapiOptions, check_base, statements, untimely_events};
use crate::progress::bundle::Bundle;
use crate::progress::import::read_all;
use crate::progress::store::write_output;

use super::{CliError, find_profile, open_store, shown, term, usable_packs};

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

/// `puente export`: the bundle and the statements asked for; notes and
/// what was written go to `err`.
pub fn run(
    args: &ExportArgs,
    data_dir: Option<PathBuf>,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let base = match check_base(&args.xapi_base) {
        Ok(base) => base,
        Err(why) if args.xapi.is_some() => {
            let shown: String = args.xapi_base.chars().take(80).collect();
            let more = if args.xapi_base.chars().count() > 80 {
                "…"
            } else {
                ""
            };
            return Err(CliError::usage(format!(
                "--xapi-base {shown:?}{more} cannot be used: {why}. Give your institution's LRS address, such as https://lrs.example.edu/xapi"
            )));
        }
        Err(_) => String::new(),
    };
    let store = open_store(data_dir, false).map_err(CliError::new)?;
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
            Err(e) => return Err(CliError::new(e)),
        },
        None => None,
    };
    if let (Some(out), Some(profile)) = (&args.out, &chosen) {
        let (profile, events, notices) = match store.read_profile(profile.id) {
            Ok(read) => read,
            Err(e) => return Err(CliError::new(e.to_string())),
        };
        for notice in notices {
            writeln!(err, "puente export: note: {}", term(&notice.to_string()))?;
        }
        let count = events.len();
        let bundle = Bundle::new(profile, events);
        let bytes = bundle
            .to_bytes()
            .map_err(|e| CliError::new(e.to_string()))?;
        if let Err(e) = write_output(out, &bytes) {
            return Err(CliError::new(e.to_string()));
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
        for p in problems.iter().map(ToString::to_string) {
            if told.contains(&p) {
                continue;
            }
            writeln!(err, "puente export: note: {}", term(&p))?;
        }
        if let Some(one) = &chosen {
            learners.retain(|(p, _)| p.id == one.id);
        }
        let packs = usable_packs(&args.packs, "export", err)?.packs;
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
        let mut bytes =
            serde_json::to_vec_pretty(&all).map_err(|e| CliError::new(e.to_string()))?;
        bytes.push(b'\n');
        if let Err(e) = write_output(xapi, &bytes) {
            return Err(CliError::new(e.to_string()));
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
    Ok(())
}
