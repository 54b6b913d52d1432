//! Driving the window in tests without counting frames.
//!
//! egui asks for another frame whenever something changed (a widget seen
//! for the first time, a result picked up from a worker thread), so how
//! many frames a click takes to settle depends on what happened meanwhile
//! off the frame, and so on how busy the machine is. These helpers never
//! assume a number of frames: they run frames until the window is idle, or
//! until a named condition holds, within a generous time limit, and fail
//! with a message naming what they waited for.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use puente::ui::PuenteApp;

/// How long a test waits for the window to settle or for work off the
/// frame to finish before it fails. Far above what any step takes on an
/// idle machine (milliseconds), so only a real hang reaches it.
pub const PATIENCE: Duration = Duration::from_secs(120);

/// Run frames until egui asks for no immediate repaint.
///
/// `Harness::run` panics when that takes more than a fixed number of
/// frames; this keeps going until [`PATIENCE`] runs out instead.
#[track_caller]
pub fn settle<S>(h: &mut Harness<'_, S>) {
    let deadline = Instant::now() + PATIENCE;
    while h.run_ok().is_none() {
        if Instant::now() > deadline {
            panic!(
                "the window kept asking for frames for {PATIENCE:?}: {:?}",
                h.ctx.repaint_causes()
            );
        }
    }
}

/// Run frames, pausing between them, until `done` holds; fail after
/// [`PATIENCE`] with `what` in the message.
#[track_caller]
pub fn wait_until<S>(h: &mut Harness<'_, S>, what: &str, done: impl Fn(&Harness<'_, S>) -> bool) {
    let deadline = Instant::now() + PATIENCE;
    settle(h);
    while !done(h) {
        if Instant::now() > deadline {
            panic!("waited {PATIENCE:?} for {what}, in vain");
        }
        std::thread::sleep(Duration::from_millis(10));
        settle(h);
    }
}

/// Wait until the window shows a widget whose label contains `text`.
#[track_caller]
pub fn wait_for<S>(h: &mut Harness<'_, S>, text: &str) {
    wait_until(h, &format!("{text:?} to show"), |h| shows(h, text));
}

/// Wait until nothing runs off the frame any more (a pack being opened,
/// an import, a file being saved) and the window has shown the result.
#[track_caller]
pub fn wait_idle(h: &mut Harness<'_, PuenteApp>) {
    let running = h.state().background_work().unwrap_or("nothing");
    wait_until(
        h,
        &format!("the work off the frame ({running}) to end"),
        |h| h.state().background_work().is_none(),
    );
}

/// Whether a widget whose label contains `text` is shown.
pub fn shows<S>(h: &Harness<'_, S>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Click the widget labelled exactly `label`, then let the window settle.
#[track_caller]
pub fn click<S>(h: &mut Harness<'_, S>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

/// Click the widget whose label contains `label`, then let it settle.
#[track_caller]
pub fn click_contains<S>(h: &mut Harness<'_, S>, label: &str) {
    h.get_by_label_contains(label).click();
    settle(h);
}

/// Type `text` into the field labelled `label`, then let it settle.
#[track_caller]
pub fn type_into<S>(h: &mut Harness<'_, S>, label: &str, text: &str) {
    let field = h.get_by_label(label);
    field.focus();
    field.type_text(text);
    settle(h);
}

/// Press a key, then let the window settle.
#[track_caller]
pub fn press<S>(h: &mut Harness<'_, S>, key: egui::Key) {
    h.key_press(key);
    settle(h);
}
