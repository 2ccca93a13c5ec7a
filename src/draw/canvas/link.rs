//! The link between the hosts: the cable (broken or not), what it can carry and carries
//! now, the pages in flight, a hold's barrier, and a cold migration's disks.

use super::layout::Layout;
use super::palette::Palette;
use crate::i18n::{t, t0, Lang};
use crate::picture::format;
use crate::picture::frame::{DiskView, Frame, LinkView, Paint};
use crate::picture::labels::{fault_words, hold_words};
use web_sys::CanvasRenderingContext2d;

/// Where the link is drawn: from `from` to `to` (horizontal between hosts side by side,
/// vertical between stacked hosts), and where its text goes.
struct Cable {
    from: (f64, f64),
    to: (f64, f64),
    /// Text anchor and alignment: centred above/below a horizontal cable, left-aligned
    /// beside a vertical one.
    text_x: f64,
    mid_y: f64,
    align: &'static str,
}

impl Cable {
    fn of(l: &Layout) -> Cable {
        if l.stacked {
            let x = l.source_x + 34.0;
            let y0 = l.top + l.host_h() + 4.0;
            let y1 = l.dest_top - 4.0;
            Cable {
                from: (x, y0),
                to: (x, y1),
                text_x: x + 26.0,
                mid_y: (y0 + y1) / 2.0,
                align: "left",
            }
        } else {
            let x0 = l.source_x + l.host_w + 6.0;
            let x1 = l.dest_x - 6.0;
            let y = l.top + l.host_h() / 2.0;
            Cable {
                from: (x0, y),
                to: (x1, y),
                text_x: (x0 + x1) / 2.0,
                mid_y: y,
                align: "center",
            }
        }
    }

    /// The point a share `f` of the way along.
    fn at(&self, f: f64) -> (f64, f64) {
        (
            self.from.0 + (self.to.0 - self.from.0) * f,
            self.from.1 + (self.to.1 - self.from.1) * f,
        )
    }

    fn length(&self) -> f64 {
        (self.to.0 - self.from.0).abs() + (self.to.1 - self.from.1).abs()
    }

    /// Text line `n` of the link's text: above (n < 0) and below a horizontal cable,
    /// one under another beside a vertical one.
    fn line(&self, l: &Layout, n: f64) -> (f64, f64) {
        let pitch = if l.stacked { 19.0 } else { 32.0 };
        (self.text_x, self.mid_y + n * pitch * l.text)
    }
}

/// The link and everything on it: the cable, its rates, a cold migration's disks, the
/// pages in flight and a hold's barrier.
pub(super) fn draw_link(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    frame: &Frame,
    bytes_moved: f64,
    (palette, lang): (&Palette, Lang),
) {
    let cable = Cable::of(l);
    let link = &frame.link;
    ctx.set_text_align(cable.align);
    ctx.set_text_baseline("middle");
    draw_cable(ctx, l, &cable, link.broken, palette);
    draw_rates(ctx, l, &cable, link, (palette, lang));
    if let Some(disk) = &frame.disk {
        draw_disk(ctx, l, &cable, disk, (palette, lang));
    }
    if link.rate_bytes_per_s > 0.0 && !link.broken && link.hold.is_none() {
        draw_pages_in_flight(ctx, l, &cable, bytes_moved);
    }
    if let Some(reason) = link.hold {
        draw_hold(ctx, l, &cable, &hold_words(lang, reason), (palette, lang));
    }
    ctx.set_text_align("left");
}

/// The cable itself, with a visible break in the middle when the link is down.
fn draw_cable(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    cable: &Cable,
    broken: bool,
    palette: &Palette,
) {
    ctx.set_line_width(6.0);
    ctx.set_stroke_style_str(if broken {
        palette.danger
    } else {
        palette.cable
    });
    ctx.begin_path();
    if broken {
        // A visible break in the middle of the cable.
        let (a, b) = (
            cable.at(0.5 - 12.0 / cable.length()),
            cable.at(0.5 + 12.0 / cable.length()),
        );
        let (dx, dy) = if l.stacked { (6.0, 0.0) } else { (0.0, 6.0) };
        ctx.move_to(cable.from.0, cable.from.1);
        ctx.line_to(a.0 + dx, a.1 + dy);
        ctx.move_to(b.0 - dx, b.1 - dy);
        ctx.line_to(cable.to.0, cable.to.1);
    } else {
        ctx.move_to(cable.from.0, cable.from.1);
        ctx.line_to(cable.to.0, cable.to.1);
    }
    ctx.stroke();
}

/// What the link can carry, then what it carries now (or that it is down), and why it
/// is degraded.
fn draw_rates(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    cable: &Cable,
    link: &LinkView,
    (palette, lang): (&Palette, Lang),
) {
    ctx.set_font(&l.font(true, 16.0));
    ctx.set_fill_style_str(palette.ink);
    let (x, y) = cable.line(l, if l.stacked { -1.0 } else { -1.06 });
    let rate = |r: f64| format::in_lang(lang, format::bit_rate(r));
    let _ = ctx.fill_text(
        &t(
            lang,
            "picture-link",
            &[("rate", rate(link.bandwidth_bytes_per_s).into())],
        ),
        x,
        y,
    );
    let now = if link.broken {
        t0(lang, "picture-link-down")
    } else if link.rate_bytes_per_s > 0.0 {
        t(
            lang,
            "picture-link-sending",
            &[("rate", rate(link.rate_bytes_per_s).into())],
        )
    } else {
        t0(lang, "picture-link-idle")
    };
    ctx.set_font(&l.font(false, 15.0));
    ctx.set_fill_style_str(if link.broken {
        palette.danger
    } else {
        palette.muted
    });
    let (x, y) = cable.line(l, if l.stacked { 0.0 } else { 0.94 });
    let _ = ctx.fill_text(&now, x, y);
    if let Some(d) = link.degraded {
        ctx.set_fill_style_str(palette.warning);
        ctx.set_font(&l.font(true, 15.0));
        let (x, y) = cable.line(l, if l.stacked { 1.0 } else { -1.75 });
        let _ = ctx.fill_text(&fault_words(lang, d), x, y);
    }
}

