//! What a screen reader is given of rendered Markdown: its paragraphs,
//! not its runs.
//!
//! egui_commonmark lays a paragraph out as one label per styled run and
//! per line break ("A ", "patent", " protects compounds…", "\n"), and a
//! screen reader reads each label as an item of its own. Each text shown
//! by [`super::markdown`] is marked here, and before the frame's output
//! reaches the system, its labels are merged into one paragraph node per
//! paragraph, each followed by the links it holds (which stay where they
//! can be activated).
//!
//! Links are also told from text by more than their colour: every link
//! drawn (a glossary term, a citation, a web address) is underlined, in
//! every theme, by [`Underlines`], which marks the text egui paints in the
//! link colour.

use std::collections::{HashMap, HashSet};

use egui::accesskit::{Node, NodeId, Rect, Role};

/// The plugin that merges the runs of every marked text.
#[derive(Default)]
pub struct Paragraphs {
    /// The nodes of the texts shown this frame.
    marked: Vec<NodeId>,
}

impl egui::Plugin for Paragraphs {
    fn debug_name(&self) -> &'static str {
        "puente-paragraphs"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        let marked = std::mem::take(&mut self.marked);
        if let Some(update) = output.platform_output.accesskit_update.as_mut() {
            let removed = merge_runs(&mut update.nodes, &marked);
            if removed.contains(&update.focus) {
                update.focus = egui::accesskit_root_id().accesskit_id();
            }
        }
    }
}

/// The plugin that underlines links.
#[derive(Default)]
pub struct Underlines;

impl egui::Plugin for Underlines {
    fn debug_name(&self) -> &'static str {
        "puente-link-underlines"
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        let color = ctx.global_style().visuals.hyperlink_color;
        for clipped in &mut output.shapes {
            underline_links(&mut clipped.shape, color);
        }
    }
}

/// Underline every text painted with `link` as its colour (egui paints a
/// link's text so, and underlines it only while hovered).
fn underline_links(shape: &mut egui::Shape, link: egui::Color32) {
    match shape {
        egui::Shape::Text(text) if text.fallback_color == link && text.underline.is_empty() => {
            text.underline = egui::Stroke::new(1.0, link);
        }
        egui::Shape::Vec(shapes) => {
            for s in shapes {
                underline_links(s, link);
            }
        }
        _ => {}
    }
}

/// Install the plugins (once per context; again is harmless).
pub fn install(ctx: &egui::Context) {
    ctx.add_plugin(Paragraphs::default());
    ctx.add_plugin(Underlines);
}

/// Read the text drawn in `ui` as paragraphs.
pub fn mark(ui: &egui::Ui) {
    let id = ui.unique_id().accesskit_id();
    ui.ctx().with_plugin(|p: &mut Paragraphs| p.marked.push(id));
}

/// A paragraph being gathered: its text, where it is, and the links it
/// holds.
#[derive(Default)]
struct Gathered {
    text: String,
    bounds: Option<Rect>,
    links: Vec<NodeId>,
}

impl Gathered {
    fn add(&mut self, text: &str, bounds: Option<Rect>) {
        if text.is_empty() {
            return;
        }
        self.text.push_str(text);
        self.bounds = match (self.bounds, bounds) {
            (Some(a), Some(b)) => Some(a.union(b)),
            (a, b) => a.or(b),
        };
    }
}

/// Merge the label runs under each of `marked` into paragraph nodes;
/// returns the ids of the nodes taken out.
fn merge_runs(nodes: &mut Vec<(NodeId, Node)>, marked: &[NodeId]) -> HashSet<NodeId> {
    let mut removed = HashSet::new();
    let mut added = Vec::new();
    for &container in marked {
        let index: HashMap<NodeId, usize> = nodes
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (*id, i))
            .collect();
        let Some(&at) = index.get(&container) else {
            continue;
        };
        let mut children = Vec::new();
        let mut current = Gathered::default();
        let mut count = 0_u64;
        let mut flush = |current: &mut Gathered, children: &mut Vec<NodeId>| {
            let done = std::mem::take(current);
            let text = done.text.trim();
            if !text.is_empty() {
                let id = egui::Id::unique((container.0, count)).accesskit_id();
                count += 1;
                let mut node = Node::new(Role::Paragraph);
                node.set_label(text.to_owned());
                if let Some(b) = done.bounds {
                    node.set_bounds(b);
                }
                added.push((id, node));
                children.push(id);
            }
            children.extend(done.links);
        };
        // Depth first, in the order drawn.
        let mut stack: Vec<NodeId> = nodes[at].1.children().iter().rev().copied().collect();
        while let Some(id) = stack.pop() {
            let Some(&i) = index.get(&id) else {
                continue;
            };
            let node = &nodes[i].1;
            match node.role() {
                Role::Label => {
                    drop_subtree(nodes, &index, id, &mut removed);
                    let text = node.label().or(node.value()).unwrap_or_default();
                    let mut lines = text.split('\n');
                    if let Some(first) = lines.next() {
                        current.add(first, node.bounds());
                    }
                    for line in lines {
                        flush(&mut current, &mut children);
                        current.add(line, node.bounds());
                    }
                }
                Role::Link => {
                    current.add(node.label().unwrap_or_default(), node.bounds());
                    current.links.push(id);
                }
                // What a web link draws beside its text: kept, without
                // breaking the paragraph.
                Role::Unknown if node.label().is_none() => current.links.push(id),
                Role::GenericContainer if node.label().is_none() => {
                    removed.insert(id);
                    stack.extend(node.children().iter().rev().copied());
                }
                _ => {
                    flush(&mut current, &mut children);
                    children.push(id);
                }
            }
        }
        flush(&mut current, &mut children);
        nodes[at].1.set_children(children);
    }
    nodes.retain(|(id, _)| !removed.contains(id));
    nodes.extend(added);
    removed
}

