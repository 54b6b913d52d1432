//! A branching case: every node reachable, every path ending, choices and
//! grades in order.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn scenario(&mut self, base: &[Seg], e: &Scenario) {
        if e.nodes.is_empty() {
            self.error(at(base, [F("nodes")]), msg!("chk-no-nodes"));
            return;
        }
        self.unique(
            e.nodes
                .iter()
                .enumerate()
                .map(|(i, n)| (at(base, [F("nodes"), I(i), F("id")]), &n.id)),
            "chk-kind-node",
            "chk-scope-scenario",
        );
        let index: HashMap<&str, usize> = e
            .nodes
            .iter()
            .enumerate()
            .rev()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let node_ids = || e.nodes.iter().map(|n| n.id.as_str());
        let start = index.get(e.start.as_str()).copied();
        if start.is_none() {
            self.error(
                at(base, [F("start")]),
                msg!(
                    "chk-start-unknown",
                    id = &e.start,
                    hint = suggest(e.start.as_str(), node_ids())
                ),
            );
        }
        // Grades are all or nothing: one ungraded move would score as if
        // it did not count.
        if e.nodes
            .iter()
            .flat_map(|n| &n.choices)
            .any(|c| c.grade.is_some())
        {
            for (i, node) in e.nodes.iter().enumerate() {
                for (j, choice) in node.choices.iter().enumerate() {
                    if choice.grade.is_none() {
                        self.warn(
                            at(base, [F("nodes"), I(i), F("choices"), I(j)]),
                            msg!("chk-grade-missing", id = &choice.id),
                        );
                    }
                }
            }
        }
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); e.nodes.len()];
        for (i, node) in e.nodes.iter().enumerate() {
            let path = at(base, [F("nodes"), I(i)]);
            self.text(at(&path, [F("text")]), &node.text, "chk-field-node-text");
            match (node.choices.is_empty(), node.outcome.is_some()) {
                (true, false) => self.error(path.clone(), msg!("chk-dead-end", id = &node.id)),
                (false, true) => self.error(
                    at(&path, [F("outcome")]),
                    msg!("chk-choices-and-outcome", id = &node.id),
                ),
                _ => {}
            }
            self.unique(
                node.choices
                    .iter()
                    .enumerate()
                    .map(|(j, ch)| (at(&path, [F("choices"), I(j), F("id")]), &ch.id)),
                "chk-kind-choice",
                "chk-scope-node",
            );
            for (j, choice) in node.choices.iter().enumerate() {
                let cpath = at(&path, [F("choices"), I(j)]);
                self.text(
                    at(&cpath, [F("text")]),
                    &choice.text,
                    "chk-field-choice-text",
                );
                self.opt_text(
                    at(&cpath, [F("feedback")]),
                    choice.feedback.as_ref(),
                    "chk-field-feedback",
                );
                match index.get(choice.next.as_str()) {
                    Some(&target) => edges[i].push(target),
                    None => self.error(
                        at(&cpath, [F("next")]),
                        msg!(
                            "chk-choice-next-unknown",
                            id = &choice.next,
                            hint = suggest(choice.next.as_str(), node_ids())
                        ),
                    ),
                }
            }
        }
        let Some(start) = start else { return };
        // Forward reachability from the start.
        let mut reached = vec![false; e.nodes.len()];
        let mut stack = vec![start];
        reached[start] = true;
        while let Some(n) = stack.pop() {
            for &next in &edges[n] {
                if !reached[next] {
                    reached[next] = true;
                    stack.push(next);
                }
            }
        }
        // Backward reachability from the endings.
        let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); e.nodes.len()];
        for (from, targets) in edges.iter().enumerate() {
            for &to in targets {
                reverse[to].push(from);
            }
        }
        let mut ends_reachable = vec![false; e.nodes.len()];
        let mut stack: Vec<usize> = (0..e.nodes.len())
            .filter(|&i| e.nodes[i].outcome.is_some())
            .collect();
        for &i in &stack {
            ends_reachable[i] = true;
        }
        while let Some(n) = stack.pop() {
            for &prev in &reverse[n] {
                if !ends_reachable[prev] {
                    ends_reachable[prev] = true;
                    stack.push(prev);
                }
            }
        }
        for (i, node) in e.nodes.iter().enumerate() {
            let path = at(base, [F("nodes"), I(i), F("id")]);
            if !reached[i] {
                self.error(
                    path,
                    msg!("chk-unreachable", id = &node.id, start = &e.start),
                );
            } else if !ends_reachable[i] && !node.choices.is_empty() {
                self.error(path, msg!("chk-no-way-out", id = &node.id));
            }
        }
        if !e
            .nodes
            .iter()
            .any(|n| n.outcome == Some(crate::content::model::Outcome::Success))
        {
            self.warn(at(base, [F("nodes")]), msg!("chk-no-success"));
        }
    }
}
