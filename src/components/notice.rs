//! Live regions: the notice naming what a link asked for that could not be used, and the
//! polite announcement of phase changes for screen readers. Plain functions, not
//! components: they hold no state (and each component costs wasm size).

use crate::i18n::{t, t0, Lang};
use crate::links::Ignored;
use yew::prelude::*;

/// The notice, in a `role="status"` region that is always there (so its content is
/// announced when it appears). Values from the link are shown as text only: Yew escapes
/// text nodes, nothing from a URL is ever parsed as HTML.
pub fn notice(items: &[Ignored], ondismiss: Callback<()>, lang: Lang) -> Html {
    let dismiss = ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice-slot" role="status">
            if !items.is_empty() {
                <div class="notice" data-testid="link-notice">
                    <div>
                        <p>
                            <strong>{ t0(lang, "notice-title") }</strong>
                            { " " }{ t0(lang, "notice-lead") }
                        </p>
                        <ul>
                            { for items.iter().map(|i| html! {
                                <li><code>{ format!("{}={}", i.key, i.value) }</code>{ " — " }{ why(i, lang) }</li>
                            }) }
                        </ul>
                    </div>
                    <button type="button" onclick={dismiss} data-testid="link-notice-dismiss">{ t0(lang, "notice-dismiss") }</button>
                </div>
            }
        </div>
    }
}

/// Why an item was not used, in the page's language. A `lang=` the app does not have is
/// said in it too (chosen later from the menu, it may no longer be English); the other
/// reasons are the link reader's English, read back into the catalogue's messages
/// (`links::reason`).
pub fn why(i: &Ignored, lang: Lang) -> String {
    if i.key == crate::links::keys::LANG {
        let known = crate::links::parse::known_langs();
        t(lang, "notice-unknown-lang", &[("known", known.into())])
    } else {
        crate::links::reason::in_lang(&i.why, lang)
    }
}

/// A polite live region: its text changes when the phase does, not every frame (Yew
/// leaves an unchanged text node alone, so nothing is re-announced).
pub fn phase_announcer(text: String) -> Html {
    html! {
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="phase-announcer">
            { text }
        </p>
    }
}
