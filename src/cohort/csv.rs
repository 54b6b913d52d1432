//! The cohort as CSV: one row per learner, for a spreadsheet.

use super::{Cell, Dashboard};

/// Characters that make a spreadsheet read a cell as a formula (or, for
/// `@`, as a function call in older Excel): the ASCII four, and the
/// full-width and small forms that Excel in East Asian locales (and
/// LibreOffice's autocorrect) turns into them, and the minus sign.
fn is_formula_start(c: char) -> bool {
    matches!(
        c,
        '=' | '+'
            | '-'
            | '@'
            | '＝'
            | '＋'
            | '－'
            | '＠'
            | '\u{FE62}' // small plus
            | '\u{FE63}' // small hyphen-minus
            | '\u{FE66}' // small equals
            | '\u{2212}' // minus sign
    )
}

/// Whether the text from here on would start a formula once a spreadsheet
/// has dropped what it ignores before one: whitespace of any kind (space,
/// tab, CR, LF, no-break space…), other control characters, and the quotes
/// that could open a quoted field after a `;` split.
fn starts_formula(rest: &str) -> bool {
    rest.chars()
        .find(|&c| !(c.is_whitespace() || c.is_control() || c == '"' || c == '\''))
        .is_some_and(is_formula_start)
        // A cell that starts with a tab or CR is itself on OWASP's list.
        || rest.starts_with(['\t', '\r', '\n'])
}

/// Defuses a cell that a spreadsheet could run as a formula, so a name or a
/// group from a bundle can never execute anything (CSV / formula injection).
///
/// The rule follows OWASP's "CSV Injection" guidance: a cell whose first
/// character is `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading apostrophe, which Excel, LibreOffice and Google Sheets show as
/// text and do not print. OWASP adds that checking the first character is
/// not enough, and so this also covers:
/// - leading whitespace or line breaks before the trigger (` =1+1`,
///   `\n=1+1`): some spreadsheets trim them and then evaluate;
/// - full-width and small forms (`＝1+1`), which some locales normalize;
/// - field separators inside the cell. Our files use `,` and the CSV writer
///   quotes any cell with a comma, but Excel set to a `;` list separator
///   (usual in Spanish and Portuguese locales) splits every line on `;`
///   and ignores those quotes, so `x;=1+1;y` would become three cells, the
///   middle one a live `=1+1`. So after every `;` (and `,`, for the
///   reverse case) whose next cell would start a formula, an apostrophe is
///   inserted as well: `x;'=1+1;y`.
///
/// Text without any of this comes back unchanged (`Zoë @ home`, `Ana-Luisa`).
pub fn safe_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    if starts_formula(text) {
        out.push('\'');
    }
    for (i, c) in text.char_indices() {
        out.push(c);
        if matches!(c, ';' | ',') && starts_formula(&text[i + c.len_utf8()..]) {
            out.push('\'');
        }
    }
    out
}

fn score(v: Option<f64>) -> String {
    v.map(|s| format!("{s:.0}")).unwrap_or_default()
}

/// The CSV bytes (UTF-8, header row first). Columns: learner, group, id,
/// last_active (UTC, RFC 3339), events, average, then `<module>_status`
/// (`not_started`, `in_progress`, `done`), `<module>_progress` (steps
/// done, in percent) and `<module>_score` per module, then
/// `<checklist>_overall` per checklist of the pack. Codes and times as a
/// program reads them (`puente cohort`); [`cohort_csv_in`] for people.
pub fn cohort_csv(dashboard: &Dashboard) -> Vec<u8> {
    write_cohort(dashboard, None, Vec::new())
}

/// The UTF-8 byte-order mark: Excel on Windows reads a CSV as UTF-8 only
/// when it starts with one ("Martínez", not "MartÃ­nez").
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// [`cohort_csv`] for a spreadsheet in `lang`: a byte-order mark, the
/// column names and statuses in `lang`, and times as `YYYY-MM-DD HH:MM`.
pub fn cohort_csv_in(dashboard: &Dashboard, lang: &str) -> Vec<u8> {
    write_cohort(dashboard, Some(&crate::i18n::I18n::new(lang)), BOM.to_vec())
}

