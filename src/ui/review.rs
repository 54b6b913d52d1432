//! Review: what is due today, the recall measured, the next seven days and
//! every card (to suspend one or take it back); and the review session,
//! which asks each due exercise again (options in a fresh order) and shows
//! each due term to recall before its definition, graded by the learner.

use egui::RichText;

use crate::assess;
use crate::content::{Pack, Step};
use crate::progress::{CardRef, Rating};
use crate::review::{Card, Memory, Retired, Status};
use crate::tr;

use super::exercise::{PlayerState, exercise_ui};
use super::markdown::Markdown;
use super::theme;
use super::view::{Action, View};

/// A card of a session, as it was when the session began.
#[derive(Clone, Debug)]
pub struct SessionCard {
    pub pack: String,
    pub card: CardRef,
    pub memory: Option<Memory>,
    /// Seeds the order of the options: new at every review.
    pub seed: String,
}

/// A review session under way.
pub struct Session {
    pub cards: Vec<SessionCard>,
    /// The card shown.
    pub at: usize,
    /// The exercise being answered.
    pub player: Option<PlayerState>,
    /// The term's definition is shown.
    pub revealed: bool,
    /// The exercise was answered (and recorded).
    pub answered: bool,
    /// Cards reviewed so far.
    pub reviewed: usize,
}

/// The screen's own state: the overview, or a session.
#[derive(Default)]
pub struct ReviewState {
    pub session: Option<Session>,
}

impl ReviewState {
    pub fn session(cards: Vec<SessionCard>) -> Self {
        Self {
            session: Some(Session {
                cards,
                at: 0,
                player: None,
                revealed: false,
                answered: false,
                reviewed: 0,
            }),
        }
    }
}

impl Session {
    fn next(&mut self, reviewed: bool) {
        self.at += 1;
        self.player = None;
        self.revealed = false;
        self.answered = false;
        self.reviewed += usize::from(reviewed);
    }
}

pub fn review_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    state: &mut ReviewState,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) {
    super::widgets::home_bar(
        ui,
        "review-top",
        view,
        &tr!(view.tr, "review-title"),
        actions,
    );
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                theme::column(ui, theme::READING_WIDTH, |ui| {
                    ui.add_space(theme::GAP);
                    match &mut state.session {
                        Some(session) if session.at < session.cards.len() => {
                            session_ui(ui, view, session, markdown, actions);
                        }
                        Some(session) => {
                            let count = session.reviewed;
                            ui.label(
                                RichText::new(tr!(view.tr, "review-done", count = count))
                                    .strong()
                                    .size(18.0),
                            );
                            ui.add_space(theme::GAP);
                            if ui.button(tr!(view.tr, "review-overview")).clicked() {
                                state.session = None;
                            }
                        }
                        None => overview_ui(ui, view, actions),
                    }
                });
            });
    });
}

/// What is due, the recall measured, the next days, and every card.
fn overview_ui(ui: &mut egui::Ui, view: &View<'_>, actions: &mut Vec<Action>) {
    let review = view.review;
    let queue = &review.queue;
    if queue.cards.is_empty() {
        ui.label(tr!(view.tr, "review-empty"));
        return;
    }
    let due = queue.due(review.day_end).len();
    if due > 0 {
        let minutes = queue.minutes(review.day_end);
        ui.label(
            RichText::new(tr!(view.tr, "review-due", due = due, minutes = minutes))
                .strong()
                .size(17.0),
        );
        let waiting = queue.waiting_new(review.day_end);
        if waiting > 0 {
            ui.label(
                RichText::new(tr!(
                    view.tr,
                    "review-new-waiting",
                    count = waiting,
                    per_day = crate::review::NEW_TERMS_PER_DAY
                ))
                .weak(),
            );
        }
        ui.add_space(8.0);
        if ui
            .button(RichText::new(tr!(view.tr, "review-start")).strong())
            .clicked()
        {
            actions.push(Action::StartReview);
        }
    } else {
        ui.label(RichText::new(tr!(view.tr, "review-nothing-due")).strong());
    }
    ui.add_space(theme::GAP);
    let (reviews, _) = queue.recall();
    match queue.recall_rate() {
        Some(rate) => ui.label(tr!(
            view.tr,
            "review-recall",
            percent = format!("{:.0}", rate * 100.0),
            reviews = reviews
        )),
        None => ui.label(tr!(view.tr, "review-no-recall-yet")),
    };
    ui.label(
        RichText::new(tr!(
            view.tr,
            "review-target",
            percent = format!("{:.0}", review.params.retention * 100.0)
        ))
        .weak(),
    );
    ui.add_space(theme::GAP);
    ui.label(RichText::new(tr!(view.tr, "review-next-days")).strong());
    ui.horizontal_wrapped(|ui| {
        for (i, count) in queue.forecast(review.day_end, 7).into_iter().enumerate() {
            ui.label(tr!(view.tr, "review-in-days", days = i + 1, count = count));
            ui.add_space(8.0);
        }
    });
    ui.add_space(theme::GAP);
    egui::CollapsingHeader::new(tr!(view.tr, "review-all-cards", count = queue.cards.len()))
        .id_salt("review-cards")
        .show(ui, |ui| {
            for card in &queue.cards {
                card_row(ui, view, card, actions);
            }
        });
}