/// Pages in flight: they move as bytes move, so they stop when the link idles and run
/// backwards when the playhead is scrubbed back.
fn draw_pages_in_flight(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    cable: &Cable,
    bytes_moved: f64,
) {
    let len = cable.length();
    // Five pages on the wire, fewer on a short (stacked) cable, never overlapping.
    let pages = ((len - 16.0) / 20.0).floor().clamp(1.0, 5.0);
    let spacing = (len - 16.0) / pages;
    let offset = (bytes_moved / 4.0e6).fract() * spacing;
    ctx.set_fill_style_str(Paint::InFlight.colour());
    ctx.set_stroke_style_str("#6b5e00");
    ctx.set_line_width(1.5);
    for n in 0..pages as usize {
        let d = 4.0 + offset + n as f64 * spacing;
        if d < len - 12.0 {
            let (px, py) = cable.at(d / len);
            let (w, h) = if l.stacked {
                (14.0, 12.0)
            } else {
                (12.0, 14.0)
            };
            let (rx, ry) = if l.stacked {
                (px - 7.0, py)
            } else {
                (px, py - 7.0)
            };
            ctx.fill_rect(rx, ry, w, h);
            ctx.stroke_rect(rx, ry, w, h);
        }
    }
}

/// The barrier: a hold stops everything until it is lifted; its reason beside it.
fn draw_hold(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    cable: &Cable,
    reason: &str,
    (palette, lang): (&Palette, Lang),
) {
    let k = l.text;
    let (mx, my) = cable.at(0.5);
    ctx.set_fill_style_str(palette.danger);
    if l.stacked {
        ctx.fill_rect(mx - 26.0, my - 5.0, 52.0, 10.0);
    } else {
        ctx.fill_rect(mx - 5.0, my - 60.0 * k, 10.0, 120.0 * k);
    }
    ctx.set_fill_style_str(palette.ink);
    ctx.set_font(&l.font(true, 16.0));
    if l.stacked {
        let (x, y) = cable.line(l, 1.0);
        let _ = ctx.fill_text(
            &t(lang, "picture-on-hold-reason", &[("reason", reason.into())]),
            x,
            y,
        );
    } else {
        let _ = ctx.fill_text(&t0(lang, "picture-on-hold"), mx, my + 78.0 * k);
        ctx.set_font(&l.font(false, 14.0));
        // The link is narrow: long reasons go on two lines.
        let words: Vec<&str> = reason.split(' ').collect();
        let half = words.len().div_ceil(2);
        let (a, b) = if reason.len() > 14 && words.len() > 1 {
            (words[..half].join(" "), words[half..].join(" "))
        } else {
            (reason.to_string(), String::new())
        };
        let _ = ctx.fill_text(&a, mx, my + 98.0 * k);
        let _ = ctx.fill_text(&b, mx, my + 116.0 * k);
    }
}

/// A cold migration's disks: a bar that fills as they cross, under the cable (beside
/// it when the hosts are stacked).
fn draw_disk(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    cable: &Cable,
    disk: &DiskView,
    (palette, lang): (&Palette, Lang),
) {
    let k = l.text;
    let text = if disk.shared {
        t0(lang, "picture-disks-shared")
    } else {
        let bytes = |b: f64| format::in_lang(lang, format::bytes(b));
        t(
            lang,
            "picture-disk",
            &[
                ("copied", bytes(disk.copied_bytes).into()),
                ("total", bytes(disk.total_bytes).into()),
            ],
        )
    };
    let share = if disk.total_bytes > 0.0 {
        (disk.copied_bytes / disk.total_bytes).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (bar_w, bar_h) = (if l.stacked { 90.0 } else { 140.0 * k }, 10.0 * k);
    let (bx, by, tx, ty) = if l.stacked {
        let x = cable.text_x;
        let y = cable.mid_y + 19.0 * k;
        (x, y - bar_h / 2.0, x + bar_w + 8.0, y)
    } else {
        let (mx, my) = cable.at(0.5);
        (
            mx - bar_w / 2.0,
            my + 52.0 * k,
            mx,
            my + 52.0 * k + bar_h + 12.0 * k,
        )
    };
    if !disk.shared {
        ctx.set_fill_style_str(palette.empty);
        ctx.fill_rect(bx, by, bar_w, bar_h);
        ctx.set_fill_style_str(Paint::StateFile.colour());
        ctx.fill_rect(bx, by, bar_w * share, bar_h);
        ctx.set_line_width(1.0);
        ctx.set_stroke_style_str(palette.border);
        ctx.stroke_rect(bx, by, bar_w, bar_h);
    }
    ctx.set_fill_style_str(palette.ink);
    ctx.set_font(&l.font(false, 14.0));
    let (x, align) = if l.stacked && !disk.shared {
        (tx, "left")
    } else if l.stacked {
        (cable.text_x, "left")
    } else {
        (tx, "center")
    };
    ctx.set_text_align(align);
    let _ = ctx.fill_text(&text, x, ty);
    ctx.set_text_align(if l.stacked { "left" } else { "center" });
}
