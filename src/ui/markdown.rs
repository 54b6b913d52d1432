//! Markdown from content, with glossary and module links that act inside
//! the app instead of opening a browser.

use egui_commonmark::{CommonMarkCache, CommonMarkViewer};

/// What a click on a special link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkClick {
    Term(String),
    Module(String),
}

/// Renders Markdown; keeps egui_commonmark's cache between frames.
#[derive(Default)]
pub struct Markdown {
    cache: CommonMarkCache,
}

impl Markdown {
    /// Show `text`; returns the glossary or module link clicked this frame.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        id: impl egui::AsIdSalt,
        text: &str,
    ) -> Option<LinkClick> {
        let links = special_links(text);
        for link in &links {
            self.cache.add_link_hook(link.clone());
        }
        ui.push_id(id, |ui| {
            CommonMarkViewer::new().show(ui, &mut self.cache, text);
        });
        let clicked = links
            .iter()
            .find(|l| self.cache.get_link_hook(l) == Some(true))
            .cloned();
        clicked.and_then(|l| {
            if let Some(term) = l.strip_prefix("glossary:") {
                Some(LinkClick::Term(term.to_owned()))
            } else {
                l.strip_prefix("module:")
                    .map(|m| LinkClick::Module(m.to_owned()))
            }
        })
    }
}

/// The `glossary:` and `module:` link targets in a Markdown text.
fn special_links(text: &str) -> Vec<String> {
    if !text.contains("glossary:") && !text.contains("module:") {
        return Vec::new();
    }
    use pulldown_cmark::{Event, Parser, Tag};
    Parser::new(text)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. })
                if dest_url.starts_with("glossary:") || dest_url.starts_with("module:") =>
            {
                Some(dest_url.into_string())
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
