//! Events as xAPI statements (version 1.0.3), for an institution's Learning
//! Record Store: made one learner at a time and written as a stream, in
//! files of at most a batch of statements ([`batch`]), to send on when a
//! network exists. Every statement is checked against the rules an LRS
//! applies ([`rules`]) before it is written.
//!
//! - The actor is an account: `homePage` is the base address given (the
//!   institution's), `name` the learner's profile id; the display name goes
//!   in `name`.
//! - Verbs are ADL's: `experienced` (a step opened), `answered` (with
//!   `result.success`, `result.score.scaled` and `result.response`),
//!   `completed` (a module, with its score), `attempted` (a
//!   self-assessment begun), `responded` (an item rated), `commented` (a
//!   note), and, when a pass mark is given, `passed` or `failed` for each
//!   completed module.
//! - Activity ids are `<base>/activities/<pack>/<module>/<step>` (and
//!   `.../checklists/<checklist>/<item>`).
//! - Statement ids are UUID v5 of the event id, so exporting twice gives
//!   the same ids and an LRS can drop the repeats. A self-assessment run's
//!   `context.registration` is a UUID v5 of the run id: never the id as
//!   read, which an edited or old bundle may hold as any 128-bit value
//!   (not an RFC 4122 UUID, which LRSs refuse).

pub mod batch;
pub mod rules;
pub mod values;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::content::Pack;
use crate::progress::{Answer, CardRef, Event, EventBody, Profile, Rating};

/// The address used when none is given. `.invalid` never resolves: an
/// institution replaces it with its own (`--xapi-base`).
pub const DEFAULT_BASE: &str = "https://puente.invalid";

/// Namespace of statement ids (fixed forever: changing it would change
/// every id).
const NAMESPACE: Uuid = Uuid::from_u128(0x3f4c_9a2e_51d7_4b7a_9e0c_7d2b_8a61_f05e);

const ADL: &str = "http://adlnet.gov/expapi/verbs/";

/// Options of an export.
#[derive(Clone, Debug)]
pub struct XapiOptions {
    /// Base address for accounts and activities, without a trailing `/`.
    pub base: String,
    /// Emit `passed`/`failed` for completed modules at this score (0–100).
    pub pass_mark: Option<f64>,
}

impl Default for XapiOptions {
    fn default() -> Self {
        Self {
            base: DEFAULT_BASE.to_owned(),
            pass_mark: None,
        }
    }
}

fn verb(name: &str) -> Value {
    json!({"id": format!("{ADL}{name}"), "display": {"en-US": name}})
}

/// A statement id: stable for an event and a role (`""`, `"verdict"`).
pub fn statement_id(event: Uuid, role: &str) -> Uuid {
    let mut name = event.as_bytes().to_vec();
    name.extend_from_slice(role.as_bytes());
    Uuid::new_v5(&NAMESPACE, &name)
}

/// Whether an LRS can take an event's time as a statement `timestamp`.
///
/// xAPI wants ISO 8601 timestamps and LRSs parse them as RFC 3339, whose
/// years have exactly four digits. Jiff writes a negative year as
/// `-009999`, which no LRS accepts, and year 0 is refused by common date
/// libraries. Such a time cannot be real (Puente events are from this
/// century); it comes from an edited bundle or a broken clock. Clamping it
/// to some valid date would put a made-up time into the institution's
/// record store, so those events are left out instead, and the export says
/// how many ([`untimely_events`]). Later years cannot occur: Jiff stops at
/// 9999.
pub fn exportable_time(at: jiff::Timestamp) -> bool {
    (1..=9999).contains(&at.to_zoned(jiff::tz::TimeZone::UTC).year())
}

/// How many distinct events [`statements`] leaves out for their time.
pub fn untimely_events(learners: &[(Profile, Vec<Event>)]) -> usize {
    let mut seen = std::collections::HashSet::new();
    learners
        .iter()
        .flat_map(|(_, events)| events)
        .filter(|e| !exportable_time(e.at) && seen.insert(e.id))
        .count()
}

/// Why a base address cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BaseError {
    #[error("it does not start with https:// or http://")]
    Scheme,
    #[error("it is {0} characters long; at most {MAX_BASE} are accepted")]
    TooLong(usize),
    #[error("it contains {0:?}, which an address cannot hold")]
    Character(char),
    #[error("it has a query or a fragment (? or #); give the address without them")]
    Query,
    #[error("it has no host name after the scheme")]
    NoHost,
}

