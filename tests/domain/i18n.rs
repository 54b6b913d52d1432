//! The interface speaks English, Spanish and Portuguese from the Fluent
//! files, with the same messages in each, and screens hold no text of their
//! own.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

/// Every message of a language, from all its .ftl files: id → the
/// variables it uses.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in FILES {
        let text =
            fs::read_to_string(format!("assets/i18n/{lang}/{file}")).expect("the file exists");
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
                let Some((id, _)) = line.split_once(" =") else {
                    continue;
                };
                let id = id.trim().to_owned();
                assert!(
                    out.insert(id.clone(), BTreeSet::new()).is_none(),
                    "{lang}: {id} is defined twice"
                );
                current = Some(id);
            } else if !line.starts_with(' ') {
                current = None;
            }
            if let Some(vars) = current.as_ref().and_then(|id| out.get_mut(id)) {
                for (i, _) in line.match_indices('$') {
                    let name: String = line[i + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    vars.insert(name);
                }
            }
        }
    }
    out
}

/// The Fluent files of each language; the same names in every language.
const FILES: [&str; 4] = ["main.ftl", "check.ftl", "guide.ftl", "report.ftl"];

fn ids(lang: &str) -> BTreeSet<String> {
    messages(lang).into_keys().collect()
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
    sources("src/ui")
        .into_iter()
        .map(|(path, text)| {
            // Unit tests at the end of a file are not screens.
            let code = text
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .to_owned();
            (path, code)
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

/// Every message the code asks for by id exists: the screens' (`tr!`,
/// `.t("…")`) and those errors and notices carry from anywhere (`msg!`).
#[test]
fn every_message_a_screen_asks_for_exists() {
    let en = ids("en");
    let mut asked = BTreeSet::new();
    let code: Vec<(String, String)> = ui_sources()
        .into_iter()
        .chain(
            sources("src")
                .into_iter()
                .filter(|(p, _)| !p.contains("src/ui")),
        )
        .map(|(path, code)| {
            // Doc comments show the macros with made-up ids.
            let code = code
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            (path, code)
        })
        .collect();
    for (path, code) in code {
        for marker in ["tr!(", ".t(\"", "msg!("] {
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

#[test]
fn every_translation_uses_the_same_arguments() {
    let en = messages("en");
    for lang in ["es", "pt"] {
        for (id, vars) in messages(lang) {
            let Some(english) = en.get(&id) else { continue };
            assert_eq!(
                &vars, english,
                "{lang}/{id} uses other arguments than English"
            );
        }
    }
}

#[test]
fn every_file_of_a_language_is_there_and_nothing_else() {
    for lang in ["en", "es", "pt"] {
        let mut names: Vec<String> = fs::read_dir(format!("assets/i18n/{lang}"))
            .expect("the folder")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut expected: Vec<String> = FILES.iter().map(|f| (*f).to_owned()).collect();
        expected.sort();
        assert_eq!(names, expected, "assets/i18n/{lang}");
    }
}

/// Every .rs file under `dir`, with its path.
fn sources(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("a folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = fs::read_to_string(&path).expect("read");
                out.push((path.display().to_string(), text));
            }
        }
    }
    out
}

#[test]
fn every_checker_message_the_code_names_exists_and_every_one_is_used() {
    let en = ids("en");
    let defined: BTreeSet<&String> = en.iter().filter(|id| id.starts_with("chk-")).collect();
    let mut named = BTreeSet::new();
    for (path, code) in sources("src") {
        for (line, literal) in literals(&code) {
            if literal.starts_with("chk-") {
                assert!(
                    en.contains(&literal),
                    "{path}:{line} names {literal:?}, which en/check.ftl lacks"
                );
                named.insert(literal);
            }
        }
    }
    let unused: Vec<_> = defined
        .iter()
        .filter(|id| !named.contains(id.as_str()))
        .collect();
    assert!(
        unused.is_empty(),
        "en/check.ftl has messages no code uses: {unused:?}"
    );
}

#[test]
fn every_checker_message_renders_in_every_language() {
    use puente::i18n::{Arg, I18n};
    let en = messages("en");
    for lang in ["en", "es", "pt"] {
        let i18n = I18n::new(lang);
        for (id, vars) in en.iter().filter(|(id, _)| id.starts_with("chk-")) {
            let args: Vec<(&'static str, Arg)> = vars
                .iter()
                .map(|v| {
                    let name: &'static str = Box::leak(v.clone().into_boxed_str());
                    (name, Arg::Number(2.0))
                })
                .collect();
            let text = i18n.a(id, args);
            assert!(
                !text.contains("Unknown localization")
                    && !text.contains("{$")
                    && !text.trim().is_empty(),
                "{lang}/{id} renders as {text:?}"
            );
            // The same word in both languages, or no words at all.
            let same = [
                ("es", "chk-error"),
                ("pt", "chk-field-feedback"),
                ("pt", "chk-kind-item"),
                ("es", "chk-raw"),
                ("pt", "chk-raw"),
            ];
            if lang != "en" && !same.contains(&(lang, id.as_str())) {
                let english = I18n::new("en").a(
                    id,
                    vars.iter()
                        .map(|v| (&*Box::leak(v.clone().into_boxed_str()), Arg::Number(2.0)))
                        .collect(),
                );
                assert_ne!(text, english, "{lang}/{id} is not translated");
            }
        }
    }
}

#[test]
fn counts_choose_the_right_plural_in_every_language() {
    use puente::i18n::{Arg, I18n};
    let summary = |lang: &str, errors: usize, warnings: usize| {
        I18n::new(lang).a(
            "chk-summary",
            vec![
                ("errors", Arg::from(errors)),
                ("warnings", Arg::from(warnings)),
            ],
        )
    };
    assert_eq!(summary("en", 1, 0), "1 error, 0 warnings");
    assert_eq!(summary("es", 1, 2), "1 error, 2 advertencias");
    // Portuguese counts 0 with 1 in its plural rules, but says "0 erros".
    assert_eq!(summary("pt", 0, 0), "0 erros, 0 avisos");
    assert_eq!(summary("pt", 1, 1), "1 erro, 1 aviso");
    assert_eq!(summary("pt", 3, 2), "3 erros, 2 avisos");
}

/// The hint shown under a badly written date names an example date: it
/// must never be the answer of a date exercise of the pack, nor anywhere
/// near one (a learner would copy it).
#[test]
fn the_date_hint_is_no_answer_of_the_pack() {
    use puente::content::{Step, load_all};
    let answers: Vec<jiff::civil::Date> = load_all(&[])
        .into_iter()
        .filter_map(|loaded| loaded.pack)
        .flat_map(|pack| pack.modules)
        .flat_map(|module| module.steps)
        .filter_map(|step| match step {
            Step::Date(e) => puente::assess::exercise::expected_date(&e),
            _ => None,
        })
        .collect();
    assert!(!answers.is_empty(), "the pack has date exercises");
    for lang in ["en", "es", "pt"] {
        let hint = puente::i18n::I18n::new(lang).t("not-a-date");
        let shown: Vec<jiff::civil::Date> = hint
            .split(|c: char| c.is_whitespace() || c == '.')
            .filter_map(puente::content::dates::parse_learner_date)
            .collect();
        assert_eq!(
            shown.len(),
            2,
            "{lang}: the hint shows a date twice: {hint}"
        );
        for date in shown {
            for answer in &answers {
                let years = (date.year() - answer.year()).abs();
                assert!(
                    years >= 10,
                    "{lang}: the hint's {date} is near the answer {answer}"
                );
            }
        }
    }
}
