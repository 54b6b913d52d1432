//! Workshop mode: importing bundles (a union by event id), bad bundles,
//! shared folders, the cohort dashboard, its CSV and the xAPI export.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

use puente::cohort::sample::{SampleOptions, file_name, sample_cohort};
use puente::cohort::xapi::{XapiOptions, statements};
use puente::cohort::{Dashboard, Filter};
use puente::content::{self, Pack};
use puente::progress::bundle::Bundle;
use puente::progress::import::{OpenPack, Skipped, import, read_all};
use puente::progress::{Answer, EVENT_FORMAT, Event, EventBody, Progress, Store};
use uuid::Uuid;

fn pack() -> Pack {
    content::load(&content::source::embedded())
        .pack
        .expect("the built-in pack loads")
}

fn open_packs(pack: &Pack) -> Vec<OpenPack> {
    vec![OpenPack {
        id: pack.info.id.to_string(),
        version: pack.info.version.clone(),
    }]
}

fn start() -> jiff::Timestamp {
    jiff::Timestamp::from_str("2026-11-20T15:00:00Z").expect("time")
}

/// Write `n` sample bundles into `dir`; their paths, sorted.
fn write_sample(dir: &Path, n: usize, events: usize, seed: u64) -> Vec<PathBuf> {
    fs::create_dir_all(dir).expect("mkdir");
    let bundles = sample_cohort(
        &pack(),
        &SampleOptions {
            learners: n,
            events,
            seed,
            start: start(),
        },
    );
    let mut paths = Vec::new();
    for (i, b) in bundles.iter().enumerate() {
        let path = dir.join(file_name(i, b));
        fs::write(&path, b.to_bytes().expect("a bundle encodes")).expect("write");
        paths.push(path);
    }
    paths.sort();
    paths
}

/// Every learner's state in a data folder, by profile id.
fn states(store: &Store) -> BTreeMap<Uuid, (String, Progress)> {
    let (learners, problems) = read_all(store);
    assert!(problems.is_empty(), "{problems:?}");
    learners
        .into_iter()
        .map(|(p, events)| (p.id, (p.name.clone(), Progress::from_events(&events))))
        .collect()
}

fn dashboard(store: &Store, filter: &Filter) -> Dashboard {
    let (learners, _) = read_all(store);
    Dashboard::build(&pack(), &learners, filter, &jiff::tz::TimeZone::UTC)
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("read_dir").flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), fs::read(&p).expect("read"));
            }
        }
    }
    out
}

fn new_store(dir: &Path) -> Store {
    Store::open(dir).expect("opens").0
}

#[test]
fn importing_twice_changes_nothing() {
    let tmp = tempfile::tempdir().expect("tmp");
    let bundles = write_sample(&tmp.path().join("usb"), 5, 150, 11);
    let store = new_store(&tmp.path().join("data"));
    let pack = pack();
    let first = import(&store, &bundles, &open_packs(&pack), |_, _| {});
    assert_eq!(first.skipped().count(), 0);
    assert_eq!(first.added(), 5 * 150);
    assert!(first.imported().all(|(_, i)| i.new_learner));
    let before = snapshot(store.root());

    let again = import(&store, &bundles, &open_packs(&pack), |_, _| {});
    assert_eq!(again.added(), 0);
    assert!(
        again
            .imported()
            .all(|(_, i)| i.known == 150 && !i.new_learner)
    );
    assert_eq!(
        snapshot(store.root()),
        before,
        "a second import wrote something"
    );
}

#[test]
fn any_order_of_imports_gives_the_same_state() {
    let tmp = tempfile::tempdir().expect("tmp");
    let bundles = write_sample(&tmp.path().join("usb"), 6, 200, 5);
    let pack = pack();
    let packs = open_packs(&pack);

    let a = new_store(&tmp.path().join("a"));
    import(&a, &bundles, &packs, |_, _| {});

    let b = new_store(&tmp.path().join("b"));
    for path in bundles.iter().rev() {
        import(&b, std::slice::from_ref(path), &packs, |_, _| {});
    }

    // Halves, each twice, the second half first.
    let c = new_store(&tmp.path().join("c"));
    let (one, two) = bundles.split_at(3);
    for part in [two, one, two, one] {
        import(&c, part, &packs, |_, _| {});
    }

    let expected = states(&a);
    assert_eq!(expected.len(), 6);
    assert_eq!(states(&b), expected);
    assert_eq!(states(&c), expected);
    let filter = Filter::default();
    assert_eq!(dashboard(&b, &filter), dashboard(&a, &filter));
    assert_eq!(dashboard(&c, &filter), dashboard(&a, &filter));
}

/// A learner's events on two laptops: laptop 2's clock is three hours
/// behind, and each bundle repeats some of the other's events.
#[test]
fn duplicates_across_bundles_and_clock_skew() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = pack();
    let mut sample = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 1,
            events: 120,
            seed: 3,
            start: start(),
        },
    );
    let bundle = sample.remove(0);
    let laptop2 = Uuid::from_u128(2);
    let skew = jiff::SignedDuration::from_hours(-3);
    let mut events = bundle.events.clone();
    for e in events.iter_mut().skip(60) {
        e.device = laptop2;
        e.at = e.at.checked_add(skew).expect("time");
    }
    // Laptop 1's bundle: its 60 events and 20 of laptop 2's (synced once).
    let mut one = Bundle::new(bundle.profile.clone(), events[..80].to_vec());
    one.reflections_shared = true;
    // Laptop 2's bundle: its own 60 and 10 of laptop 1's.
    let mut two = Bundle::new(bundle.profile.clone(), events[50..].to_vec());
    two.reflections_shared = true;
    let usb = tmp.path().join("usb");
    fs::create_dir_all(&usb).expect("mkdir");
    fs::write(
        usb.join("one.puente"),
        one.to_bytes().expect("a bundle encodes"),
    )
    .expect("write");
    fs::write(
        usb.join("two.puente"),
        two.to_bytes().expect("a bundle encodes"),
    )
    .expect("write");

    let packs = open_packs(&pack);
    let a = new_store(&tmp.path().join("a"));
    let report = import(&a, std::slice::from_ref(&usb), &packs, |_, _| {});
    assert_eq!(report.added(), 120);
    assert_eq!(report.imported().map(|(_, i)| i.known).sum::<usize>(), 30);
    let b = new_store(&tmp.path().join("b"));
    import(&b, &[usb.join("two.puente")], &packs, |_, _| {});
    import(&b, &[usb.join("one.puente")], &packs, |_, _| {});
    let state = states(&a);
    assert_eq!(state, states(&b));
    let (_, progress) = state.values().next().expect("one learner");
    assert_eq!(progress.event_count(), 120);
    assert_eq!(progress, &Progress::from_events(&events));
}

