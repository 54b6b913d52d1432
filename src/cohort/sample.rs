//! A rehearsal cohort: realistic learner bundles for a pack, made up from a
//! seed (`puente sample-cohort`). Learners differ in skill and pace; hard
//! exercises draw the same wrong answer from many of them, as real rooms
//! do; some learners retry after feedback, review modules and run the
//! checklists, and from the second day on review the cards due (spaced
//! review, with FSRS). The same seed always gives the same bundles.

use jiff::{SignedDuration, Timestamp};
use uuid::Uuid;

use crate::assess::exercise::{self, Walk, expected_date};
use crate::content::Pack;
use crate::content::model::Step;
use crate::progress::bundle::Bundle;
use crate::progress::store::{Display, FILE_FORMAT};
use crate::progress::{Answer, CardRef, EVENT_FORMAT, Event, EventBody, Profile, Rating};
use crate::review::{Memory, Params, Queue};

/// What to make.
#[derive(Clone, Debug)]
pub struct SampleOptions {
    pub learners: usize,
    /// Events per learner.
    pub events: usize,
    pub seed: u64,
    /// When the workshop begins.
    pub start: Timestamp,
}

/// Given names and surnames by language.
const NAMES_ES: (&[&str], &[&str]) = (
    &[
        "Ana",
        "Luis",
        "María",
        "Camila",
        "Diego",
        "Carlos",
        "Lucía",
        "Valentina",
        "Sofía",
        "Andrés",
        "Jorge",
        "Paula",
        "Daniela",
        "Ricardo",
        "Gabriela",
        "Felipe",
        "Isabel",
        "Santiago",
        "Natalia",
        "Héctor",
    ],
    &[
        "Martínez",
        "Hernández",
        "García",
        "López",
        "Ramírez",
        "Torres",
        "Flores",
        "Vargas",
        "Gómez",
        "Castillo",
        "Morales",
        "Rojas",
        "Mendoza",
        "Navarro",
        "Cruz",
        "Núñez",
    ],
);
const NAMES_PT: (&[&str], &[&str]) = (
    &[
        "João",
        "Fernanda",
        "Rafael",
        "Mateus",
        "Beatriz",
        "Tiago",
        "Eduardo",
        "Juliana",
        "Renata",
        "Pedro",
        "Larissa",
        "Gustavo",
        "Mariana",
        "Bruno",
        "Aline",
        "Vinícius",
    ],
    &[
        "Silva",
        "Souza",
        "Oliveira",
        "Pereira",
        "Costa",
        "Almeida",
        "Rodrigues",
        "Ferreira",
        "Lima",
        "Carvalho",
        "Barbosa",
        "Ribeiro",
        "Araújo",
        "Santos",
        "Gomes",
        "Martins",
    ],
);
/// (group, language of its learners)
const GROUPS: &[(&str, &str)] = &[
    ("Ciudad de México", "es"),
    ("São Paulo", "pt"),
    ("Bogotá", "es"),
];

/// What a rehearsal cohort's learners write in reflections.
const SAMPLE_REFLECTIONS: [&str; 6] = [
    "Revisaré esto con la oficina de transferencia de tecnología.",
    "En mi laboratorio tenemos un kit de diagnóstico que presentamos en un congreso el año pasado; no sé si todavía estamos dentro del periodo de gracia.",
    "Lo que más me preocupa es que los estudiantes publican sus tesis sin pasar por la oficina. Voy a proponer una revisión antes del depósito.",
    "O protocolo de cultivo é melhor guardar como segredo; a nova molécula, talvez patentear. Preciso conversar com o NIT.",
    "No teníamos un acuerdo de transferencia de material con el hospital. Ahora entiendo por qué la empresa preguntó por él.",
    "Nosso grupo usa amostras de pacientes: antes de licenciar, precisamos conferir o consentimento e a LGPD.",
];

struct Gen<'a> {
    rng: fastrand::Rng,
    pack: &'a Pack,
    profile: Uuid,
    device: Uuid,
    at: Timestamp,
    events: Vec<Event>,
    /// The learner's state so far, kept up to date event by event.
    progress: crate::progress::Progress,
    limit: usize,
    skill: f64,
    /// Seconds per step, roughly.
    pace: i64,
}