fn write_cohort(
    dashboard: &Dashboard,
    words: Option<&crate::i18n::I18n>,
    start: Vec<u8>,
) -> Vec<u8> {
    let word = |id: &str, code: &str| words.map_or_else(|| code.to_owned(), |w| w.t(id));
    let mut out = csv::Writer::from_writer(start);
    let mut header: Vec<String> = [
        ("rpt-csv-learner", "learner"),
        ("rpt-csv-group", "group"),
        ("rpt-csv-id", "id"),
        ("rpt-csv-last-active", "last_active"),
        ("rpt-csv-events", "events"),
        ("rpt-csv-average", "average"),
    ]
    .map(|(id, code)| word(id, code))
    .to_vec();
    let (status, progress, score_word, overall) = (
        word("rpt-csv-status", "status"),
        word("rpt-csv-progress", "progress"),
        word("rpt-csv-score", "score"),
        word("rpt-csv-overall", "overall"),
    );
    for m in &dashboard.modules {
        header.push(format!("{m}_{status}"));
        header.push(format!("{m}_{progress}"));
        header.push(format!("{m}_{score_word}"));
    }
    for c in &dashboard.checklist_ids {
        header.push(format!("{c}_{overall}"));
    }
    let statuses = [
        word("rpt-csv-not-started", "not_started"),
        word("rpt-csv-in-progress", "in_progress"),
        word("rpt-csv-done", "done"),
    ];
    // One style for every time in the file, to the second at most.
    let when = |t: jiff::Timestamp| {
        let utc = t.to_zoned(jiff::tz::TimeZone::UTC);
        if words.is_some() {
            utc.strftime("%Y-%m-%d %H:%M").to_string()
        } else {
            utc.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
        }
    };
    let _ = out.write_record(&header);
    for row in &dashboard.learners {
        let mut record = vec![
            safe_cell(&row.name),
            safe_cell(&row.group),
            row.id.to_string(),
            row.last_active.map(when).unwrap_or_default(),
            row.events.to_string(),
            score(row.average),
        ];
        for cell in &row.cells {
            let (status, progress, s) = match *cell {
                Cell::NotStarted => (&statuses[0], "0".to_owned(), String::new()),
                Cell::InProgress { done, steps } => (
                    &statuses[1],
                    format!("{:.0}", 100.0 * done as f64 / steps.max(1) as f64),
                    String::new(),
                ),
                Cell::Done { score: s } => (&statuses[2], "100".to_owned(), score(s)),
            };
            record.push(status.clone());
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

    /// Attack B21: the bypasses of a first-character check.
    #[test]
    fn formula_bypasses_are_defused() {
        assert_eq!(safe_cell(" =1+1"), "' =1+1");
        assert_eq!(safe_cell("\u{a0}\u{3000}=1+1"), "'\u{a0}\u{3000}=1+1");
        assert_eq!(safe_cell("\n=1+1"), "'\n=1+1");
        assert_eq!(safe_cell("\r\n@SUM(A1)"), "'\r\n@SUM(A1)");
        assert_eq!(safe_cell("\tAna"), "'\tAna");
        assert_eq!(safe_cell("＝1+1"), "'＝1+1");
        assert_eq!(safe_cell("＋1"), "'＋1");
        assert_eq!(safe_cell("－1"), "'－1");
        assert_eq!(safe_cell("＠x"), "'＠x");
        assert_eq!(safe_cell("x;=1+1;y"), "x;'=1+1;y");
        assert_eq!(safe_cell("x; \"=1+1\";y"), "x;' \"=1+1\";y");
        assert_eq!(safe_cell("x,+1"), "x,'+1");
        assert_eq!(safe_cell("=a;-b"), "'=a;'-b");
        // Ordinary names and lists keep every character.
        assert_eq!(
            safe_cell("Ana-Luisa; Grupo 2, tarde"),
            "Ana-Luisa; Grupo 2, tarde"
        );
        assert_eq!(safe_cell("a;b;;c,"), "a;b;;c,");
        assert_eq!(safe_cell(""), "");
    }

    /// The same attack through the whole file: split every line on `;` as
    /// Excel in an es/pt locale does; no piece may start a formula.
    #[test]
    fn no_formula_under_a_semicolon_list_separator() {
        let row = super::super::LearnerRow {
            id: uuid::Uuid::nil(),
            name: "x;=1+1;y".to_owned(),
            group: " ＝2;@3".to_owned(),
            cells: Vec::new(),
            average: None,
            last_active: None,
            events: 0,
            checklists: Vec::new(),
            review: Default::default(),
        };
        let dashboard = Dashboard {
            modules: Vec::new(),
            checklist_ids: Vec::new(),
            learners: vec![row],
            hardest: Vec::new(),
            checklists: Vec::new(),
            tallies: Default::default(),
            groups: Vec::new(),
            dates: Vec::new(),
            orphan_events: 0,
            read: 1,
            reflections: Vec::new(),
            first_scores: Vec::new(),
        };
        let text = String::from_utf8(cohort_csv(&dashboard)).expect("utf-8");
        for line in text.lines().skip(1) {
            for piece in line.split([';', ',']) {
                let piece = piece.trim_start_matches(|c: char| c.is_whitespace() || c == '"');
                assert!(
                    !piece.starts_with(is_formula_start),
                    "live formula {piece:?} in {line:?}"
                );
            }
        }
    }
}