fn answered(profile: Uuid, module: &str, step: &str, answer: Answer, minute: i64) -> Event {
    Event {
        v: EVENT_FORMAT,
        id: Uuid::new_v4(),
        profile,
        device: Uuid::from_u128(9),
        at: start()
            .checked_add(jiff::SignedDuration::from_mins(minute))
            .expect("time"),
        pack: "puente-core".into(),
        pack_version: "0.0.1".into(),
        body: EventBody::Answered {
            module: module.into(),
            step: step.into(),
            answer,
            score: None,
            correct: None,
        },
    }
}

fn profile(name: &str, group: &str) -> puente::progress::Profile {
    puente::progress::Profile {
        format: 1,
        id: Uuid::new_v4(),
        name: name.into(),
        language: "es".into(),
        created: start(),
        display: Default::default(),
        group: group.into(),
        review: Default::default(),
    }
}

/// The first single-choice exercise of the pack: (module, step, right
/// option, wrong options).
fn first_single_choice(pack: &Pack) -> (String, String, String, Vec<String>) {
    for m in &pack.modules {
        for s in &m.steps {
            if let puente::content::model::Step::SingleChoice(e) = s {
                let right = e
                    .options
                    .iter()
                    .find(|o| o.correct)
                    .expect("a right option");
                let wrong = e
                    .options
                    .iter()
                    .filter(|o| !o.correct)
                    .map(|o| o.id.to_string())
                    .collect();
                return (
                    m.id.to_string(),
                    e.id.to_string(),
                    right.id.to_string(),
                    wrong,
                );
            }
        }
    }
    panic!("the pack has no single-choice exercise");
}

#[test]
fn events_for_retired_content_import_and_are_kept() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = pack();
    let p = profile("Lucía Torres", "");
    let (module, step, right, _) = first_single_choice(&pack);
    let events = vec![
        answered(
            p.id,
            "retired-module",
            "old-question",
            Answer::Choice { option: "a".into() },
            1,
        ),
        answered(
            p.id,
            &module,
            "a-step-since-removed",
            Answer::TrueFalse { value: true },
            2,
        ),
        answered(p.id, &module, &step, Answer::Choice { option: right }, 3),
    ];
    let path = tmp.path().join("lucia.puente");
    fs::write(
        &path,
        Bundle::new(p.clone(), events)
            .to_bytes()
            .expect("a bundle encodes"),
    )
    .expect("write");
    let store = new_store(&tmp.path().join("data"));
    let report = import(&store, &[path], &open_packs(&pack), |_, _| {});
    let (_, imported) = report.imported().next().expect("imported");
    assert_eq!(imported.added, 3);
    assert_eq!(
        imported.other_versions,
        vec!["puente-core 0.0.1".to_owned()]
    );
    let d = dashboard(&store, &Filter::default());
    assert_eq!(d.orphan_events, 2);
    assert_eq!(d.learners.len(), 1);
    assert!(d.hardest.is_empty());
    let (_, events, _) = store.read_profile(p.id).expect("read");
    assert_eq!(events.len(), 3, "nothing is dropped");
}

