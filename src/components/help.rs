//! The keyboard shortcuts, listed (`?`). The handlers are in `keys.rs`; the
//! Playwright keyboard spec presses the keys listed here.

use super::dialog::Modal;
use crate::i18n::{t0, Lang};
use yew::prelude::*;

/// Keys and what they do, as shown: each key's name (a word's is message
/// `help-key-{slug}`) and the id of the message saying what the keys do.
pub const SHORTCUTS: [(&[&str], &str); 11] = [
    (&["Space", ".", "B"], "help-play"),
    (&["→", "←"], "help-event"),
    (&["Page Down", "Page Up"], "help-phase"),
    (&["1", "2", "3", "4", "5"], "help-types"),
    (&["Home", "End"], "help-ends"),
    (&["P"], "help-present"),
    (&["S"], "help-story"),
    (&["?"], "help-list"),
    (&["Esc"], "help-esc"),
    (&["Tab"], "help-tab"),
    (&["Click"], "help-click"),
];

/// A key's name in `lang`: a word (`Page Down`) is message `help-key-page-down`; a
/// symbol or letter (`→`, `B`) is the same everywhere.
fn key_name(key: &str, lang: Lang) -> String {
    if key.chars().count() == 1 {
        return key.to_string();
    }
    t0(
        lang,
        &format!("help-key-{}", key.to_ascii_lowercase().replace(' ', "-")),
    )
}

#[inline(never)]
pub fn help_dialog(onclose: Callback<()>, lang: Lang) -> Html {
    html! {
        <Modal id="help" title={t0(lang, "help-title")} {onclose}>
            <p class="dialog-lead">{ t0(lang, "help-lead") }</p>
            <table class="shortcuts">
                <thead><tr><th scope="col">{ t0(lang, "help-key") }</th><th scope="col">{ t0(lang, "help-does") }</th></tr></thead>
                <tbody>
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <tr>
                            <td>{ for keys.iter().map(|k| html! { <><kbd>{ key_name(k, lang) }</kbd>{ " " }</> }) }</td>
                            <td>{ t0(lang, what) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </Modal>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_key_and_what_it_does_has_a_message() {
        for (keys, what) in SHORTCUTS {
            assert_ne!(t0(Lang::En, what), what);
            for k in keys {
                // English names the keys as they are written on them.
                assert_eq!(key_name(k, Lang::En), *k);
            }
        }
    }
}
