//! What arrives changed (issue 18: B3, B8, B14): a bundle damaged after it
//! was written is refused by its checksum; one event id that arrives again
//! saying something else is a conflict, named, the stored copy kept; one
//! event repeated many times is read once.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::str::FromStr;

use puente::cohort::sample::{SampleOptions, sample_cohort};
use puente::content::{self, Pack};
use puente::i18n::I18n;
use puente::progress::Store;
use puente::progress::bundle::{Bundle, BundleError, reseal};
use puente::progress::import::{OpenPack, import, read_all};

fn pack() -> Pack {
    content::load(&content::source::embedded())
        .pack
        .expect("the built-in pack loads")
}

fn open_packs() -> Vec<OpenPack> {
    let pack = pack();
    vec![OpenPack {
        id: pack.info.id.to_string(),
        version: pack.info.version.clone(),
    }]
}

/// One rehearsal learner with `events` events.
fn learner(events: usize, seed: u64) -> Bundle {
    sample_cohort(
        &pack(),
        &SampleOptions {
            learners: 1,
            events,
            seed,
            start: jiff::Timestamp::from_str("2026-11-20T15:00:00Z").expect("time"),
        },
    )
    .remove(0)
}

fn puente(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_puente"))
        .env("LC_ALL", "en_US.UTF-8")
        .args(args)
        .output()
        .expect("the binary runs")
}

