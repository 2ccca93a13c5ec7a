//! The first screen as static HTML, made at build time (native only).
//!
//! A phone on a slow network would otherwise show nothing until the whole wasm has
//! downloaded and started. `src/bin/prerender.rs` (run by Trunk's post-build hook,
//! `scripts/post-build.sh`) renders [`App`] with Yew's server renderer, exactly as the
//! browser's first render of a link-less page: the default scenario's real numbers, the
//! controls at their defaults. It goes into the built `index.html`, never the tracked one.
//! `assets/boot.js` then fetches the wasm after the first paint, and the app replaces the
//! markup when it mounts (Yew clears `<body>` and renders the same layout in one step).
//!
//! Until then the controls are `disabled` and a status over the empty picture says the
//! app is starting. A page with a query or fragment (a link, an embed, and any key added
//! later) is not this screen: `assets/head.js` hides the prerender there, before the
//! first paint, and only the status shows.

use crate::{App, AppProps};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// The policy every page carries (`<meta http-equiv>`, for hosts that cannot send
/// headers): no inline script or style, no eval; wasm may compile. `frame-ancestors`
/// only works as a header (tests/e2e/serve.mjs sends it); browsers reject it in a meta.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'none'";

/// What the status over the empty picture says until the app runs.
pub const STARTING: &str = "Starting the simulator…";

/// The app's first render with no link, as HTML.
pub fn first_screen() -> String {
    let props = AppProps {
        initial: None,
        link: Some(Rc::new(crate::links::parse(""))),
        first: None,
    };
    let render = yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render();
    block_on(render)
}

/// Runs a future that needs no outside event (the server renderer without suspense)
/// to completion.
fn block_on<F: std::future::Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..1_000_000 {
        if let Poll::Ready(out) = f.as_mut().poll(&mut cx) {
            return out;
        }
    }
    panic!("the server render did not finish");
}

/// The first screen as it waits for the app: every control `disabled` (the side panel
/// focusable instead, so it can still be scrolled from the keyboard), and the starting status after the canvas (inside the stage, over the picture to come).
pub fn starting(app: &str) -> Result<String, String> {
    let mut html = app
        .replace("<button ", "<button disabled ")
        .replace("<button>", "<button disabled>")
        .replace("<input ", "<input disabled ")
        .replace("<select ", "<select disabled ")
        .replace("<textarea ", "<textarea disabled ")
        // A scrolling panel whose controls are all disabled must still be reachable
        // from the keyboard (axe: scrollable-region-focusable).
        .replace("<aside ", "<aside tabindex=\"0\" ");
    let at = html
        .find("</canvas>")
        .ok_or("the first screen has no canvas")?
        + "</canvas>".len();
    html.insert_str(
        at,
        &format!(r#"<p class="boot-status" role="status">{STARTING}</p>"#),
    );
    Ok(format!(r#"<div class="prerender">{html}</div>"#))
}

/// The built page with the first screen at the top of `<body>` and the policy in
/// `<head>`. A development build (`trunk serve`) injects an inline live-reload script,
/// which the policy would block: it gets no policy (`Ok` with a note in the second value).
pub fn page(index: &str, app: &str) -> Result<(String, Option<&'static str>), String> {
    if index.contains(r#"class="prerender""#) {
        return Err("the page is prerendered already".into());
    }
    let body = index.find("<body").ok_or("the page has no <body>")?;
    let open_end = body + index[body..].find('>').ok_or("unclosed <body>")? + 1;
    let mut out = String::with_capacity(index.len() + app.len() + 512);
    out.push_str(&index[..open_end]);
    out.push_str(&starting(app)?);
    out.push_str(&index[open_end..]);

    if has_inline_script(index) {
        return Ok((
            out,
            Some("an inline script (Trunk's live reload): no Content-Security-Policy meta"),
        ));
    }
    let head = out.find("<head>").ok_or("the page has no <head>")? + "<head>".len();
    let charset = out[head..]
        .find("<meta charset")
        .map(|i| head + i + out[head + i..].find('>').unwrap_or(0) + 1)
        .unwrap_or(head);
    out.insert_str(
        charset,
        &format!(r#"<meta http-equiv="Content-Security-Policy" content="{CSP}">"#),
    );
    Ok((out, None))
}

/// Does the page have a `<script>` without `src`?
fn has_inline_script(html: &str) -> bool {
    html.match_indices("<script").any(|(i, _)| {
        let tag_end = html[i..].find('>').map_or(html.len(), |e| i + e);
        !html[i..tag_end].contains(" src=")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::{simulate, Params};

    const INDEX: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title>\
        <script type=\"module\" src=\"/boot.js\"></script></head><body><noscript>x</noscript></body></html>";

    #[test]
    fn the_first_screen_shows_the_default_runs_real_numbers() {
        let html = first_screen();
        let p = Params::default();
        let trace = simulate(&p).unwrap();
        // The narration and the metrics are the model's, for the default scenario at t = 0.
        let narration = crate::picture::narrate::narrate(&trace, &p, 0.0, crate::i18n::Lang::En);
        let escaped = crate::draw::markup::escape(&narration);
        assert!(
            html.contains(&escaped),
            "narration {narration:?} not in the prerender"
        );
        let total = crate::picture::format::duration(trace.end_s());
        assert!(
            html.contains(&total),
            "the run's length {total} is not shown"
        );
        assert!(html.contains(r#"data-testid="stage-canvas""#));
        assert!(html.contains(r#"aria-pressed="true""#));
        assert!(!html.contains(" style="), "inline style breaks the CSP");
        assert!(!html.contains("<script"));
    }

    #[test]
    fn controls_wait_and_a_status_says_why() {
        let out = starting(&first_screen()).unwrap();
        for tag in ["<button", "<input", "<select"] {
            let all = out.matches(tag).count();
            assert!(all > 0, "no {tag} on the first screen");
            let disabled = out.matches(&format!("{tag} disabled")).count();
            assert_eq!(disabled, all, "a {tag} is not disabled");
        }
        let status = out.find("boot-status").unwrap();
        assert!(out[..status].ends_with("</canvas><p class=\""));
        assert!(out.starts_with(r#"<div class="prerender">"#));
        assert!(out.contains(r#"<aside tabindex="0" "#));
    }

    #[test]
    fn the_page_gets_the_screen_and_the_policy() {
        let (out, note) = page(INDEX, "<canvas></canvas>").unwrap();
        assert_eq!(note, None);
        assert!(out.contains(&format!(
            "<meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
        )));
        assert!(out
            .contains("<body><div class=\"prerender\"><canvas></canvas><p class=\"boot-status\""));
        assert!(out.ends_with("<noscript>x</noscript></body></html>"));
        assert!(!CSP.contains("frame-ancestors") && !CSP.contains("unsafe-inline"));
        // Twice would put two screens in the page.
        assert!(page(&out, "<canvas></canvas>").is_err());
        assert!(page("<html><head></head></html>", "<canvas></canvas>").is_err());
        assert!(page(INDEX, "<p>no canvas</p>").is_err());
    }

    #[test]
    fn a_live_reload_build_gets_no_policy() {
        let dev = INDEX.replace("</body>", "<script>(function(){})()</script></body>");
        let (out, note) = page(&dev, "<canvas></canvas>").unwrap();
        assert!(note.is_some());
        assert!(!out.contains("Content-Security-Policy"));
        assert!(out.contains("class=\"prerender\""));
    }
}
