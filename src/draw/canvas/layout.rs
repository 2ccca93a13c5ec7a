//! Where things go on the stage, in logical pixels: the default 1000 × 380 landscape
//! picture, a larger one for presenting, the hosts stacked on a phone.

use super::palette::Palette;
use crate::picture::frame::{Frame, Paint, GRID_COLS, GRID_ROWS};
use migration_model::Host;
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
