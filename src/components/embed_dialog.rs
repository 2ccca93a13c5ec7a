//! The Embed dialog: the iframe snippet for what is on screen, with the author's options
//! (which controls, autoplay, where to start, theme, the auto-height script), and what
//! the embed will ignore of that link (its own mistakes, a view or recording it leaves out).

use super::dialog::Modal;
use super::share::{copy, copy_status_in, share_of};
use crate::app::embed::snippet;
use crate::app::page;
use crate::app::state::State;
use crate::i18n::{t, t0, use_lang, Lang};
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
    let lang = use_lang();
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
    let kind = t0(
        lang,
        &format!("migration-type-{}", s.run.trace.migration_type.key()),
    );
    let title = t(lang, "embed-frame-title", &[("type", kind.into())]);
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
        <Modal id="embed" title={t0(lang, "embed-title")} onclose={props.onclose.clone()}>
            <p class="dialog-lead">{ t0(lang, "embed-lead") }</p>
            <div class="embed-options">
                <fieldset>
                    <legend>{ t0(lang, "embed-controls") }</legend>
                    { for EMBED_CONTROLS.iter().map(|&(name, _)| {
                        let id = format!("embed-control-{name}");
                        html! {
                            <div class="field check">
                                <input type="checkbox" id={id.clone()} data-testid={id.clone()}
                                    checked={controls.contains(&name)} onchange={toggle_control(name)} />
                                <label for={id.clone()}>{ t0(lang, &id) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                <fieldset>
                    <legend>{ t0(lang, "embed-start") }</legend>
                    <div class="field check">
                        <input type="radio" name="embed-start" id="embed-start-0" checked={!*from_now}
                            onchange={set_start(false)} data-testid="embed-start-0" />
                        <label for="embed-start-0">{ t0(lang, "embed-start-0") }</label>
                    </div>
                    <div class="field check">
                        <input type="radio" name="embed-start" id="embed-start-now" checked={*from_now}
                            onchange={set_start(true)} data-testid="embed-start-now" />
                        <label for="embed-start-now">{ t(lang, "embed-start-now", &[("t", crate::picture::format::duration(s.t_s).into())]) }</label>
                    </div>
                    <div class="field check">
                        <input type="checkbox" id="embed-autoplay" checked={*autoplay}
                            onchange={check(&autoplay)} data-testid="embed-autoplay" />
                        <label for="embed-autoplay">{ t0(lang, "embed-autoplay") }</label>
                    </div>
                    <div class="field">
                        <label for="embed-theme">{ t0(lang, "embed-theme") }</label>
                        <select id="embed-theme" onchange={set_theme} data-testid="embed-theme">
                            <option value="auto" selected={theme.is_none()}>{ t0(lang, "embed-theme-auto") }</option>
                            <option value="light" selected={*theme == Some(Theme::Light)}>{ t0(lang, "embed-theme-light") }</option>
                            <option value="dark" selected={*theme == Some(Theme::Dark)}>{ t0(lang, "embed-theme-dark") }</option>
                        </select>
                    </div>
                    <div class="field check">
                        <input type="checkbox" id="embed-script" checked={*script}
                            onchange={check(&script)} data-testid="embed-script" />
                        <label for="embed-script">{ t0(lang, "embed-script") }</label>
                    </div>
                </fieldset>
            </div>
            <label for="embed-code">{ t0(lang, "embed-code") }</label>
            <textarea id="embed-code" ref={field} class="copy-field" readonly=true rows="6"
                value={code} data-testid="embed-code" />
            if !ignored.is_empty() {
                <div class="embed-ignored" data-testid="embed-ignored">
                    <p><strong>{ t0(lang, "embed-ignored") }</strong>{ " " }{ t0(lang, "embed-ignored-rest") }</p>
                    <ul>
                        { for ignored.iter().map(|i| html! {
                            <li><code>{ format!("{}={}", i.key, i.value) }</code>{ " — " }{ super::notice::why(i, lang) }</li>
                        }) }
                    </ul>
                </div>
            }
            <p class="copy-status" role="status" data-testid="embed-status">{ copy_status_in(*copied, lang, "embed") }</p>
            <p class="embed-server" data-testid="embed-server">
                <strong>{ t0(lang, "embed-server-title") }{ " " }</strong>
                { server_needs(lang) }
            </p>
            <div class="dialog-buttons">
                <button type="button" class="primary" onclick={do_copy} data-testid="embed-copy">{ t0(lang, "embed-copy") }</button>
                <button type="button" onclick={close}>{ t0(lang, "dialog-done") }</button>
            </div>
        </Modal>
    }
}

/// What the server must send, in the page's language: the message's variables are code
/// (header names, an nginx line), shown in `<code>` wherever the translation puts them.
fn server_needs(lang: Lang) -> Html {
    const CODE: [(&str, &str); 3] = [
        ("same-origin", "allow-same-origin"),
        ("header", "Access-Control-Allow-Origin: *"),
        ("nginx", "add_header Access-Control-Allow-Origin *;"),
    ];
    let args: Vec<(&str, crate::i18n::Arg<'_>)> =
        CODE.iter().map(|&(k, code)| (k, code.into())).collect();
    let mut rest = t(lang, "embed-server", &args);
    let mut parts = Vec::new();
    // Each code appears once: cut the sentence at the first code it still holds.
    while let Some((at, code)) = CODE
        .iter()
        .filter_map(|&(_, c)| rest.find(c).map(|at| (at, c)))
        .min_by_key(|(at, _)| *at)
    {
        parts.push(html! { { rest[..at].to_string() } });
        parts.push(html! { <code>{ code }</code> });
        rest = rest[at + code.len()..].to_string();
    }
    parts.push(html! { { rest } });
    html! { <>{ for parts }</> }
}
