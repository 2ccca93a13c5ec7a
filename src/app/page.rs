//! The page around the simulation: what a link asked for, the theme, presentation mode,
//! the open dialog and the notice about a link's unusable values; and the effects that
//! keep the browser in step with them (the URL, `data-theme`, fullscreen, window keys).
//!
//! Every browser call here is allowed to fail: inside `<iframe sandbox="allow-scripts">`
//! storage and history throw, opened from `file://` some are missing. A failure leaves
//! the app as it was.

use crate::i18n::Lang;
use crate::links::{Embed, Ignored, Theme};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The dialogs; one is open at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Share,
    Embed,
    Export,
    Help,
}

/// Page state, kept in the app's reducer (`AppState::page`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// Presentation mode: large type, high contrast, secondary panels hidden.
    pub presenting: bool,
    pub dialog: Option<Dialog>,
    /// The theme chosen; `None` follows the system's `prefers-color-scheme`.
    pub theme: Option<Theme>,
    /// The page's language: a link's `lang=`, the menu's choice, else the browser's
    /// preferred one the app has, else English.
    pub lang: Lang,
    /// The language was chosen (a link or the menu), not taken from the browser: the
    /// page's links then carry `lang=`.
    pub lang_chosen: bool,
    /// A link's values that could not be used; empty once dismissed.
    pub notice: Vec<Ignored>,
    /// Set when the page is an embed (`?embed=1`): the compact layout.
    pub embed: Option<Embed>,
    /// Started from the page's own URL (not mounted by a test): keep the URL in step.
    pub linked: bool,
    /// Counts the navigations that add a browser history entry ("Show me" from a
    /// problem), so a phone's Back returns to where it was; every other change replaces
    /// the URL (`use_url_sync`).
    pub history_pushes: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PageAction {
    Present(bool),
    TogglePresent,
    Open(Option<Dialog>),
    Theme(Option<Theme>),
    /// The language menu's choice.
    Lang(Lang),
    DismissNotice,
    /// A link's value found unusable after the page opened (a packed lesson that does
    /// not unpack).
    Notice(Ignored),
}

impl Page {
    pub fn apply(&mut self, a: PageAction) {
        match a {
            PageAction::Present(on) => self.presenting = on,
            PageAction::TogglePresent => self.presenting = !self.presenting,
            PageAction::Open(d) => self.dialog = d,
            PageAction::Theme(t) => self.theme = t,
            PageAction::Lang(l) => (self.lang, self.lang_chosen) = (l, true),
            PageAction::DismissNotice => self.notice.clear(),
            PageAction::Notice(i) => self.notice.push(i),
        }
    }

    /// Next theme for the theme button: system → light → dark → system.
    pub fn next_theme(&self) -> Option<Theme> {
        match self.theme {
            None => Some(Theme::Light),
            Some(Theme::Light) => Some(Theme::Dark),
            Some(Theme::Dark) => None,
        }
    }
}

// --- Browser helpers -----------------------------------------------------------------

/// The browser window; `None` off wasm (the build-time prerender, native tests), where
/// any call into the browser would panic.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

