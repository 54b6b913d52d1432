//! Turns a pack's files into a [`Pack`] and a list of [`Diagnostic`]s.
//!
//! Each file is decoded (size, UTF-8, not binary, not empty), parsed by the
//! `ron` crate into the model types, and read a second time into a
//! [`tree`](super::tree) that knows where every value is; the validator's
//! findings are then placed at `file:line:col` through that tree. Loading
//! never fails: whatever could be read is returned with every problem found.

use std::cell::OnceCell;

use ron::extensions::Extensions;

use super::diagnostic::Diagnostic;
use super::model::{Checklist, FORMAT, Glossary, Module, PackInfo};
use super::source::{MAX_FILE_BYTES, PackSource, too_big};
use super::tree::{self, LineIndex, Node, Path};
use super::validate::{self, Draft, Finding};
use crate::i18n::{Msg, MsgArg};
use crate::msg;

/// A loaded pack: what parsed, in file-name order.
#[derive(Clone, Debug)]
pub struct Pack {
    /// The folder as the author names it (`content`, `/media/usb/pack`).
    pub root: String,
    pub info: PackInfo,
    pub modules: Vec<Module>,
    pub checklists: Vec<Checklist>,
    pub glossary: Glossary,
}

impl Pack {
    /// The language used when a text lacks the one asked for.
    pub fn fallback_language(&self) -> &str {
        self.info.languages.first().map_or("en", String::as_str)
    }

    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id.as_str() == id)
    }
}

/// The result of loading one pack: the pack, if `pack.ron` could be read,
/// and every problem found, sorted by file and position.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub pack: Option<Pack>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// A decoded file kept for placing findings.
struct FileText {
    display: String,
    text: String,
    /// Read only when a finding in this file needs placing.
    tree: OnceCell<Option<Node>>,
}

impl FileText {
    fn tree(&self) -> Option<&Node> {
        self.tree
            .get_or_init(|| tree::parse(&self.text).ok())
            .as_ref()
    }
}

