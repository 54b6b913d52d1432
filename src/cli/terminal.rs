//! Text for a terminal from files Puente did not write (bundles, data
//! folders): control characters escaped, so nothing in them can drive the
//! terminal.

use std::io::Write;

/// Text from a bundle or a data folder (a learner's name, a group, a pack
/// version, a file name) made safe to print to a terminal: control
/// characters are written as escapes (`\n`, `\r`, `\t`, `\u{1b}`…) and so
/// are the invisible bidirectional overrides, so a bundle can neither send
/// terminal escape sequences (colours, cursor moves, window titles) nor
/// fake a line of output with a CR or LF. Everything else is kept as is.
pub fn term(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !text.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A writer for a terminal that lets no control character through but a
/// line break or a tab: the others (ESC and the rest of C0, DEL, and the
/// C1 controls such as the 8-bit CSI U+009B) are written as `\u{..}`.
/// The commands that print what bundles hold write through it, as a net
/// under [`term`], which escapes line breaks in such text as well.
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// The first byte of a two-byte UTF-8 sequence that may be a C1
    /// control, held until the next byte is seen.
    held: bool,
}

impl<W: Write> TerminalSafe<W> {
    pub fn new(inner: W) -> Self {
        Self { inner, held: false }
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 8);
        for &b in buf {
            if std::mem::take(&mut self.held) {
                if (0x80..=0x9f).contains(&b) {
                    out.extend_from_slice(format!("\\u{{{b:x}}}").as_bytes());
                    continue;
                }
                out.push(0xc2);
            }
            match b {
                b'\n' | b'\t' => out.push(b),
                0x00..=0x1f | 0x7f => out.extend_from_slice(format!("\\u{{{b:x}}}").as_bytes()),
                0xc2 => self.held = true,
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for TerminalSafe<W> {
    fn drop(&mut self) {
        if std::mem::take(&mut self.held) {
            let _ = self.inner.write_all(&[0xc2]);
        }
        let _ = self.inner.flush();
    }
}
