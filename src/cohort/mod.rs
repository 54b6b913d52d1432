//! A workshop's cohort: every learner of a data folder, against one pack.
//! Pure: no files, no egui, no clock. The facilitator's dashboard, the
//! `puente cohort` CSV and presenter mode's room tallies are all read from
//! a [`Dashboard`].

pub mod csv;
pub mod items;
pub mod reflections;
pub mod sample;
pub mod xapi;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use uuid::Uuid;

use crate::assess::{checklist, exercise};
use crate::content::Pack;
use crate::content::model::Step;
use crate::progress::{Answer, Event, EventBody, Profile, Progress};
use crate::review::{LessonTerms, Params, Queue};

/// Which learners and events the dashboard counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only learners of this group.
    pub group: Option<String>,
    /// Only events of this day (in the facilitator's time zone): what the
    /// room did during one workshop.
    pub date: Option<Date>,
}

/// A learner's standing in one module.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cell {
    NotStarted,
    /// `done` of `steps` steps visited or answered.
    InProgress {
        done: usize,
        steps: usize,
    },
    /// Reached the end; score 0–100 when the module has scored exercises.
    Done {
        score: Option<f64>,
    },
}

/// One learner's row.
#[derive(Clone, Debug, PartialEq)]
pub struct LearnerRow {
    pub id: Uuid,
    pub name: String,
    pub group: String,
    /// Per module of the pack, in pack order.
    pub cells: Vec<Cell>,
    /// Mean score of the modules completed, 0–100.
    pub average: Option<f64>,
    pub last_active: Option<jiff::Timestamp>,
    /// Events counted (after the filter).
    pub events: usize,
    /// Overall score of the latest run of each checklist of the pack, in
    /// pack order (`None`: no run, or too few answers to score).
    pub checklists: Vec<Option<f64>>,
    /// Spaced review, from all the learner's events (whatever the date
    /// filter): it is scheduled on them all.
    pub review: ReviewStats,
}

/// A learner's spaced review as the facilitator sees it. The dashboard
/// knows no clock: what is due is counted against the facilitator's day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReviewStats {
    /// When each active card falls due, and what the daily cap on new
    /// terms needs to know of it.
    pub due: Vec<crate::review::Slot>,
    /// Reviews given, and recalled.
    pub reviews: u32,
    pub recalled: u32,
}

impl ReviewStats {
    /// Cards due by `day_end`, as the learner's own window counts them.
    pub fn due_by(&self, day_end: jiff::Timestamp) -> usize {
        crate::review::due_slots(&self.due, day_end).len()
    }

    /// Cards that fell due before `day_start` (new terms left out).
    pub fn overdue(&self, day_start: jiff::Timestamp) -> usize {
        crate::review::overdue_slots(&self.due, day_start)
    }

    /// The share of reviews recalled, if any were given.
    pub fn recall_rate(&self) -> Option<f64> {
        (self.reviews > 0).then(|| f64::from(self.recalled) / f64::from(self.reviews))
    }
}

/// An exercise the room found hard.
#[derive(Clone, Debug, PartialEq)]
pub struct HardExercise {
    pub module: String,
    pub step: String,
    /// Learners who answered it.
    pub answered: usize,
    /// Of those, learners whose first answer was wrong.
    pub wrong: usize,
    /// The wrong first answer given most often, and by how many.
    pub most_chosen: Option<(Answer, usize)>,
}

impl HardExercise {
    pub fn wrong_share(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            self.wrong as f64 / self.answered as f64
        }
    }
}

/// Fewer learners than this with a run of a checklist: its averages are not
/// shown, so no one's self-assessment can be read off the projector.
pub const MIN_RUNS_SHOWN: usize = 3;

/// Averages of one checklist over the learners' latest runs (none while
/// fewer than [`MIN_RUNS_SHOWN`] learners ran it).
#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistAverage {
    pub checklist: String,
    /// Learners with a run of this checklist.
    pub runs: usize,
    /// Per dimension, in checklist order: (dimension id, mean score 0–100
    /// over the runs that score it, how many runs score it).
    pub dimensions: Vec<(String, Option<f64>, usize)>,
    pub overall: Option<f64>,
}

