//! Finding things in the open packs: lessons, exercise prompts, glossary
//! terms and checklist items, in the learner's language, insensitive to
//! case and accents ("invencion" finds "invención"), each query word
//! matching the start of a word ("patente" finds "patenteável").
//!
//! The index is built once per language from the loaded packs and queried
//! as the learner types; a hit says where it is (pack, module or checklist,
//! step, item or term) and carries a snippet with the matched words marked.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::load::Pack;
use super::model::Step;

/// What a hit points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A lesson or an exercise: open the module at this step.
    Step {
        pack: String,
        module: String,
        step: String,
    },
    /// A glossary term: open the glossary there.
    Term { pack: String, term: String },
    /// A checklist item.
    Item {
        pack: String,
        checklist: String,
        item: String,
    },
}

/// The kind of text a hit was found in, for its label and its rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Term,
    Lesson,
    Exercise,
    Item,
}

/// One searchable text.
#[derive(Debug)]
struct Entry {
    place: Place,
    kind: Kind,
    /// The module's or checklist's title, to group hits under; empty for
    /// glossary terms.
    group: String,
    title: Folded,
    body: Folded,
}

/// A text, its folded form, and where each folded byte came from.
#[derive(Debug)]
struct Folded {
    original: String,
    folded: String,
    /// For each byte of `folded`, the byte range of the original character
    /// it came from.
    origin: Vec<Range<usize>>,
}

impl Folded {
    fn new(original: String) -> Self {
        let mut folded = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (at, c) in original.char_indices() {
            let from = at..at + c.len_utf8();
            for f in c.to_lowercase().flat_map(|l| l.nfd()) {
                if is_combining_mark(f) {
                    continue;
                }
                let before = folded.len();
                folded.push(f);
                origin.extend(std::iter::repeat_n(from.clone(), folded.len() - before));
            }
        }
        Self {
            original,
            folded,
            origin,
        }
    }

    /// The start of every word of the folded text that starts with `word`.
    fn word_starts<'s>(&'s self, word: &'s str) -> impl Iterator<Item = usize> + 's {
        self.folded.match_indices(word).filter_map(|(at, _)| {
            let starts_word = self.folded[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            starts_word.then_some(at)
        })
    }

    /// A byte range of the folded text as a range of the original.
    fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.origin.get(folded.start).map_or(0, |r| r.start);
        let end = folded
            .end
            .checked_sub(1)
            .and_then(|last| self.origin.get(last))
            .map_or(start, |r| r.end);
        start..end
    }
}

/// Case and accents folded away, as the index compares words.
pub fn fold(text: &str) -> String {
    Folded::new(text.to_owned()).folded
}