/// One card: what it is, when it comes back, and suspend or take back.
fn card_row(ui: &mut egui::Ui, view: &View<'_>, card: &Card, actions: &mut Vec<Action>) {
    let name = card_name(view, card);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(name).strong());
        let when = match card.status {
            Status::Retired(Retired::Vanished) => tr!(view.tr, "review-retired-vanished"),
            Status::Retired(Retired::Changed) => tr!(view.tr, "review-retired-changed"),
            Status::Suspended => tr!(view.tr, "review-suspended"),
            Status::Active if card.due <= view.review.day_end => tr!(view.tr, "review-due-today"),
            Status::Active => {
                let after = card.due.duration_since(view.review.day_end).as_secs();
                let days = u64::try_from(after / 86_400 + 1).unwrap_or(1);
                tr!(view.tr, "review-due-in", days = days)
            }
        };
        ui.label(RichText::new(when).weak());
        let (label, suspended) = match card.status {
            Status::Active => ("review-suspend", true),
            Status::Suspended => ("review-resume", false),
            Status::Retired(_) => return,
        };
        let text = view.tr.t(label);
        if ui
            .button(text)
            .on_hover_text(tr!(view.tr, "review-suspend-help"))
            .clicked()
        {
            actions.push(Action::SuspendCard {
                pack: card.pack.clone(),
                card: card.card.clone(),
                suspended,
            });
        }
    });
}

/// A card's name: the term, or the start of the exercise's question.
fn card_name(view: &View<'_>, card: &Card) -> String {
    let Some(pack) = view.library.pack(&card.pack) else {
        return card.item().to_owned();
    };
    match &card.card {
        CardRef::Term { term } => pack
            .glossary
            .terms
            .iter()
            .find(|t| t.id.as_str() == term)
            .map_or_else(|| term.clone(), |t| view.t(pack, &t.term).to_owned()),
        CardRef::Exercise { module, step } => find_step(pack, module, step)
            .and_then(Step::prompt)
            .map_or_else(
                || step.clone(),
                |p| {
                    let line = view.t(pack, p).lines().next().unwrap_or_default();
                    let short: String = line.chars().take(70).collect();
                    if short.len() < line.len() {
                        short + "…"
                    } else {
                        short
                    }
                },
            ),
    }
}

fn find_step<'p>(pack: &'p Pack, module: &str, step: &str) -> Option<&'p Step> {
    pack.module(module)?
        .steps
        .iter()
        .find(|s| s.id().as_str() == step)
}

/// The card under review.
fn session_ui(
    ui: &mut egui::Ui,
    view: &View<'_>,
    session: &mut Session,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) {
    let total = session.cards.len();
    ui.label(
        RichText::new(tr!(
            view.tr,
            "review-progress",
            n = session.at + 1,
            total = total
        ))
        .weak(),
    );
    ui.add_space(8.0);
    let card = session.cards[session.at].clone();
    let Some(pack) = view.library.pack(&card.pack) else {
        session.next(false);
        return;
    };
    let shown = match &card.card {
        CardRef::Exercise { .. } => {
            exercise_card(ui, view, pack, &card, session, markdown, actions)
        }
        CardRef::Term { .. } => term_card(ui, view, pack, &card, session, markdown, actions),
    };
    if !shown {
        session.next(false);
        return;
    }
    ui.add_space(theme::GAP);
    if ui
        .button(tr!(view.tr, "review-suspend-this"))
        .on_hover_text(tr!(view.tr, "review-suspend-help"))
        .clicked()
    {
        actions.push(Action::SuspendCard {
            pack: card.pack.clone(),
            card: card.card.clone(),
            suspended: true,
        });
        session.next(false);
    }
}

