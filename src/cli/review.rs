//! `puente review`: a learner's spaced-review queue, for facilitators and
//! to check the scheduler from outside.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde_json::json;

use crate::progress::{CardRef, Progress};
use crate::review::{Card, Params, Queue, Retired, Status, day_bounds};

use super::{CliError, find_profile, open_store, term, usable_packs};

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The learner's profile name (or its id)
    #[arg(long, value_name = "NAME")]
    pub profile: String,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
    /// The time to schedule at, RFC 3339 (default: now)
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// Content packs beyond the built-in one
    #[arg(long = "pack", value_name = "DIR")]
    pub packs: Vec<PathBuf>,
}

fn status(card: &Card, due_today: &[&Card], day_end: jiff::Timestamp) -> &'static str {
    match card.status {
        Status::Active if due_today.iter().any(|d| std::ptr::eq(*d, card)) => "due",
        // A new term the daily cap holds back.
        Status::Active if card.due <= day_end => "waiting",
        Status::Active => "scheduled",
        Status::Suspended => "suspended",
        Status::Retired(Retired::Vanished) => "retired: no longer in the pack",
        Status::Retired(Retired::Changed) => "retired: the exercise changed",
    }
}

/// `puente review`: the queue on `out`, notes on `err`.
pub fn run(
    args: &ReviewArgs,
    data_dir: Option<PathBuf>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let now = match &args.now {
        None => jiff::Timestamp::now(),
        Some(text) => text.trim().parse().map_err(|e| {
            CliError::usage(format!(
                "--now {:?} is not a time ({e}); write it as 2026-11-28T09:00:00Z",
                term(text)
            ))
        })?,
    };
    let store = open_store(data_dir, false).map_err(CliError::new)?;
    let (profiles, _) = store.profiles();
    let profile = find_profile(&profiles, &args.profile, store.root()).map_err(CliError::new)?;
    let (profile, events, notices) = store
        .read_profile(profile.id)
        .map_err(|e| CliError::new(e.to_string()))?;
    for notice in notices {
        writeln!(err, "puente review: note: {}", term(&notice.to_string()))?;
    }
    let library = usable_packs(&args.packs, "review", err)?;
    let progress = Progress::from_events(&events);
    let params = Params::with_retention(profile.review.retention);
    let queue = Queue::build(&progress.reviews, |id| library.pack(id), &params);
    let (day_start, day_end) = day_bounds(now, &jiff::tz::TimeZone::system());
    let due_today = queue.due(day_end);
    let due = due_today.len();
    let waiting = queue.waiting_new(day_end);
    let overdue = queue.overdue(day_start);
    let (reviews, recalled) = queue.recall();
    let rate = queue.recall_rate();
    if args.json {
        let cards: Vec<_> = queue
            .cards
            .iter()
            .map(|c| {
                let mut card = json!({
                    "pack": c.pack,
                    "kind": c.kind(),
                    "id": c.item(),
                    "due": (c.due != jiff::Timestamp::MAX).then(|| c.due.to_string()),
                    "stability": c.memory.map(|m| m.stability),
                    "difficulty": c.memory.map(|m| m.difficulty),
                    "reviews": c.reviews,
                    "lapses": c.lapses,
                    "status": status(c, &due_today, day_end),
                });
                if let CardRef::Exercise { module, .. } = &c.card {
                    card["module"] = json!(module);
                }
                card
            })
            .collect();
        let report = json!({
            "profile": {"id": profile.id.to_string(), "name": profile.name},
            "now": now.to_string(),
            "target_retention": params.retention,
            "due_today": due,
            "new_terms_waiting": waiting,
            "new_terms_per_day": crate::review::NEW_TERMS_PER_DAY,
            "overdue": overdue,
            "minutes": queue.minutes(day_end),
            "reviews": reviews,
            "recalled": recalled,
            "recall_rate": rate,
            "next_7_days": queue.forecast(day_end, 7),
            "cards": cards,
        });
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}: {due} card{} due today (about {} min), {overdue} overdue, {} card{} in all; target retention {:.0}%",
        term(&profile.name),
        if due == 1 { "" } else { "s" },
        queue.minutes(day_end),
        queue.cards.len(),
        if queue.cards.len() == 1 { "" } else { "s" },
        params.retention * 100.0
    )?;
    match rate {
        Some(r) => writeln!(
            out,
            "recalled {recalled} of {reviews} reviews ({:.0}%)",
            r * 100.0
        )?,
        None => writeln!(out, "no reviews yet")?,
    }
    if waiting > 0 {
        writeln!(
            out,
            "{waiting} more new term{} wait{} for the next days ({} new terms a day at most)",
            if waiting == 1 { "" } else { "s" },
            if waiting == 1 { "s" } else { "" },
            crate::review::NEW_TERMS_PER_DAY
        )?;
    }
    let forecast: Vec<String> = queue
        .forecast(day_end, 7)
        .iter()
        .map(ToString::to_string)
        .collect();
    writeln!(out, "next 7 days: {}", forecast.join(" "))?;
    if queue.cards.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<9} {:<40} {:<17} {:>9} {:>10} {:>7} {:>6}  status",
        "kind", "exercise or term", "due (UTC)", "stability", "difficulty", "reviews", "lapses"
    )?;
    for c in &queue.cards {
        let item = match &c.card {
            CardRef::Exercise { module, step } => format!("{module}/{step}"),
            CardRef::Term { term } => term.clone(),
        };
        let due = if c.due == jiff::Timestamp::MAX {
            "-".to_owned()
        } else {
            c.due.strftime("%Y-%m-%d %H:%M").to_string()
        };
        let (s, d) = c.memory.map_or(("-".to_owned(), "-".to_owned()), |m| {
            (
                format!("{:.2}", m.stability),
                format!("{:.2}", m.difficulty),
            )
        });
        writeln!(
            out,
            "{:<9} {:<40} {:<17} {:>9} {:>10} {:>7} {:>6}  {}",
            c.kind(),
            term(&item),
            due,
            s,
            d,
            c.reviews,
            c.lapses,
            status(c, &due_today, day_end)
        )?;
    }
    Ok(())
}
