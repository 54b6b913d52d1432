//! The results screen's "Gaps to close", in the words of the PDF report:
//! knock-out answers first and marked, then by dimension the lowest rating
//! and the heaviest item, each with the answer as the learner chose it;
//! the items not answered yet apart.

use egui::RichText;

use crate::assess::gaps::{self, Gap};
use crate::content::Pack;
use crate::content::model::Checklist;
use crate::progress::state::AssessmentRun;
use crate::tr;

use super::super::theme;
use super::super::view::View;

pub(super) fn gaps_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    c: &Checklist,
    run: &AssessmentRun,
) {
    let g = gaps::gaps(c, &run.ratings);
    ui.add_space(theme::GAP);
    ui.label(
        RichText::new(tr!(view.tr, "rpt-gaps"))
            .text_style(theme::title())
            .strong(),
    );
    if g.none() {
        ui.label(tr!(view.tr, "rpt-gaps-none"));
    } else {
        ui.label(RichText::new(tr!(view.tr, "rpt-gaps-intro")).weak());
    }
    if !g.knock_outs.is_empty() {
        ui.add_space(6.0);
        ui.label(
            RichText::new(tr!(view.tr, "rpt-knock-outs"))
                .color(theme::wrong(ui.visuals()))
                .strong(),
        );
        for gap in &g.knock_outs {
            gap_row(ui, view, pack, c, gap);
        }
    }
    for d in &g.dimensions {
        ui.add_space(6.0);
        ui.label(RichText::new(view.t(pack, &d.dimension.title)).strong());
        for gap in &d.gaps {
            gap_row(ui, view, pack, c, gap);
        }
    }
    if !g.unanswered.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(RichText::new(tr!(view.tr, "rpt-not-answered")).strong());
        ui.label(RichText::new(tr!(view.tr, "rpt-not-answered-intro")).weak());
        for open in &g.unanswered {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("• {}", view.t(pack, &open.item.text)));
                ui.label(RichText::new(view.t(pack, &open.dimension.title)).weak());
                if open.knock_out {
                    ui.label(
                        RichText::new(tr!(view.tr, "rpt-knock-out-question"))
                            .color(theme::wrong(ui.visuals())),
                    );
                }
            });
        }
    }
}

/// One gap: the item, the answer's label and, for a knock-out, the mark.
fn gap_row(ui: &mut egui::Ui, view: &View<'_>, pack: &Pack, c: &Checklist, gap: &Gap<'_>) {
    let label = c
        .scale
        .levels
        .iter()
        .find(|l| l.value == gap.value)
        .map_or_else(
            || gap.value.to_string(),
            |l| view.t(pack, &l.label).to_owned(),
        );
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("• {}", view.t(pack, &gap.item.text)));
        ui.label(RichText::new(format!("— {label}")).strong());
        if gap.knock_out {
            ui.label(
                RichText::new(tr!(view.tr, "rpt-knock-out"))
                    .color(theme::wrong(ui.visuals()))
                    .strong(),
            );
        }
    });
}
