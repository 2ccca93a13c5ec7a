//! Share: the link to what is on screen, copied to the clipboard at once. Where the
//! clipboard is missing or refused (a sandboxed frame, a page opened from disk in some
//! browsers) the link is selected in a read-only field for Ctrl+C.

use super::dialog::Modal;
use crate::app::page;
use crate::app::state::State;
use crate::app::state::{AppState, View};
use crate::i18n::{t, t0, use_lang, Lang};
use crate::links;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The link state of `s`; `with_time` keeps the playhead.
pub fn share_of(s: &AppState, with_time: bool) -> links::Share<'_> {
    links::Share {
        params: &s.run.params,
        preset: s.preset,
        t_s: if with_time { s.t_s } else { 0.0 },
        speed: (s.speed != crate::app::state::default_speed(s.trace())).then_some(s.speed),
        compare: s.view == View::Compare,
        compare_by: s.compare_by.as_ref(),
        exercises: (s.view == View::Exercises).then_some(&s.exercise),
        recording: s.recording.as_ref().and_then(|r| r.built_in),
        evacuate: s.evacuation_shown().map(|e| &e.link),
        lang: s.page.lang_chosen.then_some(s.page.lang),
    }
}

/// The query of the page's link: an open lesson's (its name and step; the step sets the
/// rest), else the state's. The address bar and Share write the same.
pub fn page_query(s: &AppState, with_time: bool) -> String {
    match s
        .lesson
        .as_ref()
        .map(crate::features::lesson::Progress::link_keys)
    {
        Some(keys) if !keys.is_empty() => links::write::with_lang(
            crate::features::lesson::link_query(&keys, s.page.presenting),
            s.page.lang_chosen.then_some(s.page.lang),
        ),
        _ => links::query(&share_of(s, with_time)),
    }
}

/// The whole address of a link to `s`.
pub fn share_link(s: &AppState, with_time: bool) -> String {
    format!("{}?{}", page::base_href(), page_query(s, with_time))
}

/// Copies `text` with the asynchronous clipboard API, and reports whether it took it.
/// When the API is missing or says no, `field` (an input or textarea showing the text)
/// is focused and selected, so Ctrl+C copies it.
pub fn copy(text: String, field: NodeRef, done: Callback<bool>) {
    let select = move || {
        if let Some(i) = field.cast::<HtmlInputElement>() {
            let _ = i.focus();
            i.select();
        } else if let Some(t) = field.cast::<HtmlTextAreaElement>() {
            let _ = t.focus();
            t.select();
        }
    };
    let promise = (|| {
        let w: wasm_bindgen::JsValue = crate::app::page::window()?.into();
        let nav = js_sys::Reflect::get(&w, &"navigator".into()).ok()?;
        let clip = js_sys::Reflect::get(&nav, &"clipboard".into()).ok()?;
        let write = js_sys::Reflect::get(&clip, &"writeText".into()).ok()?;
        let write = write.dyn_ref::<js_sys::Function>()?;
        write
            .call1(&clip, &text.into())
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    })();
    match promise {
        None => {
            select();
            done.emit(false);
        }
        Some(p) => wasm_bindgen_futures::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(p).await.is_ok();
            if !ok {
                select();
            }
            done.emit(ok);
        }),
    }
}

/// What a copy attempt tells the user, in the page's language: message `{area}-copied`
/// or `{area}-selected` (`share-copied`, `embed-selected`).
pub fn copy_status_in(copied: Option<bool>, lang: Lang, area: &str) -> String {
    match copied {
        None => String::new(),
        Some(ok) => t0(
            lang,
            &format!("{area}-{}", if ok { "copied" } else { "selected" }),
        ),
    }
}

/// What a copy attempt tells the user, in English (the lesson panel's, not yet translated).
pub fn copy_status(copied: Option<bool>, what: &str) -> String {
    match copied {
        None => String::new(),
        Some(true) => format!("{what} copied to the clipboard."),
        Some(false) => format!("{what} selected: press Ctrl+C (⌘C on a Mac) to copy it."),
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub state: State,
    pub onclose: Callback<()>,
}

#[component]
pub fn ShareDialog(props: &ShareProps) -> Html {
    let s = &props.state;
    let lang = use_lang();
    let with_time = use_state(|| s.t_s > 0.0);
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    let link = share_link(s, *with_time);
    {
        // The Share button's click is the go-ahead: copy at once.
        let (link, field, copied) = (link.clone(), field.clone(), copied.clone());
        use_effect_with((), move |_| {
            copy(link, field, Callback::from(move |ok| copied.set(Some(ok))));
        });
    }
    let copy_again = {
        let (link, field, copied) = (link.clone(), field.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy(
                link.clone(),
                field.clone(),
                Callback::from(move |ok| copied.set(Some(ok))),
            );
        })
    };
    let toggle_time = {
        let (with_time, copied) = (with_time.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            with_time.set(el.checked());
            copied.set(None);
        })
    };
    let close = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <Modal id="share" title={t0(lang, "share-title")} onclose={props.onclose.clone()}>
            <p class="dialog-lead">{ t0(lang, "share-lead") }</p>
            <label for="share-link">{ t0(lang, "share-link") }</label>
            <input id="share-link" ref={field} class="copy-field" type="text" readonly=true
                value={link} data-testid="share-link" />
            <div class="field check">
                <input type="checkbox" id="share-time" checked={*with_time} onchange={toggle_time}
                    data-testid="share-time" />
                <label for="share-time">{ t(lang, "share-time", &[("t", crate::picture::format::duration(s.t_s).into())]) }</label>
            </div>
            <p class="copy-status" role="status" data-testid="share-status">{ copy_status_in(*copied, lang, "share") }</p>
            <div class="dialog-buttons">
                <button type="button" class="primary" onclick={copy_again} data-testid="share-copy">{ t0(lang, "share-copy") }</button>
                <button type="button" onclick={close}>{ t0(lang, "dialog-done") }</button>
            </div>
        </Modal>
    }
}
