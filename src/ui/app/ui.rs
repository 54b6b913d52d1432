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
    assessment, dashboard, home, player, presenter, profiles, results, search, settings, summary,
    theme,
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
            ui.set_max_width(460.0);
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
        if std::mem::take(&mut self.open_data_folder) {
            ctx.open_url(egui::OpenUrl::new_tab(format!(
                "file://{}",
                self.data_dir.display()
            )));
        }
        self.poll_pack_task(ctx);
        self.poll_export_task(ctx);
        self.poll_workshop_task(ctx);
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
        let lang = self.language();
        let i18n = I18n::new(&lang);
        let empty = Progress::default();
        let progress = self.learner.as_ref().map_or(&empty, |l| &l.progress);
        let view = View {
            library: &self.library,
            progress,
            lang: &lang,
            tr: &i18n,
        };
        match &mut self.route {
            Route::Profiles(state) => profiles::profiles_ui(ui, &view, state, &mut actions),
            Route::Home(state) => {
                let name = self
                    .learner
                    .as_ref()
                    .map(|l| l.session.profile.name.as_str())
                    .unwrap_or_default();
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
                settings::settings_ui(
                    ui,
                    &view,
                    display,
                    group,
                    &self.data_dir,
                    self.shared,
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
            Route::Search(state) => match &self.search_index {
                Some((_, index)) => search::search_ui(ui, &view, state, index, &mut actions),
                None => actions.push(Action::ShowSearch),
            },
        }
        // Ctrl+F searches from any screen of an open profile.
        if actions.is_empty()
            && self.learner.is_some()
            && !matches!(self.route, Route::Profiles(_) | Route::Search(_))
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::F))
        {
            actions.push(Action::ShowSearch);
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
            )
            && !ui.ctx().egui_wants_keyboard_input()
            && ui.input(|i| i.key_pressed(egui::Key::Escape))
        {
            actions.push(Action::Home);
        }
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
