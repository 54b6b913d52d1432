//! Markdown from content, with glossary and module links that act inside
//! the app instead of opening a browser.

use egui_commonmark::{CommonMarkCache, CommonMarkViewer};

/// What a click on a special link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkClick {
    Term(String),
    Module(String),
    /// A citation: the id of one of the module's sources.
    Source(String),
}

/// Renders Markdown; keeps egui_commonmark's cache between frames.
#[derive(Default)]
pub struct Markdown {
    cache: CommonMarkCache,
    /// Whether a text (by hash) nests too deep to lay out as Markdown.
    too_deep: std::collections::HashMap<u64, bool>,
}

impl Markdown {
    /// Show `text`; returns the glossary or module link clicked this frame.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        id: impl egui::AsIdSalt,
        text: &str,
    ) -> Option<LinkClick> {
        // A pack the checker refused never gets here, but nothing else
        // guards the window: a text nested thousands deep is shown plain.
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            text.hash(&mut h);
            h.finish()
        };
        let too_deep = *self.too_deep.entry(key).or_insert_with(|| {
            crate::content::validate::markdown_depth(text)
                > crate::content::validate::MAX_MARKDOWN_DEPTH
        });
        if too_deep {
            ui.push_id(id, |ui| ui.label(text));
            return None;
        }
        let links = special_links(text);
        for link in &links {
            self.cache.add_link_hook(link.clone());
        }
        // Tables too wide for the column become lists, so nothing is cut
        // off or hidden behind a sideways scroll on a small screen.
        let body = ui
            .style()
            .text_styles
            .get(&egui::TextStyle::Body)
            .map_or(16.0, |f| f.size);
        let max_chars = (ui.available_width() / (body * 0.58)).max(20.0) as usize;
        let text = fit_tables(text, max_chars);
        ui.push_id(id, |ui| {
            CommonMarkViewer::new().show(ui, &mut self.cache, &text);
        });
        let clicked = links
            .iter()
            .find(|l| self.cache.get_link_hook(l) == Some(true))
            .cloned();
        clicked.and_then(|l| {
            let (scheme, id) = l.split_once(':')?;
            let id = id.to_owned();
            match scheme {
                "glossary" => Some(LinkClick::Term(id)),
                "module" => Some(LinkClick::Module(id)),
                "source" => Some(LinkClick::Source(id)),
                _ => None,
            }
        })
    }
}

/// What a reader sees of a Markdown cell: link text without its target,
/// no emphasis markers.
fn visible_len(cell: &str) -> usize {
    let mut out = 0;
    let mut chars = cell.chars().peekable();
    let mut in_target = false;
    while let Some(c) = chars.next() {
        match c {
            ']' if chars.peek() == Some(&'(') => {
                in_target = true;
                chars.next();
            }
            ')' if in_target => in_target = false,
            '*' | '[' | '`' => {}
            _ if in_target => {}
            _ => out += 1,
        }
    }
    out
}

/// The cells of a table row (`| a | b |`), trimmed; `\|` stays in a cell.
fn cells(row: &str) -> Vec<String> {
    let inner = row.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut out = vec![String::new()];
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                if let Some(s) = out.last_mut() {
                    s.push_str("\\|");
                }
                chars.next();
            }
            '|' => out.push(String::new()),
            _ => {
                if let Some(s) = out.last_mut() {
                    s.push(c);
                }
            }
        }
    }
    out.into_iter().map(|c| c.trim().to_owned()).collect()
}

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.contains("---") && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// Turn every table whose widest row is longer than `max_chars` into a
/// list: two columns read "**a**: b"; more columns name the header of each
/// value. Narrow tables stay tables.
pub fn fit_tables(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    if !text.contains("|") {
        return std::borrow::Cow::Borrowed(text);
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let starts_table = lines[i].trim_start().starts_with('|')
            && lines.get(i + 1).is_some_and(|l| is_separator(l));
        if !starts_table {
            out.push(lines[i].to_owned());
            i += 1;
            continue;
        }
        let header = cells(lines[i]);
        let mut end = i + 2;
        while end < lines.len() && lines[end].trim_start().starts_with('|') {
            end += 1;
        }
        let rows: Vec<Vec<String>> = lines[i + 2..end].iter().map(|l| cells(l)).collect();
        let width = std::iter::once(&header)
            .chain(&rows)
            .map(|r| r.iter().map(|c| visible_len(c) + 3).sum::<usize>())
            .max()
            .unwrap_or(0);
        if width <= max_chars {
            out.extend(lines[i..end].iter().map(|l| (*l).to_owned()));
        } else {
            changed = true;
            for row in &rows {
                let first = row.first().cloned().unwrap_or_default();
                let rest: Vec<String> = row
                    .iter()
                    .enumerate()
                    .skip(1)
                    .filter(|(_, c)| !c.is_empty())
                    .map(|(n, c)| {
                        if header.len() > 2 {
                            let h = header.get(n).map_or("", String::as_str);
                            format!("{h}: {c}")
                        } else {
                            c.clone()
                        }
                    })
                    .collect();
                // A link keeps its link style; plain text is set in bold.
                let lead = if first.starts_with("**") || first.contains("](") {
                    first
                } else {
                    format!("**{first}**")
                };
                out.push(format!("- {lead}: {}", rest.join(" · ")));
            }
        }
        i = end;
    }
    if !changed {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(out.join("\n"))
}

/// The link schemes that act inside the app.
const SCHEMES: [&str; 3] = ["glossary:", "module:", "source:"];

/// The `glossary:`, `module:` and `source:` link targets in a Markdown text.
fn special_links(text: &str) -> Vec<String> {
    if !SCHEMES.iter().any(|s| text.contains(s)) {
        return Vec::new();
    }
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new(text)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. })
                if SCHEMES.iter().any(|s| dest_url.starts_with(s)) =>
            {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .collect()
}

