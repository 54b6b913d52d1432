//! Exports: the PDF report (its text read back with pdftotext, accents
//! intact), the certificate and the CSV of ratings.

use std::process::Command;

use puente::content::{self, source};
use puente::progress::{EVENT_FORMAT, Event, EventBody, Progress};
use puente::report;
use uuid::Uuid;

fn event(n: u128, body: EventBody) -> Event {
    Event {
        v: EVENT_FORMAT,
        id: Uuid::from_u128(n),
        profile: Uuid::from_u128(1),
        device: Uuid::from_u128(2),
        at: jiff::Timestamp::from_second(1_790_000_000 + n as i64).expect("valid"),
        pack: "puente-core".into(),
        pack_version: "0.1.0".into(),
        body,
    }
}

/// A run of the ready-to-file checklist, every item rated 2 but one not
/// applicable and one rated 0, with notes in Spanish.
fn progress() -> (Progress, Uuid) {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    let c = ready_to_file(&pack);
    let run = Uuid::from_u128(77);
    let mut events = vec![event(
        10,
        EventBody::AssessmentStarted {
            run,
            checklist: c.id.to_string(),
            name: "Parche de glucosa — São Paulo".into(),
        },
    )];
    let mut n = 11;
    for d in &c.dimensions {
        for item in &d.items {
            let value = match item.id.as_str() {
                "materials-permits" => None,
                "budget" => Some(0),
                _ => Some(2),
            };
            events.push(event(
                n,
                EventBody::Rated {
                    run,
                    checklist: c.id.to_string(),
                    item: item.id.to_string(),
                    value,
                },
            ));
            n += 1;
        }
    }
    events.push(event(
        n,
        EventBody::ItemNoted {
            run,
            checklist: c.id.to_string(),
            item: "budget".into(),
            text: "Pedir presupuesto a la dirección, \"urgente\", en marzo; ñandú".into(),
        },
    ));
    (Progress::from_events(&events), run)
}

pub(crate) fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).expect("write");
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    if let Ok(keep) = std::env::var("PUENTE_KEEP_PDF") {
        std::fs::copy(&path, keep).expect("keep a copy to look at");
    }
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_pdf_report_holds_scores_band_notes_and_accents() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    let (progress, run) = progress();
    let r = &progress.runs[&run];
    let pdf = report::pdf::assessment_report(
        &pack,
        ready_to_file(&pack),
        r,
        "Ana María Núñez",
        "en",
        "2026-11-22",
    )
    .expect("a PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    let Some(text) = pdftotext(&pdf) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs poppler-utils"
        );
        eprintln!("skipped the text check: pdftotext is not installed");
        return;
    };
    let version = content::load(&source::embedded())
        .pack
        .expect("default pack")
        .info
        .version;
    for expected in [
        "Is my invention ready to file?",
        "Parche de glucosa — São Paulo",
        "Ana María Núñez",
        "report 22 November 2026",
        version.as_str(),
        "Score: 96 / 100",
        "Ready to file",
        "Novelty and prior art",
        "Pedir presupuesto a la dirección",
        "ñandú",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} not in the PDF text:\n{text}"
        );
    }
}