thread_local! {
    static PRERENDERED_STAGE_WIDTH: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Measures the prerendered first screen's picture before the app replaces it (Yew clears
/// the page when it mounts). A link sets the prerender aside (assets/head.js) but only
/// hides it (`visibility: hidden`), so it is still laid out with the page's width: a
/// `lang=` or scenario link gets its picture's final size in the app's first frame, as
/// the plain page does (on a phone, the hosts stacked; without it, a Spanish page's
/// sliders moved 300 px once the stage measured itself). An embed lays the picture out
/// in its own frame, so it measures itself.
pub fn remember_prerender() {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if location_query().contains("embed=") {
        return;
    }
    if let Ok(Some(stage)) = doc.query_selector(".prerender .stage") {
        PRERENDERED_STAGE_WIDTH.with(|w| w.set(f64::from(stage.client_width())));
    }
}

/// The prerendered picture's width in CSS pixels (0 when there was none): the stage's
/// width until it measures itself, so the app's first frame keeps the picture's size.
pub fn prerendered_stage_width() -> f64 {
    PRERENDERED_STAGE_WIDTH.with(std::cell::Cell::get)
}

/// Says the app runs: `data-app="ready"` on `<html>`. Until then the page shows the
/// prerendered first screen (src/app/prerender.rs), its controls marked as starting; browser
/// tests wait for this before they touch anything (tests/e2e/helpers.ts).
pub fn mark_ready() {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// The page's query string, `?…` (empty when there is none).
pub fn location_query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without query or fragment: what links are built on. Works for
/// `http(s)://` and `file://` alike.
pub fn base_href() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_string()
}

const THEME_KEY: &str = "vm-migration-lab.theme";

fn storage() -> Option<web_sys::Storage> {
    // Throws inside a sandboxed iframe; `Err` here, never an exception.
    window()?.local_storage().ok().flatten()
}

/// The theme the user chose last time, if storage is available.
pub fn stored_theme() -> Option<Theme> {
    storage()?
        .get_item(THEME_KEY)
        .ok()
        .flatten()
        .and_then(|t| Theme::parse(&t))
}

fn store_theme(t: Option<Theme>) {
    if let Some(s) = storage() {
        let _ = match t {
            Some(t) => s.set_item(THEME_KEY, t.key()),
            None => s.remove_item(THEME_KEY),
        };
    }
}

fn prefers_dark() -> Option<web_sys::MediaQueryList> {
    window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// Calls a method that may return a promise, and swallows a rejection (fullscreen and
/// clipboard reject when the browser says no; an unhandled rejection would be logged).
pub fn call_quietly(target: &JsValue, method: &str, args: &js_sys::Array) {
    let Ok(f) = js_sys::Reflect::get(target, &JsValue::from_str(method)) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(ret) = f.apply(target, args) {
        if let Ok(p) = ret.dyn_into::<js_sys::Promise>() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    }
}

/// Is the system asking for dark colours? Follows changes while the page is open.
#[hook]
pub fn use_system_dark() -> bool {
    let dark = use_state(|| prefers_dark().is_some_and(|m| m.matches()));
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let mql = prefers_dark();
            let listener = mql.as_ref().map(|m| {
                let m2 = m.clone();
                let cb = Closure::<dyn Fn()>::new(move || dark.set(m2.matches()));
                let _ = m.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
                cb
            });
            move || {
                if let (Some(m), Some(cb)) = (mql, listener) {
                    let _ = m
                        .remove_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
                }
            }
        });
    }
    *dark
}

/// Keeps the browser in step with the page state: `data-theme` on `<html>` (and the
/// stored choice), presentation classes and fullscreen. Returns whether dark colours
/// are in force.
#[hook]
pub fn use_page_effects(page: &Page) -> bool {
    let system_dark = use_system_dark();
    let dark = match page.theme {
        Some(t) => t == Theme::Dark,
        None => system_dark,
    };
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    {
        let root = root.clone();
        use_effect_with(dark, move |&dark| {
            if let Some(r) = root {
                let _ = r.set_attribute("data-theme", if dark { "dark" } else { "light" });
            }
        });
    }
    {
        let (theme, linked, embed) = (page.theme, page.linked, page.embed.is_some());
        let first = use_mut_ref(|| true);
        use_effect_with(theme, move |&theme| {
            // Only a choice made here is remembered (not one a link brought, not the
            // first render), and never from an embed.
            let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
            if linked && !embed && !was_first {
                store_theme(theme);
            }
        });
    }
    {
        // `<html lang>` follows the page's language (screen readers, fonts, hyphens).
        let root = root.clone();
        use_effect_with(page.lang, move |lang| {
            if let Some(r) = root {
                let _ = r.set_attribute("lang", lang.key());
            }
        });
    }
    {
        let root = root.clone();
        use_effect_with(page.presenting, move |&on| {
            let document = window().and_then(|w| w.document());
            if let Some(r) = &root {
                let _ = if on {
                    r.class_list().add_1("presenting")
                } else {
                    r.class_list().remove_1("presenting")
                };
            }
            if let (Some(d), Some(r)) = (document, root) {
                // Fullscreen needs a recent click or key press; without one the browser
                // refuses, and presentation mode still applies.
                let full = d.fullscreen_element().is_some();
                if on && !full {
                    call_quietly(&r, "requestFullscreen", &js_sys::Array::new());
                } else if !on && full {
                    call_quietly(&d, "exitFullscreen", &js_sys::Array::new());
                }
            }
        });
    }
    dark
}