/// Parse options authors get: `Some(…)` may be left out, and exercise kinds
/// are written `SingleChoice(id: …)` rather than `SingleChoice((id: …))`.
fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Load and validate a pack.
pub fn load(source: &PackSource) -> Loaded {
    let mut diagnostics = source.problems.clone();
    let mut files: Vec<FileText> = Vec::new();
    let mut info: Option<(usize, PackInfo)> = None;
    let mut modules: Vec<(usize, Module)> = Vec::new();
    let mut checklists: Vec<(usize, Checklist)> = Vec::new();
    let mut glossary: Option<(usize, Glossary)> = None;
    // Files that could not be read: what they hold is missing, and
    // references to it must not read as the authors' mistakes.
    let mut unreadable_modules: Vec<String> = Vec::new();
    let mut unreadable_glossary = false;
    // Problems that stop a file from being read at all: root causes,
    // listed before what follows from them.
    let mut roots: Vec<Diagnostic> = Vec::new();

    let has_manifest = source.files.iter().any(|f| f.rel == "pack.ron")
        || source.problems.iter().any(|d| d.path.ends_with("pack.ron"));
    if !has_manifest {
        diagnostics.push(Diagnostic::error(
            source.display_path("pack.ron"),
            1,
            1,
            msg!("chk-no-manifest"),
        ));
    }

    // pack.ron first, so an unsupported format stops before the rest is misread.
    let mut order: Vec<_> = source.files.iter().collect();
    order.sort_by_key(|f| (f.rel != "pack.ron", f.rel.clone()));
    for file in order {
        let display = source.display_path(&file.rel);
        let role = Role::of(&file.rel);
        if let Role::Stray(why) = role {
            diagnostics.push(Diagnostic::warning(display, 1, 1, Msg::new(why)));
            continue;
        }
        let text = match decode(&file.bytes, role.expected()) {
            Ok(text) => text,
            Err((line, column, message)) => {
                roots.push(Diagnostic::error(display, line, column, message));
                continue;
            }
        };
        let tree = OnceCell::new();
        if role == Role::Pack
            && let Some(problem) =
                unsupported_format(&text, tree.get_or_init(|| tree::parse(&text).ok()).as_ref())
        {
            diagnostics.push(Diagnostic::error(display, problem.0, problem.1, problem.2));
            diagnostics.append(&mut roots);
            sort(&mut diagnostics);
            return Loaded {
                pack: None,
                diagnostics,
            };
        }
        let index = files.len();
        let mut read = false;
        let mut errors = match role {
            Role::Pack => parse_into(&text, role, |v| info = Some((index, v))),
            Role::Glossary => parse_into(&text, role, |v| glossary = Some((index, v))),
            Role::Module => parse_into(&text, role, |v| modules.push((index, v))),
            Role::Checklist => parse_into(&text, role, |v| checklists.push((index, v))),
            Role::Stray(_) => (true, Vec::new()),
        };
        if errors.0 {
            read = true;
        }
        // Misspelt fields read on (see `parse_into`): every one is an error,
        // and the file counts as read when it then parsed.
        let last = errors.1.pop();
        for (line, column, message) in errors.1 {
            roots.push(Diagnostic::error(display.clone(), line, column, message));
        }
        if let Some((line, column, message)) = last {
            // A file that ends inside an open bracket or string was likely cut short.
            let cut_short =
                matches!(tree::parse(&text), Err(e) if e.offset >= text.trim_end().len());
            let message = if cut_short && message.id() != "chk-ron-eof" {
                msg!("chk-cut-short", message = message)
            } else {
                message
            };
            roots.push(Diagnostic::error(display.clone(), line, column, message));
            match role {
                _ if read => {}
                Role::Module => {
                    if let Some(id) = first_id(&text)
                        && referenced_elsewhere(source, &file.rel, &id)
                    {
                        roots.push(Diagnostic::warning(
                            display.clone(),
                            line,
                            column,
                            msg!("chk-unreadable-module", id = id.as_str()),
                        ));
                        unreadable_modules.push(id);
                    }
                }
                Role::Glossary => {
                    unreadable_glossary = true;
                    roots.push(Diagnostic::warning(
                        display.clone(),
                        line,
                        column,
                        msg!("chk-unreadable-glossary"),
                    ));
                }
                _ => {}
            }
        }
        files.push(FileText {
            display,
            text,
            tree,
        });
    }

    if has_manifest && modules.is_empty() && checklists.is_empty() {
        diagnostics.push(Diagnostic::error(
            source.display_path("pack.ron"),
            1,
            1,
            msg!("chk-no-modules"),
        ));
    }

    let draft = Draft {
        info: info.as_ref().map(|(i, v)| (*i, v)),
        modules: modules.iter().map(|(i, m)| (*i, m)).collect(),
        checklists: checklists.iter().map(|(i, c)| (*i, c)).collect(),
        glossary: glossary.as_ref().map(|(i, g)| (*i, g)),
        today: None,
        unreadable_modules,
        unreadable_glossary,
    };
    let findings = validate::validate(&draft);
    if !findings.is_empty() {
        let lines: Vec<LineIndex<'_>> = files.iter().map(|f| LineIndex::new(&f.text)).collect();
        for finding in &findings {
            diagnostics.push(place(&files, &lines, finding));
        }
    }
    sort(&mut diagnostics);
    diagnostics.dedup();
    // What kept a file from being read comes first, each followed by what
    // it leaves unchecked; then everything else, by file and position.
    sort(&mut roots);
    roots.append(&mut diagnostics);
    let diagnostics = roots;

    let pack = info.map(|(_, info)| Pack {
        root: source.root.clone(),
        info,
        modules: modules.into_iter().map(|(_, m)| m).collect(),
        checklists: checklists.into_iter().map(|(_, c)| c).collect(),
        glossary: glossary.map(|(_, g)| g).unwrap_or_default(),
    });
    Loaded { pack, diagnostics }
}

/// Whether a file of the pack other than `rel` names the module `id`
/// (a prerequisite, a band's module, a `module:` link): only then is a
/// note about unchecked references worth an author's time.
fn referenced_elsewhere(source: &PackSource, rel: &str, id: &str) -> bool {
    let quoted = format!("\"{id}\"");
    let link = format!("module:{id}");
    source.files.iter().filter(|f| f.rel != rel).any(|f| {
        let text = String::from_utf8_lossy(&f.bytes);
        text.contains(&quoted) || text.contains(&link)
    })
}

