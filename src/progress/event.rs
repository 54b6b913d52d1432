//! Progress events: what a learner did, one JSON object per line.
//!
//! The format is documented in docs/progress-format.md. Events are never
//! edited or deleted; the learner's state is derived from them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The event format this version writes and fully understands.
pub const EVENT_FORMAT: u32 = 1;

/// One thing a learner did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Event format version.
    pub v: u32,
    /// Unique id; merging progress is a union by this id.
    pub id: Uuid,
    pub profile: Uuid,
    /// The installation (data folder) that wrote the event.
    pub device: Uuid,
    /// When it happened (UTC).
    pub at: jiff::Timestamp,
    /// The content pack and its version at the time.
    pub pack: String,
    pub pack_version: String,
    #[serde(flatten)]
    pub body: EventBody,
}

impl Event {
    /// What the event says, as a number: two copies of one id with the
    /// same digest say the same (their fields as this Puente writes them
    /// are equal), so an import can tell a repeat from a conflict.
    pub fn digest(&self) -> u64 {
        let mut hasher = Digest(std::hash::DefaultHasher::new());
        // Writing into a hasher cannot fail, and every event serialises.
        let _ = serde_json::to_writer(&mut hasher, self);
        std::hash::Hasher::finish(&hasher.0)
    }
}

/// The digest of an event line this version cannot read (one from a newer
/// Puente), taken on its text.
pub fn line_digest(line: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(line);
    hasher.finish()
}

struct Digest(std::hash::DefaultHasher);

impl std::io::Write for Digest {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        std::hash::Hasher::write(&mut self.0, bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// What happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventBody {
    /// The learner opened a step of a module.
    Visited { module: String, step: String },
    /// The learner answered an exercise. `score` is 0–1, absent for
    /// unscored exercises; `correct` is absent for unscored ones too.
    Answered {
        module: String,
        step: String,
        answer: Answer,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        score: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        correct: Option<bool>,
    },
    /// The learner reached the end of a module; `score` is 0–100.
    Completed {
        module: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        score: Option<f64>,
    },
    /// A self-assessment run began: `name` says what is assessed
    /// ("Glucose sensor patch"); runs with the same checklist and name are
    /// the history of one assessment.
    AssessmentStarted {
        run: Uuid,
        checklist: String,
        name: String,
    },
    /// An item was rated: a scale value, or `None` for "not applicable".
    Rated {
        run: Uuid,
        checklist: String,
        item: String,
        value: Option<u32>,
    },
    /// The learner's note on an item (empty clears it).
    ItemNoted {
        run: Uuid,
        checklist: String,
        item: String,
        text: String,
    },
    /// The learner opened a dimension of an assessment.
    DimensionViewed {
        run: Uuid,
        checklist: String,
        dimension: String,
    },
    /// A card of the review queue was reviewed: an exercise asked again
    /// (`answer`, `correct`; the rating follows from them) or a glossary
    /// term recalled and graded by the learner.
    Reviewed {
        card: CardRef,
        rating: Rating,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        answer: Option<Answer>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        correct: Option<bool>,
    },
    /// The learner set a card aside (`suspended: true`) or took it back.
    CardSuspended { card: CardRef, suspended: bool },
}

/// A card of the review queue, in content ids (the pack is the event's).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CardRef {
    /// An exercise of a module.
    Exercise { module: String, step: String },
    /// A glossary term.
    Term { term: String },
}

/// How well a card was recalled: FSRS's four grades.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

impl Rating {
    pub const ALL: [Self; 4] = [Self::Again, Self::Hard, Self::Good, Self::Easy];

    /// 1 (again) to 4 (easy).
    pub fn value(self) -> f64 {
        f64::from(self as u8)
    }

    /// The name written in events and shown by `puente review`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Again => "again",
            Self::Hard => "hard",
            Self::Good => "good",
            Self::Easy => "easy",
        }
    }
}

impl EventBody {
    /// Moving about (a step visited, a dimension looked at), as opposed to
    /// something the learner entered: written in batches, not one by one.
    pub fn is_navigation(&self) -> bool {
        matches!(self, Self::Visited { .. } | Self::DimensionViewed { .. })
    }