impl Gen<'_> {
    fn full(&self) -> bool {
        self.events.len() >= self.limit
    }

    fn push(&mut self, body: EventBody) {
        if self.full() {
            return;
        }
        let jitter = self.rng.i64(self.pace / 2..=self.pace * 3 / 2 + 1);
        self.at = self
            .at
            .checked_add(SignedDuration::from_secs(jitter.max(1)))
            .unwrap_or(self.at);
        let event = Event {
            v: EVENT_FORMAT,
            id: random_uuid(&mut self.rng),
            profile: self.profile,
            device: self.device,
            at: self.at,
            pack: self.pack.info.id.to_string(),
            pack_version: self.pack.info.version.clone(),
            body,
        };
        self.progress.apply(&event);
        self.events.push(event);
    }

    /// How hard an exercise is, 0–0.5, the same for every learner.
    fn difficulty(step: &str) -> f64 {
        let h = step.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        (h % 1000) as f64 / 2000.0
    }

    fn answer(&mut self, step: &Step, right: bool) -> Option<Answer> {
        let rng = &mut self.rng;
        Some(match step {
            Step::Lesson(_) => return None,
            Step::SingleChoice(e) => {
                let wrong: Vec<_> = e.options.iter().filter(|o| !o.correct).collect();
                let pick = if right || wrong.is_empty() {
                    e.options.iter().find(|o| o.correct)?
                } else if wrong.len() == 1 || rng.f64() < 0.6 {
                    // The tempting wrong answer most of the room picks.
                    wrong[0]
                } else {
                    wrong[rng.usize(..wrong.len())]
                };
                Answer::Choice {
                    option: pick.id.to_string(),
                }
            }
            Step::MultipleChoice(e) => {
                let mut options: Vec<String> = e
                    .options
                    .iter()
                    .filter(|o| o.correct)
                    .map(|o| o.id.to_string())
                    .collect();
                if !right {
                    if options.len() > 1 && rng.bool() {
                        options.pop();
                    } else if let Some(w) = e.options.iter().find(|o| !o.correct) {
                        options.push(w.id.to_string());
                    }
                }
                Answer::Choices { options }
            }
            Step::TrueFalse(e) => Answer::TrueFalse {
                value: e.answer == right,
            },
            Step::Ordering(e) => {
                let mut items: Vec<String> = e.items.iter().map(|i| i.id.to_string()).collect();
                if !right && items.len() > 1 {
                    let i = rng.usize(..items.len() - 1);
                    items.swap(i, i + 1);
                }
                Answer::Order { items }
            }
            Step::Matching(e) => {
                let mut rights: Vec<String> = e.pairs.iter().map(|p| p.id.to_string()).collect();
                if !right && rights.len() > 1 {
                    rights.swap(0, 1);
                }
                Answer::Matches {
                    pairs: e
                        .pairs
                        .iter()
                        .map(|p| p.id.to_string())
                        .zip(rights)
                        .collect(),
                }
            }
            Step::Numeric(e) => Answer::Number {
                value: if right {
                    e.answer
                } else {
                    e.mistakes
                        .first()
                        .map_or(e.answer * 10.0 + 1.0, |m| m.value)
                },
            },
            Step::Date(e) => {
                let expected = expected_date(e)?;
                let value = if right {
                    expected.to_string()
                } else if let Some(m) = e.mistakes.first() {
                    m.date.clone()
                } else {
                    expected.tomorrow().unwrap_or(expected).to_string()
                };
                Answer::Date { value }
            }
            Step::Scenario(e) => {
                // Walk from the start; a skilled learner takes the choice
                // that leads to the best ending more often.
                let mut choices: Vec<String> = Vec::new();
                for _ in 0..(e.nodes.len() + 1) {
                    let Walk::At(at) = exercise::walk(e, &choices) else {
                        break;
                    };
                    let node = &e.nodes[at];
                    if node.choices.is_empty() {
                        break;
                    }
                    let i = if right {
                        0
                    } else {
                        rng.usize(..node.choices.len())
                    };
                    choices.push(node.choices[i].id.to_string());
                }
                let ended = matches!(exercise::walk(e, &choices), Walk::Ended(_));
                Answer::Path { choices, ended }
            }
            Step::Reflection(s) => {
                // Picked from the learner and the step, not the generator,
                // so seeded cohorts stay as they were.
                let at = self.profile.as_u128() as usize
                    + s.id.as_str().bytes().map(usize::from).sum::<usize>();
                Answer::Text {
                    text: SAMPLE_REFLECTIONS[at % SAMPLE_REFLECTIONS.len()].to_owned(),
                }
            }
        })
    }

    fn answered(&mut self, module: &str, step: &Step, right: bool) {
        let Some(answer) = self.answer(step, right) else {
            return;
        };
        let scored = exercise::score(step, &answer);
        self.push(EventBody::Answered {
            module: module.to_owned(),
            step: step.id().to_string(),
            answer,
            score: scored.score,
            correct: scored.correct,
        });
    }

    fn module(&mut self, index: usize) {
        let pack = self.pack;
        let module = &pack.modules[index];
        let id = module.id.to_string();
        for step in &module.steps {
            if self.full() {
                return;
            }
            self.push(EventBody::Visited {
                module: id.clone(),
                step: step.id().to_string(),
            });
            if matches!(step, Step::Lesson(_)) {
                continue;
            }
            // A logistic item response: the chance of a right answer
            // rises steeply with the learner's skill above the exercise's
            // difficulty, as in real rooms, so that item statistics (which
            // exercise tells stronger from weaker learners) mean something.
            let margin = self.skill - Self::difficulty(step.id().as_str()) - 0.35;
            let p = (1.0 / (1.0 + (-12.0 * margin).exp())).clamp(0.03, 0.98);
            let right = self.rng.f64() < p;
            self.answered(&id, step, right);
            if !right && self.rng.f64() < 0.5 {
                // "Try again", usually right after reading the feedback.
                let again = self.rng.f64() < 0.8;
                self.answered(&id, step, again);
            }
        }
        if self.full() {
            return;
        }
        let score = exercise::module_score(
            &module.steps,
            self.progress
                .module(pack.info.id.as_str(), module.id.as_str()),
        )
        .percent;
        self.push(EventBody::Completed { module: id, score });
    }

    /// The next day, a review session: the cards due, each recalled with
    /// the probability FSRS predicts (a little better for a stronger
    /// learner), exercises answered again and terms graded, as the window
    /// records them; at most `limit` cards.
    fn review_session(&mut self, limit: usize) {
        let hours = self.rng.i64(18..40);
        self.at = self
            .at
            .checked_add(SignedDuration::from_hours(hours))
            .unwrap_or(self.at);
        let pack = self.pack;
        let queue = Queue::build(
            &self.progress.reviews,
            |id| (id == pack.info.id.as_str()).then_some(pack),
            &Params::default(),
        );
        let due: Vec<(CardRef, Option<Memory>)> = queue
            .due(self.at)
            .into_iter()
            .take(limit)
            .map(|c| (c.card.clone(), c.memory))
            .collect();
        for (card, memory) in due {
            if self.full() {
                return;
            }
            let recall = memory.map_or(0.6, |m| m.recall_at(self.at));
            let p = (recall * (0.75 + 0.3 * self.skill)).clamp(0.05, 0.98);
            let recalled = self.rng.f64() < p;
            let body = match &card {
                CardRef::Exercise { module, step } => {
                    let Some(step) = pack
                        .module(module)
                        .and_then(|m| m.steps.iter().find(|s| s.id().as_str() == step))
                    else {
                        continue;
                    };
                    let Some(answer) = self.answer(step, recalled) else {
                        continue;
                    };
                    let correct = exercise::score(step, &answer).correct.unwrap_or(false);
                    EventBody::Reviewed {
                        card,
                        rating: crate::review::exercise_rating(correct),
                        answer: Some(answer),
                        correct: Some(correct),
                    }
                }
                CardRef::Term { .. } => EventBody::Reviewed {
                    card,
                    rating: if recalled {
                        [Rating::Hard, Rating::Good, Rating::Good, Rating::Easy]
                            [self.rng.usize(..4)]
                    } else {
                        Rating::Again
                    },
                    answer: None,
                    correct: None,
                },
            };
            self.push(body);
        }
    }

    fn checklist(&mut self, index: usize) {
        let pack = self.pack;
        let checklist = &pack.checklists[index];
        let run = random_uuid(&mut self.rng);
        let name = [
            "Biosensor de glucosa",
            "Vacuna recombinante",
            "Kit diagnóstico",
        ][self.rng.usize(..3)]
        .to_owned();
        self.push(EventBody::AssessmentStarted {
            run,
            checklist: checklist.id.to_string(),
            name,
        });
        let max = checklist
            .scale
            .levels
            .iter()
            .map(|l| l.value)
            .max()
            .unwrap_or(0);
        for d in &checklist.dimensions {
            self.push(EventBody::DimensionViewed {
                run,
                checklist: checklist.id.to_string(),
                dimension: d.id.to_string(),
            });
            for item in &d.items {
                let value = if self.rng.f64() < 0.05 {
                    None
                } else {
                    Some(
                        ((self.skill + self.rng.f64() * 0.5) * f64::from(max))
                            .floor()
                            .min(f64::from(max)) as u32,
                    )
                };
                self.push(EventBody::Rated {
                    run,
                    checklist: checklist.id.to_string(),
                    item: item.id.to_string(),
                    value,
                });
            }
        }
    }
}