/// Keeps the URL's query equal to the state's link while the user works: at most one
/// `history.replaceState` per 400 ms (the latest state wins), no new history entry;
/// except when `pushes` (`Page::history_pushes`) moves on: then the entry being left
/// gets the query it showed and the new query is a new entry, at once.
#[hook]
pub fn use_url_sync(query: Option<String>, pushes: u32) {
    struct Sync {
        latest: String,
        pending: Option<gloo_timers::callback::Timeout>,
        pushes: u32,
    }
    let sync = use_mut_ref(|| Sync {
        latest: String::new(),
        pending: None,
        pushes,
    });
    use_effect_with((query, pushes), move |(query, pushes)| {
        let Some(q) = query else { return };
        let mut s = sync.borrow_mut();
        if *pushes != s.pushes {
            s.pushes = *pushes;
            // Dropping the timer cancels a pending replace.
            s.pending = None;
            let left = std::mem::replace(&mut s.latest, q.clone());
            if !left.is_empty() {
                replace_query(&left);
            }
            push_query(q);
            return;
        }
        s.latest = q.clone();
        if s.pending.is_none() {
            let sync2 = sync.clone();
            s.pending = Some(gloo_timers::callback::Timeout::new(400, move || {
                let q = {
                    let mut s = sync2.borrow_mut();
                    s.pending = None;
                    s.latest.clone()
                };
                replace_query(&q);
            }));
        }
    });
}

/// `?q`, or nothing for an empty query.
fn search(q: &str) -> String {
    if q.is_empty() {
        String::new()
    } else {
        format!("?{q}")
    }
}

fn replace_query(q: &str) {
    let Some(w) = window() else { return };
    let current = w.location().search().unwrap_or_default();
    let want = search(q);
    if current == want {
        return;
    }
    let hash = w.location().hash().unwrap_or_default();
    let path = w.location().pathname().unwrap_or_default();
    if let Ok(h) = w.history() {
        // A sandboxed or file:// page may refuse: the link still works from Share.
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{want}{hash}")));
    }
}

/// A new history entry for `q` (Back returns to the one before).
fn push_query(q: &str) {
    let Some(w) = window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    let path = w.location().pathname().unwrap_or_default();
    if let Ok(h) = w.history() {
        let _ = h.push_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{}{hash}", search(q))),
        );
    }
}

/// Calls `handler` with the page's query when Back or Forward moves to another entry of
/// this page's history (`popstate`). The handler is the latest one given.
#[hook]
pub fn use_history_moves(handler: Callback<String>) {
    let latest = use_mut_ref(|| handler.clone());
    *latest.borrow_mut() = handler;
    use_effect_with((), move |_| {
        let cb = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
            let h: Callback<String> = latest.borrow().clone();
            h.emit(location_query());
        });
        let w = window();
        if let Some(w) = &w {
            let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = w {
                let _ =
                    w.remove_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
            }
        }
    });
}

/// Listens for keys on the whole window (a presenter's remote sends them with nothing
/// focused), and hands those meant for this app to `handler`: keys on `<body>` or inside
/// `root`. The handler is the latest one given; the listener is added once.
#[hook]
pub fn use_window_keys(root: NodeRef, handler: Callback<KeyboardEvent>) {
    let latest = use_mut_ref(|| handler.clone());
    *latest.borrow_mut() = handler;
    use_effect_with((), move |_| {
        let cb = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let ours = match (&target, root.get()) {
                (Some(t), Some(r)) => {
                    r.contains(Some(t))
                        || t.node_name().eq_ignore_ascii_case("body")
                        || t.node_name().eq_ignore_ascii_case("html")
                        || t.node_type() == web_sys::Node::DOCUMENT_NODE
                }
                _ => false,
            };
            if ours {
                let h: Callback<KeyboardEvent> = latest.borrow().clone();
                h.emit(e);
            }
        });
        let w = window();
        if let Some(w) = &w {
            let _ = w.add_event_listener_with_callback("keydown", cb.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = w {
                let _ =
                    w.remove_event_listener_with_callback("keydown", cb.as_ref().unchecked_ref());
            }
        }
    });
}

/// Is the event's target a place where typing goes (or inside an open dialog)?
pub fn typing_target(e: &KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "select" | "textarea")
        || el
            .closest("[contenteditable], dialog")
            .ok()
            .flatten()
            .is_some()
}