/// The id a module file gives itself (its first `id: "…"`), read from
/// the text when the file does not parse.
fn first_id(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(at) = rest.find("id") {
        let before = rest[..at].chars().next_back();
        let after = rest[at + 2..].trim_start();
        rest = &rest[at + 2..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let Some(value) = after.strip_prefix(':') else {
            continue;
        };
        let value = value.trim_start().strip_prefix('"')?;
        let id: String = value.chars().take_while(|c| *c != '"').collect();
        return (!id.is_empty() && id.len() <= 128).then_some(id);
    }
    None
}

/// By file, position, severity, then message, so output is the same on
/// every run.
fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_cached_key(|d| (d.path.clone(), d.line, d.column, d.severity, d.message()));
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Pack,
    Glossary,
    Module,
    Checklist,
    /// Not read; the `chk-stray-` message says why.
    Stray(&'static str),
}

impl Role {
    fn of(rel: &str) -> Self {
        let in_folder = |folder: &str| rel.strip_prefix(folder).filter(|rest| !rest.contains('/'));
        match rel {
            "pack.ron" => Self::Pack,
            "glossary.ron" => Self::Glossary,
            _ if in_folder("modules/").is_some_and(|n| n.ends_with(".ron")) => Self::Module,
            _ if in_folder("checklists/").is_some_and(|n| n.ends_with(".ron")) => Self::Checklist,
            _ if in_folder("modules/").is_some() || in_folder("checklists/").is_some() => {
                Self::Stray("chk-stray-not-ron")
            }
            _ if !rel.ends_with(".ron") => Self::Stray("chk-stray-other"),
            _ => Self::Stray("chk-stray-ron"),
        }
    }

    /// What the file holds, as authors write it.
    fn expected(self) -> Msg {
        Msg::new(match self {
            Self::Pack => "chk-holds-pack",
            Self::Glossary => "chk-holds-glossary",
            Self::Module => "chk-holds-module",
            Self::Checklist | Self::Stray(_) => "chk-holds-checklist",
        })
    }
}

/// Bytes to text, or `(line, col, message)`.
fn decode(bytes: &[u8], expected: Msg) -> Result<String, (usize, usize, Msg)> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err((1, 1, too_big(bytes.len() as u64)));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let before = String::from_utf8_lossy(&bytes[..at]);
        let (line, col) = LineIndex::new(&before).line_col(before.len());
        return Err((line, col, msg!("chk-binary")));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            let (line, col) = LineIndex::new(good).line_col(good.len());
            return Err((line, col, msg!("chk-not-utf8")));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err((1, 1, msg!("chk-file-empty", expected = expected)));
    }
    Ok(text.to_owned())
}

/// `format: N` with N not supported: `(line, col, message)`.
fn unsupported_format(text: &str, tree: Option<&Node>) -> Option<(usize, usize, Msg)> {
    let node = tree?.field("format")?;
    let written = text.get(node.span.clone())?.trim();
    if written == FORMAT.to_string() {
        return None;
    }
    let (line, col) = LineIndex::new(text).line_col(node.span.start);
    Some((
        line,
        col,
        msg!(
            "chk-format-unsupported",
            written = written,
            format = FORMAT.to_string()
        ),
    ))
}

