//! GIFT's text formats (Moodle's auto-format, plain, HTML, Markdown) as
//! the Markdown a module holds.

use super::unhide;

/// The text formats GIFT names in brackets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Format {
    /// Moodle's "auto-format" (the default), plain text, or HTML.
    Moodle,
    Plain,
    Html,
    Markdown,
}

/// `[html]…` → (Some(Html), "…"); no marker → (None, text).
pub(super) fn marked_format(text: &str) -> (Option<Format>, &str) {
    let trimmed = text.trim_start();
    for (marker, format) in [
        ("[html]", Format::Html),
        ("[markdown]", Format::Markdown),
        ("[plain]", Format::Plain),
        ("[moodle]", Format::Moodle),
    ] {
        if let Some(rest) = trimmed.strip_prefix(marker) {
            return (Some(format), rest);
        }
    }
    (None, text)
}

/// A question's text format: its marker, else Moodle's auto-format.
pub(super) fn text_format(text: &str) -> (Format, String) {
    let (format, text) = marked_format(text);
    (format.unwrap_or(Format::Moodle), text.to_owned())
}

/// An answer's or feedback's text: its own format marker, else the
/// question's.
pub(super) fn markdown_of(default: Format, text: &str) -> String {
    let (format, text) = marked_format(text.trim());
    to_markdown(format.unwrap_or(default), text)
}

pub(super) fn nonempty(format: Format, text: &str) -> Option<String> {
    let text = markdown_of(format, text);
    (!text.is_empty()).then_some(text)
}

pub(super) fn to_markdown(format: Format, text: &str) -> String {
    let text = unhide(text.trim());
    match format {
        Format::Markdown => text,
        Format::Html => html_to_markdown(&text),
        Format::Moodle if text.contains('<') && text.contains('>') => html_to_markdown(&text),
        Format::Moodle | Format::Plain => escape_markdown(&text),
    }
}

/// Plain text shown as Markdown: the characters Markdown would take as
/// formatting are escaped.
pub(super) fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The HTML questions carry, as Markdown: bold, italics, line breaks,
/// paragraphs and list items kept; other tags dropped; entities decoded.
pub(super) fn html_to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&escape_markdown(&decode_entities(&rest[..at])));
        let Some(end) = rest[at..].find('>') else {
            out.push_str(&escape_markdown(&decode_entities(&rest[at..])));
            rest = "";
            break;
        };
        let tag = rest[at + 1..at + end].trim().to_ascii_lowercase();
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        match name {
            "b" | "strong" => out.push_str("**"),
            "i" | "em" => out.push('*'),
            "br" => out.push_str("  \n"),
            "p" | "div" if tag.starts_with('/') => out.push_str("\n\n"),
            "li" if !tag.starts_with('/') => out.push_str("\n- "),
            "ul" | "ol" if tag.starts_with('/') => out.push_str("\n\n"),
            _ => {}
        }
        rest = &rest[at + end + 1..];
    }
    out.push_str(&escape_markdown(&decode_entities(rest)));
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    lines.join("\n").trim().replace("\n\n\n", "\n\n")
}

pub(super) fn decode_entities(text: &str) -> String {
    text.replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