#[test]
fn each_bad_bundle_is_named_and_the_rest_import() {
    let tmp = tempfile::tempdir().expect("tmp");
    let usb = tmp.path().join("usb");
    let good = write_sample(&usb, 2, 50, 8);
    let whole = fs::read(&good[0]).expect("read");
    fs::write(usb.join("truncated.puente"), &whole[..whole.len() / 3]).expect("write");
    fs::write(usb.join("empty.puente"), b"").expect("write");
    fs::write(usb.join("garbage.puente"), b"\x89PNG\r\n\x1a\n\0\0garbage").expect("write");
    fs::write(
        usb.join("future.puente"),
        br#"{"kind": "puente-progress", "format": 2, "whatever": []}"#,
    )
    .expect("write");
    fs::write(usb.join("settings.json"), br#"{"theme": "dark"}"#).expect("write");
    let mut other = Bundle::parse(&whole).expect("parse");
    for e in &mut other.events {
        e.pack = "vet-medicine".into();
    }
    other.profile.id = Uuid::new_v4();
    for e in &mut other.events {
        e.profile = other.profile.id;
    }
    fs::write(
        usb.join("other-pack.puente"),
        other.to_bytes().expect("a bundle encodes"),
    )
    .expect("write");
    let mut mixed = Bundle::parse(&whole).expect("parse");
    mixed.events[0].profile = Uuid::new_v4();
    fs::write(
        usb.join("mixed.puente"),
        mixed.to_bytes().expect("a bundle encodes"),
    )
    .expect("write");
    fs::write(usb.join("notes.txt"), b"not a bundle, not looked at").expect("write");

    let store = new_store(&tmp.path().join("data"));
    let pack = pack();
    let report = import(&store, &[usb], &open_packs(&pack), |_, _| {});
    let skipped: BTreeMap<String, String> = report
        .skipped()
        .map(|(p, why)| {
            (
                p.file_name().expect("name").to_string_lossy().into_owned(),
                why.to_string(),
            )
        })
        .collect();
    let expect = |file: &str, words: &str| {
        let why = skipped
            .get(file)
            .unwrap_or_else(|| panic!("{file} not skipped: {skipped:?}"));
        assert!(why.contains(words), "{file}: {why}");
    };
    expect("truncated.puente", "cut short while copying");
    expect("empty.puente", "empty");
    expect("garbage.puente", "not a Puente progress bundle");
    expect("future.puente", "newer Puente");
    expect("settings.json", "not a Puente progress bundle");
    expect("other-pack.puente", "vet-medicine");
    expect("mixed.puente", "another learner");
    assert_eq!(skipped.len(), 7, "{skipped:?}");
    assert_eq!(report.imported().count(), 2);
    assert!(matches!(
        report
            .skipped()
            .find(|(p, _)| p.ends_with("other-pack.puente"))
            .map(|(_, s)| s),
        Some(Skipped::OtherPack { .. })
    ));
    // Nothing half-written: no temp files, and the mixed bundle's learner
    // (same profile as a good one) got only the good bundle's events.
    let files = snapshot(store.root());
    assert!(
        files.keys().all(|p| !p.to_string_lossy().contains(".tmp-")),
        "{:?}",
        files.keys()
    );
    assert_eq!(states(&store).len(), 2);
}

#[test]
fn import_command_ends_non_zero_when_a_file_is_skipped() {
    let tmp = tempfile::tempdir().expect("tmp");
    let usb = tmp.path().join("usb");
    write_sample(&usb, 3, 40, 2);
    let data = tmp.path().join("data");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_puente"))
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .expect("runs")
    };
    let ok = run(&["import", usb.to_str().expect("utf-8")]);
    let text = String::from_utf8_lossy(&ok.stderr);
    assert_eq!(ok.status.code(), Some(0), "{text}");
    assert!(text.contains("3 of 3 files imported"), "{text}");

    fs::write(
        usb.join("cut.puente"),
        b"{\"kind\": \"puente-progress\", \"form",
    )
    .expect("write");
    let bad = run(&["import", usb.to_str().expect("utf-8")]);
    let text = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(bad.status.code(), Some(1), "{text}");
    assert!(
        text.contains("cut.puente: the file ends too early"),
        "{text}"
    );
    assert!(text.contains("3 of 4 files imported"), "{text}");
    assert!(text.contains("0 new events"), "{text}");

    let none = run(&[
        "import",
        tmp.path().join("nowhere").to_str().expect("utf-8"),
    ]);
    assert_eq!(none.status.code(), Some(1));

    // The cohort as CSV: a header and one row per learner.
    let csv = tmp.path().join("cohort.csv");
    let out = run(&["cohort", "--csv", csv.to_str().expect("utf-8")]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = fs::read_to_string(&csv).expect("csv");
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(
        text.starts_with("learner,group,id,last_active,events,average,"),
        "{text}"
    );
    // Times to the second, in one style.
    let row = text.lines().nth(1).expect("a learner");
    let when = row.split(',').nth(3).expect("last_active");
    assert_eq!(when.len(), "2026-11-22T10:00:00Z".len(), "{when}");

    // For Excel in Spanish: a byte-order mark, Spanish columns and statuses.
    let out = run(&[
        "cohort",
        "--csv",
        csv.to_str().expect("utf-8"),
        "--excel",
        "es",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let bytes = fs::read(&csv).expect("csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a UTF-8 BOM for Excel");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    assert!(
        text.starts_with("participante,grupo,id,última_actividad,eventos,promedio,"),
        "{text}"
    );
    assert!(text.contains("_estado,"), "{text}");
    assert!(
        ["sin empezar", "en curso", "terminado"]
            .iter()
            .any(|s| text.contains(s))
            && !text.contains("in_progress")
            && !text.contains(",done,"),
        "{text}"
    );
}

#[test]
fn laptops_sharing_a_folder_never_write_the_same_file() {
    let tmp = tempfile::tempdir().expect("tmp");
    let shared = tmp.path().join("shared");
    fs::create_dir_all(&shared).expect("mkdir");
    puente::progress::store::set_shared(&shared, true).expect("mark");
    let (one, _) = Store::open_with_local(&shared, &tmp.path().join("laptop-1")).expect("open");
    let (two, _) = Store::open_with_local(&shared, &tmp.path().join("laptop-2")).expect("open");
    assert_ne!(one.device(), two.device());
    assert!(
        !shared.join("device.json").exists(),
        "the device id stays on each laptop"
    );
    let profile = one.create_profile("Renata Lima", "pt").expect("create");

    let mut s1 = one.open_profile(profile.id).expect("open").session;
    s1.record(common::event(&s1, "q1")).expect("save");
    drop(s1);
    let mut s2 = two.open_profile(profile.id).expect("open").session;
    s2.record(common::event(&s2, "q2")).expect("save");
    drop(s2);

    let dir = shared.join("profiles").join(profile.id.to_string());
    let mut journals: Vec<String> = fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("events-"))
        .collect();
    journals.sort();
    let mut expected = vec![
        format!("events-{}.jsonl", one.device()),
        format!("events-{}.jsonl", two.device()),
    ];
    expected.sort();
    assert_eq!(journals, expected);
    let (_, events, _) = one.read_profile(profile.id).expect("read");
    assert_eq!(events.len(), 2, "each laptop sees both");
}

#[test]
fn the_hardest_exercise_and_the_answer_most_chosen() {
    let pack = pack();
    let (module, step, right, wrong) = first_single_choice(&pack);
    let learners: Vec<_> = ["Ana", "Bruno", "Carla", "Davi"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let p = profile(name, if i < 2 { "Manhã" } else { "Tarde" });
            // Three of four pick the same wrong option first; one of them
            // then corrects it (the first answer is what counts).
            let first = if i < 3 {
                wrong[0].clone()
            } else {
                right.clone()
            };
            let mut events = vec![answered(
                p.id,
                &module,
                &step,
                Answer::Choice { option: first },
                1,
            )];
            if i == 0 {
                events.push(answered(
                    p.id,
                    &module,
                    &step,
                    Answer::Choice {
                        option: right.clone(),
                    },
                    2,
                ));
            }
            (p, events)
        })
        .collect();
    let tz = jiff::tz::TimeZone::UTC;
    let d = Dashboard::build(&pack, &learners, &Filter::default(), &tz);
    let hard = &d.hardest[0];
    assert_eq!(
        (hard.module.as_str(), hard.step.as_str()),
        (module.as_str(), step.as_str())
    );
    assert_eq!((hard.answered, hard.wrong), (4, 3));
    assert_eq!(
        hard.most_chosen,
        Some((
            Answer::Choice {
                option: wrong[0].clone()
            },
            3
        ))
    );
    let tally = d.tally(&module, &step).expect("tally");
    assert_eq!(tally.get(&wrong[0]), Some(&3));
    assert_eq!(tally.get(&right), Some(&1));
    assert_eq!(d.groups, vec!["Manhã".to_owned(), "Tarde".to_owned()]);

    let afternoon = Dashboard::build(
        &pack,
        &learners,
        &Filter {
            group: Some("Tarde".into()),
            date: None,
        },
        &tz,
    );
    assert_eq!(afternoon.learners.len(), 2);
    assert_eq!(
        (afternoon.hardest[0].answered, afternoon.hardest[0].wrong),
        (2, 1)
    );
    let other_day = Dashboard::build(
        &pack,
        &learners,
        &Filter {
            group: None,
            date: Some(jiff::civil::date(2026, 11, 21)),
        },
        &tz,
    );
    assert!(other_day.learners.is_empty());
    assert_eq!(d.dates, vec![jiff::civil::date(2026, 11, 20)]);

    // The CSV: one row per learner; a name that looks like a formula is
    // defused.
    let mut evil = learners.clone();
    evil[0].0.name = "=HYPERLINK(\"http://x\")".into();
    let csv =
        puente::cohort::csv::cohort_csv(&Dashboard::build(&pack, &evil, &Filter::default(), &tz));
    let text = String::from_utf8(csv).expect("utf-8");
    assert_eq!(text.lines().count(), 5);
    assert!(text.contains("\"'=HYPERLINK"), "{text}");
}

/// xAPI 1.0.3 statement rules: required properties, absolute IRIs,
/// ISO 8601 times, UUID ids, scaled scores within -1..1; and every rule
/// Learning Locker's validator applies (`cohort::xapi::rules`), for every
/// statement of a sample cohort whose run ids, languages and names are not
/// what an LRS takes as they are.
#[test]
fn xapi_statements_follow_the_rules_and_keep_their_ids() {
    let pack = pack();
    let sample = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 10,
            events: 2000,
            seed: 21,
            start: start(),
        },
    );
    let mut learners: Vec<_> = sample.into_iter().map(|b| (b.profile, b.events)).collect();
    // What old or edited bundles hold: run ids that are any 128-bit value
    // (not RFC 4122), a language that is not a tag, control characters.
    let mut odd = 0x0123_4567_89ab_cdef_0123_4567_89ab_cdef_u128;
    for (n, (profile, events)) in learners.iter_mut().enumerate() {
        if n % 2 == 0 {
            profile.language = "español (México)".into();
            profile.name = "Ana \u{1b}[31m\"quoted\"".into();
        }
        for e in events.iter_mut() {
            if let puente::progress::EventBody::AssessmentStarted { run, .. }
            | puente::progress::EventBody::Rated { run, .. }
            | puente::progress::EventBody::ItemNoted { run, .. } = &mut e.body
            {
                odd = odd.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                *run = Uuid::from_u128(odd & !(0xc0_u128 << 56));
            }
        }
    }
    let options = XapiOptions {
        base: "https://lrs.example.edu".into(),
        pass_mark: Some(70.0),
    };
    let all = statements(&learners, Some(&pack), &options);
    // One statement per event that is not navigation (a visit or a
    // dimension looked at), and more for completions.
    let acts: usize = learners
        .iter()
        .map(|(_, events)| events.iter().filter(|e| !e.body.is_navigation()).count())
        .sum();
    assert!(
        all.len() >= acts,
        "{} statements for {acts} acts",
        all.len()
    );
    let iri = |v: &serde_json::Value| {
        let s = v.as_str().expect("a string");
        let scheme = s.split(':').next().unwrap_or_default();
        !scheme.is_empty() && s.len() > scheme.len() + 1 && !s.contains(' ')
    };
    let mut ids = HashSet::new();
    let mut verbs = HashSet::new();
    let mut registrations = 0;
    for s in &all {
        assert_eq!(
            puente::cohort::xapi::rules::violations(s),
            Vec::<String>::new(),
            "{s}"
        );
        registrations += usize::from(s["context"].get("registration").is_some());
        let id = s["id"].as_str().expect("id");
        assert!(Uuid::parse_str(id).is_ok(), "{id}");
        assert!(ids.insert(id.to_owned()), "duplicate id {id}");
        let account = &s["actor"]["account"];
        assert!(
            iri(&account["homePage"]) && account["name"].is_string(),
            "{s}"
        );
        assert!(iri(&s["verb"]["id"]), "{s}");
        verbs.insert(s["verb"]["id"].as_str().expect("verb").to_owned());
        assert_eq!(s["object"]["objectType"], "Activity");
        assert!(iri(&s["object"]["id"]), "{s}");
        let ts = s["timestamp"].as_str().expect("timestamp");
        assert!(jiff::Timestamp::from_str(ts).is_ok(), "{ts}");
        assert_eq!(s["version"], "1.0.3");
        if let Some(scaled) = s["result"]["score"]["scaled"].as_f64() {
            assert!((-1.0..=1.0).contains(&scaled), "{s}");
        }
        if let Some(reg) = s["context"]["registration"].as_str() {
            assert!(Uuid::parse_str(reg).is_ok());
        }
    }
    assert!(registrations > 0, "no self-assessment statement");
    for verb in ["answered", "completed", "experienced", "passed"] {
        assert!(
            verbs.contains(&format!("http://adlnet.gov/expapi/verbs/{verb}")),
            "{verb} missing: {verbs:?}"
        );
    }
    assert_eq!(
        statements(&learners, Some(&pack), &options),
        all,
        "ids stable across exports"
    );
}

