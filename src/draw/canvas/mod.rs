//! Canvas drawing only: `draw(ctx, &frame, &layout)` paints two hosts, their memory
//! grids and the link between them. Everything it shows comes from the `Frame`.
//!
//! - `layout`: where things go (the picture's size, the hosts, the cells), for the
//!   default picture, presenting and a phone.
//! - `palette`: the colours that follow the theme, and the VM states' colours.
//! - `hosts`: a host's box, badge and memory grid; `link`: the cable between them,
//!   what it carries, a cold migration's disks and a hold.

mod hosts;
mod layout;
mod link;
mod palette;

pub use layout::{Layout, HEIGHT, STACK_BELOW_PX, WIDTH};
pub use palette::{state_colour, Palette};

use crate::i18n::{t0, Lang};
use crate::picture::frame::Frame;
use migration_model::{Host, VmState};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The canvas's 2D context, if the browser gives one.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
}

/// Paints the whole stage for `frame`, its words in `lang`. Returns where the hosts' titles and the VM's
/// badge went (`hosts::header_text`: "source: title … badge …; destination: …"), which
/// the stage gives the tests as `data-headers`.
pub fn draw(
    ctx: &CanvasRenderingContext2d,
    frame: &Frame,
    layout: &Layout,
    bytes_moved: f64,
    palette: &Palette,
    lang: Lang,
) -> String {
    ctx.set_fill_style_str(palette.background);
    ctx.fill_rect(0.0, 0.0, layout.width, layout.height);
    let source = hosts::draw_host(ctx, layout, frame, (Host::Source, lang), palette);
    let destination = hosts::draw_host(ctx, layout, frame, (Host::Destination, lang), palette);
    link::draw_link(ctx, layout, frame, bytes_moved, (palette, lang));
    if frame.vm_state == VmState::Lost {
        draw_lost(ctx, layout, lang);
    }
    format!(
        "source: {}; destination: {}",
        hosts::header_text(&source),
        hosts::header_text(&destination)
    )
}

/// Neither host can run the VM: say so across the whole stage.
fn draw_lost(ctx: &CanvasRenderingContext2d, l: &Layout, lang: Lang) {
    let band = 80.0 * l.text.max(1.0);
    ctx.set_fill_style_str("rgba(17,24,39,0.78)");
    ctx.fill_rect(0.0, l.height / 2.0 - band / 2.0, l.width, band);
    ctx.set_fill_style_str("#ffffff");
    ctx.set_font(&l.font(true, if l.stacked { 22.0 } else { 30.0 }));
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    let _ = ctx.fill_text(&t0(lang, "picture-lost"), l.width / 2.0, l.height / 2.0);
    ctx.set_text_align("left");
}
