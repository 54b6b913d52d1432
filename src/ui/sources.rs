//! What a module or checklist rests on: its sources, where to read them,
//! and when its content was last reviewed against them.

use egui::RichText;

use crate::content::{Source, SourceKind};
use crate::tr;

use super::theme;
use super::view::View;

/// A date written `YYYY-MM-DD`, or a month written `YYYY-MM`, in the
/// learner's language; anything else as written.
pub fn date_text(text: &str, lang: &str) -> String {
    if let Ok(day) = text.parse::<jiff::civil::Date>() {
        return crate::content::dates::day_month_year(day, lang);
    }
    let month = text
        .split_once('-')
        .and_then(|(y, m)| jiff::civil::Date::new(y.parse().ok()?, m.parse().ok()?, 1).ok());
    match month {
        // "1 November 2026", "1 de noviembre de 2026" without the day.
        Some(first) => {
            let long = crate::content::dates::day_month_year(first, lang);
            let rest = long.strip_prefix('1').unwrap_or(&long).trim_start();
            rest.strip_prefix("de ").unwrap_or(rest).to_owned()
        }
        None => text.to_owned(),
    }
}

/// One source: title and issuer, its citation, a link to read it, whether
/// it is the text itself or commentary, and when it was consulted.
pub fn source_ui(ui: &mut egui::Ui, view: &View<'_>, source: &Source) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&source.title).strong());
        ui.label(format!("· {}", source.issuer));
    });
    if let Some(citation) = &source.citation {
        ui.label(citation);
    }
    ui.horizontal_wrapped(|ui| {
        let kind = match source.kind {
            SourceKind::Primary => tr!(view.tr, "source-primary"),
            SourceKind::Secondary => tr!(view.tr, "source-secondary"),
        };
        let consulted = tr!(
            view.tr,
            "source-consulted",
            date = date_text(&source.consulted, view.lang)
        );
        ui.label(RichText::new(format!("{kind} · {consulted}")).weak());
        if let Some(url) = &source.url {
            ui.hyperlink_to(tr!(view.tr, "source-open"), url);
        }
    });
}

/// A list of sources under a heading.
pub fn sources_list<'s>(
    ui: &mut egui::Ui,
    view: &View<'_>,
    heading: &str,
    sources: impl IntoIterator<Item = &'s Source>,
) {
    ui.label(RichText::new(heading).text_style(theme::title()).strong());
    for source in sources {
        ui.add_space(4.0);
        source_ui(ui, view, source);
    }
}

/// The end of a module's summary or a checklist's results: every source,
/// then the review date.
pub fn sources_section(
    ui: &mut egui::Ui,
    view: &View<'_>,
    sources: &[Source],
    reviewed: Option<&str>,
) {
    if !sources.is_empty() {
        ui.add_space(theme::GAP);
        ui.separator();
        sources_list(ui, view, &tr!(view.tr, "sources-heading"), sources);
    }
    ui.add_space(theme::GAP / 2.0);
    reviewed_ui(ui, view, reviewed);
}

/// "Content reviewed 27 November 2026", or nothing when no date is given.
pub fn reviewed_ui(ui: &mut egui::Ui, view: &View<'_>, reviewed: Option<&str>) {
    if let Some(date) = reviewed {
        ui.label(
            RichText::new(tr!(
                view.tr,
                "content-reviewed",
                date = date_text(date, view.lang)
            ))
            .weak(),
        );
    }
}

/// The end of a lesson: the sources its text cites, then every source of
/// the module behind a fold, with the review date.
pub fn lesson_sources_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    sources: &[Source],
    reviewed: Option<&str>,
    cited: &[String],
    salt: usize,
) {
    if sources.is_empty() {
        return;
    }
    ui.add_space(theme::GAP);
    ui.separator();
    let cited: Vec<&Source> = cited
        .iter()
        .filter_map(|id| sources.iter().find(|s| s.id.as_str() == id))
        .collect();
    if !cited.is_empty() {
        sources_list(ui, view, &tr!(view.tr, "sources-cited"), cited);
        ui.add_space(theme::GAP / 2.0);
    }
    egui::CollapsingHeader::new(tr!(view.tr, "sources-module", n = sources.len()))
        .id_salt(("module-sources", salt))
        .show(ui, |ui| {
            reviewed_ui(ui, view, reviewed);
            for source in sources {
                ui.add_space(4.0);
                source_ui(ui, view, source);
            }
        });
}

#[cfg(test)]
mod tests {
    use super::date_text;

    #[test]
    fn days_and_months_read_in_the_learners_language() {
        assert_eq!(date_text("2026-11-27", "en"), "27 November 2026");
        assert_eq!(date_text("2026-11", "en"), "November 2026");
        assert_eq!(date_text("2026-11", "es"), "noviembre de 2026");
        assert_eq!(date_text("2026-11", "pt"), "novembro de 2026");
        assert_eq!(date_text("soon", "en"), "soon");
    }
}
