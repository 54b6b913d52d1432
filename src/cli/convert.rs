//! `puente convert`: a Moodle question bank (GIFT) becomes a module of a
//! pack folder, checked at once.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use crate::content::{self, gift};
use crate::i18n::I18n;
use crate::tr;

use super::{CliError, term};

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

/// The largest GIFT file `convert` reads: far beyond any question bank.
const MAX_GIFT_BYTES: u64 = 8 * 1024 * 1024;

/// `puente convert`: a GIFT file becomes `modules/<id>.ron` in a pack
/// folder, which is then checked; what could not be kept is listed with its
/// line. Exit 0 when the module loads, 1 when the checker finds errors in
/// it, 2 when nothing could be written.
pub fn run(args: &ConvertArgs, out: &mut impl Write) -> Result<(), CliError> {
    let i18n = I18n::new(crate::i18n::system_language());
    let shown = args.file.display().to_string();
    let bytes = match crate::files::read_regular(&args.file, MAX_GIFT_BYTES) {
        Ok(bytes) => bytes,
        Err(e) => {
            let reason = e.to_string();
            return Err(CliError::usage(tr!(
                i18n,
                "convert-cannot-read",
                file = shown.as_str(),
                reason = reason
            )));
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Err(CliError::usage(tr!(
            i18n,
            "convert-not-utf8",
            file = shown.as_str()
        )));
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
        return Err(CliError::usage(tr!(i18n, "convert-bad-lang", lang = lang)));
    }
    let stem = args
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let module_id = match &args.module_id {
        Some(id) => id.clone(),
        None => content::validate::slugify(&stem),
    };
    if !content::validate::is_valid_id(&module_id) {
        return Err(CliError::usage(tr!(
            i18n,
            "convert-bad-id",
            id = module_id.as_str()
        )));
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
        print_notes(out, &shown, &converted.notes, &i18n)?;
        return Err(CliError::usage(tr!(
            i18n,
            "convert-no-questions",
            file = shown.as_str()
        )));
    }
    // The pack folder: made with a pack.ron when it does not exist yet.
    let pack_ron = args.out.join("pack.ron");
    let module_path = args.out.join("modules").join(format!("{module_id}.ron"));
    if module_path.exists() && !args.force {
        let path = module_path.display().to_string();
        return Err(CliError::usage(tr!(i18n, "convert-exists", path = path)));
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
        return Err(CliError::usage(tr!(
            i18n,
            "convert-cannot-write",
            path = path,
            reason = reason
        )));
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
    print_notes(out, &shown, &converted.notes, &i18n)?;
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
    if errors > 0 {
        return Err(CliError::Said(1));
    }
    Ok(())
}

/// What the conversion could not read or keep, one `file:line:col` line
/// each.
fn print_notes(
    out: &mut impl Write,
    file: &str,
    notes: &[content::gift::Note],
    i18n: &I18n,
) -> std::io::Result<()> {
    for note in notes {
        writeln!(
            out,
            "{}:{}:{}: {}",
            term(file),
            note.line,
            note.column,
            term(&note.message.render(i18n))
        )?;
    }
    Ok(())
}
