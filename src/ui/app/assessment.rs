//! Self-assessments: starting a run, coming back to one, moving between
//! dimensions, rating and noting items.

use uuid::Uuid;

use crate::content::Pack;
use crate::content::model::Checklist;
use crate::progress::EventBody;
use crate::ui::assessment::AssessState;

use super::{PuenteApp, Route};

impl PuenteApp {
    pub(super) fn apply_start_assessment(&mut self, pack: &str, checklist: String, name: &str) {
        let run = Uuid::new_v4();
        self.record(
            pack,
            EventBody::AssessmentStarted {
                run,
                checklist,
                name: name.trim().to_owned(),
            },
        );
        self.route = Route::Assess(AssessState {
            run,
            dimension: 0,
            notes: Default::default(),
        });
        self.apply_view_dimension(0);
    }

    /// Open a run at the dimension the learner last looked at.
    pub(super) fn apply_open_run(&mut self, run: Uuid) {
        let Some(r) = self
            .learner
            .as_ref()
            .and_then(|l| l.progress.runs.get(&run))
        else {
            return;
        };
        let dimension = self
            .run_context(run)
            .and_then(|(_, c)| {
                let last = r.last_dimension.as_deref()?;
                c.dimensions.iter().position(|d| d.id.as_str() == last)
            })
            .unwrap_or(0);
        self.route = Route::Assess(AssessState {
            run,
            dimension,
            notes: Default::default(),
        });
    }

    pub(super) fn apply_view_dimension(&mut self, index: usize) {
        let Route::Assess(state) = &mut self.route else {
            return;
        };
        state.dimension = index;
        let run = state.run;
        let viewed = self.run_context(run).and_then(|(pack, c)| {
            c.dimensions
                .get(index)
                .map(|d| (pack.info.id.to_string(), c.id.to_string(), d.id.to_string()))
        });
        if let Some((pack, checklist, dimension)) = viewed {
            self.record(
                &pack,
                EventBody::DimensionViewed {
                    run,
                    checklist,
                    dimension,
                },
            );
        }
    }

    pub(super) fn apply_rate(&mut self, run: Uuid, item: String, value: Option<u32>) {
        self.record_for_run(run, |checklist| EventBody::Rated {
            run,
            checklist,
            item,
            value,
        });
    }

    pub(super) fn apply_note_item(&mut self, run: Uuid, item: String, text: String) {
        self.record_for_run(run, |checklist| EventBody::ItemNoted {
            run,
            checklist,
            item,
            text,
        });
    }

    /// Record an event about a run, in its pack, given its checklist id.
    fn record_for_run(&mut self, run: Uuid, body: impl FnOnce(String) -> EventBody) {
        if let Some((pack, checklist)) = self
            .run_context(run)
            .map(|(p, c)| (p.info.id.to_string(), c.id.to_string()))
        {
            self.record(&pack, body(checklist));
        }
    }

    /// The pack and checklist of a run.
    pub(super) fn run_context(&self, run: Uuid) -> Option<(&Pack, &Checklist)> {
        let r = self.learner.as_ref()?.progress.runs.get(&run)?;
        let pack = self.library.pack(&r.pack)?;
        let checklist = pack
            .checklists
            .iter()
            .find(|c| c.id.as_str() == r.checklist)?;
        Some((pack, checklist))
    }
}
