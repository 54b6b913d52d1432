//! A progress bundle: one learner's profile and every event, in one file,
//! to carry on a USB stick and print a report from (`puente export`,
//! `puente report`). JSON, `"kind": "puente-progress"`, `"format": 1`.

use serde::{Deserialize, Serialize};

use super::event::Event;
use super::store::Profile;

pub const BUNDLE_KIND: &str = "puente-progress";
pub const BUNDLE_FORMAT: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub kind: String,
    pub format: u32,
    pub exported: jiff::Timestamp,
    pub profile: Profile,
    pub events: Vec<Event>,
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
    #[error("this is not a Puente progress bundle (it says it is {0:?})")]
    Foreign(String),
    #[error(
        "the bundle was made by a newer Puente (format {0}; this one reads {BUNDLE_FORMAT}); update Puente"
    )]
    Newer(u32),
    #[error("the bundle is damaged: {0}")]
    Damaged(String),
}

impl Bundle {
    pub fn new(profile: Profile, events: Vec<Event>) -> Self {
        Self {
            kind: BUNDLE_KIND.to_owned(),
            format: BUNDLE_FORMAT,
            exported: jiff::Timestamp::now(),
            profile,
            events,
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Read a bundle, saying precisely why when it cannot be read.
    pub fn parse(bytes: &[u8]) -> Result<Self, BundleError> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(BundleError::Empty);
        }
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
            let (line, column) = (e.line(), e.column());
            if e.is_eof() {
                BundleError::Truncated { line, column }
            } else {
                BundleError::NotJson {
                    line,
                    column,
                    detail: e.to_string(),
                }
            }
        })?;
        let kind = value
            .get("kind")
            .and_then(|k| k.as_str())
            .unwrap_or_default();
        if kind != BUNDLE_KIND {
            return Err(BundleError::Foreign(kind.to_owned()));
        }
        let format = value
            .get("format")
            .and_then(serde_json::Value::as_u64)
            .unwrap_or(0);
        if format > u64::from(BUNDLE_FORMAT) {
            return Err(BundleError::Newer(
                u32::try_from(format).unwrap_or(u32::MAX),
            ));
        }
        serde_json::from_value(value).map_err(|e| BundleError::Damaged(e.to_string()))
    }
}

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
        };
        Bundle::new(profile, Vec::new())
    }

    #[test]
    fn round_trip() {
        let b = bundle();
        assert_eq!(Bundle::parse(&b.to_bytes()), Ok(b));
    }

    #[test]
    fn bad_bundles_say_why() {
        let bytes = bundle().to_bytes();
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
