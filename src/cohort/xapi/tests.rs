//! The statements' shape, ids and times, on small cohorts.

use super::*;

/// Attack B41: what `--xapi-base` accepts and refuses.
#[test]
fn base_addresses() {
    assert_eq!(
        check_base(" https://lrs.example.edu/xapi/ ").as_deref(),
        Ok("https://lrs.example.edu/xapi")
    );
    assert!(check_base("http://localhost:8080").is_ok());
    assert!(check_base("https://[::1]:8443/lrs").is_ok());
    for bad in [
        "lrs",
        "ftp://lrs.example.edu",
        "https://",
        "https:///path",
        "https://lrs example.edu",
        "https://lrs.example.edu/\"x\"",
        "https://lrs.example.edu/'x'",
        "https://lrs.example.edu/<x>",
        "https://lrs.example.edu/\u{1b}[31m",
        "https://lrs.example.edu/a\nb",
        "https://lrs.example.edu/?a=1",
        "https://lrs.example.edu/#x",
    ] {
        assert!(check_base(bad).is_err(), "{bad:?} accepted");
    }
    let long = format!("https://lrs.example.edu/{}", "a".repeat(100_000));
    let why = check_base(&long).expect_err("too long").to_string();
    assert!(why.contains("at most 500"), "{why}");
}

#[test]
fn language_tags() {
    use super::rules::is_language_tag;
    for good in [
        "es",
        "pt-BR",
        "en-US",
        "zh-Hant-TW",
        "es-419",
        "de-CH-1901",
        "x-private",
        "en-a-bbb-x-c",
    ] {
        assert!(is_language_tag(good), "{good}");
    }
    for bad in [
        "",
        "e",
        "español",
        "es_ES",
        "es-",
        "\"es\"",
        "1a",
        "es-verylongpart",
        "en-a",
        "en-x",
        "es-MX-",
    ] {
        assert!(!is_language_tag(bad), "{bad}");
    }
}

/// Attack B27: negative-year and year-0 events are left out and
/// counted; every timestamp written has a four-digit year.
#[test]
fn times_an_lrs_cannot_take_are_left_out() {
    let profile: Profile = serde_json::from_value(json!({
        "format": 1,
        "id": "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d",
        "name": "Ana",
        "language": "not a tag!",
        "created": "2026-01-01T00:00:00Z",
    }))
    .expect("a profile");
    let event = |id: u128, at: &str| -> Event {
        serde_json::from_value(json!({
            "v": 1,
            "id": Uuid::from_u128(id).to_string(),
            "profile": "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d",
            "at": at,
            "device": Uuid::from_u128(9).to_string(),
            "pack": "p",
            "pack_version": "1",
            "kind": "visited",
            "module": "m",
            "step": "s",
        }))
        .expect("an event")
    };
    let events = vec![
        event(1, "-009999-01-03T00:00:00Z"),
        event(2, "-000001-06-01T00:00:00Z"),
        event(3, "0000-06-01T00:00:00Z"),
        event(4, "0001-01-01T00:00:00Z"),
        event(5, "2026-11-27T10:00:00Z"),
    ];
    let learners = vec![(profile, events)];
    assert_eq!(untimely_events(&learners), 3);
    let all = statements(&learners, None, &XapiOptions::default());
    assert_eq!(all.len(), 2);
    for s in &all {
        let t = s["timestamp"].as_str().expect("a timestamp");
        assert!(
            t.as_bytes()[..4].iter().all(u8::is_ascii_digit) && t.as_bytes()[4] == b'-',
            "{t}"
        );
        assert!(s["context"].get("language").is_none(), "{s}");
    }
}

/// Reviews become statements: an exercise asked again is `answered`
/// with its success, a term recalled is `responded` with the rating;
/// both in the review category with the rating as an extension. A
/// suspension is not a statement.
#[test]
fn reviews_are_statements() {
    let profile: Profile = serde_json::from_value(json!({
        "format": 1,
        "id": "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d",
        "name": "Ana",
        "language": "es",
        "created": "2026-01-01T00:00:00Z",
    }))
    .expect("a profile");
    let event = |id: u128, body: Value| -> Event {
        let mut e = json!({
            "v": 1,
            "id": Uuid::from_u128(id).to_string(),
            "profile": "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d",
            "at": "2026-11-27T10:00:00Z",
            "device": Uuid::from_u128(9).to_string(),
            "pack": "p",
            "pack_version": "1",
        });
        for (k, v) in body.as_object().expect("fields") {
            e[k] = v.clone();
        }
        serde_json::from_value(e).expect("an event")
    };
    let events = vec![
        event(
            1,
            json!({"kind": "reviewed", "card": {"type": "exercise", "module": "m", "step": "s"},
            "rating": "again", "answer": {"type": "choice", "option": "b"}, "correct": false}),
        ),
        event(
            2,
            json!({"kind": "reviewed", "card": {"type": "term", "term": "prior-art"}, "rating": "hard"}),
        ),
        event(
            3,
            json!({"kind": "card_suspended", "card": {"type": "term", "term": "prior-art"}, "suspended": true}),
        ),
    ];
    let all = statements(&[(profile, events)], None, &XapiOptions::default());
    assert_eq!(all.len(), 2, "{all:#?}");
    let (exercise, term) = (&all[0], &all[1]);
    assert!(
        exercise["verb"]["id"]
            .as_str()
            .expect("verb")
            .ends_with("answered")
    );
    assert_eq!(exercise["result"]["success"], false);
    assert_eq!(exercise["result"]["response"], "b");
    assert!(
        exercise["object"]["id"]
            .as_str()
            .expect("id")
            .ends_with("/p/m/s")
    );
    assert!(
        term["verb"]["id"]
            .as_str()
            .expect("verb")
            .ends_with("responded")
    );
    assert_eq!(term["result"]["success"], true);
    assert!(
        term["object"]["id"]
            .as_str()
            .expect("id")
            .ends_with("/p/glossary/prior-art")
    );
    for s in &all {
        let rating = s["result"]["extensions"]
            .as_object()
            .and_then(|m| {
                m.iter()
                    .find(|(k, _)| k.ends_with("/extensions/review-rating"))
            })
            .map(|(_, v)| v.clone());
        assert!(rating.is_some(), "{s}");
        assert!(
            s["context"]["contextActivities"]["category"][0]["id"]
                .as_str()
                .expect("category")
                .ends_with("/activities/review")
        );
    }
}