    /// Every `kind` this version writes and reads. A line of format 1 with
    /// another kind comes from a later build and is kept; a line of a
    /// known kind that does not read is damaged.
    pub const KINDS: [&'static str; 9] = [
        "visited",
        "answered",
        "completed",
        "assessment_started",
        "rated",
        "item_noted",
        "dimension_viewed",
        "reviewed",
        "card_suspended",
    ];

    /// The `kind` written for this event (one of [`Self::KINDS`]).
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Visited { .. } => "visited",
            Self::Answered { .. } => "answered",
            Self::Completed { .. } => "completed",
            Self::AssessmentStarted { .. } => "assessment_started",
            Self::Rated { .. } => "rated",
            Self::ItemNoted { .. } => "item_noted",
            Self::DimensionViewed { .. } => "dimension_viewed",
            Self::Reviewed { .. } => "reviewed",
            Self::CardSuspended { .. } => "card_suspended",
        }
    }

    /// The module an event is about, if any.
    pub fn module(&self) -> Option<&str> {
        match self {
            Self::Visited { module, .. }
            | Self::Answered { module, .. }
            | Self::Completed { module, .. } => Some(module),
            _ => None,
        }
    }
}

/// A learner's answer, in content ids (never display text).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Answer {
    /// Single choice: the option id.
    Choice {
        option: String,
    },
    /// Multiple choice: the option ids picked.
    Choices {
        options: Vec<String>,
    },
    TrueFalse {
        value: bool,
    },
    /// Ordering: item ids in the learner's order.
    Order {
        items: Vec<String>,
    },
    /// Matching: (pair id of the left text, pair id of the right text chosen).
    Matches {
        pairs: Vec<(String, String)>,
    },
    Number {
        value: f64,
    },
    /// `YYYY-MM-DD`.
    Date {
        value: String,
    },
    /// Scenario: the choice ids taken from the start; `ended` once an
    /// ending is reached.
    Path {
        choices: Vec<String>,
        ended: bool,
    },
    /// Reflection: the learner's text.
    Text {
        text: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_written_is_a_known_kind() {
        let (s, run) = (String::new, Uuid::nil);
        let all = [
            EventBody::Visited {
                module: s(),
                step: s(),
            },
            EventBody::Answered {
                module: s(),
                step: s(),
                answer: Answer::TrueFalse { value: true },
                score: None,
                correct: None,
            },
            EventBody::Completed {
                module: s(),
                score: None,
            },
            EventBody::AssessmentStarted {
                run: run(),
                checklist: s(),
                name: s(),
            },
            EventBody::Rated {
                run: run(),
                checklist: s(),
                item: s(),
                value: None,
            },
            EventBody::ItemNoted {
                run: run(),
                checklist: s(),
                item: s(),
                text: s(),
            },
            EventBody::DimensionViewed {
                run: run(),
                checklist: s(),
                dimension: s(),
            },
            EventBody::Reviewed {
                card: CardRef::Term { term: s() },
                rating: Rating::Good,
                answer: None,
                correct: None,
            },
            EventBody::CardSuspended {
                card: CardRef::Exercise {
                    module: s(),
                    step: s(),
                },
                suspended: true,
            },
        ];
        assert_eq!(all.len(), EventBody::KINDS.len());
        for body in all {
            let json = serde_json::to_value(&body).expect("serialises");
            assert_eq!(json["kind"], body.kind());
            assert!(EventBody::KINDS.contains(&body.kind()));
        }
    }

    #[test]
    fn a_review_reads_back_as_written() {
        let line = r#"{"v":1,"id":"00000000-0000-0000-0000-000000000001","profile":"00000000-0000-0000-0000-000000000002","device":"00000000-0000-0000-0000-000000000003","at":"2026-11-22T11:47:12Z","pack":"p","pack_version":"1","kind":"reviewed","card":{"type":"exercise","module":"m","step":"s"},"rating":"again","answer":{"type":"choice","option":"a"},"correct":false}"#;
        let event: Event = serde_json::from_str(line).expect("reads");
        let EventBody::Reviewed { card, rating, .. } = &event.body else {
            panic!("not a review: {event:?}");
        };
        assert_eq!(
            card,
            &CardRef::Exercise {
                module: "m".into(),
                step: "s".into()
            }
        );
        assert_eq!(*rating, Rating::Again);
        let again: Event =
            serde_json::from_str(&serde_json::to_string(&event).expect("writes")).expect("reads");
        assert_eq!(again, event);
    }
}
