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
use super::source::{MAX_FILE_BYTES, PackSource};
use super::tree::{self, LineIndex, Node, Path};
use super::validate::{self, Draft, Finding};

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

    let has_manifest = source.files.iter().any(|f| f.rel == "pack.ron")
        || source.problems.iter().any(|d| d.path.ends_with("pack.ron"));
    if !has_manifest {
        diagnostics.push(Diagnostic::error(
            source.display_path("pack.ron"),
            1,
            1,
            "this folder has no pack.ron: a pack folder holds pack.ron, modules/ and \
             checklists/ (see docs/content-format.md)",
        ));
    }

    // pack.ron first, so an unsupported format stops before the rest is misread.
    let mut order: Vec<_> = source.files.iter().collect();
    order.sort_by_key(|f| (f.rel != "pack.ron", f.rel.clone()));
    for file in order {
        let display = source.display_path(&file.rel);
        let role = Role::of(&file.rel);
        if let Role::Stray(why) = role {
            diagnostics.push(Diagnostic::warning(display, 1, 1, why));
            continue;
        }
        let text = match decode(&file.bytes, role.expected()) {
            Ok(text) => text,
            Err((line, column, message)) => {
                diagnostics.push(Diagnostic::error(display, line, column, message));
                continue;
            }
        };
        let tree = OnceCell::new();
        if role == Role::Pack
            && let Some(problem) =
                unsupported_format(&text, tree.get_or_init(|| tree::parse(&text).ok()).as_ref())
        {
            diagnostics.push(Diagnostic::error(display, problem.0, problem.1, problem.2));
            diagnostics.sort_by(order_key);
            return Loaded {
                pack: None,
                diagnostics,
            };
        }
        let index = files.len();
        let parsed = match role {
            Role::Pack => parse_into(&text, role, |v| info = Some((index, v))),
            Role::Glossary => parse_into(&text, role, |v| glossary = Some((index, v))),
            Role::Module => parse_into(&text, role, |v| modules.push((index, v))),
            Role::Checklist => parse_into(&text, role, |v| checklists.push((index, v))),
            Role::Stray(_) => Ok(()),
        };
        if let Err((line, column, mut message)) = parsed {
            // A file that ends inside an open bracket or string was likely cut short.
            let cut_short =
                matches!(tree::parse(&text), Err(e) if e.offset >= text.trim_end().len());
            if cut_short && !message.contains("ends too early") {
                message.push_str(
                    "; also, the file ends before its brackets are closed — was it cut short?",
                );
            }
            diagnostics.push(Diagnostic::error(display.clone(), line, column, message));
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
            "the pack has no modules and no checklists: add modules/*.ron or checklists/*.ron",
        ));
    }

    let draft = Draft {
        info: info.as_ref().map(|(i, v)| (*i, v)),
        modules: modules.iter().map(|(i, m)| (*i, m)).collect(),
        checklists: checklists.iter().map(|(i, c)| (*i, c)).collect(),
        glossary: glossary.as_ref().map(|(i, g)| (*i, g)),
    };
    let findings = validate::validate(&draft);
    if !findings.is_empty() {
        let lines: Vec<LineIndex<'_>> = files.iter().map(|f| LineIndex::new(&f.text)).collect();
        for finding in &findings {
            diagnostics.push(place(&files, &lines, finding));
        }
    }
    diagnostics.sort_by(order_key);
    diagnostics.dedup();

    let pack = info.map(|(_, info)| Pack {
        root: source.root.clone(),
        info,
        modules: modules.into_iter().map(|(_, m)| m).collect(),
        checklists: checklists.into_iter().map(|(_, c)| c).collect(),
        glossary: glossary.map(|(_, g)| g).unwrap_or_default(),
    });
    Loaded { pack, diagnostics }
}

fn order_key(a: &Diagnostic, b: &Diagnostic) -> std::cmp::Ordering {
    (&a.path, a.line, a.column, a.severity, &a.message)
        .cmp(&(&b.path, b.line, b.column, b.severity, &b.message))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Pack,
    Glossary,
    Module,
    Checklist,
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
                Self::Stray("not a .ron file, so it is not read; content files end in .ron")
            }
            _ if !rel.ends_with(".ron") => {
                Self::Stray("this file is not part of the pack format and is not read")
            }
            _ => Self::Stray(
                "this .ron file is not read: modules go in modules/, checklists in \
                 checklists/, terms in glossary.ron",
            ),
        }
    }

    /// What the file holds, as authors write it.
    fn expected(self) -> &'static str {
        match self {
            Self::Pack => "one Pack(…)",
            Self::Glossary => "one Glossary(terms: […])",
            Self::Module => "one Module(…)",
            Self::Checklist => "one Checklist(…)",
            Self::Stray(_) => "",
        }
    }
}

