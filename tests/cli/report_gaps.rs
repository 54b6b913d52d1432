//! The self-assessment PDF of every shipped checklist, in every language:
//! the gaps to close and every answer, read back with pdftotext.

use std::collections::BTreeMap;

use puente::content::model::Checklist;
use puente::content::{self, source};
use puente::progress::state::AssessmentRun;
use puente::report;

use super::report::pdftotext;

/// A run as a learner leaves it: the first knock-out answered badly, the
/// items in turn rated at the bottom, in the middle, at the top (three
/// times as often) or left open, one "not applicable", two notes.
fn realistic_run(c: &Checklist) -> AssessmentRun {
    let values: Vec<u32> = c.scale.levels.iter().map(|l| l.value).collect();
    let (bottom, top) = (values[0], values[values.len() - 1]);
    let middle = values[values.len() / 2];
    let mut ratings = BTreeMap::new();
    let mut notes = BTreeMap::new();
    for (n, item) in c.dimensions.iter().flat_map(|d| &d.items).enumerate() {
        let id = item.id.to_string();
        match n % 6 {
            0 => ratings.insert(id.clone(), Some(bottom)),
            1 => ratings.insert(id.clone(), Some(middle)),
            5 => None,
            _ => ratings.insert(id.clone(), Some(top)),
        };
        if n == 3 && c.scale.not_applicable.is_some() {
            ratings.insert(id.clone(), None);
        }
        if n % 11 == 1 {
            notes.insert(
                id,
                "Revisar con la dirección jurídica en marzo; ñandú".into(),
            );
        }
    }
    if let Some(g) = c.gates.first() {
        let value = g.ratings.as_ref().and_then(|r| r.first()).copied();
        ratings.insert(g.item.to_string(), Some(value.unwrap_or(bottom)));
    }
    AssessmentRun {
        id: uuid::Uuid::from_u128(9),
        pack: "puente-core".into(),
        checklist: c.id.to_string(),
        name: "Parche de glucosa — São Paulo".into(),
        started: jiff::Timestamp::from_second(1_790_000_000).expect("a time"),
        updated: jiff::Timestamp::from_second(1_790_000_100).expect("a time"),
        ratings,
        notes,
        last_dimension: None,
    }
}

/// The first words of a text, as they start its first printed line.
fn opening(text: &str) -> String {
    text.split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_shipped_checklist_reports_its_gaps_and_answers_in_every_language() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    assert_eq!(pack.checklists.len(), 3, "the shipped checklists");
    for c in &pack.checklists {
        let run = realistic_run(c);
        for (lang, gaps, answers, unanswered) in [
            ("en", "Gaps to close", "All answers", "Not answered yet"),
            (
                "es",
                "Brechas por cerrar",
                "Todas las respuestas",
                "Todavía sin responder",
            ),
            (
                "pt",
                "Lacunas a fechar",
                "Todas as respostas",
                "Ainda sem resposta",
            ),
        ] {
            let pdf = report::pdf::assessment_report(&pack, c, &run, "Ana", lang, "2026-11-22")
                .unwrap_or_else(|e| panic!("{} in {lang}: {e}", c.id));
            assert!(pdf.starts_with(b"%PDF-"));
            if let Some(dir) = std::env::var_os("PUENTE_KEEP_PDF_DIR") {
                let path = std::path::Path::new(&dir).join(format!("{}-{lang}.pdf", c.id));
                std::fs::write(path, &pdf).expect("keep a copy to look at");
            }
            let Some(text) = pdftotext(&pdf) else { return };
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let at = |what: &str| {
                text.find(what)
                    .unwrap_or_else(|| panic!("{} {lang}: {what:?} not in:\n{text}", c.id))
            };
            let (gaps_at, open_at, answers_at) = (at(gaps), at(unanswered), at(answers));
            assert!(gaps_at < open_at && open_at < answers_at, "{} {lang}", c.id);
            let top = c.scale.levels.iter().map(|l| l.value).max();
            for item in c.dimensions.iter().flat_map(|d| &d.items) {
                let words = opening(item.text.get(lang, pack.fallback_language()));
                assert!(
                    text[answers_at..].contains(&words),
                    "{} {lang}: {words:?} not among all answers:\n{text}",
                    c.id
                );
                let rating = run.ratings.get(item.id.as_str());
                let listed = match rating {
                    Some(Some(v)) => Some(v) != top.as_ref(),
                    Some(None) => false,
                    None => true,
                };
                if listed {
                    assert!(
                        text[gaps_at..answers_at].contains(&words),
                        "{} {lang}: {words:?} not among the gaps:\n{text}",
                        c.id
                    );
                }
            }
            // The answers are the scale's own labels, in the learner's
            // language, and the notes are printed beside their items.
            let middle = &c.scale.levels[c.scale.levels.len() / 2];
            let label = middle.label.get(lang, pack.fallback_language());
            assert!(text[gaps_at..answers_at].contains(label), "{} {lang}", c.id);
            assert!(text[answers_at..].contains("ñandú"), "{} {lang}", c.id);
            if let Some(g) = c.gates.first() {
                let item = c
                    .dimensions
                    .iter()
                    .flat_map(|d| &d.items)
                    .find(|i| i.id == g.item)
                    .expect("the gate's item");
                let words = opening(item.text.get(lang, pack.fallback_language()));
                let first = text[gaps_at..].find(&words).expect("the knock-out") + gaps_at;
                let mark = ["knock-out", "excluyente", "eliminatória"][match lang {
                    "en" => 0,
                    "es" => 1,
                    _ => 2,
                }];
                assert!(text[first..open_at].contains(mark), "{} {lang}", c.id);
                for other in c.dimensions.iter().flat_map(|d| &d.items) {
                    let w = opening(other.text.get(lang, pack.fallback_language()));
                    if let Some(p) = text[gaps_at..open_at].find(&w) {
                        assert!(
                            first <= p + gaps_at,
                            "{} {lang}: {w:?} before the knock-out",
                            c.id
                        );
                    }
                }
            }
        }
    }
}
