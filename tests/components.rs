//! Component tests in a real headless Chromium (wasm-bindgen-test): sliders re-run the
//! model, a type switch redraws the timeline's phases, and the canvas paints every
//! memory cell in the colour of the page state the model gives it. Expectations come
//! from the model (`simulate`, `Frame::at`), never from numbers copied from one run.
#![cfg(target_arch = "wasm32")]

use migration_model::{simulate, DirtyModel, MigrationType, Params, Trace};
use std::rc::Rc;
use vm_migration_lab::app::state::{Action, AppState};
use vm_migration_lab::components::stage::{Stage, StageProps};
use vm_migration_lab::controls::scale::SliderScale;
use vm_migration_lab::draw::canvas::{Layout, WIDTH};
use vm_migration_lab::picture::format;
use vm_migration_lab::picture::frame::{Frame, Paint, CELLS};
use vm_migration_lab::picture::labels::phase_style;
use vm_migration_lab::AppProps;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlCanvasElement, HtmlElement, HtmlInputElement};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{mount_into, until, until_present, until_text};

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

/// A fresh div in `<body>` to mount into.
fn new_root() -> Element {
    let root = document().create_element("div").expect("create div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append root");
    root
}

/// Waits until the timeline's playhead reads `want`.
async fn until_playhead(root: &Element, want: &str, what: &str) {
    until(what, || {
        let got = playhead(root);
        if got == want {
            Ok(())
        } else {
            Err(format!("the playhead reads {got}, want {want}"))
        }
    })
    .await;
}

async fn mount(props: AppProps) -> Element {
    let root = new_root();
    mount_into(&root, props).await;
    root
}

/// Waits until `root` holds the stage's canvas.
async fn until_canvas(root: &Element) -> HtmlCanvasElement {
    until_present(root, "[data-testid=stage-canvas]").await;
    stage_canvas(root)
}

fn app_with(params: Params) -> AppProps {
    AppProps {
        initial: Some(params),
        ..AppProps::default()
    }
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Moves a slider to `pos` as dragging does: Yew delegates events from its root, so the
/// event must bubble as a real one does.
fn slide(root: &Element, id: &str, pos: u32) {
    let input: HtmlInputElement = find(root, &format!("[data-testid=slider-{id}]"))
        .dyn_into()
        .expect("a range input");
    input.set_value(&pos.to_string());
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).expect("input event");
    input.dispatch_event(&ev).expect("dispatch input");
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// Dispatches a bubbling DOM event built by its JS constructor (`KeyboardEvent`,
/// `PointerEvent`) from `(name, value)` pairs: the web-sys init dictionaries for these
/// are not among the app's features.
fn dispatch(el: &Element, class: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).expect("set bubbles");
    for (k, v) in fields {
        js_sys::Reflect::set(&init, &(*k).into(), v).expect("set field");
    }
    let ctor: js_sys::Function =
        js_sys::Reflect::get(&web_sys::window().expect("window"), &class.into())
            .expect("event class")
            .dyn_into()
            .expect("a constructor");
    let ev: web_sys::Event =
        js_sys::Reflect::construct(&ctor, &js_sys::Array::of2(&kind.into(), &init))
            .expect("construct event")
            .dyn_into()
            .expect("an event");
    el.dispatch_event(&ev).expect("dispatch");
}

/// Focuses any element, SVG included (`focus` lives on HTMLElement and SVGElement).
fn focus(el: &Element) {
    let f: js_sys::Function = js_sys::Reflect::get(el, &"focus".into())
        .expect("focus")
        .dyn_into()
        .expect("focus is a function");
    f.call0(el).expect("focus()");
    assert_eq!(document().active_element().as_ref(), Some(el), "focused");
}

fn press(el: &Element, key: &str) {
    dispatch(el, "KeyboardEvent", "keydown", &[("key", key.into())]);
}

