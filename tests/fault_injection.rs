//! A save that fails at every possible point — "no space left on device" or
//! "permission denied" at the 1st, 2nd, … file operation — must leave a
//! data folder that loads, with nothing saved earlier lost, and must tell
//! the caller (who shows it to the user). Real full and read-only disks
//! are in tests/progress_faults.rs; here every point is reached.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use puente::progress::bundle::Bundle;
use puente::progress::fault::{self, NO_SPACE, PERMISSION_DENIED};
use puente::progress::import::{OpenPack, merge};
use puente::progress::store::WriteProblem;
use puente::progress::{Answer, EVENT_FORMAT, Event, EventBody, Store};
use uuid::Uuid;

mod common;

fn event(profile: Uuid, device: Uuid, n: u32) -> Event {
    Event {
        v: EVENT_FORMAT,
        id: Uuid::from_u128(u128::from(n) + 1000),
        profile,
        device,
        at: jiff::Timestamp::from_second(1_790_000_000 + i64::from(n)).expect("time"),
        pack: "puente-core".into(),
        pack_version: "0.1.0".into(),
        body: EventBody::Answered {
            module: "ip-basics".into(),
            step: format!("q{n}"),
            answer: Answer::TrueFalse { value: true },
            score: Some(1.0),
            correct: Some(true),
        },
    }
}

/// Copy a data folder (the baseline every attempt starts from).
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The ids of every event the folder holds for `profile`, read as a fresh
/// Puente would (opening the profile, with its repairs).
fn saved_ids(root: &Path, profile: Uuid) -> BTreeSet<Uuid> {
    let (store, _) = Store::open(root).expect("the data folder opens");
    let opened = store.open_profile(profile).expect("the profile opens");
    opened.events.iter().map(|e| e.id).collect()
}

/// A baseline folder: one profile with `n` events saved.
fn baseline(dir: &Path, n: u32) -> (Uuid, BTreeSet<Uuid>) {
    let (store, _) = Store::open(dir).expect("open");
    let profile = store.create_profile("Camila Rojas", "es").expect("create");
    let mut session = store.open_profile(profile.id).expect("open").session;
    for i in 0..n {
        session
            .record(event(profile.id, store.device(), i))
            .expect("saved");
    }
    drop(session);
    let ids = saved_ids(dir, profile.id);
    (profile.id, ids)
}

/// Run `save` on a copy of `base` with the k-th operation failing, for
/// every k until the save runs through; check after each.
fn at_every_point(
    base: &Path,
    code: i32,
    mut save: impl FnMut(&Path) -> Result<(), WriteProblem>,
    mut check: impl FnMut(&Path, bool),
) -> usize {
    let mut k = 0;
    loop {
        let tmp = tempfile::tempdir().expect("tmp");
        let root = tmp.path().join("data");
        copy_dir(base, &root);
        fault::fail_after(k, code);
        let result = save(&root);
        let (_, fired) = fault::clear();
        if fired {
            let problem = result.expect_err(&format!(
                "operation {k} failed with OS error {code}, but the save said it worked"
            ));
            let expected = if code == NO_SPACE {
                WriteProblem::Full
            } else {
                WriteProblem::ReadOnly
            };
            assert_eq!(problem, expected, "operation {k}: the user is told why");
        } else {
            result.expect("without a failure the save works");
        }
        check(&root, fired);
        if !fired {
            return k;
        }
        k += 1;
    }
}

#[test]
fn recording_an_answer_fails_cleanly_at_every_point_and_is_kept_pending() {
    let base = tempfile::tempdir().expect("tmp");
    let (profile, before) = baseline(base.path(), 3);
    for code in [NO_SPACE, PERMISSION_DENIED] {
        let new = event(profile, Uuid::from_u128(7), 100);
        let points = at_every_point(
            base.path(),
            code,
            |root| {
                let (store, _) = Store::open(root).map_err(|e| e.problem())?;
                let mut session = store
                    .open_profile(profile)
                    .map_err(|e| e.problem())?
                    .session;
                let result = session.record(new.clone()).map_err(|e| e.problem());
                if result.is_err() {
                    // The answer stays pending; once the disk has room
                    // again, the retry saves it.
                    assert_eq!(session.pending(), 1);
                    session.flush().expect("the retry saves it");
                }
                result
            },
            |root, _| {
                let now = saved_ids(root, profile);
                assert!(now.is_superset(&before), "nothing saved earlier is lost");
                assert!(
                    now.contains(&new.id),
                    "the pending answer was saved on retry"
                );
                assert_eq!(now.len(), before.len() + 1, "and only once");
            },
        );
        assert!(points >= 3, "open, write and sync were reached ({points})");
    }
}

