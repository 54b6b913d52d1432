//! Markdown from content, with glossary and module links that act inside
//! the app instead of opening a browser.

use std::collections::HashMap;

use egui_commonmark::{CommonMarkCache, CommonMarkViewer};

/// What a click on a special link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkClick {
    Term(String),
    Module(String),
    /// A citation: the id of one of the module's sources.
    Source(String),
}

/// Renders Markdown; keeps egui_commonmark's cache between frames, and
/// what it works out about each text, so that a text is read for its
/// links, depth and tables once, not at every frame: per frame only
/// egui_commonmark's own pass remains.
#[derive(Default)]
pub struct Markdown {
    cache: CommonMarkCache,
    /// What was worked out about each text, by its hash.
    prepared: HashMap<u64, Prepared>,
    /// Texts whose wide tables became lists, by (text hash, column width
    /// in characters); a text that fits is not kept here.
    fitted: HashMap<(u64, usize), String>,
    /// How many texts were read (tests: once each, however many frames).
    preparations: usize,
}

/// What one text needs beyond egui_commonmark's own pass.
struct Prepared {
    /// Nested too deep to lay out as Markdown: shown plain.
    too_deep: bool,
    /// Its `glossary:`, `module:` and `source:` link targets.
    links: Vec<String>,
    /// The source ids it cites, each once, in the order first cited.
    cited: Vec<String>,
    /// Whether it may hold a table (a `|`).
    tables: bool,
}