/// The same report for a Spanish-speaking learner: every label Spanish.
#[test]
fn the_pdf_report_speaks_the_learners_language() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    let (progress, run) = progress();
    let pdf = report::pdf::assessment_report(
        &pack,
        ready_to_file(&pack),
        &progress.runs[&run],
        "Ana",
        "es",
        "2026-11-22",
    )
    .expect("a PDF");
    let Some(text) = pdftotext(&pdf) else { return };
    for expected in [
        "Informe de autoevaluación",
        "informe del 22 de noviembre de 2026",
        "Puntuación: 96 / 100",
        "Puntuación por dimensión",
        "Líneas verticales",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    for english in [
        "Self-assessment",
        "started",
        "Score",
        "Vertical lines",
        "2026-11-22",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn the_certificate_names_the_learner_the_module_and_the_course_as_reviewed() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    // In the learner's language, every date in one style.
    let pdf = report::pdf::certificate(
        &pack,
        "Propriedade intelectual básica",
        Some("2026-11-27"),
        "João Conceição",
        Some(87.5),
        "2026-11-22",
        "pt",
    )
    .expect("a PDF");
    let Some(text) = pdftotext(&pdf) else { return };
    let version = format!("versão {}", pack.info.version);
    let mut expected = vec![
        "Certificado de conclusão",
        "João Conceição",
        "concluiu o módulo",
        "Propriedade intelectual básica",
        "com pontuação de 88%",
        "22 de novembro de 2026",
        version.as_str(),
        "módulo revisado em 27 de novembro de 2026",
    ];
    let course = pack.info.reviewed.as_deref().map(|d| {
        let d: jiff::civil::Date = d.parse().expect("a date");
        format!(
            "curso revisado em {}",
            content::dates::day_month_year(d, "pt")
        )
    });
    expected.extend(course.as_deref());
    for expected in expected {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    for english in ["Certificate", "completed", "score", "2026-11-22"] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn the_csv_has_one_row_per_item_and_escapes_notes() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    let (progress, run) = progress();
    let bytes = report::csv::ratings_csv(&pack, ready_to_file(&pack), &progress.runs[&run], "en");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[0], "assessment");
    assert_eq!(&headers[9], "row");
    let all: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    // No knock-out here: the result row comes first, then the items.
    assert_eq!(&all[0][9], "result");
    assert_eq!((&all[0][6], &all[0][7]), ("96", "Ready to file"));
    let rows: Vec<&csv::StringRecord> = all.iter().filter(|r| &r[9] == "item").collect();
    assert_eq!(rows.len(), 24);
    let budget = rows
        .iter()
        .find(|r| &r[4] == "budget")
        .expect("the budget item");
    assert_eq!(&budget[6], "0");
    assert_eq!(&budget[7], "No / don't know");
    assert_eq!(
        &budget[8],
        "Pedir presupuesto a la dirección, \"urgente\", en marzo; ñandú"
    );
    let na = rows
        .iter()
        .find(|r| &r[4] == "materials-permits")
        .expect("n/a item");
    assert_eq!((&na[6], &na[7]), ("", "Not applicable"));
}

#[test]
fn a_knock_out_comes_first_in_the_csv_and_the_pdf() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    let (mut progress, run) = progress();
    let r = progress.runs.get_mut(&run).expect("the run");
    r.ratings.insert("own-disclosures".into(), Some(0));
    let r = &progress.runs[&run];
    let c = ready_to_file(&pack);
    let bytes = report::csv::ratings_csv(&pack, c, r, "es");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(&rows[0][9], "gate");
    assert_eq!(&rows[0][4], "own-disclosures");
    assert!(
        rows[0][8].starts_with("Algo suyo puede ser ya público"),
        "{:?}",
        &rows[0]
    );
    assert_eq!(&rows[1][9], "result");
    assert_eq!(
        (&rows[1][6], &rows[1][7]),
        ("90", "Todavía no presente la solicitud"),
        "the score stays, the band is capped"
    );
    let pdf =
        report::pdf::assessment_report(&pack, c, r, "Ana", "en", "2026-11-22").expect("a PDF");
    let Some(text) = pdftotext(&pdf) else { return };
    let gate = text.find("Before anything else").expect("the gate heading");
    let advice = text
        .find("outside every grace period")
        .expect("the gate's advice");
    let score = text.find("Score: 90 / 100").expect("the score");
    assert!(gate < advice && advice < score, "{text}");
    assert!(text.contains("Do not file yet"), "{text}");
}

/// The "Is my invention ready to file?" checklist of the shipped pack.
fn ready_to_file(pack: &puente::content::Pack) -> &puente::content::model::Checklist {
    pack.checklists
        .iter()
        .find(|c| c.id.as_str() == "ready-to-file")
        .expect("the shipped pack has the ready-to-file checklist")
}