/// A version 4 UUID (RFC 4122: its version and variant bits set) from the
/// seeded generator, so the same seed gives the same ids.
fn random_uuid(rng: &mut fastrand::Rng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.u128(..).to_le_bytes()).into_uuid()
}

/// Make the bundles, in memory.
pub fn sample_cohort(pack: &Pack, options: &SampleOptions) -> Vec<Bundle> {
    let mut bundles = Vec::with_capacity(options.learners);
    sample_each(pack, options, |_, bundle| {
        bundles.push(bundle);
        Ok::<(), std::convert::Infallible>(())
    })
    .unwrap_or_else(|never| match never {});
    bundles
}

/// Make the bundles one at a time, handing each to `each` with its
/// number (from 0) before making the next, so that a cohort of any size
/// is made in the memory of one learner; stops at the first error.
pub fn sample_each<E>(
    pack: &Pack,
    options: &SampleOptions,
    mut each: impl FnMut(usize, Bundle) -> Result<(), E>,
) -> Result<(), E> {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let mut taken = std::collections::HashSet::new();
    for n in 0..options.learners {
        let (group, language) = GROUPS[n % GROUPS.len()];
        let (first, last) = if language == "pt" { NAMES_PT } else { NAMES_ES };
        let mut name = String::new();
        for attempt in 0..50 {
            name = format!(
                "{} {}",
                first[rng.usize(..first.len())],
                last[rng.usize(..last.len())]
            );
            if attempt == 49 {
                name = format!("{name} {}", n + 1);
            }
            if !taken.contains(&name) {
                break;
            }
        }
        taken.insert(name.clone());
        let profile = Profile {
            format: FILE_FORMAT,
            id: random_uuid(&mut rng),
            name,
            language: language.to_owned(),
            created: options.start,
            display: Display::default(),
            group: group.to_owned(),
            review: Default::default(),
        };
        let mut g = Gen {
            rng: fastrand::Rng::with_seed(rng.u64(..)),
            pack,
            profile: profile.id,
            device: random_uuid(&mut rng),
            at: options
                .start
                .checked_add(SignedDuration::from_secs(rng.i64(0..600)))
                .unwrap_or(options.start),
            events: Vec::with_capacity(options.events),
            progress: crate::progress::Progress::default(),
            limit: options.events,
            skill: 0.45 + rng.f64() * 0.5,
            pace: rng.i64(20..120),
        };
        // The first two modules in pack order, then the checklists (so a
        // rehearsal's self-assessment tab has runs even when learners stop
        // early), then the other modules, then review sessions and repeats
        // of random modules in turn until the learner's events are all made.
        let checklists_after = pack.modules.len().min(2);
        let mut next_module = 0;
        let mut rounds = 0;
        while !g.full() && !pack.modules.is_empty() && rounds < 10_000 {
            if rounds == checklists_after {
                for c in 0..pack.checklists.len() {
                    g.checklist(c);
                }
            } else if next_module < pack.modules.len() {
                g.module(next_module);
                // Every other module, the workshop's next day begins with
                // the cards due.
                if next_module % 2 == 1 {
                    g.review_session(12);
                }
                next_module += 1;
            } else if rounds % 2 == 0 {
                g.review_session(25);
            } else {
                let m = g.rng.usize(..pack.modules.len());
                g.module(m);
            }
            rounds += 1;
        }
        let mut bundle = Bundle::new(profile, g.events);
        bundle.exported = g.at;
        // A rehearsal cohort whose learners chose to share their
        // reflections, so the facilitator has some to read.
        bundle.reflections_shared = true;
        each(n, bundle)?;
    }
    Ok(())
}

/// A file name for a learner's bundle: `<n>-<name>.puente`, ASCII only.
pub fn file_name(n: usize, bundle: &Bundle) -> String {
    let slug: String = bundle
        .profile
        .name
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ã' | 'â' => 'a',
            'é' | 'ê' => 'e',
            'í' => 'i',
            'ó' | 'õ' | 'ô' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'Á' => 'A',
            'É' => 'E',
            'Í' => 'I',
            'Ó' => 'O',
            'Ú' => 'U',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    format!(
        "{:03}-{}.{}",
        n + 1,
        slug.to_lowercase(),
        super::super::progress::import::BUNDLE_EXTENSION
    )
}
