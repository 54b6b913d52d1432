//! The glossary terms a lesson links to (`[text](glossary:term-id)`), in
//! any of its languages.

use std::collections::HashMap;

use crate::content::Pack;
use crate::content::model::Step;

/// The term ids `markdown` links to, in order, each once.
pub fn glossary_links(markdown: &str) -> Vec<String> {
    let mut found = Vec::new();
    if !markdown.contains("glossary:") {
        return found;
    }
    use pulldown_cmark::{Event, Parser, Tag};
    for event in Parser::new(markdown) {
        let Event::Start(Tag::Link { dest_url, .. }) = event else {
            continue;
        };
        if let Some(id) = dest_url.strip_prefix("glossary:")
            && !found.iter().any(|f| f == id)
        {
            found.push(id.to_owned());
        }
    }
    found
}

/// Each lesson's terms, read once per queue.
#[derive(Default)]
pub struct LessonTerms {
    read: HashMap<(String, String, String), Vec<String>>,
}

impl LessonTerms {
    /// The terms of a lesson of `pack` (none for another kind of step, or
    /// one the pack no longer has).
    pub(super) fn of(&mut self, pack: &Pack, module: &str, step: &str) -> &[String] {
        let key = (
            pack.info.id.as_str().to_owned(),
            module.to_owned(),
            step.to_owned(),
        );
        self.read.entry(key).or_insert_with(|| {
            let Some(Step::Lesson(lesson)) = pack
                .module(module)
                .and_then(|m| m.steps.iter().find(|s| s.id().as_str() == step))
            else {
                return Vec::new();
            };
            let mut terms = Vec::new();
            for (_, text) in lesson.body.variants() {
                for id in glossary_links(text) {
                    if !terms.contains(&id) {
                        terms.push(id);
                    }
                }
            }
            terms
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_terms_are_found_once_each() {
        let md = "A [patent](glossary:patent) and a [licence](glossary:licence), \
                  a [patent](glossary:patent) again, a [module](module:m).";
        assert_eq!(glossary_links(md), ["patent", "licence"]);
        assert!(glossary_links("no links").is_empty());
    }
}