/// The source ids a Markdown text cites, each once, in the order first
/// cited.
pub fn cited_sources(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for link in special_links(text) {
        if let Some(id) = link.strip_prefix("source:")
            && !out.iter().any(|o| o == id)
        {
            out.push(id.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Attack C27: a few KB of `- - - … x` used to take gigabytes to lay
    /// out. Shown plain instead, it takes one label.
    #[test]
    fn text_nested_thousands_deep_is_shown_plain() {
        let deep = format!("{}x", "- ".repeat(3000));
        let ctx = egui::Context::default();
        let mut markdown = Markdown::default();
        for _ in 0..2 {
            ctx.run_ui(egui::RawInput::default(), |ui| {
                assert_eq!(markdown.show(ui, "deep", &deep), None);
            })
            .textures_delta
            .clear();
        }
        assert_eq!(
            markdown.too_deep.values().copied().collect::<Vec<_>>(),
            [true]
        );
        ctx.run_ui(egui::RawInput::default(), |ui| {
            markdown.show(ui, "flat", "- one\n  - two\n- three");
        })
        .textures_delta
        .clear();
        assert_eq!(markdown.too_deep.values().filter(|d| !**d).count(), 1);
    }

    #[test]
    fn finds_special_links_only() {
        let links =
            special_links("A [patent](glossary:patent), [B](module:b) and [W](https://wipo.int).");
        assert_eq!(
            links,
            vec!["glossary:patent".to_owned(), "module:b".to_owned()]
        );
        assert!(special_links("plain text").is_empty());
    }

    #[test]
    fn citations_are_listed_once_in_order() {
        let text = "Novelty ([LPI art. 11](source:lpi)); grace ([art. 12](source:lpi)), \
                    priority ([Paris](source:paris)) and a [term](glossary:novelty).";
        assert_eq!(cited_sources(text), ["lpi", "paris"]);
        assert!(cited_sources("No citation, [a term](glossary:x).").is_empty());
    }

    #[test]
    fn wide_tables_become_lists_and_narrow_ones_stay() {
        let md = "Intro\n\n| right | term |\n|---|---|\n| [Patent](glossary:patent) | 20 years from filing, not extendable |\n| Design | 5 years |\n\nAfter";
        assert_eq!(fit_tables(md, 200), md, "fits: unchanged");
        let listed = fit_tables(md, 30);
        assert_eq!(
            listed,
            "Intro\n\n- [Patent](glossary:patent): 20 years from filing, not extendable\n- **Design**: 5 years\n\nAfter"
        );
        let three = "| TRL | drug | device |\n|---|---|---|\n| 4 | lead candidate | prototype |";
        assert_eq!(
            fit_tables(three, 10),
            "- **4**: drug: lead candidate · device: prototype"
        );
        assert_eq!(visible_len("[PCT](glossary:pct) **18**"), 6);
        assert_eq!(
            cells("| a \\| b | c |"),
            vec!["a \\| b".to_owned(), "c".to_owned()]
        );
    }
}
