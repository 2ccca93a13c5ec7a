//! Component tests in a real headless Chromium (wasm-bindgen-test): mount the app into a
//! div and assert on its DOM.
#![cfg(target_arch = "wasm32")]

use vm_migration_lab::AppProps;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{mount_into, text_at, until, until_text};

/// Mounts the app into a fresh div and waits until it is drawn.
async fn mount(props: AppProps) -> Element {
    let document = web_sys::window()
        .expect("window")
        .document()
        .expect("document");
    let root = document.create_element("div").expect("create div");
    document
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append root");
    mount_into(&root, props).await;
    root
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shell_shows_name_types_canvas_sliders_and_metrics() {
    let root = mount(AppProps::default()).await;
    assert_eq!(text_of(&root, "h1"), "VM Migration Lab");
    for key in ["cold", "suspended", "live"] {
        assert!(
            root.query_selector(&format!("[data-testid=type-{key}]"))
                .unwrap()
                .is_some(),
            "type button {key} missing"
        );
    }
    assert!(root
        .query_selector("canvas[data-testid=stage-canvas]")
        .unwrap()
        .is_some());
    assert_eq!(
        text_of(&root, "[data-testid=slider-bandwidth-value]"),
        "1 Gbit/s (125 MB/s)"
    );
    assert_eq!(
        text_of(&root, "[data-testid=slider-dirty-rate-value]"),
        "100 MB/s (λ = 0.80)"
    );
    // The default lecture VM is the worked example of docs/model.md under QEMU's loop:
    // 169.6 s in all (`migsim` with no flags).
    let total = text_of(&root, "[data-testid=metric-time] .total");
    assert_eq!(total, "2 min 49 s");
}

#[wasm_bindgen_test]
async fn moving_the_bandwidth_slider_reruns_the_model() {
    let root = mount(AppProps::default()).await;
    let before = text_of(&root, "[data-testid=metric-time] .total");
    let input: HtmlInputElement = root
        .query_selector("[data-testid=slider-bandwidth]")
        .unwrap()
        .expect("bandwidth slider")
        .dyn_into()
        .expect("an input element");
    input.set_value("1000");
    // Yew delegates events from its root, so the event must bubble as a real one does.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).expect("input event");
    input.dispatch_event(&ev).expect("dispatch");
    until_text(
        &root,
        "[data-testid=slider-bandwidth-value]",
        "100 Gbit/s (12.5 GB/s)",
    )
    .await;
    until("total time should follow the bandwidth", || {
        match text_at(&root, "[data-testid=metric-time] .total") {
            Some(after) if after != before => Ok(()),
            after => Err(format!("still {after:?}")),
        }
    })
    .await;
}