use crate::common;

#[test]
fn facilitator_commands_answer_bad_arguments_clearly() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_puente"))
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // Nothing here yet.
    let (code, text) = run(&["cohort", "--csv", "x.csv"]);
    assert_eq!(code, Some(1));
    assert!(text.contains("no Puente data in"), "{text}");
    // export needs --out or --xapi; --out needs --profile.
    let (code, text) = run(&["export"]);
    assert_eq!(code, Some(2), "{text}");
    let (code, text) = run(&["export", "--out", "a.puente"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("--profile"), "{text}");
    // A base address that is not one.
    write_sample(&tmp.path().join("usb"), 1, 20, 1);
    let usb = tmp.path().join("usb");
    assert_eq!(run(&["import", usb.to_str().expect("utf-8")]).0, Some(0));
    let (code, text) = run(&["export", "--xapi", "s.json", "--xapi-base", "lrs"]);
    assert_eq!(code, Some(2));
    assert!(
        text.contains("cannot be used: it does not start with https://"),
        "{text}"
    );
    let (code, text) = run(&["export", "--xapi", "s.json", "--pass-mark", "140"]);
    assert_eq!(code, Some(2), "{text}");
    // sample-cohort refuses zero learners and a folder it cannot make.
    let (code, _) = run(&["sample-cohort", "out", "--learners", "0"]);
    assert_eq!(code, Some(2));
    let file = tmp.path().join("a-file");
    fs::write(&file, b"x").expect("write");
    let (code, text) = run(&["sample-cohort", file.join("sub").to_str().expect("utf-8")]);
    assert_eq!(code, Some(1));
    assert!(text.contains("cannot create"), "{text}");
    // A date that is not one.
    let (code, text) = run(&["cohort", "--csv", "x.csv", "--date", "20-11-2026"]);
    assert_eq!(code, Some(2), "{text}");
    // A group nobody is in still writes the CSV (header only) and says so.
    let csv = tmp.path().join("g.csv");
    let (code, text) = run(&[
        "cohort",
        "--csv",
        csv.to_str().expect("utf-8"),
        "--group",
        "Lima",
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("no learner is in the group \"Lima\""),
        "{text}"
    );
    assert_eq!(fs::read_to_string(&csv).expect("csv").lines().count(), 1);
}

/// Found by fuzzing: events a newer Puente wrote (`"v": 2`) are kept on
/// import, and importing the bundle again must not add them a second time.
#[test]
fn newer_events_in_a_bundle_are_kept_once() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = pack();
    let mut bundle = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 1,
            events: 30,
            seed: 12,
            start: start(),
        },
    )
    .remove(0);
    for e in bundle.events.iter_mut().step_by(3) {
        e.v = 2;
    }
    let path = tmp.path().join("newer.puente");
    fs::write(&path, bundle.to_bytes().expect("a bundle encodes")).expect("write");
    let store = new_store(&tmp.path().join("data"));
    let first = import(
        &store,
        std::slice::from_ref(&path),
        &open_packs(&pack),
        |_, _| {},
    );
    assert_eq!(first.added(), 30);
    let before = snapshot(store.root());
    let again = import(&store, &[path], &open_packs(&pack), |_, _| {});
    assert_eq!(again.added(), 0, "nothing added twice");
    assert_eq!(snapshot(store.root()), before);
    // Kept on disk, shown once this Puente understands them.
    let (_, events, notices) = store.read_profile(bundle.profile.id).expect("read");
    assert_eq!(events.len(), 20, "the 20 current events are used");
    assert!(
        notices.iter().any(|n| n.to_string().contains("10")),
        "the 10 newer ones are mentioned: {notices:?}"
    );
}