/// Bytes to text, or `(line, col, message)`.
fn decode(bytes: &[u8], expected: &str) -> Result<String, (usize, usize, String)> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err((
            1,
            1,
            format!(
                "the file is {:.1} MB; a content file may be at most {} MB — split it",
                bytes.len() as f64 / 1_000_000.0,
                MAX_FILE_BYTES / 1024 / 1024
            ),
        ));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let before = String::from_utf8_lossy(&bytes[..at]);
        let (line, col) = LineIndex::new(&before).line_col(before.len());
        return Err((
            line,
            col,
            "this looks like a binary file, not RON text (it holds a zero byte); \
             is it the right file?"
                .to_owned(),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            let (line, col) = LineIndex::new(good).line_col(good.len());
            return Err((
                line,
                col,
                "the file is not UTF-8 text (an invalid byte is here); save it as UTF-8 in \
                 your editor"
                    .to_owned(),
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err((
            1,
            1,
            format!("the file is empty; it should hold {expected}"),
        ));
    }
    Ok(text.to_owned())
}

/// `format: N` with N not supported: `(line, col, message)`.
fn unsupported_format(text: &str, tree: Option<&Node>) -> Option<(usize, usize, String)> {
    let node = tree?.field("format")?;
    let written = text.get(node.span.clone())?.trim();
    if written == FORMAT.to_string() {
        return None;
    }
    let (line, col) = LineIndex::new(text).line_col(node.span.start);
    Some((
        line,
        col,
        format!(
            "unsupported content format {written}: this version of Puente reads format \
             {FORMAT} — use a Puente that reads format {written}, or write the pack in \
             format {FORMAT} (docs/content-format.md)"
        ),
    ))
}

fn parse_into<T: serde::de::DeserializeOwned>(
    text: &str,
    role: Role,
    keep: impl FnOnce(T),
) -> Result<(), (usize, usize, String)> {
    match ron_options().from_str::<T>(text) {
        Ok(value) => {
            keep(value);
            Ok(())
        }
        Err(e) => {
            let (line, col) = skip_blank(text, e.span.start.line, e.span.start.col);
            Err((line, col, ron_message(&e.code, role)))
        }
    }
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
fn ron_message(code: &ron::Error, role: Role) -> String {
    use ron::Error as E;
    let list = |names: &[&str]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let inside = |outer: &Option<String>| match outer.as_deref() {
        Some(o) if !o.is_empty() => format!(" in {}", author_name(o)),
        _ => String::new(),
    };
    match code {
        E::Eof => "the file ends too early: a bracket, parenthesis or quote is not closed, or \
                   the file was cut short"
            .to_owned(),
        E::ExpectedComma => "expected a comma `,` between two values".to_owned(),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let hint = closest(found, expected)
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default();
            format!(
                "unknown field `{found}`{}; {hint}the fields allowed here are {}",
                inside(outer),
                list(expected)
            )
        }
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}`{}; add it (docs/content-format.md lists every field)",
            inside(outer)
        ),
        E::DuplicateStructField { field, outer } => {
            format!(
                "the field `{field}` is written twice{}; keep one",
                inside(outer)
            )
        }
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let hint = closest(found, expected)
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default();
            let what = match outer.as_deref() {
                Some("Step") => "step kind",
                Some("Outcome") => "outcome",
                _ => "name",
            };
            format!(
                "unknown {what} `{found}`; {hint}expected one of {}",
                list(expected)
            )
        }
        E::ExpectedDifferentStructName { expected, found } => format!(
            "this file should hold {}, not `{found}(…)`",
            match author_name(expected).as_str() {
                "Pack" | "Module" | "Checklist" | "Glossary" => role.expected().to_owned(),
                other => format!("`{other}(…)`"),
            }
        ),
        E::InvalidValueForType { expected, found } => {
            format!("expected {expected}, but found {found}")
        }
        E::ExpectedString | E::ExpectedStringEnd => "expected a text in double quotes".to_owned(),
        E::ExpectedInteger | E::IntegerOutOfBounds => {
            "expected a whole number (0 or more, no decimal point)".to_owned()
        }
        E::ExpectedFloat => "expected a number".to_owned(),
        E::ExpectedBoolean => "expected `true` or `false`".to_owned(),
        E::ExpectedArray => "expected a list in square brackets `[…]`".to_owned(),
        E::ExpectedArrayEnd => "expected `,` or the closing `]` of the list".to_owned(),
        E::ExpectedMap => "expected a map in braces `{…}`".to_owned(),
        E::ExpectedMapEnd => "expected `,` or the closing `}` of the map".to_owned(),
        E::ExpectedMapColon => "expected `:` between a key and its value".to_owned(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "expected an opening parenthesis `(`".to_owned()
        }
        E::ExpectedStructLikeEnd | E::ExpectedOptionEnd => {
            "expected `,` or the closing parenthesis `)`".to_owned()
        }
        E::ExpectedIdentifier => "expected a field name".to_owned(),
        E::ExceededRecursionLimit => "values are nested too deeply; content never needs more \
                                      than a few levels — is this the right file?"
            .to_owned(),
        E::TrailingCharacters => format!(
            "unexpected text after the end of the file's value; a file holds {}",
            role.expected()
        ),
        E::UnexpectedChar(c) => format!("unexpected character {c:?}"),
        E::UnclosedBlockComment => "a /* comment is never closed with */".to_owned(),
        E::Message(m) => m.clone(),
        other => other.to_string(),
    }
}

/// Model type names as authors know them.
fn author_name(rust_name: &str) -> String {
    match rust_name {
        "PackInfo" => "Pack".to_owned(),
        "ChoiceOption" => "an option".to_owned(),
        "OrderItem" => "an ordering item".to_owned(),
        "MatchPair" => "a matching pair".to_owned(),
        "NumericMistake" | "DateMistake" => "a mistake".to_owned(),
        "ScenarioNode" => "a scenario node".to_owned(),
        "ScenarioChoice" => "a scenario choice".to_owned(),
        "ScaleLevel" => "a scale level".to_owned(),
        "ChecklistItem" => "a checklist item".to_owned(),
        "Term" => "a glossary term".to_owned(),
        "DateExercise" => "Date".to_owned(),
        other => other.to_owned(),
    }
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
    let mut message = finding.message.clone();
    if let Some((file, other)) = &finding.related {
        let (p, l, c) = position(files, lines, *file, other, None);
        message.push_str(&format!(" (see {p}:{l}:{c})"));
    }
    Diagnostic {
        path,
        line,
        column,
        severity: finding.severity,
        message,
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