/// ready-to-file with levels of its own on the "ownership" dimension:
/// level 1 needs the contributors and the employer's rules, level 2 the
/// co-owners and the permits (which the run of [`progress`] leaves "not
/// applicable", so it stays the plan).
fn with_ownership_levels(pack: &puente::content::Pack) -> puente::content::model::Checklist {
    use puente::content::Text;
    use puente::content::model::{DimensionLevel, Id};
    let mut c = ready_to_file(pack).clone();
    let d = c
        .dimensions
        .iter_mut()
        .find(|d| d.id.as_str() == "ownership")
        .expect("the ownership dimension");
    let level = |value: u32, title: &str, items: &[&str]| DimensionLevel {
        value,
        title: Text::Plain(title.into()),
        items: items.iter().map(|i| Id((*i).into())).collect(),
        not_applicable: vec![],
    };
    d.levels = vec![
        level(
            1,
            "Inventors known",
            &["contributors", "employment-funding"],
        ),
        level(2, "Owners agreed", &["co-owners", "materials-permits"]),
    ];
    c
}

#[test]
fn a_dimension_level_and_its_plan_are_in_the_csv_and_the_pdf() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    let (progress, run) = progress();
    let r = &progress.runs[&run];
    let c = with_ownership_levels(&pack);
    let plain = report::csv::ratings_csv(&pack, ready_to_file(&pack), r, "en");
    let bytes = report::csv::ratings_csv(&pack, &c, r, "en");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(&rows[0][9], "result");
    assert_eq!(&rows[1][9], "dimension_level");
    assert_eq!(
        (&rows[1][2], &rows[1][6], &rows[1][7]),
        ("ownership", "1", "Inventors known")
    );
    assert_eq!(&rows[2][9], "dimension_plan");
    assert_eq!(
        (&rows[2][4], &rows[2][6], &rows[2][8]),
        ("materials-permits", "", "Owners agreed"),
        "not applicable is not allowed at level 2"
    );
    assert_eq!(&rows[3][9], "item", "then the items, as before");
    let mut plain_reader = csv::Reader::from_reader(plain.as_slice());
    let plain_rows: Vec<csv::StringRecord> =
        plain_reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows[0], plain_rows[0], "the result row is the same");
    assert_eq!(rows.len(), plain_rows.len() + 2);
    let pdf =
        report::pdf::assessment_report(&pack, &c, r, "Ana", "en", "2026-11-22").expect("a PDF");
    let Some(text) = pdftotext(&pdf) else { return };
    let permits = c
        .dimensions
        .iter()
        .flat_map(|d| &d.items)
        .find(|i| i.id.as_str() == "materials-permits")
        .map(|i| i.text.get("en", "en").to_owned())
        .expect("the permits item");
    let heading = text.find("Levels by dimension").expect("the section");
    let level = text.find("Inventors known").expect("the level reached");
    let plan = text
        .find("To reach “Owners agreed”, complete:")
        .expect("the plan");
    let words: String = permits
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let item = text[plan..].find(&words).expect("the missing item") + plan;
    assert!(heading < level && level < plan && plan < item, "{text}");
    assert!(text.contains("Score: 96 / 100"), "the score stays: {text}");
}

/// `puente report --lang pt`: the learner's report in Portuguese, dates in
/// one style, and a checklist title ending in "?" not followed by ":".
#[test]
fn the_learner_report_speaks_portuguese() {
    let pack = content::load(&source::embedded())
        .pack
        .expect("default pack");
    let (progress, _) = progress();
    let pdf = report::pdf::learner_report(&[&pack], "João", &progress, "pt", "2026-11-22")
        .expect("a PDF");
    let Some(text) = pdftotext(&pdf) else { return };
    for expected in [
        "Relatório do participante",
        "Relatório de 22 de novembro de 2026",
        "Módulos",
        "não iniciado",
        "Autoavaliações",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    for english in [
        "Learner report",
        "Modules",
        "not started",
        "?:",
        "2026-11-22",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}