/// Attack D6: two imports into one data folder at the same time, each with
/// half of one learner's events. Before the import lock the later rename
/// won and half the events were lost in about a third of the runs.
#[test]
fn two_imports_at_once_keep_every_event() {
    let dir = tempfile::tempdir().expect("tmp");
    let sample = write_sample(&dir.path().join("s"), 1, 2000, 1);
    let bundle = Bundle::parse(&fs::read(&sample[0]).expect("read")).expect("bundle");
    let n = bundle.events.len();
    let mut halves = Vec::new();
    for (name, part) in [
        ("A", &bundle.events[..n / 2]),
        ("B", &bundle.events[n / 2..]),
    ] {
        let mut half = Bundle::new(bundle.profile.clone(), part.to_vec());
        half.reflections_shared = true;
        let path = dir.path().join(format!("{name}.puente"));
        fs::write(&path, half.to_bytes().expect("a bundle encodes")).expect("write");
        halves.push(path);
    }
    let packs = open_packs(&pack());
    for round in 0..10 {
        let data = dir.path().join(format!("d{round}"));
        Store::open(&data).expect("store");
        let start = std::sync::Barrier::new(2);
        std::thread::scope(|s| {
            for half in &halves {
                let (data, packs, start) = (&data, &packs, &start);
                s.spawn(move || {
                    // Each its own Store, as two processes would have.
                    let (store, _) = Store::open(data).expect("store");
                    start.wait();
                    import(&store, std::slice::from_ref(half), packs, |_, _| {})
                });
            }
        });
        let (store, _) = Store::open(&data).expect("store");
        let (learners, _) = read_all(&store);
        let ids: HashSet<Uuid> = learners[0].1.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), n, "round {round}: every event of both halves");
    }
}

