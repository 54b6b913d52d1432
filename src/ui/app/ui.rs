//! Drawing: the `eframe::App` impl (logic before each frame, the screen
//! of the route, then the actions applied), the banners and the guard
//! against closing with answers unsaved.

use crate::content;
use crate::i18n::I18n;
use crate::progress::Progress;
use crate::progress::store::WriteProblem;
use crate::tr;
use crate::ui::view::{Action, View};
use crate::ui::{
    assessment, dashboard, glossary, home, player, presenter, profiles, results, review, search,
    settings, summary, theme,
};

use super::{PuenteApp, Route};

impl PuenteApp {
    fn banners(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &self.i18n();
        let pending = self.pending();
        if let Some(learner) = &self.learner
            && let Some((problem, detail)) = &learner.write_problem
            && pending > 0
        {
            let what = match problem {
                WriteProblem::ReadOnly => tr!(tr, "write-read-only"),
                WriteProblem::Full => tr!(tr, "write-full"),
                WriteProblem::InUse => tr!(tr, "write-in-use"),
                WriteProblem::Other => tr!(tr, "write-other"),
            };
            egui::Frame::new()
                .fill(theme::alarm_fill(ui.visuals()))
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(egui::RichText::new(what).strong());
                    ui.label(tr!(tr, "pending-answers", count = pending));
                    ui.label(egui::RichText::new(detail.render(tr)).small());
                    if ui.button(tr!(tr, "try-saving-now")).clicked() {
                        actions.push(Action::RetrySaving);
                    }
                });
        }
        if !self.messages.is_empty() {
            egui::Frame::new()
                .fill(theme::note_fill(ui.visuals()))
                .inner_margin(10.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for message in &self.messages {
                        ui.label(message.render(tr));
                    }
                    if ui.button(tr!(tr, "dismiss")).clicked() {
                        actions.push(Action::DismissMessages);
                    }
                });
        }
    }

    /// Where the file just saved is, at the bottom of the window: the page
    /// above keeps its place under the pointer.
    fn saved_banner(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(saved) = &self.saved else { return };
        let tr = &self.i18n();
        let path = saved.path.display().to_string();
        egui::Frame::new()
            .fill(theme::note_fill(ui.visuals()))
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                if saved.without_dialog {
                    ui.label(tr!(tr, "file-saved-without-dialog", path = path));
                } else {
                    ui.label(tr!(tr, "file-saved", path = path));
                }
                ui.horizontal(|ui| {
                    if ui.button(tr!(tr, "open-saved-folder")).clicked() {
                        actions.push(Action::OpenSavedFolder);
                    }
                    if ui.button(tr!(tr, "dismiss-saved")).clicked() {
                        actions.push(Action::DismissSaved);
                    }
                });
            });
    }

    /// What live preview shows: which packs are watched and, while their
    /// files have errors, each at file:line:col.
    fn watch_panel(&self, ui: &mut egui::Ui) {
        let tr = &self.i18n();
        for watched in &self.watching.packs {
            let path = watched.path.display().to_string();
            if watched.errors.is_empty() {
                ui.label(egui::RichText::new(tr!(tr, "watch-on", path = path.as_str())).small());
                continue;
            }
            egui::Frame::new()
                .fill(theme::alarm_fill(ui.visuals()))
                .inner_margin(8.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        egui::RichText::new(tr!(
                            tr,
                            "watch-errors",
                            path = path.as_str(),
                            errors = watched.errors.len()
                        ))
                        .strong(),
                    );
                    egui::ScrollArea::vertical()
                        .id_salt(("watch-errors", &path))
                        .max_height(160.0)
                        .show(ui, |ui| {
                            for d in &watched.errors {
                                ui.label(egui::RichText::new(d.display_in(tr)).monospace());
                            }
                        });
                });
        }
    }

    fn close_guard(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &self.i18n();
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested())
            && self.pending() > 0
            && !self.confirm_close
        {
            self.retry_saving();
            if self.pending() > 0 {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.confirm_close = true;
            }
        }
        if !self.confirm_close {
            return;
        }
        egui::Modal::new(egui::Id::unique("confirm-close")).show(&ctx, |ui| {
            ui.set_max_width(460.0_f32.min(ui.available_width()));
            ui.heading(tr!(tr, "answers-not-saved"));
            ui.label(tr!(tr, "answers-not-saved-detail", count = self.pending()));
            ui.horizontal(|ui| {
                if ui.button(tr!(tr, "try-saving-now")).clicked() {
                    actions.push(Action::RetrySaving);
                }
                if ui.button(tr!(tr, "keep-open")).clicked() {
                    actions.push(Action::CloseAnyway);
                }
                if ui.button(tr!(tr, "close-and-lose")).clicked() {
                    self.confirm_close = false;
                    if let Some(learner) = self.learner.as_mut() {
                        learner.write_problem = None;
                    }
                    self.learner = None;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
        });
    }
}

impl eframe::App for PuenteApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // Ctrl +/- (egui's own shortcut) changed the zoom since we set it:
        // keep it in the profile.
        let zoom_now = ctx.zoom_factor();
        if !self.display_changed
            && self.learner.is_some()
            && self
                .applied_zoom
                .is_some_and(|z| (zoom_now - z).abs() > 0.01)
        {
            self.applied_zoom = Some(zoom_now);
            self.change_display(|d| d.zoom = zoom_now);
        }
        if std::mem::take(&mut self.display_changed) {
            let display = self
                .learner
                .as_ref()
                .map(|l| l.session.profile.display)
                .unwrap_or_default();
            theme::apply_display(ctx, &display);
            self.applied_zoom = Some(display.zoom.clamp(theme::MIN_ZOOM, theme::MAX_ZOOM));
        }
        if std::mem::take(&mut self.open_data_folder)
            && let Err(e) = crate::places::open_folder(&self.data_dir)
        {
            self.messages.push(crate::msg!(
                "folder-not-opened",
                path = self.data_dir.display().to_string(),
                error = crate::i18n::msg::io_msg(&e)
            ));
        }
        self.poll_pack_task(ctx);
        self.poll_watched(ctx);
        self.poll_export_task(ctx);
        self.poll_workshop_task(ctx);
        self.poll_index_task(ctx);
        self.save_in_time(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.measure.frame(ui.ctx());
        let mut actions = Vec::new();
        egui::Panel::top("banners")
            .show_separator_line(false)
            .show(ui, |ui| {
                self.banners(ui, &mut actions);
            });
        if self.saved.is_some() {
            egui::Panel::bottom("saved")
                .show_separator_line(false)
                .show(ui, |ui| self.saved_banner(ui, &mut actions));
        }
        self.refresh_review();
        if matches!(self.route, Route::Search(_) | Route::Glossary(_)) {
            self.ensure_finder();
        }
        if !self.watching.packs.is_empty() {
            egui::Panel::bottom("watching").show(ui, |ui| self.watch_panel(ui));
        }
        let lang = self.language();
        let i18n = I18n::new(&lang);
        let finder_key = self.finder_key();
        let finder = self.finder.as_ref().filter(|f| f.key == finder_key);
        let empty = Progress::default();
        let progress = self.learner.as_ref().map_or(&empty, |l| &l.progress);
        let view = View {
            library: &self.library,
            progress,
            lang: &lang,
            tr: &i18n,
            review: &self.review.view,
        };
        // The window's name, for screen readers: the same as its title.
        ui.ctx()
            .accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label("Puente"));
        // Each page under its own id: a new page opens at its top instead
        // of at the scroll position of the one before.
        // Esc closes an open drop-down, which drawing does: remember it.
        let popup_open = egui::Popup::is_any_open(ui.ctx());
        let page = self.route.page_key();
        let outer = ui;
        let ui = &mut outer.new_child(
            egui::UiBuilder::new()
                .id_salt(page)
                .max_rect(outer.available_rect_before_wrap()),
        );
        match &mut self.route {
            Route::Profiles(state) => profiles::profiles_ui(ui, &view, state, &mut actions),
            Route::Home(state) => {
                let name = self
                    .learner
                    .as_ref()
                    .map(|l| l.session.profile.name.as_str())
                    .unwrap_or_default();
                // A refused pack concerns whoever tried to open it; warnings
                // of the packs that opened are for authors.
                state.show_problems = self.author || self.library.errors().next().is_some();
                home::home_ui(
                    ui,
                    &view,
                    name,
                    self.tasks.pack.running().is_some(),
                    state,
                    &mut actions,
                );
            }
            Route::Module(state) => {
                player::player_ui(ui, &view, state, &mut self.markdown, &mut actions)
            }
            Route::Assess(state) => assessment::assess_ui(ui, &view, state, &mut actions),
            Route::Settings => {
                let display = self
                    .learner
                    .as_ref()
                    .map(|l| l.session.profile.display)
                    .unwrap_or_default();
                let group = self
                    .learner
                    .as_ref()
                    .map(|l| l.session.profile.group.as_str())
                    .unwrap_or_default();
                let packs = self.pack_rows();
                let busy = self.tasks.pack.running().is_some();
                settings::settings_ui(
                    ui,
                    &view,
                    display,
                    group,
                    &crate::ui::view::Places {
                        data_dir: &self.data_dir,
                        shared: self.shared,
                        packs: &packs,
                        busy,
                    },
                    &mut actions,
                );
            }
            Route::Results(run) => {
                results::results_ui(ui, &view, *run, self.exporting(), &mut actions);
            }
            Route::Summary { pack, module } => {
                summary::summary_ui(ui, &view, pack, module, &mut actions)
            }
            Route::Workshop => {
                let exporting = self
                    .tasks
                    .export
                    .running()
                    .map(|t| (t.label.as_str(), &*t.progress));
                let running = self.tasks.workshop.running().map(|t| &*t.progress);
                dashboard::workshop_ui(
                    ui,
                    &view,
                    &mut self.workshop,
                    running,
                    exporting,
                    &mut actions,
                );
            }
            Route::Presenter(state) => {
                presenter::presenter_ui(ui, &view, state, &self.workshop.dashboard, &mut actions)
            }
            Route::Search(state) => {
                search::search_ui(ui, &view, state, finder.map(|f| &f.search), &mut actions)
            }
            Route::Glossary(state) => {
                glossary::glossary_ui(ui, &view, state, finder.map(|f| &f.glossary), &mut actions)
            }
            Route::Review(state) => {
                review::review_ui(ui, &view, state, &mut self.markdown, &mut actions);
            }
        }
        // Ctrl+F searches, Ctrl+G opens the glossary, from any screen of
        // an open profile.
        if actions.is_empty()
            && self.learner.is_some()
            && !matches!(self.route, Route::Profiles(_) | Route::Search(_))
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::F))
        {
            actions.push(Action::ShowSearch);
        }
        if actions.is_empty()
            && self.learner.is_some()
            && !matches!(self.route, Route::Profiles(_) | Route::Glossary(_))
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::G))
        {
            actions.push(Action::ShowGlossary { term: None });
        }
        // Esc goes back to the home screen (the player handles its own, to
        // save a reflection first).
        if actions.is_empty()
            && matches!(
                self.route,
                Route::Summary { .. }
                    | Route::Assess(_)
                    | Route::Results(_)
                    | Route::Settings
                    | Route::Search(_)
                    | Route::Review(_)
            )
            && !ui.ctx().egui_wants_keyboard_input()
            && !popup_open
            && ui.input(|i| i.key_pressed(egui::Key::Escape))
        {
            actions.push(Action::Home);
        }
        focus_ring(ui.ctx());
        self.close_guard(ui, &mut actions);
        for action in actions {
            self.apply(action);
        }
        // Whatever a pack holds, only web addresses reach the browser: a
        // `file:`, `smb:` or `javascript:` link is never handed to the
        // system (the checker refuses such packs; this is the backstop).
        ui.ctx().output_mut(|o| {
            o.commands.retain(|c| match c {
                egui::OutputCommand::OpenUrl(open) => content::opens_in_browser(&open.url),
                _ => true,
            });
        });
    }
}

/// A ring around the control that has the keyboard, whatever it is (a
/// button, a module's title on the home screen, a field, a drop-down):
/// egui's own sign of focus is as faint as hovering.
fn focus_ring(ctx: &egui::Context) {
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    let visuals = ctx.global_style().visuals.clone();
    let stroke = egui::Stroke::new(2.5, theme::focus(&visuals));
    ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("focus-ring"),
    ))
    .rect_stroke(
        response.rect.expand(3.0),
        4.0,
        stroke,
        egui::StrokeKind::Outside,
    );
}
