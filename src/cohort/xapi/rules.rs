//! The rules a Learning Record Store applies to a statement before it
//! stores it, as written: every statement Puente exports is checked here
//! first, and one that breaks a rule is left out and counted rather than
//! sent for the LRS to refuse the whole batch.
//!
//! The rules are those of the xAPI 1.0.3 specification (Data, part two:
//! §2.4 Statement properties, §2.4.2 Actor, §2.4.3 Verb, §2.4.4.1 Activity
//! definition, §2.4.5 Result and score, §2.4.6 Context, §2.4.7 timestamp,
//! §4.2 Language Maps, §4.5 ISO 8601 durations and timestamps) as Learning
//! Locker's validator (`LearningLocker/xapi-validation`, `SchemaRules/*`,
//! `RegexValues/*`, `Helpers/StatementRules`) and the ADL LRS conformance
//! suite check them:
//!
//! - only the properties the specification defines, at every level
//!   (`restrictToSchema`);
//! - ids and registrations are RFC 4122 UUIDs: 8-4-4-4-12 hex digits with
//!   the variant bits `10` (`[89ab]` at the start of the fourth group,
//!   `RegexValues/Uuid`) and a version 1 to 5;
//! - IRIs are absolute (a scheme, then no spaces, quotes, angle brackets
//!   or control characters, RFC 3987); an account's `homePage` is an IRL
//!   (`http`/`https`);
//! - language map keys are RFC 5646 tags (`RegexValues/Language`), and
//!   their values strings;
//! - timestamps are ISO 8601 with a four-digit year and a time zone
//!   (`RegexValues/Timestamp`); durations ISO 8601 (`RegexValues/Duration`);
//! - `score.scaled` lies in −1..1, `raw` between `min` and `max`, `min`
//!   below `max` (§2.4.5.1);
//! - `context.platform` and `context.revision` only when the object is an
//!   Activity (`StatementRules`);
//! - an Agent has exactly one inverse functional identifier (§2.4.2.1);
//! - `version` is 1.0.x (§2.4.10).

use serde_json::{Map, Value};

pub use super::values::{is_duration, is_iri, is_language_tag, is_timestamp, is_uuid};

/// Every rule `statement` breaks, as `path: what` (none: an LRS takes it).
pub fn violations(statement: &Value) -> Vec<String> {
    let mut out = Vec::new();
    check_statement(statement, "statement", &mut out);
    out
}

fn object<'v>(v: &'v Value, path: &str, out: &mut Vec<String>) -> Option<&'v Map<String, Value>> {
    let o = v.as_object();
    if o.is_none() {
        out.push(format!("{path}: not an object"));
    }
    o
}

fn only(o: &Map<String, Value>, allowed: &[&str], path: &str, out: &mut Vec<String>) {
    for key in o.keys() {
        if !allowed.contains(&key.as_str()) {
            out.push(format!("{path}.{key}: not a property xAPI defines here"));
        }
    }
}

fn string<'v>(
    o: &'v Map<String, Value>,
    key: &str,
    path: &str,
    out: &mut Vec<String>,
) -> Option<&'v str> {
    match o.get(key) {
        None => None,
        Some(Value::String(s)) => Some(s),
        Some(_) => {
            out.push(format!("{path}.{key}: not a string"));
            None
        }
    }
}

fn required(o: &Map<String, Value>, keys: &[&str], path: &str, out: &mut Vec<String>) {
    for key in keys {
        if !o.contains_key(*key) {
            out.push(format!("{path}.{key}: missing"));
        }
    }
}

fn iri_at(o: &Map<String, Value>, key: &str, path: &str, out: &mut Vec<String>) {
    if let Some(s) = string(o, key, path, out)
        && !is_iri(s)
    {
        out.push(format!("{path}.{key}: {s:?} is not an absolute IRI"));
    }
}

fn uuid_at(o: &Map<String, Value>, key: &str, path: &str, out: &mut Vec<String>) {
    if let Some(s) = string(o, key, path, out)
        && !is_uuid(s)
    {
        out.push(format!("{path}.{key}: {s:?} is not an RFC 4122 UUID"));
    }
}

fn language_map(v: &Value, path: &str, out: &mut Vec<String>) {
    let Some(map) = object(v, path, out) else {
        return;
    };
    for (tag, text) in map {
        if !is_language_tag(tag) {
            out.push(format!("{path}: {tag:?} is not an RFC 5646 language tag"));
        }
        if !text.is_string() {
            out.push(format!("{path}.{tag}: not a string"));
        }
    }
}