/// The words of a query, folded; none for blank text.
pub fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether a word of `folded` (folded text) starts with `word`.
pub fn starts_a_word(folded: &str, word: &str) -> bool {
    folded.match_indices(word).any(|(at, _)| {
        folded[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// A result: where, what it is called, and a snippet with the matched
/// words as byte ranges of `snippet`.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub place: Place,
    pub kind: Kind,
    /// The module or checklist it belongs to; empty for a glossary term.
    pub group: String,
    pub title: String,
    pub title_marks: Vec<Range<usize>>,
    pub snippet: String,
    pub snippet_marks: Vec<Range<usize>>,
    /// The whole text, for a term or an item opened in place.
    pub full: String,
    pub full_marks: Vec<Range<usize>>,
}

/// Every searchable text of some packs, in one language.
#[derive(Debug, Default)]
pub struct Index {
    entries: Vec<Entry>,
}

/// How much text a snippet shows around the first match, in characters.
const SNIPPET_CHARS: usize = 140;

impl Index {
    /// Index `packs` in `lang` (each text falls back to its pack's first
    /// language).
    pub fn build<'p>(packs: impl IntoIterator<Item = &'p Pack>, lang: &str) -> Self {
        let mut entries = Vec::new();
        for pack in packs {
            let fallback = pack.fallback_language();
            let t = |text: &super::Text| text.get(lang, fallback).to_owned();
            let pack_id = pack.info.id.to_string();
            for module in &pack.modules {
                let group = t(&module.title);
                for step in &module.steps {
                    let (kind, title, body) = match step {
                        Step::Lesson(l) => (Kind::Lesson, t(&l.title), plain(&t(&l.body))),
                        other => {
                            let prompt = other.prompt().map(&t).unwrap_or_default();
                            (Kind::Exercise, String::new(), plain(&prompt))
                        }
                    };
                    entries.push(Entry {
                        place: Place::Step {
                            pack: pack_id.clone(),
                            module: module.id.to_string(),
                            step: step.id().to_string(),
                        },
                        kind,
                        group: group.clone(),
                        title: Folded::new(title),
                        body: Folded::new(body),
                    });
                }
            }
            for term in &pack.glossary.terms {
                entries.push(Entry {
                    place: Place::Term {
                        pack: pack_id.clone(),
                        term: term.id.to_string(),
                    },
                    kind: Kind::Term,
                    group: String::new(),
                    title: Folded::new(plain(&t(&term.term))),
                    body: Folded::new(plain(&t(&term.definition))),
                });
            }
            for checklist in &pack.checklists {
                let group = t(&checklist.title);
                for item in checklist.dimensions.iter().flat_map(|d| &d.items) {
                    entries.push(Entry {
                        place: Place::Item {
                            pack: pack_id.clone(),
                            checklist: checklist.id.to_string(),
                            item: item.id.to_string(),
                        },
                        kind: Kind::Item,
                        group: group.clone(),
                        title: Folded::new(plain(&t(&item.text))),
                        body: Folded::new(plain(&t(&item.help))),
                    });
                }
            }
        }
        Self { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries where every word of `query` starts a word of the title
    /// or the text, best first, at most `limit`. Terms whose name matches
    /// come first, then titles, then texts; within a rank, the order of the
    /// packs.
    pub fn query(&self, query: &str, limit: usize) -> Vec<Hit> {
        let words = query_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<(u32, usize, Hit)> = Vec::new();
        for (n, entry) in self.entries.iter().enumerate() {
            let mut title_marks = Vec::new();
            let mut body_marks = Vec::new();
            let mut in_title = 0;
            let all = words.iter().all(|word| {
                let t: Vec<usize> = entry.title.word_starts(word).collect();
                let b: Vec<usize> = entry.body.word_starts(word).collect();
                if !t.is_empty() {
                    in_title += 1;
                }
                title_marks.extend(
                    t.iter()
                        .map(|&at| entry.title.original_range(at..at + word.len())),
                );
                body_marks.extend(
                    b.iter()
                        .map(|&at| entry.body.original_range(at..at + word.len())),
                );
                !t.is_empty() || !b.is_empty()
            });
            if !all {
                continue;
            }
            // Lower is better: a term by its name, then any title, then text.
            let rank = match (entry.kind, in_title == words.len()) {
                (Kind::Term, true) => 0,
                (_, true) => 1,
                _ if in_title > 0 => 2,
                _ => 3,
            };
            body_marks.sort_by_key(|r| r.start);
            let full_marks = body_marks.clone();
            let (snippet, snippet_marks) = snippet(&entry.body.original, body_marks);
            title_marks.sort_by_key(|r| r.start);
            found.push((
                rank,
                n,
                Hit {
                    place: entry.place.clone(),
                    kind: entry.kind,
                    group: entry.group.clone(),
                    title: entry.title.original.clone(),
                    title_marks,
                    snippet,
                    snippet_marks,
                    full: entry.body.original.clone(),
                    full_marks,
                },
            ));
        }
        found.sort_by_key(|(rank, n, _)| (*rank, *n));
        found.into_iter().take(limit).map(|(_, _, h)| h).collect()
    }
}

/// Up to [`SNIPPET_CHARS`] characters of `text` around its first mark,
/// cut at word boundaries, with the marks that fall inside it.
fn snippet(text: &str, mut marks: Vec<Range<usize>>) -> (String, Vec<Range<usize>>) {
    marks.sort_by_key(|r| r.start);
    let first = marks.first().map_or(0, |r| r.start);
    // Start a few words before the first mark.
    let mut start = text[..first]
        .char_indices()
        .rev()
        .nth(SNIPPET_CHARS / 3)
        .map_or(0, |(at, _)| at);
    if start > 0 {
        start = text[start..]
            .find(char::is_whitespace)
            .map_or(start, |ws| start + ws + 1);
    }
    let mut end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(at, _)| start + at);
    if end < text.len() {
        end = text[..end]
            .rfind(char::is_whitespace)
            .filter(|&e| e > first)
            .unwrap_or(end);
    }
    let lead = if start > 0 { "… " } else { "" };
    let tail = if end < text.len() { " …" } else { "" };
    let out = format!("{lead}{}{tail}", text[start..end].trim_end());
    let shift = lead.len();
    let kept = marks
        .into_iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start + shift..r.end - start + shift)
        .filter(|r| r.end <= out.len())
        .collect();
    (out, kept)
}

/// Markdown as the words a reader sees: link targets, emphasis markers and
/// table pipes gone, one line per paragraph or cell.
fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell,
            ) => {
                out.push(' ');
            }
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_case_and_accents() {
        assert_eq!(
            fold("Invención PATENTEÁVEL Ñandú ção"),
            "invencion patenteavel nandu cao"
        );
    }

    #[test]
    fn a_word_matches_the_start_of_words_and_maps_back_to_the_original() {
        let f = Folded::new("Una invención patenteável, no-invención.".to_owned());
        let starts: Vec<usize> = f.word_starts("invencion").collect();
        assert_eq!(starts.len(), 2);
        let r = f.original_range(starts[0]..starts[0] + "invencion".len());
        assert_eq!(&f.original[r], "invención");
        let p: Vec<usize> = f.word_starts("patente").collect();
        let r = f.original_range(p[0]..p[0] + "patente".len());
        assert_eq!(&f.original[r], "patente", "the prefix of patenteável");
        assert_eq!(f.word_starts("vencion").count(), 0, "not inside a word");
    }

    #[test]
    fn markdown_becomes_the_words_a_reader_sees() {
        assert_eq!(
            plain(
                "A **patent** ([LPI art. 10](source:lpi)).\n\n| a | b |\n|---|---|\n| x | [term](glossary:t) |"
            ),
            "A patent (LPI art. 10). a b x term"
        );
    }

    #[test]
    fn snippets_keep_the_marks_in_place() {
        let text = "word ".repeat(80) + "invención " + &"more ".repeat(80);
        let at = text.find("invención").expect("there");
        let mark = at..at + "invención".len();
        let (s, marks) = snippet(&text, std::iter::once(mark).collect());
        assert!(s.starts_with("… ") && s.ends_with(" …"), "{s}");
        assert_eq!(&s[marks[0].clone()], "invención");
        assert!(s.chars().count() <= SNIPPET_CHARS + 4);
    }

    fn shipped() -> Pack {
        super::super::load(&super::super::source::embedded())
            .pack
            .expect("the shipped pack")
    }

    #[test]
    fn the_shipped_pack_answers_without_accents_in_every_language() {
        let pack = shipped();
        let es = Index::build([&pack], "es");
        let hits = es.query("invencion", 50);
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| {
            h.title_marks
                .iter()
                .map(|r| &h.title[r.clone()])
                .chain(h.snippet_marks.iter().map(|r| &h.snippet[r.clone()]))
                .all(|m| fold(m) == "invencion")
        }));
        let pt = Index::build([&pack], "pt");
        assert!(pt.query("patente", 200).iter().any(|h| {
            h.snippet_marks
                .iter()
                .any(|r| h.snippet[r.clone()].to_lowercase() == "patente")
        }));
        // A glossary term found by its name comes first.
        let en = Index::build([&pack], "en");
        let hits = en.query("grace period", 10);
        assert!(
            matches!(hits[0].place, Place::Term { ref term, .. } if term == "grace-period"),
            "{:?}",
            hits[0]
        );
        // Every word must match; nothing matches nonsense.
        assert!(en.query("grace xyzzyq", 10).is_empty());
        assert!(en.query("  ", 10).is_empty());
    }

    #[test]
    fn checklist_items_and_prompts_are_found_with_their_place() {
        let pack = shipped();
        let en = Index::build([&pack], "en");
        let hits = en.query("ethics committee", 100);
        assert!(hits.iter().any(|h| matches!(&h.place, Place::Item { checklist, .. } if checklist == "health-tech-readiness")));
        assert!(
            hits.iter()
                .any(|h| h.kind == Kind::Exercise || h.kind == Kind::Lesson)
        );
        for h in &hits {
            if let Place::Step { module, .. } = &h.place {
                assert!(pack.module(module).is_some());
                assert!(!h.group.is_empty(), "grouped by module");
            }
        }
    }
}