/// The playhead as the timeline reports it to screen readers.
fn playhead(root: &Element) -> String {
    find(root, "[data-testid=timeline]")
        .get_attribute("aria-valuenow")
        .expect("aria-valuenow")
}

fn of_type(migration_type: MigrationType) -> Params {
    Params {
        migration_type,
        ..Params::default()
    }
}

/// The trace the app should be showing for `params`.
fn run(params: &Params) -> Trace {
    simulate(params).expect("test parameters are valid")
}

/// The canvas's backing store, RGBA, and its scale (devicePixelRatio as applied).
fn pixels(canvas: &HtmlCanvasElement) -> (Vec<u8>, f64) {
    let ctx = canvas
        .get_context("2d")
        .expect("2d context")
        .expect("a 2d context");
    let get: js_sys::Function = js_sys::Reflect::get(&ctx, &"getImageData".into())
        .expect("getImageData")
        .dyn_into()
        .expect("a function");
    let args = js_sys::Array::of4(
        &0.into(),
        &0.into(),
        &canvas.width().into(),
        &canvas.height().into(),
    );
    let image = get.apply(&ctx, &args).expect("getImageData()");
    let data: js_sys::Uint8ClampedArray = js_sys::Reflect::get(&image, &"data".into())
        .expect("data")
        .dyn_into()
        .expect("pixel data");
    (data.to_vec(), f64::from(canvas.width()) / WIDTH)
}

fn rgb(hex: &str) -> [u8; 3] {
    let h = hex.trim_start_matches('#');
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).expect("hex colour");
    [c(0), c(2), c(4)]
}

/// Checks every cell of both grids on the canvas against the frame's paints. The sample
/// point (3, 7) inside a 10 px cell is clear of the Missing outline and the Discarded
/// diagonal, so it shows the fill colour alone.
fn grid_mismatch(canvas: &HtmlCanvasElement, frame: &Frame) -> Result<(), String> {
    let (data, scale) = pixels(canvas);
    let width = canvas.width() as usize;
    let layout = Layout::default();
    let mut wrong = Vec::new();
    for (host, x, paints) in [
        ("source", layout.source_x, &frame.source),
        ("destination", layout.dest_x, &frame.destination),
    ] {
        assert_eq!(paints.len(), CELLS, "one paint per cell");
        for (i, &p) in paints.iter().enumerate() {
            let (cx, cy) = layout.cell_origin(x, i);
            let px = ((cx + 3.5) * scale).floor() as usize;
            let py = ((cy + 7.5) * scale).floor() as usize;
            let k = (py * width + px) * 4;
            let got = [data[k], data[k + 1], data[k + 2]];
            if got != rgb(p.colour()) {
                wrong.push(format!(
                    "{host} cell {i}: {p:?} wants {} got {got:?}",
                    p.colour()
                ));
            }
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} cells differ from the model, e.g. {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(5)]
        ))
    }
}

/// Waits until the canvas shows `frame` (the stage paints in an effect after the render).
async fn assert_grid_matches(canvas: &HtmlCanvasElement, frame: &Frame, what: &str) {
    until(what, || grid_mismatch(canvas, frame)).await;
}

fn stage_canvas(root: &Element) -> HtmlCanvasElement {
    find(root, "canvas[data-testid=stage-canvas]")
        .dyn_into()
        .expect("a canvas")
}

fn distinct(paints: &[Paint]) -> usize {
    let mut v: Vec<Paint> = paints.to_vec();
    v.sort_by_key(|p| format!("{p:?}"));
    v.dedup();
    v.len()
}

