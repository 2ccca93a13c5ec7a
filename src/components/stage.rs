//! The stage: two hosts and the link, painted on a canvas from the frame at t.

use crate::frame::Frame;
use crate::render::{self, Layout, Palette, HEIGHT, WIDTH};
use std::rc::Rc;
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
}

#[component]
pub fn Stage(props: &StageProps) -> Html {
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let deps = (props.frame.clone(), props.bytes_moved, props.palette);
        use_effect_with(deps, move |(frame, bytes_moved, palette)| {
            if let Some(el) = canvas.cast::<HtmlCanvasElement>() {
                paint(&el, frame, *bytes_moved, palette);
            }
        });
    }
    html! {
        <div class="stage">
            <canvas
                ref={canvas}
                data-testid="stage-canvas"
                role="img"
                aria-label={props.description.clone()}
                width={WIDTH.to_string()}
                height={HEIGHT.to_string()}
            />
        </div>
    }
}

fn paint(el: &HtmlCanvasElement, frame: &Frame, bytes_moved: f64, palette: &Palette) {
    let dpr = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .unwrap_or(1.0)
        .clamp(1.0, 4.0);
    let (w, h) = ((WIDTH * dpr).round() as u32, (HEIGHT * dpr).round() as u32);
    if el.width() != w || el.height() != h {
        el.set_width(w);
        el.set_height(h);
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
    render::draw(&ctx, frame, &Layout::default(), bytes_moved, palette);
}