/// Everything the facilitator sees.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dashboard {
    /// Module ids, in pack order (the columns).
    pub modules: Vec<String>,
    /// Checklist ids, in pack order.
    pub checklist_ids: Vec<String>,
    pub learners: Vec<LearnerRow>,
    /// Hardest first: the highest share of wrong first answers, then the
    /// most learners.
    pub hardest: Vec<HardExercise>,
    pub checklists: Vec<ChecklistAverage>,
    /// First answers per exercise: (module, step) → answer key → learners.
    pub tallies: HashMap<(String, String), BTreeMap<String, usize>>,
    /// Every group and every active day in the folder (before filtering),
    /// for the filter pickers.
    pub groups: Vec<String>,
    pub dates: Vec<Date>,
    /// Events for content the pack no longer has (kept, not shown).
    pub orphan_events: usize,
    /// Learners read, before filtering.
    pub read: usize,
    /// Per learner counted (in no particular order), the first scored
    /// answer to each exercise: (module, step) → (score 0–1, answer). What
    /// item analysis ([`items`]) is computed from.
    pub first_scores: Vec<HashMap<(String, String), (f64, Answer)>>,
    /// The reflections shared with the facilitator, per reflection step
    /// with at least one, in pack order (after the filter).
    pub reflections: Vec<reflections::StepReflections>,
}

/// A key that counts identical answers together, and names the options of
/// choice answers (`"opt-a"`, `"true"`).
pub fn answer_keys(answer: &Answer) -> Vec<String> {
    match answer {
        Answer::Choice { option } => vec![option.clone()],
        Answer::Choices { options } => options.clone(),
        Answer::TrueFalse { value } => vec![value.to_string()],
        other => vec![serde_json::to_string(other).unwrap_or_default()],
    }
}

/// Local days of instants, remembering the last day's bounds so that a
/// run of events on one day costs one time-zone conversion.
struct Days<'a> {
    tz: &'a TimeZone,
    last: Option<(jiff::Timestamp, jiff::Timestamp, Date)>,
}

impl<'a> Days<'a> {
    fn new(tz: &'a TimeZone) -> Self {
        Self { tz, last: None }
    }

    fn of(&mut self, at: jiff::Timestamp) -> Date {
        if let Some((start, end, date)) = self.last
            && start <= at
            && at < end
        {
            return date;
        }
        let zoned = at.to_zoned(self.tz.clone());
        let date = zoned.date();
        let bounds = (|| {
            let start = zoned.start_of_day().ok()?.timestamp();
            let end = zoned.tomorrow().ok()?.start_of_day().ok()?.timestamp();
            Some((start, end))
        })();
        self.last = bounds.map(|(s, e)| (s, e, date));
        date
    }
}

/// A latest run's dimension scores and overall score.
type RunScores = (Vec<Option<f64>>, Option<f64>);

/// (module, step) → (answered, wrong, wrong answer key → (answer, count)).
type PerExercise = HashMap<(String, String), (usize, usize, HashMap<String, (Answer, usize)>)>;

/// A [`Dashboard`] built one learner at a time, so that a cohort of any
/// size is never held in memory whole: each learner's events are read,
/// added and dropped before the next learner's are read. What it keeps
/// grows with the learners (one row each) and the exercises, never with
/// the events.
pub struct Builder<'p> {
    pack: &'p Pack,
    filter: Filter,
    tz: TimeZone,
    dashboard: Dashboard,
    groups: BTreeSet<String>,
    dates: BTreeSet<Date>,
    steps: HashMap<(&'p str, &'p str), &'p Step>,
    per_exercise: PerExercise,
    /// Per checklist id: each latest run's dimension scores and overall.
    runs_by_checklist: HashMap<&'p str, Vec<RunScores>>,
    /// The glossary terms of each lesson, read once for the whole cohort.
    lesson_terms: LessonTerms,
    reflections: reflections::Collector,
}

impl<'p> Builder<'p> {
    pub fn new(pack: &'p Pack, filter: &Filter, tz: &TimeZone) -> Self {
        Self {
            pack,
            filter: filter.clone(),
            tz: tz.clone(),
            dashboard: Dashboard {
                modules: pack.modules.iter().map(|m| m.id.to_string()).collect(),
                checklist_ids: pack.checklists.iter().map(|c| c.id.to_string()).collect(),
                ..Dashboard::default()
            },
            groups: BTreeSet::new(),
            dates: BTreeSet::new(),
            steps: pack
                .modules
                .iter()
                .flat_map(|m| {
                    m.steps
                        .iter()
                        .map(move |s| ((m.id.as_str(), s.id().as_str()), s))
                })
                .collect(),
            per_exercise: HashMap::new(),
            runs_by_checklist: HashMap::new(),
            lesson_terms: LessonTerms::default(),
            reflections: reflections::Collector::default(),
        }
    }

    /// Add one learner: the profile and every event (from any number of
    /// devices, duplicates allowed). Their reflections are not read: see
    /// [`Self::add_shared`].
    pub fn add(&mut self, profile: &Profile, events: &[Event]) {
        self.add_learner(profile, events, false);
    }

