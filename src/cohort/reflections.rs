//! The reflections learners chose to share with the facilitator: for each
//! reflection step of the pack, the latest text of each learner who shared
//! one. Only learners who came to this folder in bundles that share their
//! reflections are asked for ([`super::Builder::add_shared`]); what a
//! learner wrote on this laptop for themselves is never collected.

use std::collections::HashMap;

use jiff::Timestamp;
use uuid::Uuid;

use crate::content::Pack;
use crate::content::model::Step;
use crate::progress::{Answer, Event, EventBody, Profile};

/// One learner's latest text for a reflection step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedText {
    pub learner: Uuid,
    pub name: String,
    pub group: String,
    pub text: String,
    /// When it was written.
    pub at: Timestamp,
}

/// A reflection step of the pack and what learners shared for it, oldest
/// text first (not by name: with names hidden, the order does not tell
/// who wrote which, nor link one learner's texts across steps).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepReflections {
    pub module: String,
    pub step: String,
    pub shared: Vec<SharedText>,
}

/// Reflections gathered one learner at a time.
#[derive(Default)]
pub(super) struct Collector {
    by_step: HashMap<(String, String), Vec<SharedText>>,
}

impl Collector {
    /// Keep the latest text of each reflection step among `events` (the
    /// learner's, already filtered); a text left empty is not shown.
    pub(super) fn add(
        &mut self,
        steps: &HashMap<(&str, &str), &Step>,
        profile: &Profile,
        events: &[&Event],
    ) {
        let mut latest: HashMap<(&str, &str), (&Event, &str)> = HashMap::new();
        for event in events {
            let EventBody::Answered {
                module,
                step,
                answer: Answer::Text { text },
                ..
            } = &event.body
            else {
                continue;
            };
            let key = (module.as_str(), step.as_str());
            if !matches!(steps.get(&key), Some(Step::Reflection(_))) {
                continue;
            }
            let newer = latest
                .get(&key)
                .is_none_or(|(e, _)| (e.at, e.id) < (event.at, event.id));
            if newer {
                latest.insert(key, (event, text));
            }
        }
        for ((module, step), (event, text)) in latest {
            if text.trim().is_empty() {
                continue;
            }
            self.by_step
                .entry((module.to_owned(), step.to_owned()))
                .or_default()
                .push(SharedText {
                    learner: profile.id,
                    name: profile.name.clone(),
                    group: profile.group.trim().to_owned(),
                    text: text.to_owned(),
                    at: event.at,
                });
        }
    }

    /// The steps with at least one text, in pack order.
    pub(super) fn finish(mut self, pack: &Pack) -> Vec<StepReflections> {
        let mut out = Vec::new();
        for module in &pack.modules {
            for step in &module.steps {
                let key = (module.id.to_string(), step.id().to_string());
                let Some(mut shared) = self.by_step.remove(&key) else {
                    continue;
                };
                shared.sort_by_key(|s| (s.at, s.learner));
                out.push(StepReflections {
                    module: key.0,
                    step: key.1,
                    shared,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use jiff::tz::TimeZone;

    use super::*;
    use crate::cohort::{Builder, Filter};
    use crate::progress::EVENT_FORMAT;
    use crate::progress::store::{Display, FILE_FORMAT};

    fn pack() -> crate::content::Loaded {
        crate::content::load(&crate::content::source::embedded())
    }

    fn profile(name: &str, group: &str) -> Profile {
        Profile {
            format: FILE_FORMAT,
            id: Uuid::new_v4(),
            name: name.to_owned(),
            language: "es".to_owned(),
            created: Timestamp::UNIX_EPOCH,
            display: Display::default(),
            group: group.to_owned(),
            review: Default::default(),
        }
    }

    fn text(p: &Profile, step: &str, text: &str, at: &str) -> Event {
        Event {
            v: EVENT_FORMAT,
            id: Uuid::new_v4(),
            profile: p.id,
            device: Uuid::nil(),
            at: at.parse().expect("a time"),
            pack: "puente-core".into(),
            pack_version: "1".into(),
            body: EventBody::Answered {
                module: "ip-basics".into(),
                step: step.into(),
                answer: Answer::Text { text: text.into() },
                score: None,
                correct: None,
            },
        }
    }

    #[test]
    fn the_latest_text_of_each_learner_and_only_shared_ones() {
        let loaded = pack();
        let pack = loaded.pack.as_ref().expect("the built-in pack");
        let ana = profile("Ana", "Lima");
        let bruno = profile("Bruno", "Lima");
        let carla = profile("Carla", "Quito");
        let dora = profile("Dora", "Lima");
        let ana_events = vec![
            // Written on two devices: the latest wins, whatever the order.
            text(
                &ana,
                "own-results",
                "second thoughts",
                "2026-03-02T10:00:00Z",
            ),
            text(
                &ana,
                "own-results",
                "first thoughts",
                "2026-03-01T10:00:00Z",
            ),
        ];
        let bruno_events = vec![
            text(&bruno, "own-results", "a poster", "2026-03-01T09:00:00Z"),
            // Cleared since: not shown.
            text(&bruno, "own-results", "  ", "2026-03-03T09:00:00Z"),
        ];
        let carla_events = vec![text(
            &carla,
            "own-results",
            "know-how",
            "2026-03-01T08:00:00Z",
        )];
        let dora_events = vec![text(
            &dora,
            "own-results",
            "kept private",
            "2026-03-01T08:00:00Z",
        )];
        let build = |filter: &Filter| {
            let mut b = Builder::new(pack, filter, &TimeZone::UTC);
            b.add_shared(&ana, &ana_events);
            b.add_shared(&bruno, &bruno_events);
            b.add_shared(&carla, &carla_events);
            // Dora's texts were written on this laptop: not collected.
            b.add(&dora, &dora_events);
            b.finish()
        };

        let all = build(&Filter::default());
        assert_eq!(all.reflections.len(), 1);
        let step = &all.reflections[0];
        assert_eq!(
            (step.module.as_str(), step.step.as_str()),
            ("ip-basics", "own-results")
        );
        let texts: Vec<(&str, &str)> = step
            .shared
            .iter()
            .map(|s| (s.name.as_str(), s.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [("Carla", "know-how"), ("Ana", "second thoughts")],
            "oldest first, one per learner"
        );
        assert_eq!(all.learners.len(), 4, "Dora is still counted");

        let lima = build(&Filter {
            group: Some("Lima".into()),
            date: None,
        });
        let names: Vec<&str> = lima.reflections[0]
            .shared
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(names, ["Ana"], "the group filter");

        let first_day = build(&Filter {
            group: None,
            date: Some("2026-03-01".parse().expect("a date")),
        });
        let texts: Vec<&str> = first_day.reflections[0]
            .shared
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(
            texts,
            ["know-how", "a poster", "first thoughts"],
            "the latest of that day"
        );

        let quito_late = build(&Filter {
            group: Some("Quito".into()),
            date: Some("2026-03-02".parse().expect("a date")),
        });
        assert!(quito_late.reflections.is_empty());
    }
}
