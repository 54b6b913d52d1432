//! Modules: opening one, moving between steps, answering, finishing.

use crate::assess;
use crate::progress::{Answer, EventBody};
use crate::ui::player::PlayerState;

use super::{PuenteApp, Route};

impl PuenteApp {
    pub(super) fn apply_open_module(&mut self, pack_id: &str, module_id: &str, step: Option<&str>) {
        let Some(module) = self
            .library
            .pack(pack_id)
            .and_then(|pack| pack.module(module_id))
        else {
            return;
        };
        if module.steps.is_empty() {
            return;
        }
        let progress = self
            .learner
            .as_ref()
            .and_then(|l| l.progress.module(pack_id, module_id));
        let wanted = step
            .map(str::to_owned)
            .or_else(|| progress.and_then(|p| p.last_step.clone()));
        let index = wanted
            .and_then(|id| module.steps.iter().position(|s| s.id().as_str() == id))
            .unwrap_or(0);
        let mut player = PlayerState::new(pack_id, module_id, index);
        if let Some(learner) = &self.learner {
            player.learner = learner.session.profile.id.to_string();
        }
        self.route = Route::Module(Box::new(player));
        self.enter_step();
    }

    pub(super) fn apply_go_to_step(&mut self, index: usize) {
        if let Route::Module(state) = &mut self.route {
            state.step = index;
        }
        self.enter_step();
    }

    /// Record the visit and load the saved answer into the screen state.
    fn enter_step(&mut self) {
        let Route::Module(state) = &mut self.route else {
            return;
        };
        let Some(module) = self
            .library
            .pack(&state.pack)
            .and_then(|p| p.module(&state.module))
        else {
            return;
        };
        state.step = state.step.min(module.steps.len().saturating_sub(1));
        let Some(step) = module.steps.get(state.step) else {
            return;
        };
        let saved = self
            .learner
            .as_ref()
            .and_then(|l| l.progress.module(&state.pack, &state.module))
            .and_then(|p| p.answers.get(step.id().as_str()))
            .map(|r| r.answer.clone());
        state.load(step, saved.as_ref());
        let (pack, body) = (
            state.pack.clone(),
            EventBody::Visited {
                module: state.module.clone(),
                step: step.id().to_string(),
            },
        );
        self.record(&pack, body);
    }

    pub(super) fn apply_submit(&mut self, answer: Answer) {
        let Route::Module(state) = &self.route else {
            return;
        };
        let Some(step) = self
            .library
            .pack(&state.pack)
            .and_then(|p| p.module(&state.module))
            .and_then(|m| m.steps.get(state.step))
        else {
            return;
        };
        let scored = assess::score(step, &answer);
        let body = EventBody::Answered {
            module: state.module.clone(),
            step: step.id().to_string(),
            answer,
            score: scored.score,
            correct: scored.correct,
        };
        let pack = state.pack.clone();
        self.record(&pack, body);
    }

    pub(super) fn apply_finish(&mut self) {
        let Route::Module(state) = &self.route else {
            return;
        };
        let (pack, module) = (state.pack.clone(), state.module.clone());
        let score = self.module_percent(&pack, &module);
        self.record(
            &pack,
            EventBody::Completed {
                module: module.clone(),
                score,
            },
        );
        self.route = Route::Summary { pack, module };
    }

    /// The learner's score in a module, in percent, when anything scored.
    pub fn module_percent(&self, pack_id: &str, module_id: &str) -> Option<f64> {
        let module = self.library.pack(pack_id)?.module(module_id)?;
        let progress = self
            .learner
            .as_ref()
            .and_then(|l| l.progress.module(pack_id, module_id));
        assess::module_score(&module.steps, progress).percent
    }
}
