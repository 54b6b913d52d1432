//! A learner's profile.json: the type, its display settings, and reading
//! it back whatever happened to it (restored from its backup, or rebuilt
//! from the folder's journals).

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::FILE_FORMAT;
use super::error::{Notice, StoreError};
use super::fsio::{aside_name, atomic_write, journals, read_file, sync_dir};
use crate::progress::fault;

/// A learner on this computer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub format: u32,
    pub id: Uuid,
    pub name: String,
    /// Language code for the interface and content (`en`, `es`, `pt`).
    pub language: String,
    pub created: jiff::Timestamp,
    /// How the window looks for this learner.
    #[serde(default)]
    pub display: Display,
    /// The workshop, class or cohort the learner belongs to, for the
    /// facilitator's filters (free text, may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub group: String,
    /// The learner's spaced-review settings.
    #[serde(default)]
    pub review: ReviewSettings,
}

/// Spaced review, kept in the profile so that every laptop of a shared
/// folder schedules the same queue.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReviewSettings {
    /// The probability of recall at which a card comes back, 0.7–0.97.
    /// Read leniently, like the text size: anything else becomes 0.9.
    #[serde(deserialize_with = "lenient_retention")]
    pub retention: f64,
}

impl ReviewSettings {
    pub const MIN_RETENTION: f64 = 0.7;
    pub const MAX_RETENTION: f64 = 0.97;
    pub const DEFAULT_RETENTION: f64 = 0.9;

    /// A target retention within range; 0.9 for one that is not a number.
    pub fn clamp_retention(retention: f64) -> f64 {
        if retention.is_finite() {
            retention.clamp(Self::MIN_RETENTION, Self::MAX_RETENTION)
        } else {
            Self::DEFAULT_RETENTION
        }
    }
}

impl Default for ReviewSettings {
    fn default() -> Self {
        Self {
            retention: Self::DEFAULT_RETENTION,
        }
    }
}

fn lenient_retention<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(value.as_f64().map_or(
        ReviewSettings::DEFAULT_RETENTION,
        ReviewSettings::clamp_retention,
    ))
}

/// A learner's display settings, kept in their profile.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Display {
    /// Text size, 1.0 = normal, within [`Display::MIN_ZOOM`] and
    /// [`Display::MAX_ZOOM`]. Read leniently: any number is clamped into
    /// range and anything else (`null`, a string, a number too large for
    /// an `f32`, as a hand-edited bundle may hold) becomes 1.0, so a
    /// profile can never become unreadable, or unwritable, through it.
    #[serde(deserialize_with = "lenient_zoom")]
    pub zoom: f32,
    pub theme: Theme,
}

impl Display {
    pub const MIN_ZOOM: f32 = 0.75;
    pub const MAX_ZOOM: f32 = 2.0;

    /// `zoom` clamped into range; 1.0 for anything that is not a number.
    pub fn clamp_zoom(zoom: f64) -> f32 {
        if zoom.is_finite() {
            // In range after the clamp, so the cast loses nothing but digits.
            zoom.clamp(f64::from(Self::MIN_ZOOM), f64::from(Self::MAX_ZOOM)) as f32
        } else {
            1.0
        }
    }
}

fn lenient_zoom<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(value.as_f64().map_or(1.0, Display::clamp_zoom))
}

impl Default for Display {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            theme: Theme::Light,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
    HighContrast,
}

/// A profile as shown: its name and group cut as an import cuts them
/// ([`crate::progress::limits`]), so a profile.json edited by hand, or
/// synced from a Puente that did not cut them, cannot make the window
/// lay out megabytes of text at every start (issue 18, G3).
fn bounded(mut p: Profile) -> Profile {
    use crate::progress::limits::{self, cut};
    p.name = cut(&p.name, limits::NAME);
    p.group = cut(&p.group, limits::GROUP);
    p
}

