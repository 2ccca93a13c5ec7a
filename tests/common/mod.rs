//! What the browser tests share: waiting for a condition instead of for a fixed time.
//! A debug build on a busy machine renders late, and the app makes a long run in tasks,
//! so every check after an action waits (up to 10 s) for what it expects.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use web_sys::Element;

/// Waits until `check` passes; panics with the last reason it gave if it never does.
pub async fn until(what: &str, check: impl Fn() -> Result<(), String>) {
    let mut last = String::new();
    for _ in 0..500 {
        match check() {
            Ok(()) => return,
            Err(why) => last = why,
        }
        TimeoutFuture::new(20).await;
    }
    panic!("{what}: {last}");
}

/// The text of the first element under `root` matching `selector`, if there is one.
pub fn text_at(root: &Element, selector: &str) -> Option<String> {
    root.query_selector(selector)
        .ok()
        .flatten()
        .map(|e| e.text_content().unwrap_or_default())
}

/// Waits until the element `selector` reads `want`.
pub async fn until_text(root: &Element, selector: &str, want: &str) {
    until(selector, || match text_at(root, selector) {
        Some(got) if got == want => Ok(()),
        got => Err(format!("reads {got:?}, want {want:?}")),
    })
    .await;
}

/// Renders `App` into `root` and waits until its stage is there.
pub async fn mount_into(root: &Element, props: vm_migration_lab::AppProps) {
    yew::Renderer::<vm_migration_lab::App>::with_root_and_props(root.clone(), props).render();
    until_present(root, "[data-testid=stage-canvas]").await;
}

/// Waits until `root` holds an element matching `selector`.
pub async fn until_present(root: &Element, selector: &str) {
    until(selector, || match root.query_selector(selector) {
        Ok(Some(_)) => Ok(()),
        _ => Err("not there yet".into()),
    })
    .await;
}