/// Attack B23: a zoom too large for an `f32` used to be written back as
/// `null`, which made the learner's profile unreadable for good.
#[test]
fn a_zoom_out_of_range_is_clamped_and_the_learner_stays() {
    let dir = tempfile::tempdir().expect("tmp");
    let sample = write_sample(&dir.path().join("s"), 1, 30, 1);
    let text = fs::read_to_string(&sample[0]).expect("read");
    assert!(text.contains("\"zoom\":1.0"));
    let edited = text.replace("\"zoom\":1.0", "\"zoom\":1e39");
    fs::write(
        &sample[0],
        puente::progress::bundle::reseal(edited.as_bytes()),
    )
    .expect("write");
    let (store, _) = Store::open(&dir.path().join("d")).expect("store");
    let report = import(&store, &sample, &open_packs(&pack()), |_, _| {});
    assert_eq!(report.added(), 30);
    let (profiles, notices) = store.profiles();
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(profiles.len(), 1);
    assert_eq!(profiles[0].display.zoom, 2.0, "clamped to the largest size");

    // A profile already damaged that way (by an earlier version) reads again.
    let path = dir
        .path()
        .join("d/profiles")
        .join(profiles[0].id.to_string())
        .join("profile.json");
    let text = fs::read_to_string(&path).expect("read");
    fs::write(&path, text.replace("\"zoom\": 2.0", "\"zoom\": null")).expect("write");
    assert!(fs::read_to_string(&path).expect("read").contains("null"));
    let (profiles, notices) = store.profiles();
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(profiles[0].display.zoom, 1.0);
}

/// Attack D9: one damaged line in the imported journal. Its id no longer
/// counts as known, so importing the intact bundle again brings the event
/// back; and it is reported as damaged, not as "from a newer Puente".
#[test]
fn a_damaged_imported_line_is_repaired_by_importing_again() {
    let dir = tempfile::tempdir().expect("tmp");
    let sample = write_sample(&dir.path().join("s"), 1, 50, 1);
    let (store, _) = Store::open(&dir.path().join("d")).expect("store");
    let packs = open_packs(&pack());
    assert_eq!(import(&store, &sample, &packs, |_, _| {}).added(), 50);
    let journal = fs::read_dir(dir.path().join("d/profiles"))
        .expect("dir")
        .flatten()
        .flat_map(|p| fs::read_dir(p.path()).expect("dir").flatten())
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with("-imported.jsonl"))
        .expect("the imported journal");
    let text = fs::read_to_string(&journal).expect("read");
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    assert!(lines[4].contains("\"at\":\"2026-11-20T"), "{}", lines[4]);
    lines[4] = lines[4].replacen("\"at\":\"2026-11-20T", "\"at\":\"2026-11-20X", 1);
    fs::write(&journal, lines.join("\n") + "\n").expect("write");

    let (learners, problems) = read_all(&store);
    assert_eq!(learners[0].1.len(), 49);
    let said = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!said.contains("newer"), "{said}");
    assert!(said.contains("1"), "the damaged line is reported: {said}");

    let again = import(&store, &sample, &packs, |_, _| {});
    assert_eq!(again.added(), 1, "the damaged event comes back");
    let (learners, _) = read_all(&store);
    let ids: HashSet<Uuid> = learners[0].1.iter().map(|e| e.id).collect();
    assert_eq!(ids.len(), 50);
}

/// Attacks B42 and B31: events a newer Puente wrote (a later format with a
/// field this one does not know, or a kind it does not know) and an
/// unknown profile field are stored as they were written, and the rest of
/// the bundle imports.
#[test]
fn what_a_newer_puente_wrote_is_stored_as_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let sample = write_sample(&dir.path().join("s"), 1, 30, 1);
    let mut value: serde_json::Value =
        serde_json::from_slice(&fs::read(&sample[0]).expect("read")).expect("json");
    let events = value["events"].as_array_mut().expect("events");
    events[0]["v"] = 2.into();
    events[0]["evidence"] = "photo-123".into();
    events[1]["kind"] = "flashcard_flipped".into();
    events[1]["card"] = "patent-term".into();
    value["profile"]["pronouns"] = "ella".into();
    // Written by that newer Puente: sealed with its own checksum.
    value.as_object_mut().expect("object").remove("checksum");
    let bytes = serde_json::to_vec(&value).expect("json");
    fs::write(&sample[0], puente::progress::bundle::reseal(&bytes)).expect("write");

    let (store, _) = Store::open(&dir.path().join("d")).expect("store");
    let packs = open_packs(&pack());
    let report = import(&store, &sample, &packs, |_, _| {});
    assert_eq!(report.skipped().count(), 0, "{report:?}");
    assert_eq!(report.added(), 30, "the two unknown events are stored too");
    let profile_dir = fs::read_dir(dir.path().join("d/profiles"))
        .expect("dir")
        .flatten()
        .next()
        .expect("the learner")
        .path();
    let journal = fs::read_dir(&profile_dir)
        .expect("dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with("-imported.jsonl"))
        .expect("journal");
    let stored = fs::read_to_string(&journal).expect("read");
    assert!(stored.contains("\"evidence\":\"photo-123\""), "{stored}");
    assert!(stored.contains("\"card\":\"patent-term\""), "{stored}");
    let profile = fs::read_to_string(profile_dir.join("profile.json")).expect("read");
    assert!(profile.contains("\"pronouns\": \"ella\""), "{profile}");
    // The 28 events this version reads are used; the others wait.
    let (learners, _) = read_all(&store);
    assert_eq!(learners[0].1.len(), 28);
    // Importing again adds nothing: every id is known.
    assert_eq!(import(&store, &sample, &packs, |_, _| {}).added(), 0);
}