fn extensions(v: &Value, path: &str, out: &mut Vec<String>) {
    if let Some(map) = object(v, path, out) {
        for key in map.keys() {
            if !is_iri(key) {
                out.push(format!("{path}: key {key:?} is not an absolute IRI"));
            }
        }
    }
}

fn check_statement(v: &Value, path: &str, out: &mut Vec<String>) {
    let Some(s) = object(v, path, out) else {
        return;
    };
    only(
        s,
        &[
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments",
        ],
        path,
        out,
    );
    required(s, &["actor", "verb", "object"], path, out);
    uuid_at(s, "id", path, out);
    if let Some(t) = string(s, "timestamp", path, out)
        && !is_timestamp(t)
    {
        out.push(format!(
            "{path}.timestamp: {t:?} is not an ISO 8601 timestamp"
        ));
    }
    if let Some(version) = string(s, "version", path, out) {
        let patch = version.strip_prefix("1.0.");
        if !patch.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            out.push(format!("{path}.version: {version:?} is not 1.0.x"));
        }
    }
    if let Some(actor) = s.get("actor") {
        check_agent(actor, &format!("{path}.actor"), out);
    }
    if let Some(verb) = s.get("verb") {
        let p = format!("{path}.verb");
        if let Some(o) = object(verb, &p, out) {
            only(o, &["id", "display"], &p, out);
            required(o, &["id"], &p, out);
            iri_at(o, "id", &p, out);
            if let Some(display) = o.get("display") {
                language_map(display, &format!("{p}.display"), out);
            }
        }
    }
    let is_activity = s
        .get("object")
        .and_then(|o| o.get("objectType"))
        .is_none_or(|t| t == "Activity");
    if let Some(obj) = s.get("object") {
        check_activity(obj, &format!("{path}.object"), out);
    }
    if let Some(result) = s.get("result") {
        check_result(result, &format!("{path}.result"), out);
    }
    if let Some(context) = s.get("context") {
        let p = format!("{path}.context");
        if let Some(c) = object(context, &p, out) {
            only(
                c,
                &[
                    "registration",
                    "instructor",
                    "team",
                    "contextActivities",
                    "revision",
                    "platform",
                    "language",
                    "statement",
                    "extensions",
                ],
                &p,
                out,
            );
            uuid_at(c, "registration", &p, out);
            string(c, "platform", &p, out);
            string(c, "revision", &p, out);
            if !is_activity && (c.contains_key("platform") || c.contains_key("revision")) {
                out.push(format!(
                    "{p}: platform and revision are allowed only when the object is an Activity"
                ));
            }
            if let Some(lang) = string(c, "language", &p, out)
                && !is_language_tag(lang)
            {
                out.push(format!(
                    "{p}.language: {lang:?} is not an RFC 5646 language tag"
                ));
            }
            if let Some(ext) = c.get("extensions") {
                extensions(ext, &format!("{p}.extensions"), out);
            }
            if let Some(ca) = c.get("contextActivities") {
                let pa = format!("{p}.contextActivities");
                if let Some(ca) = object(ca, &pa, out) {
                    only(ca, &["parent", "grouping", "category", "other"], &pa, out);
                    for (key, list) in ca {
                        let pk = format!("{pa}.{key}");
                        match list {
                            Value::Array(items) => {
                                for (i, item) in items.iter().enumerate() {
                                    check_activity(item, &format!("{pk}[{i}]"), out);
                                }
                            }
                            other => check_activity(other, &pk, out),
                        }
                    }
                }
            }
        }
    }
}

fn check_agent(v: &Value, path: &str, out: &mut Vec<String>) {
    let Some(a) = object(v, path, out) else {
        return;
    };
    only(
        a,
        &[
            "objectType",
            "name",
            "mbox",
            "mbox_sha1sum",
            "openid",
            "account",
        ],
        path,
        out,
    );
    if let Some(t) = string(a, "objectType", path, out)
        && t != "Agent"
    {
        out.push(format!(
            "{path}.objectType: {t:?}, where an Agent is expected"
        ));
    }
    string(a, "name", path, out);
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"]
        .iter()
        .filter(|k| a.contains_key(**k))
        .count();
    if ifis != 1 {
        out.push(format!(
            "{path}: {ifis} inverse functional identifiers, where exactly one is required"
        ));
    }
    if let Some(account) = a.get("account") {
        let p = format!("{path}.account");
        if let Some(acc) = object(account, &p, out) {
            only(acc, &["homePage", "name"], &p, out);
            required(acc, &["homePage", "name"], &p, out);
            string(acc, "name", &p, out);
            if let Some(home) = string(acc, "homePage", &p, out)
                && !(is_iri(home) && (home.starts_with("https://") || home.starts_with("http://")))
            {
                out.push(format!("{p}.homePage: {home:?} is not an IRL"));
            }
        }
    }
}

