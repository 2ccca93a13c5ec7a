//! Keys for the lecture hall. A presenter's clicker sends PageDown/PageUp, the arrows,
//! `.` and `B`; a keyboard user Tabs into sliders and menus and expects their standard
//! keys (ARIA slider and listbox patterns). Both are served by remembering how focus
//! came to a control:
//! - focus given by the pointer (a click or touch on a slider, the scenario menu, a
//!   button, a chart): the next clicker key steps the lecture and changes no control;
//!   the control loses focus, so later keys do the same;
//! - focus given by Tab (or a script): the control keeps its keys; clicker keys reach the lecture
//!   once focus is back on the page (Esc from a dialog, or a click on the page).
//!
//! [`shortcuts`] maps keys with nothing (or the page) focused; [`use_clicker_keys`]
//! takes the clicker's keys first, in the capture phase, after a pointer touch.

use crate::app::page;
use crate::app::state::{Action, AppState, Direction};
use migration_model::MigrationType;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a clicker key does to the lecture: step events (arrows), step phases
/// (PageDown/PageUp), play or pause (`.` and `B`, the "blank screen" key).
pub fn clicker_action(key: &str) -> Option<Action> {
    match key {
        "PageDown" => Some(Action::StepPhase(Direction::Next)),
        "PageUp" => Some(Action::StepPhase(Direction::Previous)),
        "ArrowRight" | "ArrowDown" => Some(Action::StepNext),
        "ArrowLeft" | "ArrowUp" => Some(Action::StepPrev),
        "." | "b" | "B" => Some(Action::TogglePlay),
        _ => None,
    }
}

/// The page's state the shortcuts depend on.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyContext {
    pub presenting: bool,
    /// A scenario is applied (its story card can be shown).
    pub has_story: bool,
    pub story_open: bool,
    /// A lesson is open: PageDown/PageUp step it (the reducer turns a phase step into a
    /// lesson step), also from a question's own choices and sliders.
    pub lesson_open: bool,
}

/// Keyboard shortcuts: space, `.` and `B` play/pause, arrows step events,
/// PageDown/PageUp step phases and then scenarios, number keys pick the type, `p`
/// presents, `s` shows or hides the story, Esc closes the story card and then leaves
/// presentation mode, `?` lists them (components/help.rs). Never while typing in a field
/// or inside a dialog; arrows stay with a focused widget (slider, chart, timeline).
pub fn shortcuts(
    dispatch: UseReducerDispatcher<AppState>,
    cx: KeyContext,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let tag = target.as_ref().map(|t| t.tag_name().to_ascii_lowercase());
        let in_field = page::typing_target(&e);
        let on_widget = in_field
            || target
                .as_ref()
                .is_some_and(|t| t.get_attribute("role").is_some());
        let key = e.key();
        // In a lesson a clicker pages through it even from an answer's radio or slider;
        // only a field that takes text keeps PageDown/PageUp.
        let pages_held = if cx.lesson_open {
            crate::features::lesson::view::keeps_page_keys(&e)
        } else {
            in_field
        };
        let action = match key.as_str() {
            // Space on a button presses it; `.` and B (a clicker's "blank" key) never do.
            " " if !in_field && tag.as_deref() != Some("button") => Some(Action::TogglePlay),
            "." | "b" | "B" if !in_field => Some(Action::TogglePlay),
            "ArrowRight" if !on_widget => Some(Action::StepNext),
            "ArrowLeft" if !on_widget => Some(Action::StepPrev),
            "PageDown" if !pages_held => Some(Action::StepPhase(Direction::Next)),
            "PageUp" if !pages_held => Some(Action::StepPhase(Direction::Previous)),
            "?" if !in_field => Some(Action::Page(page::PageAction::Open(Some(
                page::Dialog::Help,
            )))),
            "p" | "P" if !in_field => Some(Action::Page(page::PageAction::TogglePresent)),
            "s" | "S" if !in_field && cx.has_story => Some(Action::ShowStory(!cx.story_open)),
            "Escape" if cx.story_open && !in_field => Some(Action::ShowStory(false)),
            "Escape" if cx.presenting && !in_field => {
                Some(Action::Page(page::PageAction::Present(false)))
            }
            k if !in_field && k.len() == 1 => k
                .parse::<usize>()
                .ok()
                .and_then(|n| MigrationType::ALL.get(n.wrapping_sub(1)).copied())
                .map(Action::SetType),
            _ => None,
        };
        if let Some(a) = action {
            e.prevent_default();
            dispatch.dispatch(a);
        }
    })
}

