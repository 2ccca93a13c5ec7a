//! Canvas drawing only: `draw(ctx, &frame, &layout)` paints two hosts, their memory
//! grids and the link between them. Everything it shows comes from the `Frame`.

use crate::format;
use crate::frame::{Frame, Paint, GRID_COLS, GRID_ROWS};
use migration_model::{Host, VmState};
use web_sys::CanvasRenderingContext2d;

/// The picture's logical size in CSS pixels; the backing store is this × devicePixelRatio.
pub const WIDTH: f64 = 1000.0;
pub const HEIGHT: f64 = 380.0;

/// Where things go, in logical pixels (model-to-screen transform of the stage).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub cell: f64,
    pub gap: f64,
    pub host_w: f64,
    pub header_h: f64,
    pub source_x: f64,
    pub dest_x: f64,
    pub top: f64,
}

impl Default for Layout {
    fn default() -> Self {
        let cell = 10.0;
        let gap = 2.0;
        let host_w = GRID_COLS as f64 * (cell + gap) + 24.0;
        Layout {
            cell,
            gap,
            host_w,
            header_h: 48.0,
            source_x: 8.0,
            dest_x: WIDTH - 8.0 - host_w,
            top: 8.0,
        }
    }
}

impl Layout {
    pub fn host_h(&self) -> f64 {
        self.header_h + GRID_ROWS as f64 * (self.cell + self.gap) + 14.0
    }

    /// Top-left corner of cell `i` in the grid of the host whose box starts at `x`.
    pub fn cell_origin(&self, x: f64, i: usize) -> (f64, f64) {
        let col = (i % GRID_COLS) as f64;
        let row = (i / GRID_COLS) as f64;
        (
            x + 12.0 + col * (self.cell + self.gap),
            self.top + self.header_h + 8.0 + row * (self.cell + self.gap),
        )
    }
}

/// The stage's colours that follow the page's theme. The page-state colours do not:
/// they are the Okabe–Ito set (`Paint::colour`), legible on both backgrounds, except
/// the cells that stand for "nothing here", which must read as background.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: &'static str,
    pub panel: &'static str,
    pub ink: &'static str,
    pub muted: &'static str,
    pub border: &'static str,
    pub cable: &'static str,
    pub danger: &'static str,
    pub warning: &'static str,
    /// `Paint::Empty`, `Paint::Zero` and the fill of `Paint::Missing`.
    pub empty: &'static str,
    pub zero: &'static str,
    pub missing: &'static str,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: "#f8fafc",
        panel: "#ffffff",
        ink: "#111827",
        muted: "#4b5563",
        border: "#9ca3af",
        cable: "#6b7280",
        danger: "#b91c1c",
        warning: "#b45309",
        empty: "#f3f4f6",
        zero: "#e3e6ea",
        missing: "#ffffff",
    };
    pub const DARK: Palette = Palette {
        background: "#0b1220",
        panel: "#111827",
        ink: "#f1f5f9",
        muted: "#cbd5e1",
        border: "#64748b",
        cable: "#94a3b8",
        danger: "#f87171",
        warning: "#fbbf24",
        empty: "#1f2937",
        zero: "#374151",
        missing: "#111827",
    };

    /// For projectors: secondary text and borders as strong as the main text.
    pub fn high_contrast(self) -> Palette {
        Palette {
            muted: self.ink,
            border: self.ink,
            ..self
        }
    }

    /// A cell's fill.
    pub fn paint(&self, p: Paint) -> &'static str {
        match p {
            Paint::Empty => self.empty,
            Paint::Zero => self.zero,
            Paint::Missing => self.missing,
            other => other.colour(),
        }
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette::LIGHT
    }
}

pub fn state_colour(s: VmState) -> &'static str {
    match s {
        VmState::Running => "#007a5a",
        VmState::Throttled => "#b45309",
        VmState::Paused => "#b91c1c",
        VmState::Suspended => "#1d4ed8",
        VmState::Off => "#374151",
        VmState::Degraded => "#9d174d",
        VmState::Lost => "#000000",
    }
}

