//! A bundle's checksum: the CRC-32 of every byte of the file before it,
//! written as the object's last field, `,"checksum":"crc32:1a2b3c4d"}`.
//!
//! It finds what a USB stick, a mail program or a careless editor did to
//! the file (CRC-32 catches every single-bit flip and every burst of up to
//! 32 bits); it proves nothing about who wrote it, since anyone can compute
//! one. A bundle written before checksums, or one whose checksum names an
//! algorithm this Puente does not know, is read unchecked; one whose
//! checksum was moved from the end was rewritten by another program.

/// What precedes the value: the last field of the object.
const KEY: &[u8] = b",\"checksum\":\"";
const ALGORITHM: &str = "crc32:";

/// What a file's checksum says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seal {
    /// No checksum at the end of the object: an older bundle (or one
    /// rewritten by another program, if it holds one elsewhere).
    Absent,
    /// A checksum by an algorithm this Puente does not know (a later one).
    Unknown,
    /// The bytes are those that were written.
    Matches,
    /// The bytes changed after the checksum was computed.
    Differs { said: String, found: String },
}

fn crc(bytes: &[u8]) -> String {
    format!("{ALGORITHM}{:08x}", crc32fast::hash(bytes))
}

/// `object` (one JSON object, ending in `}`) with its checksum added as
/// its last field.
pub fn seal(mut object: Vec<u8>) -> Vec<u8> {
    debug_assert_eq!(object.last(), Some(&b'}'));
    object.pop();
    let value = crc(&object);
    object.extend_from_slice(KEY);
    object.extend_from_slice(value.as_bytes());
    object.extend_from_slice(b"\"}");
    object
}

/// `bytes`, a bundle edited on purpose (by a test, or a tool that knows
/// what it changes), with its checksum made anew: the old one, if last, is
/// replaced.
pub fn reseal(bytes: &[u8]) -> Vec<u8> {
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let mut object = bytes[..end].to_vec();
    if let Some(at) = object.windows(KEY.len()).rposition(|w| w == KEY)
        && object[at + KEY.len()..].ends_with(b"\"}")
        && !object[at + KEY.len()..object.len() - 2].contains(&b'"')
    {
        object.truncate(at);
        object.push(b'}');
    }
    let mut sealed = seal(object);
    sealed.extend_from_slice(&bytes[end..]);
    sealed
}

/// Check the checksum of `bytes`, a well-formed JSON object (byte-order
/// mark already removed).
pub fn check(bytes: &[u8]) -> Seal {
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let object = &bytes[..end];
    // A string in JSON holds `"` only as `\"`, so this pattern is only ever
    // the key of a field; the last one is the object's own if any is.
    let Some(at) = object.windows(KEY.len()).rposition(|w| w == KEY) else {
        return Seal::Absent;
    };
    let tail = &object[at + KEY.len()..];
    let Some(said) = tail
        .strip_suffix(b"\"}")
        .and_then(|v| std::str::from_utf8(v).ok())
    else {
        // Moved from the end, or a nested field of that name: not where
        // Puente writes it, so the file was rewritten by something else.
        return differs(object, "(not at the end)");
    };
    if !said.starts_with(ALGORITHM) {
        return if said.contains(':') && said.len() < 200 {
            Seal::Unknown
        } else {
            differs(object, said)
        };
    }
    let found = crc(&object[..at]);
    if said.eq_ignore_ascii_case(&found) {
        Seal::Matches
    } else {
        Seal::Differs {
            said: said.chars().take(40).collect(),
            found,
        }
    }
}

fn differs(object: &[u8], said: &str) -> Seal {
    Seal::Differs {
        said: said.chars().take(40).collect(),
        found: crc(object),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_object_checks_and_any_flip_is_found() {
        let object = br#"{"kind":"puente-progress","format":1,"events":[{"a":"b"}]}"#.to_vec();
        let sealed = seal(object.clone());
        assert!(sealed.ends_with(b"\"}"));
        assert_eq!(check(&sealed), Seal::Matches);
        let mut with_newline = sealed.clone();
        with_newline.extend_from_slice(b"\r\n");
        assert_eq!(check(&with_newline), Seal::Matches);
        assert_eq!(check(&object), Seal::Absent);
        for byte in 0..sealed.len() {
            for bit in 0..8 {
                let mut flipped = sealed.clone();
                flipped[byte] ^= 1 << bit;
                match check(&flipped) {
                    Seal::Differs { .. } => {}
                    // Only a flip in the key itself or in the case of a hex
                    // digit leaves the content unchecked or equal.
                    Seal::Absent | Seal::Unknown | Seal::Matches => {
                        let key_at = sealed.len() - KEY.len() - "crc32:12345678\"}".len();
                        assert!(
                            byte >= key_at,
                            "flip at {byte}:{bit} passed as {:?}",
                            check(&flipped)
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_moved_or_foreign_checksum() {
        let sealed = seal(br#"{"a":1}"#.to_vec());
        let text = String::from_utf8(sealed).expect("utf-8");
        // Rewritten by a tool that sorts keys: the checksum is no longer last.
        let moved = r#"{"checksum":"crc32:00000000","a":1}"#;
        assert_eq!(check(moved.as_bytes()), Seal::Absent, "no `,` before it");
        let nested = r#"{"a":{"b":1,"checksum":"crc32:00000000"},"c":2}"#;
        assert!(matches!(check(nested.as_bytes()), Seal::Differs { .. }));
        let later = text.replace("crc32:", "sha3:");
        assert_eq!(check(later.as_bytes()), Seal::Unknown);
        let edited = text.replace("1", "2");
        assert!(matches!(check(edited.as_bytes()), Seal::Differs { .. }));
        let resealed = reseal(format!("{edited}\n").as_bytes());
        assert_eq!(check(&resealed), Seal::Matches);
        assert!(resealed.ends_with(b"\"}\n"));
        assert_eq!(resealed.windows(KEY.len()).filter(|w| *w == KEY).count(), 1);
    }
}