fn check_activity(v: &Value, path: &str, out: &mut Vec<String>) {
    let Some(a) = object(v, path, out) else {
        return;
    };
    only(a, &["objectType", "id", "definition"], path, out);
    required(a, &["id"], path, out);
    if let Some(t) = string(a, "objectType", path, out)
        && t != "Activity"
    {
        out.push(format!(
            "{path}.objectType: {t:?}, where an Activity is expected"
        ));
    }
    iri_at(a, "id", path, out);
    let Some(definition) = a.get("definition") else {
        return;
    };
    let p = format!("{path}.definition");
    let Some(d) = object(definition, &p, out) else {
        return;
    };
    only(
        d,
        &[
            "name",
            "description",
            "type",
            "moreInfo",
            "extensions",
            "interactionType",
            "correctResponsesPattern",
            "choices",
            "scale",
            "source",
            "target",
            "steps",
        ],
        &p,
        out,
    );
    for key in ["name", "description"] {
        if let Some(map) = d.get(key) {
            language_map(map, &format!("{p}.{key}"), out);
        }
    }
    iri_at(d, "type", &p, out);
    iri_at(d, "moreInfo", &p, out);
    if let Some(ext) = d.get("extensions") {
        extensions(ext, &format!("{p}.extensions"), out);
    }
    let interaction = string(d, "interactionType", &p, out);
    let supported: &[&str] = match interaction {
        Some("choice" | "sequencing") => &["choices"],
        Some("likert") => &["scale"],
        Some("matching") => &["source", "target"],
        Some("performance") => &["steps"],
        Some("true-false" | "fill-in" | "long-fill-in" | "numeric" | "other") | None => &[],
        Some(other) => {
            out.push(format!(
                "{p}.interactionType: {other:?} is not an interaction type"
            ));
            &[]
        }
    };
    for component in ["choices", "scale", "source", "target", "steps"] {
        if d.contains_key(component) && !supported.contains(&component) {
            out.push(format!(
                "{p}.{component}: not allowed with this interaction type"
            ));
        }
    }
}

