//! Localised text: a plain string (the same in every language) or a map of
//! language code to string, as authors write it in RON.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

/// Text an author wrote, in one or several languages.
///
/// `"PCT"` is a [`Text::Plain`] and reads the same in every language;
/// `{"en": "Patent", "es": "Patente"}` is a [`Text::Localized`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Text {
    /// The same text in every language.
    Plain(String),
    /// Language code (`en`, `es`, `pt`, `pt-BR`, …) to text, in code order.
    Localized(BTreeMap<String, String>),
}

impl Text {
    /// The text for `lang`, falling back to `fallback` (the pack's first
    /// language) and then to any language present.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        match self {
            Self::Plain(s) => s,
            Self::Localized(map) => map
                .get(lang)
                .or_else(|| map.get(fallback))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    /// Whether `lang` has its own text (plain text counts for every language).
    pub fn has(&self, lang: &str) -> bool {
        match self {
            Self::Plain(_) => true,
            Self::Localized(map) => map.contains_key(lang),
        }
    }

    /// Every variant of the text, with its language (`None` for plain text).
    pub fn variants(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Self::Plain(s) => vec![(None, s.as_str())],
            Self::Localized(map) => map
                .iter()
                .map(|(k, v)| (Some(k.as_str()), v.as_str()))
                .collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a text: a string in quotes, or a map of language to string such as \
                     {\"en\": \"…\", \"es\": \"…\"}",
                )
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Text, A::Error> {
                let mut map = BTreeMap::new();
                while let Some((lang, text)) = access.next_entry::<String, String>()? {
                    if map.insert(lang.clone(), text).is_some() {
                        return Err(de::Error::custom(format!(
                            "the language \"{lang}\" appears twice in the same text; keep one"
                        )));
                    }
                }
                Ok(Text::Localized(map))
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Text, ron::error::SpannedError> {
        ron::from_str(s)
    }

    #[test]
    fn plain_and_localized() {
        assert_eq!(parse("\"PCT\"").ok(), Some(Text::Plain("PCT".into())));
        let t = parse(r#"{"en": "Patent", "es": "Patente"}"#).expect("map parses");
        assert_eq!(t.get("es", "en"), "Patente");
        assert_eq!(
            t.get("pt", "en"),
            "Patent",
            "falls back to the pack language"
        );
        assert!(t.has("en") && !t.has("pt"));
    }

    #[test]
    fn rejects_other_shapes_with_a_clear_message() {
        let err = parse("[1, 2]").expect_err("a list is not text");
        assert!(
            err.to_string().contains("a map of language to string"),
            "{err}"
        );
        let err = parse(r#"{"en": "a", "en": "b"}"#).expect_err("duplicate language");
        assert!(err.to_string().contains("appears twice"), "{err}");
    }
}