/// An exercise asked again; false when the pack no longer has it.
fn exercise_card(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    card: &SessionCard,
    session: &mut Session,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) -> bool {
    let CardRef::Exercise { module, step } = &card.card else {
        return false;
    };
    let Some(step) = find_step(pack, module, step) else {
        return false;
    };
    if let Some(m) = pack.module(module) {
        ui.label(
            RichText::new(tr!(view.tr, "review-from", module = view.t(pack, &m.title)))
                .small()
                .weak(),
        );
    }
    let player = session.player.get_or_insert_with(|| {
        let mut p = PlayerState::new(&card.pack, module, 0);
        p.learner = card.seed.clone();
        p.review = true;
        p.load(step, None);
        p
    });
    let mut asked = Vec::new();
    // Links in a question are not followed during a review.
    let _ = exercise_ui(ui, view, pack, step, player, markdown, &mut asked);
    for action in asked {
        if let Action::Submit(answer) = action
            && !session.answered
        {
            let correct = assess::score(step, &answer).correct.unwrap_or(false);
            actions.push(Action::ReviewCard {
                pack: card.pack.clone(),
                card: card.card.clone(),
                rating: crate::review::exercise_rating(correct),
                answer: Some(answer),
                correct: Some(correct),
            });
            session.answered = true;
        }
    }
    if session.answered {
        ui.add_space(8.0);
        if ui
            .button(RichText::new(tr!(view.tr, "review-next")).strong())
            .clicked()
        {
            session.next(true);
        }
    }
    true
}

/// A term to recall, then its definition and the learner's grade; false
/// when the glossary no longer has it.
fn term_card(
    ui: &mut egui::Ui,
    view: &View<'_>,
    pack: &Pack,
    card: &SessionCard,
    session: &mut Session,
    markdown: &mut Markdown,
    actions: &mut Vec<Action>,
) -> bool {
    let CardRef::Term { term: term_id } = &card.card else {
        return false;
    };
    let Some(term) = pack
        .glossary
        .terms
        .iter()
        .find(|t| t.id.as_str() == term_id)
    else {
        return false;
    };
    ui.label(RichText::new(tr!(view.tr, "review-term")).small().weak());
    ui.label(
        RichText::new(view.t(pack, &term.term))
            .text_style(theme::title())
            .strong(),
    );
    ui.add_space(8.0);
    if !session.revealed {
        ui.label(tr!(view.tr, "review-term-prompt"));
        ui.add_space(8.0);
        if ui
            .button(RichText::new(tr!(view.tr, "review-show-definition")).strong())
            .clicked()
        {
            session.revealed = true;
        }
        return true;
    }
    egui::Frame::new()
        .fill(theme::panel_fill(ui.visuals()))
        .inner_margin(12.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let _ = markdown.show(ui, ("definition", term_id), view.t(pack, &term.definition));
        });
    ui.add_space(8.0);
    ui.label(tr!(view.tr, "review-grade-prompt"));
    let params = &view.review.params;
    let now = view.review.now;
    ui.horizontal_wrapped(|ui| {
        for rating in Rating::ALL {
            let next = card.memory.map_or_else(
                || Memory::first(params, now, rating),
                |m| m.next(params, now, rating),
            );
            let grade = view.tr.t(match rating {
                Rating::Again => "review-again",
                Rating::Hard => "review-hard",
                Rating::Good => "review-good",
                Rating::Easy => "review-easy",
            });
            let text = tr!(
                view.tr,
                "review-grade",
                grade = grade,
                days = u64::try_from(next.scheduled_days).unwrap_or(1)
            );
            if ui.button(text).clicked() {
                actions.push(Action::ReviewCard {
                    pack: card.pack.clone(),
                    card: card.card.clone(),
                    rating,
                    answer: None,
                    correct: None,
                });
                session.next(true);
            }
        }
    });
    true
}
