//! A progress bundle: one learner's profile and every event, in one file,
//! to carry on a USB stick and print a report from (`puente export`,
//! `puente report`). JSON, `"kind": "puente-progress"`, `"format": 1`.

use serde::{Deserialize, Serialize};

use super::event::Event;
use super::store::Profile;
use crate::i18n::Msg;
use crate::msg;

pub use super::limits::{self, cut};

pub const BUNDLE_KIND: &str = "puente-progress";
pub const BUNDLE_FORMAT: u32 = 1;

/// A profile holds a name, a language, a group and display settings: a
/// few hundred bytes. One larger than this is not a learner's.
pub const MAX_PROFILE_BYTES: usize = 64 * 1024;

/// Why a field of `event` is longer than a bundle may carry, if one is.
fn too_long(event: &Event) -> Option<String> {
    use super::event::{Answer, CardRef, EventBody};
    use limits::*;
    let over = |what: &str, s: &str, max: usize| -> Option<String> {
        (s.len() > max && s.chars().count() > max).then(|| {
            format!(
                "its {what} is {} characters long, more than Puente ever writes ({max}); the file was edited or damaged: export it again from the learner's computer",
                s.chars().count()
            )
        })
    };
    let ids = |what: &str, list: &mut dyn Iterator<Item = &String>| -> Option<String> {
        let mut n = 0;
        for id in list {
            n += 1;
            if n > ANSWER_IDS {
                return Some(format!(
                    "its answer lists more than {ANSWER_IDS} {what}s, more than any exercise has; the file was edited or damaged: export it again from the learner's computer"
                ));
            }
            if let Some(why) = over(what, id, ID) {
                return Some(why);
            }
        }
        None
    };
    let checks = [
        over("pack id", &event.pack, ID),
        over("pack version", &event.pack_version, VERSION),
    ];
    if let Some(why) = checks.into_iter().flatten().next() {
        return Some(why);
    }
    let answer_over = |answer: &Answer| match answer {
        Answer::Choice { option } => over("option id", option, ID),
        Answer::Choices { options } => ids("option id", &mut options.iter()),
        Answer::Order { items } => ids("item id", &mut items.iter()),
        Answer::Matches { pairs } => ids("pair id", &mut pairs.iter().flat_map(|(a, b)| [a, b])),
        Answer::Path { choices, .. } => ids("choice id", &mut choices.iter()),
        Answer::Date { value } => over("date", value, ID),
        Answer::Text { text } => over("answer text", text, TEXT),
        Answer::TrueFalse { .. } | Answer::Number { .. } => None,
    };
    let card_over = |card: &CardRef| match card {
        CardRef::Exercise { module, step } => {
            over("module id", module, ID).or_else(|| over("step id", step, ID))
        }
        CardRef::Term { term } => over("term id", term, ID),
    };
    match &event.body {
        EventBody::Visited { module, step } => {
            over("module id", module, ID).or_else(|| over("step id", step, ID))
        }
        EventBody::Completed { module, .. } => over("module id", module, ID),
        EventBody::Answered {
            module,
            step,
            answer,
            ..
        } => over("module id", module, ID)
            .or_else(|| over("step id", step, ID))
            .or_else(|| answer_over(answer)),
        EventBody::AssessmentStarted {
            checklist, name, ..
        } => over("checklist id", checklist, ID)
            .or_else(|| over("assessment name", name, ASSESSMENT_NAME)),
        EventBody::Rated {
            checklist, item, ..
        } => over("checklist id", checklist, ID).or_else(|| over("item id", item, ID)),
        EventBody::ItemNoted {
            checklist,
            item,
            text,
            ..
        } => over("checklist id", checklist, ID)
            .or_else(|| over("item id", item, ID))
            .or_else(|| over("note", text, TEXT)),
        EventBody::DimensionViewed {
            checklist,
            dimension,
            ..
        } => over("checklist id", checklist, ID).or_else(|| over("dimension id", dimension, ID)),
        EventBody::Reviewed { card, answer, .. } => {
            card_over(card).or_else(|| answer.as_ref().and_then(answer_over))
        }
        EventBody::CardSuspended { card, .. } => card_over(card),
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Bundle {
    pub kind: String,
    pub format: u32,
    pub exported: jiff::Timestamp,
    pub profile: Profile,
    pub events: Vec<Event>,
    /// Whether the learner chose to share their reflections and notes in
    /// this bundle ([`super::private`]); without it an import leaves them out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reflections_shared: bool,
    /// As read from a file: the exact JSON text of each of `events`, so an
    /// import stores what a newer Puente wrote with every field it has.
    /// Empty for a bundle made here.
    #[serde(skip)]
    pub texts: Vec<Box<str>>,
    /// Events this version cannot read (a later format or kind), kept to
    /// be stored as they are, never applied.
    #[serde(skip)]
    pub unknown: Vec<UnknownEvent>,
    /// The profile's fields this version does not know, kept likewise.
    #[serde(skip)]
    pub profile_extra: serde_json::Map<String, serde_json::Value>,
    /// Ids the file held more than once (read once).
    #[serde(skip)]
    pub repeats: Repeats,
}

/// `text`, one JSON value, as one line: as it is when it is one already,
/// else compacted (every field kept).
pub fn one_line(text: &str) -> Result<Vec<u8>, serde_json::Error> {
    if text.contains(['\n', '\r']) {
        serde_json::to_vec(&serde_json::from_str::<serde_json::Value>(text)?)
    } else {
        Ok(text.as_bytes().to_vec())
    }
}

/// An event of a later format or kind: its id and learner, and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct UnknownEvent {
    pub id: uuid::Uuid,
    pub profile: uuid::Uuid,
    pub text: Box<str>,
}

impl PartialEq for Bundle {
    /// Equal in what they say; how they were read does not matter.
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
            && self.format == other.format
            && self.exported == other.exported
            && self.profile == other.profile
            && self.events == other.events
            && self.reflections_shared == other.reflections_shared
            && self.unknown == other.unknown
    }
}

