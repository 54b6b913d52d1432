//! `puente assess`: a checklist scored from a JSON file of answers, or its
//! template.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::content::model::Checklist;
use crate::content::{self, Library, Pack};
use crate::i18n::I18n;
use crate::tr;

use super::CliError;

/// The largest file of answers `assess` reads: far beyond any checklist.
const MAX_ANSWERS_BYTES: u64 = 8 * 1024 * 1024;

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

/// `puente assess`: the result goes to `out`, problems to `err`; any
/// problem with the input ends with exit code 2.
pub fn run(args: &AssessArgs, out: &mut impl Write, err: &mut impl Write) -> Result<(), CliError> {
    let i18n = match &args.lang {
        Some(lang) => I18n::new(lang),
        None => I18n::new(crate::i18n::system_language()),
    };
    let lang = i18n.code().to_owned();
    let library = Library::new(content::load_all(&args.packs));
    let mut broken = false;
    for d in library.errors() {
        broken = true;
        writeln!(err, "{}", d.display_in(&i18n))?;
    }
    if broken {
        return Err(CliError::usage(tr!(i18n, "assess-pack-errors")));
    }
    // The packs given are looked in first, the last one first; then the
    // built-in pack.
    let found: Option<(&Pack, &Checklist)> = library.packs.iter().rev().find_map(|p| {
        p.checklists
            .iter()
            .find(|c| c.id.as_str() == args.checklist)
            .map(|c| (&**p, c))
    });
    let Some((pack, c)) = found else {
        let known: Vec<String> = library
            .packs
            .iter()
            .rev()
            .flat_map(|p| p.checklists.iter().map(|c| c.id.to_string()))
            .collect();
        return Err(CliError::usage(tr!(
            i18n,
            "assess-unknown-checklist",
            id = args.checklist.as_str(),
            known = known.join(", ")
        )));
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
        return Ok(());
    }
    let Some(path) = &args.answers else {
        return Err(CliError::Said(2)); // clap requires --template or --answers
    };
    let file = path.display().to_string();
    // A file of answers is a few kilobytes; never read a FIFO or a device.
    let bytes = match crate::files::read_regular(path, MAX_ANSWERS_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => {
            let error = e.to_string();
            return Err(CliError::usage(tr!(
                i18n,
                "assess-cannot-read",
                file = file.as_str(),
                error = error
            )));
        }
    };
    let json: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => {
            return Err(CliError::usage(tr!(
                i18n,
                "assess-bad-json",
                file = file.as_str(),
                line = e.line(),
                column = e.column(),
                error = e.to_string()
            )));
        }
    };
    let Some(object) = json.as_object() else {
        return Err(CliError::usage(tr!(
            i18n,
            "assess-not-object",
            file = file.as_str()
        )));
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
        return Err(CliError::Said(2));
    }
    let s = crate::assess::checklist::score(c, &ratings);
    let t = |text: &content::Text| text.get(&lang, pack.fallback_language()).to_owned();
    let mut gate_items: Vec<&str> = Vec::new();
    for g in &s.gates {
        if !gate_items.contains(&g.item.as_str()) {
            gate_items.push(g.item.as_str());
        }
    }
    let gaps = crate::assess::gaps::gaps(c, &ratings);
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
            "gaps": gaps
                .knock_outs
                .iter()
                .chain(gaps.dimensions.iter().flat_map(|d| &d.gaps))
                .map(|g| serde_json::json!({
                    "item": g.item.id.as_str(),
                    "dimension": g.dimension.id.as_str(),
                    "value": g.value,
                    "knock_out": g.knock_out,
                }))
                .collect::<Vec<_>>(),
            "unanswered": gaps
                .unanswered
                .iter()
                .map(|u| u.item.id.as_str())
                .collect::<Vec<_>>(),
        });
        serde_json::to_writer_pretty(&mut *out, &result)?;
        writeln!(out)?;
        return Ok(());
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
    write_gaps(out, &i18n, c, &gaps, &t)
}

/// The gaps to close and the items not answered yet, in the words of the
/// PDF report: knock-outs first and marked, then by dimension, each with
/// the answer's label.
fn write_gaps(
    out: &mut impl Write,
    i18n: &I18n,
    c: &Checklist,
    gaps: &crate::assess::gaps::Gaps<'_>,
    t: &impl Fn(&content::Text) -> String,
) -> Result<(), CliError> {
    let label = |value: u32| {
        c.scale
            .levels
            .iter()
            .find(|l| l.value == value)
            .map_or_else(|| value.to_string(), |l| t(&l.label))
    };
    let line = |g: &crate::assess::gaps::Gap<'_>| {
        let mark = if g.knock_out {
            format!(" — {}", tr!(i18n, "rpt-knock-out"))
        } else {
            String::new()
        };
        format!(
            "{} ({}): {}{mark}",
            t(&g.item.text),
            g.item.id,
            label(g.value)
        )
    };
    writeln!(out, "\n{}", tr!(i18n, "rpt-gaps"))?;
    if gaps.none() {
        writeln!(out, "  {}", tr!(i18n, "rpt-gaps-none"))?;
    }
    if !gaps.knock_outs.is_empty() {
        writeln!(out, "  {}", tr!(i18n, "rpt-knock-outs"))?;
        for g in &gaps.knock_outs {
            writeln!(out, "    ! {}", line(g))?;
        }
    }
    for d in &gaps.dimensions {
        writeln!(out, "  {}", t(&d.dimension.title))?;
        for g in &d.gaps {
            writeln!(out, "    - {}", line(g))?;
        }
    }
    if !gaps.unanswered.is_empty() {
        writeln!(out, "\n{}", tr!(i18n, "rpt-not-answered"))?;
        for u in &gaps.unanswered {
            let mark = if u.knock_out {
                format!(" — {}", tr!(i18n, "rpt-knock-out-question"))
            } else {
                String::new()
            };
            writeln!(out, "  - {} ({}){mark}", t(&u.item.text), u.item.id)?;
        }
    }
    Ok(())
}
