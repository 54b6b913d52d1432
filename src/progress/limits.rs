//! Lengths a bundle's strings may have, in characters (issue 18, F7).
//! Every string a bundle carries ends up in the window, in terminal lines
//! or in files for an LRS, and the window's text layout costs about 200
//! bytes per character: a 10 MB name took 2.35 GB at every start. What
//! Puente writes is far below these, so only an edited or damaged bundle
//! meets them.
//!
//! - A learner's name and group are only shown: longer ones are cut, with
//!   an ellipsis, so the learner's progress still comes in. Cutting is
//!   the same on every import, so a group stays one group.
//! - Ids (pack, module, step, checklist, item, dimension, option), pack
//!   versions and the language are matched against content: changing one
//!   would silently attach progress to something else, or to nothing, so a
//!   bundle with a longer one is refused with the reason. Content ids have
//!   at most 64 characters, language tags at most 35.
//! - Free text the learner wrote (a reflection, a note, an assessment's
//!   name) is refused beyond a size no one types.

pub const NAME: usize = 120;
pub const GROUP: usize = 80;
pub const LANGUAGE: usize = 35;
pub const ID: usize = 128;
pub const VERSION: usize = 128;
pub const ASSESSMENT_NAME: usize = 500;
pub const TEXT: usize = 50_000;
/// Ids in one answer (options picked, items ordered, choices taken).
pub const ANSWER_IDS: usize = 1_000;

/// `text` cut to at most `max` characters, the last an ellipsis, if longer.
pub fn cut(text: &str, max: usize) -> String {
    if text.len() <= max || text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}
