//! The search screen: one box, results as the learner types, grouped by
//! module (or checklist, or the glossary), the matched words marked. A
//! lesson or exercise opens at its step, a term in the glossary; a
//! checklist item opens in place to show its whole text.

use egui::text::LayoutJob;
use egui::{RichText, TextFormat};

use crate::content::search::{Hit, Index, Kind, Place};
use crate::tr;

use super::theme;
use super::view::{Action, View};

/// How many results a query shows.
pub const MAX_RESULTS: usize = 60;

#[derive(Default)]
pub struct SearchState {
    pub query: String,
    /// The term or item opened in place (its index among the results).
    pub opened: Option<usize>,
    /// The box has had the keyboard once (it takes it when the screen opens).
    focused: bool,
}

/// Text with the byte ranges `marks` highlighted.
fn marked(ui: &egui::Ui, text: &str, marks: &[std::ops::Range<usize>], strong: bool) -> LayoutJob {
    let style = ui.style();
    let font = egui::TextStyle::Body.resolve(style);
    let color = if strong {
        ui.visuals().strong_text_color()
    } else {
        ui.visuals().text_color()
    };
    let plain = TextFormat::simple(font.clone(), color);
    let mark = TextFormat {
        background: theme::mark_fill(ui.visuals()),
        ..TextFormat::simple(font, ui.visuals().strong_text_color())
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut at = 0;
    for r in marks {
        if r.start < at
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        job.append(&text[at..r.start], 0.0, plain.clone());
        job.append(&text[r.clone()], 0.0, mark.clone());
        at = r.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

fn kind_label(view: &View<'_>, kind: Kind) -> String {
    match kind {
        Kind::Lesson => tr!(view.tr, "search-kind-lesson"),
        Kind::Exercise => tr!(view.tr, "search-kind-exercise"),
        Kind::Term => tr!(view.tr, "search-kind-term"),
        Kind::Item => tr!(view.tr, "search-kind-item"),
    }
}

/// What opening a hit does: a step opens the module there, a term the
/// glossary there; an item opens in place.
fn open(hit: &Hit, index: usize, state: &mut SearchState, actions: &mut Vec<Action>) {
    match &hit.place {
        Place::Step { pack, module, step } => actions.push(Action::OpenModule {
            pack: pack.clone(),
            module: module.clone(),
            step: Some(step.clone()),
        }),
        Place::Term { pack, term } => actions.push(Action::ShowGlossary {
            term: Some((pack.clone(), term.clone())),
        }),
        Place::Item { .. } => {
            state.opened = (state.opened != Some(index)).then_some(index);
        }
    }
}

pub fn search_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut SearchState,
    index: Option<&Index>,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("search-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!(view.tr, "home")).clicked() {
                actions.push(Action::Home);
            }
            let label = ui.label(tr!(view.tr, "search-label"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut state.query)
                        .hint_text(tr!(view.tr, "search-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if !state.focused {
                field.request_focus();
                state.focused = true;
            }
            if field.changed() {
                state.opened = None;
            }
        });
        ui.add_space(6.0);
    });
    let Some(index) = index else {
        // The index is being built off the frame; what is typed waits.
        super::widgets::preparing(ui, &tr!(view.tr, "search-preparing"));
        return;
    };
    let mut hits = index.query(&state.query, MAX_RESULTS + 1);
    let more = hits.len() > MAX_RESULTS;
    hits.truncate(MAX_RESULTS);
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    if enter && let Some(first) = hits.first() {
        open(first, 0, state, actions);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, theme::READING_WIDTH, |ui| {
                    ui.add_space(theme::GAP);
                    if state.query.trim().is_empty() {
                        ui.label(RichText::new(tr!(view.tr, "search-help")).weak());
                        return;
                    }
                    if hits.is_empty() {
                        ui.label(tr!(view.tr, "search-none", query = state.query.trim()));
                        return;
                    }
                    let count = if more {
                        tr!(view.tr, "search-count-more", n = hits.len())
                    } else {
                        tr!(view.tr, "search-count", n = hits.len())
                    };
                    ui.label(RichText::new(count).weak());
                    let mut group: Option<&str> = None;
                    for (i, hit) in hits.iter().enumerate() {
                        if group != Some(hit.group.as_str()) {
                            group = Some(hit.group.as_str());
                            ui.add_space(theme::GAP);
                            let heading = if hit.group.is_empty() {
                                tr!(view.tr, "search-glossary")
                            } else {
                                hit.group.clone()
                            };
                            ui.label(RichText::new(heading).text_style(theme::title()).strong());
                        }
                        ui.add_space(4.0);
                        result_ui(ui, view, hit, i, state, actions);
                    }
                    ui.add_space(theme::GAP * 2.0);
                });
            });
    });
}

fn result_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    hit: &Hit,
    index: usize,
    state: &mut SearchState,
    actions: &mut Vec<Action>,
) {
    let kind = kind_label(view, hit.kind);
    let title = if hit.title.is_empty() {
        kind.clone()
    } else {
        format!("{kind}: {}", hit.title)
    };
    let frame = egui::Frame::new()
        .inner_margin(8.0)
        .corner_radius(4.0)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke);
    let response = frame
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(kind).small().weak());
            if !hit.title.is_empty() {
                ui.label(marked(ui, &hit.title, &hit.title_marks, true));
            }
            if state.opened == Some(index) {
                // The whole text, opened in place.
                ui.label(marked(ui, &hit.full, &hit.full_marks, false));
            } else {
                ui.label(marked(ui, &hit.snippet, &hit.snippet_marks, false));
            }
        })
        .response
        .interact(egui::Sense::click());
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
    if response.clicked() {
        open(hit, index, state, actions);
    }
}