impl BaseError {
    /// Why, in any language.
    pub fn msg(&self) -> crate::i18n::Msg {
        use crate::msg;
        match self {
            Self::Scheme => msg!("xapi-base-scheme"),
            Self::TooLong(n) => msg!("xapi-base-too-long", length = *n, max = MAX_BASE),
            Self::Character(c) => msg!("xapi-base-character", character = format!("{c:?}")),
            Self::Query => msg!("xapi-base-query"),
            Self::NoHost => msg!("xapi-base-no-host"),
        }
    }
}

/// The longest base address accepted, in characters.
pub const MAX_BASE: usize = 500;

/// Checks an LRS base address given by a facilitator (`--xapi-base`, or
/// the dashboard's field): an absolute `http` or `https` IRI with a host,
/// at most [`MAX_BASE`] characters, with no spaces, quotes, angle
/// brackets, backslashes or control characters (none of which an IRI may
/// hold unescaped, RFC 3987), and no query or fragment (activity ids are
/// built by appending paths). Returns it without a trailing `/`, or why it
/// cannot be used.
pub fn check_base(base: &str) -> Result<String, BaseError> {
    let base = base.trim();
    let rest = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
        .ok_or(BaseError::Scheme)?;
    let length = base.chars().count();
    if length > MAX_BASE {
        return Err(BaseError::TooLong(length));
    }
    if let Some(c) = base.chars().find(|&c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '"' | '\'' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^'
            )
    }) {
        return Err(BaseError::Character(c));
    }
    if base.contains(['?', '#']) {
        return Err(BaseError::Query);
    }
    let host = rest.split('/').next().unwrap_or_default();
    let host_name = host.rsplit('@').next().unwrap_or_default();
    let host_name = host_name.split(':').next().unwrap_or_default();
    if host_name.is_empty() || host_name.starts_with('.') || host_name.ends_with('.') {
        return Err(BaseError::NoHost);
    }
    Ok(base.trim_end_matches('/').to_owned())
}

/// Percent-encode what is not safe in an IRI path segment.
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn response(answer: &Answer) -> String {
    // The xAPI interaction response patterns: `[,]` between choices,
    // `[.]` between a matched pair.
    match answer {
        Answer::Choice { option } => option.clone(),
        Answer::Choices { options } => options.join("[,]"),
        Answer::TrueFalse { value } => value.to_string(),
        Answer::Order { items } => items.join("[,]"),
        Answer::Matches { pairs } => pairs
            .iter()
            .map(|(a, b)| format!("{a}[.]{b}"))
            .collect::<Vec<_>>()
            .join("[,]"),
        Answer::Number { value } => value.to_string(),
        Answer::Date { value } => value.clone(),
        Answer::Path { choices, .. } => choices.join("[,]"),
        Answer::Text { text } => text.clone(),
    }
}

/// A run's `context.registration`: a UUID v5 of the run id, so that it is
/// an RFC 4122 UUID whatever the bundle held, and the same at every export.
pub fn registration(run: Uuid) -> Uuid {
    statement_id(run, "registration")
}

/// A language map of `text` in the pack's languages that are valid tags,
/// or `None` when there are none.
fn language_map(pack: &Pack, text: &crate::content::Text) -> Option<Value> {
    let mut map = serde_json::Map::new();
    for lang in &pack.info.languages {
        if rules::is_language_tag(lang) {
            map.insert(
                lang.clone(),
                Value::String(text.get(lang, pack.fallback_language()).to_owned()),
            );
        }
    }
    (!map.is_empty()).then_some(Value::Object(map))
}

/// A score an LRS takes: finite, within `lo..=hi`.
fn bounded(score: f64, lo: f64, hi: f64) -> Option<f64> {
    score.is_finite().then(|| score.clamp(lo, hi))
}