pub fn state_label(s: VmState) -> &'static str {
    match s {
        VmState::Running => "running",
        VmState::Throttled => "throttled",
        VmState::Paused => "paused",
        VmState::Suspended => "suspended",
        VmState::Off => "off",
        VmState::Degraded => "degraded",
        VmState::Lost => "lost",
    }
}

/// Paints the whole stage for `frame`.
pub fn draw(
    ctx: &CanvasRenderingContext2d,
    frame: &Frame,
    layout: &Layout,
    bytes_moved: f64,
    palette: &Palette,
) {
    ctx.set_fill_style_str(palette.background);
    ctx.fill_rect(0.0, 0.0, WIDTH, HEIGHT);
    draw_host(ctx, layout, frame, Host::Source, palette);
    draw_host(ctx, layout, frame, Host::Destination, palette);
    draw_link(ctx, layout, frame, bytes_moved, palette);
    if frame.vm_state == VmState::Lost {
        draw_lost(ctx);
    }
}

fn draw_host(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    frame: &Frame,
    host: Host,
    palette: &Palette,
) {
    let (x, title, cells) = match host {
        Host::Destination => (l.dest_x, "Destination host", &frame.destination),
        _ => (l.source_x, "Source host", &frame.source),
    };
    let here = frame.vm_host == host;
    ctx.set_fill_style_str(palette.panel);
    ctx.fill_rect(x, l.top, l.host_w, l.host_h());
    ctx.set_line_width(if here { 4.0 } else { 1.5 });
    ctx.set_stroke_style_str(if here {
        state_colour(frame.vm_state)
    } else {
        palette.border
    });
    ctx.stroke_rect(x, l.top, l.host_w, l.host_h());

    ctx.set_fill_style_str(palette.ink);
    ctx.set_font("bold 20px system-ui, sans-serif");
    ctx.set_text_baseline("middle");
    ctx.set_text_align("left");
    let _ = ctx.fill_text(title, x + 12.0, l.top + 20.0);
    ctx.set_font("14px system-ui, sans-serif");
    ctx.set_fill_style_str(palette.muted);
    let _ = ctx.fill_text(
        &format!("memory · 1 cell = {}", format::bytes(frame.cell_bytes)),
        x + 12.0,
        l.top + 40.0,
    );

    if here {
        // The badge: where the VM is, and in what state, readable from the back row.
        let label = format!("VM {}", state_label(frame.vm_state));
        ctx.set_font("bold 18px system-ui, sans-serif");
        let w = ctx.measure_text(&label).map(|m| m.width()).unwrap_or(80.0) + 24.0;
        let bx = x + l.host_w - w - 10.0;
        ctx.set_fill_style_str(state_colour(frame.vm_state));
        ctx.fill_rect(bx, l.top + 6.0, w, 30.0);
        ctx.set_fill_style_str("#ffffff");
        let _ = ctx.fill_text(&label, bx + 12.0, l.top + 21.0);
    }

    for (i, &p) in cells.iter().enumerate() {
        let (cx, cy) = l.cell_origin(x, i);
        ctx.set_fill_style_str(palette.paint(p));
        ctx.fill_rect(cx, cy, l.cell, l.cell);
        match p {
            Paint::Missing => {
                ctx.set_line_width(1.5);
                ctx.set_stroke_style_str("#9d174d");
                ctx.stroke_rect(cx + 0.75, cy + 0.75, l.cell - 1.5, l.cell - 1.5);
            }
            Paint::Discarded => {
                ctx.set_line_width(1.0);
                ctx.set_stroke_style_str("#9ca3af");
                ctx.begin_path();
                ctx.move_to(cx + 2.0, cy + 2.0);
                ctx.line_to(cx + l.cell - 2.0, cy + l.cell - 2.0);
                ctx.stroke();
            }
            _ => {}
        }
    }
}

/// Neither host can run the VM: say so across the whole stage.
fn draw_lost(ctx: &CanvasRenderingContext2d) {
    ctx.set_fill_style_str("rgba(17,24,39,0.78)");
    ctx.fill_rect(0.0, HEIGHT / 2.0 - 40.0, WIDTH, 80.0);
    ctx.set_fill_style_str("#ffffff");
    ctx.set_font("bold 30px system-ui, sans-serif");
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    let _ = ctx.fill_text("VM lost: no host can run it", WIDTH / 2.0, HEIGHT / 2.0);
    ctx.set_text_align("left");
}

