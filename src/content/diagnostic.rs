//! Problems found in a content pack, each with where it is and what to do.

use std::fmt;

use serde::Serialize;

use crate::i18n::I18n;
use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
        })
    }
}

/// One problem, printed as `path:line:col: error|warning: message`.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// The file as the author knows it (`content/modules/pct.ron`).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    pub severity: Severity,
    /// What is wrong and what to do, in the author's terms.
    pub msg: Msg,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, line: usize, column: usize, msg: Msg) -> Self {
        Self {
            path: path.into(),
            line,
            column,
            severity: Severity::Error,
            msg,
        }
    }

    pub fn warning(path: impl Into<String>, line: usize, column: usize, msg: Msg) -> Self {
        Self {
            path: path.into(),
            line,
            column,
            severity: Severity::Warning,
            msg,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in English.
    pub fn message(&self) -> String {
        self.msg.to_string()
    }

    /// `path:line:col: error: message`, in `i18n`'s language.
    pub fn display_in(&self, i18n: &I18n) -> String {
        let severity = match self.severity {
            Severity::Error => i18n.t("chk-error"),
            Severity::Warning => i18n.t("chk-warning"),
        };
        format!(
            "{}:{}:{}: {severity}: {}",
            self.path,
            self.line,
            self.column,
            self.msg.render(i18n)
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Self {
            path,
            line,
            column,
            severity,
            msg,
        } = self;
        write!(f, "{path}:{line}:{column}: {severity}: {msg}")
    }
}

/// As `puente check --json` prints it: the message in English, and its id
/// as `code`, which stays the same from release to release.
impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Diagnostic", 6)?;
        s.serialize_field("path", &self.path)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("severity", &self.severity)?;
        s.serialize_field("code", self.msg.id())?;
        s.serialize_field("message", &self.message())?;
        s.end()
    }
}

/// Counts of errors and warnings.
pub fn count(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (errors, diagnostics.len() - errors)
}

/// `1 error, 2 warnings`, in `i18n`'s language.
pub fn summary_line(diagnostics: &[Diagnostic], i18n: &I18n) -> String {
    let (errors, warnings) = count(diagnostics);
    crate::tr!(i18n, "chk-summary", errors = errors, warnings = warnings)
}
