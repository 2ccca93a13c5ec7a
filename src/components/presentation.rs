//! Presentation mode's switch. The mode itself is page state (`Page::presenting`): the
//! `presenting` class on `<html>` makes type large and contrast high and hides the
//! secondary panels (styles/themes.css); `page::use_page_effects` asks for fullscreen.

use yew::prelude::*;

pub fn present_button(on: bool, ontoggle: Callback<()>) -> Html {
    let onclick = ontoggle.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class={classes!("present", on.then_some("on"))}
            aria-pressed={on.to_string()} data-testid="present-toggle"
            title="Presentation mode: large type, fullscreen (P)" {onclick}>
            { if on { "Exit presentation" } else { "Present" } }
        </button>
    }
}