/// Take `id` and every node under it out of the tree.
fn drop_subtree(
    nodes: &[(NodeId, Node)],
    index: &HashMap<NodeId, usize>,
    id: NodeId,
    removed: &mut HashSet<NodeId>,
) {
    let mut stack = vec![id];
    while let Some(id) = stack.pop() {
        if removed.insert(id)
            && let Some(&i) = index.get(&id)
        {
            stack.extend(nodes[i].1.children().iter().copied());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str) -> Node {
        let mut n = Node::new(Role::Label);
        n.set_label(text.to_owned());
        n
    }

    #[test]
    fn runs_become_paragraphs_followed_by_their_links() {
        let mut link = Node::new(Role::Link);
        link.set_label("patent".to_owned());
        let mut row = Node::new(Role::GenericContainer);
        row.set_children(vec![NodeId(3), NodeId(4), NodeId(5), NodeId(6)]);
        let mut container = Node::new(Role::GenericContainer);
        container.set_children(vec![NodeId(2), NodeId(7), NodeId(8)]);
        let mut button = Node::new(Role::Button);
        button.set_label("Check".to_owned());
        let mut nodes = vec![
            (NodeId(1), container),
            (NodeId(2), row),
            (NodeId(3), label("A ")),
            (NodeId(4), link),
            (NodeId(5), label(" protects compounds.")),
            (NodeId(6), label("\n")),
            (NodeId(7), label("Second one.")),
            (NodeId(8), button),
        ];
        let removed = merge_runs(&mut nodes, &[NodeId(1)]);
        assert!(removed.contains(&NodeId(3)) && removed.contains(&NodeId(2)));
        let get = |id: NodeId| &nodes.iter().find(|(i, _)| *i == id).expect("node").1;
        let children: Vec<NodeId> = get(NodeId(1)).children().to_vec();
        let described: Vec<(Role, String)> = children
            .iter()
            .map(|&c| (get(c).role(), get(c).label().unwrap_or_default().to_owned()))
            .collect();
        assert_eq!(
            described,
            [
                (Role::Paragraph, "A patent protects compounds.".to_owned()),
                (Role::Link, "patent".to_owned()),
                (Role::Paragraph, "Second one.".to_owned()),
                (Role::Button, "Check".to_owned()),
            ]
        );
        assert!(!nodes.iter().any(|(id, _)| *id == NodeId(3)), "runs gone");
    }

    #[test]
    fn links_are_underlined_and_text_is_not() {
        let ctx = egui::Context::default();
        install(&ctx);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            ui.label("plain");
            let _link = ui.link("a glossary term");
        });
        output.textures_delta.clear();
        let link = ctx.global_style().visuals.hyperlink_color;
        let texts: Vec<(egui::Color32, bool)> = output
            .shapes
            .iter()
            .filter_map(|c| match &c.shape {
                egui::Shape::Text(t) => Some((t.fallback_color, !t.underline.is_empty())),
                _ => None,
            })
            .collect();
        assert!(texts.contains(&(link, true)), "{texts:?}");
        assert!(texts.iter().any(|(c, u)| *c != link && !u), "{texts:?}");
    }

    #[test]
    fn an_unmarked_tree_is_left_alone() {
        let mut nodes = vec![(NodeId(1), label("Keep"))];
        assert!(merge_runs(&mut nodes, &[NodeId(9)]).is_empty());
        assert_eq!(nodes.len(), 1);
    }
}
