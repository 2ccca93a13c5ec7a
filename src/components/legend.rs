//! The page-state legend under the picture.

use crate::picture::frame;
use yew::prelude::*;

/// The page-state legend, colours matching the canvas.
#[component]
pub fn Legend() -> Html {
    html! {
        <ul class="legend" aria-label="Legend: page states">
            { for frame::Paint::LEGEND.iter().map(|(p, text)| html! {
                <li><span class={classes!("swatch", format!("sw-{p:?}").to_ascii_lowercase())} aria-hidden="true"></span>{ *text }</li>
            }) }
        </ul>
    }
}
