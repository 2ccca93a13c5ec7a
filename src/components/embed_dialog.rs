//! The Embed dialog: the iframe snippet for what is on screen, with the author's options
//! (which controls, autoplay, where to start, theme, the auto-height script), and what
//! the embed will ignore of that link (its own mistakes, a view or recording it leaves out).

use super::dialog::Modal;
use super::share::{copy, copy_status, share_of};
use crate::app::embed::snippet;
use crate::app::page;
use crate::app::state::State;
use crate::links::{self, Embed, Theme, EMBED_CONTROLS};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub state: State,
    pub onclose: Callback<()>,
}

#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let s = &props.state;
    let controls = use_state(|| vec!["type", "bw", "dirty"]);
    let autoplay = use_state(|| false);
    let from_now = use_state(|| s.t_s > 0.0);
    let theme = use_state(|| None::<Theme>);
    let script = use_state(|| true);
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();

    let embed = Embed {
        controls: controls.to_vec(),
        autoplay: *autoplay,
    };
    let query = links::embed_query(&share_of(s, *from_now), &embed, *theme);
    let src = format!("{}?{query}", page::base_href());
    // The link read back as the embed will read it: what it leaves out, named.
    let ignored = {
        let link = links::parse(&query);
        let mut v = link.ignored.clone();
        v.extend(links::embed_drops(&link));
        v
    };
    let title = format!(
        "VM Migration Lab: {} migration",
        s.run.trace.migration_type.label()
    );
    let code = snippet(&src, &title, *script);

    let check = |h: &UseStateHandle<bool>| {
        let (h, copied) = (h.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            h.set(el.checked());
            copied.set(None);
        })
    };
    let toggle_control = |name: &'static str| {
        let (controls, copied) = (controls.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let mut v: Vec<&'static str> = controls.to_vec();
            v.retain(|c| *c != name);
            if el.checked() {
                v.push(name);
            }
            // Keep the menu's order, whatever order they were ticked in.
            // Unstable: each name is in the list once (one less sort in the wasm).
            v.sort_unstable_by_key(|c| EMBED_CONTROLS.iter().position(|(n, _)| n == c));
            controls.set(v);
            copied.set(None);
        })
    };
    let set_start = |now: bool| {
        let (from_now, copied) = (from_now.clone(), copied.clone());
        Callback::from(move |_: Event| {
            from_now.set(now);
            copied.set(None);
        })
    };
    let set_theme = {
        let (theme, copied) = (theme.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            theme.set(Theme::parse(&el.value()));
            copied.set(None);
        })
    };
    let do_copy = {
        let (code, field, copied) = (code.clone(), field.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy(
                code.clone(),
                field.clone(),
                Callback::from(move |ok| copied.set(Some(ok))),
            );
        })
    };
    let close = props.onclose.reform(|_: MouseEvent| ());
    html! {
        <Modal id="embed" title="Embed in a course page" onclose={props.onclose.clone()}>
            <p class="dialog-lead">{ "Paste this where the page accepts HTML. The embed shows the picture, the timeline and playback, and the controls you tick." }</p>
            <div class="embed-options">
                <fieldset>
                    <legend>{ "Controls shown" }</legend>
                    { for EMBED_CONTROLS.iter().map(|&(name, label)| {
                        let id = format!("embed-control-{name}");
                        html! {
                            <div class="field check">
                                <input type="checkbox" id={id.clone()} data-testid={id.clone()}
                                    checked={controls.contains(&name)} onchange={toggle_control(name)} />
                                <label for={id}>{ label }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ "Start" }</legend>
                    <div class="field check">
                        <input type="radio" name="embed-start" id="embed-start-0" checked={!*from_now}
                            onchange={set_start(false)} data-testid="embed-start-0" />
                        <label for="embed-start-0">{ "At the beginning" }</label>
                    </div>
                    <div class="field check">
                        <input type="radio" name="embed-start" id="embed-start-now" checked={*from_now}
                            onchange={set_start(true)} data-testid="embed-start-now" />
                        <label for="embed-start-now">{ format!("At the playhead ({})", crate::picture::format::duration(s.t_s)) }</label>
                    </div>
                    <div class="field check">
                        <input type="checkbox" id="embed-autoplay" checked={*autoplay}
                            onchange={check(&autoplay)} data-testid="embed-autoplay" />
                        <label for="embed-autoplay">{ "Play on load" }</label>
                    </div>
                    <div class="field">
                        <label for="embed-theme">{ "Theme" }</label>
                        <select id="embed-theme" onchange={set_theme} data-testid="embed-theme">
                            <option value="auto" selected={theme.is_none()}>{ "The reader's system setting" }</option>
                            <option value="light" selected={*theme == Some(Theme::Light)}>{ "Light" }</option>
                            <option value="dark" selected={*theme == Some(Theme::Dark)}>{ "Dark" }</option>
                        </select>
                    </div>
                    <div class="field check">
                        <input type="checkbox" id="embed-script" checked={*script}
                            onchange={check(&script)} data-testid="embed-script" />
                        <label for="embed-script">{ "Add the script that fits the frame's height" }</label>
                    </div>
                </fieldset>
            </div>
            <label for="embed-code">{ "HTML to paste" }</label>
            <textarea id="embed-code" ref={field} class="copy-field" readonly=true rows="6"
                value={code} data-testid="embed-code" />
            if !ignored.is_empty() {
                <div class="embed-ignored" data-testid="embed-ignored">
                    <p><strong>{ "The embed will ignore:" }</strong>{ " it shows the rest." }</p>
                    <ul>
                        { for ignored.iter().map(|i| html! {
                            <li><code>{ format!("{}={}", i.key, i.value) }</code>{ " — " }{ &i.why }</li>
                        }) }
                    </ul>
                </div>
            }
            <p class="copy-status" role="status" data-testid="embed-status">{ copy_status(*copied, "Code") }</p>
            <p class="embed-server" data-testid="embed-server">
                <strong>{ "What the server needs. " }</strong>
                { "The frame is sandboxed without " }<code>{ "allow-same-origin" }</code>
                { ", so it has no origin of its own: the server that hosts this app must send " }
                <code>{ "Access-Control-Allow-Origin: *" }</code>
                { " with its files, or the browser refuses to start it and the frame shows only a short message. GitHub Pages sends it; on your own server add that header (for example nginx: " }
                <code>{ "add_header Access-Control-Allow-Origin *;" }</code>{ ")." }
            </p>
            <div class="dialog-buttons">
                <button type="button" class="primary" onclick={do_copy} data-testid="embed-copy">{ "Copy code" }</button>
                <button type="button" onclick={close}>{ "Done" }</button>
            </div>
        </Modal>
    }
}