    /// Add one learner whose reflections reached this folder because they
    /// shared them (an imported learner: an import keeps reflections only
    /// from bundles that share them); their latest texts are shown.
    pub fn add_shared(&mut self, profile: &Profile, events: &[Event]) {
        self.add_learner(profile, events, true);
    }

    fn add_learner(&mut self, profile: &Profile, events: &[Event], shared: bool) {
        let pack = self.pack;
        let pack_id = pack.info.id.as_str();
        self.dashboard.read += 1;
        if !profile.group.trim().is_empty() && !self.groups.contains(profile.group.trim()) {
            self.groups.insert(profile.group.trim().to_owned());
        }
        let mut seen = HashSet::with_capacity(events.len());
        let mut mine: Vec<&Event> = events
            .iter()
            .filter(|e| e.pack == pack_id && seen.insert(e.id))
            .collect();
        mine.sort_by_key(|e| (e.at, e.id));
        // Local days, converted once per day rather than per event.
        let mut days = Days::new(&self.tz);
        let mut active: BTreeSet<Date> = BTreeSet::new();
        for e in &mine {
            active.insert(days.of(e.at));
        }
        self.dates.extend(active.iter().copied());
        if self
            .filter
            .group
            .as_deref()
            .is_some_and(|g| g != profile.group.trim())
        {
            return;
        }
        // Spaced review is scheduled on all the learner's events, whatever
        // the date filter.
        let mut history = crate::progress::reviews::ReviewHistory::default();
        for e in &mine {
            history.apply(e);
        }
        let queue = Queue::build_with(
            &history,
            |id| (id == pack_id).then_some(pack),
            &Params::with_retention(profile.review.retention),
            &mut self.lesson_terms,
        );
        let (reviews, recalled) = queue.recall();
        let review = ReviewStats {
            due: queue
                .cards
                .iter()
                .filter(|c| c.is_active())
                .map(crate::review::Card::slot)
                .collect(),
            reviews,
            recalled,
        };
        if let Some(date) = self.filter.date {
            if !active.contains(&date) {
                return;
            }
            mine.retain(|e| days.of(e.at) == date);
        }
        let progress = Progress::from_events(mine.iter().copied());
        if shared {
            self.reflections.add(&self.steps, profile, &mine);
        }

        // First answers.
        let mut first: HashSet<(&str, &str)> = HashSet::new();
        let mut first_scored: HashMap<(&str, &str), (f64, &Answer)> = HashMap::new();
        for event in &mine {
            let EventBody::Answered {
                module,
                step,
                answer,
                ..
            } = &event.body
            else {
                continue;
            };
            let Some(content) = self.steps.get(&(module.as_str(), step.as_str())) else {
                self.dashboard.orphan_events += 1;
                continue;
            };
            // A scenario's first answers are unfinished paths: its first
            // scored answer is its first finished one.
            if exercise::is_scored(content)
                && !first_scored.contains_key(&(module.as_str(), step.as_str()))
                && let Some(s) = exercise::score(content, answer).score
            {
                first_scored.insert((module, step), (s, answer));
            }
            if !first.insert((module, step)) {
                continue;
            }
            let key = (module.clone(), step.clone());
            let tally = self.dashboard.tallies.entry(key.clone()).or_default();
            for k in answer_keys(answer) {
                *tally.entry(k).or_default() += 1;
            }
            if !exercise::is_scored(content) {
                continue;
            }
            let entry = self.per_exercise.entry(key).or_default();
            entry.0 += 1;
            if exercise::score(content, answer).correct == Some(false) {
                entry.1 += 1;
                let k = serde_json::to_string(answer).unwrap_or_default();
                entry.2.entry(k).or_insert_with(|| (answer.clone(), 0)).1 += 1;
            }
        }

        let cells: Vec<Cell> = pack
            .modules
            .iter()
            .map(|m| {
                let p = progress.module(pack_id, m.id.as_str());
                match p {
                    None => Cell::NotStarted,
                    Some(p) if p.completed.is_some() => Cell::Done {
                        score: exercise::module_score(&m.steps, Some(p)).percent,
                    },
                    Some(p) => Cell::InProgress {
                        done: exercise::module_score(&m.steps, Some(p)).done,
                        steps: m.steps.len(),
                    },
                }
            })
            .collect();
        let scores: Vec<f64> = cells
            .iter()
            .filter_map(|c| match c {
                Cell::Done { score } => *score,
                _ => None,
            })
            .collect();
        let average =
            (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);

        let mut overall = Vec::with_capacity(pack.checklists.len());
        for c in &pack.checklists {
            let latest = progress
                .runs_of(pack_id, c.id.as_str())
                .into_iter()
                .max_by_key(|r| (r.updated, r.id));
            let scored = latest.map(|run| checklist::score(c, &run.ratings));
            overall.push(scored.as_ref().and_then(|s| s.overall));
            if let Some(scored) = scored {
                self.runs_by_checklist
                    .entry(c.id.as_str())
                    .or_default()
                    .push((
                        scored.dimensions.iter().map(|d| d.score).collect(),
                        scored.overall,
                    ));
            }
        }

        self.dashboard.first_scores.push(
            first_scored
                .into_iter()
                .map(|((m, s), (score, a))| ((m.to_owned(), s.to_owned()), (score, a.clone())))
                .collect(),
        );
        self.dashboard.learners.push(LearnerRow {
            id: profile.id,
            name: profile.name.clone(),
            group: profile.group.trim().to_owned(),
            cells,
            average,
            last_active: mine.last().map(|e| e.at),
            events: mine.len(),
            checklists: overall,
            review,
        });
    }

