//! Screens with side panels whose centre Tab reaches first.
//!
//! egui moves the keyboard in the order widgets are drawn, and a panel
//! must take its side before the centre is laid out, so a list of steps on
//! the left came before the exercise: 21 Tabs to the first drop-down of a
//! 15-step module. Here the panels' room is reserved first, from their
//! sizes in the last frame; the centre is drawn in what is left; then the
//! panels are drawn, and their sizes kept for the next frame.

/// The room the panels of a screen took.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    pub left: f32,
    /// A right panel's width (kept while none is open, for the next one).
    pub right: f32,
    pub bottom: f32,
}

impl Default for Sizes {
    /// Near the panels' first sizes, so the first frame is close.
    fn default() -> Self {
        Self {
            left: 250.0,
            right: 280.0,
            bottom: 44.0,
        }
    }
}

/// The list on the left of a screen (a module's steps, a checklist's
/// dimensions): resizable, scrolled; the width it took.
pub fn left_list(ui: &mut egui::Ui, id: &'static str, add: impl FnOnce(&mut egui::Ui)) -> f32 {
    egui::Panel::left(id)
        .resizable(true)
        .default_size(Sizes::default().left)
        .min_size(160.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(8.0);
                add(ui);
            });
        })
        .response
        .rect
        .width()
}

/// The panels' room reserved for this frame.
pub struct Reserved {
    id: egui::Id,
    pub sizes: Sizes,
}

/// Reserve the room of the panels of the screen `name` (a right panel only
/// when `right_open`), and give the `Ui` of the centre, to be drawn first.
pub fn centre_first(ui: &mut egui::Ui, name: &str, right_open: bool) -> (Reserved, egui::Ui) {
    let id = egui::Id::unique(("panel-sizes", name));
    let sizes: Sizes = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let room = ui.available_rect_before_wrap();
    let right = if right_open { sizes.right } else { 0.0 };
    let centre = egui::Rect::from_min_max(
        egui::pos2((room.min.x + sizes.left).min(room.max.x), room.min.y),
        egui::pos2(
            (room.max.x - right).max(room.min.x),
            (room.max.y - sizes.bottom).max(room.min.y),
        ),
    );
    let centre_ui = ui.new_child(
        egui::UiBuilder::new()
            .id_salt((name, "centre"))
            .max_rect(centre)
            .layout(*ui.layout()),
    );
    (Reserved { id, sizes }, centre_ui)
}

impl Reserved {
    /// Keep the sizes the panels took; when they differ from the room
    /// reserved (the first frame, a panel resized), lay out again at once.
    pub fn keep(self, ui: &egui::Ui, shown: Sizes) {
        if shown != self.sizes {
            ui.data_mut(|d| d.insert_temp(self.id, shown));
            ui.ctx().request_repaint();
        }
    }
}