/// Why a file is not a bundle this Puente can read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    #[error("the file is empty")]
    Empty,
    #[error(
        "the file ends too early (line {line}, column {column}): it was probably cut short while copying; export it again"
    )]
    Truncated { line: usize, column: usize },
    #[error("the file is not a Puente progress bundle (line {line}, column {column}: {detail})")]
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("this is not a Puente progress bundle ({})", said(.0))]
    Foreign(String),
    #[error(
        "the bundle was made by a newer Puente (format {0}; this one reads {BUNDLE_FORMAT}); update Puente"
    )]
    Newer(u32),
    #[error("the bundle is damaged: {0}")]
    Damaged(String),
    #[error(
        "the bundle was changed after Puente wrote it (its checksum says {said}, its content gives {found}): it was damaged while copying or edited by hand; export it again from the learner's computer"
    )]
    Changed { said: String, found: String },
}

impl BundleError {
    /// Why the file is not a bundle this Puente reads, in any language (the
    /// technical detail stays in the English text, for the command line).
    pub fn msg(&self) -> Msg {
        match self {
            Self::Empty => msg!("bundle-empty"),
            Self::Truncated { line, column } => {
                msg!("bundle-truncated", line = *line, column = *column)
            }
            Self::NotJson { line, column, .. } => {
                msg!("bundle-not-json", line = *line, column = *column)
            }
            Self::Foreign(kind) if kind.is_empty() => msg!("bundle-other-json"),
            Self::Foreign(kind) => msg!("bundle-foreign", kind = kind),
            Self::Newer(found) => msg!("bundle-newer", found = *found, reads = BUNDLE_FORMAT),
            Self::Damaged(_) => msg!("bundle-damaged"),
            Self::Changed { .. } => msg!("bundle-changed"),
        }
    }
}

/// What a file that is not a bundle says it is (attack D13: plain JSON
/// said nothing, and was reported as saying `""`).
fn said(kind: &str) -> String {
    if kind.is_empty() {
        "it does not say it is one".to_owned()
    } else {
        format!("it says it is {kind:?}")
    }
}

