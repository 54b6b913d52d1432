//! Managing the profiles of a data folder: which were imported from
//! bundles (read-only here), renaming one, and deleting one by moving its
//! folder aside (nothing a learner saved is erased at once).

use std::path::PathBuf;

use uuid::Uuid;

use super::fsio::{journals, sync_dir};
use super::journal::take_lock;
use super::{Profile, Store, StoreError};
use crate::progress::fault;

/// The folder deleted profiles are moved into, under the data folder.
pub const DELETED_FOLDER: &str = "deleted-profiles";

impl Store {
    /// Whether the learner `id` came here only in bundles: their folder
    /// holds imported journals (`events-<device>-imported.jsonl`) and no
    /// journal any Puente wrote while the learner used it. Such a profile
    /// is the facilitator's copy of someone else's work: it is shown in the
    /// dashboard, never opened as a login.
    pub fn is_imported(&self, id: Uuid) -> bool {
        let Ok(journals) = journals(&self.profile_dir(id)) else {
            return false;
        };
        let imported = |p: &PathBuf| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with("-imported.jsonl"))
        };
        !journals.is_empty() && journals.iter().all(imported)
    }

    /// Give the learner `id` another name; the profile as saved.
    pub fn rename_profile(&self, id: Uuid, name: &str) -> Result<Profile, StoreError> {
        let (mut profile, _, _) = self.read_profile(id)?;
        profile.name = name.trim().to_owned();
        self.save_profile(&profile)?;
        Ok(profile)
    }

    /// Delete the learner `id` from the list: their folder is moved, whole,
    /// to `<data>/deleted-profiles/<id>-<time>`, where it can be moved back.
    /// Refused while a Puente has the profile open. Returns where it went.
    pub fn delete_profile(&self, id: Uuid) -> Result<PathBuf, StoreError> {
        let dir = self.profile_dir(id);
        // Held by another window: refused. Released before the move, which
        // Windows would refuse with a file open inside.
        drop(take_lock(&dir)?);
        let aside = self.root.join(DELETED_FOLDER);
        fault::create_dir_all(&aside)
            .map_err(|e| StoreError::io("create the folder", &aside, e))?;
        let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%S");
        let mut to = aside.join(format!("{id}-{stamp}"));
        let mut n = 1;
        while to.exists() {
            n += 1;
            to = aside.join(format!("{id}-{stamp}-{n}"));
        }
        fault::rename(&dir, &to).map_err(|e| StoreError::io("move aside", &dir, e))?;
        sync_dir(&self.root.join("profiles"));
        sync_dir(&aside);
        Ok(to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, _) = Store::open(dir.path()).expect("store");
        (dir, store)
    }

    #[test]
    fn a_profile_with_only_imported_journals_is_imported() {
        let (_dir, store) = store();
        let own = store.create_profile("Ana", "es").expect("created");
        assert!(
            !store.is_imported(own.id),
            "no journal yet: a new local profile"
        );
        let folder = store.profile_dir(own.id);
        std::fs::write(folder.join("events-x-imported.jsonl"), b"").expect("written");
        assert!(store.is_imported(own.id));
        std::fs::write(folder.join(format!("events-{}.jsonl", store.device())), b"")
            .expect("written");
        assert!(!store.is_imported(own.id), "used here too: openable");
    }

    #[test]
    fn renaming_keeps_everything_else() {
        let (_dir, store) = store();
        let before = store.create_profile("Ana", "pt").expect("created");
        let after = store
            .rename_profile(before.id, "  Ana Martínez ")
            .expect("renamed");
        assert_eq!(after.name, "Ana Martínez");
        assert_eq!((after.id, after.language.as_str()), (before.id, "pt"));
        let (listed, _) = store.profiles();
        assert_eq!(listed[0].name, "Ana Martínez");
    }

    #[test]
    fn deleting_moves_the_folder_aside_whole() {
        let (dir, store) = store();
        let p = store.create_profile("Ana", "es").expect("created");
        let journal = store.profile_dir(p.id).join("events-d.jsonl");
        std::fs::write(&journal, b"{}\n").expect("written");
        let to = store.delete_profile(p.id).expect("deleted");
        assert!(to.starts_with(dir.path().join(DELETED_FOLDER)));
        assert_eq!(
            std::fs::read(to.join("events-d.jsonl")).expect("kept"),
            b"{}\n"
        );
        assert!(to.join("profile.json").is_file());
        assert!(store.profiles().0.is_empty(), "no longer listed");
    }

    #[test]
    fn a_profile_open_elsewhere_is_not_deleted() {
        let (_dir, store) = store();
        let p = store.create_profile("Ana", "es").expect("created");
        let opened = store.open_profile(p.id).expect("opened");
        let err = store.delete_profile(p.id).expect_err("locked");
        assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
        assert!(store.profile_dir(p.id).is_dir());
        drop(opened);
    }
}