#[test]
fn a_failed_append_leaves_no_partial_line_even_when_the_cut_fails() {
    let dir = tempfile::tempdir().expect("tmp");
    let (profile, before) = baseline(dir.path(), 2);
    let (store, _) = Store::open(dir.path()).expect("open");
    let mut session = store.open_profile(profile).expect("open").session;
    // Warm the session: the journal is open.
    session
        .record(event(profile, store.device(), 50))
        .expect("saved");
    // The write fails half-way (operation 0), then cutting the partial line
    // off fails too (operation 1, the set_len).
    fault::fail_run(0, NO_SPACE, 2);
    let first = session.record(event(profile, store.device(), 51));
    assert_eq!(fault::clear(), (2, true));
    assert!(first.is_err());
    // The retry reopens the journal and fails at the cut itself; then the
    // write fails once more, with a cut that works.
    fault::fail_after(1, NO_SPACE);
    assert!(session.flush().is_err());
    fault::fail_after(2, NO_SPACE);
    assert!(session.flush().is_err());
    fault::clear();
    session.flush().expect("saved once there is room");
    drop(session);
    let (store, _) = Store::open(dir.path()).expect("open");
    let opened = store.open_profile(profile).expect("opens");
    assert!(
        opened.notices.is_empty(),
        "no torn or unreadable line: {:?}",
        opened.notices
    );
    let ids: BTreeSet<Uuid> = opened.events.iter().map(|e| e.id).collect();
    assert!(ids.is_superset(&before));
    assert_eq!(ids.len(), before.len() + 2);
}

#[test]
fn saving_a_profile_or_settings_fails_cleanly_at_every_point() {
    let base = tempfile::tempdir().expect("tmp");
    let (profile, before) = baseline(base.path(), 2);
    for code in [NO_SPACE, PERMISSION_DENIED] {
        // Changing the learner's language (profile.json, with its .bak).
        at_every_point(
            base.path(),
            code,
            |root| {
                let (store, _) = Store::open(root).map_err(|e| e.problem())?;
                let (mut p, _, _) = store.read_profile(profile).map_err(|e| e.problem())?;
                p.language = "pt".into();
                store.save_profile(&p).map_err(|e| e.problem())
            },
            |root, fired| {
                let (store, notices) = Store::open(root).expect("opens");
                assert!(notices.is_empty(), "{notices:?}");
                let (profiles, notices) = store.profiles();
                assert!(notices.is_empty(), "{notices:?}");
                assert_eq!(profiles.len(), 1, "the learner is still listed");
                let lang = &profiles[0].language;
                if fired {
                    assert!(lang == "es" || lang == "pt", "old or new, never broken");
                } else {
                    assert_eq!(lang, "pt");
                }
                assert!(saved_ids(root, profile).is_superset(&before));
                let leftovers: Vec<_> =
                    fs::read_dir(root.join("profiles").join(profile.to_string()))
                        .expect("dir")
                        .flatten()
                        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
                        .collect();
                assert!(leftovers.is_empty(), "temp files are cleaned up");
            },
        );
        // Creating a new profile.
        at_every_point(
            base.path(),
            code,
            |root| {
                let (store, _) = Store::open(root).map_err(|e| e.problem())?;
                store
                    .create_profile("Tiago Lima", "pt")
                    .map(|_| ())
                    .map_err(|e| e.problem())
            },
            |root, fired| {
                let (store, _) = Store::open(root).expect("opens");
                let (profiles, notices) = store.profiles();
                assert!(notices.is_empty(), "{notices:?}");
                assert_eq!(profiles.len(), if fired { 1 } else { 2 });
                assert!(saved_ids(root, profile).is_superset(&before));
            },
        );
    }
}

#[test]
fn importing_a_bundle_fails_cleanly_at_every_point() {
    let base = tempfile::tempdir().expect("tmp");
    let (profile, before) = baseline(base.path(), 2);
    let (store, _) = Store::open(base.path()).expect("open");
    let (p, _, _) = store.read_profile(profile).expect("read");
    drop(store);
    // The same learner's work on another laptop, and a new learner.
    let other = Uuid::from_u128(42);
    let same = Bundle::new(
        p.clone(),
        (200..230).map(|n| event(profile, other, n)).collect(),
    );
    let mut newcomer = p;
    newcomer.id = Uuid::from_u128(43);
    newcomer.name = "Bruno Costa".into();
    let fresh = Bundle::new(
        newcomer.clone(),
        (300..310).map(|n| event(newcomer.id, other, n)).collect(),
    );
    let packs = [OpenPack {
        id: "puente-core".into(),
        version: "0.1.0".into(),
    }];
    for code in [NO_SPACE, PERMISSION_DENIED] {
        for bundle in [&same, &fresh] {
            at_every_point(
                base.path(),
                code,
                |root| {
                    let (store, _) = Store::open(root).map_err(|e| e.problem())?;
                    match merge(&store, bundle, &packs) {
                        Ok(_) => Ok(()),
                        Err(_) => Err(if code == NO_SPACE {
                            WriteProblem::Full
                        } else {
                            WriteProblem::ReadOnly
                        }),
                    }
                },
                |root, fired| {
                    assert!(saved_ids(root, profile).is_superset(&before));
                    let (store, _) = Store::open(root).expect("opens");
                    let (_, notices) = store.profiles();
                    assert!(notices.is_empty(), "{notices:?}");
                    // Then the import is simply done again, and works.
                    let again = merge(&store, bundle, &packs).expect("imports");
                    assert_eq!(again.added + again.known, bundle.events.len());
                    if !fired {
                        assert_eq!(again.added, 0, "already all there");
                    }
                    let (_, events, notices) = store.read_profile(bundle.profile.id).expect("read");
                    assert!(notices.is_empty(), "{notices:?}");
                    let ids: BTreeSet<Uuid> = events.iter().map(|e| e.id).collect();
                    assert!(bundle.events.iter().all(|e| ids.contains(&e.id)));
                },
            );
        }
    }
}

