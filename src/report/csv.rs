//! The ratings of a self-assessment as CSV, one row per item, for a
//! spreadsheet. Above the items come the knock-out answers (`row` = `gate`,
//! with the gate's advice as the note) and then the result (`row` =
//! `result`: the score as the value, the level and band as the answer, the
//! band's advice as the note), so they are read first. A dimension with
//! levels of its own follows with one row `dimension_level` (the level's
//! value and title; empty while none is reached) and one row
//! `dimension_plan` per item its next level still misses (that item's
//! answer, the next level's title as the note).

use crate::cohort::csv::safe_cell;
use crate::content::Pack;
use crate::content::model::Checklist;
use crate::progress::state::AssessmentRun;

/// UTF-8 CSV with a byte-order mark (so Excel on Windows reads accents
/// right) and a header row in `lang`. Items not rated have empty value
/// columns; the `row` column keeps its codes.
pub fn ratings_csv(pack: &Pack, checklist: &Checklist, run: &AssessmentRun, lang: &str) -> Vec<u8> {
    use crate::tr;
    let t = |text: &crate::content::Text| text.get(lang, pack.fallback_language()).to_owned();
    let score = crate::assess::checklist::score(checklist, &run.ratings);
    let mut out = csv::Writer::from_writer(crate::cohort::csv::BOM.to_vec());
    let words = crate::i18n::I18n::new(lang);
    let header = [
        tr!(words, "rpt-csv-assessment"),
        tr!(words, "rpt-csv-date"),
        tr!(words, "rpt-csv-dimension-id"),
        tr!(words, "rpt-csv-dimension"),
        tr!(words, "rpt-csv-item-id"),
        tr!(words, "rpt-csv-item"),
        tr!(words, "rpt-csv-value"),
        tr!(words, "rpt-csv-answer"),
        tr!(words, "rpt-csv-note"),
        tr!(words, "rpt-csv-row"),
    ];
    let label = |v: u32| {
        checklist
            .scale
            .levels
            .iter()
            .find(|l| l.value == v)
            .map(|l| t(&l.label))
            .unwrap_or_default()
    };
    let mut rows: Vec<[String; 10]> = Vec::new();
    for gate in &score.gates {
        let found = checklist.dimensions.iter().find_map(|d| {
            d.items
                .iter()
                .find(|i| i.id == gate.item)
                .map(|item| (d, item))
        });
        let Some((d, item)) = found else { continue };
        let value = run.ratings.get(item.id.as_str()).copied().flatten();
        rows.push([
            safe_cell(&run.name),
            run.started.strftime("%Y-%m-%d").to_string(),
            d.id.to_string(),
            t(&d.title),
            item.id.to_string(),
            t(&item.text),
            value.map(|v| v.to_string()).unwrap_or_default(),
            value.map(label).unwrap_or_default(),
            t(&gate.advice),
            "gate".to_owned(),
        ]);
    }
    let result = match (score.level, score.band) {
        (Some(level), Some(band)) => format!("{} — {}", t(&level.title), t(&band.title)),
        (None, Some(band)) => t(&band.title),
        _ => String::new(),
    };
    rows.push([
        safe_cell(&run.name),
        run.started.strftime("%Y-%m-%d").to_string(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        score.overall.map(|v| format!("{v:.0}")).unwrap_or_default(),
        result,
        score.band.map(|b| t(&b.advice)).unwrap_or_default(),
        "result".to_owned(),
    ]);
    for d in &score.dimension_levels {
        rows.push([
            run.name.clone(),
            run.started.strftime("%Y-%m-%d").to_string(),
            d.dimension.id.to_string(),
            t(&d.dimension.title),
            String::new(),
            String::new(),
            d.level.map(|l| l.value.to_string()).unwrap_or_default(),
            d.level.map(|l| t(&l.title)).unwrap_or_default(),
            String::new(),
            "dimension_level".to_owned(),
        ]);
        let Some(next) = d.next else { continue };
        for id in &d.plan {
            let Some(item) = d.dimension.items.iter().find(|i| i.id.as_str() == *id) else {
                continue;
            };
            let (value, answer) = match run.ratings.get(*id) {
                Some(Some(v)) => (v.to_string(), label(*v)),
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
                d.dimension.id.to_string(),
                t(&d.dimension.title),
                item.id.to_string(),
                t(&item.text),
                value,
                answer,
                t(&next.title),
                "dimension_plan".to_owned(),
            ]);
        }
    }
    for d in &checklist.dimensions {
        for item in &d.items {
            let (value, answer) = match run.ratings.get(item.id.as_str()) {
                Some(Some(v)) => (v.to_string(), label(*v)),
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
                safe_cell(&run.name),
                run.started.strftime("%Y-%m-%d").to_string(),
                d.id.to_string(),
                t(&d.title),
                item.id.to_string(),
                t(&item.text),
                value,
                answer,
                run.notes
                    .get(item.id.as_str())
                    .map(|n| safe_cell(n))
                    .unwrap_or_default(),
                "item".to_owned(),
            ]);
        }
    }
    // Writing to a Vec cannot fail.
    let _ = out.write_record(&header);
    for row in rows {
        let _ = out.write_record(row);
    }
    out.into_inner().unwrap_or_default()
}