/// Is this element a control the pointer may have left focused (and a clicker key must
/// not change)? Fields that take text are not: there `.` and `B` are typing.
fn pointer_held_control(el: &web_sys::Element) -> bool {
    if el.closest("dialog").ok().flatten().is_some() {
        return false;
    }
    let tag = el.tag_name().to_ascii_lowercase();
    match tag.as_str() {
        "input" => matches!(
            el.get_attribute("type").as_deref(),
            Some("range" | "checkbox" | "radio" | "button")
        ),
        "select" | "button" | "a" | "summary" => true,
        "textarea" => false,
        _ => el.get_attribute("tabindex").is_some() || el.get_attribute("role").is_some(),
    }
}

/// The app's letter keys (Space, P, S, ?, the digits) after a pointer choice in a menu:
/// the menu would keep them (Space opens it, letters jump to an option), so the menu
/// lets go of focus and the key goes to the page's shortcuts instead. Returns whether it
/// took the key. A menu reached with Tab keeps its keys (it never gets here).
fn menu_letter(e: &web_sys::KeyboardEvent) -> bool {
    let key = e.key();
    let app_key = matches!(key.as_str(), " " | "p" | "P" | "s" | "S" | "?")
        || (key.len() == 1 && key.chars().all(|c| c.is_ascii_digit()));
    let Some(select) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
    else {
        return false;
    };
    if !app_key || !pointer_held_control(&select) {
        return false;
    }
    e.prevent_default();
    e.stop_propagation();
    let _ = select.blur();
    // The same key again, from the page itself, for `shortcuts`.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(&key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let body = page::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body());
    if let (Some(body), Ok(again)) = (
        body,
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init),
    ) {
        let _ = body.dispatch_event(&again);
    }
    true
}

/// After a pointer touch on a control, the clicker's keys step the lecture: they are
/// taken in the capture phase (before the control or its own handlers see them), the
/// control is blurred, and the lecture action dispatched. A control focused any other
/// way (Tab, a script) keeps its keys.
#[hook]
pub fn use_clicker_keys(dispatch: UseReducerDispatcher<AppState>) {
    use std::cell::RefCell;
    use_effect_with((), move |_| {
        // The node the pointer last went down on, until focus lands (on it or on the
        // control around it).
        let pressed: Rc<RefCell<Option<web_sys::Node>>> = Rc::new(RefCell::new(None));
        // The focused control got its focus from the pointer.
        let by_pointer = Rc::new(Cell::new(false));
        let on_pointer = {
            let pressed = pressed.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                *pressed.borrow_mut() = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            })
        };
        let on_focus = {
            let (pressed, by_pointer) = (pressed.clone(), by_pointer.clone());
            Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                let focused = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                let touched = pressed.borrow_mut().take();
                by_pointer.set(match (touched, focused) {
                    (Some(t), Some(f)) => t == f || f.contains(Some(&t)) || t.contains(Some(&f)),
                    _ => false,
                });
            })
        };
        let on_key = {
            let by_pointer = by_pointer.clone();
            Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                if e.key() == "Tab" {
                    pressed.borrow_mut().take();
                    return;
                }
                if !by_pointer.get() || e.ctrl_key() || e.alt_key() || e.meta_key() {
                    return;
                }
                if menu_letter(&e) {
                    by_pointer.set(false);
                    return;
                }
                let Some(action) = clicker_action(&e.key()) else {
                    return;
                };
                let Some(el) = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                else {
                    return;
                };
                if !pointer_held_control(&el) {
                    return;
                }
                e.prevent_default();
                e.stop_propagation();
                by_pointer.set(false);
                let _ = el.blur();
                dispatch.dispatch(action);
            })
        };
        let w = page::window();
        let listeners: [(&str, &js_sys::Function); 3] = [
            ("pointerdown", on_pointer.as_ref().unchecked_ref()),
            ("focusin", on_focus.as_ref().unchecked_ref()),
            ("keydown", on_key.as_ref().unchecked_ref()),
        ];
        if let Some(w) = &w {
            for (name, f) in listeners {
                let _ = w.add_event_listener_with_callback_and_bool(name, f, true);
            }
        }
        move || {
            if let Some(w) = w {
                let listeners: [(&str, &js_sys::Function); 3] = [
                    ("pointerdown", on_pointer.as_ref().unchecked_ref()),
                    ("focusin", on_focus.as_ref().unchecked_ref()),
                    ("keydown", on_key.as_ref().unchecked_ref()),
                ];
                for (name, f) in listeners {
                    let _ = w.remove_event_listener_with_callback_and_bool(name, f, true);
                }
            }
        }
    });
}