fn hash_of(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

impl Markdown {
    /// What `text` needs, worked out the first time it is met.
    fn prepared(&mut self, key: u64, text: &str) -> &Prepared {
        let Self {
            cache,
            prepared,
            preparations,
            ..
        } = self;
        prepared.entry(key).or_insert_with(|| {
            *preparations += 1;
            // A pack the checker refused never gets here, but nothing else
            // guards the window: a text nested thousands deep is shown plain.
            let too_deep = crate::content::validate::markdown_depth(text)
                > crate::content::validate::MAX_MARKDOWN_DEPTH;
            let links = if too_deep {
                Vec::new()
            } else {
                special_links(text)
            };
            for link in &links {
                cache.add_link_hook(link.clone());
            }
            Prepared {
                too_deep,
                cited: cited_in(&links),
                links,
                tables: text.contains('|'),
            }
        })
    }

    /// The source ids `text` cites, each once, in the order first cited.
    pub fn cited_sources(&mut self, text: &str) -> &[String] {
        &self.prepared(hash_of(text), text).cited
    }

    /// Show `text`; returns the glossary, module or source link clicked
    /// this frame.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        id: impl egui::AsIdSalt,
        text: &str,
    ) -> Option<LinkClick> {
        let key = hash_of(text);
        let prepared = self.prepared(key, text);
        if prepared.too_deep {
            ui.push_id(id, |ui| ui.label(text));
            return None;
        }
        let tables = prepared.tables;
        // Tables too wide for the column become lists, so nothing is cut
        // off or hidden behind a sideways scroll on a small screen.
        let body = ui
            .style()
            .text_styles
            .get(&egui::TextStyle::Body)
            .map_or(16.0, |f| f.size);
        let max_chars = (ui.available_width() / (body * 0.58)).max(20.0) as usize;
        if tables && !self.fitted.contains_key(&(key, max_chars)) {
            let fitted = fit_tables(text, max_chars);
            if let std::borrow::Cow::Owned(fitted) = fitted {
                self.fitted.insert((key, max_chars), fitted);
            }
        }
        let Self {
            cache,
            prepared,
            fitted,
            ..
        } = self;
        let shown = fitted.get(&(key, max_chars)).map_or(text, String::as_str);
        ui.scope_builder(egui::UiBuilder::new().id_salt(id), |ui| {
            // Read by a screen reader as paragraphs, not as runs.
            super::a11y::mark(ui);
            // egui_commonmark lays a link out aligned to the top of its
            // row, and egui's text to the centre: in a row made taller by
            // a list's marker or a bold run, a link rose like a superscript.
            ui.style_mut().override_text_valign = Some(egui::Align::TOP);
            CommonMarkViewer::new().show(ui, cache, shown);
        });
        let clicked = prepared
            .get(&key)?
            .links
            .iter()
            .find(|l| cache.get_link_hook(l) == Some(true))?;
        let (scheme, id) = clicked.split_once(':')?;
        let id = id.to_owned();
        match scheme {
            "glossary" => Some(LinkClick::Term(id)),
            "module" => Some(LinkClick::Module(id)),
            "source" => Some(LinkClick::Source(id)),
            _ => None,
        }
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
/// list whose items name the header of each value ("Right: **Patent** ·
/// How long: 20 years"). Narrow tables stay tables.
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
                // Every value keeps its column's header ("How long in
                // Mexico: 20 years"), which often says what it means.
                let named = |n: usize, c: &str| match header.get(n).map(|h| h.trim()) {
                    Some(h) if !h.is_empty() => format!("{h}: {c}"),
                    _ => c.to_owned(),
                };
                let rest: Vec<String> = row
                    .iter()
                    .enumerate()
                    .skip(1)
                    .filter(|(_, c)| !c.is_empty())
                    .map(|(n, c)| named(n, c))
                    .collect();
                // A link keeps its link style; plain text is set in bold.
                let lead = if first.starts_with("**") || first.contains("](") {
                    first
                } else {
                    format!("**{first}**")
                };
                let values: Vec<String> = std::iter::once(named(0, &lead)).chain(rest).collect();
                out.push(format!("- {}", values.join(" · ")));
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
    cited_in(&special_links(text))
}

/// The source ids among `links`, each once, in order.
fn cited_in(links: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for link in links {
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
            markdown
                .prepared
                .values()
                .map(|p| p.too_deep)
                .collect::<Vec<_>>(),
            [true]
        );
        ctx.run_ui(egui::RawInput::default(), |ui| {
            markdown.show(ui, "flat", "- one\n  - two\n- three");
        })
        .textures_delta
        .clear();
        assert_eq!(
            markdown.prepared.values().filter(|p| !p.too_deep).count(),
            1
        );
    }

    /// A lesson is read for its links, citations and tables once, however
    /// many frames show it; only egui_commonmark's own pass runs per frame.
    #[test]
    fn a_text_is_prepared_once_not_at_every_frame() {
        let lesson = "A [patent](glossary:patent) lasts 20 years ([LPI art. 23](source:lpi)).\n\n\
                      | right | term |\n|---|---|\n| [Patent](glossary:patent) | 20 years from filing, not extendable, whatever happens |\n";
        let ctx = egui::Context::default();
        let mut markdown = Markdown::default();
        for _ in 0..5 {
            ctx.run_ui(egui::RawInput::default(), |ui| {
                ui.set_max_width(200.0);
                assert_eq!(markdown.show(ui, "lesson", lesson), None);
                assert_eq!(markdown.cited_sources(lesson), ["lpi"]);
            })
            .textures_delta
            .clear();
        }
        assert_eq!(markdown.preparations, 1, "read once");
        assert_eq!(markdown.fitted.len(), 1, "the narrow column's list, kept");
        assert!(
            markdown
                .fitted
                .values()
                .all(|t| t.contains("- right: [Patent](glossary:patent) · term: 20 years")),
            "{:?}",
            markdown.fitted
        );
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
    fn a_table_without_headers_lists_its_values_alone() {
        let md = "| | |\n|---|---|\n| 0 | file the first application |";
        assert_eq!(fit_tables(md, 10), "- **0** · file the first application");
    }

    #[test]
    fn wide_tables_become_lists_and_narrow_ones_stay() {
        let md = "Intro\n\n| right | term |\n|---|---|\n| [Patent](glossary:patent) | 20 years from filing, not extendable |\n| Design | 5 years |\n\nAfter";
        assert_eq!(fit_tables(md, 200), md, "fits: unchanged");
        let listed = fit_tables(md, 30);
        assert_eq!(
            listed,
            "Intro\n\n- right: [Patent](glossary:patent) · term: 20 years from filing, not extendable\n- right: **Design** · term: 5 years\n\nAfter"
        );
        let three = "| TRL | drug | device |\n|---|---|---|\n| 4 | lead candidate | prototype |";
        assert_eq!(
            fit_tables(three, 10),
            "- TRL: **4** · drug: lead candidate · device: prototype",
            "every value keeps its header"
        );
        assert_eq!(visible_len("[PCT](glossary:pct) **18**"), 6);
        assert_eq!(
            cells("| a \\| b | c |"),
            vec!["a \\| b".to_owned(), "c".to_owned()]
        );
    }
}
