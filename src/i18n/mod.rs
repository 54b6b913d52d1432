//! The words of the interface, in English, Spanish and Portuguese, from
//! Project Fluent files under `assets/i18n/<lang>/` embedded at build time.
//! No egui here: screens get an [`I18n`] and ask it for messages by id;
//! errors and notices from anywhere carry a [`Msg`] that is rendered here.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

pub mod msg;

pub use msg::{Msg, MsgArg};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/i18n",
        fallback_language: "en",
        // Arguments must not arrive wrapped in Unicode isolation marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The interface languages, in the order they are offered.
pub const LANGUAGES: [&str; 3] = ["en", "es", "pt"];

/// A language's own name, for pickers.
pub fn language_name(code: &str) -> String {
    match code.split('-').next().unwrap_or(code) {
        "en" => "English".to_owned(),
        "es" => "Español".to_owned(),
        "pt" => "Português".to_owned(),
        "fr" => "Français".to_owned(),
        other => other.to_owned(),
    }
}

/// The interface language to start with: the system's (`LANG`,
/// `LC_ALL`, `LC_MESSAGES`) when Puente speaks it, else English.
pub fn system_language() -> &'static str {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        if let Ok(value) = std::env::var(var) {
            let code = value
                .split(['_', '.', '-', ':', '@'])
                .next()
                .unwrap_or_default()
                .to_lowercase();
            if let Some(known) = LANGUAGES.iter().find(|l| **l == code) {
                return known;
            }
        }
    }
    "en"
}

/// Messages in one language.
#[derive(Clone, Debug)]
pub struct I18n {
    code: &'static str,
    lang: LanguageIdentifier,
}

/// An argument of a message (the name [`tr!`] and older callers use).
pub type Arg = MsgArg;

impl I18n {
    /// Messages in `code` (`en`, `es`, `pt`, or a regional form such as
    /// `pt-BR`); any other language falls back to English.
    pub fn new(code: &str) -> Self {
        let base = code.split('-').next().unwrap_or(code).to_lowercase();
        let code = LANGUAGES
            .iter()
            .find(|l| **l == base)
            .copied()
            .unwrap_or("en");
        let lang = match code {
            "es" => langid!("es"),
            "pt" => langid!("pt"),
            _ => langid!("en"),
        };
        Self { code, lang }
    }

    /// The language code in use.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        LOCALES.lookup(&self.lang, id)
    }

    /// The message `id` with arguments; a message given as an argument is
    /// rendered in the same language first.
    pub fn a(&self, id: &str, args: Vec<(&'static str, MsgArg)>) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .into_iter()
            .map(|(k, v)| {
                let value = match v {
                    MsgArg::Text(s) => FluentValue::from(s),
                    MsgArg::Number(n) => FluentValue::from(n),
                    MsgArg::Msg(m) => FluentValue::from(m.render(self)),
                };
                (Cow::Borrowed(k), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.lang, id, &args)
    }
}

/// `tr!(i18n, "id")` or `tr!(i18n, "id", name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($i18n:expr, $id:literal) => {
        $i18n.t($id)
    };
    ($i18n:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $i18n.a($id, vec![$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_in_three_languages_with_plurals() {
        let en = I18n::new("en");
        let es = I18n::new("es-MX");
        let pt = I18n::new("pt-BR");
        assert_eq!(es.code(), "es");
        assert_eq!(pt.code(), "pt");
        assert_eq!(
            I18n::new("fr").code(),
            "en",
            "unknown languages fall back to English"
        );
        assert_eq!(tr!(en, "check-answer"), "Check answer");
        assert_eq!(tr!(es, "check-answer"), "Comprobar respuesta");
        assert_eq!(tr!(pt, "check-answer"), "Verificar resposta");
        assert_eq!(
            tr!(en, "pending-answers", count = 1_usize),
            "1 answer is kept in memory and will be saved as soon as possible; keep Puente open. Puente tries again every few seconds."
        );
        assert!(tr!(es, "pending-answers", count = 3_usize).starts_with("3 respuestas"));
    }
}
