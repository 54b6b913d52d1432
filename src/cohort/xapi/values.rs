//! The values inside an xAPI statement, as an LRS reads them: language
//! tags (RFC 5646), UUIDs (RFC 4122), IRIs (RFC 3987), ISO 8601 timestamps
//! and durations. The patterns are Learning Locker's
//! (`LearningLocker/xapi-validation`, `RegexValues/*`) written as code.

/// Whether `tag` is an RFC 5646 language tag, as Learning Locker reads
/// one: a language of 2–8 letters, up to three extended languages of 3
/// letters, a script of 4 letters, a region of 2 letters or 3 digits,
/// variants of 4–8 letters or digits, extensions (a singleton then parts
/// of 1–8), a private use part (`x-…`); or a private use tag alone.
pub fn is_language_tag(tag: &str) -> bool {
    let alpha = |p: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic())
    };
    let alnum = |p: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
    };
    let parts: Vec<&str> = tag.split('-').collect();
    let private = |rest: &[&str]| !rest.is_empty() && rest.iter().all(|p| alnum(p, 1, 8));
    if parts[0].eq_ignore_ascii_case("x") {
        return private(&parts[1..]);
    }
    if !alpha(parts[0], 2, 8) {
        return false;
    }
    let mut i = 1;
    let mut extlangs = 0;
    while i < parts.len() && extlangs < 3 && alpha(parts[i], 3, 3) {
        i += 1;
        extlangs += 1;
    }
    if i < parts.len() && alpha(parts[i], 4, 4) {
        i += 1;
    }
    if i < parts.len()
        && (alpha(parts[i], 2, 2)
            || (parts[i].len() == 3 && parts[i].bytes().all(|b| b.is_ascii_digit())))
    {
        i += 1;
    }
    while i < parts.len() && alnum(parts[i], 4, 8) {
        i += 1;
    }
    while i < parts.len() {
        let singleton = parts[i];
        if !alnum(singleton, 1, 1) {
            return false;
        }
        if singleton.eq_ignore_ascii_case("x") {
            return private(&parts[i + 1..]);
        }
        let start = i + 1;
        i = start;
        while i < parts.len() && alnum(parts[i], 2, 8) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    true
}

/// Whether `s` is an RFC 4122 UUID in its 8-4-4-4-12 form: the variant
/// bits `10` and a version from 1 to 5.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    let groups_ok = b.len() == 36
        && b.iter().enumerate().all(|(i, c)| {
            if matches!(i, 8 | 13 | 18 | 23) {
                *c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        });
    groups_ok
        && (b'1'..=b'5').contains(&b[14])
        && matches!(b[19], b'8' | b'9' | b'a' | b'b' | b'A' | b'B')
}

/// Whether `s` is an absolute IRI: a scheme (a letter, then letters,
/// digits, `+`, `-` or `.`), a `:`, something after it, and no character
/// an IRI cannot hold unescaped.
pub fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !s.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
        })
}

/// Whether `s` is an ISO 8601 timestamp as Learning Locker's pattern reads
/// one in its extended form: `YYYY-MM-DDThh:mm:ss[.f]` and a zone (`Z` or
/// `±hh:mm`), with months, days, hours, minutes and seconds in range.
pub fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let num =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    if !(digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && b.get(10) == Some(&b'T')
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19))
    {
        return false;
    }
    let in_range = (1..=12).contains(&num(5..7))
        && (1..=31).contains(&num(8..10))
        && num(11..13) <= 23
        && num(14..16) <= 59
        && num(17..19) <= 59;
    let mut i = 19;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    let zone = &s[i..];
    let zone_ok = zone == "Z"
        || (zone.len() == 6
            && matches!(zone.as_bytes()[0], b'+' | b'-')
            && digits(i + 1..i + 3)
            && zone.as_bytes()[3] == b':'
            && digits(i + 4..i + 6)
            && num(i + 1..i + 3) <= 23
            && num(i + 4..i + 6) <= 59);
    in_range && zone_ok
}

/// Whether `s` is an ISO 8601 duration as xAPI uses them (`PT1H30M`,
/// `PT12.5S`, `P1D`, `P2W`).
pub fn is_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    if let Some(weeks) = rest.strip_suffix('W') {
        return !weeks.is_empty() && weeks.bytes().all(|b| b.is_ascii_digit());
    }
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let units = |part: &str, allowed: &[u8], fraction_last: bool| -> Option<usize> {
        let mut count = 0;
        let mut number = String::new();
        let mut next = 0;
        for c in part.bytes() {
            if c.is_ascii_digit() || (fraction_last && c == b'.') {
                number.push(c as char);
                continue;
            }
            let at = allowed[next..].iter().position(|u| *u == c)? + next;
            let fractional = number.contains('.');
            if number.is_empty()
                || number.ends_with('.')
                || number.starts_with('.')
                || (fractional && at != allowed.len() - 1)
            {
                return None;
            }
            number.clear();
            next = at + 1;
            count += 1;
        }
        number.is_empty().then_some(count)
    };
    let Some(in_date) = units(date, b"YMD", false) else {
        return false;
    };
    match time {
        None => in_date > 0,
        Some(time) => units(time, b"HMS", true).is_some_and(|n| n > 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_timestamps() {
        for good in ["PT1H30M", "PT12.5S", "P1D", "P2W", "P1Y2M3DT4H5M6S", "PT0S"] {
            assert!(is_duration(good), "{good}");
        }
        for bad in ["P", "PT", "1H", "PT1.5H2M", "P1H", "PTS", "P1M2Y", "PT.5S"] {
            assert!(!is_duration(bad), "{bad}");
        }
        for good in [
            "2026-11-27T10:00:00Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "2026-11-27T10:00:00-06:00",
        ] {
            assert!(is_timestamp(good), "{good}");
        }
        for bad in [
            "",
            "2026-11-27",
            "2026-11-27T24:00:00Z",
            "2026-11-27T10:00:00+6",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }

    #[test]
    fn uuids_are_rfc_4122() {
        assert!(is_uuid(&uuid::Uuid::new_v4().to_string()));
        assert!(is_uuid(
            &uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, b"x").to_string()
        ));
        // A random 128-bit value is not one, most of the time.
        assert!(!is_uuid(&uuid::Uuid::from_u128(0x1234).to_string()));
        assert!(!is_uuid("6f1c2d3e4b5a49788c9d0e1f2a3b4c5d"));
    }
}