impl Bundle {
    pub fn new(profile: Profile, events: Vec<Event>) -> Self {
        Self {
            kind: BUNDLE_KIND.to_owned(),
            format: BUNDLE_FORMAT,
            exported: jiff::Timestamp::now(),
            profile,
            events,
            reflections_shared: false,
            texts: Vec::new(),
            unknown: Vec::new(),
            profile_extra: serde_json::Map::new(),
            repeats: Repeats::default(),
        }
    }

    /// The JSON line to store for `events[i]`: its text as read when that
    /// is one line, else the event written anew.
    pub fn line(&self, i: usize) -> Result<Vec<u8>, serde_json::Error> {
        match self.texts.get(i) {
            Some(text) => one_line(text),
            None => serde_json::to_vec(&self.events[i]),
        }
    }

    /// The bundle as the file to write: one JSON object, its checksum the
    /// last field, and a line break.
    pub fn to_bytes(&self) -> Result<Vec<u8>, serde_json::Error> {
        let mut bytes = checksum::seal(super::fault::encode(self)?);
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Read a bundle, saying precisely why when it cannot be read.
    ///
    /// Memory stays in proportion to the events read: the file is checked
    /// in one pass that allocates nothing (kind, format, well-formed), then
    /// read into events one at a time, stopping at the first that is
    /// neither an event nor one from a later Puente.
    pub fn parse(bytes: &[u8]) -> Result<Self, BundleError> {
        // Notepad and some editors put a byte-order mark before UTF-8 text.
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(BundleError::Empty);
        }
        #[derive(Deserialize)]
        struct Head {
            #[serde(default)]
            kind: Option<serde_json::Value>,
            #[serde(default)]
            format: Option<serde_json::Value>,
            #[serde(default)]
            checksum: Option<serde::de::IgnoredAny>,
        }
        // Well-formed JSON at all? (Skipping allocates nothing.)
        if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
            let (line, column) = (e.line(), e.column());
            return Err(if e.is_eof() {
                BundleError::Truncated { line, column }
            } else {
                BundleError::NotJson {
                    line,
                    column,
                    detail: e.to_string(),
                }
            });
        }
        let object = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        let head: Head = match serde_json::from_slice(bytes) {
            Ok(head) if object => head,
            _ => return Err(BundleError::Foreign(String::new())),
        };
        let kind = head
            .kind
            .as_ref()
            .and_then(|k| k.as_str())
            .unwrap_or_default();
        if kind != BUNDLE_KIND {
            let mut shown: String = kind.chars().take(80).collect();
            if kind.chars().count() > 80 {
                shown.push('…');
            }
            return Err(BundleError::Foreign(shown));
        }
        let format = head
            .format
            .as_ref()
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0);
        if format > u64::from(BUNDLE_FORMAT) {
            return Err(BundleError::Newer(
                u32::try_from(format).unwrap_or(u32::MAX),
            ));
        }
        match checksum::check(bytes) {
            Seal::Differs { said, found } => return Err(BundleError::Changed { said, found }),
            // A checksum moved from the end: rewritten by another program.
            Seal::Absent if head.checksum.is_some() => {
                return Err(BundleError::Changed {
                    said: "(moved)".into(),
                    found: "(not checked)".into(),
                });
            }
            Seal::Absent | Seal::Unknown | Seal::Matches => {}
        }
        let read: read::Whole =
            serde_json::from_slice(bytes).map_err(|e| BundleError::Damaged(e.to_string()))?;
        if read.profile.get().len() > MAX_PROFILE_BYTES {
            return Err(BundleError::Damaged(format!(
                "the profile takes {} bytes, more than any learner's could ({MAX_PROFILE_BYTES})",
                read.profile.get().len()
            )));
        }
        let mut profile_extra = match serde_json::from_str(read.profile.get()) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => return Err(BundleError::Damaged("the profile is not an object".into())),
        };
        let mut profile: Profile =
            serde_json::from_value(serde_json::Value::Object(profile_extra.clone()))
                .map_err(|e| BundleError::Damaged(format!("the profile: {e}")))?;
        if profile.language.len() > limits::LANGUAGE {
            return Err(BundleError::Damaged(format!(
                "the profile's language is {} characters long, and a language code has at most {}; the file was edited or damaged: export it again from the learner's computer",
                profile.language.chars().count(),
                limits::LANGUAGE
            )));
        }
        profile.name = cut(&profile.name, limits::NAME);
        profile.group = cut(&profile.group, limits::GROUP);
        let known = serde_json::to_value(&profile)
            .map_err(|e| BundleError::Damaged(format!("the profile: {e}")))?;
        if let serde_json::Value::Object(known) = known {
            for key in known.keys() {
                profile_extra.remove(key);
            }
        }
        // Fields this version reads with a default are not "unknown".
        for key in ["display", "group", "format"] {
            profile_extra.remove(key);
        }
        Ok(Self {
            kind: read.kind,
            format: read.format,
            exported: read.exported,
            profile,
            events: read.events.events,
            reflections_shared: read.reflections_shared,
            texts: read.events.texts,
            unknown: read.events.unknown,
            profile_extra,
            repeats: read.events.repeats,
        })
    }
}