fn draw_link(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    frame: &Frame,
    bytes_moved: f64,
    palette: &Palette,
) {
    let x0 = l.source_x + l.host_w + 6.0;
    let x1 = l.dest_x - 6.0;
    let mid = (x0 + x1) / 2.0;
    let y = l.top + l.host_h() / 2.0;
    let link = &frame.link;

    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    ctx.set_line_width(6.0);
    ctx.set_stroke_style_str(if link.broken {
        palette.danger
    } else {
        palette.cable
    });
    ctx.begin_path();
    if link.broken {
        // A visible break in the middle of the cable.
        ctx.move_to(x0, y);
        ctx.line_to(mid - 14.0, y + 6.0);
        ctx.move_to(mid + 14.0, y - 6.0);
        ctx.line_to(x1, y);
    } else {
        ctx.move_to(x0, y);
        ctx.line_to(x1, y);
    }
    ctx.stroke();

    ctx.set_font("bold 16px system-ui, sans-serif");
    ctx.set_fill_style_str(palette.ink);
    // Above the cable: what the link can carry. Below: what it carries now.
    let _ = ctx.fill_text(
        &format!("link {}", format::bit_rate(link.bandwidth_bytes_per_s)),
        mid,
        y - 34.0,
    );
    let now = if link.broken {
        "LINK DOWN".to_string()
    } else if link.rate_bytes_per_s > 0.0 {
        format!("sending {}", format::bit_rate(link.rate_bytes_per_s))
    } else {
        "idle".to_string()
    };
    ctx.set_font("15px system-ui, sans-serif");
    ctx.set_fill_style_str(if link.broken {
        palette.danger
    } else {
        palette.muted
    });
    let _ = ctx.fill_text(&now, mid, y + 30.0);
    if let Some(d) = link.degraded {
        ctx.set_fill_style_str(palette.warning);
        ctx.set_font("bold 15px system-ui, sans-serif");
        let _ = ctx.fill_text(d, mid, y - 56.0);
    }

    if link.rate_bytes_per_s > 0.0 && !link.broken && link.hold.is_none() {
        // Pages in flight: they move as bytes move, so they stop when the link idles
        // and run backwards when the playhead is scrubbed back.
        let spacing = (x1 - x0 - 16.0) / 5.0;
        let offset = (bytes_moved / 4.0e6).fract() * spacing;
        ctx.set_fill_style_str(Paint::InFlight.colour());
        ctx.set_stroke_style_str("#6b5e00");
        ctx.set_line_width(1.5);
        for k in 0..5 {
            let px = x0 + 4.0 + offset + k as f64 * spacing;
            if px < x1 - 12.0 {
                ctx.fill_rect(px, y - 7.0, 12.0, 14.0);
                ctx.stroke_rect(px, y - 7.0, 12.0, 14.0);
            }
        }
    }

    if let Some(reason) = link.hold {
        // The barrier: a hold stops everything until it is lifted.
        ctx.set_fill_style_str(palette.danger);
        ctx.fill_rect(mid - 5.0, y - 60.0, 10.0, 120.0);
        ctx.set_fill_style_str(palette.ink);
        ctx.set_font("bold 16px system-ui, sans-serif");
        let _ = ctx.fill_text("ON HOLD", mid, y + 78.0);
        ctx.set_font("14px system-ui, sans-serif");
        // The link is narrow: long reasons go on two lines.
        let words: Vec<&str> = reason.split(' ').collect();
        let half = words.len().div_ceil(2);
        let (a, b) = if reason.len() > 14 && words.len() > 1 {
            (words[..half].join(" "), words[half..].join(" "))
        } else {
            (reason.to_string(), String::new())
        };
        let _ = ctx.fill_text(&a, mid, y + 98.0);
        let _ = ctx.fill_text(&b, mid, y + 116.0);
    }
    ctx.set_text_align("left");
}
