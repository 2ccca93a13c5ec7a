//! Presentation mode's switch. The mode itself is page state (`Page::presenting`): the
//! `presenting` class on `<html>` makes type large and contrast high and hides the
//! secondary panels (styles/themes.css); `page::use_page_effects` asks for fullscreen.

use crate::i18n::{t0, Lang};
use yew::prelude::*;

/// Room in the header for "Exit presentation", which lies over the header's right end
/// on a wide screen (styles/lecture.css): an invisible twin of its words, so the types
/// wrap before they reach the button in a language with longer names, however long
/// its words are.
pub fn present_room(lang: Lang) -> Html {
    html! {
        <span class="present-room" aria-hidden="true">{ t0(lang, "toolbar-present-exit") }</span>
    }
}

pub fn present_button(on: bool, ontoggle: Callback<()>, lang: Lang) -> Html {
    let onclick = ontoggle.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class={classes!("present", on.then_some("on"))}
            aria-pressed={on.to_string()} data-testid="present-toggle"
            title={t0(lang, "toolbar-present-title")} {onclick}>
            { t0(lang, if on { "toolbar-present-exit" } else { "toolbar-present" }) }
        </button>
    }
}
