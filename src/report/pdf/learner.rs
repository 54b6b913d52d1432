//! What a learner takes home: a certificate for a module, and a report of
//! every module and self-assessment.

use super::*;

/// A certificate of completion for a module, in `lang`.
///
/// It names the pack's version and the day its content was last reviewed,
/// so whoever reads it knows which course, as of when, was completed.
pub fn certificate(
    pack: &Pack,
    module_title: &str,
    module_reviewed: Option<&str>,
    learner: &str,
    score: Option<f64>,
    date: &str,
    lang: &str,
) -> Result<Vec<u8>, PdfError> {
    let tr = I18n::new(lang);
    let mut w = Writer::new(&tr!(tr, "rpt-certificate-title", module = module_title))?;
    w.gap(120.0);
    w.text(&tr!(tr, "rpt-certificate"), 26.0, grey(20));
    w.gap(30.0);
    w.text(learner, 22.0, rgb::Color::new(30, 70, 120));
    w.gap(10.0);
    w.text(&tr!(tr, "rpt-has-completed"), 12.0, grey(70));
    w.text(module_title, 18.0, grey(20));
    if let Some(score) = score {
        w.gap(8.0);
        w.text(
            &tr!(tr, "rpt-with-score", score = format!("{score:.0}")),
            12.0,
            grey(40),
        );
    }
    w.gap(30.0);
    let pack_title = pack.info.title.get(lang, pack.fallback_language());
    w.text(
        &tr!(
            tr,
            "rpt-certificate-line",
            date = day(date, lang),
            pack = pack_title,
            version = pack.info.version.as_str()
        ),
        10.0,
        grey(110),
    );
    let reviewed = [
        pack.info
            .reviewed
            .as_deref()
            .map(|d| tr!(tr, "rpt-course-reviewed", date = day(d, lang))),
        module_reviewed.map(|d| tr!(tr, "rpt-module-reviewed", date = day(d, lang))),
    ];
    let reviewed: Vec<String> = reviewed.into_iter().flatten().collect();
    if !reviewed.is_empty() {
        w.text(&reviewed.join(" · "), 10.0, grey(110));
    }
    w.finish()
}

/// A learner's report: every module with its status and score, and the
/// latest run of each self-assessment with its band.
pub fn learner_report(
    packs: &[&Pack],
    learner: &str,
    progress: &crate::progress::Progress,
    lang: &str,
    today: &str,
) -> Result<Vec<u8>, PdfError> {
    let tr = I18n::new(lang);
    let mut w = Writer::new(&format!("Puente — {learner}"))?;
    w.text(&tr!(tr, "rpt-learner-report"), 10.0, grey(110));
    w.text(learner, 22.0, grey(20));
    w.text(
        &tr!(tr, "rpt-report-of", date = day(today, lang)),
        9.0,
        grey(110),
    );
    for pack in packs {
        let t = |text: &crate::content::Text| plain(text.get(lang, pack.fallback_language()));
        let id = pack.info.id.as_str();
        w.gap(14.0);
        w.text(
            &format!("{} ({})", t(&pack.info.title), pack.info.version),
            13.0,
            grey(30),
        );
        w.gap(4.0);
        w.text(&tr!(tr, "rpt-modules"), 12.0, grey(20));
        for module in &pack.modules {
            let mp = progress.module(id, module.id.as_str());
            let score = crate::assess::module_score(&module.steps, mp);
            let status = match (mp.and_then(|p| p.completed), score.percent) {
                (Some(_), Some(p)) => tr!(tr, "rpt-completed-score", score = format!("{p:.0}")),
                (Some(_), None) => tr!(tr, "rpt-completed"),
                (None, _) if score.done > 0 => tr!(
                    tr,
                    "rpt-in-progress",
                    done = score.done,
                    steps = score.steps
                ),
                _ => tr!(tr, "rpt-not-started"),
            };
            w.text(&format!("{} — {status}", t(&module.title)), 10.0, grey(40));
        }
        let mut any = false;
        for c in &pack.checklists {
            let runs = progress.runs_of(id, c.id.as_str());
            let mut seen = std::collections::BTreeSet::new();
            for run in runs.iter().rev().filter(|r| seen.insert(r.name.clone())) {
                if !any {
                    w.gap(8.0);
                    w.text(&tr!(tr, "rpt-self-assessments"), 12.0, grey(20));
                    any = true;
                }
                let s = checklist::score(c, &run.ratings);
                let result = match (s.overall, s.band) {
                    (Some(v), Some(band)) => tr!(
                        tr,
                        "rpt-out-of-100-band",
                        score = format!("{v:.0}"),
                        band = t(&band.title)
                    ),
                    (Some(v), None) => tr!(tr, "rpt-out-of-100", score = format!("{v:.0}")),
                    (None, _) => tr!(tr, "rpt-not-enough"),
                };
                w.text(
                    &format!(
                        "{} · {} ({}) — {result}",
                        t(&c.title),
                        run.name,
                        crate::content::dates::day_month_year(
                            run.started.to_zoned(jiff::tz::TimeZone::UTC).date(),
                            lang
                        )
                    ),
                    10.0,
                    grey(40),
                );
            }
        }
    }
    w.finish()
}