/// Parse `text`, handing the value to `keep`; whether it was kept, and
/// every error found on the way.
///
/// A misspelt field (`explanaton`, one letter from `explanation`) is an
/// error, and the file is then read on as if it were spelt right, so the
/// author sees the file's other mistakes in the same run rather than one
/// per fix.
fn parse_into<T: serde::de::DeserializeOwned>(
    text: &str,
    role: Role,
    keep: impl FnOnce(T),
) -> (bool, Vec<(usize, usize, Msg)>) {
    /// Misspellings read past in one file, at most.
    const READ_PAST: usize = 20;
    let mut errors: Vec<(usize, usize, Msg)> = Vec::new();
    let mut fixed = std::borrow::Cow::Borrowed(text);
    loop {
        let e = match ron_options().from_str::<T>(&fixed) {
            Ok(value) => {
                keep(value);
                return (true, errors);
            }
            Err(e) => e,
        };
        let (line, col) = skip_blank(&fixed, e.span.start.line, e.span.start.col);
        if errors
            .last()
            .is_some_and(|(l, c, _)| (*l, *c) == (line, col))
        {
            // The corrected name made a new problem at the same place
            // (the field was written twice): the first error says it.
            return (false, errors);
        }
        errors.push((line, col, ron_message(&e.code, role)));
        let ron::Error::NoSuchStructField {
            expected, found, ..
        } = &e.code
        else {
            return (false, errors);
        };
        let Some(right) = closest(found, expected) else {
            return (false, errors);
        };
        let start = offset_of(&fixed, e.span.start.line, e.span.start.col);
        let window = fixed.len().min(start + 200);
        let Some(at) = fixed
            .get(start..window)
            .and_then(|w| w.find(found.as_str()))
            .map(|i| start + i)
        else {
            return (false, errors);
        };
        if errors.len() > READ_PAST {
            return (false, errors);
        }
        let mut next = String::with_capacity(fixed.len() + right.len());
        next.push_str(&fixed[..at]);
        next.push_str(right);
        next.push_str(&fixed[at + found.len()..]);
        fixed = std::borrow::Cow::Owned(next);
    }
}

/// The byte offset of a 1-based line and character column in `text`.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = text.get(line_start..).unwrap_or_default();
    line_start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// The `ron` crate reports some errors just before the whitespace that
/// precedes the offending value; authors want the value itself.
fn skip_blank(text: &str, line: usize, col: usize) -> (usize, usize) {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let Some(rest) = text.get(line_start..) else {
        return (line.max(1), col.max(1));
    };
    let offset = line_start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i);
    let after = &text[offset..];
    let skipped = after.len() - after.trim_start().len();
    if skipped == 0 || skipped == after.len() {
        return (line.max(1), col.max(1));
    }
    LineIndex::new(text).line_col(offset + skipped)
}

