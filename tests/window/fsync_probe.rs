//! Not a test of behaviour: a probe for `scripts/fsyncs-per-click.sh`,
//! which runs it under `strace -c` to count the fsyncs clicks cost
//! (docs/performance.md). It clicks through the frozen 0.2.0 pack, so the
//! shipped course can change without moving it.

use crate::common;

use common::ui::*;
use egui_kittest::Harness;
use std::path::Path;

use puente::content::{self, source};
use puente::progress::store::DataDirKind;
use puente::ui::PuenteApp;

fn clicks(var: &str) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// `PROBE_NAV` clicks on "Next →" and "← Back" in a module, then
/// `PROBE_ANSWERS` answers checked (the same exercise, tried again), then
/// 1.5 s for anything batched to reach the disk.
#[test]
#[ignore = "a probe run by scripts/fsyncs-per-click.sh"]
fn fsync_probe() {
    let data = tempfile::tempdir().expect("temp");
    let path = data.path().to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 6000.0))
        .build_eframe(move |cc| {
            let frozen = content::load(&source::read_dir(Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/pack-0.2.0"
            ))));
            PuenteApp::new(&cc.egui_ctx, vec![frozen], path, DataDirKind::Explicit)
                .with_language("en")
        });
    settle(&mut h);
    type_into(&mut h, "Your name", "Probe");
    click(&mut h, "Create profile");
    click(&mut h, "IP basics for the life sciences");
    // To the first exercise (the third step), where the probe answers.
    click(&mut h, "Next →");
    click(&mut h, "Next →");
    for i in 0..clicks("PROBE_NAV") {
        click(&mut h, if i % 2 == 0 { "← Back" } else { "Next →" });
    }
    for _ in 0..clicks("PROBE_ANSWERS") {
        click(&mut h, "Yes, because nobody had described it before.");
        click(&mut h, "Check answer");
        click(&mut h, "Try again");
    }
    std::thread::sleep(std::time::Duration::from_millis(1500));
    h.run_ok();
    settle(&mut h);
}
