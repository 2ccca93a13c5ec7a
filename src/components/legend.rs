//! The page-state legend under the picture.

use crate::i18n::{t0, use_lang};
use crate::picture::frame;
use yew::prelude::*;

/// The page-state legend, colours matching the canvas; each state's words are message
/// `legend-<paint>` (the English is `Paint::LEGEND`'s).
#[component]
pub fn Legend() -> Html {
    let lang = use_lang();
    html! {
        <ul class="legend" aria-label={t0(lang, "legend")}>
            { for frame::Paint::LEGEND.iter().map(|(p, _)| html! {
                <li><span class={classes!("swatch", format!("sw-{p:?}").to_ascii_lowercase())} aria-hidden="true"></span>{ t0(lang, &format!("legend-{}", p.name().to_ascii_lowercase())) }</li>
            }) }
        </ul>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The legend's English is `Paint::LEGEND`'s, and every language has every state.
    #[test]
    fn every_page_state_has_its_words_in_every_language() {
        let _ = migration_model::i18n::take_misses();
        for (p, text) in frame::Paint::LEGEND {
            let id = format!("legend-{}", p.name().to_ascii_lowercase());
            assert_eq!(t0(Lang::En, &id), text);
            for lang in [Lang::Es, Lang::ZhCn] {
                assert_ne!(t0(lang, &id), text, "{id}");
            }
        }
        assert!(migration_model::i18n::take_misses().is_empty());
    }
}
