//! Markdown in content: its `glossary:`, `module:` and `source:` links, how
//! deep it nests, and which links may open in a browser.

use super::*;

impl<'a> Checker<'a> {
    /// Glossary, module and web links inside Markdown, and how deep its
    /// lists and quotes nest.
    pub(super) fn links(&mut self, path: Path, markdown: &str) {
        let depth = markdown_depth(markdown);
        if depth > MAX_MARKDOWN_DEPTH {
            self.error(
                path.clone(),
                msg!(
                    "chk-markdown-too-deep",
                    depth = depth,
                    max = MAX_MARKDOWN_DEPTH
                ),
            );
        }
        if !markdown.contains("](") && !markdown.contains("]:") && !markdown.contains('<') {
            return;
        }
        use pulldown_cmark::{Event, Parser, Tag};
        for event in Parser::new(markdown) {
            let Event::Start(Tag::Link { dest_url, .. }) = event else {
                continue;
            };
            let target = dest_url.as_ref();
            let (scheme, rest) = target.split_once(':').unwrap_or(("", target));
            let scheme = scheme.to_ascii_lowercase();
            let problem = match scheme.as_str() {
                "glossary" if !self.term_ids.contains(rest) && !self.unreadable_glossary => Some((
                    Severity::Error,
                    msg!(
                        "chk-link-glossary",
                        id = rest,
                        hint = if self.saturated("chk-link-glossary") {
                            None
                        } else {
                            suggest(rest, self.term_ids.iter().copied())
                        }
                    ),
                )),
                "module" if self.unknown_module(rest) => Some((
                    Severity::Error,
                    msg!(
                        "chk-link-module",
                        id = rest,
                        hint = if self.saturated("chk-link-module") {
                            None
                        } else {
                            suggest(rest, self.module_ids.iter().copied())
                        }
                    ),
                )),
                "source" if !self.source_ids.contains(rest) => Some((
                    Severity::Error,
                    msg!(
                        "chk-link-source",
                        id = rest,
                        hint = if self.saturated("chk-link-source") {
                            None
                        } else {
                            suggest(rest, self.source_ids.iter().copied())
                        }
                    ),
                )),
                "glossary" | "module" | "source" => None,
                _ if opens_in_browser(target) => None,
                "http" | "https" => Some((
                    Severity::Error,
                    msg!("chk-link-web-malformed", target = target),
                )),
                "" => Some((Severity::Error, msg!("chk-link-file", target = target))),
                other => Some((Severity::Error, msg!("chk-link-unknown", scheme = other))),
            };
            if let Some((severity, message)) = problem {
                self.emit(Finding {
                    file: self.file,
                    path: path.clone(),
                    severity,
                    message,
                    needle: Some(target.to_owned()),
                    related: None,
                });
            }
        }
    }
}

/// How deep lists, quotes and other blocks may nest in a text. Teaching
/// text needs two or three levels; a few kilobytes of `- - - - …` nested
/// thousands deep would make the window lay out millions of boxes.
pub const MAX_MARKDOWN_DEPTH: usize = 8;

/// The deepest nesting of blocks (lists, items, quotes) in `markdown`.
/// Cheap for text without list or quote markers, which is most of it.
pub fn markdown_depth(markdown: &str) -> usize {
    use pulldown_cmark::{Event, Parser, Tag};
    if !markdown.contains(['-', '*', '+', '>']) && !markdown.contains(". ") {
        return 0;
    }
    let (mut depth, mut deepest) = (0usize, 0usize);
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Event::End(pulldown_cmark::TagEnd::List(_) | pulldown_cmark::TagEnd::BlockQuote(_)) => {
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    deepest
}

/// Whether a link target may be handed to the system's browser: an
/// `http:` or `https:` address with a host, and nothing that could make a
/// browser or the system do something else (no spaces, quotes or control
/// characters). Every other scheme (`file:`, `smb:`, `javascript:`,
/// `mailto:`…) stays inside Puente.
pub fn opens_in_browser(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && !host.starts_with('@')
        && target.chars().all(|c| {
            !c.is_control() && !c.is_whitespace() && !matches!(c, '"' | '<' | '>' | '`' | '\\')
        })
}
