//! Canvas drawing only: `draw(ctx, &frame, &layout)` paints two hosts, their memory
//! grids and the link between them. Everything it shows comes from the `Frame`.

use crate::picture::format;
use crate::picture::frame::{Frame, Paint, GRID_COLS, GRID_ROWS};
use migration_model::{Host, VmState};
use web_sys::CanvasRenderingContext2d;

/// The picture's logical size in CSS pixels; the backing store is this × devicePixelRatio.
pub const WIDTH: f64 = 1000.0;
pub const HEIGHT: f64 = 380.0;

/// Where things go, in logical pixels (model-to-screen transform of the stage).
/// `Layout::default()` is the 1000 × 380 landscape picture, scaled by CSS to its box;
/// [`Layout::fit`] sizes one for a box in CSS pixels: larger type when presenting, the
/// hosts stacked on a narrow (phone) screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub cell: f64,
    pub gap: f64,
    pub host_w: f64,
    pub header_h: f64,
    pub source_x: f64,
    pub dest_x: f64,
    /// The source host's top (and the destination's, side by side).
    pub top: f64,
    /// The destination host's top.
    pub dest_top: f64,
    /// The picture's logical size.
    pub width: f64,
    pub height: f64,
    /// Grid columns (rows = cells / columns); the cells stay in address order.
    pub cols: usize,
    /// Hosts stacked, the link between them vertical.
    pub stacked: bool,
    /// Type size factor: 1 = 14–20 px.
    pub text: f64,
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
            dest_top: 8.0,
            width: WIDTH,
            height: HEIGHT,
            cols: GRID_COLS,
            stacked: false,
            text: 1.0,
        }
    }
}

/// Below this width (CSS px) the hosts stack: a phone held upright.
pub const STACK_BELOW_PX: f64 = 560.0;

impl Layout {
    /// A layout for a box `width` CSS pixels wide, drawn at one logical pixel per CSS
    /// pixel. Presenting: type from 18 px at 1024 px up, growing with the screen, and the
    /// grids as large as the width allows. Narrow: hosts stacked, 48 × 16 grids.
    /// Otherwise the default picture (scaled by CSS).
    pub fn fit(width: f64, presenting: bool) -> Layout {
        if !width.is_finite() || width <= 0.0 {
            return Layout::default();
        }
        let width = width.clamp(240.0, 4000.0).floor();
        if width < STACK_BELOW_PX {
            let cols = 48;
            let text = if presenting { 1.2 } else { 1.0 };
            let step = ((width - 16.0 - 24.0) / cols as f64).max(3.0);
            let gap = if step >= 7.0 { 1.5 } else { 1.0 };
            let header_h = 48.0 * text;
            let host_w = width - 16.0;
            let grid_h = (CELLS_F / cols as f64) * step;
            let host_h = header_h + 8.0 + grid_h + 6.0;
            let link_h = 74.0 * text;
            let top = 8.0;
            let dest_top = top + host_h + link_h;
            return Layout {
                cell: step - gap,
                gap,
                host_w,
                header_h,
                source_x: 8.0,
                dest_x: 8.0,
                top,
                dest_top,
                width,
                height: (dest_top + host_h + 8.0).ceil(),
                cols,
                stacked: true,
                text,
            };
        }
        if !presenting {
            return Layout::default();
        }
        // 18 px at 1024 px, more on a larger screen (the back row is farther away).
        let text = (1.3 * width / 1000.0).clamp(1.3, 2.2);
        let link_w = 175.0 * text;
        let host_w = ((width - 16.0 - link_w) / 2.0).floor();
        let step = ((host_w - 24.0) / GRID_COLS as f64).max(3.0);
        let gap = if step >= 9.0 { 2.0 } else { 1.0 };
        let header_h = 48.0 * text;
        let host_h = header_h + 8.0 + GRID_ROWS as f64 * step + 14.0;
        Layout {
            cell: step - gap,
            gap,
            host_w,
            header_h,
            source_x: 8.0,
            dest_x: width - 8.0 - host_w,
            top: 8.0,
            dest_top: 8.0,
            width,
            height: (host_h + 16.0).ceil(),
            cols: GRID_COLS,
            stacked: false,
            text,
        }
    }

