//! The header's tools for lecturers and course authors: Share, Embed, Export, Present,
//! the theme and the shortcut list; and the dialogs they open. Plain functions of the
//! state: no hooks, so no component (each costs wasm size).

use super::dialog::Modal;
use super::embed_dialog::EmbedDialog;
use super::help::help_dialog;
use super::presentation::present_button;
use super::share::ShareDialog;
use crate::app::page::{Dialog, PageAction};
use crate::app::state::Action;
use crate::app::state::State;
use crate::features::export::{self, Export};
use crate::features::lesson;
use crate::i18n::{t, t0, Lang};
use crate::links::Theme;
use yew::prelude::*;

/// The lesson menu in the header: each built-in lesson with its step count and topics
/// (`features::lesson::MENU`, data only); choosing one opens it at its first step.
pub fn lesson_menu(s: &State) -> Html {
    html! {
        <label class="lesson-menu">{ lesson_select(s.dispatcher(), "lesson-menu", s.page.lang) }</label>
    }
}

/// The lessons as a `<select>` (the header's menu, and the side column's launcher where
/// the header has no room: phones); `testid` tells them apart.
pub fn lesson_select(
    d: UseReducerDispatcher<crate::app::state::AppState>,
    testid: &'static str,
    lang: Lang,
) -> Html {
    let onlesson = {
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let i = sel.selected_index();
                sel.set_selected_index(0);
                if let Some(m) = usize::try_from(i - 1)
                    .ok()
                    .and_then(|i| lesson::MENU.get(i))
                {
                    lesson::view::open_built_in_lesson(m.0, d.clone(), lang);
                }
            }
        })
    };
    html! {
        <>
            <span class="visually-hidden">{ t0(lang, "lessons-menu-open") }</span>
            <select data-testid={testid} onchange={onlesson} title={t0(lang, "lessons-menu")}>
                <option value="" selected=true>{ t0(lang, "lessons-menu") }</option>
                // Each lesson's title is message `lessons-menu-{id}`, its topics `.topics`.
                { for lesson::MENU.iter().map(|(id, _, n, _)| {
                    let title = t0(lang, &format!("lessons-menu-{id}"));
                    let topics = t0(lang, &format!("lessons-menu-{id}.topics"));
                    html! {
                        <option value={*id}>{ t(lang, "lessons-menu-entry", &[("title", title.into()), ("steps", (*n).into()), ("topics", topics.into())]) }</option>
                    }
                }) }
            </select>
        </>
    }
}

/// The tools in one row (above the compare and evacuation views); `dark` says which
/// colours are in force.
pub fn toolbar(s: &State, dark: bool) -> Html {
    let (text, icons) = toolbar_parts(s, dark);
    html! { <div class="toolbar">{ text }{ icons }</div> }
}

/// The tools in two parts, for the side column's head, where one row of 360 px cannot
/// hold them in every language: the text buttons (Share, Embed, Export, Present) as the
/// toolbar's first row, and the icons with the language menu (◐, ?, Language), which
/// the main view puts beside the side panel's tabs. Neither grows the column's head.
pub fn toolbar_rows(s: &State, dark: bool) -> (Html, Html) {
    let (text, icons) = toolbar_parts(s, dark);
    (
        html! { <div class="toolbar">{ text }</div> },
        html! { <div class="toolbar toolbar-end">{ icons }</div> },
    )
}

