//! The keyboard shortcuts, listed (`?`). The handlers are in `keys.rs`; the
//! Playwright keyboard spec presses the keys listed here.

use super::dialog::Modal;
use yew::prelude::*;

/// Keys and what they do, as shown.
pub const SHORTCUTS: [(&[&str], &str); 11] = [
    (&["Space", ".", "B"], "Play or pause (B is a clicker's blank-screen key)"),
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
        "Cold, Suspended, Live, Post-copy, Hybrid (each starts from its beginning)",
    ),
    (
        &["Home", "End"],
        "Start or end of the run (on the timeline)",
    ),
    (&["P"], "Presentation mode: large type, fullscreen"),
    (&["S"], "Show or hide the scenario's story"),
    (&["?"], "This list"),
    (
        &["Esc"],
        "Close a dialog or the story; then leave presentation mode",
    ),
    (
        &["Tab"],
        "Move between controls; a control reached with Tab keeps its own keys",
    ),
    (
        &["Click"],
        "After a click or touch on a control, the clicker's keys (Page Down/Up, arrows, ., B) step the lecture again and leave the control as it is",
    ),
];

#[inline(never)]
pub fn help_dialog(onclose: Callback<()>) -> Html {
    html! {
        <Modal id="help" title="Keyboard shortcuts" {onclose}>
            <p class="dialog-lead">{ "They work anywhere on the page except while typing in a field. A slider or menu reached with Tab keeps its own keys (arrows, Page Up/Down, Home/End); one you clicked gives the clicker's keys back to the lecture." }</p>
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
