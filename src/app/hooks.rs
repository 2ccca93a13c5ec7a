//! The app's own hooks: the type row kept in view, a linked recording fetched, the
//! recording controls' callbacks.

use super::state::{Action, AppState};
use crate::features::replay::view as replay_view;
use crate::links;
use migration_model::MigrationType;
use std::rc::Rc;
use yew::prelude::*;

/// On a phone the migration types are one row that scrolls sideways (styles/lecture.css):
/// keep the selected one in view when it changes (a link, a number key, a lesson).
#[hook]
pub fn use_selected_type_in_view(row: NodeRef, ty: MigrationType) {
    use wasm_bindgen::JsCast;
    use_effect_with(ty, move |_| {
        let Some(row) = row.cast::<web_sys::HtmlElement>() else {
            return;
        };
        let selected = row
            .query_selector(".selected")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(b) = selected {
            let (left, right) = (b.offset_left(), b.offset_left() + b.offset_width());
            let (view_left, view_w) = (row.scroll_left(), row.client_width());
            if left < view_left {
                row.set_scroll_left(left);
            } else if right > view_left + view_w {
                row.set_scroll_left(right - view_w);
            }
        }
    });
}

/// A link's built-in recording (`rec=`), fetched once when the page opens and shown beside
/// the link's own parameters; a failed fetch is the usual message, the page as it was.
#[hook]
pub fn use_linked_recording(link: Option<Rc<links::Link>>, d: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        if let Some(id) = link.and_then(|l| l.recording) {
            replay_view::fetch_built_in(id, d, true);
        }
    });
}

/// What the recording controls do: open a built-in one, dismiss a failure, close it,
/// switch what the picture plays. (A file is opened by `components::recording_opener`.)
pub struct RecordingCallbacks {
    pub built_in: Callback<&'static str>,
    pub dismiss: Callback<()>,
    pub close: Callback<()>,
    /// The picture plays the recording (`true`) or the model.
    pub picture: Callback<bool>,
}

pub fn recording_callbacks(d: UseReducerDispatcher<AppState>) -> RecordingCallbacks {
    let built_in = {
        let d = d.clone();
        Callback::from(move |id: &'static str| replay_view::fetch_built_in(id, d.clone(), false))
    };
    let dismiss = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::RecordingError(None)))
    };
    let close = {
        let d = d.clone();
        Callback::from(move |()| d.dispatch(Action::CloseRecording))
    };
    let picture = Callback::from(move |on| d.dispatch(Action::PictureReal(on)));
    RecordingCallbacks {
        picture,
        built_in,
        dismiss,
        close,
    }
}

/// A lesson packed into the link (`lesson=~…`) is unpacked once the app runs
/// (`features::lesson::view::open_packed`); a link without one runs no lesson code.
#[hook]
pub fn use_packed_lesson(link: Option<Rc<links::Link>>, d: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |()| {
        let Some(link) = link else { return };
        let packed = link.lesson.as_ref().and_then(|l| match &l.name {
            links::LessonName::Packed(code) => Some(code.clone()),
            links::LessonName::BuiltIn(_) => None,
        });
        if let Some(code) = packed {
            crate::features::lesson::view::open_packed(link, code, d);
        }
    });
}
