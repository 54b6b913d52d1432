//! The cohort as CSV: one row per learner, for a spreadsheet.

use super::{Cell, Dashboard};

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a
/// leading apostrophe, so a learner's name can never execute anything.
pub fn safe_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn score(v: Option<f64>) -> String {
    v.map(|s| format!("{s:.0}")).unwrap_or_default()
}

/// The CSV bytes (UTF-8, header row first). Columns: learner, group, id,
/// last_active (UTC, RFC 3339), events, average, then `<module>_status`
/// (`not_started`, `in_progress`, `done`), `<module>_progress` (steps
/// done, in percent) and `<module>_score` per module, then
/// `<checklist>_overall` per checklist of the pack.
pub fn cohort_csv(dashboard: &Dashboard) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = ["learner", "group", "id", "last_active", "events", "average"]
        .map(str::to_owned)
        .to_vec();
    for m in &dashboard.modules {
        header.push(format!("{m}_status"));
        header.push(format!("{m}_progress"));
        header.push(format!("{m}_score"));
    }
    for c in &dashboard.checklist_ids {
        header.push(format!("{c}_overall"));
    }
    let _ = out.write_record(&header);
    for row in &dashboard.learners {
        let mut record = vec![
            safe_cell(&row.name),
            safe_cell(&row.group),
            row.id.to_string(),
            row.last_active.map(|t| t.to_string()).unwrap_or_default(),
            row.events.to_string(),
            score(row.average),
        ];
        for cell in &row.cells {
            let (status, progress, s) = match *cell {
                Cell::NotStarted => ("not_started", "0".to_owned(), String::new()),
                Cell::InProgress { done, steps } => (
                    "in_progress",
                    format!("{:.0}", 100.0 * done as f64 / steps.max(1) as f64),
                    String::new(),
                ),
                Cell::Done { score: s } => ("done", "100".to_owned(), score(s)),
            };
            record.push(status.to_owned());
            record.push(progress);
            record.push(s);
        }
        for overall in &row.checklists {
            record.push(score(*overall));
        }
        let _ = out.write_record(&record);
    }
    out.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("-1"), "'-1");
        assert_eq!(safe_cell("Ana"), "Ana");
        assert_eq!(safe_cell("Zoë @ home"), "Zoë @ home");
    }
}
