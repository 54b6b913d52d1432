//! The second pass of [`Bundle::parse`](super::Bundle::parse): events one
//! at a time, an id met again kept once.
//!
//! Puente never writes one event twice in a bundle. A bundle that holds one
//! id many times (an edited or damaged file, attack B8) costs the memory of
//! one copy: a repeat with the same content is counted and dropped, and one
//! with other content is named as a conflict, the first copy being used.

use std::collections::HashMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{SeqAccess, Visitor};
use serde_json::value::RawValue;
use uuid::Uuid;

use super::UnknownEvent;
use crate::progress::event::{EVENT_FORMAT, Event, EventBody};

#[derive(Deserialize)]
pub struct Whole {
    pub kind: String,
    pub format: u32,
    pub exported: jiff::Timestamp,
    pub profile: Box<RawValue>,
    pub events: Events,
    /// Whether the learner shared their reflections and notes (absent in
    /// bundles written before it could be asked: not shared).
    #[serde(default)]
    pub reflections_shared: bool,
}

/// Ids a bundle holds more than once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Repeats {
    /// Copies the same as the first of their id, dropped.
    pub same: usize,
    /// Ids met again with other content: the first copy is the one read.
    pub differing: Vec<Uuid>,
}

#[derive(Default)]
pub struct Events {
    pub events: Vec<Event>,
    pub texts: Vec<Box<str>>,
    pub unknown: Vec<UnknownEvent>,
    pub repeats: Repeats,
}

impl<'de> Deserialize<'de> for Events {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(EventsVisitor)
    }
}

struct EventsVisitor;

/// Where the first copy of an id is.
#[derive(Clone, Copy)]
enum First {
    Known(usize),
    Unknown(usize),
}

impl Events {
    /// Whether an id met before is a copy of what came first: counted as a
    /// repeat if so, as a conflict if not.
    fn repeat(&mut self, first: First, id: Uuid, same: impl FnOnce(&Self, First) -> bool) {
        if same(self, first) {
            self.repeats.same += 1;
        } else {
            self.repeats.differing.push(id);
        }
    }
}

impl<'de> Visitor<'de> for EventsVisitor {
    type Value = Events;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Events, A::Error> {
        use serde::de::Error;
        let mut out = Events::default();
        let mut seen: HashMap<Uuid, First> = HashMap::new();
        let mut n = 0usize;
        while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
            n += 1;
            let text = raw.get();
            match serde_json::from_str::<Event>(text) {
                Ok(event) => {
                    if let Some(why) = super::too_long(&event) {
                        return Err(A::Error::custom(format!("event {n}: {why}")));
                    }
                    if let Some(&first) = seen.get(&event.id) {
                        out.repeat(
                            first,
                            event.id,
                            |out, first| matches!(first, First::Known(i) if out.events[i] == event),
                        );
                        continue;
                    }
                    seen.insert(event.id, First::Known(out.events.len()));
                    out.events.push(event);
                    out.texts.push(text.into());
                }
                Err(e) => match later(text) {
                    Some((id, profile)) => {
                        if let Some(&first) = seen.get(&id) {
                            out.repeat(first, id, |out, first| {
                                matches!(first, First::Unknown(i) if *out.unknown[i].text == *text)
                            });
                            continue;
                        }
                        seen.insert(id, First::Unknown(out.unknown.len()));
                        out.unknown.push(UnknownEvent {
                            id,
                            profile,
                            text: text.into(),
                        });
                    }
                    None => return Err(A::Error::custom(format!("event {n}: {e}"))),
                },
            }
        }
        Ok(out)
    }
}

/// The id and learner of an event from a later Puente (a later format,
/// or a kind this one does not know), if `text` is one.
fn later(text: &str) -> Option<(Uuid, Uuid)> {
    #[derive(Deserialize)]
    struct Head {
        v: u32,
        id: Uuid,
        profile: Uuid,
        #[serde(default)]
        kind: String,
    }
    let head: Head = serde_json::from_str(text).ok()?;
    let later = head.v > EVENT_FORMAT
        || (head.v == EVENT_FORMAT && !EventBody::KINDS.contains(&head.kind.as_str()));
    later.then_some((head.id, head.profile))
}
