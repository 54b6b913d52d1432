//! PDF reports: a learner's report (every module with its score, every
//! self-assessment with its band), for the default pack and for packs 10x
//! and 100x its size, the learner having done everything.
//!
//! Run: `cargo bench --bench report`. Budget: the default pack's report
//! well under the 100 ms a click may take before it feels slow (the report
//! is made off the frame anyway); growing linearly.

use puente::cohort::sample::{SampleOptions, sample_cohort};
use puente::content;
use puente::progress::Progress;

#[path = "common.rs"]
mod common;

fn main() {
    divan::main();
}

#[divan::bench(args = [1, 10, 100], sample_count = 10)]
fn learner_report(bencher: divan::Bencher, times: usize) {
    let pack = content::load(&common::scaled_pack(times))
        .pack
        .expect("the scaled pack loads");
    let steps: usize = pack.modules.iter().map(|m| m.steps.len()).sum();
    let items: usize = pack
        .checklists
        .iter()
        .flat_map(|c| &c.dimensions)
        .map(|d| d.items.len() + 1)
        .sum();
    // Enough events to go through every module once, then every checklist.
    let bundle = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 1,
            events: steps * 3 + pack.modules.len() + items + pack.checklists.len(),
            seed: 9,
            start: "2026-11-20T15:00:00Z".parse().expect("time"),
        },
    )
    .remove(0);
    let progress = Progress::from_events(&bundle.events);
    let pdf = puente::report::pdf::learner_report(
        &[&pack],
        "Ana Martínez",
        &progress,
        "es",
        "2026-11-22",
    )
    .expect("the report is made");
    eprintln!(
        "x{times}: {} modules, {} bytes of PDF",
        pack.modules.len(),
        pdf.len()
    );
    bencher.bench_local(|| {
        puente::report::pdf::learner_report(&[&pack], "Ana Martínez", &progress, "es", "2026-11-22")
    });
}

/// The self-assessment report of each shipped checklist (24 items, the
/// last page an appendix of every answer), every item below the top of the
/// scale so that each is listed twice, with a note on every third.
#[divan::bench(args = ["ready-to-file", "health-tech-readiness", "tto-maturity"], sample_count = 10)]
fn assessment_report(bencher: divan::Bencher, checklist: &str) {
    let pack = content::load(&content::source::embedded())
        .pack
        .expect("the built-in pack loads");
    let c = pack
        .checklists
        .iter()
        .find(|c| c.id.as_str() == checklist)
        .expect("a shipped checklist");
    let items: Vec<&puente::content::model::ChecklistItem> =
        c.dimensions.iter().flat_map(|d| &d.items).collect();
    let run = puente::progress::state::AssessmentRun {
        id: uuid::Uuid::from_u128(3),
        pack: pack.info.id.to_string(),
        checklist: c.id.to_string(),
        name: "Parche de glucosa".into(),
        started: "2026-11-20T15:00:00Z".parse().expect("time"),
        updated: "2026-11-20T15:30:00Z".parse().expect("time"),
        ratings: items
            .iter()
            .enumerate()
            .map(|(n, i)| (i.id.to_string(), Some((n % 2) as u32)))
            .collect(),
        notes: items
            .iter()
            .step_by(3)
            .map(|i| (i.id.to_string(), "Revisar con la dirección en marzo".into()))
            .collect(),
        last_dimension: None,
    };
    let pdf = puente::report::pdf::assessment_report(&pack, c, &run, "Ana", "es", "2026-11-22")
        .expect("the report is made");
    eprintln!(
        "{checklist}: {} items, {} bytes of PDF",
        items.len(),
        pdf.len()
    );
    bencher.bench_local(|| {
        puente::report::pdf::assessment_report(&pack, c, &run, "Ana", "es", "2026-11-22")
    });
}
