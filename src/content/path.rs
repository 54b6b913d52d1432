//! The course as a path: a pack's modules grouped by the authors' sections
//! (`sections` in pack.ron), in the order to take them, and which module to
//! suggest next given where the learner is with each.
//!
//! Plain values: the learner's state of each module is passed in, so the
//! rule is tested without a profile.

use super::load::Pack;
use super::model::{Module, Section};

/// Where a learner is with a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
}

/// One group of the path: a section of the pack, or the modules no
/// section names (`section: None`, after the others; every module when the
/// pack has no sections).
#[derive(Debug)]
pub struct Group<'p> {
    pub section: Option<&'p Section>,
    pub modules: Vec<&'p Module>,
}

/// The pack's modules as its authors grouped them: each section's modules
/// in the order listed (ids the pack lacks, and repeats, left out), then
/// the modules of no section in file order.
pub fn groups(pack: &Pack) -> Vec<Group<'_>> {
    let mut placed = std::collections::HashSet::new();
    let mut out: Vec<Group<'_>> = pack
        .info
        .sections
        .iter()
        .map(|section| Group {
            section: Some(section),
            modules: section
                .modules
                .iter()
                .filter(|id| placed.insert(id.as_str()))
                .filter_map(|id| pack.module(id.as_str()))
                .collect(),
        })
        .collect();
    let rest: Vec<&Module> = pack
        .modules
        .iter()
        .filter(|m| !placed.contains(m.id.as_str()))
        .collect();
    if !rest.is_empty() {
        out.push(Group {
            section: None,
            modules: rest,
        });
    }
    out
}

/// The module to suggest next, in path order: the first one begun and not
/// done; else the first not started whose prerequisites are all done;
/// else the first not done. `None` when every module is done.
pub fn next<'p>(groups: &[Group<'p>], status: impl Fn(&Module) -> Status) -> Option<&'p Module> {
    let path: Vec<&'p Module> = groups
        .iter()
        .flat_map(|g| g.modules.iter().copied())
        .collect();
    let done = |id: &str| {
        path.iter()
            .find(|m| m.id.as_str() == id)
            .is_none_or(|m| status(m) == Status::Done)
    };
    path.iter()
        .copied()
        .find(|m| status(m) == Status::InProgress)
        .or_else(|| {
            path.iter().copied().find(|m| {
                status(m) == Status::NotStarted && m.prerequisites.iter().all(|p| done(p.as_str()))
            })
        })
        .or_else(|| path.iter().copied().find(|m| status(m) != Status::Done))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn shipped() -> Pack {
        super::super::load(&super::super::source::embedded())
            .pack
            .expect("the shipped pack")
    }

    #[test]
    fn the_shipped_path_holds_every_module_once_in_section_order() {
        let pack = shipped();
        let groups = groups(&pack);
        assert!(groups.iter().all(|g| g.section.is_some()), "no leftovers");
        let ids: Vec<&str> = groups
            .iter()
            .flat_map(|g| g.modules.iter().map(|m| m.id.as_str()))
            .collect();
        assert_eq!(ids.len(), pack.modules.len());
        assert_eq!(ids[0], "ip-basics");
    }

    #[test]
    fn modules_of_no_section_come_last_and_a_pack_without_sections_is_one_group() {
        let mut pack = shipped();
        pack.info.sections.truncate(1);
        let first = pack.info.sections[0].modules.len();
        let groups = groups(&pack);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].modules.len(), first);
        assert!(groups[1].section.is_none());
        assert_eq!(groups[1].modules.len(), pack.modules.len() - first);
        pack.info.sections.clear();
        let one = super::groups(&pack);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].modules.len(), pack.modules.len());
    }

    #[test]
    fn the_next_module_is_the_one_begun_else_the_first_whose_prerequisites_are_done() {
        let pack = shipped();
        let groups = groups(&pack);
        let mut state: HashMap<&str, Status> = HashMap::new();
        let next_with = |state: &HashMap<&str, Status>| {
            next(&groups, |m| {
                state
                    .get(m.id.as_str())
                    .copied()
                    .unwrap_or(Status::NotStarted)
            })
            .map(|m| m.id.to_string())
        };
        assert_eq!(next_with(&state).as_deref(), Some("ip-basics"));
        state.insert("ip-basics", Status::Done);
        assert_eq!(
            next_with(&state).as_deref(),
            Some("disclosure-and-deadlines")
        );
        // A module begun further on comes before one not started.
        state.insert("licence-agreements", Status::InProgress);
        assert_eq!(next_with(&state).as_deref(), Some("licence-agreements"));
        state.insert("licence-agreements", Status::Done);
        state.insert("disclosure-and-deadlines", Status::Done);
        assert_eq!(next_with(&state).as_deref(), Some("patentability"));
        for m in &pack.modules {
            state.insert(m.id.as_str(), Status::Done);
        }
        assert_eq!(next_with(&state), None, "all done");
    }

    #[test]
    fn a_module_whose_prerequisites_are_not_done_waits() {
        let mut pack = shipped();
        // The first section backwards: every module before ip-basics needs
        // one that is not done yet.
        pack.info.sections[0].modules.reverse();
        let groups = groups(&pack);
        let first = next(&groups, |_| Status::NotStarted).expect("one");
        assert_eq!(first.id.as_str(), "ip-basics");
    }
}
