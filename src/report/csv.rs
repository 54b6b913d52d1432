//! The ratings of a self-assessment as CSV, one row per item, for a
//! spreadsheet.

use crate::content::Pack;
use crate::content::model::Checklist;
use crate::progress::state::AssessmentRun;

/// UTF-8 CSV with a header row. Items not rated have empty value columns.
pub fn ratings_csv(pack: &Pack, checklist: &Checklist, run: &AssessmentRun, lang: &str) -> Vec<u8> {
    let t = |text: &crate::content::Text| text.get(lang, pack.fallback_language()).to_owned();
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        "assessment",
        "date",
        "dimension_id",
        "dimension",
        "item_id",
        "item",
        "value",
        "answer",
        "note",
    ];
    let mut rows: Vec<[String; 9]> = Vec::new();
    for d in &checklist.dimensions {
        for item in &d.items {
            let (value, answer) = match run.ratings.get(item.id.as_str()) {
                Some(Some(v)) => {
                    let label = checklist
                        .scale
                        .levels
                        .iter()
                        .find(|l| l.value == *v)
                        .map(|l| t(&l.label))
                        .unwrap_or_default();
                    (v.to_string(), label)
                }
                Some(None) => (
                    String::new(),
                    checklist
                        .scale
                        .not_applicable
                        .as_ref()
                        .map(&t)
                        .unwrap_or_else(|| "n/a".to_owned()),
                ),
                None => (String::new(), String::new()),
            };
            rows.push([
                run.name.clone(),
                run.started.strftime("%Y-%m-%d").to_string(),
                d.id.to_string(),
                t(&d.title),
                item.id.to_string(),
                t(&item.text),
                value,
                answer,
                run.notes.get(item.id.as_str()).cloned().unwrap_or_default(),
            ]);
        }
    }
    // Writing to a Vec cannot fail.
    let _ = out.write_record(header);
    for row in rows {
        let _ = out.write_record(row);
    }
    out.into_inner().unwrap_or_default()
}
