//! A small RON reader that keeps where every value is, so the validator can
//! point at `file:line:col` for problems found after parsing.
//!
//! Typed parsing is done by the `ron` crate; this tree is only used to locate
//! values by their path (`steps[3].options[1].id`). It is strict about
//! nesting depth and never recurses more than [`MAX_DEPTH`] levels, so a
//! hostile file cannot overflow the stack.

use std::ops::Range;

/// Deeper nesting than any real content needs.
pub const MAX_DEPTH: usize = 64;

/// One step of a path into a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// A named field: `title`.
    Field(&'static str),
    /// A position in a list: `steps[2]`.
    Index(usize),
    /// A key of a map: `{"es": …}`.
    Key(String),
}

impl std::fmt::Display for Seg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Field(name) => write!(f, ".{name}"),
            Self::Index(i) => write!(f, "[{i}]"),
            Self::Key(k) => write!(f, "[\"{k}\"]"),
        }
    }
}

/// A path from the top of a file to a value.
pub type Path = Vec<Seg>;

#[derive(Clone, Debug)]
pub struct Node {
    /// Byte range in the source.
    pub span: Range<usize>,
    pub kind: Kind,
}

#[derive(Clone, Debug)]
pub enum Kind {
    /// `Name(key: value, …)` or `(key: value, …)`.
    Struct {
        fields: Vec<Field>,
    },
    /// `Name(a, b)`, `Some(x)`, `(a, b)`.
    Tuple {
        name: Option<String>,
        items: Vec<Node>,
    },
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
    Str(String),
    /// Numbers, booleans, characters, bare identifiers.
    Scalar,
}

#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub value: Node,
}

impl Node {
    /// The field `name` of a struct, looking through `Some(…)`.
    pub fn field(&self, name: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Struct { fields, .. } => fields.iter().find(|f| f.name == name).map(|f| &f.value),
            Kind::Tuple {
                name: Some(n),
                items,
            } if n == "Some" && items.len() == 1 => items[0].field(name),
            _ => None,
        }
    }

    fn child(&self, seg: &Seg) -> Option<&Node> {
        match (seg, &self.kind) {
            (Seg::Field(name), _) => self.field(name),
            (Seg::Index(i), Kind::List(items)) => items.get(*i),
            (Seg::Key(k), Kind::Map(entries)) => entries
                .iter()
                .find(|(key, _)| matches!(&key.kind, Kind::Str(s) if s == k))
                .map(|(_, v)| v),
            (
                _,
                Kind::Tuple {
                    name: Some(n),
                    items,
                },
            ) if n == "Some" && items.len() == 1 => items[0].child(seg),
            _ => None,
        }
    }

    /// The deepest node along `path` (the value itself when it exists, or
    /// the closest enclosing value when the path goes past what is written).
    pub fn locate(&self, path: &[Seg]) -> &Node {
        let mut node = self;
        for seg in path {
            match node.child(seg) {
                Some(next) => node = next,
                None => break,
            }
        }
        node
    }
}

/// Why the tree could not be read; positions are byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// Parse a whole RON document.
pub fn parse(src: &str) -> Result<Node, SyntaxError> {
    let mut p = Parser {
        src: src.as_bytes(),
        pos: 0,
    };
    p.skip_ws()?;
    p.skip_attributes()?;
    let node = p.value(0)?;
    p.skip_ws()?;
    if p.pos < p.src.len() {
        return Err(p.error("unexpected text after the end of the value"));
    }
    Ok(node)
}

struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, message: &str) -> SyntaxError {
        SyntaxError {
            offset: self.pos.min(self.src.len()),
            message: message.to_owned(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) -> Result<(), SyntaxError> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r') => self.pos += 1,
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.src.get(self.pos + 1) == Some(&b'*') => {
                    let start = self.pos;
                    self.pos += 2;
                    let mut depth = 1usize;
                    while depth > 0 {
                        if self.pos >= self.src.len() {
                            self.pos = start;
                            return Err(self.error("a /* comment is never closed with */"));
                        }
                        if self.src[self.pos..].starts_with(b"/*") {
                            depth += 1;
                            self.pos += 2;
                        } else if self.src[self.pos..].starts_with(b"*/") {
                            depth -= 1;
                            self.pos += 2;
                        } else {
                            self.pos += 1;
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    /// `#![enable(implicit_some)]` and similar, before the value.
    fn skip_attributes(&mut self) -> Result<(), SyntaxError> {
        while self.src[self.pos..].starts_with(b"#!") {
            match self.src[self.pos..].iter().position(|&b| b == b']') {
                Some(end) => self.pos += end + 1,
                None => return Err(self.error("an #![…] attribute is never closed")),
            }
            self.skip_ws()?;
        }
        Ok(())
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), SyntaxError> {
        self.skip_ws()?;
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn ident(&mut self) -> Option<String> {
        let start = self.pos;
        if self.src[self.pos..].starts_with(b"r#") {
            self.pos += 2;
        }
        let body = self.pos;
        while matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b == b'_') {
            self.pos += 1;
        }
        if self.pos == body {
            self.pos = start;
            return None;
        }
        Some(String::from_utf8_lossy(&self.src[body..self.pos]).into_owned())
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("values are nested too deeply"));
        }
        self.skip_ws()?;
        let start = self.pos;
        let kind = match self.peek() {
            None => return Err(self.error("the file ends where a value was expected")),
            Some(b'"') => Kind::Str(self.string()?),
            Some(b'r') if self.raw_string_follows() => Kind::Str(self.raw_string()?),
            Some(b'b') if self.src.get(self.pos + 1) == Some(&b'"') => {
                self.pos += 1;
                Kind::Str(self.string()?)
            }
            Some(b'\'') => {
                self.char_literal()?;
                Kind::Scalar
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_ws()?;
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        break;
                    }
                    items.push(self.value(depth + 1)?);
                    if !self.comma_or(b']')? {
                        return Err(self.error("expected `,` or `]` in a list"));
                    }
                }
                Kind::List(items)
            }
            Some(b'{') => {
                self.pos += 1;
                let mut entries = Vec::new();
                loop {
                    self.skip_ws()?;
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        break;
                    }
                    let key = self.value(depth + 1)?;
                    self.expect(b':', "expected `:` after a map key")?;
                    let value = self.value(depth + 1)?;
                    entries.push((key, value));
                    if !self.comma_or(b'}')? {
                        return Err(self.error("expected `,` or `}` in a map"));
                    }
                }
                Kind::Map(entries)
            }
            Some(b'(') => self.parens(None, depth)?,
            Some(b) if b == b'-' || b == b'+' || b == b'.' || b.is_ascii_digit() => {
                self.pos += 1;
                while matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b"._+-".contains(&b))
                {
                    self.pos += 1;
                }
                Kind::Scalar
            }
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => {
                let name = self.ident().ok_or_else(|| self.error("expected a name"))?;
                self.skip_ws()?;
                if self.peek() == Some(b'(') {
                    self.parens(Some(name), depth)?
                } else {
                    Kind::Scalar
                }
            }
            Some(_) => return Err(self.error("unexpected character where a value was expected")),
        };
        Ok(Node {
            span: start..self.pos,
            kind,
        })
    }

    /// Distinguishes `r"…"`/`r#"…"#` (raw strings) from `r#ident` (raw
    /// identifiers) and plain names that start with `r`.
    fn raw_string_follows(&self) -> bool {
        let mut i = self.pos + 1;
        while self.src.get(i) == Some(&b'#') {
            i += 1;
        }
        self.src.get(i) == Some(&b'"')
    }

    /// After a value in a list: consumes `,` (true), or sees `close` (true,
    /// not consumed), or anything else (false).
    fn comma_or(&mut self, close: u8) -> Result<bool, SyntaxError> {
        self.skip_ws()?;
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(true)
            }
            Some(b) if b == close => Ok(true),
            _ => Ok(false),
        }
    }

    /// `( … )` after an optional name: named fields or positional values.
    fn parens(&mut self, name: Option<String>, depth: usize) -> Result<Kind, SyntaxError> {
        self.pos += 1; // (
        self.skip_ws()?;
        // Named fields start with `ident :` (but not `::`).
        let save = self.pos;
        let is_struct = match self.ident() {
            Some(_) => {
                self.skip_ws()?;
                let colon = self.peek() == Some(b':') && self.src.get(self.pos + 1) != Some(&b':');
                self.pos = save;
                colon
            }
            None => false,
        };
        if is_struct {
            let mut fields = Vec::new();
            loop {
                self.skip_ws()?;
                if self.peek() == Some(b')') {
                    self.pos += 1;
                    break;
                }
                let field_name = self
                    .ident()
                    .ok_or_else(|| self.error("expected a field name"))?;
                self.expect(b':', "expected `:` after a field name")?;
                let value = self.value(depth + 1)?;
                fields.push(Field {
                    name: field_name,
                    value,
                });
                if !self.comma_or(b')')? {
                    return Err(self.error("expected `,` or `)` after a field"));
                }
            }
            Ok(Kind::Struct { fields })
        } else {
            let mut items = Vec::new();
            loop {
                self.skip_ws()?;
                if self.peek() == Some(b')') {
                    self.pos += 1;
                    break;
                }
                items.push(self.value(depth + 1)?);
                if !self.comma_or(b')')? {
                    return Err(self.error("expected `,` or `)`"));
                }
            }
            Ok(Kind::Tuple { name, items })
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1; // opening quote
        let mut out = Vec::new();
        loop {
            match self.peek() {
                None => {
                    self.pos = start;
                    return Err(self.error("a string is never closed with \""));
                }
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(String::from_utf8_lossy(&out).into_owned());
                }
                Some(b'\\') => {
                    // The escape's meaning does not matter for locating values.
                    out.push(b'\\');
                    if let Some(&next) = self.src.get(self.pos + 1) {
                        out.push(next);
                    }
                    self.pos += 2;
                }
                Some(b) => {
                    out.push(b);
                    self.pos += 1;
                }
            }
        }
    }

    fn raw_string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1; // r
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1; // opening quote
        let body = self.pos;
        let mut close = vec![b'"'];
        close.extend(std::iter::repeat_n(b'#', hashes));
        match self.src[body..]
            .windows(close.len())
            .position(|w| w == close.as_slice())
        {
            Some(len) => {
                self.pos = body + len + close.len();
                Ok(String::from_utf8_lossy(&self.src[body..body + len]).into_owned())
            }
            None => {
                self.pos = start;
                Err(self.error("a raw string r#\"…\"# is never closed"))
            }
        }
    }

    fn char_literal(&mut self) -> Result<(), SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'\'' => return Ok(()),
                _ => {}
            }
        }
        self.pos = start;
        Err(self.error("a character literal is never closed"))
    }
}