mod checksum;
mod read;

pub use checksum::{Seal, reseal};
pub use read::Repeats;

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn bundle() -> Bundle {
        let profile = Profile {
            format: 1,
            id: Uuid::from_u128(1),
            name: "Ana".into(),
            language: "es".into(),
            created: jiff::Timestamp::UNIX_EPOCH,
            display: Default::default(),
            group: String::new(),
            review: Default::default(),
        };
        Bundle::new(profile, Vec::new())
    }

    #[test]
    fn round_trip() {
        let b = bundle();
        assert_eq!(
            Bundle::parse(&b.to_bytes().expect("a bundle encodes")),
            Ok(b)
        );
    }

    #[test]
    fn hostile_shapes_are_refused_early() {
        assert_eq!(
            Bundle::parse(b"[{},{},{}]"),
            Err(BundleError::Foreign(String::new()))
        );
        // Attack D13: said as "it does not say it is one", not as `""`.
        assert_eq!(
            BundleError::Foreign(String::new()).to_string(),
            "this is not a Puente progress bundle (it does not say it is one)"
        );
        let mut events = String::from(
            r#"{"kind":"puente-progress","format":1,"exported":"2026-11-20T15:00:00Z","profile":{"format":1,"id":"00000000-0000-0000-0000-000000000001","name":"Ana","language":"es","created":"2026-11-20T15:00:00Z"},"events":["#,
        );
        events.push_str(&"{},".repeat(1000));
        events.push_str("{}]}");
        let Err(BundleError::Damaged(why)) = Bundle::parse(events.as_bytes()) else {
            panic!("refused");
        };
        assert!(why.starts_with("event 1:"), "{why}");
        let big = format!(
            r#"{{"kind":"puente-progress","format":1,"exported":"2026-11-20T15:00:00Z","profile":{{"x":"{}"}},"events":[]}}"#,
            "a".repeat(MAX_PROFILE_BYTES)
        );
        assert!(matches!(
            Bundle::parse(big.as_bytes()),
            Err(BundleError::Damaged(why)) if why.contains("more than any learner")
        ));
        let long_kind = format!(r#"{{"kind":"{}"}}"#, "k".repeat(10_000));
        let Err(BundleError::Foreign(shown)) = Bundle::parse(long_kind.as_bytes()) else {
            panic!("foreign");
        };
        assert_eq!(shown.chars().count(), 81, "shown cut short");
    }

    fn with_event(event: serde_json::Value) -> Result<Bundle, BundleError> {
        let mut text =
            String::from_utf8(bundle().to_bytes().expect("a bundle encodes")).expect("utf-8");
        let at = text.rfind("[]").expect("no events yet");
        text.replace_range(at..at + 2, &format!("[{event}]"));
        Bundle::parse(&reseal(text.as_bytes()))
    }

    fn visited(module: &str, step: &str, version: &str) -> serde_json::Value {
        serde_json::json!({
            "v": 1,
            "id": Uuid::from_u128(7).to_string(),
            "profile": Uuid::from_u128(1).to_string(),
            "device": Uuid::from_u128(9).to_string(),
            "at": "2026-11-20T15:00:00Z",
            "pack": "tt-basics",
            "pack_version": version,
            "kind": "visited",
            "module": module,
            "step": step,
        })
    }

    /// Attacks G3 and G4 (F7): names and groups are cut, ids and versions
    /// that are too long refuse the bundle with the reason.
    #[test]
    fn long_strings_are_cut_or_refused() {
        let mut b = bundle();
        b.profile.name = "N".repeat(1_000_000);
        b.profile.group = "G".repeat(100_000);
        let read = Bundle::parse(&b.to_bytes().expect("a bundle encodes"));
        // The whole profile is over its byte cap: refused before anything.
        assert!(
            matches!(read, Err(BundleError::Damaged(why)) if why.contains("more than any learner"))
        );
        b.profile.name = format!("Ana {}", "ñ".repeat(5_000));
        b.profile.group = "Taller de Lima ".repeat(100);
        let read = Bundle::parse(&b.to_bytes().expect("a bundle encodes")).expect("read");
        assert_eq!(read.profile.name.chars().count(), limits::NAME);
        assert!(read.profile.name.starts_with("Ana ñ") && read.profile.name.ends_with('…'));
        assert_eq!(read.profile.group.chars().count(), limits::GROUP);
        // Short ones are kept as they are, at the limit too.
        b.profile.name = "N".repeat(limits::NAME);
        b.profile.group = "Lima".into();
        let read = Bundle::parse(&b.to_bytes().expect("a bundle encodes")).expect("read");
        assert_eq!(read.profile.name, b.profile.name);
        assert_eq!(read.profile.group, "Lima");

        b.profile.language = "es".repeat(100);
        let Err(BundleError::Damaged(why)) =
            Bundle::parse(&b.to_bytes().expect("a bundle encodes"))
        else {
            panic!("refused");
        };
        assert!(why.contains("language is 200 characters long"), "{why}");

        assert!(with_event(visited("m", "s", "1.0")).is_ok());
        let long = "V".repeat(1_000_000);
        for (event, what) in [
            (
                visited("m", "s", &long),
                "pack version is 1000000 characters",
            ),
            (visited(&long, "s", "1"), "module id is 1000000"),
            (visited("m", &long, "1"), "step id is 1000000"),
        ] {
            let Err(BundleError::Damaged(why)) = with_event(event) else {
                panic!("refused: {what}");
            };
            assert!(
                why.starts_with("event 1: its ") && why.contains(what),
                "{why}"
            );
            assert!(why.contains("export it again"), "{why}");
            assert!(why.len() < 400, "the reason repeats the value");
        }
        let mut answered = visited("m", "s", "1");
        answered["kind"] = "answered".into();
        answered["answer"] = serde_json::json!({"type": "choices", "options": vec!["a"; 5_000]});
        let Err(BundleError::Damaged(why)) = with_event(answered.clone()) else {
            panic!("refused");
        };
        assert!(why.contains("more than 1000 option ids"), "{why}");
        answered["answer"] = serde_json::json!({"type": "text", "text": "word ".repeat(2_000)});
        assert!(with_event(answered).is_ok());
    }

    #[test]
    fn cut_counts_characters() {
        assert_eq!(cut("Ana", 3), "Ana");
        assert_eq!(cut("Anabel", 4), "Ana…");
        assert_eq!(cut("ñññññ", 3), "ññ…");
        assert_eq!(cut("", 0), "");
    }

    #[test]
    fn bad_bundles_say_why() {
        let bytes = bundle().to_bytes().expect("a bundle encodes");
        assert_eq!(Bundle::parse(b""), Err(BundleError::Empty));
        assert!(matches!(
            Bundle::parse(&bytes[..bytes.len() / 2]),
            Err(BundleError::Truncated { .. })
        ));
        assert!(matches!(
            Bundle::parse(b"\x89PNG garbage"),
            Err(BundleError::NotJson { .. })
        ));
        assert_eq!(
            Bundle::parse(br#"{"kind": "spreadsheet"}"#),
            Err(BundleError::Foreign("spreadsheet".into()))
        );
        assert_eq!(
            Bundle::parse(br#"{"kind": "puente-progress", "format": 9}"#),
            Err(BundleError::Newer(9))
        );
        assert!(matches!(
            Bundle::parse(br#"{"kind": "puente-progress", "format": 1}"#),
            Err(BundleError::Damaged(_))
        ));
    }
}
