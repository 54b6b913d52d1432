//! The glossary screen: every term of the open packs A–Z with its
//! definition, letters to jump to, a filter that matches as search does
//! (case and accents folded), "see also" links between terms, the modules
//! whose lessons teach each term, and every language of the pack side by
//! side (stacked when the window is narrow).

use egui::RichText;

use crate::content::glossary::{Entry, Index};
use crate::tr;

use super::theme;
use super::view::{Action, View};

/// Below this width per language, the languages of a term are stacked.
const MIN_LANGUAGE_WIDTH: f32 = 230.0;

/// The screen's own state.
#[derive(Default)]
pub struct GlossaryState {
    pub filter: String,
    /// Every language of the pack side by side.
    pub side_by_side: bool,
    /// The term shown first and marked: (pack id, term id).
    pub at: Option<(String, String)>,
    /// The step of a module the glossary was opened from, to go back to:
    /// (pack, module, step id).
    pub back: Option<(String, String, String)>,
    /// Scroll to `at` on the next frame it is drawn.
    scroll_to_term: bool,
    /// Scroll to this letter's heading on the next frame.
    jump: Option<char>,
    /// The filter has had the keyboard once (it takes it when the screen
    /// opens without a term).
    focused: bool,
}

impl GlossaryState {
    /// The glossary at a term (or at the top), with the way back to a step.
    pub fn at(term: Option<(String, String)>, back: Option<(String, String, String)>) -> Self {
        Self {
            scroll_to_term: term.is_some(),
            focused: term.is_some(),
            at: term,
            back,
            ..Self::default()
        }
    }

    /// Go to a term: clear a filter that would hide it.
    fn go_to(&mut self, index: &Index, pack: &str, id: &str) {
        if let Some(i) = index.position(pack, id)
            && !index.filter(&self.filter).contains(&i)
        {
            self.filter.clear();
        }
        self.at = Some((pack.to_owned(), id.to_owned()));
        self.scroll_to_term = true;
    }
}

fn leave(state: &GlossaryState, actions: &mut Vec<Action>) {
    match &state.back {
        Some((pack, module, step)) => actions.push(Action::OpenModule {
            pack: pack.clone(),
            module: module.clone(),
            step: Some(step.clone()),
        }),
        None => actions.push(Action::Home),
    }
}

pub fn glossary_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut GlossaryState,
    index: Option<&Index>,
    actions: &mut Vec<Action>,
) {
    egui::Panel::top("glossary-top").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let back = if state.back.is_some() {
                tr!(view.tr, "glossary-back-to-lesson")
            } else {
                tr!(view.tr, "home")
            };
            if ui.button(back).clicked() {
                leave(state, actions);
            }
            ui.label(
                RichText::new(tr!(view.tr, "glossary-title"))
                    .text_style(theme::title())
                    .strong(),
            );
            ui.add_space(theme::GAP);
            let label = ui.label(tr!(view.tr, "glossary-filter"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut state.filter)
                        .hint_text(tr!(view.tr, "glossary-filter-hint"))
                        .desired_width(240.0),
                )
                .labelled_by(label.id);
            if !state.focused {
                field.request_focus();
                state.focused = true;
            }
            ui.checkbox(
                &mut state.side_by_side,
                tr!(view.tr, "glossary-side-by-side"),
            );
        });
        ui.label(RichText::new(tr!(view.tr, "glossary-keys")).small().weak());
        ui.add_space(6.0);
    });
    let Some(index) = index else {
        super::widgets::preparing(ui, &tr!(view.tr, "glossary-preparing"));
        return;
    };
    let shown = index.filter(&state.filter);
    if !shown.is_empty() {
        letters_ui(ui, view, index, &shown, state);
    }
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let width = if state.side_by_side {
                    theme::READING_WIDTH + 360.0
                } else {
                    theme::READING_WIDTH
                };
                theme::column(ui, width, |ui| {
                    ui.add_space(theme::GAP);
                    if index.is_empty() {
                        ui.label(tr!(view.tr, "glossary-empty"));
                        return;
                    }
                    if shown.is_empty() {
                        ui.label(tr!(view.tr, "glossary-none", filter = state.filter.trim()));
                        return;
                    }
                    ui.label(
                        RichText::new(tr!(
                            view.tr,
                            "glossary-count",
                            shown = shown.len(),
                            total = index.len()
                        ))
                        .weak(),
                    );
                    let mut letter = None;
                    for &i in &shown {
                        let entry = &index.entries()[i];
                        if letter != Some(entry.letter) {
                            letter = Some(entry.letter);
                            ui.add_space(theme::GAP);
                            let heading = ui.label(
                                RichText::new(entry.letter.to_string())
                                    .text_style(theme::title())
                                    .strong(),
                            );
                            if state.jump == Some(entry.letter) {
                                heading.scroll_to_me(Some(egui::Align::TOP));
                                state.jump = None;
                            }
                        }
                        ui.add_space(4.0);
                        term_ui(ui, view, index, entry, state, actions);
                    }
                    ui.add_space(theme::GAP * 2.0);
                });
            });
    });
    if actions.is_empty()
        && !ui.ctx().egui_wants_keyboard_input()
        && ui.input(|i| i.key_pressed(egui::Key::Escape))
    {
        leave(state, actions);
    }
}