    pub fn host_h(&self) -> f64 {
        let rows = (CELLS_F / self.cols as f64).ceil();
        self.header_h + 8.0 + rows * (self.cell + self.gap) + 6.0
    }

    /// Top-left corner of a host's box.
    pub fn host_origin(&self, host: Host) -> (f64, f64) {
        match host {
            Host::Destination => (self.dest_x, self.dest_top),
            _ => (self.source_x, self.top),
        }
    }

    /// Top-left corner of cell `i` in the grid of the host whose box starts at `x`
    /// (side by side, at `top`).
    pub fn cell_origin(&self, x: f64, i: usize) -> (f64, f64) {
        self.cell_origin_at(x, self.top, i)
    }

    /// Top-left corner of cell `i` in the grid of the host whose box starts at (x, y).
    pub fn cell_origin_at(&self, x: f64, y: f64, i: usize) -> (f64, f64) {
        let col = (i % self.cols) as f64;
        let row = (i / self.cols) as f64;
        (
            x + 12.0 + col * (self.cell + self.gap),
            y + self.header_h + 8.0 + row * (self.cell + self.gap),
        )
    }

    /// The cell under the point (px, py) in logical pixels, on either host's grid (a
    /// click between two cells picks the one up and to the left). `None` off the grids.
    pub fn cell_at(&self, px: f64, py: f64) -> Option<usize> {
        let pitch = self.cell + self.gap;
        if !(px.is_finite() && py.is_finite() && pitch > 0.0) {
            return None;
        }
        let rows = (CELLS_F / self.cols as f64).ceil() as usize;
        [Host::Source, Host::Destination]
            .into_iter()
            .find_map(|host| {
                let (x, y) = self.host_origin(host);
                let gx = px - (x + 12.0);
                let gy = py - (y + self.header_h + 8.0);
                if gx < 0.0 || gy < 0.0 {
                    return None;
                }
                let (col, row) = ((gx / pitch) as usize, (gy / pitch) as usize);
                let i = row * self.cols + col;
                (col < self.cols && row < rows && i < CELLS_F as usize).then_some(i)
            })
    }

    /// Outlines cell `i` on both grids (the page whose life is shown).
    pub fn outline_cell(&self, ctx: &CanvasRenderingContext2d, i: usize, ink: &str) {
        ctx.set_line_width(2.5);
        ctx.set_stroke_style_str(ink);
        for host in [Host::Source, Host::Destination] {
            let (x, y) = self.host_origin(host);
            let (cx, cy) = self.cell_origin_at(x, y, i);
            ctx.stroke_rect(cx - 2.0, cy - 2.0, self.cell + 4.0, self.cell + 4.0);
        }
    }

    /// Spotlights the cells painted `paint` on both grids (a lesson's "the dirty pages"):
    /// the others are dimmed and these outlined.
    pub fn spotlight(
        &self,
        ctx: &CanvasRenderingContext2d,
        frame: &Frame,
        paint: Paint,
        palette: &Palette,
    ) {
        for (host, cells) in [
            (Host::Source, &frame.source),
            (Host::Destination, &frame.destination),
        ] {
            let (x, y) = self.host_origin(host);
            ctx.set_global_alpha(0.7);
            ctx.set_fill_style_str(palette.panel);
            for (i, _) in cells.iter().enumerate().filter(|(_, p)| **p != paint) {
                let (cx, cy) = self.cell_origin_at(x, y, i);
                ctx.fill_rect(cx, cy, self.cell, self.cell);
            }
            ctx.set_global_alpha(1.0);
            ctx.set_line_width(1.5);
            ctx.set_stroke_style_str(palette.ink);
            for (i, _) in cells.iter().enumerate().filter(|(_, p)| **p == paint) {
                let (cx, cy) = self.cell_origin_at(x, y, i);
                ctx.stroke_rect(cx - 0.75, cy - 0.75, self.cell + 1.5, self.cell + 1.5);
            }
        }
    }

    /// A canvas font at `px` logical pixels times the layout's type size.
    pub fn font(&self, bold: bool, px: f64) -> String {
        format!(
            "{}{:.1}px system-ui, sans-serif",
            if bold { "bold " } else { "" },
            px * self.text
        )
    }
}

const CELLS_F: f64 = (GRID_COLS * GRID_ROWS) as f64;

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