fn check_result(v: &Value, path: &str, out: &mut Vec<String>) {
    let Some(r) = object(v, path, out) else {
        return;
    };
    only(
        r,
        &[
            "score",
            "success",
            "completion",
            "response",
            "duration",
            "extensions",
        ],
        path,
        out,
    );
    for key in ["success", "completion"] {
        if r.get(key).is_some_and(|b| !b.is_boolean()) {
            out.push(format!("{path}.{key}: not true or false"));
        }
    }
    string(r, "response", path, out);
    if let Some(d) = string(r, "duration", path, out)
        && !is_duration(d)
    {
        out.push(format!(
            "{path}.duration: {d:?} is not an ISO 8601 duration"
        ));
    }
    if let Some(ext) = r.get("extensions") {
        extensions(ext, &format!("{path}.extensions"), out);
    }
    let Some(score) = r.get("score") else {
        return;
    };
    let p = format!("{path}.score");
    let Some(s) = object(score, &p, out) else {
        return;
    };
    only(s, &["scaled", "raw", "min", "max"], &p, out);
    let mut number = |key: &str| match s.get(key) {
        None => None,
        Some(n) => {
            let value = n.as_f64().filter(|x| x.is_finite());
            if value.is_none() {
                out.push(format!("{p}.{key}: not a number"));
            }
            value
        }
    };
    let (scaled, raw, min, max) = (
        number("scaled"),
        number("raw"),
        number("min"),
        number("max"),
    );
    if scaled.is_some_and(|x| !(-1.0..=1.0).contains(&x)) {
        out.push(format!("{p}.scaled: outside -1..1"));
    }
    if let (Some(lo), Some(hi)) = (min, max)
        && lo >= hi
    {
        out.push(format!("{p}: min is not below max"));
    }
    if let Some(raw) = raw
        && (min.is_some_and(|lo| raw < lo) || max.is_some_and(|hi| raw > hi))
    {
        out.push(format!("{p}.raw: outside min..max"));
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn valid() -> Value {
        json!({
            "id": "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d",
            "actor": {"objectType": "Agent", "name": "Ana",
                      "account": {"homePage": "https://lrs.example.edu", "name": "1"}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
            "object": {"objectType": "Activity", "id": "https://lrs.example.edu/activities/p/m/s",
                       "definition": {"type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                                      "name": {"es": "Pregunta", "pt-BR": "Pergunta"}}},
            "result": {"success": true, "response": "a", "duration": "PT1M30.5S",
                       "score": {"scaled": 0.5, "raw": 50, "min": 0, "max": 100}},
            "context": {"registration": "6f1c2d3e-4b5a-4978-8c9d-0e1f2a3b4c5d", "platform": "Puente",
                        "language": "es-419",
                        "contextActivities": {"grouping": [{"id": "https://lrs.example.edu/activities/p"}]},
                        "extensions": {"https://lrs.example.edu/extensions/device": "x"}},
            "timestamp": "2026-11-27T10:00:00.123456789Z",
            "version": "1.0.3",
        })
    }

    #[test]
    fn a_valid_statement_breaks_no_rule() {
        assert_eq!(violations(&valid()), Vec::<String>::new());
    }

    /// Each rule, broken once: the check names it.
    #[test]
    fn each_broken_rule_is_named() {
        let cases: Vec<(&str, Value, &str)> = vec![
            (
                "/id",
                json!("6f1c2d3e-4b5a-4978-0c9d-0e1f2a3b4c5d"),
                "RFC 4122",
            ),
            (
                "/id",
                json!("6f1c2d3e-4b5a-0978-8c9d-0e1f2a3b4c5d"),
                "RFC 4122",
            ),
            (
                "/context/registration",
                json!("b3a1c8f0-11d2-47e5-5a9f-9d3c2b1a0f4e"),
                "RFC 4122",
            ),
            ("/timestamp", json!("-009999-01-03T00:00:00Z"), "ISO 8601"),
            ("/timestamp", json!("2026-13-01T00:00:00Z"), "ISO 8601"),
            ("/timestamp", json!("2026-11-27T10:00:00"), "ISO 8601"),
            ("/timestamp", json!("2026-11-27 10:00:00Z"), "ISO 8601"),
            ("/version", json!("2.0.0"), "1.0.x"),
            ("/verb/id", json!("answered"), "IRI"),
            ("/object/id", json!("https://lrs.example.edu/a b"), "IRI"),
            (
                "/object/definition/name",
                json!({"español": "x"}),
                "language tag",
            ),
            ("/verb/display", json!({"en_US": "x"}), "language tag"),
            ("/context/language", json!("not a tag!"), "language tag"),
            ("/result/score/scaled", json!(1.5), "-1..1"),
            ("/result/score/raw", json!(101), "min..max"),
            ("/result/score/min", json!(100), "min is not below max"),
            ("/result/duration", json!("1 minute"), "duration"),
            ("/result/success", json!("yes"), "true or false"),
            ("/actor/account/homePage", json!("lrs.example.edu"), "IRL"),
            (
                "/actor/mbox",
                json!("mailto:ana@example.edu"),
                "exactly one",
            ),
            ("/object/definition/choices", json!([]), "interaction type"),
            (
                "/object/definition/interactionType",
                json!("essay"),
                "interaction type",
            ),
            ("/context/extensions", json!({"device": "x"}), "IRI"),
            ("/result/score/extra", json!(1), "not a property"),
            ("/colour", json!("blue"), "not a property"),
            (
                "/object/objectType",
                json!("StatementRef"),
                "platform and revision",
            ),
        ];
        for (pointer, value, expected) in cases {
            let mut s = valid();
            let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
            let target = if parent.is_empty() {
                &mut s
            } else {
                s.pointer_mut(parent).expect(pointer)
            };
            target[key] = value.clone();
            let found = violations(&s);
            assert!(
                found.iter().any(|v| v.contains(expected)),
                "{pointer} = {value}: expected {expected:?}, got {found:?}"
            );
        }
        let mut s = valid();
        s.as_object_mut().expect("an object").remove("verb");
        assert!(violations(&s).iter().any(|v| v.contains("verb: missing")));
    }
}
