//! The checker's messages, kept as a Fluent id with its arguments rather
//! than as finished text, so that one finding reads in whatever language the
//! author or learner uses. The words are in `assets/i18n/<lang>/check.ftl`;
//! every id there starts with `chk-`.
//!
//! `Display` gives the English text (`puente check` without a language, test
//! assertions, logs); [`Msg::render`] gives any interface language.

use std::fmt;

use crate::i18n::{Arg, I18n};

/// One message: a `chk-` id and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    id: &'static str,
    args: Vec<(&'static str, MsgArg)>,
}

/// An argument: text shown as it is, a number (numbers choose plural
/// forms), or another message rendered in the same language first (a noun
/// such as "option", an optional hint).
#[derive(Clone, Debug, PartialEq)]
pub enum MsgArg {
    Text(String),
    Number(f64),
    Msg(Msg),
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<MsgArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The Fluent id, stable across releases (tools key on it).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `i18n`'s language.
    pub fn render(&self, i18n: &I18n) -> String {
        if self.args.is_empty() {
            return i18n.t(self.id);
        }
        let args = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    MsgArg::Text(s) => Arg::Text(s.clone()),
                    MsgArg::Number(n) => Arg::Number(*n),
                    MsgArg::Msg(m) => Arg::Text(m.render(i18n)),
                };
                (*name, value)
            })
            .collect();
        i18n.a(self.id, args)
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&I18n::new("en")))
    }
}

/// `msg!("chk-id")` or `msg!("chk-id", name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::content::msg::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::content::msg::Msg::new($id)$(.arg(stringify!($name), $value))+
    };
}

impl From<&str> for MsgArg {
    fn from(v: &str) -> Self {
        Self::Text(v.to_owned())
    }
}

impl From<String> for MsgArg {
    fn from(v: String) -> Self {
        Self::Text(v)
    }
}

impl From<&String> for MsgArg {
    fn from(v: &String) -> Self {
        Self::Text(v.clone())
    }
}

impl From<&super::model::Id> for MsgArg {
    fn from(v: &super::model::Id) -> Self {
        Self::Text(v.as_str().to_owned())
    }
}

impl From<usize> for MsgArg {
    fn from(v: usize) -> Self {
        Self::Number(v as f64)
    }
}

impl From<u32> for MsgArg {
    fn from(v: u32) -> Self {
        Self::Number(f64::from(v))
    }
}

impl From<u64> for MsgArg {
    fn from(v: u64) -> Self {
        Self::Number(v as f64)
    }
}

impl From<f64> for MsgArg {
    fn from(v: f64) -> Self {
        Self::Number(v)
    }
}

impl From<Msg> for MsgArg {
    fn from(v: Msg) -> Self {
        Self::Msg(v)
    }
}

impl From<Option<Msg>> for MsgArg {
    /// An optional part of a sentence (a hint): nothing when absent.
    fn from(v: Option<Msg>) -> Self {
        v.map_or_else(|| Self::Text(String::new()), Self::Msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_messages_render_in_the_same_language() {
        let m = crate::msg!(
            "chk-text-empty",
            what = crate::msg!("chk-field-explanation")
        );
        assert_eq!(m.to_string(), "the explanation is empty; write it");
        let es = m.render(&I18n::new("es"));
        assert!(es.contains("explicación"), "{es}");
        let pt = m.render(&I18n::new("pt"));
        assert!(pt.contains("explicação"), "{pt}");
    }
}