fn toolbar_parts(s: &State, dark: bool) -> (Html, Html) {
    let page = |a: PageAction| {
        let d = s.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::Page(a.clone())))
    };
    let lang = s.page.lang;
    let w = |id: &str| t0(lang, id);
    let theme = [
        ("theme", s.page.theme.map_or("system", Theme::key).into()),
        ("now", if dark { "dark" } else { "light" }.into()),
    ];
    let present = {
        let d = s.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Page(PageAction::TogglePresent)))
    };
    let text = html! {
        <>
            <button type="button" data-testid="share-open"
                onclick={page(PageAction::Open(Some(Dialog::Share)))}>{ w("toolbar-share") }</button>
            <button type="button" data-testid="embed-open"
                onclick={page(PageAction::Open(Some(Dialog::Embed)))}>{ w("toolbar-embed") }</button>
            <button type="button" data-testid="export-open"
                onclick={page(PageAction::Open(Some(Dialog::Export)))}>{ w("toolbar-export") }</button>
            { present_button(s.page.presenting, present, lang) }
        </>
    };
    let icons = html! {
        <>
            <button type="button" class="icon" data-testid="theme-toggle"
                aria-label={t(lang, "toolbar-theme-label", &theme)}
                title={t(lang, "toolbar-theme-title", &theme)}
                onclick={page(PageAction::Theme(s.page.next_theme()))}>
                { "◐" }
            </button>
            <button type="button" class="icon" data-testid="help-open" aria-label={w("toolbar-shortcuts")}
                title={w("toolbar-shortcuts-title")} onclick={page(PageAction::Open(Some(Dialog::Help)))}>{ "?" }</button>
            { language_menu(s) }
        </>
    };
    (text, icons)
}

/// The language menu: each language named in itself (`Lang::name`), the page's chosen;
/// its label ("Language", in the page's language) is the select's accessible name and
/// tooltip, so the menu stays as narrow as its longest name (and, above the compare view,
/// no text stands outside a landmark).
fn language_menu(s: &State) -> Html {
    let lang = s.page.lang;
    let onchange = {
        let d = s.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(sel) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                if let Ok(l) = Lang::from_key(&sel.value()) {
                    d.dispatch(Action::Page(PageAction::Lang(l)));
                }
            }
        })
    };
    let label = t0(lang, "toolbar-language");
    html! {
        <span class="lang-menu">
            <select data-testid="lang-menu" aria-label={label.clone()} title={label} {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.key()} lang={l.key()} selected={*l == lang}>{ l.name() }</option>
                }) }
            </select>
        </span>
    }
}

/// The open dialog, if any; `narration` goes into the SVG export.
pub fn dialogs(s: &State, narration: &str) -> Html {
    let onclose = {
        let d = s.dispatcher();
        Callback::from(move |()| d.dispatch(Action::Page(PageAction::Open(None))))
    };
    match s.page.dialog {
        None => Html::default(),
        Some(Dialog::Share) => html! { <ShareDialog state={s.clone()} {onclose} /> },
        Some(Dialog::Embed) => html! { <EmbedDialog state={s.clone()} {onclose} /> },
        Some(Dialog::Help) => help_dialog(onclose, s.page.lang),
        Some(Dialog::Export) => export_dialog(s, narration, onclose),
    }
}

/// The exports, each a button with what it gives. Out of line, like the other dialogs:
/// the first screen opens none, so their code travels with the secondary half.
#[inline(never)]
fn export_dialog(s: &State, narration: &str, onclose: Callback<()>) -> Html {
    // The pictures need the stage, which the compare view does not show.
    let compare = s.view == crate::app::state::View::Compare;
    let kinds = Export::ALL
        .iter()
        .filter(|k| !(compare && matches!(k, Export::Png | Export::Svg)));
    let lang = s.page.lang;
    let items: Vec<Html> = kinds.map(|&kind| {
        let (s, narration, close) = (s.clone(), narration.to_string(), onclose.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let t = s.t_s.min(s.run.trace.end_s());
            export::save(lang, kind, &s.run, t, &narration);
            close.emit(());
        });
        html! {
            <li>
                <button type="button" data-testid={format!("export-{}", kind.key())} {onclick}>{ kind.label_in(lang) }</button>
                <span>{ kind.about_in(lang) }</span>
            </li>
        }
    }).collect();
    html! {
        <Modal id="export" title={crate::i18n::t0(lang, "toolbar-export")} {onclose}>
            <p class="dialog-lead">{ crate::i18n::t0(lang, "export-lead") }</p>
            <ul class="exports">{ for items }</ul>
        </Modal>
    }
}
