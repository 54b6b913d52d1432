//! The report of one self-assessment run.

use super::*;

/// The report of one self-assessment run: scores, a bar per dimension with
/// the band limits, the band's advice, the gaps to close, the date and the
/// pack version; then, from a new page, every answer with the learner's note.
pub fn assessment_report(
    pack: &Pack,
    c: &Checklist,
    run: &AssessmentRun,
    learner: &str,
    lang: &str,
    today: &str,
) -> Result<Vec<u8>, PdfError> {
    layout(pack, c, run, learner, lang, today)?.finish()
}

/// The report's pages, laid out and not yet written.
fn layout(
    pack: &Pack,
    c: &Checklist,
    run: &AssessmentRun,
    learner: &str,
    lang: &str,
    today: &str,
) -> Result<Writer, PdfError> {
    let t = |text: &crate::content::Text| plain(text.get(lang, pack.fallback_language()));
    let score = checklist::score(c, &run.ratings);
    let tr = I18n::new(lang);
    let mut w = Writer::new(&format!("{} — {}", t(&c.title), run.name))?;
    w.text(&tr!(tr, "rpt-assessment"), 10.0, grey(110));
    w.text(&t(&c.title), 20.0, grey(20));
    w.text(&run.name, 14.0, grey(40));
    w.text(
        &tr!(
            tr,
            "rpt-assessment-line",
            learner = learner,
            started = crate::content::dates::day_month_year(
                run.started.to_zoned(jiff::tz::TimeZone::UTC).date(),
                lang
            ),
            today = day(today, lang),
            pack = t(&pack.info.title),
            version = pack.info.version.as_str()
        ),
        9.0,
        grey(110),
    );
    if let Some(reviewed) = &c.reviewed {
        w.text(
            &tr!(tr, "rpt-checklist-reviewed", date = day(reviewed, lang)),
            9.0,
            grey(110),
        );
    }
    w.gap(14.0);
    let item_text = |id: &str| {
        c.dimensions
            .iter()
            .flat_map(|d| &d.items)
            .find(|i| i.id.as_str() == id)
            .map(|i| t(&i.text))
            .unwrap_or_else(|| id.to_owned())
    };
    // Knock-out answers come first, above the score.
    if !score.gates.is_empty() {
        w.text(&tr!(tr, "rpt-before-anything"), 16.0, grey(10));
        for gate in &score.gates {
            w.text(&item_text(gate.item.as_str()), 11.0, grey(20));
            w.text(&t(&gate.advice), 11.0, grey(40));
            if let Some(cap) = c.bands.iter().find(|b| b.id == gate.cap) {
                w.text(
                    &tr!(tr, "rpt-gate-cap", band = t(&cap.title)),
                    10.0,
                    grey(60),
                );
            }
            w.gap(6.0);
        }
        w.gap(8.0);
    }
    if !c.levels.is_empty() && score.overall.is_some() {
        let level = score
            .level
            .map_or_else(|| tr!(tr, "rpt-no-level"), |l| t(&l.title));
        w.text(&tr!(tr, "rpt-level-reached", level = level), 16.0, grey(10));
    }
    match (score.overall, score.band) {
        (Some(overall), band) => {
            w.text(
                &tr!(tr, "rpt-score", score = format!("{overall:.0}")),
                22.0,
                grey(10),
            );
            if let Some(band) = band {
                w.text(&t(&band.title), 14.0, grey(30));
                w.text(&t(&band.advice), 11.0, grey(40));
                let modules: Vec<String> = band
                    .modules
                    .iter()
                    .filter_map(|m| pack.module(m.as_str()))
                    .map(|m| t(&m.title))
                    .collect();
                if !modules.is_empty() {
                    w.text(
                        &tr!(tr, "rpt-modules-that-help", modules = modules.join("; ")),
                        10.0,
                        grey(60),
                    );
                }
            }
        }
        (None, _) => {
            w.text(&tr!(tr, "rpt-too-few"), 16.0, grey(20));
            w.text(
                &tr!(tr, "rpt-too-few-detail", missing = score.missing),
                11.0,
                grey(60),
            );
        }
    }
    if !score.plan.is_empty() {
        let next = match score.level {
            Some(reached) => c.levels.iter().find(|l| l.value > reached.value),
            None => c.levels.first(),
        };
        if let Some(next) = next {
            w.gap(10.0);
            w.text(
                &tr!(tr, "rpt-to-reach", level = t(&next.title)),
                12.0,
                grey(20),
            );
            for id in &score.plan {
                w.text(&format!("• {}", item_text(id)), 11.0, grey(40));
            }
        }
    }
    if !score.dimension_levels.is_empty() {
        w.gap(14.0);
        w.text(&tr!(tr, "rpt-levels-by-dimension"), 12.0, grey(20));
        for d in &score.dimension_levels {
            let level = d
                .level
                .map_or_else(|| tr!(tr, "rpt-no-level"), |l| t(&l.title));
            w.text(
                &format!("{}: {level}", t(&d.dimension.title)),
                11.0,
                grey(30),
            );
            if let Some(next) = d.next {
                w.text(
                    &tr!(tr, "rpt-to-reach", level = t(&next.title)),
                    10.0,
                    grey(60),
                );
                for id in &d.plan {
                    w.text(&format!("• {}", item_text(id)), 10.0, grey(40));
                }
            }
            w.gap(4.0);
        }
    }
    w.gap(16.0);
    w.text(&tr!(tr, "rpt-score-by-dimension"), 12.0, grey(20));
    w.gap(6.0);
    let (label_w, bar_x, bar_w) = (190.0, MARGIN + 200.0, 230.0);
    let top = w.y;
    for (d, s) in c.dimensions.iter().zip(&score.dimensions) {
        w.room(24.0);
        let y = w.y;
        let label = wrap(&t(&d.title), 10.0, label_w)
            .into_iter()
            .next()
            .unwrap_or_default();
        w.push(Item::Text {
            x: MARGIN,
            y: y + 12.0,
            size: 10.0,
            color: grey(30),
            text: label,
        });
        if let Some(rect) = Rect::from_xywh(bar_x, y + 3.0, bar_w, 12.0) {
            w.push(Item::Rect {
                rect,
                color: grey(232),
            });
        }
        if let Some(value) = s.score
            && let Some(rect) = Rect::from_xywh(
                bar_x,
                y + 3.0,
                (bar_w * value as f32 / 100.0).max(0.5),
                12.0,
            )
        {
            w.push(Item::Rect {
                rect,
                color: rgb::Color::new(48, 110, 170),
            });
        }
        let shown = s
            .score
            .map_or_else(|| "–".to_owned(), |v| format!("{v:.0}"));
        w.push(Item::Text {
            x: bar_x + bar_w + 8.0,
            y: y + 12.0,
            size: 10.0,
            color: grey(30),
            text: shown,
        });
        w.y += 20.0;
    }
    // Where each band begins, across the bars.
    for band in c.bands.iter().filter(|b| b.min > 0) {
        let x = bar_x + bar_w * band.min as f32 / 100.0;
        w.push(Item::Line {
            x1: x,
            y1: top,
            x2: x,
            y2: w.y,
            color: grey(130),
        });
    }
    w.text(&tr!(tr, "rpt-band-lines"), 8.0, grey(120));
    let words = super::answers::Words {
        pack,
        lang,
        tr: &tr,
    };
    super::answers::gaps_section(&mut w, &words, c, run);
    super::answers::answers_appendix(&mut w, &words, c, run);
    Ok(w)
}

#[cfg(test)]
mod tests;
