//! Playback: one `Tick` per animation frame while playing, held while the tab is hidden.

use super::page;
use super::state::{Action, AppState};
use yew::prelude::*;

pub fn prefers_reduced_motion() -> bool {
    crate::app::page::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The tab is in the background (`document.hidden`).
fn page_hidden() -> bool {
    page::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Drives playback while `playing`: one `Tick` per animation frame. The frame handle is
/// owned by the effect and dropped (cancelling the loop) when playback stops.
#[hook]
pub fn use_playback(playing: bool, dispatch: UseReducerDispatcher<AppState>) {
    use gloo_render::{request_animation_frame, AnimationFrame};
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    fn schedule(
        slot: Rc<RefCell<Option<AnimationFrame>>>,
        last: Rc<Cell<Option<f64>>>,
        dispatch: UseReducerDispatcher<AppState>,
    ) {
        let again = slot.clone();
        let frame = request_animation_frame(move |now_ms| {
            if page_hidden() {
                // A hidden tab holds the playhead: it resumes where it was when the
                // lecturer comes back, however long the tab was away.
                last.set(None);
            } else {
                if let Some(prev) = last.get() {
                    // A stalled page (a frozen tab, a debugger) never jumps more than 100 ms.
                    let real_s = ((now_ms - prev) / 1000.0).clamp(0.0, 0.1);
                    dispatch.dispatch(Action::Tick { real_s });
                }
                last.set(Some(now_ms));
            }
            schedule(again, last, dispatch);
        });
        *slot.borrow_mut() = Some(frame);
    }

    use_effect_with(playing, move |&playing| {
        let slot: Rc<RefCell<Option<AnimationFrame>>> = Rc::new(RefCell::new(None));
        if playing {
            schedule(slot.clone(), Rc::new(Cell::new(None)), dispatch);
        }
        move || {
            slot.borrow_mut().take();
        }
    });
}
