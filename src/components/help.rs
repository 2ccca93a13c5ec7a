//! The keyboard shortcuts, listed (`?`). The handler is `shortcuts()` in `lib.rs`; the
//! Playwright keyboard spec presses the keys listed here.

use super::dialog::Modal;
use yew::prelude::*;

/// Keys and what they do, as shown.
pub const SHORTCUTS: [(&[&str], &str); 9] = [
    (&["Space", "."], "Play or pause"),
    (
        &["→", "←"],
        "Next or previous event (round, phase change, fault)",
    ),
    (
        &["Page Down", "Page Up"],
        "Next or previous phase; past the end, the next scenario (presenter remotes send these)",
    ),
    (
        &["1", "2", "3", "4", "5"],
        "Cold, Suspended, Live, Post-copy, Hybrid",
    ),
    (
        &["Home", "End"],
        "Start or end of the run (on the timeline)",
    ),
    (&["P"], "Presentation mode: large type, fullscreen"),
    (&["?"], "This list"),
    (&["Esc"], "Close a dialog; leave presentation mode"),
    (
        &["Tab"],
        "Move between controls; every control works from the keyboard",
    ),
];

pub fn help_dialog(onclose: Callback<()>) -> Html {
    html! {
        <Modal id="help" title="Keyboard shortcuts" {onclose}>
            <p class="dialog-lead">{ "They work anywhere on the page except while typing in a field." }</p>
            <table class="shortcuts">
                <thead><tr><th scope="col">{ "Key" }</th><th scope="col">{ "Does" }</th></tr></thead>
                <tbody>
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <tr>
                            <td>{ for keys.iter().map(|k| html! { <><kbd>{ *k }</kbd>{ " " }</> }) }</td>
                            <td>{ *what }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </Modal>
    }
}