/// The statements of one learner's events, oldest first, each handed to
/// `emit` as it is made. Events of the packs in `packs` name their
/// activities (titles in the pack's languages); other packs' events still
/// export, with ids only. Duplicated events count once. Returns how many
/// events were left out for their time ([`exportable_time`]).
pub fn learner_statements(
    profile: &Profile,
    events: &[Event],
    packs: &[&Pack],
    options: &XapiOptions,
    mut emit: impl FnMut(Value),
) -> usize {
    let base = options.base.trim_end_matches('/');
    let mut seen = std::collections::HashSet::with_capacity(events.len());
    let mut mine: Vec<&Event> = events.iter().filter(|e| seen.insert(e.id)).collect();
    mine.sort_by_key(|e| (e.at, e.id));
    let mut untimely = 0;
    for event in mine {
        if !exportable_time(event.at) {
            untimely += 1;
            continue;
        }
        let pack = packs
            .iter()
            .copied()
            .find(|p| p.info.id.as_str() == event.pack);
        let actor = json!({
            "objectType": "Agent",
            "name": profile.name,
            "account": {"homePage": base, "name": profile.id.to_string()},
        });
        let pack_iri = format!("{base}/activities/{}", segment(&event.pack));
        let names = |module: &str, step: Option<&str>| -> Option<Value> {
            let pack = pack?;
            let m = pack.modules.iter().find(|m| m.id.as_str() == module)?;
            let text = match step {
                None => &m.title,
                Some(s) => {
                    let step = m.steps.iter().find(|x| x.id().as_str() == s)?;
                    match step {
                        crate::content::model::Step::Lesson(l) => &l.title,
                        other => other.prompt()?,
                    }
                }
            };
            language_map(pack, text)
        };
        let activity = |iri: String, kind: &str, name: Option<Value>| {
            let mut definition =
                json!({"type": format!("http://adlnet.gov/expapi/activities/{kind}")});
            if let Some(name) = name {
                definition["name"] = name;
            }
            json!({"objectType": "Activity", "id": iri, "definition": definition})
        };
        let module_iri = |m: &str| format!("{pack_iri}/{}", segment(m));
        let context = |parent: Option<String>| {
            let mut ctx = json!({
                "platform": "Puente",
                "contextActivities": {"grouping": [{"id": pack_iri, "objectType": "Activity"}]},
                "extensions": {
                    format!("{base}/extensions/device"): event.device.to_string(),
                    format!("{base}/extensions/pack-version"): event.pack_version,
                },
            });
            if rules::is_language_tag(&profile.language) {
                ctx["language"] = json!(profile.language);
            }
            if let Some(parent) = parent {
                ctx["contextActivities"]["parent"] =
                    json!([{"id": parent, "objectType": "Activity"}]);
            }
            ctx
        };
        let statement =
            |id: Uuid, verb_name: &str, object: Value, result: Option<Value>, ctx: Value| {
                let mut s = json!({
                    "id": id.to_string(),
                    "actor": actor,
                    "verb": verb(verb_name),
                    "object": object,
                    "context": ctx,
                    "timestamp": event.at.to_string(),
                    "version": "1.0.3",
                });
                if let Some(result) = result {
                    s["result"] = result;
                }
                s
            };
        let id = statement_id(event.id, "");
        match &event.body {
            EventBody::Visited { module, step } => emit(statement(
                id,
                "experienced",
                activity(
                    format!("{}/{}", module_iri(module), segment(step)),
                    "interaction",
                    names(module, Some(step)),
                ),
                None,
                context(Some(module_iri(module))),
            )),
            EventBody::Answered {
                module,
                step,
                answer,
                score,
                correct,
            } => {
                let mut result = json!({"response": response(answer)});
                if let Some(c) = correct {
                    result["success"] = json!(c);
                }
                if let Some(s) = score.and_then(|s| bounded(s, 0.0, 1.0)) {
                    result["score"] = json!({"scaled": s});
                }
                emit(statement(
                    id,
                    "answered",
                    activity(
                        format!("{}/{}", module_iri(module), segment(step)),
                        "cmi.interaction",
                        names(module, Some(step)),
                    ),
                    Some(result),
                    context(Some(module_iri(module))),
                ));
            }
            EventBody::Completed { module, score } => {
                let object = activity(module_iri(module), "module", names(module, None));
                let mut result = json!({"completion": true});
                let score = score.and_then(|s| bounded(s, 0.0, 100.0));
                if let Some(s) = score {
                    result["score"] = json!({"scaled": s / 100.0, "raw": s, "min": 0, "max": 100});
                }
                emit(statement(
                    id,
                    "completed",
                    object.clone(),
                    Some(result.clone()),
                    context(None),
                ));
                if let (Some(mark), Some(s)) = (options.pass_mark, score) {
                    let passed = s >= mark;
                    result["success"] = json!(passed);
                    emit(statement(
                        statement_id(event.id, "verdict"),
                        if passed { "passed" } else { "failed" },
                        object,
                        Some(result),
                        context(None),
                    ));
                }
            }
            EventBody::AssessmentStarted {
                run,
                checklist,
                name,
            } => {
                let mut object = activity(
                    format!("{pack_iri}/checklists/{}", segment(checklist)),
                    "assessment",
                    None,
                );
                object["definition"]["description"] = json!({"und": name});
                let mut ctx = context(None);
                ctx["registration"] = json!(registration(*run).to_string());
                emit(statement(id, "attempted", object, None, ctx));
            }
            EventBody::Rated {
                run,
                checklist,
                item,
                value,
            } => {
                let mut ctx = context(Some(format!(
                    "{pack_iri}/checklists/{}",
                    segment(checklist)
                )));
                ctx["registration"] = json!(registration(*run).to_string());
                let response = value.map_or_else(|| "not-applicable".to_owned(), |v| v.to_string());
                emit(statement(
                    id,
                    "responded",
                    activity(
                        format!(
                            "{pack_iri}/checklists/{}/{}",
                            segment(checklist),
                            segment(item)
                        ),
                        "cmi.interaction",
                        None,
                    ),
                    Some(json!({"response": response})),
                    ctx,
                ));
            }
            EventBody::ItemNoted {
                run,
                checklist,
                item,
                text,
            } => {
                let mut ctx = context(Some(format!(
                    "{pack_iri}/checklists/{}",
                    segment(checklist)
                )));
                ctx["registration"] = json!(registration(*run).to_string());
                emit(statement(
                    id,
                    "commented",
                    activity(
                        format!(
                            "{pack_iri}/checklists/{}/{}",
                            segment(checklist),
                            segment(item)
                        ),
                        "cmi.interaction",
                        None,
                    ),
                    Some(json!({"response": text})),
                    ctx,
                ));
            }
            EventBody::Reviewed {
                card,
                rating,
                answer,
                correct,
            } => {
                // An exercise asked again or a term recalled, in the review
                // session: `answered` (exercises) or `responded` (terms),
                // with FSRS's rating as an extension.
                let mut result = json!({"extensions": {format!("{base}/extensions/review-rating"): rating.name()}});
                let (verb_name, object, parent) = match card {
                    CardRef::Exercise { module, step } => {
                        if let Some(a) = answer {
                            result["response"] = json!(response(a));
                        }
                        let iri = format!("{}/{}", module_iri(module), segment(step));
                        let object = activity(iri, "cmi.interaction", names(module, Some(step)));
                        ("answered", object, Some(module_iri(module)))
                    }
                    CardRef::Term { term } => {
                        result["response"] = json!(rating.name());
                        let iri = format!("{pack_iri}/glossary/{}", segment(term));
                        ("responded", activity(iri, "cmi.interaction", None), None)
                    }
                };
                result["success"] = json!(correct.unwrap_or(*rating != Rating::Again));
                let mut ctx = context(parent);
                ctx["contextActivities"]["category"] =
                    json!([{"id": format!("{base}/activities/review"), "objectType": "Activity"}]);
                emit(statement(id, verb_name, object, Some(result), ctx));
            }
            EventBody::DimensionViewed { .. } | EventBody::CardSuspended { .. } => {}
        }
    }
    untimely
}

/// The statements of every learner's events, each learner's oldest first,
/// in memory: for tests and small cohorts. An export writes them as a
/// stream instead ([`batch::Export`]).
pub fn statements(
    learners: &[(Profile, Vec<Event>)],
    pack: Option<&Pack>,
    options: &XapiOptions,
) -> Vec<Value> {
    let packs: Vec<&Pack> = pack.into_iter().collect();
    let mut out = Vec::new();
    for (profile, events) in learners {
        learner_statements(profile, events, &packs, options, |s| out.push(s));
    }
    out
}

#[cfg(test)]
mod tests;