/// A row of the letters that have terms, each jumping to its heading.
fn letters_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    index: &Index,
    shown: &[usize],
    state: &mut GlossaryState,
) {
    let mut letters: Vec<char> = shown.iter().map(|&i| index.entries()[i].letter).collect();
    letters.dedup();
    egui::Panel::top("glossary-letters").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 2.0;
            for letter in letters {
                let button = ui.add(egui::Button::new(letter.to_string()).small());
                let name = tr!(view.tr, "glossary-letter", letter = letter.to_string());
                button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if button.clicked() {
                    state.jump = Some(letter);
                }
            }
        });
        ui.add_space(4.0);
    });
}

fn term_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    index: &Index,
    entry: &Entry,
    state: &mut GlossaryState,
    actions: &mut Vec<Action>,
) {
    let current = state
        .at
        .as_ref()
        .is_some_and(|(p, t)| *p == entry.pack && *t == entry.id);
    let mut frame = egui::Frame::new()
        .inner_margin(10.0)
        .corner_radius(4.0)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke);
    if current {
        frame = frame
            .fill(theme::note_fill(ui.visuals()))
            .stroke(ui.visuals().widgets.active.bg_stroke);
    }
    let response = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        if state.side_by_side {
            languages_ui(ui, view, entry);
        } else {
            ui.label(
                RichText::new(&entry.term)
                    .text_style(theme::title())
                    .strong(),
            );
            ui.label(&entry.definition);
        }
        let mut go_to = None;
        if !entry.see_also.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr!(view.tr, "glossary-see-also")).weak());
                for (id, name) in &entry.see_also {
                    let link = ui.link(name);
                    let label = tr!(
                        view.tr,
                        "glossary-see-also-term",
                        from = entry.term.as_str(),
                        term = name.as_str()
                    );
                    link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &label));
                    if link.clicked() {
                        go_to = Some(id.clone());
                    }
                }
            });
        }
        if !entry.taught_in.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr!(view.tr, "glossary-taught-in")).weak());
                for taught in &entry.taught_in {
                    let link = ui.link(&taught.title);
                    let label = tr!(
                        view.tr,
                        "glossary-taught-in-module",
                        term = entry.term.as_str(),
                        module = taught.title.as_str()
                    );
                    link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &label));
                    if link.clicked() {
                        actions.push(Action::OpenModule {
                            pack: entry.pack.clone(),
                            module: taught.module.clone(),
                            step: Some(taught.step.clone()),
                        });
                    }
                }
            });
        }
        go_to
    });
    if current && state.scroll_to_term {
        response.response.scroll_to_me(Some(egui::Align::TOP));
        state.scroll_to_term = false;
    }
    if let Some(id) = response.inner {
        state.go_to(index, &entry.pack, &id);
    }
}

/// A term and its definition in every language of its pack: side by side
/// when there is room, else one under the other.
fn languages_ui(ui: &mut egui::Ui, view: &View<'_>, entry: &Entry) {
    let Some(pack) = view.library.pack(&entry.pack) else {
        return;
    };
    let Some(term) = pack
        .glossary
        .terms
        .iter()
        .find(|t| t.id.as_str() == entry.id)
    else {
        return;
    };
    let langs = &pack.info.languages;
    let fallback = pack.fallback_language();
    let one = |ui: &mut egui::Ui, lang: &str| {
        ui.label(
            RichText::new(crate::i18n::language_name(lang))
                .small()
                .weak(),
        );
        ui.label(RichText::new(term.term.get(lang, fallback)).strong());
        ui.label(term.definition.get(lang, fallback));
    };
    let columns = langs.len().max(1);
    if ui.available_width() >= MIN_LANGUAGE_WIDTH * columns as f32 {
        ui.scope(|ui| {
            ui.spacing_mut().item_spacing.x = theme::GAP * 1.5;
            ui.columns(columns, |cols| {
                for (col, lang) in cols.iter_mut().zip(langs) {
                    // Columns justify their contents; text reads better ragged.
                    col.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| one(ui, lang));
                }
            });
        });
    } else {
        for (i, lang) in langs.iter().enumerate() {
            if i > 0 {
                ui.add_space(6.0);
            }
            one(ui, lang);
        }
    }
}