/// Turns byte offsets into 1-based line and column (columns count characters).
///
/// Columns are counted from checkpoints every [`CHECKPOINT`] bytes, so a
/// lookup costs at most that many bytes of counting, however long the line
/// (a generated file may hold megabytes on one line, with a finding every
/// few bytes).
pub struct LineIndex<'a> {
    src: &'a str,
    line_starts: Vec<usize>,
    /// `(byte offset, characters before it)` at char boundaries, every
    /// `CHECKPOINT` bytes or so.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT: usize = 4096;

impl<'a> LineIndex<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = vec![(0, 0)];
        let (mut chars, mut next) = (0usize, CHECKPOINT);
        for (i, _) in src.char_indices() {
            if i >= next {
                checkpoints.push((i, chars));
                next = i + CHECKPOINT;
            }
            chars += 1;
        }
        Self {
            src,
            line_starts,
            checkpoints,
        }
    }

    /// Characters before byte `offset` (a char boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let k = self
            .checkpoints
            .partition_point(|&(at, _)| at <= offset)
            .saturating_sub(1);
        let (at, chars) = self.checkpoints[k];
        chars + self.src.get(at..offset).map_or(0, |s| s.chars().count())
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.src.len());
        while !self.src.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.line_starts[line];
        let col = self.chars_before(offset) - self.chars_before(start) + 1;
        (line + 1, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"// a module
Module(
    id: "m1",
    title: {"en": "Hello", "es": "Hola"},
    steps: [
        Lesson(id: "l1", title: "x", body: r#"say "hi""#),
        SingleChoice(
            id: "q1",
            options: [(id: "a", text: "A", correct: true, feedback: Some("yes"))],
        ),
    ],
    minutes: 15,
)
"##;

    fn pos(path: &[Seg]) -> (usize, usize) {
        let tree = parse(SRC).expect("parses");
        LineIndex::new(SRC).line_col(tree.locate(path).span.start)
    }

    #[test]
    fn locates_values_by_path() {
        use Seg::*;
        assert_eq!(pos(&[Field("id")]), (3, 9));
        assert_eq!(pos(&[Field("title"), Key("es".into())]), (4, 34));
        assert_eq!(pos(&[Field("steps"), Index(1), Field("id")]), (8, 17));
        assert_eq!(
            pos(&[
                Field("steps"),
                Index(1),
                Field("options"),
                Index(0),
                Field("feedback")
            ]),
            (9, 69)
        );
        assert_eq!(pos(&[Field("steps"), Index(0), Field("body")]), (6, 44));
        // A missing field points at the closest enclosing value.
        assert_eq!(pos(&[Field("steps"), Index(0), Field("nothing")]), (6, 9));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(200_000) + &"]".repeat(200_000);
        let err = parse(&deep).expect_err("too deep");
        assert!(err.message.contains("nested too deeply"));
    }

    #[test]
    fn unterminated_things_are_reported() {
        assert!(parse("(a: \"x)").is_err());
        assert!(parse("/* open").is_err());
        assert!(parse("(a: r#\"x\")").is_err());
        assert!(parse("").is_err());
        assert!(parse("(a: 1) extra").is_err());
    }

    #[test]
    fn columns_count_characters() {
        let src = "(t: \"ñandú\", u: 1)";
        let tree = parse(src).expect("parses");
        let at = tree.locate(&[Seg::Field("u")]).span.start;
        assert_eq!(LineIndex::new(src).line_col(at), (1, 17));
    }
}
