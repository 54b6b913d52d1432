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
    pub const KINDS: [&'static str; 7] = [
        "visited",
        "answered",
        "completed",
        "assessment_started",
        "rated",
        "item_noted",
        "dimension_viewed",
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
        ];
        assert_eq!(all.len(), EventBody::KINDS.len());
        for body in all {
            let json = serde_json::to_value(&body).expect("serialises");
            assert_eq!(json["kind"], body.kind());
            assert!(EventBody::KINDS.contains(&body.kind()));
        }
    }
}