/// Read profile.json, restoring it from its backup when it is damaged.
/// `Ok(None)` when the folder has no profile.json (not a profile).
pub(super) fn read_profile(
    path: &Path,
    notices: &mut Vec<Notice>,
) -> Result<Option<Profile>, StoreError> {
    let bytes = match read_file(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            // A folder with a learner's events but no profile.json (lost
            // by hand or by a tool) still holds a learner.
            return Ok(rebuild_profile(path, None, notices));
        }
        Err(e) => return Err(StoreError::io("read", path, e)),
    };
    match parse_profile(path, &bytes).map(bounded) {
        Ok(p) => Ok(Some(p)),
        Err(e @ StoreError::NewerFormat { .. }) => Err(e),
        Err(original) => {
            let backup = PathBuf::from(format!("{}.bak", path.display()));
            let restored = read_file(&backup)
                .ok()
                .and_then(|b| parse_profile(path, &b).ok().map(|p| (bounded(p), b)));
            let Some((profile, good)) = restored else {
                return rebuild_profile(path, Some(&bytes), notices)
                    .ok_or(original)
                    .map(Some);
            };
            // Keep a copy of the damaged file aside, then restore over it
            // without touching the backup (temp + rename): profile.json is
            // never missing, whatever fails.
            let aside = aside_name(path, "corrupt");
            fault::copy(path, &aside).map_err(|e| StoreError::io("set aside", path, e))?;
            let dir = path.parent().unwrap_or(Path::new("."));
            let tmp = dir.join(format!(".profile.json.tmp-{}", Uuid::new_v4().simple()));
            let restored = fault::write(&tmp, &good)
                .and_then(|()| fault::sync_all(&File::open(&tmp)?))
                .and_then(|()| fault::rename(&tmp, path));
            if let Err(e) = restored {
                let _ = fs::remove_file(&tmp);
                return Err(StoreError::io("restore", path, e));
            }
            sync_dir(dir);
            notices.push(Notice::RestoredFromBackup {
                path: path.to_owned(),
                aside,
            });
            Ok(Some(profile))
        }
    }
}

/// A profile for the folder of `path` when its profile.json is damaged
/// (`damaged` holds its bytes) or missing, so that the learner never
/// disappears: the id comes from the folder's name, and the name, language
/// and group from whatever of the damaged file still reads (else the
/// first eight characters of the id, English, no group). Only for a
/// folder named by a profile id that holds at least one journal. The
/// damaged file is kept aside and the new one written (temp + rename);
/// when the folder cannot be written, the profile is still returned, for
/// this session. `None` when there is nothing to rebuild from.
fn rebuild_profile(
    path: &Path,
    damaged: Option<&[u8]>,
    notices: &mut Vec<Notice>,
) -> Option<Profile> {
    let dir = path.parent()?;
    let id: Uuid = dir.file_name()?.to_str()?.parse().ok()?;
    if journals(dir).ok()?.is_empty() {
        return None;
    }
    let salvage: serde_json::Value = damaged
        .and_then(|b| serde_json::from_slice(b).ok())
        .unwrap_or_default();
    let text = |key: &str| {
        salvage
            .get(key)
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
    };
    let profile = bounded(Profile {
        format: FILE_FORMAT,
        id,
        name: text("name")
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| id.simple().to_string()[..8].to_owned()),
        language: text("language").unwrap_or_else(|| "en".to_owned()),
        created: salvage
            .get("created")
            .and_then(|c| serde_json::from_value(c.clone()).ok())
            .unwrap_or_else(jiff::Timestamp::now),
        display: Display::default(),
        group: text("group").unwrap_or_default(),
        review: Default::default(),
    });
    let aside = damaged.and_then(|_| {
        let aside = aside_name(path, "corrupt");
        fault::copy(path, &aside).ok().map(|_| aside)
    });
    let written = serde_json::to_vec_pretty(&profile)
        .ok()
        .is_some_and(|bytes| atomic_write(path, &bytes).is_ok());
    notices.push(Notice::ProfileRebuilt {
        path: path.to_owned(),
        aside,
        written,
    });
    Some(profile)
}

fn parse_profile(path: &Path, bytes: &[u8]) -> Result<Profile, StoreError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| StoreError::not_json(path, &e))?;
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    if format > u64::from(FILE_FORMAT) {
        return Err(StoreError::NewerFormat {
            path: path.to_owned(),
            found: u32::try_from(format).unwrap_or(u32::MAX),
        });
    }
    serde_json::from_value(value).map_err(|e| StoreError::not_json(path, &e))
}