/// Attack B12: a bundle saved again by an editor that puts a byte-order
/// mark before the text still imports.
#[test]
fn a_bundle_with_a_byte_order_mark_imports() {
    let dir = tempfile::tempdir().expect("tmp");
    let sample = write_sample(&dir.path().join("s"), 1, 10, 1);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read(&sample[0]).expect("read"));
    fs::write(&sample[0], bytes).expect("write");
    let (store, _) = Store::open(&dir.path().join("d")).expect("store");
    let report = import(&store, &sample, &open_packs(&pack()), |_, _| {});
    assert_eq!(report.added(), 10, "{report:?}");
}

/// A pack of twelve three-option questions; in `keyed_wrong`, question
/// `q7`'s key names the tempting wrong option instead of the right one.
fn item_pack(dir: &Path, keyed_wrong: bool) {
    let mut steps = String::new();
    for n in 1..=12 {
        let (a, b) = if keyed_wrong && n == 7 {
            ("", "correct: true, ")
        } else {
            ("correct: true, ", "")
        };
        steps.push_str(&format!(
            r#"        SingleChoice(
            id: "q{n}",
            prompt: "Question {n}?",
            options: [
                (id: "right", text: "The answer that is right for question {n}", {a}feedback: "Yes."),
                (id: "tempting", text: "A tempting answer to question {n}", {b}feedback: "No."),
                (id: "other", text: "Another wrong answer to question {n}", feedback: "No."),
            ],
            explanation: "Because.",
        ),
"#
        ));
    }
    let module = format!(
        r#"Module(
    id: "quiz",
    title: "Quiz",
    summary: "Twelve questions.",
    minutes: 10,
    objectives: ["Answer."],
    steps: [
{steps}    ],
)
"#
    );
    let pack = r#"Pack(id: "item-pack", format: 1, version: "1.0.0", title: "Items", languages: ["en"], authors: ["Test"], licence: "CC BY 4.0")"#;
    common::write_pack(
        dir,
        &[
            ("pack.ron".to_owned(), pack.to_owned()),
            ("modules/quiz.ron".to_owned(), module),
        ],
    );
}

/// Learners made by `puente sample-cohort` answer a pack; the same pack
/// with one exercise keyed wrong is then analysed, and `puente cohort
/// --items` flags that exercise, and only that one, with a negative
/// discrimination.
#[test]
fn item_analysis_flags_the_mis_keyed_exercise() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (good, bad) = (tmp.path().join("good"), tmp.path().join("bad"));
    item_pack(&good, false);
    item_pack(&bad, true);
    let data = tmp.path().join("data");
    let usb = tmp.path().join("usb");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_puente"))
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .expect("runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let s = |p: &Path| p.to_str().expect("utf-8").to_owned();
    let (code, text) = run(&[
        "sample-cohort",
        &s(&usb),
        "--learners",
        "40",
        "--events",
        "60",
        "--seed",
        "3",
        "--pack",
        &s(&good),
    ]);
    assert_eq!(code, Some(0), "{text}");
    fs::create_dir_all(&data).expect("mkdir");
    let (code, text) = run(&["import", &s(&usb), "--pack", &s(&good)]);
    assert_eq!(code, Some(0), "{text}");

    let items = tmp.path().join("items.csv");
    let (code, text) = run(&["cohort", "--items", &s(&items), "--pack", &s(&bad)]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("12 exercises; check the key: 1"), "{text}");
    let csv = fs::read_to_string(&items).expect("csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "pack,module,exercise,kind,attempts,facility,discrimination,top_wrong_answer,top_wrong_count,flags"
        )
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert_eq!(rows.len(), 12);
    for row in &rows {
        assert_eq!(row[0], "item-pack");
        assert_eq!(row[3], "single_choice");
        assert_eq!(row[4], "40", "every learner answered {}", row[2]);
        let d: f64 = row[6].parse().expect("a discrimination");
        if row[2] == "q7" {
            assert!(d < -20.0, "the mis-keyed exercise: {row:?}");
            assert!(row[9].contains("check_the_key"), "{row:?}");
            // The learners who knew most chose the truly right answer.
            assert!(row[7].starts_with("The answer that is right"), "{row:?}");
        } else {
            assert!(d > 0.0, "{row:?}");
            assert!(!row[9].contains("check_the_key"), "{row:?}");
        }
        assert!(!row[9].contains("unreliable"), "40 learners: {row:?}");
    }

    // With the right key, no exercise is flagged.
    let (code, text) = run(&["cohort", "--items", &s(&items), "--pack", &s(&good)]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("check the key: 0"), "{text}");

    // A group nobody is in: the header only, and a note.
    let (code, text) = run(&[
        "cohort",
        "--items",
        &s(&items),
        "--pack",
        &s(&bad),
        "--group",
        "Lima",
    ]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("no learner is in the group \"Lima\""),
        "{text}"
    );
    assert!(text.contains("0 exercises"), "{text}");
    assert_eq!(fs::read_to_string(&items).expect("csv").lines().count(), 1);

    // A few learners: the indices are marked unreliable.
    let few = tmp.path().join("few");
    let data_few = tmp.path().join("data-few");
    fs::create_dir_all(&data_few).expect("mkdir");
    let out = Command::new(env!("CARGO_BIN_EXE_puente"))
        .args([
            "sample-cohort",
            &s(&few),
            "--learners",
            "5",
            "--events",
            "40",
        ])
        .args(["--pack", &s(&good)])
        .output()
        .expect("runs");
    assert!(out.status.success());
    for args in [
        vec!["import".to_owned(), s(&few), "--pack".to_owned(), s(&good)],
        vec![
            "cohort".to_owned(),
            "--items".to_owned(),
            s(&items),
            "--pack".to_owned(),
            s(&good),
        ],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_puente"))
            .arg("--data-dir")
            .arg(&data_few)
            .args(&args)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}");
        if args[0] == "cohort" {
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains("with fewer than 10 the indices are unreliable"),
                "{err}"
            );
        }
    }
    let csv = fs::read_to_string(&items).expect("csv");
    assert!(
        csv.lines().skip(1).all(|l| l.ends_with("unreliable")),
        "{csv}"
    );
}

