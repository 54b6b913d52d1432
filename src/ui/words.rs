//! What the store tells the user, in the user's language.

use crate::i18n::I18n;
use crate::progress::store::{Notice, StoreError};
use crate::tr;

/// A notice found while reading progress, for the banner.
pub fn notice(tr: &I18n, notice: &Notice) -> String {
    let p = |path: &std::path::Path| path.display().to_string();
    match notice {
        Notice::TornLine {
            path,
            kept_at: Some(kept),
        } => {
            tr!(tr, "notice-torn-kept", path = p(path), kept = p(kept))
        }
        Notice::TornLine {
            path,
            kept_at: None,
        } => tr!(tr, "notice-torn", path = p(path)),
        Notice::SetAside {
            path,
            aside,
            kept,
            unreadable,
        } => tr!(
            tr,
            "notice-set-aside",
            path = p(path),
            aside = p(aside),
            kept = *kept,
            unreadable = *unreadable
        ),
        Notice::NewerEvents { path, count } => {
            tr!(tr, "notice-newer-events", path = p(path), count = *count)
        }
        Notice::ForeignLinesSkipped { path, count } => {
            tr!(tr, "notice-foreign-lines", path = p(path), count = *count)
        }
        Notice::RestoredFromBackup { path, aside } => {
            tr!(tr, "notice-restored", path = p(path), aside = p(aside))
        }
        Notice::ProfileUnreadable { path, detail } => {
            tr!(
                tr,
                "notice-profile-unreadable",
                path = p(path),
                detail = detail.as_str()
            )
        }
        Notice::TemporaryDevice { path } => tr!(tr, "notice-temporary-device", path = p(path)),
        Notice::ProfileRebuilt { path, aside, .. } => match aside {
            Some(aside) => tr!(
                tr,
                "notice-profile-rebuilt-aside",
                path = p(path),
                aside = p(aside)
            ),
            None => tr!(tr, "notice-profile-rebuilt", path = p(path)),
        },
    }
}

/// A store error, for the profile screen.
pub fn store_error(tr: &I18n, error: &StoreError) -> String {
    match error {
        StoreError::Locked { .. } => tr!(tr, "error-locked"),
        StoreError::NewerFormat { path, found } => {
            tr!(
                tr,
                "error-newer-format",
                path = path.display().to_string(),
                found = *found
            )
        }
        StoreError::Unreadable { path, detail } => {
            tr!(
                tr,
                "error-unreadable",
                path = path.display().to_string(),
                detail = detail.as_str()
            )
        }
        StoreError::Encode { path, .. } => {
            tr!(tr, "error-encode", path = path.display().to_string())
        }
        StoreError::Io { path, source, .. } => {
            tr!(
                tr,
                "error-io",
                path = path.display().to_string(),
                detail = source.to_string()
            )
        }
    }
}