    /// The dashboard of every learner added.
    pub fn finish(self) -> Dashboard {
        let Self {
            pack,
            mut dashboard,
            groups,
            dates,
            per_exercise,
            runs_by_checklist,
            reflections,
            ..
        } = self;
        dashboard.reflections = reflections.finish(pack);
        let mut hardest: Vec<HardExercise> = per_exercise
            .into_iter()
            .map(
                |((module, step), (answered, wrong, answers))| HardExercise {
                    module,
                    step,
                    answered,
                    wrong,
                    most_chosen: answers.into_values().max_by(|a, b| {
                        a.1.cmp(&b.1).then_with(|| {
                            // Ties: a stable, content-independent order.
                            serde_json::to_string(&b.0)
                                .unwrap_or_default()
                                .cmp(&serde_json::to_string(&a.0).unwrap_or_default())
                        })
                    }),
                },
            )
            .filter(|h| h.wrong > 0)
            .collect();
        let position: HashMap<(String, String), usize> = pack
            .modules
            .iter()
            .flat_map(|m| {
                m.steps
                    .iter()
                    .map(move |s| (m.id.to_string(), s.id().to_string()))
            })
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        hardest.sort_by(|a, b| {
            b.wrong_share()
                .total_cmp(&a.wrong_share())
                .then(b.wrong.cmp(&a.wrong))
                .then_with(|| {
                    let pa = position.get(&(a.module.clone(), a.step.clone()));
                    let pb = position.get(&(b.module.clone(), b.step.clone()));
                    pa.cmp(&pb)
                })
        });
        dashboard.hardest = hardest;

        for c in &pack.checklists {
            let Some(scores) = runs_by_checklist.get(c.id.as_str()) else {
                continue;
            };
            let mean = |values: Vec<f64>| {
                let n = values.len();
                ((n > 0).then(|| values.iter().sum::<f64>() / n as f64), n)
            };
            let few = scores.len() < MIN_RUNS_SHOWN;
            let dimensions = c
                .dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    if few {
                        return (d.id.to_string(), None, 0);
                    }
                    let (avg, n) = mean(
                        scores
                            .iter()
                            .filter_map(|(dims, _)| dims.get(i).copied().flatten())
                            .collect(),
                    );
                    (d.id.to_string(), avg, n)
                })
                .collect();
            let (overall, _) = if few {
                (None, 0)
            } else {
                mean(scores.iter().filter_map(|(_, o)| *o).collect())
            };
            dashboard.checklists.push(ChecklistAverage {
                checklist: c.id.to_string(),
                runs: scores.len(),
                dimensions,
                overall,
            });
        }

        dashboard.learners.sort_by(|a, b| {
            a.name
                .to_lowercase()
                .cmp(&b.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        dashboard.groups = groups.into_iter().collect();
        dashboard.dates = dates.into_iter().rev().collect();
        dashboard
    }
}

impl Dashboard {
    /// Build the dashboard of `learners` (profile and every event, from
    /// any number of devices, duplicates allowed) for `pack`. A cohort read
    /// from a data folder is better added one learner at a time to a
    /// [`Builder`].
    pub fn build(
        pack: &Pack,
        learners: &[(Profile, Vec<Event>)],
        filter: &Filter,
        tz: &TimeZone,
    ) -> Self {
        let mut builder = Builder::new(pack, filter, tz);
        for (profile, events) in learners {
            builder.add(profile, events);
        }
        builder.finish()
    }

    /// The room's first answers to one exercise, by answer key.
    pub fn tally(&self, module: &str, step: &str) -> Option<&BTreeMap<String, usize>> {
        self.tallies.get(&(module.to_owned(), step.to_owned()))
    }
}
