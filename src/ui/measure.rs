//! Launch measurements for scripts/measure.sh: with `PUENTE_MEASURE=SECS`
//! in the environment, the app prints `first-frame-ms N` once its first
//! frame has been painted, then closes itself SECS seconds later. Without
//! the variable this does nothing.

use std::sync::OnceLock;
use std::time::{Duration, Instant};

static START: OnceLock<Instant> = OnceLock::new();

/// Call first thing in `main`.
pub fn mark_start() {
    START.get_or_init(Instant::now);
}

#[derive(Debug, Default)]
pub struct Measure {
    frames: u32,
    close_after: Option<Duration>,
    first_frame_at: Option<Instant>,
}

impl Measure {
    pub fn from_env() -> Self {
        let close_after = std::env::var("PUENTE_MEASURE")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .map(Duration::from_secs_f64);
        Self {
            close_after,
            ..Self::default()
        }
    }

    /// Call at the start of every frame.
    pub fn frame(&mut self, ctx: &egui::Context) {
        let Some(close_after) = self.close_after else {
            return;
        };
        self.frames += 1;
        match self.frames {
            // The first frame is being built; ask for a second to know it was painted.
            1 => ctx.request_repaint(),
            2 => {
                let start = START.get().copied().unwrap_or_else(Instant::now);
                println!(
                    "first-frame-ms {:.1}",
                    start.elapsed().as_secs_f64() * 1000.0
                );
                self.first_frame_at = Some(Instant::now());
                ctx.request_repaint_after(close_after);
            }
            _ => {}
        }
        if let Some(at) = self.first_frame_at {
            if at.elapsed() >= close_after {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ctx.request_repaint_after(close_after - at.elapsed());
            }
        }
    }
}