/// A rehearsal cohort has self-assessments to show, even with learners
/// who stop early, and the averages of a checklist stay hidden until
/// enough learners ran it (no one's answers on the projector).
#[test]
fn rehearsal_self_assessments_and_no_averages_of_one_learner() {
    let pack = pack();
    let bundles = sample_cohort(
        &pack,
        &SampleOptions {
            learners: 5,
            events: 300,
            seed: 7,
            start: start(),
        },
    );
    let learners: Vec<_> = bundles
        .iter()
        .map(|b| (b.profile.clone(), b.events.clone()))
        .collect();
    let tz = jiff::tz::TimeZone::UTC;
    let all = Dashboard::build(&pack, &learners, &Filter::default(), &tz);
    let first = all.checklists.first().expect("runs in a rehearsal");
    assert!(first.runs >= puente::cohort::MIN_RUNS_SHOWN, "{first:?}");
    assert!(first.overall.is_some() || first.dimensions.iter().any(|d| d.1.is_some()));
    let one = Dashboard::build(&pack, &learners[..1], &Filter::default(), &tz);
    for avg in &one.checklists {
        assert_eq!(avg.runs, 1);
        assert_eq!(avg.overall, None, "one learner's score is not shown");
        assert!(avg.dimensions.iter().all(|d| d.1.is_none()));
    }
}

/// A folder of bundles is searched four folders deep; a folder below that
/// is named as not searched, with what to do, never passed over in silence.
#[test]
fn a_folder_too_deep_is_named_not_skipped_in_silence() {
    let usb = tempfile::tempdir().expect("tmp");
    let shallow = usb.path().join("a");
    let deep = usb.path().join("a/b/c/d/e");
    write_sample(&shallow, 1, 20, 7);
    write_sample(&deep, 1, 20, 8);
    let (files, skipped) = puente::progress::import::collect(&[usb.path().to_owned()]);
    assert_eq!(files.len(), 1, "the bundle four folders deep or less");
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0].path, deep);
    assert_eq!(skipped[0].result, Err(Skipped::TooDeep(4)));
    let said = Skipped::TooDeep(4)
        .msg()
        .render(&puente::i18n::I18n::new("es"));
    assert!(said.contains("impórtela por separado"), "{said}");
}

/// The xAPI export sends the reflections imported learners chose to share,
/// never those of a learner who uses the facilitator's laptop.
#[test]
fn the_xapi_export_keeps_this_laptops_reflections_private() {
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    let (store, local) = common::store_with_profile(&data);
    let mut opened = store.open_profile(local).expect("opens");
    let secret = "our unpublished assay, not filed yet";
    let reflection = common::answer_event(
        &opened.session,
        "own-results",
        Answer::Text {
            text: secret.into(),
        },
    );
    opened.session.record(reflection).expect("saved");
    drop(opened);
    // Learners who shared their reflections in their bundles.
    let usb = tmp.path().join("usb");
    let bundles = write_sample(&usb, 3, 200, 11);
    let report = import(&store, &bundles, &open_packs(&pack()), |_, _| {});
    assert_eq!(report.imported().count(), 3);
    let shared: Vec<String> = read_all(&store)
        .0
        .into_iter()
        .filter(|(p, _)| p.id != local)
        .flat_map(|(_, events)| events)
        .filter_map(|e| match e.body {
            EventBody::Answered {
                answer: Answer::Text { text },
                ..
            } => Some(text),
            _ => None,
        })
        .collect();
    assert!(!shared.is_empty(), "the sample shares reflections");

    let xapi = tmp.path().join("xapi");
    let out = Command::new(env!("CARGO_BIN_EXE_puente"))
        .env("LC_ALL", "en_US.UTF-8")
        .arg("--data-dir")
        .arg(&data)
        .args(["export", "--xapi"])
        .arg(&xapi)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut sent = String::new();
    for f in fs::read_dir(&xapi).expect("written").flatten() {
        sent.push_str(&fs::read_to_string(f.path()).expect("read"));
    }
    assert!(
        !sent.contains(secret),
        "a private reflection left the laptop"
    );
    let first = serde_json::to_string(&shared[0]).expect("json");
    assert!(
        sent.contains(first.trim_matches('"')),
        "a shared reflection is sent"
    );
}