#[wasm_bindgen_test]
async fn downtime_limit_slider_reruns_the_model_with_the_new_limit() {
    let root = mount(AppProps::default()).await;
    let base = Params::default();
    let downtime = "[data-testid=metric-downtime] .total";
    until_text(
        &root,
        downtime,
        &format::duration(run(&base).metrics.downtime_s),
    )
    .await;

    // Same scale as the control: a log scale from 1 ms to 10 s.
    let scale = SliderScale::Log {
        min: 0.001,
        max: 10.0,
    };
    let pos = 900;
    let limit = scale.value(pos);
    let mut p = base.clone();
    p.downtime_limit_s = limit;
    let expected = run(&p);
    assert_ne!(
        format::duration(expected.metrics.downtime_s),
        text_of(&root, downtime),
        "the test needs a limit that changes the downtime"
    );

    slide(&root, "downtime-limit", pos);
    until_text(
        &root,
        "[data-testid=slider-downtime-limit-value]",
        &format::duration(limit),
    )
    .await;
    until_text(
        &root,
        downtime,
        &format::duration(expected.metrics.downtime_s),
    )
    .await;
    until_text(
        &root,
        "[data-testid=metric-round] .total",
        &format!("{} pre-copy", expected.metrics.precopy_rounds),
    )
    .await;
    until_text(
        &root,
        "[data-testid=metric-time] .total",
        &format::duration(expected.metrics.total_time_s),
    )
    .await;
}

#[wasm_bindgen_test]
async fn memory_slider_changes_the_run_and_the_cell_size() {
    let root = mount(AppProps::default()).await;
    // Same scale and page rounding as the control: 256 MiB to 1 TiB, whole 4 KiB pages.
    const MIB: f64 = 1024.0 * 1024.0;
    let scale = SliderScale::Log {
        min: 256.0 * MIB,
        max: 1024.0 * 1024.0 * MIB,
    };
    let pos = 150;
    let v = scale.value(pos);
    let p = Params {
        memory_bytes: ((v / 4096.0).round() as u64).max(1) * 4096,
        ..Params::default()
    };
    let expected = run(&p);
    let before = text_of(&root, "[data-testid=metric-time] .total");
    assert_ne!(before, format::duration(expected.metrics.total_time_s));

    slide(&root, "memory", pos);
    until_text(
        &root,
        "[data-testid=slider-memory-value]",
        &format::bytes(p.memory_bytes as f64),
    )
    .await;
    until_text(
        &root,
        "[data-testid=metric-time] .total",
        &format::duration(expected.metrics.total_time_s),
    )
    .await;
    until_text(
        &root,
        "[data-testid=metric-sent] .total",
        &format!(
            "{} ({:.2}×)",
            format::bytes(expected.metrics.bytes_sent),
            expected.metrics.bytes_sent_x_memory
        ),
    )
    .await;
    // The canvas now shows the smaller memory: its grid follows the new run at t = 0.
    assert_grid_matches(
        &stage_canvas(&root),
        &Frame::at(&expected, &p, 0.0),
        "after the memory slider",
    )
    .await;
}

