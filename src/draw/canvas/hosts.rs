//! A host on the stage: its box, its title and the VM's badge, and its memory grid.

use super::layout::Layout;
use super::palette::{state_colour, Palette};
use crate::picture::format;
use crate::picture::frame::{Frame, Paint};
use migration_model::Host;
use web_sys::CanvasRenderingContext2d;

pub(super) fn draw_host(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    frame: &Frame,
    host: Host,
    palette: &Palette,
) {
    let (title, cells) = match host {
        Host::Destination => ("Destination host", &frame.destination),
        _ => ("Source host", &frame.source),
    };
    let (x, y) = l.host_origin(host);
    let here = frame.vm_host == host;
    ctx.set_fill_style_str(palette.panel);
    ctx.fill_rect(x, y, l.host_w, l.host_h());
    ctx.set_line_width(if here { 4.0 } else { 1.5 });
    ctx.set_stroke_style_str(if here {
        state_colour(frame.vm_state)
    } else {
        palette.border
    });
    ctx.stroke_rect(x, y, l.host_w, l.host_h());

    let k = l.text;
    // The badge: where the VM is, and in what state, readable from the back row.
    let badge = here.then(|| format!("VM {}", frame.vm_state.label()));
    ctx.set_font(&l.font(true, 18.0));
    let badge_w = badge.as_ref().map_or(0.0, |b| {
        ctx.measure_text(b).map(|m| m.width()).unwrap_or(80.0) + 24.0
    });
    ctx.set_fill_style_str(palette.ink);
    ctx.set_font(&l.font(true, 20.0));
    ctx.set_text_baseline("middle");
    ctx.set_text_align("left");
    // A narrow host (large type, a phone) says "Source" beside the badge.
    let title_w = ctx.measure_text(title).map(|m| m.width()).unwrap_or(0.0);
    let title = if 12.0 + title_w + 16.0 + badge_w + 10.0 > l.host_w {
        title.trim_end_matches(" host")
    } else {
        title
    };
    let _ = ctx.fill_text(title, x + 12.0, y + 20.0 * k);
    ctx.set_font(&l.font(false, 14.0));
    ctx.set_fill_style_str(palette.muted);
    let _ = ctx.fill_text(
        &format!("memory · 1 cell = {}", format::bytes(frame.cell_bytes)),
        x + 12.0,
        y + 40.0 * k,
    );

    if let Some(label) = badge {
        ctx.set_font(&l.font(true, 18.0));
        let bx = x + l.host_w - badge_w - 10.0;
        ctx.set_fill_style_str(state_colour(frame.vm_state));
        ctx.fill_rect(bx, y + 6.0, badge_w, 30.0 * k);
        ctx.set_fill_style_str("#ffffff");
        let _ = ctx.fill_text(&label, bx + 12.0, y + 6.0 + 15.0 * k);
    }

    let c = l.cell;
    for (i, &p) in cells.iter().enumerate() {
        let (cx, cy) = l.cell_origin_at(x, y, i);
        ctx.set_fill_style_str(palette.paint(p));
        ctx.fill_rect(cx, cy, c, c);
        match p {
            Paint::Missing => {
                let w = (c * 0.15).clamp(1.0, 1.5);
                ctx.set_line_width(w);
                ctx.set_stroke_style_str("#9d174d");
                ctx.stroke_rect(cx + w / 2.0, cy + w / 2.0, c - w, c - w);
            }
            Paint::Discarded => {
                ctx.set_line_width(1.0);
                ctx.set_stroke_style_str("#9ca3af");
                ctx.begin_path();
                ctx.move_to(cx + c * 0.2, cy + c * 0.2);
                ctx.line_to(cx + c * 0.8, cy + c * 0.8);
                ctx.stroke();
            }
            _ => {}
        }
    }
}