/// The `ron` crate's error, said in the author's terms with what to do.
fn ron_message(code: &ron::Error, role: Role) -> Msg {
    use ron::Error as E;
    let list = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let inside = |outer: &Option<String>| match outer.as_deref() {
        Some(o) if !o.is_empty() => Some(msg!("chk-ron-inside", what = author_name(o))),
        _ => None,
    };
    let hint = |found: &str, expected: &[&str]| {
        closest(found, expected).map(|c| msg!("chk-ron-did-you-mean", name = c))
    };
    match code {
        E::Eof => msg!("chk-ron-eof"),
        E::ExpectedComma => msg!("chk-ron-comma"),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => msg!(
            "chk-ron-unknown-field",
            found = found,
            inside = inside(outer),
            hint = hint(found, expected),
            allowed = list(expected)
        ),
        E::MissingStructField { field, outer } => msg!(
            "chk-ron-missing-field",
            field = *field,
            inside = inside(outer)
        ),
        E::DuplicateStructField { field, outer } => msg!(
            "chk-ron-duplicate-field",
            field = *field,
            inside = inside(outer)
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = match outer.as_deref() {
                Some("Step") => "chk-ron-what-step-kind",
                Some("Outcome") => "chk-ron-what-outcome",
                _ => "chk-ron-what-name",
            };
            msg!(
                "chk-ron-unknown-variant",
                what = Msg::new(what),
                found = found,
                hint = hint(found, expected),
                allowed = list(expected)
            )
        }
        E::ExpectedDifferentStructName { expected, found } => {
            let expected: MsgArg = match *expected {
                "PackInfo" | "Module" | "Checklist" | "Glossary" => role.expected().into(),
                "DateExercise" => "`Date(…)`".into(),
                other => format!("`{other}(…)`").into(),
            };
            msg!("chk-ron-wrong-struct", expected = expected, found = found)
        }
        E::InvalidValueForType { expected, found } => {
            msg!("chk-ron-invalid-value", expected = expected, found = found)
        }
        E::ExpectedString | E::ExpectedStringEnd => msg!("chk-ron-string"),
        E::ExpectedInteger | E::IntegerOutOfBounds => msg!("chk-ron-integer"),
        E::ExpectedFloat => msg!("chk-ron-float"),
        E::ExpectedBoolean => msg!("chk-ron-bool"),
        E::ExpectedArray => msg!("chk-ron-array"),
        E::ExpectedArrayEnd => msg!("chk-ron-array-end"),
        E::ExpectedMap => msg!("chk-ron-map"),
        E::ExpectedMapEnd => msg!("chk-ron-map-end"),
        E::ExpectedMapColon => msg!("chk-ron-map-colon"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => msg!("chk-ron-paren"),
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => msg!("chk-ron-paren-end"),
        E::ExpectedIdentifier => msg!("chk-ron-identifier"),
        E::ExceededRecursionLimit => msg!("chk-ron-too-deep"),
        E::TrailingCharacters => msg!("chk-ron-trailing", expected = role.expected()),
        E::UnexpectedChar(c) => msg!("chk-ron-unexpected-char", char = format!("{c:?}")),
        E::UnclosedBlockComment => msg!("chk-ron-unclosed-comment"),
        E::Message(m) => msg!("chk-raw", text = m),
        other => msg!("chk-raw", text = other.to_string()),
    }
}

/// Model type names as authors know them: a phrase for the parts of a
/// file, the RON name for the rest.
fn author_name(rust_name: &str) -> MsgArg {
    let noun = match rust_name {
        "PackInfo" => return "Pack".into(),
        "DateExercise" => return "Date".into(),
        "ChoiceOption" => "chk-noun-option",
        "OrderItem" => "chk-noun-ordering-item",
        "MatchPair" => "chk-noun-matching-pair",
        "NumericMistake" | "DateMistake" => "chk-noun-mistake",
        "ScenarioNode" => "chk-noun-scenario-node",
        "ScenarioChoice" => "chk-noun-scenario-choice",
        "ScaleLevel" => "chk-noun-scale-level",
        "ChecklistItem" => "chk-noun-checklist-item",
        "Term" => "chk-noun-glossary-term",
        "Gate" => "chk-noun-gate",
        "Level" => "chk-noun-level",
        "Case" => "chk-noun-case",
        other => return other.into(),
    };
    Msg::new(noun).into()
}

/// The allowed name closest to a misspelt one, if close enough.
fn closest<'a>(found: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let lower = found.to_lowercase();
    allowed
        .iter()
        .map(|a| (validate::edit_distance(&lower, &a.to_lowercase()), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4))
        .min()
        .map(|(_, a)| a)
}

/// A finding placed at `file:line:col`.
fn place(files: &[FileText], lines: &[LineIndex<'_>], finding: &Finding) -> Diagnostic {
    let (path, line, column) = position(
        files,
        lines,
        finding.file,
        &finding.path,
        finding.needle.as_deref(),
    );
    let mut msg = finding.message.clone();
    if let Some((file, other)) = &finding.related {
        let (p, l, c) = position(files, lines, *file, other, None);
        msg = msg!("chk-see-at", message = msg, place = format!("{p}:{l}:{c}"));
    }
    Diagnostic {
        path,
        line,
        column,
        severity: finding.severity,
        msg,
    }
}

fn position(
    files: &[FileText],
    lines: &[LineIndex<'_>],
    file: usize,
    path: &Path,
    needle: Option<&str>,
) -> (String, usize, usize) {
    let Some(f) = files.get(file) else {
        return (String::new(), 1, 1);
    };
    let (Some(tree), Some(index)) = (f.tree(), lines.get(file)) else {
        return (f.display.clone(), 1, 1);
    };
    let node = tree.locate(path);
    let mut offset = node.span.start;
    if let Some(found) = needle.and_then(|n| f.text.get(node.span.clone())?.find(n)) {
        offset += found;
    }
    let (line, col) = index.line_col(offset);
    (f.display.clone(), line, col)
}