/// Paints the whole stage for `frame`.
pub fn draw(
    ctx: &CanvasRenderingContext2d,
    frame: &Frame,
    layout: &Layout,
    bytes_moved: f64,
    palette: &Palette,
) {
    ctx.set_fill_style_str(palette.background);
    ctx.fill_rect(0.0, 0.0, layout.width, layout.height);
    draw_host(ctx, layout, frame, Host::Source, palette);
    draw_host(ctx, layout, frame, Host::Destination, palette);
    draw_link(ctx, layout, frame, bytes_moved, palette);
    if frame.vm_state == VmState::Lost {
        draw_lost(ctx, layout);
    }
}

fn draw_host(
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

/// A cold migration's disks: a bar that fills as they cross, under the cable (beside
/// it when the hosts are stacked).
fn draw_disk(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    cable: &Cable,
    disk: &crate::picture::frame::DiskView,
    palette: &Palette,
) {
    let k = l.text;
    let text = if disk.shared {
        "disks shared: not copied".to_string()
    } else {
        format!(
            "disk {} of {}",
            format::bytes(disk.copied_bytes),
            format::bytes(disk.total_bytes)
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

/// Neither host can run the VM: say so across the whole stage.
fn draw_lost(ctx: &CanvasRenderingContext2d, l: &Layout) {
    let band = 80.0 * l.text.max(1.0);
    ctx.set_fill_style_str("rgba(17,24,39,0.78)");
    ctx.fill_rect(0.0, l.height / 2.0 - band / 2.0, l.width, band);
    ctx.set_fill_style_str("#ffffff");
    ctx.set_font(&l.font(true, if l.stacked { 22.0 } else { 30.0 }));
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    let _ = ctx.fill_text("VM lost: no host can run it", l.width / 2.0, l.height / 2.0);
    ctx.set_text_align("left");
}

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
}

fn draw_link(
    ctx: &CanvasRenderingContext2d,
    l: &Layout,
    frame: &Frame,
    bytes_moved: f64,
    palette: &Palette,
) {
    let cable = Cable::of(l);
    let link = &frame.link;
    let k = l.text;
    let (mx, my) = cable.at(0.5);
    // Text lines: above and below a horizontal cable; stacked beside a vertical one.
    let line = |n: f64| -> (f64, f64) {
        if l.stacked {
            (cable.text_x, cable.mid_y + n * 19.0 * k)
        } else {
            (cable.text_x, cable.mid_y + n * 32.0 * k)
        }
    };

    ctx.set_text_align(cable.align);
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

    ctx.set_font(&l.font(true, 16.0));
    ctx.set_fill_style_str(palette.ink);
    // What the link can carry, then what it carries now.
    let (x, y) = line(if l.stacked { -1.0 } else { -1.06 });
    let _ = ctx.fill_text(
        &format!("link {}", format::bit_rate(link.bandwidth_bytes_per_s)),
        x,
        y,
    );
    let now = if link.broken {
        "LINK DOWN".to_string()
    } else if link.rate_bytes_per_s > 0.0 {
        format!("sending {}", format::bit_rate(link.rate_bytes_per_s))
    } else {
        "idle".to_string()
    };
    ctx.set_font(&l.font(false, 15.0));
    ctx.set_fill_style_str(if link.broken {
        palette.danger
    } else {
        palette.muted
    });
    let (x, y) = line(if l.stacked { 0.0 } else { 0.94 });
    let _ = ctx.fill_text(&now, x, y);
    if let Some(d) = link.degraded {
        ctx.set_fill_style_str(palette.warning);
        ctx.set_font(&l.font(true, 15.0));
        let (x, y) = line(if l.stacked { 1.0 } else { -1.75 });
        let _ = ctx.fill_text(d, x, y);
    }

    if let Some(disk) = &frame.disk {
        draw_disk(ctx, l, &cable, disk, palette);
    }

    if link.rate_bytes_per_s > 0.0 && !link.broken && link.hold.is_none() {
        // Pages in flight: they move as bytes move, so they stop when the link idles
        // and run backwards when the playhead is scrubbed back.
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

    if let Some(reason) = link.hold {
        // The barrier: a hold stops everything until it is lifted.
        ctx.set_fill_style_str(palette.danger);
        if l.stacked {
            ctx.fill_rect(mx - 26.0, my - 5.0, 52.0, 10.0);
        } else {
            ctx.fill_rect(mx - 5.0, my - 60.0 * k, 10.0, 120.0 * k);
        }
        ctx.set_fill_style_str(palette.ink);
        ctx.set_font(&l.font(true, 16.0));
        if l.stacked {
            let (x, y) = line(1.0);
            let _ = ctx.fill_text(&format!("ON HOLD: {reason}"), x, y);
        } else {
            let _ = ctx.fill_text("ON HOLD", mx, my + 78.0 * k);
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
    ctx.set_text_align("left");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::picture::frame::CELLS;

    /// Every cell of both grids lies inside its host's box, and both boxes inside the
    /// picture.
    fn assert_fits(l: &Layout) {
        for host in [Host::Source, Host::Destination] {
            let (x, y) = l.host_origin(host);
            assert!(x >= 0.0 && x + l.host_w <= l.width + 1e-9, "{l:?}");
            assert!(y >= 0.0 && y + l.host_h() <= l.height + 1e-9, "{l:?}");
            for i in [0, l.cols - 1, CELLS - l.cols, CELLS - 1] {
                let (cx, cy) = l.cell_origin_at(x, y, i);
                assert!(
                    cx + l.cell <= x + l.host_w && cy + l.cell <= y + l.host_h(),
                    "{l:?} cell {i}"
                );
            }
        }
        assert!(l.cell >= 2.0, "cells stay visible: {l:?}");
    }

    #[test]
    fn a_click_finds_the_cell_it_lands_on_in_every_layout() {
        for l in [
            Layout::default(),
            Layout::fit(1024.0, true),
            Layout::fit(1900.0, true),
            Layout::fit(390.0, false),
        ] {
            for host in [Host::Source, Host::Destination] {
                let (x, y) = l.host_origin(host);
                for i in [0, 1, l.cols - 1, l.cols, CELLS / 2 + 3, CELLS - 1] {
                    let (cx, cy) = l.cell_origin_at(x, y, i);
                    let mid = l.cell / 2.0;
                    assert_eq!(l.cell_at(cx + mid, cy + mid), Some(i), "{l:?} {host:?} {i}");
                }
            }
            // The header, the link and outside the picture are no cell.
            assert_eq!(l.cell_at(l.source_x + 5.0, l.top + 5.0), None);
            assert_eq!(l.cell_at(-10.0, -10.0), None);
            assert_eq!(l.cell_at(f64::NAN, 3.0), None);
            assert_eq!(l.cell_at(l.width * 10.0, l.height * 10.0), None);
        }
    }

    #[test]
    fn the_default_picture_is_the_1000_by_380_landscape() {
        let l = Layout::default();
        assert_eq!(
            (l.width, l.height, l.cols, l.stacked),
            (WIDTH, HEIGHT, GRID_COLS, false)
        );
        assert_eq!(
            Layout::fit(1200.0, false),
            l,
            "a desktop keeps the scaled picture"
        );
        assert_eq!(Layout::fit(f64::NAN, true), l);
        assert_fits(&l);
    }

    #[test]
    fn presenting_sizes_the_type_for_the_back_row() {
        for width in [980.0, 1024.0, 1366.0, 1540.0, 1900.0] {
            let l = Layout::fit(width, true);
            // The smallest canvas text is 14 px times the type size.
            assert!(14.0 * l.text >= 18.0, "{width}: {}", 14.0 * l.text);
            assert_eq!(l.width, width);
            assert!(!l.stacked);
            assert_fits(&l);
        }
        assert!(Layout::fit(1900.0, true).text > Layout::fit(1024.0, true).text);
    }

    #[test]
    fn a_phone_stacks_the_hosts_and_each_grid_uses_the_width() {
        for width in [320.0, 340.0, 370.0, 390.0, 550.0] {
            let l = Layout::fit(width, false);
            assert!(l.stacked, "{width}");
            assert!(
                l.dest_top >= l.top + l.host_h(),
                "destination below the source"
            );
            assert!(l.host_w >= width - 20.0, "the grid uses the width");
            assert_fits(&l);
        }
        let l = Layout::fit(370.0, false);
        assert!(
            l.height < 480.0,
            "the picture fits a phone's first screen: {}",
            l.height
        );
    }
}
