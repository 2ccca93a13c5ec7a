//! The stage: two hosts and the link, painted on a canvas from the frame at t. The
//! picture's layout follows its box: the default landscape picture scaled to fit, larger
//! type in presentation mode, the hosts stacked on a phone (`render::Layout::fit`).

use crate::frame::Frame;
use crate::render::{self, Layout, Palette};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StageProps {
    /// What to paint.
    pub frame: Rc<Frame>,
    /// Bytes sent so far: pages on the link move with them.
    pub bytes_moved: f64,
    /// Text alternative: what the picture shows now.
    pub description: AttrValue,
    /// The theme's colours.
    #[prop_or_default]
    pub palette: Palette,
    /// Presentation mode: type sized for the back row.
    #[prop_or_default]
    pub presenting: bool,
}

/// The width of `node` in CSS pixels, kept up to date by a `ResizeObserver` (0 until
/// measured).
#[hook]
fn use_width(node: NodeRef) -> f64 {
    let width = use_state(|| 0.0_f64);
    {
        let width = width.clone();
        use_effect_with((), move |_| {
            let el = node.cast::<web_sys::Element>();
            let measure = {
                let el = el.clone();
                move || {
                    if let Some(el) = &el {
                        let w = el.client_width() as f64;
                        if w > 0.0 {
                            width.set(w);
                        }
                    }
                }
            };
            measure();
            let cb = Closure::<dyn Fn()>::new(measure);
            let observer = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, &el) {
                o.observe(el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(cb);
            }
        });
    }
    *width
}

#[component]
pub fn Stage(props: &StageProps) -> Html {
    let canvas = use_node_ref();
    let boxed = use_node_ref();
    let width = use_width(boxed.clone());
    let layout = Layout::fit(width, props.presenting);
    {
        let canvas = canvas.clone();
        let deps = (
            props.frame.clone(),
            props.bytes_moved,
            props.palette,
            layout,
        );
        use_effect_with(deps, move |(frame, bytes_moved, palette, layout)| {
            if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                paint(&el, frame, *bytes_moved, palette, layout);
            }
        });
    }
    let fitted = layout != Layout::default();
    html! {
        <div class={classes!("stage", layout.stacked.then_some("stacked"))} ref={boxed}>
            <canvas
                ref={canvas}
                data-testid="stage-canvas"
                data-layout={if layout.stacked { "stacked" } else if fitted { "large" } else { "default" }}
                data-logical-width={layout.width.to_string()}
                data-text-scale={format!("{:.3}", layout.text)}
                role="img"
                aria-label={props.description.clone()}
                width={layout.width.to_string()}
                height={layout.height.to_string()}
            />
        </div>
    }
}

fn paint(
    el: &HtmlCanvasElement,
    frame: &Frame,
    bytes_moved: f64,
    palette: &Palette,
    layout: &Layout,
) {
    let dpr = crate::page::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0);
    let (w, h) = (
        (layout.width * dpr).round() as u32,
        (layout.height * dpr).round() as u32,
    );
    if el.width() != w || el.height() != h {
        el.set_width(w);
        el.set_height(h);
    }
    // The default picture scales with its box (the style sheet); a fitted one is drawn
    // at one logical pixel per CSS pixel. Set through CSSOM: a strict CSP blocks style
    // attributes.
    let style = el.style();
    if *layout == Layout::default() {
        let _ = style.remove_property("width");
        let _ = style.remove_property("height");
        let _ = style.remove_property("aspect-ratio");
    } else {
        let _ = style.set_property("width", &format!("{}px", layout.width));
        let _ = style.set_property("height", &format!("{}px", layout.height));
        let _ = style.set_property("aspect-ratio", "auto");
    }
    let Some(ctx) = el
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    render::draw(&ctx, frame, layout, bytes_moved, palette);
}
