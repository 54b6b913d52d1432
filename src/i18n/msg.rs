//! A message kept as a Fluent id with its arguments rather than as
//! finished text, so that it reads in whatever language the learner or
//! author uses: the checker's findings (`chk-` ids, in `check.ftl`), and
//! every error and notice the window shows (in `main.ftl`). It is rendered
//! once, where it is shown.
//!
//! `Display` gives the English text (`puente check` without a language, the
//! command line's notes, test assertions, logs); [`Msg::render`] gives any
//! interface language.

use std::fmt;

use super::I18n;

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
        i18n.a(self.id, self.args.clone())
    }
}

/// What went wrong with a file, in words: the causes a learner can act on
/// are named; any other gives the system's error number.
pub fn io_msg(e: &std::io::Error) -> Msg {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => crate::msg!("io-not-found"),
        K::PermissionDenied => crate::msg!("io-permission"),
        K::ReadOnlyFilesystem => crate::msg!("io-read-only"),
        K::StorageFull | K::QuotaExceeded => crate::msg!("io-full"),
        K::InvalidData | K::IsADirectory | K::FileTooLarge => crate::msg!("io-invalid"),
        K::Interrupted => crate::msg!("io-cancelled"),
        _ => match e.raw_os_error() {
            Some(code) => crate::msg!("io-other", code = code.to_string()),
            None => crate::msg!("io-unexpected"),
        },
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&I18n::new("en")))
    }
}

/// `msg!("id")` or `msg!("id", name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::new($id)$(.arg(stringify!($name), $value))+
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