#[test]
fn repairing_a_torn_journal_fails_cleanly_at_every_point() {
    let base = tempfile::tempdir().expect("tmp");
    let (profile, before) = baseline(base.path(), 4);
    // A crash in the middle of a write: half a line at the end.
    let (store, _) = Store::open(base.path()).expect("open");
    let journal = base
        .path()
        .join("profiles")
        .join(profile.to_string())
        .join(format!("events-{}.jsonl", store.device()));
    let mut bytes = fs::read(&journal).expect("read");
    bytes.extend_from_slice(br#"{"v":1,"id":"cut-off-in-the-mid"#);
    fs::write(&journal, bytes).expect("write");
    drop(store);
    for code in [NO_SPACE, PERMISSION_DENIED] {
        at_every_point(
            base.path(),
            code,
            |root| {
                let (store, _) = Store::open(root).map_err(|e| e.problem())?;
                let opened = store.open_profile(profile).map_err(|e| e.problem())?;
                // Keeping the torn bytes aside is a courtesy: when it
                // fails, the profile still opens and the notice says the
                // bytes were not kept.
                let torn_not_kept = opened
                    .notices
                    .iter()
                    .any(|n| matches!(n, puente::progress::Notice::TornLine { kept_at: None, .. }));
                if torn_not_kept {
                    return Err(if code == NO_SPACE {
                        WriteProblem::Full
                    } else {
                        WriteProblem::ReadOnly
                    });
                }
                Ok(())
            },
            |root, _| {
                assert_eq!(saved_ids(root, profile), before, "every whole event kept");
            },
        );
    }
}

/// An event that cannot be serialised is never replaced by an empty line
/// and never dropped: it stays pending, the journal is untouched, and the
/// next flush writes it in its place.
#[test]
fn an_event_that_cannot_be_serialised_stays_pending() {
    let root = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(root.path()).expect("store");
    let profile = store.create_profile("Ana", "en").expect("profile");
    let mut session = store.open_profile(profile.id).expect("open").session;
    let first = event(profile.id, store.device(), 1);
    session.record(first.clone()).expect("saved");
    let journal = fs::read(session.journal_path()).expect("journal");

    fault::fail_next_encode();
    let second = event(profile.id, store.device(), 2);
    let err = session.record(second.clone()).expect_err("not serialised");
    assert!(
        matches!(err, puente::progress::StoreError::Encode { .. }),
        "{err:?}"
    );
    assert_eq!(session.pending(), 1, "kept, not dropped");
    assert_eq!(
        fs::read(session.journal_path()).expect("journal"),
        journal,
        "no empty line written"
    );

    session.flush().expect("written now");
    assert_eq!(session.pending(), 0);
    let journal_path = session.journal_path().to_owned();
    drop(session);
    let text = fs::read_to_string(journal_path).expect("journal");
    assert!(text.lines().all(|l| !l.trim().is_empty()), "{text:?}");
    assert_eq!(
        saved_ids(root.path(), profile.id),
        BTreeSet::from([first.id, second.id])
    );
}

/// A profile, a bundle or a settings file that cannot be serialised is not
/// written as an empty file: the save fails and the file is as it was.
#[test]
fn a_profile_or_bundle_that_cannot_be_serialised_is_an_error() {
    let root = tempfile::tempdir().expect("temp");
    let (store, _) = Store::open(root.path()).expect("store");
    let mut profile = store.create_profile("Ana", "en").expect("profile");
    let path = root
        .path()
        .join("profiles")
        .join(profile.id.to_string())
        .join("profile.json");
    let before = fs::read(&path).expect("profile.json");

    profile.name = "Ana María".into();
    fault::fail_next_encode();
    let err = store.save_profile(&profile).expect_err("not serialised");
    assert!(
        matches!(err, puente::progress::StoreError::Encode { .. }),
        "{err:?}"
    );
    assert_eq!(fs::read(&path).expect("profile.json"), before, "unchanged");

    fault::fail_next_encode();
    assert!(store.set_last_profile(profile.id).is_err());
    assert_eq!(
        store.last_profile(),
        None,
        "settings.json not written empty"
    );

    let bundle = Bundle::new(profile, vec![event(Uuid::nil(), store.device(), 1)]);
    fault::fail_next_encode();
    assert!(bundle.to_bytes().is_err(), "a bundle says so too");
    assert!(bundle.to_bytes().is_ok(), "only the one injected failure");
}
