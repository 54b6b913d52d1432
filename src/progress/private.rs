//! What a learner writes for themselves: reflections (free-text answers)
//! and the notes of a self-assessment. They stay on the learner's laptop
//! unless the learner ticks "share my reflections" for an export; an
//! import leaves them out of any bundle that does not say it shares them
//! (bundles made before this rule included; docs/progress-format.md).

use super::bundle::Bundle;
use super::event::{Answer, Event, EventBody};
use super::store::Profile;

/// Whether `event` holds words the learner wrote for themselves.
pub fn is_private(event: &Event) -> bool {
    matches!(
        &event.body,
        EventBody::Answered {
            answer: Answer::Text { .. },
            ..
        } | EventBody::ItemNoted { .. }
    )
}

/// The bundle a learner exports: every event, reflections and notes only
/// when they chose to share them.
pub fn bundle_for_export(profile: Profile, events: Vec<Event>, share_reflections: bool) -> Bundle {
    let events = if share_reflections {
        events
    } else {
        events.into_iter().filter(|e| !is_private(e)).collect()
    };
    let mut bundle = Bundle::new(profile, events);
    bundle.reflections_shared = share_reflections;
    bundle
}

/// The events of a learner of this data folder that may leave it for an
/// institution's Learning Record Store: a learner imported here brought
/// only what they chose to share; a learner who uses this laptop keeps
/// their reflections and notes to themselves.
pub fn for_lrs(imported: bool, mut events: Vec<Event>) -> Vec<Event> {
    if !imported {
        events.retain(|e| !is_private(e));
    }
    events
}

/// The events of `bundle` an import takes, and how many private ones it
/// leaves out: all of them when the bundle shares reflections, else all
/// but reflections and notes. The indices keep each event's text as read.
pub fn importable(bundle: &Bundle) -> (Vec<usize>, usize) {
    let mut keep = Vec::with_capacity(bundle.events.len());
    let mut left_out = 0;
    for (i, event) in bundle.events.iter().enumerate() {
        if bundle.reflections_shared || !is_private(event) {
            keep.push(i);
        } else {
            left_out += 1;
        }
    }
    (keep, left_out)
}