fn import_cli(data: &Path, file: &Path) -> (bool, String) {
    let out = puente(&[
        "import".as_ref(),
        "--data-dir".as_ref(),
        data.as_os_str(),
        file.as_os_str(),
    ]);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Attack B3: 27 % of single-bit flips of a real bundle used to import as
/// other data (ids, scores, times, answers). Now every flip is refused, or
/// reads as exactly what was written (a flip in the checksum's own key).
#[test]
fn no_single_bit_flip_imports_other_data() {
    let bundle = learner(50, 1);
    let bytes = bundle.to_bytes().expect("encodes");
    let original = Bundle::parse(&bytes).expect("reads");
    let mut rng = fastrand::Rng::with_seed(18);
    let (mut refused, mut changed) = (0, 0);
    for _ in 0..3000 {
        let mut flipped = bytes.clone();
        let at = rng.usize(..flipped.len());
        flipped[at] ^= 1 << rng.u8(..8);
        match Bundle::parse(&flipped) {
            Err(BundleError::Changed { .. }) => {
                refused += 1;
                changed += 1;
            }
            Err(_) => refused += 1,
            Ok(read) => assert_eq!(read, original, "a flip at byte {at} imported other data"),
        }
    }
    assert!(refused > 2900, "{refused} of 3000 refused");
    assert!(changed > 500, "the checksum names most of them: {changed}");

    // The command says why, and imports nothing.
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("ana.puente");
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    let edited = text.replacen("\"score\":1.0", "\"score\":0.0", 1);
    assert_ne!(edited, text, "the sample has a full score to edit");
    fs::write(&file, &edited).expect("write");
    let (ok, said) = import_cli(&dir.path().join("d"), &file);
    assert!(!ok, "{said}");
    assert!(
        said.contains("the bundle was changed after Puente wrote it")
            && said.contains("export it again from the learner's computer"),
        "{said}"
    );
    assert!(said.contains("0 of 1 file imported"), "{said}");
}

/// Bundles written before checksums, and those a later Puente checks
/// another way, still import; one rewritten by another program (its
/// checksum moved from the end) is refused.
#[test]
fn bundles_without_a_checksum_still_import() {
    let bytes = learner(20, 2).to_bytes().expect("encodes");
    let text = String::from_utf8(bytes).expect("utf-8");
    let at = text.rfind(",\"checksum\"").expect("sealed");
    let older = format!("{}}}\n", &text[..at]);
    let read = Bundle::parse(older.as_bytes()).expect("an older bundle reads");
    assert_eq!(read.events.len(), 20);
    let later = text.replace("\"crc32:", "\"sha512:");
    assert!(Bundle::parse(later.as_bytes()).is_ok());

    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["profile"]["name"] = "Otra".into();
    let sorted = serde_json::to_vec(&value).expect("json");
    assert!(matches!(
        Bundle::parse(&sorted),
        Err(BundleError::Changed { .. })
    ));
    // A test (or a tool) that edits on purpose takes the old checksum
    // out and seals again.
    let obj = value.as_object_mut().expect("object");
    obj.remove("checksum");
    let unsealed = serde_json::to_vec(&value).expect("json");
    assert_eq!(
        Bundle::parse(&reseal(&unsealed)).map(|b| b.profile.name),
        Ok("Otra".into())
    );
}

/// Attack B14: a forged bundle with a learner's ids and other answers,
/// imported before the real one, used to win silently. The real one now
/// reports each event that says something else, and which copy is kept.
#[test]
fn an_id_that_arrives_again_with_other_content_is_a_conflict() {
    let dir = tempfile::tempdir().expect("tmp");
    let real = learner(50, 3);
    let mut forged = real.clone();
    forged.profile.name = "Ricardo (forged)".into();
    for e in forged.events.iter_mut().take(12) {
        e.at =
            e.at.checked_add(jiff::SignedDuration::from_secs(60))
                .expect("time");
    }
    let (forged_file, real_file) = (dir.path().join("f.puente"), dir.path().join("r.puente"));
    fs::write(&forged_file, forged.to_bytes().expect("encodes")).expect("write");
    fs::write(&real_file, real.to_bytes().expect("encodes")).expect("write");

    let data = dir.path().join("d");
    let (store, _) = Store::open(&data).expect("store");
    let first = import(
        &store,
        std::slice::from_ref(&forged_file),
        &open_packs(),
        |_, _| {},
    );
    assert_eq!(first.added(), 50);
    let second = import(
        &store,
        std::slice::from_ref(&real_file),
        &open_packs(),
        |_, _| {},
    );
    let (_, imported) = second.imported().next().expect("imported");
    assert_eq!((imported.added, imported.known), (0, 50));
    let ids: Vec<_> = real.events.iter().take(12).map(|e| e.id).collect();
    assert_eq!(imported.conflicts.with_folder, ids);
    assert!(imported.conflicts.in_bundle.is_empty());
    // The stored copy stays: nothing written is ever overwritten.
    let (learners, _) = read_all(&store);
    let kept = &learners[0].1;
    assert!(
        kept.iter()
            .any(|e| e.id == forged.events[0].id && e.at == forged.events[0].at)
    );
    // The same bundle again: the same conflicts, nothing else.
    let again = import(&store, &[forged_file], &open_packs(), |_, _| {});
    let (_, same) = again.imported().next().expect("imported");
    assert!(same.conflicts.is_empty(), "the stored copy is this one");

    let msgs = imported.conflicts.msgs(&imported.name);
    assert_eq!(msgs.len(), 1);
    let en = msgs[0].to_string();
    assert!(
        en.contains("12 events arrived again with different content")
            && en.contains(&ids[0].to_string())
            && en.contains("… (+9)")
            && en.contains("The copy already in this data folder is kept"),
        "{en}"
    );
    let es = msgs[0].render(&I18n::new("es"));
    assert!(es.contains("12 eventos llegaron otra vez"), "{es}");
    let pt = msgs[0].render(&I18n::new("pt"));
    assert!(pt.contains("12 eventos chegaram de novo"), "{pt}");

    // The command line says it too.
    let fresh = dir.path().join("cli");
    let fresh_forged = dir.path().join("f2.puente");
    fs::write(&fresh_forged, forged.to_bytes().expect("encodes")).expect("write");
    assert!(import_cli(&fresh, &fresh_forged).0);
    let (ok, said) = import_cli(&fresh, &real_file);
    assert!(ok, "a conflict is no failure: {said}");
    assert!(
        said.contains("r.puente: Paula Torres: 12 events")
            && said.contains("12 events arrived again with different content"),
        "{said}"
    );
}

/// Attack B8: one event repeated 580,928 times (200 MB) was "1 new event,
/// 580927 already here" after 2.37 GB. Now repeats are dropped as they are
/// read and counted apart; a repeat that differs is a conflict.
#[test]
fn one_event_repeated_is_read_once_and_counted() {
    let real = learner(5, 4);
    let text = String::from_utf8(real.to_bytes().expect("encodes")).expect("utf-8");
    let event = serde_json::to_string(&real.events[0]).expect("json");
    let mut other = real.events[0].clone();
    other.pack_version = "9.9.9".into();
    let other = serde_json::to_string(&other).expect("json");
    let events = format!("{},{other}", vec![event.as_str(); 20_000].join(","));
    let at = text.find("\"events\":[").expect("events") + "\"events\":[".len();
    let repeated = format!("{}{events},{}", &text[..at], &text[at..]);
    let read = Bundle::parse(&reseal(repeated.as_bytes())).expect("reads");
    assert_eq!(read.events.len(), 5);
    assert_eq!(read.repeats.same, 20_000, "the 5 + 20,000 copies of one");
    assert_eq!(read.repeats.differing, vec![real.events[0].id]);

    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("r.puente");
    fs::write(&file, reseal(repeated.as_bytes())).expect("write");
    let (store, _) = Store::open(&dir.path().join("d")).expect("store");
    let report = import(
        &store,
        std::slice::from_ref(&file),
        &open_packs(),
        |_, _| {},
    );
    let (_, i) = report.imported().next().expect("imported");
    assert_eq!((i.added, i.known, i.repeated), (5, 0, 20_000));
    assert_eq!(i.conflicts.in_bundle, vec![real.events[0].id]);
    let said = i.conflicts.msgs(&i.name)[0].to_string();
    assert!(
        said.contains("holds 1 event twice with different content"),
        "{said}"
    );
    let (ok, said) = import_cli(&dir.path().join("cli"), &file);
    assert!(ok, "{said}");
    assert!(
        said.contains("(5 new events, 0 already here, 20000 repeated in the bundle, new learner)"),
        "{said}"
    );
}