/// The timeline's phase bars as (phase name, fill), in order.
fn timeline_phases(root: &Element) -> Vec<(String, String)> {
    let rects = find(root, "[data-testid=timeline]")
        .query_selector_all("rect")
        .expect("rects");
    (0..rects.length())
        .filter_map(|i| rects.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|r| {
            let title = r.query_selector("title").ok()??.text_content()?;
            // "pre-copy round 3: 1 min 02 s – 1 min 24 s": the name is before the times.
            let name = title
                .rsplit_once(": ")
                .map_or(title.clone(), |(n, _)| n.into());
            Some((name, r.get_attribute("fill").unwrap_or_default()))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn type_switch_redraws_the_timeline_with_that_types_phases() {
    let root = mount(AppProps::default()).await;
    for ty in MigrationType::ALL {
        click(&root, &format!("[data-testid=type-{}]", ty.key()));
        let p = of_type(ty);
        let expected: Vec<(String, String)> = run(&p)
            .phases
            .iter()
            .map(|ph| (ph.kind.label(), phase_style(&ph.kind).0.to_string()))
            .collect();
        until(&format!("{ty:?}"), || {
            let pressed = find(&root, &format!("[data-testid=type-{}]", ty.key()))
                .get_attribute("aria-pressed");
            let shown = timeline_phases(&root);
            if pressed.as_deref() != Some("true") {
                Err(format!("the button is not pressed ({pressed:?})"))
            } else if shown != expected {
                Err(format!(
                    "the timeline shows {shown:?}, the model {expected:?}"
                ))
            } else {
                Ok(())
            }
        })
        .await;
        let shown = timeline_phases(&root);

        let has = |prefix: &str| shown.iter().any(|(n, _)| n.starts_with(prefix));
        match ty {
            MigrationType::Cold => {
                assert!(
                    has("shutdown") && has("disk copy") && has("boot"),
                    "{shown:?}"
                );
                assert!(!has("pre-copy"), "cold never pre-copies: {shown:?}");
            }
            MigrationType::Suspended => {
                assert!(has("suspend") && has("restore"), "{shown:?}");
                assert!(!has("pre-copy"), "{shown:?}");
            }
            MigrationType::Live => {
                assert!(
                    has("pre-copy round 0") && has("pre-copy round 1"),
                    "{shown:?}"
                );
                assert!(has("stop-and-copy") && !has("shutdown"), "{shown:?}");
            }
            MigrationType::PostCopy => {
                assert!(
                    has("switchover") && has("post-copy (degraded)"),
                    "{shown:?}"
                );
                assert!(!has("pre-copy"), "{shown:?}");
            }
            MigrationType::Hybrid => {
                assert!(
                    has("pre-copy round") && has("post-copy (degraded)"),
                    "{shown:?}"
                );
            }
        }
    }
}

/// Mounts the stage alone with the model's frame at `t_s` and checks every cell.
async fn check_stage(params: &Params, t_s: f64, what: &str) -> Frame {
    let trace = run(params);
    let frame = Frame::at(&trace, params, t_s);
    let root = new_root();
    // The default landscape picture (a narrower box stacks the hosts).
    root.set_attribute("style", "width: 1000px").expect("style");
    yew::Renderer::<Stage>::with_root_and_props(
        root.clone(),
        StageProps {
            frame: Rc::new(frame.clone()),
            bytes_moved: trace.bytes_sent_at(t_s),
            description: what.to_string().into(),
            palette: Default::default(),
            presenting: false,
            run: None,
            spotlight: None,
        },
    )
    .render();
    let canvas = until_canvas(&root).await;
    assert_grid_matches(&canvas, &frame, what).await;
    frame
}

#[wasm_bindgen_test]
async fn stage_paints_each_cell_in_the_colour_of_its_page_state() {
    let mid = |a: f64, b: f64| a + (b - a) * 0.5;
    let mut seen: Vec<Paint> = Vec::new();

    // Live, random writes over a working set, halfway through round 1: copied-clean,
    // dirtied and still-to-copy pages side by side.
    let mut live = Params::default();
    live.dirty_model = DirtyModel::Uniform;
    live.working_set_bytes = Some(live.memory_bytes / 2);
    let tr = run(&live);
    let r1 = tr.rounds.iter().find(|r| r.index == 1).expect("a round 1");
    let f = check_stage(&live, mid(r1.start_s, r1.end_s()), "live, round 1").await;
    assert!(
        distinct(&f.source) >= 2,
        "a mid-round picture: {:?}",
        f.source[0]
    );
    seen.extend(f.source.iter().chain(&f.destination));

    // Every type, halfway through each of its phases.
    for ty in MigrationType::ALL {
        let p = of_type(ty);
        for ph in run(&p).phases.iter().filter(|ph| ph.end_s > ph.start_s) {
            let what = format!("{ty:?} in {}", ph.kind.label());
            let f = check_stage(&p, mid(ph.start_s, ph.end_s), &what).await;
            seen.extend(f.source.iter().chain(&f.destination));
        }
    }
    // The scenarios above must exercise the palette, or the check proves little.
    for p in [
        Paint::ToCopy,
        Paint::Clean,
        Paint::Dirty,
        Paint::Present,
        Paint::Missing,
    ] {
        assert!(seen.contains(&p), "no scenario drew {p:?}");
    }
}

#[wasm_bindgen_test]
async fn stepping_by_button_and_keyboard_redraws_the_grid_at_the_playhead() {
    let mut params = Params::default();
    params.dirty_model = DirtyModel::Uniform;
    params.working_set_bytes = Some(params.memory_bytes / 4);
    let trace = run(&params);
    let root = mount(app_with(params.clone())).await;
    let canvas = stage_canvas(&root);
    assert_grid_matches(&canvas, &Frame::at(&trace, &params, 0.0), "at the start").await;

    // The reducer the app uses, driven the same way, says where each step lands.
    let mut state = Rc::new(AppState::new(params.clone()));
    let timeline = find(&root, "[data-testid=timeline]");
    for step in 1..=3 {
        if step == 2 {
            // The focused timeline steps on ArrowRight, as a keyboard user does.
            focus(&timeline);
            press(&timeline, "ArrowRight");
        } else {
            click(&root, "[data-testid=next]");
        }
        state = state.reduce(Action::StepNext);
        let want = format!("{:.3}", state.t_s);
        until_playhead(&root, &want, &format!("step {step}")).await;
    }
    let t = state.t_s;
    assert!(t > 0.0 && t < trace.end_s(), "mid-migration: {t}");
    let frame = Frame::at(&trace, &params, t);
    assert!(distinct(&frame.source) >= 2, "a mid-migration picture");
    assert_grid_matches(&canvas, &frame, "after three steps").await;
    until_text(
        &root,
        "[data-testid=metric-time] .now",
        &format::duration(t),
    )
    .await;

    press(&timeline, "ArrowLeft");
    state = state.reduce(Action::StepPrev);
    let want = format!("{:.3}", state.t_s);
    until_playhead(&root, &want, "a step back").await;
    assert_grid_matches(
        &canvas,
        &Frame::at(&trace, &params, state.t_s),
        "a step back",
    )
    .await;
}

// Regression: the timeline once measured and captured `e.current_target()`, which under
// Yew's event delegation is the app's root element, not the <svg>. The root here is
// padded so the two rectangles differ, as they do in the styled page.
#[wasm_bindgen_test]
async fn pointer_scrub_seeks_to_the_time_under_the_pointer() {
    let mut params = Params::default();
    params.dirty_model = DirtyModel::Uniform;
    params.working_set_bytes = Some(params.memory_bytes / 4);
    let trace = run(&params);
    let root = new_root();
    root.set_attribute("style", "padding-left: 240px; width: 600px")
        .expect("style");
    mount_into(&root, app_with(params.clone())).await;
    let canvas = stage_canvas(&root);
    let timeline = find(&root, "[data-testid=timeline]");

    // Pointer scrub to 40 % of the way: a time inside a round, not an event.
    let rect = timeline.get_bounding_client_rect();
    let client_x = (rect.left() + 0.4 * rect.width()).round();
    let t = ((client_x - rect.left()) / rect.width()).clamp(0.0, 1.0) * trace.end_s();
    let pointer = |kind: &str| {
        dispatch(
            &timeline,
            "PointerEvent",
            kind,
            &[
                ("clientX", client_x.into()),
                ("clientY", (rect.top() + rect.height() / 2.0).into()),
                ("pointerId", 1.into()),
                ("isPrimary", true.into()),
            ],
        )
    };
    pointer("pointerdown");
    pointer("pointerup");
    let want = format!("{t:.3}");
    until_playhead(&root, &want, "a pointer scrub").await;
    let frame = Frame::at(&trace, &params, t);
    assert!(trace.round_at(t).is_some(), "40 % lies inside a round");
    assert_grid_matches(&canvas, &frame, "scrubbed to 40 %").await;
    until_text(
        &root,
        "[data-testid=metric-downtime] .now",
        &format::duration(trace.downtime_at(t)),
    )
    .await;
}
