//! The interface speaks English, Spanish and Portuguese from the Fluent
//! files, with the same messages in each, and screens hold no text of their
//! own.

use std::collections::BTreeSet;
use std::fs;

fn ids(lang: &str) -> BTreeSet<String> {
    let text = fs::read_to_string(format!("assets/i18n/{lang}/main.ftl")).expect("the file exists");
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
        .collect()
}

#[test]
fn every_language_has_exactly_the_same_messages() {
    let en = ids("en");
    assert!(en.len() > 100, "the English file is read");
    for lang in ["es", "pt"] {
        let other = ids(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has ids English does not: {extra:?}"
        );
    }
}

fn ui_sources() -> Vec<(String, String)> {
    fs::read_dir("src/ui")
        .expect("src/ui")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| {
            let text = fs::read_to_string(&p).expect("read");
            // Unit tests at the end of a file are not screens.
            let code = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .to_owned();
            (p.display().to_string(), code)
        })
        .collect()
}

/// String literals in code, skipping comments.
fn literals(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or_default();
        let mut rest = line;
        while let Some(start) = rest.find('"') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            out.push((n + 1, after[..end].to_owned()));
            rest = &after[end + 1..];
        }
    }
    out
}

#[test]
fn every_message_a_screen_asks_for_exists() {
    let en = ids("en");
    let mut asked = BTreeSet::new();
    for (path, code) in ui_sources() {
        for marker in ["tr!(", ".t(\""] {
            for (i, _) in code.match_indices(marker) {
                let tail = &code[i..];
                if let Some(start) = tail.find('"') {
                    let id: String = tail[start + 1..]
                        .chars()
                        .take_while(|c| *c != '"')
                        .collect();
                    if id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && !id.is_empty()
                    {
                        assert!(
                            en.contains(&id),
                            "{path} asks for {id:?}, which en/main.ftl lacks"
                        );
                        asked.insert(id);
                    }
                }
            }
        }
    }
    assert!(
        asked.len() > 100,
        "screens use the messages ({} found)",
        asked.len()
    );
}

#[test]
fn screens_hold_no_text_of_their_own() {
    let mut found = Vec::new();
    for (path, code) in ui_sources() {
        // measure.rs prints a line for scripts, not for people.
        if path.ends_with("measure.rs") {
            continue;
        }
        for (line, literal) in literals(&code) {
            // Two words in a row, as a sentence or a label has, once
            // format placeholders such as {name} are left out.
            let mut bare = String::new();
            let mut depth = 0;
            for c in literal.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => bare.push(c),
                    _ => {}
                }
            }
            let words = bare
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() >= 2)
                .count();
            let is_format_only = literal
                .chars()
                .all(|c| !c.is_alphabetic() || c == '{' || c == '}');
            let looks_like_id = literal
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_:.".contains(c));
            if words >= 2 && bare.contains(' ') && !is_format_only && !looks_like_id {
                found.push(format!("{path}:{line}: {literal:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "put these in assets/i18n/*/main.ftl:\n{}",
        found.join("\n")
    );
}
